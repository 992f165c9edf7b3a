"""The count of a preferential ballot, its outcome in words, and the lot the chair draws when it needs one.

The count itself is :func:`ballotdesk.domain.preferential.count`, the very code of ``ballotdesk stv``,
run on the definitive papers; counts are cached by everything they depend on. Separate from keying
because it starts only once every box's papers are definitive, and it is what the Result page, the
declaration and ``result --json`` ask.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from ballotdesk.domain import words
from ballotdesk.domain.ballot import Status
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.lots import Lot, draw_lot, physical_lot
from ballotdesk.domain.preferential import BallotFile, CountResult, LotNeeded, LotRequest, count, listed_lots
from ballotdesk.domain.preferential.entry import paper_of
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate
from ballotdesk.services import ballots
from ballotdesk.services.ranked.keying import definitive_papers
from ballotdesk.services.ranked.methods import RankedBallot, ranked_ballot, require_ranked
from ballotdesk.services.roles import require_chair
from ballotdesk.store import ranked_store

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService

@dataclass(frozen=True)
class RankedCount:
    """The count of a counted ballot, or the lot it waits for."""

    result: CountResult | None
    lot_needed: LotRequest | None
    lots: tuple[dict[str, Any], ...]


def _lots(svc: MeetingService, ballot_id: int) -> list[dict[str, Any]]:
    row = ranked_store.method(svc.store, ballot_id)
    return list(json.loads(row["lots"])) if row else []


_COUNTS: dict[tuple[Any, ...], RankedCount] = {}
"""Counts already made, by everything they depend on: the Result page redraws at every change in the
meeting (a registration at the desk), and 10,000 papers need not be read and counted again for that."""
_COUNTS_KEPT = 8


def count_ballot(svc: MeetingService, ballot_id: int) -> RankedCount:
    """Count the definitive papers by the ballot's rules, with the lots the chair has drawn so far."""
    found = require_ranked(svc, ballot_id)
    if Status(found.status) not in (Status.COUNTED, Status.DECLARED):
        raise DomainError(translate("Ranked", "Ballot {0} is counted once every box's papers are definitive.").format(
            ballot_id))
    lots = _lots(svc, ballot_id)
    # Accepted keyings never change (a settlement or a rekey changes which are accepted), so these ids,
    # with the lots, the rules and the candidates, fix the papers and the count.
    accepted = tuple(e["id"] for e in ranked_store.entries(svc.store, ballot_id, states=("accepted",)))
    key = (str(svc.path), ballot_id, found.rules, found.seats, found.candidates, accepted, json.dumps(lots),
           words.translating(), words.generation())  # the count's notes are in the language in force
    cached = _COUNTS.get(key)
    if cached is not None:
        return cached
    papers = tuple(paper_of(m) for m in definitive_papers(svc, ballot_id))
    ballot = BallotFile(found.candidates, found.seats, papers, title=found.title)
    try:
        counted = RankedCount(count(ballot, found.rules, found.seats, listed_lots([lot["chosen"] for lot in lots])),
                              None, tuple(lots))
    except LotNeeded as needed:
        counted = RankedCount(None, needed.request, tuple(lots))
    if len(_COUNTS) >= _COUNTS_KEPT:
        _COUNTS.pop(next(iter(_COUNTS)))
    _COUNTS[key] = counted
    return counted


def outcome_text(found: RankedBallot, result: CountResult, word: str = "elected", *, provisional: bool = False) -> str:
    """The outcome in words, as the result page, the declaration and the sheet say it.

    ``provisional`` (until the chair declares) says it as it would be, as every other ballot's result does.
    """
    names = ", ".join(result.elected)
    word = translate("Ballot", word)
    if len(result.elected) == 1:
        return (translate("Ranked", "{0} would be {1}.") if provisional
                else translate("Ranked", "{0} is {1}.")).format(names, word)
    return (translate("Ranked", "{0} would be {1}, in that order.") if provisional
            else translate("Ranked", "{0} are {1}, in that order.")).format(names, word)


