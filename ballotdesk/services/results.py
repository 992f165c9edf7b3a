"""Use cases for a ballot's result: the tally, lots, declaring, amending, further rounds, what can be done now.

Each public function is one transaction with one audit event. Apart from ``services/counting.py``
(which it builds on, never the other way round) because the result is worked out from the
definitive counts, and what it decides (declared, amended, a lot, a next round) is the chair's.
:func:`ballot_actions` is here because most of what it answers (a lot, declaring, a next round)
needs the tally.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from ballotdesk.domain import words
from ballotdesk.domain.ballot import BallotSpec, Base, Status
from ballotdesk.domain.count import CountFigures, check_figures
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.lots import Lot, draw_lot, physical_lot
from ballotdesk.domain.tally import Tally, next_round_candidates, tally
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate
from ballotdesk.services.ballots import (
    _YES,
    Step,
    _refuse_unless,
    _transition_step,
    ballot_row,
    base_title,
    box_id,
    create_ballot,
    spec_of,
)
from ballotdesk.services.counting import (
    _resolve_step,
    box_states,
    count_step,
    disputes_of,
    figures_json,
    figures_of,
)
from ballotdesk.services.quorum import QuorumRecord, check_quorum, quorum_now
from ballotdesk.services.roles import require_chair
from ballotdesk.store.store_base import now

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService


def lots_of(row: dict[str, Any]) -> list[Lot]:
    """Lots recorded on a ballot, in the order drawn."""
    return [Lot(d["method"], tuple(d["among"]), d["chosen"], d.get("note", ""))
            for d in json.loads(row["lot"] or "[]")]


@dataclass(frozen=True)
class ResultVersion:
    """One declared version of a result (the first declaration, then each amendment)."""

    version: int
    declared_at: str
    declared_by: str
    reason: str


def versions_of(svc: MeetingService, ballot_id: int) -> list[ResultVersion]:
    """Every declared version of a ballot's result, oldest first (more than one once amended)."""
    return [ResultVersion(int(r["version"]), r["declared_at"], r["declared_by"], r["reason"] or "")
            for r in svc.store.results(ballot_id)]


def result_versions(svc: MeetingService, ballot_id: int) -> list[dict[str, Any]]:
    """Every declared version of a ballot's result, oldest first (more than one once amended)."""
    return svc.store.results(ballot_id)


# -- results ----------------------------------------------------------------------------------


def current_tally(svc: MeetingService, ballot_id: int, present: int | None = None, *,
                  provisional: bool | None = None) -> Tally:
    """The result from the definitive box counts so far, with any lots drawn.

    ``present`` is the number of eligible members present that the "members present" base is
    taken on: those present now unless given. An amendment gives the figure it was declared on,
    since people leave the hall after a declaration and a correction must not move the base.
    ``provisional`` (by default: until declared) says the outcome as it would be, never as decided.
    """
    row = ballot_row(svc, ballot_id)
    if provisional is None:
        provisional = Status(row["status"]) is not Status.DECLARED
    names = {b["id"]: b["name"] for b in svc.store.boxes()}
    boxes = {names[bid]: figures_of(r["figures"]) for bid, r in sorted(svc.store.box_counts(ballot_id).items())}
    if present is None:
        present = svc.figures().may_vote_present
    return tally(spec_of(row), boxes, present_eligible=present, lot=lots_of(row) or None, provisional=provisional)


