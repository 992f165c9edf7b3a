"""Use cases for ballots: boxes, papers, teller counts with four-eyes entry, results.

Each public function is one transaction with one audit event. The rules (lifecycle, checks,
thresholds, outcomes) are in ``ballotdesk.domain``; this module applies them to the file.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from ballotdesk.domain import words
from ballotdesk.domain.ballot import BallotSpec, Base, Kind, Rule, Status, check_transition
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
from ballotdesk.domain.lots import Lot, draw_lot, physical_lot
from ballotdesk.domain.tally import Tally, next_round_candidates, tally
from ballotdesk.domain.tellers import same_name
from ballotdesk.domain.text import check_text
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, clock, translate
from ballotdesk.services import tellers as teller_codes
from ballotdesk.services.quorum import QuorumRecord, check_quorum, quorum_now
from ballotdesk.services.roles import require_chair
from ballotdesk.store.store_base import now

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService

MAIN_HALL = "Main hall"
BoxStateName = Literal["no papers", "waiting", "second entry", "differs", "definitive", "blocked"]
"""Where a box's count stands. "blocked": the final figures found more papers than were issued, so
the box must be recounted before the ballot can be counted, let alone declared."""

_STATUS_WORDS: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("Ballots", "a draft"),
    "open": QT_TRANSLATE_NOOP("Lifecycle", "open"),
    "closed": QT_TRANSLATE_NOOP("Lifecycle", "closed"),
    "counting": QT_TRANSLATE_NOOP("Lifecycle", "being counted"),
    "counted": QT_TRANSLATE_NOOP("Lifecycle", "counted"),
    "declared": QT_TRANSLATE_NOOP("Lifecycle", "declared"),
}


def _status_word(status: str) -> str:
    """A ballot status as it reads after "Ballot 3 is …" ("a draft", "being counted")."""
    return translate("Ballots" if status == "draft" else "Lifecycle", _STATUS_WORDS.get(str(status), str(status)))


# -- conversions between rows and domain objects --------------------------------------------


def spec_of(row: dict[str, Any]) -> BallotSpec:
    """The domain spec of a ballot row."""
    return BallotSpec(
        title=row["title"], question=row["question"], kind=Kind(row["kind"]),
        options=tuple(json.loads(row["options"])), seats=row["seats"], abstain=bool(row["abstain"]),
        rule=Rule(row["rule"]), base=Base(row["base"]), elected_word=row["elected_word"],
    )


def figures_of(text: str) -> CountFigures:
    """Figures stored as JSON."""
    data = json.loads(text)
    return CountFigures(data["papers"], tuple(data["votes"]), data["abstain"], data["rejected"])


def figures_json(figures: CountFigures) -> str:
    """Figures as stored."""
    return json.dumps({"papers": figures.papers, "votes": list(figures.votes),
                       "abstain": figures.abstain, "rejected": figures.rejected})


def lots_of(row: dict[str, Any]) -> list[Lot]:
    """Lots recorded on a ballot, in the order drawn."""
    return [Lot(d["method"], tuple(d["among"]), d["chosen"], d.get("note", ""))
            for d in json.loads(row["lot"] or "[]")]


# -- named values, for the interface ----------------------------------------------------------


@dataclass(frozen=True)
class Ballot:
    """A ballot as pages and commands show it: named values, never a row read by column name.

    Attributes:
        id: The ballot's number in the meeting.
        status: Where it is in its life.
        round: 1, or the round of an exhaustive ballot.
        previous_id: The round before this one (None for a first round).
        spec: Title, question, kind, options, seats and rules.
    """

    id: int
    status: Status
    round: int
    previous_id: int | None
    spec: BallotSpec

    @property
    def title(self) -> str:
        """The title as listed and printed."""
        return self.spec.title

    @classmethod
    def of(cls, row: dict[str, Any]) -> Ballot:
        """The named value of a stored ballot row."""
        return cls(int(row["id"]), Status(row["status"]), int(row["round"]), row["previous_id"], spec_of(row))


@dataclass(frozen=True)
class ResultVersion:
    """One declared version of a result (the first declaration, then each amendment)."""

    version: int
    declared_at: str
    declared_by: str
    reason: str


def ballot_list(svc: MeetingService) -> list[Ballot]:
    """Every ballot (each round its own), oldest first, as the ballot pickers list them."""
    return [Ballot.of(row) for row in svc.store.ballots()]


def get_ballot(svc: MeetingService, ballot_id: int) -> Ballot | None:
    """A ballot, or None: a page's selection is looked up, not refused."""
    row = svc.store.ballot(int(ballot_id))
    return None if row is None else Ballot.of(row)


