"""The state and the rules that every part of :class:`~ballotdesk.services.meeting.MeetingService` shares.

``MeetingService`` is composed of one mixin per responsibility: the roll (``services/roll.py``),
its import (``services/roll_import.py``) and the registration desk (``services/desk.py``), with the
open meeting itself in ``services/meeting.py``. This base is apart from all of them because all of
them read it: the open store, who acts, the chair's PIN, and the meeting's rules (who may vote,
the quorum) with the eligibility they give. Each mixin builds on it, so a reader and mypy see
what a mixin relies on without importing the others.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any, cast

from ballotdesk.domain.eligibility import (
    Eligibility,
    Quorum,
    Rules,
    guest_eligibility,
    member_eligibility,
    provisional_eligibility,
)
from ballotdesk.store.meeting_store import MeetingStore

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService


def iso_date(value: str | None) -> dt.date | None:
    """Read an ISO date stored in the file."""
    return dt.date.fromisoformat(value) if value else None


class MeetingBase:
    """What every part of the meeting service relies on: the store, the actor, the chair's PIN and the rules.

    Attributes:
        store: The open meeting file.
        actor: Who the audit log names for each change (the desk's name, "chair", a device).
        chair_pin: The chair's PIN while :meth:`MeetingService.as_chair` runs a block, else None.
    """

    store: MeetingStore
    actor: str
    chair_pin: str | None

    def __init__(self, store: MeetingStore, actor: str = "desk") -> None:
        self.store = store
        self.actor = actor
        self.chair_pin = None

    def _as_service(self) -> MeetingService:
        """This object as the whole :class:`MeetingService` it is part of, for the use cases that take one.

        A mixin is never made on its own: the ballot services (``ballotdesk.services.papers``...) and
        ``ballotdesk.services.roles`` are handed ``self`` from inside a mixin, and this says so to the type checker.
        """
        return cast("MeetingService", self)

    # -- the meeting's rules ---------------------------------------------------------------

    def rules(self) -> Rules:
        """The eligibility rules of this meeting."""
        row = self.store.meeting()
        return Rules(iso_date(row["cutoff"]), frozenset(json.loads(row["voting_statuses"])))

    def quorum(self) -> Quorum:
        """The quorum as set for this meeting."""
        return Quorum.parse(self.store.meeting()["quorum"])

    def eligibility_of(self, member: dict[str, Any]) -> Eligibility:
        """The eligibility of a roll row under this meeting's rules."""
        return member_eligibility(
            self.rules(), iso_date(member["join_date"]), member["status"] or "",
            left=member["left_at"] is not None,
        )

    def _eligibility_row(self, row: dict[str, Any], rules: Rules) -> Eligibility:
        if row["kind"] == "guest":
            return guest_eligibility()
        if row["kind"] == "provisional":
            return provisional_eligibility(row["note"], bool(row["vote_approved"]))
        return member_eligibility(rules, iso_date(row["join_date"]), row["status"] or "",
                                  left=row["left_at"] is not None)