def record_lot(svc: MeetingService, ballot_id: int, *, chosen: str | None = None, note: str = "",
               pin: str | None = None) -> Lot:
    """Settle the equality the result shows: drawn by the app (cryptographic) or physically.

    With ``chosen`` None the app draws with ``secrets.SystemRandom``; otherwise the chair
    records who the physical draw favoured.
    """
    from ballotdesk.services import ranked

    if ranked.ranked_ballot(svc, ballot_id) is not None:
        return ranked.record_lot(svc, ballot_id, chosen=chosen, note=note, pin=pin)
    require_chair(svc, pin, QT_TRANSLATE_NOOP("Roles", "settle an equality by lot"))
    row = ballot_row(svc, ballot_id)
    _refuse_unless(ballot_actions(svc, ballot_id).draw_lot)
    versions = svc.store.results(ballot_id) if Status(row["status"]) is Status.DECLARED else []
    # An amendment can create an equality in a declared result: it is settled the same way, and
    # the result gains a version saying so (the amendment's own version still shows the equality).
    present = None
    if versions and spec_of(row).base is Base.PRESENT:
        present = json.loads(versions[0]["result"])["base_value"]
    result = current_tally(svc, ballot_id, present)
    lot = draw_lot(result.tie, note=note) if chosen is None else physical_lot(result.tie, chosen, note)
    lots = [*json.loads(row["lot"] or "[]"), asdict(lot)]
    with svc.store.change(svc.actor, "ballot.lot", {"ballot_id": ballot_id, **asdict(lot)}), words.english():
        svc.store.update_ballot(ballot_id, {"lot": json.dumps(lots, ensure_ascii=False)})
        if versions:
            latest = json.loads(versions[-1]["result"])
            doc = _result_document(svc, {**row, "lot": json.dumps(lots, ensure_ascii=False)}, present)
            keep = ("declared_at", "declared_by", "tellers", "turnout", "amendments")
            doc.update({key: latest[key] for key in keep if key in latest})
            reason = f"lot drawn among {', '.join(lot.among)}: {lot.chosen}"
            svc.store.insert_result({"ballot_id": ballot_id, "version": len(versions) + 1,
                                     "result": json.dumps(doc, ensure_ascii=False), "declared_at": now(),
                                     "declared_by": latest.get("declared_by", ""), "reason": reason})
    return lot


def _lot_json(result: Tally) -> dict[str, Any] | None:
    if not result.lots:
        return None
    lots = [{"method": lot.method, "among": list(lot.among), "chosen": lot.chosen, "note": lot.note}
            for lot in result.lots]
    return {**lots[0], "all": lots} if len(lots) > 1 else lots[0]


def result_json(svc: MeetingService, ballot_id: int) -> dict[str, Any]:
    """The ``result --json`` document: the declared version when declared, else the live count."""
    row = ballot_row(svc, ballot_id)
    versions = svc.store.results(ballot_id)
    if versions:
        data = json.loads(versions[-1]["result"])
        data["amended"] = len(versions) > 1
        data["versions"] = len(versions)
        data["provisional"] = False
        return data
    return _result_document(svc, row)


def _result_document(svc: MeetingService, row: dict[str, Any], present: int | None = None) -> dict[str, Any]:
    provisional = Status(row["status"]) is not Status.DECLARED
    result = current_tally(svc, row["id"], present, provisional=provisional)
    spec = spec_of(row)
    return {
        "ballot": row["id"], "title": row["title"], "question": row["question"], "kind": row["kind"],
        "rule": row["rule"], "base": row["base"], "seats": row["seats"], "round": row["round"],
        "status": row["status"], "provisional": provisional,
        "options": [{"name": o.name, "votes": o.votes, "per_box": o.per_box, "percent": o.percent}
                    for o in result.options],
        "abstentions": result.abstentions, "rejected": result.rejected, "papers": result.papers,
        "votes_cast": result.votes_cast, "base_value": result.base_value, "necessary": result.necessary,
        "outcome": result.outcome, "winners": list(result.winners), "carried": result.carried,
        "tie": list(result.tie), "needs_next_round": result.needs_next_round,
        "continuing": list(result.continuing), "eliminated": list(result.eliminated),
        "lot": _lot_json(result),
        "boxes": [{"name": s.name, "issued": s.issued, "found": s.figures.papers if s.figures else None,
                   "spoilt": s.spoilt, "withdrawn": s.withdrawn,
                   "variance": s.account.variance if s.account else None,
                   "explanation": s.explanation, "definitive": s.state == "definitive", "state": s.state}
                  for s in box_states(svc, row["id"])],
        "options_order": list(spec.options),
        "amended": False, "versions": 0,
        **(_preferential_fields(svc, row) or {}),
    }


def _preferential_fields(svc: MeetingService, row: dict[str, Any]) -> dict[str, Any] | None:
    """A preferential ballot's count (quota, elected, stages), over its first preferences (services/ranked.py)."""
    from ballotdesk.services import ranked

    return ranked.result_fields(svc, row)


def shown_outcome(svc: MeetingService, doc: dict[str, Any]) -> str:
    """The outcome of a :func:`result_json` document in the interface language.

    A declared document keeps its outcome in English (it is the record). To show it in another
    language the outcome is worked out again from the document's own totals (and lots), with the
    ballot's rule, so it says exactly what was declared even if attendance has changed since.
    """
    stored = str(doc.get("outcome", ""))
    if not words.translating() or not doc.get("versions"):
        return stored  # English, or a live count (already in the interface language)
    try:
        spec = spec_of(ballot_row(svc, doc["ballot"]))
        votes = {o["name"]: o["votes"] for o in doc["options"]}
        total = CountFigures(doc["papers"], tuple(votes.get(name, 0) for name in spec.options),
                             doc["abstentions"], doc["rejected"])
        lot = doc.get("lot")
        drawn = [Lot(d["method"], tuple(d["among"]), d["chosen"], d.get("note", ""))
                 for d in (lot.get("all", [lot]) if lot else [])]
        present = doc["base_value"] if spec.base is Base.PRESENT else 0
        return tally(spec, {"": total}, present_eligible=present, lot=drawn or None).outcome
    except (DomainError, KeyError, TypeError, ValueError):
        return stored


