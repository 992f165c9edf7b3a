"""Small builders shared by tests: meetings in a temp folder with a few members."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ballotdesk.domain.roll_csv import MemberRecord
from ballotdesk.services.meeting import MeetingService

PEOPLE = [
    ("1001", "Zoë", "O'Brien", "North", "SA15 1AA", dt.date(2010, 5, 1), "Current"),
    ("1002", "Jo", "Smith", "South", "SA15 2BB", dt.date(2016, 2, 3), "Current"),
    ("1003", "Siân", "ap Rhys", "North", "SA14 3CC", dt.date(2001, 1, 1), "Lapsed"),
    ("1004", "Łukasz", "Wójcik", "East", "SA15 4DD", dt.date(2012, 7, 9), "Current"),
    ("1005", "John", "Smith-Jones", "West", "SA16 5EE", dt.date(2015, 12, 31), "Current"),
    ("1006", "Adébáyọ̀", "Ọláolúwa", "East", "SA15 6FF", None, "Current"),
]


INQUORATE = "the chair ruled that the quorum applies only at the start"
"""The chair's reason for going ahead while inquorate, for tests whose few members do not make the quorum."""


def make_meeting(tmp_path: Path, name: str = "m.ballotdesk", *, people: bool = True, **kw: object) -> MeetingService:
    """A meeting with cut-off 12 Jan 2016, voting status Current, and six members."""
    options: dict = {"title": "Nominating meeting", "date": dt.date(2026, 11, 28), "venue": "Church hall",
                     "organisation": "Llanelli Branch", "cutoff": dt.date(2016, 1, 12), "quorum": "3",
                     "voting_statuses": ["Current"]}
    options.update(kw)
    svc = MeetingService.create(tmp_path / name, **options)
    if people:
        for number, first, last, ward, postcode, joined, status in PEOPLE:
            svc.save_member(MemberRecord(number, first, last, ward, postcode, joined, status, ""))
    return svc


def declared_motion(svc: MeetingService, number: str = "1001") -> int:
    """Register ``number``, run "Motion 1" through one box with one teller (four-eyes off) and declare it.

    Returns the ballot's id; the member votes for, so the motion is carried 1 to 0.
    """
    from ballotdesk.domain.ballot import motion_spec
    from ballotdesk.domain.count import CountFigures
    from ballotdesk.services import ballots as B

    svc.update_details({"four_eyes": False})
    svc.register(number)
    ballot_id = B.create_ballot(svc, motion_spec("Motion 1"))
    B.open_ballot(svc, ballot_id, inquorate=INQUORATE)  # one member present: the chair overrides the quorum
    B.issue_paper(svc, ballot_id, B.attendee_for_member(svc, number))
    B.close_ballot(svc, ballot_id)
    B.enter_count(svc, ballot_id, B.MAIN_HALL, "Ann Teller", CountFigures(1, (1, 0)))
    B.declare(svc, ballot_id, "Chair", inquorate=INQUORATE)
    return ballot_id
