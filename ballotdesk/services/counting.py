"""Use cases for counting a ballot: each box's state, the tellers' four-eyes entries, disputes, recounts, shortfalls.

Each public function is one transaction with one audit event. Apart from ``services/ballots.py``
(which it builds on) because counting is its own stage with its own rules: two tellers enter each
box blind, the chair settles what they disagree on, and the ballot paper account of each box must
balance (or be explained) before the result (``services/results.py``, which builds on this) can
be declared.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from ballotdesk.domain.ballot import Status
from ballotdesk.domain.count import (
    ABSTAIN_LABEL,
    PAPERS_LABEL,
    REJECTED_LABEL,
    CountFigures,
    PaperAccount,
    account,
    check_figures,
    differing_fields,
    figures_from_text,
    label_text,
)
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.tellers import same_name
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate
from ballotdesk.services import tellers as teller_codes
from ballotdesk.services.ballots import _YES, Step, _refuse_unless, _status_word, ballot_row, box_id, spec_of
from ballotdesk.services.roles import require_chair

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService

BoxStateName = Literal["no papers", "waiting", "second entry", "differs", "definitive", "blocked"]
"""Where a box's count stands. "blocked": the final figures found more papers than were issued, so
the box must be recounted before the ballot can be counted, let alone declared."""


def figures_of(text: str) -> CountFigures:
    """Figures stored as JSON."""
    data = json.loads(text)
    return CountFigures(data["papers"], tuple(data["votes"]), data["abstain"], data["rejected"])


def figures_json(figures: CountFigures) -> str:
    """Figures as stored."""
    return json.dumps({"papers": figures.papers, "votes": list(figures.votes),
                       "abstain": figures.abstain, "rejected": figures.rejected})


def entry_tellers(svc: MeetingService, ballot_id: int, box_id: int) -> list[str]:
    """Who made a box's active entries, first entry first: names only, so the second entry stays blind."""
    return [entry["teller"] for entry in svc.store.count_entries(ballot_id, box_id)]


@dataclass(frozen=True)
class BoxState:
    """Everything the count page shows for one box."""

    box_id: int
    name: str
    issued: int
    spoilt: int
    withdrawn: int
    entries: int
    state: BoxStateName
    differing: tuple[str, ...] = ()
    figures: CountFigures | None = None
    account: PaperAccount | None = None
    explanation: str = ""
    how: str = ""

    @property
    def needs_explanation(self) -> bool:
        """Fewer papers found than issued, not yet explained by the chair."""
        return bool(self.account and self.account.state == "short" and not self.explanation)

    @property
    def blocked(self) -> bool:
        """More papers found than issued: the box must be recounted."""
        return self.state == "blocked"

    @property
    def counted(self) -> bool:
        """The box has final figures (definitive or blocked): they are in the provisional totals."""
        return self.figures is not None

    @property
    def settled(self) -> bool:
        """Nothing more to do for this box before the declaration: definitive and balanced or explained."""
        return self.state == "no papers" or (self.state == "definitive" and not self.needs_explanation)

    def blocker(self) -> str:
        """Why this box stands in the way of the count being finished, in words ("" when it does not)."""
        if self.settled:
            return ""
        if self.state == "blocked" and self.account is not None:
            return translate(
                "Ballots", "The count of {0} is blocked: more papers were found than issued ({1} issued, {2} "
                           "found); the chair must order a recount of {0}.").format(
                    self.name, self.account.issued, self.account.found)
        if self.state == "differs":
            return translate("Ballots", "The two entries for {0} differ; the chair must resolve them first.").format(
                self.name)
        if self.state == "second entry":
            return translate("Ballots", "{0} waits for a second teller's entry.").format(self.name)
        if self.state == "waiting":
            return translate("Ballots", "{0} has not been counted yet.").format(self.name)
        return translate("Ballots", "Papers issued into {0} were not returned; the chair must explain the "
                                    "shortfall.").format(self.name)