def round_list(svc: MeetingService, ballot_id: int) -> list[Ballot]:
    """All rounds linked to this ballot, first round first."""
    return [Ballot.of(row) for row in rounds(svc, ballot_id)]


def versions_of(svc: MeetingService, ballot_id: int) -> list[ResultVersion]:
    """Every declared version of a ballot's result, oldest first (more than one once amended)."""
    return [ResultVersion(int(r["version"]), r["declared_at"], r["declared_by"], r["reason"] or "")
            for r in svc.store.results(ballot_id)]


# -- reading, for the interface ---------------------------------------------------------------
# The pages show rows as stored; they read them here so that the interface never queries the store.


def all_ballots(svc: MeetingService) -> list[dict[str, Any]]:
    """Every ballot row (each round its own), oldest first, as the ballot pickers list them."""
    return svc.store.ballots()


def find_ballot(svc: MeetingService, ballot_id: int) -> dict[str, Any] | None:
    """A ballot row, or None: a page's selection is looked up, not refused (compare :func:`ballot_row`)."""
    return svc.store.ballot(int(ballot_id))


def all_boxes(svc: MeetingService) -> list[dict[str, Any]]:
    """Every box row in the order added, so "Main hall" is always first."""
    return svc.store.boxes()


def paper_counts(svc: MeetingService, ballot_id: int) -> dict[int, dict[str, int]]:
    """Per box id, the ballot's papers by state ("live", "spoilt", "withdrawn")."""
    return svc.store.paper_counts(ballot_id)


def papers_held(svc: MeetingService, ballot_id: int) -> int:
    """Papers voters hold now: a spoilt or withdrawn paper is not a vote that can be cast."""
    return sum(counts.get("live", 0) for counts in paper_counts(svc, ballot_id).values())


def live_papers(svc: MeetingService, ballot_id: int) -> list[dict[str, Any]]:
    """The papers voters hold now (with their box's name), oldest first; at most one per attendee."""
    return [paper for paper in svc.store.papers(ballot_id) if paper["state"] == "live"]


def entry_tellers(svc: MeetingService, ballot_id: int, box_id: int) -> list[str]:
    """Who made a box's active entries, first entry first: names only, so the second entry stays blind."""
    return [entry["teller"] for entry in svc.store.count_entries(ballot_id, box_id)]


def result_versions(svc: MeetingService, ballot_id: int) -> list[dict[str, Any]]:
    """Every declared version of a ballot's result, oldest first (more than one once amended)."""
    return svc.store.results(ballot_id)


# -- boxes ------------------------------------------------------------------------------------


def ensure_main_box(svc: MeetingService) -> None:
    """Every meeting has a "Main hall" box."""
    if svc.store.box_by_name(MAIN_HALL) is None:
        with svc.store.change(svc.actor, "box.add", {"name": MAIN_HALL}):
            svc.store.insert_box(MAIN_HALL)


def add_box(svc: MeetingService, name: str) -> int:
    """Add a box such as "Overflow (outside)" at any time."""
    name = check_text("box", " ".join(name.split()))
    if not name:
        raise DomainError(translate("Ballots", "A box needs a name, e.g. 'Overflow (outside)'."))
    if svc.store.box_by_name(name) is not None:
        raise DomainError(translate("Ballots", "There is already a box called '{0}'.").format(name))
    with svc.store.change(svc.actor, "box.add", {"name": name}) as ev:
        ev["box_id"] = box_id = svc.store.insert_box(name)
    return box_id


def box_id(svc: MeetingService, name: str | None) -> tuple[int, str]:
    """Resolve a box name (default "Main hall") or say which boxes exist."""
    row = svc.store.box_by_name(name or MAIN_HALL)
    if row is None:
        names = ", ".join(b["name"] for b in svc.store.boxes())
        raise DomainError(translate("Ballots", "There is no box called '{0}'. Boxes: {1}.").format(name, names))
    return row["id"], row["name"]


