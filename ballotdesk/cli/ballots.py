"""``ballotdesk box``, ``ballot add|open|close``, ``issue``, ``spoil`` and ``withdraw``: ballots and their papers.

Setting a ballot up and handing its papers out; counting them and the result are in
:mod:`.counting`, the printed documents in :mod:`.documents`.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ballotdesk.cli.base import Handler, _open, chair_pin, command, emit, member_number, subcommand, subcommands
from ballotdesk.domain.ballot import BallotSpec, Base, Kind, Rule, default_rule, motion_spec
from ballotdesk.domain.errors import DomainError


def cmd_box_add(args: argparse.Namespace) -> int:
    from ballotdesk.services import ballots

    with _open(args) as svc:
        ballots.add_box(svc, args.name)
    name = " ".join(args.name.split())
    emit(args, {"box": name}, f"Added box '{name}'")
    return 0


def add_box(parser: argparse.ArgumentParser) -> None:
    box = subcommands(parser, "box_command", "{add}")
    p = subcommand(box, "add", cmd_box_add, "add a ballot box")
    p.add_argument("file")
    p.add_argument("name")
    p.add_argument("--json", action="store_true")


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
    emit(args, {"id": ballot_id}, str(ballot_id))
    return 0


def _transition(action: str) -> Handler:
    def handler(args: argparse.Namespace) -> int:
        from ballotdesk.domain.ballot import fixed_terms
        from ballotdesk.services import ballots

        fixed: list[tuple[str, str]] = []
        with _open(args) as svc:
            if action == "open":
                ballots.open_ballot(svc, args.ballot, inquorate=args.inquorate, pin=chair_pin(args))
                opened = ballots.get_ballot(svc, args.ballot)
                fixed = fixed_terms(opened.spec) if opened is not None else []
            else:
                ballots.close_ballot(svc, args.ballot)
        status = "open" if action == "open" else "closed"
        data: dict[str, Any] = {"ballot": args.ballot, "status": status}
        text = f"Ballot {args.ballot} is now {status}."
        if fixed:  # what the window asks about before opening: from now on these cannot change
            data["fixed_terms"] = [[label, value] for label, value in fixed]
            text += " These can no longer change:\n" + "\n".join(f"  {label}: {value}" for label, value in fixed)
        emit(args, data, text)
        return 0

    return handler


def add_ballot(parser: argparse.ArgumentParser) -> None:
    ballot = subcommands(parser, "ballot_command", "{add,open,close}")
    p = subcommand(ballot, "add", cmd_ballot_add, "create a ballot (draft)")
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
        p = subcommand(ballot, action, _transition(action), f"{action} a ballot")
        if action == "open":
            p.add_argument("--pin", help="the chair's PIN (or set BALLOTDESK_CHAIR_PIN), to open while inquorate")
        p.add_argument("file")
        p.add_argument("ballot", type=int)
        if action == "open":
            p.add_argument("--inquorate", metavar="REASON",
                           help="chair: open although the meeting is not quorate, for this reason (with the PIN)")
        p.add_argument("--json", action="store_true")


def cmd_issue(args: argparse.Namespace) -> int:
    from ballotdesk.services import ballots, papers

    refused = 0
    results: list[dict[str, Any]] = []
    with _open(args) as svc:
        ballots.ballot_row(svc, args.ballot)  # a ballot that does not exist is one refusal, not one per member
        for number in args.numbers:
            try:
                attendee = papers.attendee_for_member(svc, number)
                paper = papers.issue_paper(svc, args.ballot, attendee, args.box, args.serial or "")
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
        emit(args, results, "")
    return 1 if refused else 0


def add_issue(p: argparse.ArgumentParser) -> None:
    command(p, cmd_issue)
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("numbers", nargs="+", metavar="MEMBER_NUMBER", type=member_number)
    p.add_argument("--box")
    p.add_argument("--serial")
    p.add_argument("--json", action="store_true")


def cmd_spoil(args: argparse.Namespace) -> int:
    from ballotdesk.services import papers

    with _open(args) as svc:
        attendee = papers.attendee_for_member(svc, args.number)
        paper = papers.spoil_paper(svc, args.ballot, attendee, args.serial or "")
    emit(args, {"number": args.number, "box": paper.box, "serial": paper.serial},
         f"{args.number}: spoilt paper cancelled; replacement issued into {paper.box}")
    return 0


def add_spoil(p: argparse.ArgumentParser) -> None:
    command(p, cmd_spoil)
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("number", metavar="MEMBER_NUMBER", type=member_number)
    p.add_argument("--serial")
    p.add_argument("--json", action="store_true")


def cmd_withdraw(args: argparse.Namespace) -> int:
    from ballotdesk.services import papers

    with _open(args) as svc:
        papers.withdraw_paper(svc, args.ballot, papers.attendee_for_member(svc, args.number), args.reason)
    emit(args, {"number": args.number, "withdrawn": True}, f"{args.number}: paper withdrawn")
    return 0


def add_withdraw(p: argparse.ArgumentParser) -> None:
    command(p, cmd_withdraw)
    p.add_argument("file")
    p.add_argument("ballot", type=int)
    p.add_argument("number", metavar="MEMBER_NUMBER", type=member_number)
    p.add_argument("--reason", required=True)
    p.add_argument("--json", action="store_true")