def _opening_quorum(svc: MeetingService, ballot_id: int) -> dict[str, Any] | None:
    """The quorum recorded when the ballot was opened (None for a ballot opened before it was recorded).

    Read once, at the declaration, from the audit event of the opening.
    """
    for event in svc.store.events():
        if event["action"] == "ballot.open":
            details = json.loads(event["details"])
            if details.get("ballot_id") == ballot_id:
                return details.get("quorum")
    return None


def tellers_of(svc: MeetingService, ballot_id: int) -> list[str]:
    """Tellers whose entries made the counts definitive, in the order they first entered."""
    entries = svc.store.count_entries(ballot_id, states=("accepted",))
    from ballotdesk.services import ranked  # a preferential ballot's tellers keyed its papers

    return list(dict.fromkeys([*(e["teller"] for e in entries), *ranked.tellers(svc, ballot_id)]))


def declare(svc: MeetingService, ballot_id: int, chair: str, *, pin: str | None = None,
            inquorate: str | None = None) -> dict[str, Any]:
    """The chair declares the result; the ballot is then locked.

    Refused while the meeting is inquorate unless ``inquorate`` gives the chair's reason. The
    quorum at the opening and now are kept in the declared result, for the sheet.
    """
    require_chair(svc, pin, QT_TRANSLATE_NOOP("Roles", "declare the result"))
    if not chair.strip():
        raise DomainError(translate("Ballots", "The chair must give their name to declare."))
    row = ballot_row(svc, ballot_id)
    _refuse_unless(ballot_actions(svc, ballot_id).declare)
    quorum = check_quorum(svc, "declare", inquorate, pin)
    with words.english():  # the audit log and the declared document keep English, whatever is shown
        result = current_tally(svc, ballot_id, provisional=False)
        preferential = _preferential_outcome(svc, ballot_id)
    at = now()
    opening = QuorumRecord.from_json(_opening_quorum(svc, ballot_id))
    with svc.store.change(svc.actor, "ballot.declare", {"ballot_id": ballot_id, "chair": chair.strip(),
                                                        "outcome": preferential or result.outcome,
                                                        "quorum": quorum.as_json()}), \
            words.english():
        svc.store.update_ballot(ballot_id, {"status": str(Status.DECLARED)})
        doc = _result_document(svc, {**row, "status": str(Status.DECLARED)})
        figures = svc.figures()
        doc.update(declared_at=at, declared_by=chair.strip(), tellers=tellers_of(svc, ballot_id),
                   turnout={"on_roll": figures.on_roll, "eligible": figures.eligible,
                            "registered": figures.registered, "eligible_present": figures.may_vote_present},
                   quorum={"at_opening": opening.as_json() if opening else None,
                           "at_declaration": quorum.as_json()},
                   disputes=disputes_of(svc, ballot_id))
        svc.store.insert_result({"ballot_id": ballot_id, "version": 1, "result": json.dumps(doc, ensure_ascii=False),
                                 "declared_at": at, "declared_by": chair.strip()})
    return doc


def _preferential_lot(svc: MeetingService, ballot_id: int) -> tuple[tuple[str, ...], str] | None:
    """Who a preferential count's pending lot is among, and why declaring waits for it; None for a vote ballot."""
    from ballotdesk.services import ranked

    if ranked.ranked_ballot(svc, ballot_id) is None:
        return None
    needed = ranked.count_ballot(svc, ballot_id).lot_needed
    if needed is None:
        return (), ""
    return needed.tied, translate("Ranked", "The count needs a lot first: {0}. The chair draws it.").format(
        needed.describe())


def _preferential_outcome(svc: MeetingService, ballot_id: int) -> str | None:
    """The outcome of a preferential ballot (refused while its count waits for a lot); None for a vote."""
    from ballotdesk.services import ranked

    return ranked.check_declarable(svc, ballot_id) if ranked.ranked_ballot(svc, ballot_id) else None