# -- ballots ----------------------------------------------------------------------------------


def ballot_row(svc: MeetingService, ballot_id: int) -> dict[str, Any]:
    """A ballot row or a clear refusal."""
    row = svc.store.ballot(int(ballot_id))
    if row is None:
        raise DomainError(translate("Ballots", "There is no ballot {0}.").format(ballot_id))
    return row


def _spec_values(spec: BallotSpec) -> dict[str, Any]:
    return {"title": spec.title.strip(), "question": spec.question.strip(), "kind": str(spec.kind),
            "options": json.dumps([o.strip() for o in spec.options], ensure_ascii=False),
            "seats": spec.seats, "abstain": int(spec.abstain), "rule": str(spec.rule),
            "base": str(spec.base), "elected_word": spec.elected_word}


def create_ballot(svc: MeetingService, spec: BallotSpec, *, previous_id: int | None = None) -> int:
    """Add a ballot in draft."""
    spec.validate()
    values = _spec_values(spec)
    if previous_id is not None:
        values.update(previous_id=previous_id, round=ballot_row(svc, previous_id)["round"] + 1)
    with svc.store.change(svc.actor, "ballot.create", dict(values)) as ev:
        ev["ballot_id"] = new_id = svc.store.insert_ballot(values)
    return new_id


def update_ballot(svc: MeetingService, ballot_id: int, spec: BallotSpec) -> None:
    """Change a draft ballot's title, options or rules (refused once it is opened)."""
    row = ballot_row(svc, ballot_id)
    if Status(row["status"]) is not Status.DRAFT:
        raise DomainError(translate("Ballots", "Options and rules can change only while the ballot is a draft."))
    spec.validate()
    values = _spec_values(spec)
    changes = {k: {"from": row[k], "to": v} for k, v in values.items() if row[k] != v}
    if changes:
        with svc.store.change(svc.actor, "ballot.edit", {"ballot_id": ballot_id, "changes": changes}):
            svc.store.update_ballot(ballot_id, values)


def set_status(svc: MeetingService, ballot_id: int, target: Status, **extra: Any) -> None:
    """Move a ballot through its lifecycle; each move is an audit event."""
    row = ballot_row(svc, ballot_id)
    current = Status(row["status"])
    check_transition(current, target)
    if target is Status.OPEN:
        spec_of(row).validate()
    with svc.store.change(svc.actor, f"ballot.{target}",
                          {"ballot_id": ballot_id, "from": str(current), **extra}):
        svc.store.update_ballot(ballot_id, {"status": str(target)})


def open_ballot(svc: MeetingService, ballot_id: int, *, inquorate: str | None = None,
                pin: str | None = None) -> None:
    """Open the ballot: papers may be issued. Refused while inquorate unless the chair overrides.

    ``inquorate`` is the chair's reason for opening although the meeting is not quorate (with the
    PIN). The quorum figures go into the audit event, so the declared result can print them.
    """
    row = ballot_row(svc, ballot_id)
    check_transition(Status(row["status"]), Status.OPEN)
    spec_of(row).validate()
    record = check_quorum(svc, "open", inquorate, pin)
    set_status(svc, ballot_id, Status.OPEN, quorum=record.as_json())


def close_ballot(svc: MeetingService, ballot_id: int) -> None:
    """Close the ballot: no more papers."""
    set_status(svc, ballot_id, Status.CLOSED)


def set_desk_issue(svc: MeetingService, ballot_id: int, enabled: bool, box: str | None = None) -> None:
    """Issue this ballot's papers at the desk as part of registration, into ``box``."""
    row = ballot_row(svc, ballot_id)
    bid, name = box_id(svc, box)
    if enabled and Status(row["status"]) is not Status.OPEN:
        raise DomainError(translate("Ballots", "Only an open ballot can be issued at the desk."))
    with svc.store.change(svc.actor, "ballot.desk_issue",
                          {"ballot_id": ballot_id, "enabled": enabled, "box": name}):
        svc.store.update_ballot(ballot_id, {"desk_issue": int(enabled), "desk_box_id": bid})


# -- papers -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Paper:
    """A paper as issued."""

    id: int
    ballot_id: int
    attendee_id: int
    box: str
    serial: str
    issued_at: str