def box_states(svc: MeetingService, ballot_id: int) -> list[BoxState]:
    """The four-eyes state and ballot paper account of every box."""
    ballot = ballot_row(svc, ballot_id)
    options = spec_of(ballot).options
    papers = svc.store.paper_counts(ballot_id)
    definitive = svc.store.box_counts(ballot_id)
    states = []
    for box in svc.store.boxes():
        counts = papers.get(box["id"], {})
        issued, spoilt, withdrawn = counts.get("live", 0), counts.get("spoilt", 0), counts.get("withdrawn", 0)
        entries = svc.store.count_entries(ballot_id, box["id"])
        final = definitive.get(box["id"])
        if final is not None:
            figs = figures_of(final["figures"])
            paper_account = account(issued, figs.papers, spoilt)
            states.append(BoxState(box["id"], box["name"], issued, spoilt, withdrawn, len(entries),
                                   "blocked" if paper_account.state == "over" else "definitive", figures=figs,
                                   account=paper_account, explanation=final["explanation"], how=final["how"]))
        elif len(entries) >= 2:
            a, b = (figures_of(e["figures"]) for e in entries[:2])
            states.append(BoxState(box["id"], box["name"], issued, spoilt, withdrawn, len(entries),
                                   "differs", tuple(differing_fields(a, b, options))))
        elif entries:
            states.append(BoxState(box["id"], box["name"], issued, spoilt, withdrawn, 1, "second entry"))
        else:
            state: BoxStateName = "waiting" if issued else "no papers"
            states.append(BoxState(box["id"], box["name"], issued, spoilt, withdrawn, 0, state))
    return states


@dataclass(frozen=True)
class EntryOutcome:
    """What the teller is told after saving an entry."""

    box: str
    state: BoxStateName
    message: str
    differing: tuple[str, ...] = field(default_factory=tuple)


def read_figures(svc: MeetingService, ballot_id: int, papers: str, votes: Sequence[tuple[str, str]],
                 abstain: str = "0", rejected: str = "0") -> CountFigures:
    """A teller's typed figures for this ballot's options, every option given (see ``figures_from_text``)."""
    return figures_from_text(spec_of(ballot_row(svc, ballot_id)).options, papers, votes, abstain, rejected,
                             ballot_id=ballot_id)


def enter_count(svc: MeetingService, ballot_id: int, box: str, teller: str, figures: CountFigures,
                rejected_reasons: str = "", *, code: str | None = None) -> EntryOutcome:
    """Record one teller's figures for one box; two matching entries make the box definitive.

    The second teller enters blind: this returns only whether the entries match, never the
    first entry's figures. Once the chair has named tellers, ``code`` must be the teller's own
    (``services.tellers``), and one name (however typed) never makes both entries for a box.
    """
    teller = " ".join(teller.split())
    if not teller:
        raise DomainError(translate("Ballots", "The teller must give their name."))
    teller = teller_codes.check_teller(svc, teller, code)
    row = ballot_row(svc, ballot_id)
    status = Status(row["status"])
    _refuse_unless(count_step(ballot_id, status))
    _refuse_preferential(svc, ballot_id)
    spec = spec_of(row)
    if len(figures.votes) != len(spec.options):
        raise DomainError(translate(
            "Ballots", "The entry has {0} option figures but the ballot has {1} options.").format(
                len(figures.votes), len(spec.options)))
    problems = check_figures(figures, spec.options, spec.seats)
    if problems:
        raise DomainError(" ".join(problems))
    bid, box_name = box_id(svc, box)
    state = next(s for s in box_states(svc, ballot_id) if s.box_id == bid)
    if state.state == "definitive":
        raise DomainError(translate(
            "Ballots", "The count of {0} is already definitive; only the chair can order a recount.").format(
                box_name))
    if state.state in ("differs", "blocked"):
        raise DomainError(state.blocker())
    entries = svc.store.count_entries(ballot_id, bid)
    if entries and same_name(entries[0]["teller"], teller):
        raise DomainError(translate(
            "Ballots", "{0} entered the first count of {1}; a different teller must enter the second.").format(
                teller, box_name))
    four_eyes = bool(svc.details()["four_eyes"])
    details = {"ballot_id": ballot_id, "box": box_name, "teller": teller,
               "figures": json.loads(figures_json(figures)), "rejected_reasons": rejected_reasons}
    with svc.store.change(svc.actor, "count.entry", details) as ev:
        if status is Status.CLOSED:
            svc.store.update_ballot(ballot_id, {"status": str(Status.COUNTING)})
            ev["status"] = "counting"
        entry_id = svc.store.insert_count_entry(
            {"ballot_id": ballot_id, "box_id": bid, "teller": teller,
             "figures": figures_json(figures), "rejected_reasons": rejected_reasons})
        ev["entry_id"] = entry_id
        if not four_eyes:
            _make_definitive(svc, ballot_id, bid, figures, [entry_id], f"single entry by {teller}")
            outcome = _final_outcome(state, figures, translate("Ballots", "The count of {0} is definitive."),
                                     matched=False)
        elif not entries:
            outcome = EntryOutcome(box_name, "second entry", translate(
                "Ballots", "Entry saved. {0} now waits for a second teller's entry.").format(box_name))
        else:
            first = figures_of(entries[0]["figures"])
            diff = tuple(differing_fields(first, figures, spec.options))
            if diff:
                ev["differs"] = list(diff)
                outcome = EntryOutcome(box_name, "differs", translate(
                    "Ballots", "The two entries for {0} differ ({1}); the chair must order a recount or accept one "
                               "entry.").format(box_name, ", ".join(label_text(d) for d in diff)), diff)
            else:
                _make_definitive(svc, ballot_id, bid, figures, [entries[0]["id"], entry_id],
                                 f"two matching entries by {entries[0]['teller']} and {teller}")
                outcome = _final_outcome(state, figures, translate(
                    "Ballots", "The entries match: the count of {0} is definitive."), matched=True)
        if outcome.state == "blocked":
            ev["blocked"] = True
        _refresh_counted(svc, ballot_id, ev)
    return outcome


