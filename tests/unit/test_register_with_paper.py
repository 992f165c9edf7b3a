"""Issuing a paper at the desk is part of the registration: one service call, one logged change."""

import json

import pytest

from ballotdesk.domain.ballot import Status, motion_spec
from ballotdesk.domain.errors import DomainError
from ballotdesk.services import ballots as B
from ballotdesk.services import papers
from tests.helpers import INQUORATE

pytestmark = pytest.mark.meeting(boxes=("Overflow (outside)",))


@pytest.fixture
def motion(svc):
    ballot_id = B.create_ballot(svc, motion_spec("Motion 1"))
    B.open_ballot(svc, ballot_id, inquorate=INQUORATE)  # nobody registered yet
    return ballot_id


def events_since(svc, count):
    return [e for e in reversed(svc.store.events()) if e["id"] > count]


def test_registration_with_a_paper_is_one_logged_change(svc, motion):
    before = svc.audit_head()[0]
    result = svc.register("1001", motion, "Overflow (outside)")
    assert (result.outcome, result.may_vote) == ("registered", True)
    assert [(p.ballot_id, p.box, p.issued) for p in result.papers] == [(motion, "Overflow (outside)", True)]
    [event] = events_since(svc, before)
    assert event["action"] == "attendee.register"
    details = json.loads(event["details"])
    assert details["papers"] == [{"ballot_id": motion, "box": "Overflow (outside)", "serial": "",
                                  "paper_id": svc.store.papers(motion)[0]["id"]}]
    assert svc.store.live_paper(motion, result.attendee_id)["box"] == "Overflow (outside)"


def test_a_member_who_may_not_vote_is_registered_without_a_paper(svc, motion):
    result = svc.register("1002", motion)
    assert (result.outcome, result.may_vote, result.papers) == ("registered", False, ())
    assert svc.store.papers(motion) == []


@pytest.mark.parametrize(("ballot", "box", "message"), [
    (None, "Shed", "There is no box called 'Shed'"),
    (99, None, "There is no ballot 99"),
])
def test_a_paper_that_cannot_be_issued_refuses_the_whole_registration(svc, motion, ballot, box, message):
    before = svc.audit_head()
    result = svc.register("1001", ballot or motion, box)
    assert result.outcome == "refused" and message in result.reason
    assert svc.audit_head() == before and svc.attendees() == []


def test_a_closed_ballot_refuses_the_registration_with_the_issue_rule_s_words(svc, motion):
    B.close_ballot(svc, motion)
    result = svc.register("1001", motion)
    assert result.outcome == "refused"
    with pytest.raises(DomainError, match="papers are issued only while it is open") as refused:
        papers.issue_target(svc, motion)
    assert result.reason == str(refused.value)
    assert svc.attendees() == []


def test_already_registered_gets_the_paper_asked_for_then_is_told_where_it_is(svc, motion):
    svc.register("1001")
    before = svc.audit_head()[0]
    again = svc.register("1001", motion)
    assert again.outcome == "already" and again.papers[0].issued
    assert [e["action"] for e in events_since(svc, before)] == ["paper.issue"]
    third = svc.register("1001", motion)
    assert third.outcome == "already" and not third.papers[0].issued
    assert third.papers[0].refused.startswith("Zoë O'Brien already holds a paper for this ballot in Main hall at ")
    assert len(events_since(svc, before)) == 1  # told, not logged: nothing changed
    assert len(svc.store.papers(motion)) == 1


def test_a_departed_member_coming_back_returns_with_their_paper_in_one_change(svc, motion):
    first = svc.register("1001")
    svc.set_departed([first.attendee_id], True)
    before = svc.audit_head()[0]
    back = svc.register("1001", motion)
    assert back.outcome == "returned" and back.present and back.departed_at is not None
    assert back.papers[0].issued
    [event] = events_since(svc, before)
    assert event["action"] == "attendee.returned" and json.loads(event["details"])["attendee_ids"] == [first.attendee_id]
    assert svc.attendee(first.attendee_id).departed_at is None


def test_the_desk_issues_every_open_desk_ballot_into_its_own_box(svc, motion):
    second = B.create_ballot(svc, motion_spec("Motion 2"))
    B.open_ballot(svc, second, inquorate=INQUORATE)  # nobody registered yet
    closed = B.create_ballot(svc, motion_spec("Motion 3"))
    B.set_desk_issue(svc, motion, True, "Main hall")
    B.set_desk_issue(svc, second, True, "Overflow (outside)")
    assert papers.desk_ballots(svc) == [(motion, "Main hall"), (second, "Overflow (outside)")]
    result = svc.register_at_desk("1004")
    assert [(p.ballot_title, p.box) for p in result.papers] == [("Motion 1", "Main hall"),
                                                               ("Motion 2", "Overflow (outside)")]
    assert B.get_ballot(svc, closed).status is Status.DRAFT


def test_undo_takes_back_the_registration_with_the_paper_it_issued(svc, motion):
    result = svc.register("1001", motion)
    undone = svc.undo_last_registration(result.attendee_id)
    assert undone.papers == (("Motion 1", "Main hall"),)
    assert svc.attendees() == [] and svc.store.papers(motion) == []


def test_issue_paper_still_applies_the_same_rule(svc, motion):
    result = svc.register("1001", motion)
    with pytest.raises(DomainError, match="already holds a paper for this ballot in Main hall"):
        papers.issue_paper(svc, motion, result.attendee_id)
