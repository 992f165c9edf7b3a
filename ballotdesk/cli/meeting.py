"""``ballotdesk new``, ``pin`` and ``roll import|search``: the meeting file, the chair's PIN and the roll.

What the secretary does before the doors open, apart from the desk's commands (:mod:`.desk`) so
that neither grows into a module of everything.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ballotdesk.cli.base import (
    CliError,
    _date,
    _open,
    _positive_int,
    _read,
    chair_pin,
    command,
    emit,
    subcommand,
    subcommands,
)
from ballotdesk.domain.roll_csv import FIELDS
from ballotdesk.store.meeting_store import SUFFIX

# -- new ------------------------------------------------------------------------------------------


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


def add_new(p: argparse.ArgumentParser) -> None:
    command(p, cmd_new)
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


# -- pin ------------------------------------------------------------------------------------------


def _new_pin(args: argparse.Namespace) -> str:
    """The new PIN: --new-pin; else one line of standard input in a script; else asked twice at a terminal.

    ``getpass`` without a terminal warns over several lines, then dies with an EOFError traceback
    when nothing is piped in. At a terminal the PIN is typed twice, as in the GUI's dialog: a slip
    in a PIN typed once, unseen, would lock the chair out of declaring.
    """
    import getpass

    if args.new_pin:
        return str(args.new_pin)
    missing = CliError("no new PIN was given; add --new-pin PIN, or pipe the PIN in on standard input")
    stdin = sys.stdin
    if stdin is None or not stdin.isatty():
        line = stdin.readline() if stdin is not None else ""
        if not line.strip():
            raise missing
        return line.strip()
    try:
        new = getpass.getpass("New chair PIN: ")
        again = getpass.getpass("New chair PIN again: ")
    except EOFError:
        raise missing from None
    if new != again:
        raise CliError("The two new PINs differ; type the new PIN twice. The PIN was not changed.")
    return new


def cmd_pin(args: argparse.Namespace) -> int:
    from ballotdesk.services.roles import has_pin, set_pin

    new = _new_pin(args)
    with _open(args) as svc:
        had_pin = has_pin(svc)
        set_pin(svc, new, current_pin=chair_pin(args))
    emit(args, {"pin": "changed" if had_pin else "set"},
         "The chair's PIN has been changed." if had_pin else "The chair's PIN has been set.")
    return 0


def add_pin(p: argparse.ArgumentParser) -> None:
    command(p, cmd_pin)
    p.add_argument("--pin", help="the current PIN (or set BALLOTDESK_CHAIR_PIN)")
    p.add_argument("file")
    p.add_argument("--new-pin", help="the new PIN (asked for when not given)")
    p.add_argument("--json", action="store_true")


# -- roll -----------------------------------------------------------------------------------------


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


def add_roll(parser: argparse.ArgumentParser) -> None:
    roll = subcommands(parser, "roll_command", "{import,search}")
    p = subcommand(roll, "import", cmd_roll_import, "import or merge a membership CSV")
    p.add_argument("file")
    p.add_argument("csv")
    p.add_argument("--map", action="append", metavar="HEADER=field",
                   help=f"take a field from the column HEADER (repeatable); fields: {', '.join(FIELDS)}")
    p.add_argument("--date-format", default="dmy", help="dmy (default), mdy, ymd or a strptime format")
    p.add_argument("--json", action="store_true")
    p = subcommand(roll, "search", cmd_roll_search, "find members")
    p.add_argument("file")
    p.add_argument("query")
    p.add_argument("--limit", type=_positive_int, default=20, help="most members to list (default 20)")
    p.add_argument("--json", action="store_true")
