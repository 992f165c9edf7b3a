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
    B.open_ballot(svc, ballot_id)
    B.issue_paper(svc, ballot_id, B.attendee_for_member(svc, number))
    B.close_ballot(svc, ballot_id)
    B.enter_count(svc, ballot_id, B.MAIN_HALL, "Ann Teller", CountFigures(1, (1, 0)))
    B.declare(svc, ballot_id, "Chair")
    return ballot_id


RANKED_PIN = "246802"


def add_voters(svc: MeetingService, n: int, first: int = 5000) -> list[str]:
    """Put ``n`` members who may vote on the roll and register them; returns their numbers."""
    numbers = [str(first + i) for i in range(n)]
    for number in numbers:
        svc.save_member(MemberRecord(number, "Voter", number, "North", "", dt.date(2005, 1, 1), "Current", ""))
        svc.register(number)
    return numbers


def ranked_ballot(svc: MeetingService, method: str = "stv", rules: str | None = "scottish", seats: int = 1,
                  papers: int = 8, options: tuple[str, ...] = ("Ann", "Bob", "Cai")) -> int:
    """A preferential ballot with ``papers`` issued into the Main hall, closed and ready to key."""
    from ballotdesk.domain.ballot import BallotSpec, Kind
    from ballotdesk.services import ballots as B
    from ballotdesk.services import ranked as R

    spec = BallotSpec(title="Committee", question="", kind=Kind.ELECTION, options=options, seats=seats)
    ballot_id = R.create_ballot(svc, spec, method, rules)
    B.open_ballot(svc, ballot_id)
    for number in add_voters(svc, papers, 5000 + 100 * ballot_id):
        B.issue_paper(svc, ballot_id, B.attendee_for_member(svc, number))
    B.close_ballot(svc, ballot_id)
    return ballot_id


def key_twice(svc: MeetingService, ballot_id: int, batch: int, papers: list[str], last: bool = False,
              second: list[str] | None = None) -> object:
    """Key a batch of the Main hall as Ann Teller, then as Bob Teller (``second`` if given); the second outcome."""
    from ballotdesk.services import ranked as R

    R.enter_batch(svc, ballot_id, None, "Ann Teller", batch, papers, counted=len(papers), last=last)
    return R.enter_batch(svc, ballot_id, None, "Bob Teller", batch, second or papers, counted=len(papers), last=last)
