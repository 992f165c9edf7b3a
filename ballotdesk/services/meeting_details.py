"""The meeting's details and rules as one named value, for the pages that show or edit them.

``MeetingService.details()`` is the meeting row as stored: the commands, the host and the
services read it by column, and it holds what no page shows (the chair's PIN hash and its
failures). The interface reads this value instead, so the Meeting page, the Result page and the
certificate dialog name each setting once, with its type (a date, the eligibility rules, the
quorum), rather than each parsing the row for itself. A module of its own, beside
``services/meeting.py`` (which holds the open file and changing these details), because it only reads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ballotdesk.domain import words
from ballotdesk.domain.eligibility import Quorum, Rules

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService


@dataclass(frozen=True)
class MeetingDetails:
    """What the meeting is and the rules it runs by, as the chair set them.

    The text attributes are named as ``MeetingService.update_details`` names them, so a form can
    read and save a field by the same key.

    Attributes:
        title: The meeting's title, as printed on every document.
        date: The day of the meeting.
        venue: Where it is held ("" when not given).
        organisation: Who holds it ("" when not given).
        chair: The chair's name, offered when declaring ("" when not given).
        secretary: The secretary's name ("" when not given).
        rules: Who may vote: the cut-off date and the voting statuses.
        quorum: The quorum as set (a number of members or a percentage).
        four_eyes: Each box needs two tellers' matching entries.
        language: The language of printed documents (a code such as "en" or "cy").
    """

    title: str
    date: dt.date
    venue: str
    organisation: str
    chair: str
    secretary: str
    rules: Rules
    quorum: Quorum
    four_eyes: bool
    language: str


def meeting_details(svc: MeetingService) -> MeetingDetails:
    """The open meeting's details and rules, read afresh (a page redraws them after every change).

    The rules and the quorum are read as the services apply them (``rules()``, ``quorum()``), so
    the form shows exactly the rules that decide who may vote.
    """
    row = svc.store.meeting()
    return MeetingDetails(
        title=row["title"] or "", date=dt.date.fromisoformat(row["date"]), venue=row["venue"] or "",
        organisation=row["organisation"] or "", chair=row["chair"] or "", secretary=row["secretary"] or "",
        rules=svc.rules(), quorum=svc.quorum(), four_eyes=bool(row["four_eyes"]),
        language=row.get("language") or words.SOURCE_LANGUAGE,
    )
