"""`register FILE NUMBER... --ballot N [--box B]`: registration and paper in one change, statuses in JSON."""

import json

import pytest

from ballotdesk.__main__ import main
from ballotdesk.domain.ballot import motion_spec
from ballotdesk.services import ballots as B
from ballotdesk.services.meeting import MeetingService
from tests.helpers import INQUORATE, make_meeting


def run(capsys, *args):
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def meeting(tmp_path):
    svc = make_meeting(tmp_path)
    B.add_box(svc, "Overflow (outside)")
    ballot_id = B.create_ballot(svc, motion_spec("Motion 1"))
    B.open_ballot(svc, ballot_id, inquorate=INQUORATE)  # nobody registered yet
    path = svc.path
    svc.close()
    return path, ballot_id


def test_register_with_ballot_reports_each_paper_and_keeps_the_old_fields(meeting, capsys):
    path, ballot_id = meeting
    code, out, err = run(capsys, "register", path, "1001", "1002", "--ballot", ballot_id, "--box",
                         "Overflow (outside)", "--json")
    assert (code, err) == (0, "")
    first, second = json.loads(out)
    assert first == {"number": "1001", "status": "registered", "registered": True, "may_vote": True,
                     "reason": first["reason"], "outcome": "registered", "name": "Zoë O'Brien",
                     "at": first["at"], "paper": {"ballot": ballot_id, "box": "Overflow (outside)", "serial": ""},
                     "paper_refused": None}
    assert (second["status"], second["may_vote"], second["paper"]) == ("registered", False, None)
    with MeetingService.reading(path) as svc:
        assert [p["box"] for p in svc.store.papers(ballot_id)] == ["Overflow (outside)"]
        assert [e["action"] for e in svc.store.events(2)] == ["attendee.register", "attendee.register"]


def test_a_retry_after_a_crash_reads_already_and_exits_0(meeting, capsys):
    path, ballot_id = meeting
    assert run(capsys, "register", path, "1001", "--ballot", ballot_id)[0] == 0
    code, out, err = run(capsys, "register", path, "1001", "--ballot", ballot_id, "--json")
    assert (code, err) == (0, "")
    [row] = json.loads(out)
    assert (row["status"], row["registered"], row["paper"]) == ("already", True, None)
    assert row["paper_refused"].startswith("Zoë O'Brien already holds a paper for this ballot in Main hall")
    code, out, _ = run(capsys, "register", path, "1001", "--ballot", ballot_id)
    assert code == 0 and "already registered at" in out and "no paper: Zoë O'Brien already holds" in out


def test_a_departed_member_coming_back_is_a_success(meeting, capsys):
    path, _ = meeting
    with MeetingService.open(path) as svc:
        svc.set_departed([svc.register("1001").attendee_id], True)
    code, out, err = run(capsys, "register", path, "1001", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out)[0]["status"] == "returned"


def test_unknown_members_fail_the_command_and_are_named(meeting, capsys):
    path, ballot_id = meeting
    code, out, err = run(capsys, "register", path, "1001", "9999", "--ballot", ballot_id, "--json")
    assert code == 1 and err == "1 of 2 not registered\n"
    assert [r["status"] for r in json.loads(out)] == ["registered", "unknown"]


@pytest.mark.parametrize(("extra", "message"), [
    (["--ballot", "7"], "ballotdesk register: There is no ballot 7.\n"),
    (["--ballot", "1", "--box", "Shed"], "ballotdesk register: There is no box called 'Shed'. "
                                         "Boxes: Main hall, Overflow (outside).\n"),
    (["--box", "Main hall"], "ballotdesk register: --box needs --ballot: the box is where that ballot's papers go\n"),
])
def test_a_paper_that_cannot_be_issued_is_one_refusal_and_registers_nobody(meeting, capsys, extra, message):
    path, _ = meeting
    code, out, err = run(capsys, "register", path, "1001", "1004", *extra)
    assert (code, out, err) == (1, "", message)
    with MeetingService.reading(path) as svc:
        assert svc.attendees() == []


def test_a_closed_ballot_is_refused_in_the_issue_rule_s_words(meeting, capsys):
    path, ballot_id = meeting
    with MeetingService.open(path) as svc:
        B.close_ballot(svc, ballot_id)
    code, _, err = run(capsys, "register", path, "1001", "--ballot", ballot_id)
    assert code == 1 and err == f"ballotdesk register: Ballot {ballot_id} is closed; papers are issued only while it is open.\n"
