"""Headless ballot commands: boxes, ballots, papers, counts, results, documents."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ballotdesk.domain.ballot import BallotSpec, Base, Kind, Rule, default_rule, motion_spec
from ballotdesk.domain.count import CountFigures
from ballotdesk.domain.errors import DomainError

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService


def _open(args: argparse.Namespace) -> MeetingService:
    from ballotdesk.cli import _open as open_meeting

    return open_meeting(args)


def chair_pin(args: argparse.Namespace) -> str | None:
    """The chair's PIN from --pin, else from BALLOTDESK_CHAIR_PIN."""
    return getattr(args, "pin", None) or os.environ.get("BALLOTDESK_CHAIR_PIN") or None


def _emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """``cli.emit``: one JSON style (ASCII) for every command, imported late as cli imports this module."""
    from ballotdesk.cli import emit

    emit(args, data, text)


def member_number(text: str) -> str:
    """A membership number as typed; an empty one (``"$NUMBER"`` unset in a script) is a usage error."""
    if not text.strip():
        raise argparse.ArgumentTypeError("a membership number cannot be empty")
    return text


SQLITE_MAX_INTEGER = 2**63 - 1


def check_ballot_id(args: argparse.Namespace) -> str | None:
    """Why the BALLOT argument (already an int) cannot be a ballot's number, or None if it can be.

    argparse's ``int`` takes ``10**30``, which SQLite cannot hold (an OverflowError traceback),
    and ``-5``; both are mistyped arguments, refused as ``one`` is, with exit status 2.
    """
    value = getattr(args, "ballot", None)
    if isinstance(value, int) and not 1 <= value <= SQLITE_MAX_INTEGER:
        return f"argument ballot: '{value}' is not a ballot number (a whole number of 1 or more, as " \
               "'ballotdesk ballot add' printed)"
    return None


def output_path(args: argparse.Namespace, text: str) -> Path:
    """Where a document (PDF, CSV) may be written: never over a meeting file.

    ``-o`` is typed by hand, and ``sheet branch.ballotdesk 1 -o branch.ballotdesk`` replaced the
    meeting itself with the PDF: every registration, count and result gone. A name with the
    meeting suffix is refused too, as it would be taken for a meeting (or a backup) later.
    """
    from ballotdesk.cli import CliError
    from ballotdesk.store.meeting_store import SUFFIX

    out, meeting = Path(text), Path(args.file)
    try:
        same = out.exists() and out.samefile(meeting)
    except OSError:
        same = False
    if same:
        raise CliError(f"{text} is the meeting file itself; nothing was written. Give the document its own "
                       "name, e.g. result.pdf")
    if out.name.casefold().endswith(SUFFIX.casefold()):
        raise CliError(f"{text} ends in {SUFFIX}, the name of a meeting file; nothing was written. Give the "
                       "document its own name, e.g. result.pdf")
    return out


def cmd_box_add(args: argparse.Namespace) -> int:
    from ballotdesk.services import ballots

    with _open(args) as svc:
        ballots.add_box(svc, args.name)
    name = " ".join(args.name.split())
    _emit(args, {"box": name}, f"Added box '{name}'")
    return 0


def cmd_ballot_add(args: argparse.Namespace) -> int:
    from ballotdesk.services import ballots

    rule = Rule(args.rule) if args.rule else None
    base = Base(args.base) if args.base else Base.CAST
    if args.motion:
        if args.option:
            # Silently dropping them would put a different question to the meeting than the one typed.
            raise DomainError("--motion makes the options For and Against; leave out --option, or leave out "
                              "--motion for an election.")
        spec = motion_spec(args.title, args.question or "", abstain=args.abstain,
                           rule=rule, base=base)
    else:
        if not args.option:
            raise DomainError("An election needs at least one --option (a candidate).")
        spec = BallotSpec(title=args.title, question=args.question or "", kind=Kind.ELECTION,
                          options=tuple(args.option), seats=args.seats, abstain=args.abstain,
                          rule=rule or default_rule(Kind.ELECTION), base=base, elected_word=args.elected_word)
    with _open(args) as svc:
        if args.method == "vote":
            if args.rules:
                raise DomainError("--rules is for --method stv; a ballot counted by votes takes --rule.")
            ballot_id = ballots.create_ballot(svc, spec)
        else:
            from ballotdesk.services import ranked

            if args.motion or args.rule or args.base:
                raise DomainError(f"--method {args.method} counts preferences for candidates; leave out --motion, "
                                  "--rule and --base.")
            ballot_id = ranked.create_ballot(svc, spec, args.method, args.rules)
    _emit(args, {"id": ballot_id}, str(ballot_id))
    return 0


