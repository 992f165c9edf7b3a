"""The personal-data purge keeps the proof (figures, results, an intact chain) and drops the people."""

import json

import pytest

from ballotdesk.domain.ballot import motion_spec
from ballotdesk.domain.errors import DomainError
from ballotdesk.services import ballots as B
from ballotdesk.services import results
from ballotdesk.services.meeting import MeetingService
from ballotdesk.services.privacy import PLACEHOLDER, purge_personal_data
from ballotdesk.services.roles import ChairPinError
from ballotdesk.store.chain import verify_chain
from tests.helpers import finish_meeting, make_meeting

PIN = "246802"
SECRETS = ("Quixleigh", "Vrabczynski", "Xerxesdottir", "Gwenllian", "gwen@example.org", "SA16 8ZZ")


pytestmark = pytest.mark.meeting(people=False, pin=PIN)


@pytest.fixture
def svc(svc, tmp_path):
    """The shared meeting, finished (tests.helpers.finish_meeting)."""
    finish_meeting(svc, tmp_path, PIN)
    return svc


def test_purge_keeps_the_proof_and_drops_the_people(svc):
    figures, result = svc.figures(), results.result_json(svc, 1)
    eligibility = [(a.number, a.may_vote, a.registered_at) for a in svc.attendees() if a.kind == "member"]
    summary = purge_personal_data(svc, pin=PIN)
    assert (summary.members, summary.attendees, summary.events_with_names) == (3, 2, 2)
    # What an appeal needs is all there.
    assert svc.figures() == figures
    assert results.result_json(svc, 1) == result
    assert [(a.number, a.may_vote, a.registered_at) for a in svc.attendees() if a.kind == "member"] == eligibility
    member = svc.store.member("2002")
    assert (member["number"], member["ward"], member["join_date"], member["status"]) == (
        "2002", "South", "2016-02-03", "Current")
    assert (member["first_name"], member["last_name"], member["email"], member["postcode"]) == ("", "", "", "")
    others = [(a.kind, a.name, a.may_vote, a.reason) for a in svc.attendees() if a.kind != "member"]
    assert others == [
        ("guest", PLACEHOLDER, False, "guest: may attend, never votes"),
        ("provisional", PLACEHOLDER, True,
         "not on the roll; vote approved by the chair (reason removed in the personal data purge)")]
    # The chain still vouches for every table, and says what happened.
    assert verify_chain(svc.store.conn).intact
    event = svc.store.events(1)[0]
    assert (event["action"], json.loads(event["details"])) == (
        "personal.purge", {"members": 3, "attendees": 2, "events_with_names": 2})
    # Nobody can be found by name any more; numbers still work.
    assert svc.search("Quixleigh") == [] and svc.search("gwen") == []
    assert [h.number for h in svc.search("2002")] == ["2002"]


def test_no_name_from_the_imported_roll_is_left_in_the_file(svc):
    purge_personal_data(svc, pin=PIN)
    svc.close()
    raw = svc.path.read_bytes()
    assert [s for s in SECRETS if s.encode() in raw] == []  # not in a table, the index, nor a freed page
    svc.store = MeetingService.open(svc.path).store


def test_limitation_earlier_events_keep_the_names_they_recorded(svc):
    """Guests' names were written into their audit events; the chain forbids changing those."""
    purge_personal_data(svc, pin=PIN)
    svc.close()
    raw = svc.path.read_bytes()
    assert b"Percival Pressman" in raw and b"Olwen Onthedoor" in raw
    svc.store = MeetingService.open(svc.path).store


def test_refused_while_a_ballot_is_in_progress(svc):
    bid = B.create_ballot(svc, motion_spec("Motion 2"))
    B.open_ballot(svc, bid)
    head = svc.store.audit_head()
    with pytest.raises(DomainError, match="Personal data can be purged only when no ballot is in progress") as info:
        purge_personal_data(svc, pin=PIN)
    assert str(info.value) == ("Personal data can be purged only when no ballot is in progress. Declare the result "
                               "first: ballot 2 Motion 2 (open).")
    assert svc.store.audit_head() == head  # refused before the PIN: no attempt counted
    assert svc.store.member("2001")["last_name"] == "Quixleigh"


def test_a_draft_ballot_does_not_block_the_purge(svc):
    B.create_ballot(svc, motion_spec("Never used"))
    assert purge_personal_data(svc, pin=PIN).members == 3


def test_needs_the_chairs_pin(svc):
    with pytest.raises(ChairPinError, match="To purge personal data, enter the chair's PIN") as info:
        purge_personal_data(svc, pin=None)
    assert str(info.value) == "To purge personal data, enter the chair's PIN."
    with pytest.raises(ChairPinError, match=r"Wrong chair PIN \(1 wrong attempt\)") as info:
        purge_personal_data(svc, pin="000000")
    assert str(info.value) == "Wrong chair PIN (1 wrong attempt)."
    assert svc.store.member("2001")["last_name"] == "Quixleigh"
    assert svc.store.events(1)[0]["action"] == "chair.pin_refused"


def test_purging_twice_writes_nothing_the_second_time(svc):
    purge_personal_data(svc, pin=PIN)
    head = svc.store.audit_head()
    summary = purge_personal_data(svc, pin=PIN)
    assert (summary.members, summary.attendees) == (0, 0)
    assert svc.store.audit_head() == head


def test_hand_added_members_leave_their_names_in_the_log(tmp_path):
    svc = make_meeting(tmp_path)  # six members added by hand: member.add events
    try:
        summary = purge_personal_data(svc, pin=None)  # a meeting without a PIN has no chair-only actions
        assert (summary.members, summary.events_with_names) == (6, 6)
        assert verify_chain(svc.store.conn).intact
    finally:
        svc.close()


def test_after_the_purge_numbers_with_punctuation_are_found_as_before(tmp_path):
    """Found in review: the purge left "a-17" as one word, so "A-17" and "a17" no longer found the member."""
    from ballotdesk.domain.roll_csv import MemberRecord

    service = make_meeting(tmp_path, people=False, pin=PIN)
    service.save_member(MemberRecord("A-17", "Gwen", "Quixleigh", "North", "SA1 1AA", None, "Current", ""))
    assert purge_personal_data(service, pin=PIN).members == 1
    assert [h.number for h in service.search("a17")] == ["A-17"]
    assert service.roll_size(["a", "17"]) == 1 and service.search("quixleigh") == []
    assert purge_personal_data(service, pin=PIN).members == 0  # purged already: nothing to do
    service.close()