def issue_target(svc: MeetingService, ballot_id: int, box: str | None = None) -> tuple[int, str]:
    """The box id and name a paper of this ballot goes into, or why no paper can be issued now.

    The half of the issue rule that does not depend on the person, so a registration that asks
    for a paper can refuse a closed ballot or an unknown box before changing anything.
    """
    row = ballot_row(svc, ballot_id)
    if Status(row["status"]) is not Status.OPEN:
        raise DomainError(translate(
            "Ballots", "Ballot {0} is {1}; papers are issued only while it is open.").format(
                ballot_id, _status_word(row['status'])))
    return box_id(svc, box)


def check_holder(svc: MeetingService, ballot_id: int, attendee_id: int) -> None:
    """The half of the issue rule about the person: present, may vote, no live paper for this ballot yet.

    Called inside the registration's transaction too, so a paper issued with a registration is
    refused for exactly the reasons the Ballots page and ``issue`` give.
    """
    person = svc.attendee(attendee_id)
    if person.departed_at:
        raise DomainError(translate(
            "Ballots", "{0} is marked as departed; mark them as returned first.").format(person.name))
    if not person.may_vote:
        raise DomainError(translate("Ballots", "{0} may not vote: {1}.").format(person.name, person.reason))
    live = svc.store.live_paper(ballot_id, attendee_id)
    if live is not None:
        raise DomainError(translate(
            "Ballots", "{0} already holds a paper for this ballot in {1} at {2}.").format(
                person.name, live['box'], clock(live['issued_at'])))


def record_paper(svc: MeetingService, ballot_id: int, attendee_id: int, box: tuple[int, str],
                 serial: str = "") -> Paper:
    """Write one paper inside the caller's ``store.change`` (its rule checked by the caller)."""
    at = now()
    paper_id = svc.store.insert_paper(
        {"ballot_id": ballot_id, "attendee_id": attendee_id, "box_id": box[0], "serial": serial,
         "issued_at": at, "issued_by": svc.actor})
    return Paper(paper_id, ballot_id, attendee_id, box[1], serial, at)


def issue_paper(svc: MeetingService, ballot_id: int, attendee_id: int, box: str | None = None,
                serial: str = "") -> Paper:
    """Issue one paper to a registered attendee who may vote; one live paper per ballot."""
    target = issue_target(svc, ballot_id, box)
    check_holder(svc, ballot_id, attendee_id)
    serial = serial.strip()
    _check_serial_unused(svc, ballot_id, serial)
    with svc.store.change(svc.actor, "paper.issue", {"ballot_id": ballot_id, "attendee_id": attendee_id,
                                                      "box": target[1], "serial": serial}) as ev:
        paper = record_paper(svc, ballot_id, attendee_id, target, serial)
        ev["paper_id"] = paper.id
    return paper


def desk_ballots(svc: MeetingService) -> list[tuple[int, str]]:
    """The open ballots whose papers the desk issues with each registration, and the box of each."""
    boxes = {b["id"]: b["name"] for b in svc.store.boxes()}
    return [(row["id"], boxes.get(row["desk_box_id"]) or MAIN_HALL) for row in svc.store.ballots()
            if row["status"] == str(Status.OPEN) and row["desk_issue"]]


def _check_serial_unused(svc: MeetingService, ballot_id: int, serial: str) -> None:
    """Refuse a paper number already on record for the ballot (live, spoilt or withdrawn).

    Numbered papers exist so each one can be traced; two records with one number would make the
    ballot paper account unverifiable. Applies to replacements for spoilt papers too.
    """
    if serial and any(p["serial"] == serial for p in svc.store.papers(ballot_id)):
        raise DomainError(translate(
            "Ballots", "Paper number {0} has already been issued for this ballot.").format(serial))


def attendee_for_member(svc: MeetingService, number: str) -> int:
    """The attendee id of a registered member, or a refusal saying why not."""
    member = svc.member(number)  # "a17" is the "A17" on the roll, as at the desk
    row = svc.store.attendee_by_member(member["number"]) if member is not None else None
    if row is None:
        if member is None:
            raise DomainError(translate("Ballots", "{0} is not on the roll.").format(number))
        raise DomainError(translate("Ballots", "{0} is not registered at this meeting.").format(number))
    return int(row["id"])