def _transition(action: str) -> Callable[[argparse.Namespace], int]:
    def handler(args: argparse.Namespace) -> int:
        from ballotdesk.services import ballots

        with _open(args) as svc:
            if action == "open":
                ballots.open_ballot(svc, args.ballot, inquorate=args.inquorate, pin=chair_pin(args))
            else:
                ballots.close_ballot(svc, args.ballot)
        status = "open" if action == "open" else "closed"
        _emit(args, {"ballot": args.ballot, "status": status}, f"Ballot {args.ballot} is now {status}.")
        return 0

    return handler


def cmd_issue(args: argparse.Namespace) -> int:
    from ballotdesk.services import ballots

    refused = 0
    results: list[dict[str, Any]] = []
    with _open(args) as svc:
        ballots.ballot_row(svc, args.ballot)  # a ballot that does not exist is one refusal, not one per member
        for number in args.numbers:
            try:
                attendee = ballots.attendee_for_member(svc, number)
                paper = ballots.issue_paper(svc, args.ballot, attendee, args.box, args.serial or "")
                serial = f" (paper {paper.serial})" if paper.serial else ""
                results.append({"number": number, "issued": True, "box": paper.box, "serial": paper.serial,
                                "reason": ""})
                if not args.json:
                    print(f"{number}: paper issued into {paper.box}{serial}")
            except DomainError as error:
                refused += 1
                results.append({"number": number, "issued": False, "box": None, "serial": None,
                                "reason": str(error)})
                print(f"{number}: refused: {error}", file=sys.stderr)
    if args.json:
        _emit(args, results, "")
    return 1 if refused else 0


def cmd_spoil(args: argparse.Namespace) -> int:
    from ballotdesk.services import ballots

    with _open(args) as svc:
        attendee = ballots.attendee_for_member(svc, args.number)
        paper = ballots.spoil_paper(svc, args.ballot, attendee, args.serial or "")
    _emit(args, {"number": args.number, "box": paper.box, "serial": paper.serial},
          f"{args.number}: spoilt paper cancelled; replacement issued into {paper.box}")
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    from ballotdesk.services import ballots

    with _open(args) as svc:
        ballots.withdraw_paper(svc, args.ballot, ballots.attendee_for_member(svc, args.number), args.reason)
    _emit(args, {"number": args.number, "withdrawn": True}, f"{args.number}: paper withdrawn")
    return 0


def _figures(svc: Any, ballot_id: int, args: argparse.Namespace) -> CountFigures:
    from ballotdesk.services import ballots

    pairs: list[tuple[str, str]] = []
    for item in args.votes:
        match = re.fullmatch(r"(.+)=(.*)", item)
        if not match:
            raise DomainError(f"'{item}' must look like \"OPTION=N\".")
        pairs.append((match.group(1), match.group(2)))
    return ballots.read_figures(svc, ballot_id, args.papers, pairs, args.abstain, args.rejected)


def cmd_count(args: argparse.Namespace) -> int:
    from ballotdesk.services import ballots

    with _open(args) as svc:
        outcome = ballots.enter_count(svc, args.ballot, args.box, args.teller, _figures(svc, args.ballot, args),
                                      args.rejected_reasons or "",
                                      code=args.code or os.environ.get("BALLOTDESK_TELLER_CODE") or None)
    _emit(args, {"box": outcome.box, "state": outcome.state, "differing": list(outcome.differing),
                 "message": outcome.message}, outcome.message)
    return 0


