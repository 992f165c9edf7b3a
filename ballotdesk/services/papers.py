"""Use cases for ballot papers: issuing them (Ballots page, command, registration), spoiling, withdrawing.

Each public function is one transaction with one audit event. Apart from ``services/ballots.py``
(the ballot and its boxes, which it builds on) because the papers are the ballot paper account:
who holds one, in which box, and what happened to each. The registration desk
(``services/desk.py``) issues its papers through :func:`issue_target`, :func:`check_holder` and
:func:`record_paper`, so a paper issued with a registration obeys exactly the same rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ballotdesk.domain.ballot import Status
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.words import clock, translate
from ballotdesk.services.ballots import MAIN_HALL, _status_word, ballot_row, box_id
from ballotdesk.store.store_base import now

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService


# -- named values, for the interface ----------------------------------------------------------


@dataclass(frozen=True)
class Paper:
    """A paper as issued: what issuing one returns, and each line of a ballot's papers held.

    Attributes:
        id: The paper's record.
        ballot_id: The ballot it is for.
        attendee_id: Who holds it.
        box: The name of the box it was issued into.
        serial: The number printed on it ("" for unnumbered papers).
        issued_at: When it was issued (ISO time, as stored).
    """

    id: int
    ballot_id: int
    attendee_id: int
    box: str
    serial: str
    issued_at: str


@dataclass(frozen=True)
class PaperCount:
    """One box's papers of one ballot, by what became of them: the figures of its ballot paper account.

    Attributes:
        live: Papers voters hold (issued and neither spoilt nor withdrawn).
        spoilt: Papers spoilt and cancelled (each replaced by a live one).
        withdrawn: Papers withdrawn as issued by mistake.
    """

    live: int = 0
    spoilt: int = 0
    withdrawn: int = 0


# -- reading, for the interface ---------------------------------------------------------------


def paper_counts(svc: MeetingService, ballot_id: int) -> dict[int, PaperCount]:
    """Per box id, the ballot's papers by state; a box with none issued is not listed (it counts as 0)."""
    return {box: PaperCount(counts.get("live", 0), counts.get("spoilt", 0), counts.get("withdrawn", 0))
            for box, counts in svc.store.paper_counts(ballot_id).items()}


def papers_held(svc: MeetingService, ballot_id: int) -> int:
    """Papers voters hold now: a spoilt or withdrawn paper is not a vote that can be cast."""
    return sum(counts.live for counts in paper_counts(svc, ballot_id).values())


def live_papers(svc: MeetingService, ballot_id: int) -> list[Paper]:
    """The papers voters hold now (with their box's name), oldest first; at most one per attendee."""
    return [Paper(int(p["id"]), int(p["ballot_id"]), int(p["attendee_id"]), p["box"], p["serial"], p["issued_at"])
            for p in svc.store.papers(ballot_id) if p["state"] == "live"]


# -- papers -----------------------------------------------------------------------------------


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
