"""``ballotdesk register``, ``guest`` and ``attendance``: the door of the meeting, as the desk keeps it.

The commands a steward's script runs while people arrive (and the figures it reads back), apart
from setting the meeting up (:mod:`.meeting`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING, Any

from ballotdesk.cli.base import CliError, _open, _read, command, emit, member_number, output_path

if TYPE_CHECKING:
    from ballotdesk.services.desk import Registration


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
            from ballotdesk.services.papers import issue_target

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


def add_register(p: argparse.ArgumentParser) -> None:
    command(p, cmd_register)
    p.add_argument("file")
    p.add_argument("numbers", nargs="+", metavar="MEMBER_NUMBER", type=member_number)
    p.add_argument("--ballot", type=int, metavar="N", help="also issue each member's paper for open ballot N")
    p.add_argument("--box", metavar="BOX", help="the box the papers go into (default: Main hall)")
    p.add_argument("--json", action="store_true")


def cmd_guest(args: argparse.Namespace) -> int:
    with _open(args) as service:
        if args.provisional:
            a = service.add_provisional(args.name, args.reason)
        else:
            a = service.add_guest(args.name, args.note or "")
    emit(args, {"id": a.id, "name": a.name, "kind": a.kind, "may_vote": a.may_vote, "reason": a.reason},
         f"{a.name}: registered as {a.kind} ({a.reason})")
    return 0


def add_guest(p: argparse.ArgumentParser) -> None:
    command(p, cmd_guest)
    p.add_argument("file")
    p.add_argument("name")
    p.add_argument("--note")
    p.add_argument("--provisional", action="store_true")
    p.add_argument("--reason", default="")
    p.add_argument("--json", action="store_true")


def cmd_attendance(args: argparse.Namespace) -> int:
    csv_out = output_path(args, args.csv) if args.csv else None
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


def add_attendance(p: argparse.ArgumentParser) -> None:
    command(p, cmd_attendance)
    p.add_argument("file")
    p.add_argument("--csv", metavar="OUT.csv")
    p.add_argument("--json", action="store_true")
