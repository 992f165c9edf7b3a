"""Use cases for ballots and boxes: creating and editing a ballot, its lifecycle, its rounds, and the boxes.

Each public function is one transaction with one audit event. The rules (lifecycle, checks,
thresholds, outcomes) are in ``ballotdesk.domain``; this module applies them to the file.

The rest of a ballot's life has a module of its own, each building on this one: the papers issued
(``services/papers.py``), the tellers' counts (``services/counting.py``) and the result, its
declaration and what can be done next (``services/results.py``). What they share is here: a
ballot's row and spec, the boxes, and :class:`Step`, the answer to "can this be done now?".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ballotdesk.domain.ballot import BallotSpec, Base, Kind, Rule, Status, check_transition
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.text import check_text
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate
from ballotdesk.services.quorum import check_quorum

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService

MAIN_HALL = "Main hall"

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
        desk_issue: The registration desk issues this ballot's paper with each registration.
        desk_box_id: The box the desk issues into; None before the chair ever chose one (the Main hall is offered).
    """

    id: int
    status: Status
    round: int
    previous_id: int | None
    spec: BallotSpec
    desk_issue: bool = False
    desk_box_id: int | None = None

    @property
    def title(self) -> str:
        """The title as listed and printed."""
        return self.spec.title

    @classmethod
    def of(cls, row: dict[str, Any]) -> Ballot:
        """The named value of a stored ballot row."""
        return cls(int(row["id"]), Status(row["status"]), int(row["round"]), row["previous_id"], spec_of(row),
                   bool(row["desk_issue"]), row["desk_box_id"])


@dataclass(frozen=True)
class Box:
    """A box papers are issued into ("Main hall", "Overflow (outside)"), as pages and pickers list it.

    Attributes:
        id: The box's number in the meeting; a ballot's desk box and the paper counts name it by this.
        name: The name the chair gave it, as shown and printed.
    """

    id: int
    name: str


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


def box_list(svc: MeetingService) -> list[Box]:
    """Every box in the order added, so "Main hall" is always first (as the pickers offer them)."""
    return [Box(int(row["id"]), row["name"]) for row in svc.store.boxes()]


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


# -- rounds -----------------------------------------------------------------------------------


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
# Every page and command asks ``results.ballot_actions`` (or ``counting.count_step``) rather than
# restating a rule: a button is enabled, and a command goes ahead, exactly when the use case would,
# and a refusal reads the same everywhere. What those answers are made of is here.


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