def _refuse_preferential(svc: MeetingService, ballot_id: int) -> None:
    from ballotdesk.services import ranked

    if ranked.ranked_ballot(svc, ballot_id) is not None:
        raise DomainError(translate("Ballots", "Ballot {0} is counted by preferences: key its papers (the Papers "
                                               "page, 'ranked enter' or 'ranked import').").format(ballot_id))


def _final_outcome(before: BoxState, figures: CountFigures, definitive: str, *, matched: bool) -> EntryOutcome:
    """What the teller is told once a box has its final figures: definitive, or blocked by its paper account.

    A box with more papers found than issued must not be called definitive: the tellers would
    leave a box that has to be counted again.
    """
    paper_account = account(before.issued, figures.papers, before.spoilt)
    if paper_account.state == "over":
        template = (translate("Ballots", "The entries match, but more papers were found than issued into {0} ({1} "
                                         "issued, {2} found): the count of {0} is blocked until the chair orders a "
                                         "recount.") if matched else
                    translate("Ballots", "The figures are recorded, but more papers were found than issued into {0} "
                                         "({1} issued, {2} found): the count of {0} is blocked until the chair orders "
                                         "a recount."))
        return EntryOutcome(before.name, "blocked", template.format(
                before.name, paper_account.issued, paper_account.found))
    message = definitive.format(before.name)
    if paper_account.state == "short":
        message += " " + translate("Ballots", "Papers issued into {0} were not returned: the chair must explain the "
                                              "shortfall.").format(before.name)
    return EntryOutcome(before.name, "definitive", message)


def _make_definitive(svc: MeetingService, ballot_id: int, bid: int, figures: CountFigures,
                     entry_ids: list[int], how: str) -> None:
    svc.store.set_entries_state(entry_ids, "accepted")
    svc.store.upsert_box_count({"ballot_id": ballot_id, "box_id": bid, "figures": figures_json(figures),
                                "how": how, "explanation": ""})


def _refresh_counted(svc: MeetingService, ballot_id: int, event: dict[str, Any]) -> None:
    """Counted once every box with papers is definitive, balanced or explained, never over.

    The move is written into ``event`` (the audit event of the change that caused it) as
    ``status``, because every lifecycle transition must be visible in the audit log.
    """
    row = ballot_row(svc, ballot_id)
    status = Status(row["status"])
    states = [s for s in box_states(svc, ballot_id) if s.state != "no papers"]
    complete = bool(states) and all(s.settled for s in states)
    if status is Status.COUNTING and complete:
        svc.store.update_ballot(ballot_id, {"status": str(Status.COUNTED)})
        event["status"] = str(Status.COUNTED)
    elif status is Status.COUNTED and not complete:
        svc.store.update_ballot(ballot_id, {"status": str(Status.COUNTING)})
        event["status"] = str(Status.COUNTING)


@dataclass(frozen=True)
class DisputeRow:
    """One figure of two differing entries, side by side."""

    label: str
    first: int | None
    second: int | None

    @property
    def differs(self) -> bool:
        """The tellers disagree on this figure."""
        return self.first != self.second