def cmd_teller_add(args: argparse.Namespace) -> int:
    from ballotdesk.services import tellers

    with _open(args) as svc:
        given = tellers.add_teller(svc, args.name, pin=chair_pin(args))
    _emit(args, {"teller": given.name, "code": given.code},
          f"Teller {given.name}: code {given.code} (hand it to them; it is not shown again).")
    return 0


def cmd_teller_list(args: argparse.Namespace) -> int:
    from ballotdesk.services import tellers

    with _open(args) as svc:
        names = tellers.teller_names(svc)
    _emit(args, {"tellers": names}, "\n".join(names) or "No teller has been named: entries need no code.")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from ballotdesk.services import ballots

    with _open(args) as svc:
        ballots.resolve_entries(svc, args.ballot, args.box, accept_teller=args.accept, reason=args.reason,
                                pin=chair_pin(args))
    _emit(args, {"box": args.box, "recount": args.accept is None, "accepted": args.accept},
          "Recount ordered." if args.accept is None else f"Entry by {args.accept} accepted.")
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from ballotdesk.services import ballots

    with _open(args) as svc:
        ballots.explain_shortfall(svc, args.ballot, args.box, args.text, pin=chair_pin(args))
    _emit(args, {"box": args.box, "explanation": args.text}, "Explanation recorded.")
    return 0


def cmd_lot(args: argparse.Namespace) -> int:
    from ballotdesk.services import ballots

    with _open(args) as svc:
        lot = ballots.record_lot(svc, args.ballot, chosen=args.chosen, note=args.note or "", pin=chair_pin(args))
    how = "drawn by the app" if lot.method == "app" else "drawn in the hall"
    _emit(args, {"method": lot.method, "among": list(lot.among), "chosen": lot.chosen},
          f"Lot {how} among {', '.join(lot.among)}: {lot.chosen}")
    return 0


def cmd_result(args: argparse.Namespace) -> int:
    from ballotdesk.services import ballots, documents

    csv_out = output_path(args, args.csv) if args.csv else None
    with _open(args) as svc:
        data = ballots.result_json(svc, args.ballot)
        if csv_out is not None:
            documents.result_csv(svc, args.ballot, csv_out)
    lines = [f"{data['title']} ({data['status']})"]
    if data.get("provisional"):
        lines.append("  PROVISIONAL: not declared; the chair has not declared this result.")
    lines += [f"  {o['name']}: {o['votes']}" + (f" ({o['percent']}%)" if o["percent"] is not None else "")
              for o in data["options"]]
    lines += [f"  Abstentions and blank: {data['abstentions']}; rejected: {data['rejected']}; "
              f"votes cast: {data['votes_cast']}", f"  {data['outcome']}"]
    _emit(args, data, "\n".join(lines))
    return 0


def cmd_sheet(args: argparse.Namespace) -> int:
    from ballotdesk.services import documents

    out = output_path(args, args.output)
    from ballotdesk.cli_integrity import cert_password

    secret = cert_password(args)
    with _open(args) as svc:
        pdf = documents.signed_result_sheet(svc, args.ballot, args.page_size, secret)
    documents.write_bytes(out, pdf)
    _emit(args, {"output": str(out)}, f"Wrote the signed result sheet to {args.output}")
    return 0


def cmd_papers(args: argparse.Namespace) -> int:
    from ballotdesk.services import documents

    out = output_path(args, args.output)
    with _open(args) as svc:
        pdf = documents.ballot_papers(svc, args.ballot, args.box, args.count, args.first, args.prefix or "")
    documents.write_bytes(out, pdf)
    _emit(args, {"output": str(out), "count": args.count}, f"Wrote {args.count} ballot papers to {args.output}")
    return 0


