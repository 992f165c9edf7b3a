"""Headless commands: parse, call a service, print. Same services as the GUI.

Each command exits 0 on success and 1 with one clear line on stderr otherwise (2 for usage).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ballotdesk import cli_ballots, cli_integrity
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.roll_csv import CsvReadError
from ballotdesk.store.meeting_store import MeetingFileError

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService

Handler = Callable[[argparse.Namespace], int]
COMMANDS = ("new", "pin", "roll", "register", "attendance", "box", "ballot", "issue", "spoil", "withdraw",
            "count", "result", "declare", "sheet", "papers", "register-sheet", "verify", "lot",
            "resolve", "explain", "guest", "backup", "restore", "purge")
DOCUMENT_COMMANDS = ("sheet", "papers", "register-sheet")
"""Commands that print documents, in the meeting's language (``attendance --csv`` too)."""


class CliError(Exception):
    """A clear one-line failure."""


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date in the form YYYY-MM-DD") from None


def _emit(args: argparse.Namespace, data: Any, text: str) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2) if getattr(args, "json", False) else text)


def _open(args: argparse.Namespace, actor: str = "cli") -> MeetingService:
    """The meeting named by ``args.file``, for a ``with`` block (which closes it and frees its lock)."""
    from ballotdesk.services.meeting import MeetingService

    return MeetingService.open(Path(args.file), actor=getattr(args, "actor", None) or actor)


# -- meeting, roll and desk ---------------------------------------------------------------


def cmd_new(args: argparse.Namespace) -> int:
    from ballotdesk.services.meeting import MeetingService

    service = MeetingService.create(
        Path(args.file), title=args.title, date=args.date, venue=args.venue or "",
        organisation=args.organisation or "", cutoff=args.cutoff, quorum=args.quorum or "0",
        voting_statuses=args.voting_status or (), actor=args.actor or "chair", pin=args.pin,
        language=args.language,
    )
    path = service.path
    service.close()
    _emit(args, {"file": str(path)}, f"Created {path}")
    return 0


def cmd_roll_import(args: argparse.Namespace) -> int:
    from ballotdesk.domain.roll_csv import guess_mapping, read_csv

    mapping = None
    if args.map:
        table = read_csv(Path(args.csv))
        mapping = guess_mapping(table.headers)
        for item in args.map:
            header, _, field = item.partition("=")
            if not field:
                raise CliError(f"--map '{item}' must look like \"HEADER=field\"")
            matches = [i for i, h in enumerate(table.headers) if h.strip().casefold() == header.strip().casefold()]
            if not matches:
                raise CliError(f"--map: {Path(args.csv).name} has no column '{header}'")
            mapping = {f: i for f, i in mapping.items() if f != field.strip() and i != matches[0]}
            mapping[field.strip()] = matches[0]
    with _open(args) as service:
        summary = service.import_roll(Path(args.csv), mapping, args.date_format)
    lines = [f"Imported {summary.imported}, updated {summary.updated}, unchanged {summary.unchanged}, "
             f"marked as left {summary.left}, skipped {len(summary.skipped)}."]
    lines += [f"  line {p.line}: {p.reason}" for p in summary.skipped]
    _emit(args, summary.as_json(), "\n".join(lines))
    return 0


def cmd_roll_search(args: argparse.Namespace) -> int:
    with _open(args) as service:
        hits = service.search(args.query, limit=args.limit)
    data = [{"number": h.number, "first_name": h.first_name, "last_name": h.last_name, "ward": h.ward,
             "may_vote": h.may_vote, "reason": h.reason} for h in hits]
    text = "\n".join(f"{h.number}\t{h.name}\t{h.ward}\t{'may vote' if h.may_vote else 'may not vote'}: {h.reason}"
                     for h in hits) or "No member matches."
    _emit(args, data, text)
    return 0


def cmd_register(args: argparse.Namespace) -> int:
    with _open(args) as service:
        results = [service.register(n) for n in args.numbers]
    data = [{"number": r.number, "registered": r.registered, "may_vote": r.may_vote, "reason": r.reason,
             "outcome": r.outcome, "name": r.name, "at": r.at} for r in results]
    lines = []
    for r in results:
        if r.outcome == "registered":
            verdict = "may vote" if r.may_vote else "may attend but not vote"
            lines.append(f"{r.number} {r.name}: registered; {verdict} ({r.reason})")
        elif r.outcome == "already":
            lines.append(f"{r.number} {r.name}: already registered at {r.at}")
        else:
            lines.append(f"{r.number}: not registered: {r.reason}")
    _emit(args, data, "\n".join(lines))
    failed = [r for r in results if not r.registered]
    if failed:
        print(f"{len(failed)} of {len(results)} not registered", file=sys.stderr)
        return 1
    return 0