def amend(svc: MeetingService, ballot_id: int, box: str, figures: CountFigures, *, chair: str,
          reason: str, pin: str | None = None) -> dict[str, Any]:
    """Correct a declared result: a box's figures change, every earlier version is kept."""
    require_chair(svc, pin, QT_TRANSLATE_NOOP("Roles", "amend a declared result"))
    row = ballot_row(svc, ballot_id)
    _refuse_unless(ballot_actions(svc, ballot_id).amend)
    _refuse_preferential_amendment(svc, ballot_id)
    if not reason.strip() or not chair.strip():
        raise DomainError(translate("Ballots", "An amendment needs the chair's name and a reason."))
    spec = spec_of(row)
    problems = check_figures(figures, spec.options, spec.seats)
    if problems:
        raise DomainError(" ".join(problems))
    bid, box_name = box_id(svc, box)
    old = svc.store.box_counts(ballot_id).get(bid)
    versions = svc.store.results(ballot_id)
    at = now()
    details = {"ballot_id": ballot_id, "box": box_name, "reason": reason.strip(), "chair": chair.strip(),
               "from": json.loads(old["figures"]) if old else None,
               "to": json.loads(figures_json(figures))}
    first = json.loads(versions[0]["result"])
    declared_present = first["base_value"] if spec.base is Base.PRESENT else None
    with svc.store.change(svc.actor, "ballot.amend", details) as ev, words.english():
        svc.store.upsert_box_count({"ballot_id": ballot_id, "box_id": bid, "figures": figures_json(figures),
                                    "how": f"amended by {chair.strip()}: {reason.strip()}",
                                    "explanation": old["explanation"] if old else ""})
        _set_aside_stale_lots(svc, row, ev, declared_present)
        doc = _result_document(svc, row, declared_present)
        doc.update(declared_at=versions[0]["declared_at"], declared_by=versions[0]["declared_by"],
                   tellers=first.get("tellers", []), turnout=first.get("turnout"), quorum=first.get("quorum"),
                   disputes=first.get("disputes", []),
                   amendments=[*json.loads(versions[-1]["result"]).get("amendments", []),
                               {"at": at, "chair": chair.strip(), "reason": reason.strip(), "box": box_name,
                                "from": details["from"], "to": details["to"]}])
        svc.store.insert_result({"ballot_id": ballot_id, "version": len(versions) + 1,
                                 "result": json.dumps(doc, ensure_ascii=False), "declared_at": at,
                                 "declared_by": chair.strip(), "reason": reason.strip()})
    doc["amended"] = True
    return doc


def _set_aside_stale_lots(svc: MeetingService, row: dict[str, Any], event: dict[str, Any],
                         present: int | None) -> None:
    """Drop recorded lots that the amended figures no longer need, noting them in the amendment's event.

    A lot settles one equality; once a correction removes that equality the lot decides nothing,
    and keeping it would make the amended result impossible to work out (so the chair could not
    amend at all). The lots stay in the audit log and in every earlier version.
    """
    if not lots_of(row):
        return
    try:
        current_tally(svc, row["id"], present)
    except DomainError:
        svc.store.update_ballot(row["id"], {"lot": None})
        current_tally(svc, row["id"], present)  # if not the lots, the change is rolled back and the chair told why
        event["lots_set_aside"] = json.loads(row["lot"])



def _refuse_preferential_amendment(svc: MeetingService, ballot_id: int) -> None:
    from ballotdesk.services import ranked

    if ranked.ranked_ballot(svc, ballot_id) is not None:
        # Its result is the count of the papers as keyed; new figures for a box would not change a single paper.
        raise DomainError(translate("Ballots", "Ballot {0} is counted by preferences: its result comes from the "
                                               "papers as keyed, so a box's figures cannot amend it.").format(
                                                   ballot_id))


def next_round(svc: MeetingService, ballot_id: int) -> int:
    """Create round N+1 of an exhaustive ballot without the eliminated candidates."""
    row = ballot_row(svc, ballot_id)
    _refuse_unless(ballot_actions(svc, ballot_id).next_round)
    result = current_tally(svc, ballot_id)
    continuing, _eliminated = next_round_candidates(result)
    spec = spec_of(row)
    # Seats filled in this round stay filled: the next round is only for the seats still empty,
    # or candidates elected now could be joined by as many again.
    unfilled = spec.seats - len(result.winners)
    new = BallotSpec(title=f"{base_title(row['title'])} (round {row['round'] + 1})", question=spec.question,
                     kind=spec.kind, options=tuple(continuing), seats=unfilled, abstain=spec.abstain,
                     rule=spec.rule, base=spec.base, elected_word=spec.elected_word)
    return create_ballot(svc, new, previous_id=ballot_id)


