"""A preferential ballot as such: its method and rules, in words, and the ballot made with them.

The ground the rest of the package stands on: which ballots are preferential (``ranked_ballot``,
``require_ranked``), how a method and its rules are explained and named on the sheet, and
``create_ballot``. Separate from keying papers and from the count: the Ballots dialog and the
sheet's wording use only these, and every other module of the package builds on them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ballotdesk.domain.ballot import BallotSpec, Base, Kind, Rule
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate
from ballotdesk.services import ballots
from ballotdesk.store import ranked_store

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService

METHODS = ("vote", "irv", "stv")
STV_RULES = ("scottish", "ers97", "meek")
METHOD_LINES: dict[str, str] = {
    "vote": QT_TRANSLATE_NOOP("Ranked", "One mark per seat; the most votes (or the majority chosen) wins."),
    "irv": QT_TRANSLATE_NOOP("Ranked", "Alternative vote: voters number the candidates 1, 2, 3...; the lowest "
                                       "drops out until one has more than half of the continuing votes."),
    "stv": QT_TRANSLATE_NOOP("Ranked", "Single transferable vote: voters number the candidates; surpluses and "
                                       "the lowest candidates' papers transfer until every seat is filled."),
}
"""One line explaining each method, for the Ballots dialog and ``ballot add --help``."""
RULES_LINES: dict[str, str] = {
    "scottish": QT_TRANSLATE_NOOP("Ranked", "Scottish STV (SSI 2007/42): weighted inclusive Gregory, five "
                                            "decimal places."),
    "ers97": QT_TRANSLATE_NOOP("Ranked", "ERS97 (Electoral Reform Society, 1997): last-parcel transfers, two "
                                         "decimal places."),
    "meek": QT_TRANSLATE_NOOP("Ranked", "Meek (as the PR Foundation's reference counter): every round "
                                        "recomputed, keep values to six decimal places."),
}


def method_line(method: str) -> str:
    """The one-line explanation of a method, in the interface language."""
    return translate("Ranked", METHOD_LINES[method])


def method_rules_label(rules: str) -> str:
    """The rules a count followed, as the sheet and the result page name them (no closing full stop)."""
    if rules == "irv":
        return translate("Ranked", "Alternative vote (IRV): more than half of the continuing votes")
    return rules_line(rules).rstrip(".") if rules in RULES_LINES else rules


PURPOSE_WORDS = {"exclude": QT_TRANSLATE_NOOP("Ranked", "which to exclude"),
                 "transfer first": QT_TRANSLATE_NOOP("Ranked", "whose surplus to transfer first"),
                 "elect": QT_TRANSLATE_NOOP("Ranked", "which to elect")}


def lot_words(lot: dict[str, Any]) -> str:
    """A lot drawn for the count, in words, for the result page and the sheet."""
    how = (translate("Ranked", "drawn by BallotDesk with a cryptographic random source") if lot["method"] == "app"
           else translate("Ranked", "drawn by hand in the hall and recorded by the chair"))
    note = f" ({lot['note']})" if lot.get("note") else ""
    purpose = translate("Ranked", PURPOSE_WORDS.get(lot.get("purpose", ""), lot.get("purpose", "")))
    return translate("Ranked", "At stage {0} a lot decided {1} among {2}, {3}: it fell on {4}{5}.").format(
        lot.get("stage", "?"), purpose, ", ".join(lot["among"]), how, lot["chosen"], note)


def rules_line(rules: str) -> str:
    """The one-line explanation of STV rules, in the interface language."""
    return translate("Ranked", RULES_LINES[rules])


@dataclass(frozen=True)
class RankedBallot:
    """A preferential ballot: who stands, in the printed order, and how it is counted."""

    ballot_id: int
    title: str
    method: str
    rules: str
    seats: int
    candidates: tuple[str, ...]
    status: str


def ranked_ballot(svc: MeetingService, ballot_id: int) -> RankedBallot | None:
    """The ballot as a preferential ballot, or None when it is counted by votes."""
    found = ranked_store.method(svc.store, int(ballot_id))
    if found is None:
        return None
    row = ballots.ballot_row(svc, ballot_id)
    return RankedBallot(row["id"], row["title"], found["method"], found["rules"], row["seats"],
                        tuple(json.loads(row["options"])), row["status"])


def require_ranked(svc: MeetingService, ballot_id: int) -> RankedBallot:
    """The preferential ballot, or a refusal saying it is counted by votes."""
    ballots.ballot_row(svc, ballot_id)
    found = ranked_ballot(svc, ballot_id)
    if found is None:
        raise DomainError(translate("Ranked", "Ballot {0} is counted by votes, not by preferences; enter its count "
                                              "with 'count' or the Count page.").format(ballot_id))
    return found


def ranked_methods(svc: MeetingService) -> dict[int, tuple[str, str]]:
    """(method, rules) of every preferential ballot by id, for lists that show how a ballot is counted."""
    return {i: (r["method"], r["rules"]) for i, r in ranked_store.methods(svc.store).items()}


def method_spec(spec: BallotSpec, method: str, rules: str | None) -> tuple[BallotSpec, str]:
    """The spec a preferential ballot is stored with, and its rules; refuses a method and rules that do not fit.

    The ballot row keeps plurality over the votes cast: its "votes" are the first preferences, shown
    beside the stages; what is elected is decided by the count.
    """
    if method not in ("irv", "stv"):
        raise DomainError(translate("Ranked", "'{0}' is not a preferential method; the methods are irv and stv.")
                          .format(method))
    if spec.kind is not Kind.ELECTION:
        raise DomainError(translate("Ranked", "A motion is decided by votes for and against; preferences are for "
                                              "elections."))
    if method == "irv":
        if rules not in (None, "irv"):
            raise DomainError(translate("Ranked", "The alternative vote (irv) has its own rules; leave out --rules."))
        if spec.seats != 1:
            raise DomainError(translate("Ranked", "The alternative vote (irv) fills one seat; for {0} seats use stv.")
                              .format(spec.seats))
        rules = "irv"
    elif rules not in STV_RULES:
        raise DomainError(translate("Ranked", "STV needs its rules: scottish, ers97 or meek (e.g. --rules scottish)."))
    if len(spec.options) < 2:
        raise DomainError(translate("Ranked", "A preferential ballot needs at least two candidates."))
    stored = BallotSpec(title=spec.title, question=spec.question, kind=Kind.ELECTION, options=spec.options,
                        seats=spec.seats, abstain=False, rule=Rule.PLURALITY, base=Base.CAST,
                        elected_word=spec.elected_word)
    return stored, str(rules)


def create_ballot(svc: MeetingService, spec: BallotSpec, method: str, rules: str | None = None) -> int:
    """Add a preferential ballot in draft: the ballot and its method in one change."""
    stored, rules = method_spec(spec, method, rules)
    stored.validate()
    values = ballots._spec_values(stored)
    with svc.store.change(svc.actor, "ballot.create", {**values, "method": method, "rules": rules}) as ev:
        ev["ballot_id"] = new_id = svc.store.insert_ballot(values)
        ranked_store.insert_method(svc.store, new_id, method, rules)
    return new_id
