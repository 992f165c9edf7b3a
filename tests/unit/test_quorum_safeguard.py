"""The quorum enforced: opening and declaring while inquorate are refused unless the chair overrides."""

from __future__ import annotations

import json

import pytest

from ballotdesk.domain.ballot import motion_spec
from ballotdesk.domain.count import CountFigures
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, papers, results
from ballotdesk.services.quorum import InquorateError
from ballotdesk.services.roles import ChairPinError

pytestmark = pytest.mark.meeting(pin="246802", four_eyes=False, register=("1001",))  # quorum 3; 1001, 1004-1006 vote


def opening_event(svc) -> dict:
    return next(json.loads(e["details"]) for e in svc.store.events() if e["action"] == "ballot.open")


def test_opening_while_inquorate_is_refused_in_words_and_nothing_changes(svc):
    bid = B.create_ballot(svc, motion_spec("Motion 1"))
    before = svc.store.audit_version()
    with pytest.raises(InquorateError, match=r"^The meeting is not quorate \(1 present and entitled to vote, 3 "
                                             r"needed\): the ballot cannot be opened\."):
        B.open_ballot(svc, bid)
    with pytest.raises(ChairPinError, match="PIN"):
        B.open_ballot(svc, bid, inquorate="the quorum applies at the start")
    assert svc.store.audit_version() == before and B.ballot_row(svc, bid)["status"] == "draft"
    assert not results.ballot_actions(svc, bid).quorum.quorate


def test_the_chair_overrides_with_pin_and_reason_and_the_figures_are_kept(svc):
    bid = B.create_ballot(svc, motion_spec("Motion 1"))
    B.open_ballot(svc, bid, inquorate="  the quorum applies   at the start ", pin="246802")
    assert opening_event(svc)["quorum"] == {"rule": "3", "needed": 3, "present": 1, "quorate": False,
                                            "override": "the quorum applies at the start"}
    papers.issue_paper(svc, bid, papers.attendee_for_member(svc, "1001"))
    B.close_ballot(svc, bid)
    counting.enter_count(svc, bid, "Main hall", "Ann", CountFigures(1, (1, 0)))
    with pytest.raises(InquorateError, match="the result cannot be declared"):
        results.declare(svc, bid, "Chair", pin="246802")
    for number in ("1004", "1005"):
        svc.register(number)
    doc = results.declare(svc, bid, "Chair", pin="246802")  # quorate again: no reason needed
    assert doc["quorum"]["at_opening"]["override"] == "the quorum applies at the start"
    assert doc["quorum"]["at_declaration"] == {"rule": "3", "needed": 3, "present": 3, "quorate": True,
                                               "override": ""}


def test_a_quorate_opening_records_its_figures_too(svc):
    for number in ("1004", "1005"):
        svc.register(number)
    bid = B.create_ballot(svc, motion_spec("Motion 1"))
    B.open_ballot(svc, bid)
    assert opening_event(svc)["quorum"] == {"rule": "3", "needed": 3, "present": 3, "quorate": True, "override": ""}