# -- what can be done now ---------------------------------------------------------------------


@dataclass(frozen=True)
class BallotActions:
    """What can be done now with one ballot; each step says why not when it cannot.

    Attributes:
        open: Open for voting (a draft). The quorum is a separate question: see ``quorum``.
        close: Close: no more papers.
        count: Tellers enter counts.
        resolve: The chair orders a recount or accepts one of two differing entries.
        draw_lot: Settle an equality of votes by lot.
        next_round: Start the next round of an exhaustive ballot.
        declare: The chair declares the result.
        amend: The chair corrects a declared result.
        blockers: Per box that stands in the way of the count being finished, why (in words).
        tie: Names whose equal votes decide the outcome and await a lot.
        quorum: The quorum now: opening and declaring while inquorate need the chair's PIN and reason.
    """

    ballot_id: int
    status: Status
    open: Step
    close: Step
    count: Step
    resolve: Step
    draw_lot: Step
    next_round: Step
    declare: Step
    amend: Step
    blockers: tuple[str, ...] = ()
    tie: tuple[str, ...] = ()
    quorum: QuorumRecord | None = None


def ballot_actions(svc: MeetingService, ballot_id: int) -> BallotActions:
    """What can be done now with a ballot, with the reason for every step that cannot."""
    row = ballot_row(svc, ballot_id)
    status = Status(row["status"])
    states = box_states(svc, ballot_id) if status is not Status.DRAFT else []
    blockers = tuple(s.blocker() for s in states if s.blocker())

    open_step = _transition_step(status, Status.OPEN)
    if open_step:
        try:
            spec_of(row).validate()
        except DomainError as error:
            open_step = Step(False, str(error))

    result: Tally | None = None
    problem = ""
    if status in (Status.COUNTED, Status.DECLARED):
        try:
            result = current_tally(svc, ballot_id)
        except DomainError as error:
            problem = str(error)
    tie = tuple(result.tie) if result else ()
    lot_question = ""
    if result is not None and (pending := _preferential_lot(svc, ballot_id)) is not None:
        tie, lot_question = pending  # a preferential ballot: the lot its count waits for, not first preferences

    if status is not Status.COUNTED and not (status is Status.DECLARED and tie):  # declared: an amendment's tie
        lot = Step(False, translate("Ballots", "A lot is drawn once the ballot is counted and before it is declared."))
    elif problem:
        lot = Step(False, problem)
    elif not tie:
        lot = Step(False, translate("Ballots", "There is no equality of votes to settle by lot."))
    else:
        lot = _YES

    if status is Status.COUNTING and blockers:
        declare_step = Step(False, " ".join(blockers))
    elif status is not Status.COUNTED:
        declare_step = _transition_step(status, Status.DECLARED)
    elif problem:
        declare_step = Step(False, problem)
    elif tie:
        declare_step = Step(False, lot_question or translate(
            "Ballots", "The votes of {0} are equal and decide the outcome; settle it by lot before declaring.").format(
                ", ".join(tie)))
    else:
        declare_step = _YES

    following = [r["id"] for r in svc.store.ballots() if r["previous_id"] == row["id"]]
    if status not in (Status.COUNTED, Status.DECLARED):
        round_step = Step(False, translate("Ballots", "A further round follows a counted ballot."))
    elif problem:
        round_step = Step(False, problem)
    elif result is None or not result.needs_next_round:
        round_step = Step(False, translate("Ballots", "This ballot has a result; no further round is needed."))
    elif following:
        round_step = Step(False, translate(
            "Ballots", "Round {0} of this ballot has already been started (ballot {1}).").format(
                row["round"] + 1, following[0]))
    elif tie:
        round_step = Step(False, translate(
            "Ballots", "A lot must decide who drops out before the next round can start."))
    else:
        round_step = _YES

    amend_step = (_YES if status is Status.DECLARED else Step(False, translate(
        "Ballots", "Only a declared result is amended; correct the count instead.")))
    return BallotActions(
        ballot_id=ballot_id, status=status, open=open_step, close=_transition_step(status, Status.CLOSED),
        count=count_step(ballot_id, status), resolve=_resolve_step(ballot_id, status), draw_lot=lot,
        next_round=round_step, declare=declare_step, amend=amend_step, blockers=blockers, tie=tie,
        quorum=quorum_now(svc))