def cmd_register_sheet(args: argparse.Namespace) -> int:
    from ballotdesk.services import documents

    out = output_path(args, args.output)
    with _open(args) as svc:
        pdf = documents.register_pdf(svc) if args.attendance else documents.signin_sheet(svc)
    documents.write_bytes(out, pdf)
    _emit(args, {"output": str(out)},
          f"Wrote {'the attendance register' if args.attendance else 'the sign-in sheet'} to {args.output}")
    return 0


def cmd_declare(args: argparse.Namespace) -> int:
    from ballotdesk.services import ballots

    with _open(args) as svc:
        data = ballots.declare(svc, args.ballot, args.chair, pin=chair_pin(args), inquorate=args.inquorate)
    _emit(args, data, f"Declared: {data['outcome']}")
    return 0


def _new_pin(args: argparse.Namespace) -> str:
    """The new PIN: --new-pin; else one line of standard input in a script; else asked twice at a terminal.

    ``getpass`` without a terminal warns over several lines, then dies with an EOFError traceback
    when nothing is piped in. At a terminal the PIN is typed twice, as in the GUI's dialog: a slip
    in a PIN typed once, unseen, would lock the chair out of declaring.
    """
    import getpass

    from ballotdesk.cli import CliError

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
    _emit(args, {"pin": "changed" if had_pin else "set"},
          "The chair's PIN has been changed." if had_pin else "The chair's PIN has been set.")
    return 0