@dataclass(frozen=True)
class Dispute:
    """Two tellers' entries for one box that differ: what the chair compares before deciding.

    Attributes:
        box: The box's name.
        tellers: Who made the first and the second entry.
        rows: Every figure (papers found, each option, abstentions, rejected papers), first entry
            beside second, in the order of the count form; labels in the interface language.
    """

    box: str
    tellers: tuple[str, str]
    rows: tuple[DisputeRow, ...]

    @property
    def differing(self) -> tuple[str, ...]:
        """The labels of the figures that differ."""
        return tuple(r.label for r in self.rows if r.differs)


def _dispute_rows(first: CountFigures, second: CountFigures, options: tuple[str, ...],
                  label: Callable[[str], str] = label_text) -> tuple[DisputeRow, ...]:
    def vote(figures: CountFigures, i: int) -> int | None:
        return figures.votes[i] if i < len(figures.votes) else None

    return (DisputeRow(label(PAPERS_LABEL), first.papers, second.papers),
            *(DisputeRow(name, vote(first, i), vote(second, i)) for i, name in enumerate(options)),
            DisputeRow(label(ABSTAIN_LABEL), first.abstain, second.abstain),
            DisputeRow(label(REJECTED_LABEL), first.rejected, second.rejected))


def dispute(svc: MeetingService, ballot_id: int, box: str) -> Dispute:
    """Both entries of a box whose tellers disagree, for the chair to compare before choosing.

    Only the chair's panel asks for it, once both entries are in: the second teller has entered
    blind by then, so showing the figures no longer lets one teller copy the other.
    """
    row = ballot_row(svc, ballot_id)
    bid, box_name = box_id(svc, box)
    state = next(s for s in box_states(svc, ballot_id) if s.box_id == bid)
    if state.state != "differs":
        raise DomainError(translate(
            "Ballots", "The entries for {0} do not differ; there is nothing to compare.").format(box_name))
    first, second = svc.store.count_entries(ballot_id, bid)[:2]
    rows = _dispute_rows(figures_of(first["figures"]), figures_of(second["figures"]), spec_of(row).options)
    return Dispute(box_name, (first["teller"], second["teller"]), rows)


def _dispute_record(svc: MeetingService, ballot_id: int, bid: int, options: tuple[str, ...]) -> dict[str, Any]:
    """The two differing entries as kept in the chair's decision (English labels: it is the record)."""
    first, second = svc.store.count_entries(ballot_id, bid)[:2]
    rows = _dispute_rows(figures_of(first["figures"]), figures_of(second["figures"]), options, label=str)
    return {"tellers": [first["teller"], second["teller"]],
            "differing": [{"label": r.label, "first": r.first, "second": r.second} for r in rows if r.differs]}


def disputes_of(svc: MeetingService, ballot_id: int) -> list[dict[str, Any]]:
    """Every decision the chair took on differing entries for a ballot, oldest first, for the sheet.

    Read once, at the declaration, from the audit events of the decisions.
    """
    found = []
    for event in reversed(svc.store.events()):
        if event["action"] in ("count.accept", "count.recount"):
            details = json.loads(event["details"])
            if details.get("ballot_id") == ballot_id and details.get("dispute"):
                found.append({"box": details["box"], **details["dispute"],
                              "decision": "accept" if event["action"] == "count.accept" else "recount",
                              "accepted": details.get("teller"), "reason": details["reason"]})
    return found


