"""``ballotdesk stv PAPERS.blt --rules ...``: count a ballot file on its own, with no meeting.

A tool anyone can use to check a count: it reads the ``.blt`` file, counts it by the chosen rules
through the same domain code the meeting app uses, and prints the stages and the result. Where the
rules call for a lot, it draws none unseen: ``--lot NAME`` gives lots already drawn (in the order the
count meets them) and ``--lot-seed SEED`` draws them from a seeded generator; without either the
command stops and says which lot is needed. Every lot drawn is printed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ballotdesk.cli.base import emit
from ballotdesk.domain.preferential import RULES, Chooser, CountResult, count, listed_lots, read_blt_file, seeded_lots
from ballotdesk.domain.preferential.result import refuse_lots

PURPOSES = {"exclude": "which to exclude", "transfer first": "whose surplus goes first", "elect": "which to elect"}


def _seats(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seats (a whole number of 1 or more)")
    return value


def _chooser(args: argparse.Namespace) -> Chooser:
    if args.lot and args.lot_seed is not None:
        raise ValueError("give either --lot or --lot-seed, not both")
    if args.lot:
        return listed_lots(args.lot)
    if args.lot_seed is not None:
        return seeded_lots(args.lot_seed)
    return refuse_lots


def stage_table(result: CountResult) -> str:
    """The familiar result sheet: candidates down, stages across, each cell the total at that stage's end."""
    head = ["Candidate", *(str(s.number) for s in result.stages)]
    rows = [head]
    for name in result.candidates:
        cells = [name]
        gone = False
        for stage in result.stages:
            value = stage.votes[name]
            cells.append("-" if gone else result.text(value))
            gone = gone or name in stage.excluded
        rows.append(cells)
    rows.append(["Non-transferable", *(result.text(s.non_transferable) for s in result.stages)])
    rows.append(["Total", *(result.text(sum(s.votes.values()) + s.non_transferable) for s in result.stages)])
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                       for i, (cell, w) in enumerate(zip(row, widths, strict=True))).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def report(result: CountResult, title: str) -> str:
    """The count in words and the stage table, as the text output of the command."""
    rules = {"scottish": "Scottish STV (SSI 2007/42)", "ers97": "ERS97 STV",
             "meek": "Meek STV (PR Foundation reference)", "irv": "Alternative vote (IRV)"}[result.rules]
    out = [f"{title + ': ' if title else ''}{rules}, {result.seats} seat{'s' if result.seats != 1 else ''}"]
    rejected = sum(result.rejected.values())
    out.append(f"Papers {result.papers}; valid {result.valid}; rejected {rejected}"
               + "".join(f"\n  rejected, {reason}: {n}" for reason, n in result.rejected.items()))
    if result.withdrawn:
        out.append(f"Withdrawn: {', '.join(result.withdrawn)}")
    needed = "votes needed to win (more than half of the continuing votes)" if result.rules == "irv" else "Quota"
    out.append(f"{needed[0].upper() + needed[1:]}: {result.text(result.quota)}")
    out.append("")
    for stage in result.stages:
        line = f"Stage {stage.number}: {stage.action}"
        if stage.elected:
            line += f"; elected {', '.join(stage.elected)}"
        if stage.excluded and not stage.action.startswith("exclusion"):
            line += f"; excluded {', '.join(stage.excluded)}"
        if stage.quota is not None and stage.quota != result.quota and result.rules != "irv":
            line += f"; quota {result.text(stage.quota)}"
        if stage.note:
            line += f" ({stage.note})"
        out.append(line)
    out += ["", stage_table(result), ""]
    for lot in result.lots:
        out.append(f"A lot was drawn at stage {lot.stage} ({PURPOSES.get(lot.purpose, lot.purpose)}) between "
                   f"{', '.join(lot.tied)}: it fell on {lot.chosen}.")
    out.append(f"Elected, in order: {', '.join(result.elected)}")
    return "\n".join(out)


def cmd_stv(args: argparse.Namespace) -> int:
    chooser = _chooser(args)
    ballots = read_blt_file(Path(args.file))
    result = count(ballots, args.rules, args.seats, chooser)
    emit(args, {"title": ballots.title, **result.as_json()}, report(result, ballots.title))
    return 0


def add_stv(p: argparse.ArgumentParser) -> None:
    """``stv``'s arguments (without ``--actor``: it changes no meeting, so nothing is audited)."""
    p.set_defaults(handler=cmd_stv)
    p.add_argument("file", metavar="PAPERS.blt", help="the papers: a .blt ballot file")
    p.add_argument("--rules", required=True, choices=tuple(RULES),
                   help="scottish (SSI 2007/42), ers97 (Electoral Reform Society 1997), meek (PR Foundation "
                        "reference) or irv (alternative vote, one seat)")
    p.add_argument("--seats", type=_seats, help="seats to fill (default: as the file says)")
    p.add_argument("--lot", action="append", metavar="NAME",
                   help="a lot already drawn: the candidate it fell on (repeatable, in the order the count needs them)")
    p.add_argument("--lot-seed", metavar="SEED",
                   help="draw any lot from a generator seeded with SEED (the same seed, the same lots)")
    p.add_argument("--json", action="store_true")
