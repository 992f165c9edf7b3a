"""``ballotdesk count``, ``teller``, ``resolve``, ``explain``, ``lot``, ``result``, ``declare``: boxes to result.

The tellers' entries and the chair's decisions on them, up to the declaration; the ballot and
its papers are set up by :mod:`.ballots`, the signed sheet printed by :mod:`.documents`.
"""

from __future__ import annotations

import argparse
import os
import re
from typing import Any

from ballotdesk.cli.base import _open, chair_pin, command, emit, output_path, subcommand, subcommands
from ballotdesk.domain.count import CountFigures
from ballotdesk.domain.errors import DomainError


def _figures(svc: Any, ballot_id: int, args: argparse.Namespace) -> CountFigures:
    from ballotdesk.services import counting

    pairs: list[tuple[str, str]] = []
    for item in args.votes:
        match = re.fullmatch(r"(.+)=(.*)", item)
        if not match:
            raise DomainError(f"'{item}' must look like \"OPTION=N\".")
        pairs.append((match.group(1), match.group(2)))
    return counting.read_figures(svc, ballot_id, args.papers, pairs, args.abstain, args.rejected)


def cmd_count(args: argparse.Namespace) -> int:
    from ballotdesk.services import counting

    with _open(args) as svc:
        outcome = counting.enter_count(svc, args.ballot, args.box, args.teller, _figures(svc, args.ballot, args),
                                      args.rejected_reasons or "",
                                      code=args.code or os.environ.get("BALLOTDESK_TELLER_CODE") or None)
    emit(args, {"box": outcome.box, "state": outcome.state, "differing": list(outcome.differing),
                "message": outcome.message}, outcome.message)
    return 0


def add_count(p: argparse.ArgumentParser) -> None:
    command(p, cmd_count)
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("votes", nargs="*", metavar="OPTION=N")
    p.add_argument("--box", required=True)
    p.add_argument("--teller", required=True)
    p.add_argument("--papers", required=True)
    p.add_argument("--abstain", default="0")
    p.add_argument("--rejected", default="0")
    p.add_argument("--rejected-reasons")
    p.add_argument("--code", help="the teller's code the chair handed out (or set BALLOTDESK_TELLER_CODE); "
                                  "needed once the chair has named tellers")
    p.add_argument("--json", action="store_true")


def cmd_teller_add(args: argparse.Namespace) -> int:
    from ballotdesk.services import tellers

    with _open(args) as svc:
        given = tellers.add_teller(svc, args.name, pin=chair_pin(args))
    emit(args, {"teller": given.name, "code": given.code},
         f"Teller {given.name}: code {given.code} (hand it to them; it is not shown again).")
    return 0


def cmd_teller_list(args: argparse.Namespace) -> int:
    from ballotdesk.services import tellers

    with _open(args) as svc:
        names = tellers.teller_names(svc)
    emit(args, {"tellers": names}, "\n".join(names) or "No teller has been named: entries need no code.")
    return 0


def add_teller(parser: argparse.ArgumentParser) -> None:
    teller = subcommands(parser, "teller_command", "{add,list}")
    p = subcommand(teller, "add", cmd_teller_add,
                   "chair: name a teller and hand out their code (a new code if named before)")
    p.add_argument("--pin", help="the chair's PIN (or set BALLOTDESK_CHAIR_PIN)")
    p.add_argument("file", help="the meeting file")
    p.add_argument("name", help="the teller's name")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = subcommand(teller, "list", cmd_teller_list, "the tellers the chair has named")
    p.add_argument("file", help="the meeting file")
    p.add_argument("--json", action="store_true", help="print JSON")


def cmd_resolve(args: argparse.Namespace) -> int:
    from ballotdesk.services import counting

    with _open(args) as svc:
        counting.resolve_entries(svc, args.ballot, args.box, accept_teller=args.accept, reason=args.reason,
                                pin=chair_pin(args))
    emit(args, {"box": args.box, "recount": args.accept is None, "accepted": args.accept},
         "Recount ordered." if args.accept is None else f"Entry by {args.accept} accepted.")
    return 0