def add_commands(sub: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    """Register the ballot commands on the main parser."""
    box = sub.add_parser("box", help="ballot boxes").add_subparsers(dest="box_command", required=True,
                                                                    metavar="{add}")
    p = command("add", cmd_box_add, "add a ballot box", box)
    p.add_argument("file")
    p.add_argument("name")
    p.add_argument("--json", action="store_true")

    ballot = sub.add_parser("ballot", help="ballots").add_subparsers(dest="ballot_command", required=True,
                                                                     metavar="{add,open,close}")
    p = command("add", cmd_ballot_add, "create a ballot (draft)", ballot)
    p.add_argument("file")
    p.add_argument("--title", required=True)
    p.add_argument("--question")
    p.add_argument("--option", action="append", metavar="NAME")
    p.add_argument("--motion", action="store_true", help="options For / Against")
    p.add_argument("--abstain", action=argparse.BooleanOptionalAction, default=True)
    p.add_argument("--seats", type=int, default=1)
    p.add_argument("--rule", choices=[str(r) for r in Rule])
    p.add_argument("--base", choices=[str(b) for b in Base])
    p.add_argument("--elected-word", default="elected", help="e.g. 'nominated'")
    p.add_argument("--method", choices=("vote", "irv", "stv"), default="vote",
                   help="vote (the default: marks counted by --rule), irv (alternative vote, one seat) or stv "
                        "(single transferable vote, with --rules)")
    p.add_argument("--rules", choices=("scottish", "ers97", "meek"),
                   help="for --method stv: scottish (SSI 2007/42), ers97 (Electoral Reform Society 1997) or meek")
    p.add_argument("--json", action="store_true")
    for action in ("open", "close"):
        p = command(action, _transition(action), f"{action} a ballot", ballot)
        if action == "open":
            p.add_argument("--pin", help="the chair's PIN (or set BALLOTDESK_CHAIR_PIN), to open while inquorate")
        p.add_argument("file")
        p.add_argument("ballot", type=int)
        if action == "open":
            p.add_argument("--inquorate", metavar="REASON",
                           help="chair: open although the meeting is not quorate, for this reason (with the PIN)")
        p.add_argument("--json", action="store_true")

    p = command("issue", cmd_issue, "issue papers to registered members")
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("numbers", nargs="+", metavar="MEMBER_NUMBER", type=member_number)
    p.add_argument("--box")
    p.add_argument("--serial")
    p.add_argument("--json", action="store_true")

    p = command("spoil", cmd_spoil, "cancel a spoilt paper and issue a replacement")
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("number", metavar="MEMBER_NUMBER", type=member_number)
    p.add_argument("--serial")
    p.add_argument("--json", action="store_true")

    p = command("withdraw", cmd_withdraw, "withdraw a paper issued by mistake")
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("number", metavar="MEMBER_NUMBER", type=member_number)
    p.add_argument("--reason", required=True)
    p.add_argument("--json", action="store_true")

    p = command("count", cmd_count, "enter one teller's count of one box")
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

    teller = sub.add_parser("teller", help="tellers and their codes").add_subparsers(
        dest="teller_command", required=True, metavar="{add,list}")
    p = command("add", cmd_teller_add, "chair: name a teller and hand out their code (a new code if named before)",
                teller)
    p.add_argument("--pin", help="the chair's PIN (or set BALLOTDESK_CHAIR_PIN)")
    p.add_argument("file", help="the meeting file")
    p.add_argument("name", help="the teller's name")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = command("list", cmd_teller_list, "the tellers the chair has named", teller)
    p.add_argument("file", help="the meeting file")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("resolve", cmd_resolve, "chair: order a recount of a box, or accept one entry")
    p.add_argument("--pin", help="the chair's PIN (or set BALLOTDESK_CHAIR_PIN)")
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("--box", required=True)
    p.add_argument("--accept", metavar="TELLER", help="accept this teller's entry (default: recount)")
    p.add_argument("--reason", required=True)
    p.add_argument("--json", action="store_true")

    p = command("explain", cmd_explain, "chair: explain papers not returned from a box")
    p.add_argument("--pin", help="the chair's PIN (or set BALLOTDESK_CHAIR_PIN)")
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("--box", required=True)
    p.add_argument("text")
    p.add_argument("--json", action="store_true")

    p = command("lot", cmd_lot, "settle an equality of votes by lot")
    p.add_argument("--pin", help="the chair's PIN (or set BALLOTDESK_CHAIR_PIN)")
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("--chosen", help="record a physical draw's outcome instead of drawing in the app")
    p.add_argument("--note")
    p.add_argument("--json", action="store_true")

    p = command("pin", cmd_pin, "set or change the chair's PIN")
    p.add_argument("--pin", help="the current PIN (or set BALLOTDESK_CHAIR_PIN)")
    p.add_argument("file")
    p.add_argument("--new-pin", help="the new PIN (asked for when not given)")
    p.add_argument("--json", action="store_true")

    p = command("result", cmd_result, "the combined result")
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("--csv", metavar="OUT.csv", help="also write the result as CSV")
    p.add_argument("--json", action="store_true")

    p = command("sheet", cmd_sheet, "the signed result sheet of a declared ballot (PDF)")
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.add_argument("--page-size", choices=["A4", "Letter"], default="A4")
    p.add_argument("--cert-password", help="the organisation certificate's password, when one is imported "
                                           "(or set BALLOTDESK_CERT_PASSWORD); no PIN is needed")
    p.add_argument("--json", action="store_true")

    p = command("papers", cmd_papers, "numbered ballot papers for a box (PDF)")
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("--box")
    p.add_argument("--count", type=int, required=True)
    p.add_argument("--first", type=int, default=1, help="serial number of the first paper")
    p.add_argument("--prefix", help="printed before each serial, e.g. OF-")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.add_argument("--json", action="store_true")

    p = command("register-sheet", cmd_register_sheet, "a blank sign-in sheet of the roll (PDF)")
    p.add_argument("file")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.add_argument("--attendance", action="store_true", help="print the attendance register instead")
    p.add_argument("--json", action="store_true")

    p = command("declare", cmd_declare, "chair: declare the result")
    p.add_argument("--pin", help="the chair's PIN (or set BALLOTDESK_CHAIR_PIN)")
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("--chair", required=True)
    p.add_argument("--inquorate", metavar="REASON",
                   help="declare although the meeting is not quorate, for this reason (with the PIN)")
    p.add_argument("--json", action="store_true")
