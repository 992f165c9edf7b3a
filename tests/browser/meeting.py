"""The meeting the browser tests host: a small roll with Siân O'Brien, one ballot open, one closed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ballotdesk.domain.ballot import BallotSpec, Kind
from ballotdesk.domain.roll_csv import MemberRecord
from ballotdesk.services import ballots
from ballotdesk.services.meeting import MeetingService

MEMBERS = [
    ("10234", "Siân", "O'Brien", "Elli", "SA15 1AB", dt.date(2015, 2, 3), "Current"),
    ("10235", "Sean", "O'Brien-Jones", "Hengoed", "SA15 5LM", dt.date(2001, 1, 13), "Current"),
    ("10236", "Gwen", "Obrien", "Bigyn", "SA15 2CD", dt.date(2019, 6, 14), "Current"),
    ("10412", "Łukasz", "Wójcik", "Dafen", "SA14 8EF", dt.date(2009, 11, 2), "Lapsed"),
    ("10733", "Gruffydd", "Llywelyn", "Llangennech", "SA14 9NP", dt.date(1998, 9, 21), "Current"),
]
OPEN_BALLOT = "Nomination"
COUNT_BALLOT = "Motion 1: new banner"


def make_meeting(path: Path) -> Path:
    """Create the meeting: "Motion 1" closed with two papers in the Main hall, "Nomination" open."""
    service = MeetingService.create(path, title="Branch AGM", date=dt.date(2026, 3, 21), venue="Church hall",
                                    organisation="Llanelli CLP", cutoff=dt.date(2016, 1, 12), quorum="2",
                                    voting_statuses=["Current"])
    try:
        for number, first, last, ward, postcode, joined, status in MEMBERS:
            service.save_member(MemberRecord(number, first, last, ward, postcode, joined, status, ""))
        ballots.ensure_main_box(service)
        ballots.add_box(service, "Overflow (outside)")
        motion = ballots.create_ballot(service, BallotSpec(COUNT_BALLOT, "Buy a new banner", Kind.MOTION,
                                                           ("For", "Against")))
        ballots.open_ballot(service, motion)
        for number in ("10235", "10733"):
            registered = service.register(number)
            assert registered.attendee_id is not None
            ballots.issue_paper(service, motion, registered.attendee_id, "Main hall")
        ballots.close_ballot(service, motion)
        nomination = ballots.create_ballot(service, BallotSpec(OPEN_BALLOT, "Nominate a candidate", Kind.ELECTION,
                                                               ("Jeremy Corbyn", "Other")))
        ballots.open_ballot(service, nomination)
    finally:
        service.close()
    return path