def resolve_entries(svc: MeetingService, ballot_id: int, box: str, *, accept_teller: str | None,
                    reason: str, pin: str | None = None) -> None:
    """The chair resolves a box: a recount (all entries set aside) or accepting one entry."""
    require_chair(svc, pin, QT_TRANSLATE_NOOP("Roles", "order a recount or accept an entry"))
    if not reason.strip():
        raise DomainError(translate("Ballots", "The chair must give a reason."))
    row = ballot_row(svc, ballot_id)
    _refuse_unless(_resolve_step(ballot_id, Status(row["status"])))
    bid, box_name = box_id(svc, box)
    entries = svc.store.count_entries(ballot_id, bid, states=("active", "accepted"))
    if not entries:
        raise DomainError(translate("Ballots", "No count has been entered for {0}.").format(box_name))
    details: dict[str, Any] = {"ballot_id": ballot_id, "box": box_name, "reason": reason.strip()}
    state = next(s for s in box_states(svc, ballot_id) if s.box_id == bid)
    if state.state == "differs":  # the sheet prints the figures that differed and what the chair decided
        details["dispute"] = _dispute_record(svc, ballot_id, bid, spec_of(row).options)
    if accept_teller is None:
        with svc.store.change(svc.actor, "count.recount", details) as ev:
            svc.store.set_entries_state([e["id"] for e in entries], "discarded")
            svc.store.delete_box_count(ballot_id, bid)
            _refresh_counted(svc, ballot_id, ev)
        return
    if state.state != "differs":
        # Accepting settles two entries that differ. A lone entry accepted would make a box
        # definitive on one teller's word, which is what four-eyes counting exists to prevent.
        raise DomainError(translate(
            "Ballots", "The entries for {0} do not differ, so there is none to accept: {1}").format(
                box_name, translate("Ballots", "a second teller enters the count blind.")
                if state.state == "second entry" else translate("Ballots", "the count is blocked; order a recount.")
                if state.state == "blocked" else translate("Ballots", "the count is already definitive.")))
    chosen = [e for e in entries if e["teller"].casefold() == accept_teller.strip().casefold()]
    if not chosen:
        names = ", ".join(e["teller"] for e in entries)
        raise DomainError(translate(
            "Ballots", "No entry by {0} for {1}; entries are by {2}.").format(accept_teller, box_name, names))
    entry = chosen[-1]
    details.update(accepted_entry=entry["id"], teller=entry["teller"])
    with svc.store.change(svc.actor, "count.accept", details) as ev:
        svc.store.set_entries_state([e["id"] for e in entries if e["id"] != entry["id"]], "set_aside")
        _make_definitive(svc, ballot_id, bid, figures_of(entry["figures"]), [entry["id"]],
                         f"entry by {entry['teller']} accepted by the chair: {reason.strip()}")
        _refresh_counted(svc, ballot_id, ev)


def explain_shortfall(svc: MeetingService, ballot_id: int, box: str, explanation: str, *,
                      pin: str | None = None) -> None:
    """The chair's written explanation of papers not returned; it goes on the result."""
    require_chair(svc, pin, QT_TRANSLATE_NOOP("Roles", "explain papers not returned"))
    if not explanation.strip():
        raise DomainError(translate("Ballots", "Write the explanation (e.g. '2 voters left with their papers')."))
    row = ballot_row(svc, ballot_id)
    if Status(row["status"]) not in (Status.COUNTING, Status.COUNTED):
        # Once declared, the explanation is part of the record: it changes only by an amendment.
        raise DomainError(translate(
            "Ballots", "Ballot {0} is {1}; a shortfall is explained while the ballot is being counted.").format(
                ballot_id, _status_word(row["status"])))
    bid, box_name = box_id(svc, box)
    state = next(s for s in box_states(svc, ballot_id) if s.box_id == bid)
    if state.state != "definitive" or not state.account or state.account.state != "short":
        raise DomainError(translate("Ballots", "{0} has no shortfall to explain.").format(box_name))
    with svc.store.change(svc.actor, "count.explain", {"ballot_id": ballot_id, "box": box_name,
                                                       "explanation": explanation.strip()}) as ev:
        final = svc.store.box_counts(ballot_id)[bid]
        svc.store.upsert_box_count({**final, "explanation": explanation.strip()})
        _refresh_counted(svc, ballot_id, ev)


# -- what can be done now ---------------------------------------------------------------------


def count_step(ballot_id: int, status: Status) -> Step:
    """Tellers enter counts once the ballot is closed and until every box is counted.

    Public and cheap (no reading), so a page can ask it of every ballot in its list.
    """
    if status in (Status.CLOSED, Status.COUNTING):
        return _YES
    if status in (Status.DRAFT, Status.OPEN):
        return Step(False, translate("Ballots", "Ballot {0} is {1}; counts are entered once it is closed.").format(
            ballot_id, _status_word(status)))
    if status is Status.COUNTED:
        return Step(False, translate(
            "Ballots", "Every box of ballot {0} is counted; only the chair can order a recount of a box.").format(
                ballot_id))
    return Step(False, translate(
        "Ballots", "The result of ballot {0} has been declared; its counts can no longer change.").format(ballot_id))


def _resolve_step(ballot_id: int, status: Status) -> Step:
    if status in (Status.COUNTING, Status.COUNTED):
        return _YES
    return Step(False, translate("Ballots", "Ballot {0} is {1}; there is no count to resolve.").format(
        ballot_id, _status_word(status)))
