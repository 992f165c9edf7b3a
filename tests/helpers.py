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
VOTERS = ("1001", "1004", "1005")
"""The members of :data:`PEOPLE` who may vote (Current, joined before the cut-off)."""


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
    from ballotdesk.services import counting, results
    from ballotdesk.services import papers as paper_service

    svc.update_details({"four_eyes": False})
    svc.register(number)
    ballot_id = B.create_ballot(svc, motion_spec("Motion 1"))
    B.open_ballot(svc, ballot_id, inquorate=INQUORATE)  # one member present: the chair overrides the quorum
    paper_service.issue_paper(svc, ballot_id, paper_service.attendee_for_member(svc, number))
    B.close_ballot(svc, ballot_id)
    counting.enter_count(svc, ballot_id, B.MAIN_HALL, "Ann Teller", CountFigures(1, (1, 0)))
    results.declare(svc, ballot_id, "Chair", inquorate=INQUORATE)
    return ballot_id


PRIVACY_ROLL = (
    "Member No;Forename;Surname;Ward;Postcode;Email;Joined;Status\n"
    "2001;Gwenllian;Quixleigh;North;SA15 9QQ;gwen@example.org;01/05/2010;Current\n"
    "2002;Tudur;Vrabczynski;South;SA16 8ZZ;tudur@example.org;03/02/2016;Current\n"
    "2003;Myfanwy;Xerxesdottir;North;SA14 7YY;myf@example.org;01/01/2001;Current\n"
)


def finish_meeting(service: MeetingService, folder: Path, pin: str) -> None:
    """Take a meeting made with ``people=False, pin=pin`` to its end, as the privacy checks need it.

    The roll imported by CSV (:data:`PRIVACY_ROLL`, with emails), three registered, a guest, a
    provisional attendee approved, and a motion counted twice and declared.
    """
    from ballotdesk.domain.ballot import motion_spec
    from ballotdesk.domain.count import CountFigures
    from ballotdesk.services import ballots as B
    from ballotdesk.services import counting, results
    from ballotdesk.services import papers as paper_service

    csv_path = folder / "roll.csv"
    csv_path.write_text(PRIVACY_ROLL, encoding="utf-8")
    service.import_roll(csv_path)
    for number in ("2001", "2002", "2003"):
        service.register(number)
    service.add_guest("Percival Pressman", "Llanelli Star")
    provisional = service.add_provisional("Olwen Onthedoor", "renewed last week at the Tuesday surgery")
    service.approve_provisional(provisional.id, pin=pin)
    bid = B.create_ballot(service, motion_spec("Motion 1"))
    B.open_ballot(service, bid)
    for number in ("2001", "2003"):
        paper_service.issue_paper(service, bid, paper_service.attendee_for_member(service, number))
    paper_service.issue_paper(service, bid, provisional.id)
    B.close_ballot(service, bid)
    for teller in ("Ann", "Bob"):
        counting.enter_count(service, bid, "Main hall", teller, CountFigures(3, (2, 1)))
    results.declare(service, bid, "Chair", pin=pin)


ROLL_HEADER = "Membership No.,First name,Surname,Ward,Postcode,Date joined,Status\n"
""":data:`ROLL_ROWS`'s header: a branch export as the office sends it."""
ROLL_ROWS = {
    "1001": "1001,Zoë,O'Brien,North,SA15 1AA,01/05/2010,Current",
    "1002": "1002,Jo,Smith,South,SA15 2BB,03/01/2016,Current",
    "1003": "1003,Siân,ap Rhys,North,SA14 3CC,01/01/2001,Lapsed",
    "A17": "A17,Ann,Case,West,SA16 7GG,01/01/2000,Current",
}


def roll_export(folder: Path, rows: list[str], name: str = "export.csv") -> Path:
    """A membership export (:data:`ROLL_HEADER` and ``rows``) written into ``folder``."""
    path = folder / name
    path.write_text(ROLL_HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def correct_member(svc: MeetingService, number: str, **changes: object) -> str:
    """Correct a member by hand as the member dialog does (every other field kept); the service's outcome."""
    row = svc.member(number)
    assert row is not None
    values = {k: row[k] for k in ("first_name", "last_name", "ward", "postcode", "status", "email")}
    values["join_date"] = dt.date.fromisoformat(row["join_date"]) if row["join_date"] else None
    values.update(changes)
    return svc.save_member(MemberRecord(number=row["number"], **values))


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
    from ballotdesk.services import papers as paper_service
    from ballotdesk.services import ranked as R

    spec = BallotSpec(title="Committee", question="", kind=Kind.ELECTION, options=options, seats=seats)
    ballot_id = R.create_ballot(svc, spec, method, rules)
    numbers = add_voters(svc, papers, 5000 + 100 * ballot_id)  # registered first: a ballot opens when quorate
    B.open_ballot(svc, ballot_id)
    for number in numbers:
        paper_service.issue_paper(svc, ballot_id, paper_service.attendee_for_member(svc, number))
    B.close_ballot(svc, ballot_id)
    return ballot_id


def key_twice(svc: MeetingService, ballot_id: int, batch: int, papers: list[str], last: bool = False,
              second: list[str] | None = None) -> object:
    """Key a batch of the Main hall as Ann Teller, then as Bob Teller (``second`` if given); the second outcome."""
    from ballotdesk.services import ranked as R

    R.enter_batch(svc, ballot_id, None, "Ann Teller", batch, papers, counted=len(papers), last=last)
    return R.enter_batch(svc, ballot_id, None, "Bob Teller", batch, second or papers, counted=len(papers), last=last)