def add_resolve(p: argparse.ArgumentParser) -> None:
    command(p, cmd_resolve)
    p.add_argument("--pin", help="the chair's PIN (or set BALLOTDESK_CHAIR_PIN)")
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("--box", required=True)
    p.add_argument("--accept", metavar="TELLER", help="accept this teller's entry (default: recount)")
    p.add_argument("--reason", required=True)
    p.add_argument("--json", action="store_true")


def cmd_explain(args: argparse.Namespace) -> int:
    from ballotdesk.services import counting

    with _open(args) as svc:
        counting.explain_shortfall(svc, args.ballot, args.box, args.text, pin=chair_pin(args))
    emit(args, {"box": args.box, "explanation": args.text}, "Explanation recorded.")
    return 0


def add_explain(p: argparse.ArgumentParser) -> None:
    command(p, cmd_explain)
    p.add_argument("--pin", help="the chair's PIN (or set BALLOTDESK_CHAIR_PIN)")
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("--box", required=True)
    p.add_argument("text")
    p.add_argument("--json", action="store_true")


def cmd_lot(args: argparse.Namespace) -> int:
    from ballotdesk.services import results

    with _open(args) as svc:
        lot = results.record_lot(svc, args.ballot, chosen=args.chosen, note=args.note or "", pin=chair_pin(args))
    how = "drawn by the app" if lot.method == "app" else "drawn in the hall"
    emit(args, {"method": lot.method, "among": list(lot.among), "chosen": lot.chosen},
         f"Lot {how} among {', '.join(lot.among)}: {lot.chosen}")
    return 0


def add_lot(p: argparse.ArgumentParser) -> None:
    command(p, cmd_lot)
    p.add_argument("--pin", help="the chair's PIN (or set BALLOTDESK_CHAIR_PIN)")
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("--chosen", help="record a physical draw's outcome instead of drawing in the app")
    p.add_argument("--note")
    p.add_argument("--json", action="store_true")


def cmd_result(args: argparse.Namespace) -> int:
    from ballotdesk.services import documents, results

    csv_out = output_path(args, args.csv) if args.csv else None
    with _open(args) as svc:
        data = results.result_json(svc, args.ballot)
        if csv_out is not None:
            documents.result_csv(svc, args.ballot, csv_out)
    lines = [f"{data['title']} ({data['status']})"]
    if data.get("provisional"):
        lines.append("  PROVISIONAL: not declared; the chair has not declared this result.")
    lines += [f"  {o['name']}: {o['votes']}" + (f" ({o['percent']}%)" if o["percent"] is not None else "")
              for o in data["options"]]
    lines += [f"  Abstentions and blank: {data['abstentions']}; rejected: {data['rejected']}; "
              f"votes cast: {data['votes_cast']}", f"  {data['outcome']}"]
    emit(args, data, "\n".join(lines))
    return 0


def add_result(p: argparse.ArgumentParser) -> None:
    command(p, cmd_result)
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("--csv", metavar="OUT.csv", help="also write the result as CSV")
    p.add_argument("--json", action="store_true")


def cmd_declare(args: argparse.Namespace) -> int:
    from ballotdesk.services import results

    with _open(args) as svc:
        data = results.declare(svc, args.ballot, args.chair, pin=chair_pin(args), inquorate=args.inquorate)
    emit(args, data, f"Declared: {data['outcome']}")
    return 0


def add_declare(p: argparse.ArgumentParser) -> None:
    command(p, cmd_declare)
    p.add_argument("--pin", help="the chair's PIN (or set BALLOTDESK_CHAIR_PIN)")
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("--chair", required=True)
    p.add_argument("--inquorate", metavar="REASON",
                   help="declare although the meeting is not quorate, for this reason (with the PIN)")
    p.add_argument("--json", action="store_true")
