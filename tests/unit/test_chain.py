import sqlite3

import pytest

from ballotdesk.domain.ballot import motion_spec
from ballotdesk.domain.count import CountFigures
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, papers
from ballotdesk.services.meeting import MeetingService
from ballotdesk.store.chain import verify_chain
from ballotdesk.store.meeting_store import MeetingFileError
from tests.helpers import make_meeting


@pytest.fixture
def path(tmp_path):
    svc = make_meeting(tmp_path, quorum="2")
    svc.update_details({"four_eyes": False})
    for n in ("1001", "1004"):
        svc.register(n)
    bid = B.create_ballot(svc, motion_spec("M"))
    B.open_ballot(svc, bid)
    for n in ("1001", "1004"):
        papers.issue_paper(svc, bid, papers.attendee_for_member(svc, n))
    B.close_ballot(svc, bid)
    counting.enter_count(svc, bid, "Main hall", "Ann", CountFigures(2, (2, 0)))
    svc.close()
    return tmp_path / "m.ballotdesk"


def tamper(path, sql, *params):
    conn = sqlite3.connect(path)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def report(path):
    conn = sqlite3.connect(path)
    try:
        return verify_chain(conn)
    finally:
        conn.close()


def test_untouched_meeting_is_intact(path):
    r = report(path)
    assert r.intact and r.message == f"Intact: {r.events} events; the meeting matches its audit log."
    assert r.events > 15


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("UPDATE box_counts SET figures = replace(figures, '[2, 0]', '[1, 1]')",
         "The definitive box counts (box_counts) changed outside BallotDesk after event"),
        ("UPDATE count_entries SET teller = 'Mallory'",
         "The tellers' count entries (count_entries) changed outside BallotDesk after event"),
        ("DELETE FROM attendees WHERE member_number = '1004'",
         "The registrations (attendees) changed outside BallotDesk after event"),
        ("UPDATE members SET join_date = '2001-01-01' WHERE number = '1002'",
         "The membership roll (members) changed outside BallotDesk after event"),
        ("UPDATE papers SET state = 'spoilt' WHERE id = 1",
         "The ballot papers issued (papers) changed outside BallotDesk after event"),
    ],
)
def test_state_edits_are_detected(path, sql, expected):
    tamper(path, sql)
    r = report(path)
    assert not r.intact and r.message.startswith(expected)


def test_edited_event_is_pinpointed(path):
    tamper(path, "UPDATE audit SET actor = 'someone else' WHERE id = 9")
    r = report(path)
    assert not r.intact and r.broken_at == 9
    assert r.message.startswith("Broken at event 9 (")
    assert r.message.endswith("the event was changed after it was written.")


def test_deleted_event_is_pinpointed(path):
    tamper(path, "DELETE FROM audit WHERE id = 5")
    r = report(path)
    assert r.broken_at == 5 and "Event 5 is missing: the log jumps from event 4 to 6" in r.message


def test_tampered_file_is_not_opened_and_not_changed(path):
    tamper(path, "UPDATE count_entries SET teller = 'Mallory'")
    before = path.read_bytes()
    with pytest.raises(MeetingFileError, match="has been changed outside BallotDesk and is not opened: The tellers'"):
        MeetingService.open(path)
    assert path.read_bytes() == before
