"""``ballotdesk ranked ...``: a preferential ballot's papers, keyed in batches, imported or exported as ``.blt``.

Thin: parse, call :mod:`ballotdesk.services.ranked`, print. ``ranked import`` takes papers keyed
elsewhere as one teller's keying of a box (two imports by two tellers make the four-eyes pair);
``ranked enter`` keys one batch from the command line; ``ranked settle`` is the chair's decision on a
batch whose keyings differ; ``ranked batches`` shows where every box stands; ``ranked export`` writes
the definitive papers for anyone to recount with another program (or ``ballotdesk stv``).
"""

from __future__ import annotations

import argparse
from typing import Any

from ballotdesk.cli.base import _open, _read, chair_pin, emit, output_path, subcommand, subcommands
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.preferential.entry import BATCH_SIZE, Difference, check_count, parse_piles


def _difference_json(d: Difference) -> dict[str, Any]:
    return {"paper": d.position, "first": d.first, "second": d.second}


def _outcome_json(outcome: Any) -> dict[str, Any]:
    return {"box": outcome.box, "batch": outcome.batch, "state": outcome.state, "papers": outcome.papers,
            "message": outcome.message, "checks": list(outcome.checks),
            "differing": [_difference_json(d) for d in outcome.differences]}


def cmd_import(args: argparse.Namespace) -> int:
    from ballotdesk.services import ranked

    with _open(args) as svc:
        outcomes = ranked.import_blt(svc, args.ballot, args.papers, args.box, args.teller, args.batch_size)
    papers = sum(o.papers for o in outcomes)
    emit(args, {"papers": papers, "batches": [_outcome_json(o) for o in outcomes]},
         "\n".join([f"{papers} papers imported in {len(outcomes)} batches by {args.teller.strip()}."]
                   + [o.message for o in outcomes if o.state != "second entry"]))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ballotdesk.domain.preferential import write_blt
    from ballotdesk.services import documents, ranked

    out = output_path(args, args.output)
    with _open(args) as svc:
        ballot_file = ranked.ballot_file(svc, args.ballot)
    documents.write_bytes(out, write_blt(ballot_file).encode("utf-8"))
    emit(args, {"output": str(out), "papers": ballot_file.paper_count},
         f"Wrote {ballot_file.paper_count} papers to {args.output}")
    return 0


def cmd_enter(args: argparse.Namespace) -> int:
    from ballotdesk.services import ranked

    with _open(args) as svc:
        found = ranked.require_ranked(svc, args.ballot)
        counted = None if args.counted is None else check_count(args.counted, "--counted")
        piles = parse_piles(args.pile, found.candidates) if args.pile else None
        outcome = ranked.enter_batch(svc, args.ballot, args.box, args.teller, args.batch, args.paper,
                                     counted=counted, piles=piles, last=args.last)
    emit(args, _outcome_json(outcome), outcome.message)
    return 0


def _reading(text: str) -> tuple[int, str]:
    position, sep, marks = text.partition("=")
    if not sep or not position.strip().isdigit():
        raise argparse.ArgumentTypeError(f"'{text}' must look like \"PAPER=MARKS\", e.g. \"7=2 1 - 3\"")
    return int(position), marks


def cmd_settle(args: argparse.Namespace) -> int:
    from ballotdesk.services import ranked

    chosen = sum(bool(x) for x in (args.paper, args.accept, args.rekey))
    if chosen != 1:
        raise DomainError("Give one of: --paper N=MARKS for each paper that differs, --accept TELLER, or --rekey.")
    readings = dict(args.paper) if args.paper else None
    with _open(args) as svc:
        outcome = ranked.settle_batch(svc, args.ballot, args.box, args.batch, reason=args.reason, readings=readings,
                                      accept_teller=args.accept, rekey=args.rekey, pin=chair_pin(args))
    emit(args, _outcome_json(outcome), outcome.message)
    return 0


def cmd_batches(args: argparse.Namespace) -> int:
    from ballotdesk.services import ranked

    with _read(args) as svc:
        boxes = ranked.box_progress(svc, args.ballot)
    data = [{"box": b.box, "definitive": b.definitive, "papers": b.papers,
             "batches": [{"batch": s.batch, "state": s.state, "papers": s.papers, "tellers": list(s.tellers),
                          "last": s.last, "checks": list(s.checks),
                          "differing": [_difference_json(d) for d in s.differences]} for s in b.batches]}
            for b in boxes]
    lines = []
    for b in boxes:
        lines.append(f"{b.box}: {'definitive, ' if b.definitive else ''}{b.papers} definitive papers")
        for s in b.batches:
            lines.append(f"  batch {s.batch}: {s.state} ({s.papers} papers; {', '.join(s.tellers)})"
                         + (" - last" if s.last else ""))
            lines += [f"    paper {d.position}: {d.first or '(none)'}  |  {d.second or '(none)'}"
                      for d in s.differences]
            lines += [f"    {c}" for c in s.checks]
    emit(args, data, "\n".join(lines))
    return 0


def _batch_size(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a batch size (a whole number of 1 or more)")
    return value


def add_ranked(parser: argparse.ArgumentParser) -> None:
    """``ranked import|export|enter|settle|batches``."""
    group = subcommands(parser, "ranked_command", "{import,export,enter,settle,batches}")
    p = subcommand(group, "import", cmd_import, "papers keyed elsewhere (.blt) as one teller's keying of a box")
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("papers", metavar="PAPERS.blt", help="the papers as a .blt file (one teller's keying of the box)")
    p.add_argument("--box", required=True)
    p.add_argument("--teller", required=True)
    p.add_argument("--batch-size", type=_batch_size, default=BATCH_SIZE,
                   help=f"papers per batch (default {BATCH_SIZE})")
    p.add_argument("--json", action="store_true")

    p = subcommand(group, "export", cmd_export, "write the definitive papers as a .blt file")
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("-o", "--output", required=True, metavar="PAPERS.blt")
    p.add_argument("--json", action="store_true")

    p = subcommand(group, "enter", cmd_enter, "one teller's keying of one batch of a box")
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("paper", nargs="+", metavar="MARKS",
                   help="each paper as marked, the numbers in the candidates' printed order: \"2 1 - 3\"")
    p.add_argument("--box", required=True)
    p.add_argument("--teller", required=True)
    p.add_argument("--batch", type=_batch_size, required=True, help="the batch's number in the box (1, 2, ...)")
    p.add_argument("--counted", help="papers counted into the batch by hand (checked against those keyed)")
    p.add_argument("--pile", action="append", metavar="NAME=N",
                   help="a first-preference pile counted by hand (repeatable; checked against those keyed)")
    p.add_argument("--last", action="store_true", help="this is the box's last batch")
    p.add_argument("--json", action="store_true")

    p = subcommand(group, "settle", cmd_settle, "chair: settle a batch whose two keyings differ")
    p.add_argument("--pin", help="the chair's PIN (or set BALLOTDESK_CHAIR_PIN)")
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("--box", required=True)
    p.add_argument("--batch", type=_batch_size, required=True, help="the number of the batch to settle")
    p.add_argument("--paper", action="append", type=_reading, metavar="N=MARKS",
                   help="the marks of paper N as the chair reads it (one for each paper that differs)")
    p.add_argument("--accept", metavar="TELLER", help="accept this teller's keying of the batch")
    p.add_argument("--rekey", action="store_true", help="set both keyings aside: the batch is keyed again")
    p.add_argument("--reason", required=True)
    p.add_argument("--json", action="store_true")

    p = subcommand(group, "batches", cmd_batches, "where each box's batches stand")
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("--json", action="store_true")