def result_fields(svc: MeetingService, row: dict[str, Any]) -> dict[str, Any] | None:
    """What ``result --json`` adds for a preferential ballot, over its first preferences; None for a vote ballot.

    ``quota``, ``elected`` and ``stages`` are exactly as ``ballotdesk stv --json`` prints them
    (:meth:`CountResult.as_json`); ``rules``, ``rejected_by_reason`` and ``count_lots`` say how.
    """
    found = ranked_ballot(svc, row["id"])
    if found is None:
        return None
    out: dict[str, Any] = {"method": found.method, "rules": found.rules}
    if Status(row["status"]) not in (Status.COUNTED, Status.DECLARED):
        out.update(outcome=translate("Ranked", "Not counted yet: the papers of every box must be definitive."),
                   winners=[], tie=[], carried=None, needs_next_round=False)
        return out
    counted = count_ballot(svc, row["id"])
    out["count_lots"] = list(counted.lots)
    if counted.result is None:
        request = counted.lot_needed
        assert request is not None
        out.update(lot_needed={"stage": request.stage, "purpose": request.purpose, "tied": list(request.tied),
                               "question": request.describe()},
                   outcome=translate("Ranked", "A lot is needed: {0}.").format(request.describe()),
                   winners=[], tie=list(request.tied), carried=None, needs_next_round=False)
        return out
    data = counted.result.as_json()
    out.update(quota=data["quota"], elected=data["elected"], stages=data["stages"], valid=data["valid"],
               candidates=data["candidates"],
               rejected_by_reason=data["rejected"], withdrawn=data["withdrawn"],
               outcome=outcome_text(found, counted.result, row["elected_word"],
                                    provisional=Status(row["status"]) is not Status.DECLARED),
               winners=data["elected"], tie=[],
               carried=None, needs_next_round=False)
    return out


def check_declarable(svc: MeetingService, ballot_id: int) -> str:
    """The outcome to declare, or a refusal while a lot is still to be drawn."""
    counted = count_ballot(svc, ballot_id)
    if counted.result is None:
        assert counted.lot_needed is not None
        raise DomainError(translate("Ranked", "The count needs a lot first: {0}. The chair draws it.").format(
            counted.lot_needed.describe()))
    found = require_ranked(svc, ballot_id)
    return outcome_text(found, counted.result, ballots.ballot_row(svc, ballot_id)["elected_word"])


def record_lot(svc: MeetingService, ballot_id: int, *, chosen: str | None = None, note: str = "",
               pin: str | None = None) -> Lot:
    """The chair draws the lot the count waits for (in the app, or records one drawn in the hall)."""
    require_chair(svc, pin, QT_TRANSLATE_NOOP("Roles", "settle an equality by lot"))
    row = ballots.ballot_row(svc, ballot_id)
    if Status(row["status"]) is not Status.COUNTED:
        raise DomainError(translate("Ballots", "A lot is drawn once the ballot is counted and before it is declared."))
    counted = count_ballot(svc, ballot_id)
    request = counted.lot_needed
    if request is None:
        raise DomainError(translate("Ballots", "There is no equality of votes to settle by lot."))
    if chosen is None:
        lot = draw_lot(request.tied, note=note)
    else:
        match = [t for t in request.tied if t.casefold() == chosen.strip().casefold()]
        if not match:
            raise DomainError(translate("Ranked", "'{0}' is not among the tied candidates ({1}).").format(
                chosen, ", ".join(request.tied)))
        lot = physical_lot(request.tied, match[0], note)
    record = {**asdict(lot), "among": list(lot.among), "stage": request.stage, "purpose": request.purpose}
    lots = [*counted.lots, record]
    with svc.store.change(svc.actor, "ballot.lot", {"ballot_id": ballot_id, **record}):
        ranked_store.set_lots(svc.store, ballot_id, json.dumps(lots, ensure_ascii=False))
    return lot
