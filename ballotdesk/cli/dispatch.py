"""Headless commands: parse, call a service, print. Same services as the GUI.

Each command exits 0 on success and 1 with one clear line on stderr otherwise (2 for usage,
also one line: scripts log stderr, and a usage block would bury the reason).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
import warnings
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from ballotdesk import cli_ballots, cli_integrity, cli_ranked, cli_stv
from ballotdesk.cli_help import describe
from ballotdesk.commands import closed_pipe_safe_stdout, tolerant_streams
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.roll_csv import FIELDS, CsvReadError
from ballotdesk.store.lock import FileLockedError
from ballotdesk.store.meeting_store import SUFFIX, MeetingFileError

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService, Registration

Handler = Callable[[argparse.Namespace], int]
DOCUMENT_COMMANDS = ("sheet", "papers", "register-sheet")
"""Commands that print documents, in the meeting's language (``attendance --csv`` too)."""


LOCK_WAIT_SECONDS = 10.0
"""How long a command waits for a meeting that another BallotDesk process has open."""
LOCK_RETRY_SECONDS = 0.1

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class CliError(Exception):
    """A clear one-line failure."""


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line on stderr; ``--help`` is unchanged.

    argparse prints the whole usage block before the error, which buries the one line that
    says what is wrong in a script's log. Sub-parsers are made with ``type(parent)``, so every
    command inherits this.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # "--pi 1234" must not be taken for "--pin": an abbreviation that matches today may match
        # another option tomorrow, and a script would then pass its PIN to the wrong one.
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        """Print ``PROG: MESSAGE`` and exit with status 2, as argparse does for usage errors."""
        self.exit(2, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def _date(text: str) -> dt.date:
    """Exactly YYYY-MM-DD: ``date.fromisoformat`` also takes 20261128 and 2026-W48-6 (3.11+)."""
    if not _ISO_DATE.fullmatch(text.strip()):
        raise argparse.ArgumentTypeError(f"'{text}' is not a date in the form YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"'{text}' is not a real date: {error}") from None


def _positive_int(text: str) -> int:
    """A whole number of 1 or more (a limit of 0 would silently find nothing)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of 1 or more")
    return value


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """Print ``data`` as JSON with ``--json``, else ``text``.

    JSON is ASCII-only (``\\u0141``), still valid JSON, so no console encoding can break it.
    """
    print(json.dumps(data, ensure_ascii=True, indent=2) if getattr(args, "json", False) else text)


def _held_by_another(error: BaseException) -> bool:
    """True when ``error`` says the meeting's lock is held: the store raises it from FileLockedError."""
    seen: set[int] = set()
    cause = error.__cause__ or error.__context__
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, FileLockedError):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False


def _open(args: argparse.Namespace, actor: str = "cli") -> MeetingService:
    """The meeting named by ``args.file``, for a ``with`` block (which closes it and frees its lock).

    Scripts run commands back to back or side by side, each holding the meeting for a moment:
    a meeting locked by another process is tried again for up to LOCK_WAIT_SECONDS before the
    store's "already open" refusal is passed on. Any other refusal is immediate.
    """
    from ballotdesk.services.meeting import MeetingService

    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        try:
            return MeetingService.open(Path(args.file), actor=getattr(args, "actor", None) or actor)
        except MeetingFileError as error:
            if not _held_by_another(error) or time.monotonic() + LOCK_RETRY_SECONDS > deadline:
                raise
        time.sleep(LOCK_RETRY_SECONDS)


def _read(args: argparse.Namespace) -> AbstractContextManager[MeetingService]:
    """The meeting named by ``args.file``, only to read: no lock, so a running desk need not close it."""
    from ballotdesk.services.meeting import MeetingService

    return MeetingService.reading(Path(args.file), actor=getattr(args, "actor", None) or "cli")


def _new_meeting_path(text: str) -> Path:
    """The file ``new`` may create, refusing names that would make a hidden or misplaced file."""
    path = Path(text)
    stem = path.name[:-len(SUFFIX)] if path.name.endswith(SUFFIX) else path.name
    if not stem.strip():
        raise CliError(f"'{text}' is not a usable file name; give the meeting one, e.g. branch-agm{SUFFIX}")
    if path.is_dir():
        raise CliError(f"'{text}' is a folder; give the new meeting a file name, e.g. "
                       f"{path / ('meeting' + SUFFIX)}")
    return path


# -- meeting, roll and desk ---------------------------------------------------------------


def cmd_new(args: argparse.Namespace) -> int:
    from ballotdesk.services.meeting import MeetingService

    service = MeetingService.create(
        _new_meeting_path(args.file), title=args.title, date=args.date, venue=args.venue or "",
        organisation=args.organisation or "", cutoff=args.cutoff, quorum=args.quorum or "0",
        voting_statuses=args.voting_status or (), actor=args.actor or "chair", pin=args.pin,
        language=args.language,
    )
    path = service.path
    service.close()
    emit(args, {"file": str(path)}, f"Created {path}")
    return 0


def _map_options(items: list[str]) -> list[tuple[str, str]]:
    """``(header, field)`` for each ``--map``, the field checked (case-insensitively) before any file is read."""
    known = {f.casefold(): f for f in FIELDS}
    pairs = []
    for item in items:
        header, sep, field = item.rpartition("=")  # a header may hold "=", a field never does
        if not sep or not header.strip() or not field.strip():
            raise CliError(f"--map '{item}' must look like \"HEADER=field\", e.g. \"Member No=number\"")
        name = known.get(field.strip().casefold())
        if name is None:
            raise CliError(f"--map '{item}': '{field.strip()}' is not a field; the fields are {', '.join(FIELDS)}")
        pairs.append((header.strip(), name))
    return pairs


def _mapping(csv_path: Path, pairs: list[tuple[str, str]]) -> dict[str, int]:
    """The guessed column mapping with the ``--map`` choices laid over it."""
    from ballotdesk.domain.roll_csv import guess_mapping, read_csv

    table = read_csv(csv_path)
    columns = ", ".join(f"'{h}'" for h in table.headers)
    mapping = guess_mapping(table.headers)
    for header, field in pairs:
        matches = [i for i, h in enumerate(table.headers) if h.strip().casefold() == header.casefold()]
        if not matches:
            raise CliError(f"--map: {csv_path.name} has no column '{header}'; its columns are {columns}")
        mapping = {f: i for f, i in mapping.items() if f != field and i != matches[0]}
        mapping[field] = matches[0]
    if "number" not in mapping:
        raise CliError(f"no column of {csv_path.name} holds the membership number; add --map \"HEADER=number\" "
                       f"(its columns are {columns})")
    return mapping


def cmd_roll_import(args: argparse.Namespace) -> int:
    mapping = _mapping(Path(args.csv), _map_options(args.map)) if args.map else None
    with _open(args) as service:
        summary = service.import_roll(Path(args.csv), mapping, args.date_format)
        statuses = service.statuses() if not service.rules().voting_statuses else []
        beyond = service.quorum_beyond_roll()
    lines = [f"Imported {summary.imported}, updated {summary.updated}, unchanged {summary.unchanged}, "
             f"marked as left {summary.left}, skipped {len(summary.skipped)}."]
    lines += [f"  line {p.line}: {p.reason}" for p in summary.skipped]
    # What the secretary must check: entries made by hand that the file contradicts, and people
    # already registered whose right to vote the new roll changed.
    lines += [f"  line {k.line}: {k.number} {k.field}: kept {k.kept!r}, entered by hand; the file says {k.export!r}"
              for k in summary.kept]
    lines += [f"  {v.number} {v.name}, already registered, {'may now vote' if v.may_vote else 'may no longer vote'}: "
              f"{v.reason}" for v in summary.verdicts]
    if len(statuses) > 1:
        # A roll with "Current" and "Lapsed" but no rule: everyone may vote, which is rarely meant.
        listed = ", ".join(f"{name or '(blank)'} {count:,}" for name, count in statuses)
        print(f"Note: no voting statuses are set, so every status may vote ({listed}). "
              "Choose them on the Meeting page, or create the meeting with --voting-status.", file=sys.stderr)
    if beyond:
        print(f"Note: {beyond}", file=sys.stderr)
    emit(args, summary.as_json(), "\n".join(lines))
    return 0


def cmd_roll_search(args: argparse.Namespace) -> int:
    with _read(args) as service:
        hits = service.search(args.query, limit=args.limit)
    data = [{"number": h.number, "first_name": h.first_name, "last_name": h.last_name, "ward": h.ward,
             "may_vote": h.may_vote, "reason": h.reason} for h in hits]
    text = "\n".join(f"{h.number}\t{h.name}\t{h.ward}\t{'may vote' if h.may_vote else 'may not vote'}: {h.reason}"
                     for h in hits) or "No member matches."
    emit(args, data, text)
    return 0


def _clock(at: str | None) -> str:
    """A stored time as the hall reads it ("19:42", or "28 Nov 19:42" on another day); ``--json`` keeps ISO."""
    from ballotdesk.domain.words import clock

    return clock(at, today=dt.date.today()) if at else "?"


def registration_json(r: Registration) -> dict[str, Any]:
    """One member's line of ``register --json``: the HTTP API's fields plus the command's older ones.

    ``registered`` says whether the member is registered once the command is done (a member
    registered earlier is: a script that retries after a crash reads ``"status": "already"``).
    """
    paper = next((p for p in r.papers if p.issued), None)
    refused = next((p.refused for p in r.papers if not p.issued), None)
    return {"number": r.number, "status": r.outcome, "registered": r.present, "may_vote": r.may_vote,
            "reason": r.reason, "outcome": r.outcome, "name": r.name, "at": r.at,
            "paper": {"ballot": paper.ballot_id, "box": paper.box, "serial": paper.serial} if paper else None,
            "paper_refused": refused}


def cmd_register(args: argparse.Namespace) -> int:
    if args.box is not None and args.ballot is None:
        raise CliError("--box needs --ballot: the box is where that ballot's papers go")
    with _open(args) as service:
        if args.ballot is not None:
            from ballotdesk.services.ballots import issue_target

            issue_target(service, args.ballot, args.box)  # a closed ballot is one refusal, not one per member
        results = [service.register(n, args.ballot, args.box) for n in args.numbers]
    lines = []
    for r in results:
        verdict = f"{'may vote' if r.may_vote else 'may attend but not vote'} ({r.reason})"
        if r.outcome == "registered":
            lines.append(f"{r.number} {r.name}: registered; {verdict}")
        elif r.outcome == "returned":
            lines.append(f"{r.number} {r.name}: already registered at {_clock(r.at)}, had left at "
                         f"{_clock(r.departed_at)}; now marked as back; {verdict}")
        elif r.outcome == "already":
            # The steward at the door needs the verdict either way, not only the earlier time.
            lines.append(f"{r.number} {r.name}: already registered at {_clock(r.at)}; {verdict}")
        else:
            lines.append(f"{r.number}: not registered: {r.reason}")
        for paper in r.papers:
            serial = f" (paper {paper.serial})" if paper.serial else ""
            lines.append(f"  paper issued into {paper.box}{serial}" if paper.issued else f"  no paper: {paper.refused}")
    emit(args, [registration_json(r) for r in results], "\n".join(lines))
    failed = [r for r in results if not r.present]
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
    emit(args, {"id": a.id, "name": a.name, "kind": a.kind, "may_vote": a.may_vote, "reason": a.reason},
          f"{a.name}: registered as {a.kind} ({a.reason})")
    return 0


def cmd_attendance(args: argparse.Namespace) -> int:
    csv_out = cli_ballots.output_path(args, args.csv) if args.csv else None
    with _read(args) as service:
        if csv_out is not None:
            from ballotdesk.services.documents import attendance_csv

            attendance_csv(service, csv_out)
        figures = service.figures()
    f = figures
    if args.csv and not args.json:
        print(f"Wrote {args.csv}")
        return 0
    emit(args, {**f.as_json(), **({"csv": str(args.csv)} if args.csv else {})},
          f"On the roll {f.on_roll}; registered {f.registered}; may vote and present {f.may_vote_present}; "
          f"guests {f.guests}; quorum {f.quorum}: {'met' if f.quorate else 'not met'}")
    return 0


def _port(text: str) -> int:
    """A TCP port, 0 (any free one) to 65535."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port (a whole number from 0 to 65535)")
    return value


def cmd_host(args: argparse.Namespace) -> int:
    """Serve the meeting to the hall's devices until SIGINT/SIGTERM; the one writer all evening."""
    from ballotdesk.host.server import announcement, serve

    def announce(server: Any) -> None:
        if args.json:
            print(announcement(server), flush=True)
        else:
            print(f"Hosting at {server.url}\nJoin code: {server.join_code}\n"
                  + (f"Certificate fingerprint (SHA-256): {server.fingerprint}\n" if server.fingerprint else
                     "Plain HTTP: anyone on this network can read what the devices send.\n")
                  + "Stop with Ctrl+C.", flush=True)

    install_document_languages()  # a device that asks for Welsh is answered in Welsh (QtCore only, no screen)
    with _open(args, actor="host") as service:
        serve(service, port=args.port, bind=args.bind, https=not args.plain_http, announce=announce)
    if not args.json:
        print("Hosting stopped; every device is disconnected.")
    return 0


# -- parser ---------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, one sub-parser per command."""
    parser = OneLineParser(prog="ballotdesk", description="Run in-person meeting ballots.")
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
    p.add_argument("--voting-status", action="append",
                   help="a membership status that may vote (repeatable); without it, every status may vote")
    p.add_argument("--pin", help="the chair's PIN (6 to 12 digits), needed to declare and amend")
    p.add_argument("--language", default="en", choices=("en", "cy"),
                   help="language of the printed documents: en (English, the default) or cy (Welsh)")
    p.add_argument("--json", action="store_true")

    roll = sub.add_parser("roll", help="the membership roll").add_subparsers(
        dest="roll_command", required=True, metavar="{import,search}")
    p = command("import", cmd_roll_import, "import or merge a membership CSV", roll)
    p.add_argument("file")
    p.add_argument("csv")
    p.add_argument("--map", action="append", metavar="HEADER=field",
                   help=f"take a field from the column HEADER (repeatable); fields: {', '.join(FIELDS)}")
    p.add_argument("--date-format", default="dmy", help="dmy (default), mdy, ymd or a strptime format")
    p.add_argument("--json", action="store_true")
    p = command("search", cmd_roll_search, "find members", roll)
    p.add_argument("file")
    p.add_argument("query")
    p.add_argument("--limit", type=_positive_int, default=20, help="most members to list (default 20)")
    p.add_argument("--json", action="store_true")

    p = command("register", cmd_register, "register members at the door")
    p.add_argument("file")
    p.add_argument("numbers", nargs="+", metavar="MEMBER_NUMBER", type=cli_ballots.member_number)
    p.add_argument("--ballot", type=int, metavar="N", help="also issue each member's paper for open ballot N")
    p.add_argument("--box", metavar="BOX", help="the box the papers go into (default: Main hall)")
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

    p = command("host", cmd_host, "host the meeting for other devices on the network (desks, tellers)")
    p.add_argument("file")
    p.add_argument("--port", type=_port, default=8765, help="TCP port to listen on (default 8765; 0: any free one)")
    p.add_argument("--bind", default="0.0.0.0", metavar="ADDRESS",
                   help="address to listen on (default 0.0.0.0: every network of this computer)")
    p.add_argument("--plain-http", action="store_true",
                   help="serve plain HTTP instead of HTTPS (only on a private hotspot: traffic can be read)")
    p.add_argument("--json", action="store_true",
                   help="print one JSON line {url, join_code, fingerprint} once listening")

    cli_ballots.add_commands(sub, command)
    cli_integrity.add_commands(sub, command)
    cli_stv.add_commands(sub, command)
    cli_ranked.add_commands(sub, command)
    describe(parser)
    return parser


def install_document_languages() -> None:
    """Let the services print in the meeting's language: Qt's catalogues, read with QtCore (no display)."""
    from ballotdesk.i18n_core import install_document_words

    install_document_words()


def _prog(args: argparse.Namespace) -> str:
    """The command as typed, for messages: ``ballotdesk roll import``, ``ballotdesk register``."""
    words = ["ballotdesk", args.command]
    subcommand = getattr(args, f"{args.command}_command", None)  # roll_command, box_command, ballot_command
    if subcommand:
        words.append(subcommand)
    return " ".join(words)


def run(argv: list[str]) -> int:
    """Run one command with a stdout that a closed pipe cannot interrupt (see ``closed_pipe_safe_stdout``)."""
    tolerant_streams()
    previous = closed_pipe_safe_stdout()
    try:
        with warnings.catch_warnings():
            # A command promises one clear line on stderr: a library's warning (pyHanko importing
            # DSA support raises cryptography's deprecation warning at every `sheet` and `verify`)
            # is not the user's business. `python -W ...` (a developer asking) still shows them.
            if not sys.warnoptions:
                warnings.simplefilter("ignore")
            return _run(argv)
    finally:
        sys.stdout.flush()  # what is still buffered meets a closed pipe here, not at exit
        sys.stdout = previous


def _run(argv: list[str]) -> int:
    """Run one command; never lets a traceback reach the user for expected failures."""
    parser = build_parser()
    # "OPTION=N" figures may follow the options of `count`; argparse leaves them over.
    args, extra = parser.parse_known_args(argv)
    if extra:
        # After "--" every word is a figure, so an option named "-1 Group" can be counted
        # ("-1 Group=4" alone reads as an unknown option); argparse leaves the "--" in `extra`.
        cut = extra.index("--") if "--" in extra else len(extra)
        before, after = extra[:cut], extra[cut + 1:]
        if args.command != "count" or any(item.startswith("-") for item in before):
            figure = args.command == "count" and any("=" in item and not item.startswith("--") for item in before)
            hint = "; put figures for an option whose name starts with '-' after '--'" if figure else ""
            parser.exit(2, f"{_prog(args)}: unrecognized arguments: {' '.join(extra)}{hint} "
                           f"(see '{_prog(args)} --help')\n")
        args.votes = [*args.votes, *before, *after]
    wrong_ballot = cli_ballots.check_ballot_id(args)
    if wrong_ballot:
        parser.exit(2, f"{_prog(args)}: {wrong_ballot} (see '{_prog(args)} --help')\n")
    try:
        if args.command in DOCUMENT_COMMANDS or (args.command == "attendance" and args.csv):
            install_document_languages()
        return int(args.handler(args))
    except (DomainError, MeetingFileError, CsvReadError, CliError, ValueError) as error:
        print(f"{_prog(args)}: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{_prog(args)}: interrupted; nothing was half-written.", file=sys.stderr)
        return 130
