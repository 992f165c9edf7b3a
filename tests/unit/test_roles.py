import datetime as dt

import pytest

from ballotdesk.domain.ballot import motion_spec
from ballotdesk.domain.count import CountFigures
from ballotdesk.domain.errors import DomainError
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, papers, results
from ballotdesk.services.roles import ChairPinError, check_new_pin, hash_pin, pin_matches, set_pin, wait_seconds
from tests.helpers import make_meeting

pytestmark = pytest.mark.meeting(pin="246802", quorum="1")


def test_pin_is_stored_only_as_slow_salted_hash(svc):
    stored = svc.details()["pin_hash"]
    assert "246802" not in stored and stored.startswith("scrypt$1024$8$1$")  # the suite's cheap cost (conftest)
    assert pin_matches("246802", stored) and not pin_matches("2469", stored)
    assert hash_pin("246802") != hash_pin("246802")  # salted
    assert "246802" not in "".join(e["details"] for e in svc.store.events())


def test_a_pin_made_outside_the_test_suite_costs_half_a_second_of_memory_hard_work(monkeypatch):
    """scrypt with n = 2^17, r = 8: 128 MiB per guess, so every 6-digit PIN takes days on two cores."""
    monkeypatch.delenv("BALLOTDESK_TEST_KDF")
    stored = hash_pin("246802")
    assert stored.startswith("scrypt$131072$8$1$")
    assert pin_matches("246802", stored) and not pin_matches("246803", stored)


@pytest.mark.parametrize("pin", ["", "   ", "2469", "12345", "1234567890123", "12 34 56", "１２３４５６"])
def test_a_new_pin_is_six_to_twelve_digits_and_never_empty(pin):
    with pytest.raises(DomainError, match=r"The chair's PIN must be 6 to 12 digits\."):
        check_new_pin(pin)


def test_an_empty_pin_for_a_new_meeting_is_refused_not_taken_as_no_pin(tmp_path):
    with pytest.raises(DomainError, match=r"The chair's PIN must be 6 to 12 digits\."):
        make_meeting(tmp_path, pin="")
    assert not (tmp_path / "m.ballotdesk").exists()


def counted_motion(svc):
    svc.update_details({"four_eyes": False})
    svc.register("1001")
    bid = B.create_ballot(svc, motion_spec("M"))
    B.open_ballot(svc, bid)
    papers.issue_paper(svc, bid, papers.attendee_for_member(svc, "1001"))
    B.close_ballot(svc, bid)
    counting.enter_count(svc, bid, "Main hall", "Ann", CountFigures(1, (1, 0)))
    return bid


def test_declare_needs_the_pin_and_wrong_pins_are_counted_and_slowed(svc):
    bid = counted_motion(svc)
    with pytest.raises(ChairPinError, match=r"To declare the result, enter the chair's PIN\."):
        results.declare(svc, bid, "Chair")
    for attempt in (1, 2):
        with pytest.raises(ChairPinError, match=rf"Wrong chair PIN \({attempt} wrong attempts?\)\.$"):
            results.declare(svc, bid, "Chair", pin="000000")
    with pytest.raises(ChairPinError, match="Wait 5 seconds"):
        results.declare(svc, bid, "Chair", pin="111111")
    with pytest.raises(ChairPinError, match=r"Too many wrong PINs; try again in \d+ seconds"):
        results.declare(svc, bid, "Chair", pin="246802")  # even the right PIN waits
    assert svc.details()["pin_failures"] == 3
    assert [e["action"] for e in svc.store.events(3)] == ["chair.pin_refused"] * 3
    # Let the pause run out without sleeping: move the end of the wait into the past.
    with svc.store.change("test", "test.clock", {}):
        svc.store.update_meeting({"pin_locked_until": dt.datetime(2000, 1, 1, tzinfo=dt.UTC).isoformat()})
    assert results.declare(svc, bid, "Chair", pin="246802")["status"] == "declared"
    assert svc.details()["pin_failures"] == 0


def test_wait_grows_and_is_capped():
    assert [wait_seconds(n) for n in (0, 2, 3, 4, 5, 20)] == [0, 0, 5, 10, 20, 300]


def test_chair_actions_need_the_pin(svc):
    prov = svc.add_provisional("Gwen", "renewed Tuesday")
    with pytest.raises(ChairPinError, match="To approve a provisional attendee's vote, enter the chair's PIN"):
        svc.approve_provisional(prov.id)
    assert svc.approve_provisional(prov.id, pin="246802").may_vote
    # rules can change freely before registration; afterwards only with the PIN
    with pytest.raises(ChairPinError, match="change who may vote"):
        svc.update_details({"cutoff": dt.date(2020, 1, 1)})
    svc.update_details({"venue": "Another hall"})  # details are not rules
    assert svc.update_details({"cutoff": dt.date(2020, 1, 1)}, pin="246802")


def test_change_pin(svc):
    with pytest.raises(ChairPinError, match="To change the chair's PIN, enter the chair's PIN"):
        set_pin(svc, "135791", current_pin=None)
    with pytest.raises(DomainError, match="6 to 12 digits"):
        set_pin(svc, "12a4", current_pin="246802")
    set_pin(svc, "135791", current_pin="246802")
    assert pin_matches("135791", svc.details()["pin_hash"])
    assert svc.store.events(1)[0]["action"] == "chair.pin_changed"


def test_nobody_enters_both_counts_and_declared_is_read_only(svc):
    svc.register("1001")
    bid = B.create_ballot(svc, motion_spec("M"))
    B.open_ballot(svc, bid)
    papers.issue_paper(svc, bid, papers.attendee_for_member(svc, "1001"))
    B.close_ballot(svc, bid)
    counting.enter_count(svc, bid, "Main hall", "Ann", CountFigures(1, (1, 0)))
    with pytest.raises(DomainError, match="different teller"):
        counting.enter_count(svc, bid, "Main hall", "Ann", CountFigures(1, (1, 0)))
    counting.enter_count(svc, bid, "Main hall", "Bob", CountFigures(1, (1, 0)))
    results.declare(svc, bid, "Chair", pin="246802")
    with pytest.raises(DomainError, match="The result of ballot 1 has been declared; its counts can no longer change"):
        counting.enter_count(svc, bid, "Main hall", "Cai", CountFigures(1, (1, 0)))
    with pytest.raises(DomainError, match="Ballot 1 is declared; there is no count to resolve"):
        counting.resolve_entries(svc, bid, "Main hall", accept_teller=None, reason="x", pin="246802")