def spoil_paper(svc: MeetingService, ballot_id: int, attendee_id: int, serial: str = "") -> Paper:
    """Cancel a spoilt paper and issue its replacement into the same box; both stay on record."""
    row = ballot_row(svc, ballot_id)
    if Status(row["status"]) is not Status.OPEN:
        raise DomainError(translate("Ballots", "A spoilt paper can be replaced only while the ballot is open."))
    live = svc.store.live_paper(ballot_id, attendee_id)
    if live is None:
        raise DomainError(translate(
            "Ballots", "{0} holds no paper for this ballot.").format(svc.attendee(attendee_id).name))
    serial = serial.strip()
    _check_serial_unused(svc, ballot_id, serial)
    at = now()
    with svc.store.change(svc.actor, "paper.spoil", {"ballot_id": ballot_id, "attendee_id": attendee_id,
                                                      "cancelled": live["id"], "serial": serial}) as ev:
        svc.store.end_paper(live["id"], "spoilt", at)
        ev["paper_id"] = paper_id = svc.store.insert_paper(
            {"ballot_id": ballot_id, "attendee_id": attendee_id, "box_id": live["box_id"],
             "serial": serial.strip(), "issued_at": at, "issued_by": svc.actor, "replaces_id": live["id"]})
    return Paper(paper_id, ballot_id, attendee_id, live["box"], serial.strip(), at)


def withdraw_paper(svc: MeetingService, ballot_id: int, attendee_id: int, reason: str) -> None:
    """Withdraw a paper issued by mistake, before the ballot closes."""
    row = ballot_row(svc, ballot_id)
    if Status(row["status"]) is not Status.OPEN:
        raise DomainError(translate("Ballots", "A paper can be withdrawn only while the ballot is open."))
    if not reason.strip():
        raise DomainError(translate("Ballots", "Say why the paper is withdrawn."))
    live = svc.store.live_paper(ballot_id, attendee_id)
    if live is None:
        raise DomainError(translate(
            "Ballots", "{0} holds no paper for this ballot.").format(svc.attendee(attendee_id).name))
    with svc.store.change(svc.actor, "paper.withdraw", {"ballot_id": ballot_id, "paper_id": live["id"],
                                                         "reason": reason.strip()}):
        svc.store.end_paper(live["id"], "withdrawn", now())


# -- counting ---------------------------------------------------------------------------------


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


def _refuse_preferential_amendment(svc: MeetingService, ballot_id: int) -> None:
    from ballotdesk.services import ranked

    if ranked.ranked_ballot(svc, ballot_id) is not None:
        # Its result is the count of the papers as keyed; new figures for a box would not change a single paper.
        raise DomainError(translate("Ballots", "Ballot {0} is counted by preferences: its result comes from the "
                                               "papers as keyed, so a box's figures cannot amend it.").format(
                                                   ballot_id))


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


def base_title(title: str) -> str:
    """A ballot title without its "(round N)" suffix."""
    return title.split(" (round ")[0]


def rounds(svc: MeetingService, ballot_id: int) -> list[dict[str, Any]]:
    """All rounds linked to this ballot, first round first."""
    rows = svc.store.ballots()
    by_id = {r["id"]: r for r in rows}
    first = by_id[int(ballot_id)]
    while first["previous_id"] is not None:
        first = by_id[first["previous_id"]]
    chain = [first]
    while True:
        following = [r for r in rows if r["previous_id"] == chain[-1]["id"]]
        if not following:
            return chain
        chain.append(following[0])


# -- what can be done now ---------------------------------------------------------------------
# Every page and command asks here rather than restating a rule: a button is enabled, and a
# command goes ahead, exactly when the use case would, and a refusal reads the same everywhere.


@dataclass(frozen=True)
class Step:
    """Whether one step can be taken with a ballot now, and if not, why not (in words)."""

    allowed: bool
    reason: str = ""

    def __bool__(self) -> bool:
        return self.allowed


_YES = Step(True)


def _refuse_unless(step: Step) -> None:
    if not step.allowed:
        raise DomainError(step.reason)


def _transition_step(current: Status, target: Status) -> Step:
    try:
        check_transition(current, target)
    except DomainError as error:
        return Step(False, str(error))
    return _YES


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