def cmd_guest(args: argparse.Namespace) -> int:
    with _open(args) as service:
        if args.provisional:
            a = service.add_provisional(args.name, args.reason)
        else:
            a = service.add_guest(args.name, args.note or "")
    _emit(args, {"id": a.id, "name": a.name, "kind": a.kind, "may_vote": a.may_vote, "reason": a.reason},
          f"{a.name}: registered as {a.kind} ({a.reason})")
    return 0


def cmd_attendance(args: argparse.Namespace) -> int:
    with _open(args) as service:
        if args.csv:
            from ballotdesk.services.documents import attendance_csv

            attendance_csv(service, Path(args.csv))
            print(f"Wrote {args.csv}")
            return 0
        figures = service.figures()
    f = figures
    _emit(args, f.as_json(),
          f"On the roll {f.on_roll}; registered {f.registered}; may vote and present {f.may_vote_present}; "
          f"guests {f.guests}; quorum {f.quorum}: {'met' if f.quorate else 'not met'}")
    return 0


# -- parser ---------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, one sub-parser per command."""
    parser = argparse.ArgumentParser(prog="ballotdesk", description="Run in-person meeting ballots.")
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, handler: Handler, help_text: str, parent: Any = sub) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help_text)
        p.set_defaults(handler=handler)
        p.add_argument("--actor", help="name recorded in the audit log for this change")
        return p

    p = command("new", cmd_new, "create a meeting file")
    p.add_argument("file")
    p.add_argument("--title", required=True)
    p.add_argument("--date", required=True, type=_date)
    p.add_argument("--venue")
    p.add_argument("--organisation")
    p.add_argument("--cutoff", type=_date, help="members who joined after this date may not vote")
    p.add_argument("--quorum", help="a number (40) or a percentage of eligible members (10%%)")
    p.add_argument("--voting-status", action="append", help="a status that may vote (repeatable)")
    p.add_argument("--pin", help="the chair's PIN (4 to 12 digits), needed to declare and amend")
    p.add_argument("--language", default="en", choices=("en", "cy"),
                   help="language of the printed documents: en (English, the default) or cy (Welsh)")
    p.add_argument("--json", action="store_true")

    roll = sub.add_parser("roll", help="the membership roll").add_subparsers(dest="roll_command", required=True)
    p = command("import", cmd_roll_import, "import or merge a membership CSV", roll)
    p.add_argument("file")
    p.add_argument("csv")
    p.add_argument("--map", action="append", metavar="HEADER=field")
    p.add_argument("--date-format", default="dmy", help="dmy (default), mdy, ymd or a strptime format")
    p.add_argument("--json", action="store_true")
    p = command("search", cmd_roll_search, "find members", roll)
    p.add_argument("file")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")

    p = command("register", cmd_register, "register members at the door")
    p.add_argument("file")
    p.add_argument("numbers", nargs="+", metavar="MEMBER_NUMBER")
    p.add_argument("--json", action="store_true")

    p = command("guest", cmd_guest, "register a guest, or a provisional attendee not on the roll")
    p.add_argument("file")
    p.add_argument("name")
    p.add_argument("--note")
    p.add_argument("--provisional", action="store_true")
    p.add_argument("--reason", default="")
    p.add_argument("--json", action="store_true")

    p = command("attendance", cmd_attendance, "attendance figures, or the register as CSV")
    p.add_argument("file")
    p.add_argument("--csv", metavar="OUT.csv")
    p.add_argument("--json", action="store_true")

    cli_ballots.add_commands(sub, command)
    cli_integrity.add_commands(sub, command)
    return parser


def install_document_languages() -> None:
    """Let the services print in the meeting's language: Qt's catalogues, read with QtCore (no display)."""
    from ballotdesk.ui.i18n import install_document_words

    install_document_words()


def run(argv: list[str]) -> int:
    """Run one command; never lets a traceback reach the user for expected failures."""
    parser = build_parser()
    # "OPTION=N" figures may follow the options of `count`; argparse leaves them over.
    args, extra = parser.parse_known_args(argv)
    if extra:
        if args.command != "count" or any(item.startswith("-") for item in extra):
            parser.error(f"unrecognized arguments: {' '.join(extra)}")
        args.votes = [*args.votes, *extra]
    try:
        if args.command in DOCUMENT_COMMANDS or (args.command == "attendance" and args.csv):
            install_document_languages()
        return int(args.handler(args))
    except (DomainError, MeetingFileError, CsvReadError, CliError, ValueError) as error:
        print(f"ballotdesk {args.command}: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"ballotdesk {args.command}: interrupted; nothing was half-written.", file=sys.stderr)
        return 130
