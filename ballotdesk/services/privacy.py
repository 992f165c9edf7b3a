"""The personal-data purge: after the meeting, keep the proof and drop the people.

Why: a meeting file holds the whole membership roll (names, emails, postcodes) for one
evening's work, but it is kept for months in case a result is appealed. Data protection
asks that personal data be kept no longer than needed; an appeal needs the figures, not the
names. The purge therefore keeps everything that shows a ballot was run properly and drops
what identifies people.

Kept: membership numbers, wards, join dates, statuses and "left" marks (so the eligibility
figures and each registration's eligibility can still be recomputed), registrations, papers,
count entries, box counts, declared results, the officers' names (chair, secretary, tellers,
who registered whom), and the audit chain, which still verifies as intact.

Purged: members' first and last names, emails and postcodes; the name part of the search
index (the membership number stays searchable); guests' and provisional attendees' names and
notes (replaced by ``(removed)`` and a note saying the reason was removed).

Limitation, stated plainly: earlier audit events keep what they recorded. Adding or
correcting a member by hand (``member.add``, ``member.correct``), registering a guest or a
provisional attendee (``attendee.guest``, ``attendee.provisional``) and undoing a registration
(``attendee.undo``) wrote names, and for members also emails and postcodes, into the details of
their events. Each event's hash covers those details and every later event covers that hash, so
they cannot be removed without breaking the chain that proves nothing else was changed. A roll
brought in by CSV import (``roll.import``) records only the file's name and SHA-256, so for the
usual case the roll's personal data leaves the file entirely. Anyone who must also remove the
names in those events has to export the figures and delete the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ballotdesk.domain.ballot import Status
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate
from ballotdesk.services.roles import require_chair

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService

PLACEHOLDER = "(removed)"
"""What a guest's or provisional attendee's name becomes: the row stays, counted."""

NOTE_PLACEHOLDER = "reason removed in the personal data purge"
"""What their note becomes; a provisional attendee's eligibility reads "... approved by the chair (<note>)"."""

IN_PROGRESS = (Status.OPEN, Status.CLOSED, Status.COUNTING, Status.COUNTED)

# Audit actions whose details carry personal data that the purge cannot reach (see module doc).
ACTIONS_WITH_NAMES = ("member.add", "member.correct", "attendee.guest", "attendee.provisional", "attendee.undo")


@dataclass(frozen=True)
class PurgeSummary:
    """What the purge removed, and what it could not.

    Attributes:
        members: Members whose names, email or postcode were blanked.
        attendees: Guests and provisional attendees whose name or note was replaced.
        events_with_names: Earlier audit events that still hold names (the chain forbids
            changing them); 0 when the roll came only from CSV imports.
    """

    members: int
    attendees: int
    events_with_names: int

    def as_json(self) -> dict[str, Any]:
        """The ``purge --json`` shape."""
        return {"members": self.members, "attendees": self.attendees, "events_with_names": self.events_with_names}


def purge_personal_data(svc: MeetingService, *, pin: str | None) -> PurgeSummary:
    """Remove personal data from the meeting in one transaction and one ``personal.purge`` event.

    Refused while any ballot is open, closed, counting or counted (started but not declared):
    until a result is declared the desk may still need to find people by name and the tellers
    may still need the register. Draft ballots, never used, do not block the purge. Needs the
    chair's PIN (when the meeting has one), asked for only after that check so a refused purge
    costs no PIN attempt. Purging twice is harmless: with nothing left to remove, nothing is
    written.

    Args:
        svc: The open meeting.
        pin: The chair's PIN.

    Returns:
        The counts; see :class:`PurgeSummary` for what stays in the audit log.

    Raises:
        DomainError: A ballot is in progress.
        ChairPinError: The PIN is missing or wrong.
    """
    busy = [b for b in svc.store.ballots() if Status(b["status"]) in IN_PROGRESS]
    if busy:
        listed = "; ".join(f"{b['id']} {b['title']} ({b['status']})" for b in busy)
        raise DomainError(translate("Privacy", "Personal data can be purged only when no ballot is in progress. "
                                      "Declare the result first: ballot {0}.").format(listed))
    require_chair(svc, pin, QT_TRANSLATE_NOOP("Roles", "purge personal data"))
    events_with_names = sum(1 for e in svc.store.iter_events() if e["action"] in ACTIONS_WITH_NAMES)
    details: dict[str, Any] = {"members": 0, "attendees": 0, "events_with_names": events_with_names}
    try:
        with svc.store.change(svc.actor, "personal.purge", details):
            members, attendees = svc.store.purge_personal(PLACEHOLDER, NOTE_PLACEHOLDER)
            details.update(members=members, attendees=attendees)
            if not members and not attendees:
                raise _NothingToPurge
    except _NothingToPurge:
        return PurgeSummary(0, 0, events_with_names)
    svc.roll_changed()
    return PurgeSummary(members, attendees, events_with_names)


class _NothingToPurge(Exception):
    """Rolls back an empty purge so that it writes no event."""
