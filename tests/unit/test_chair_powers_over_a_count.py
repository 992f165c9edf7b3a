"""The chair's powers over a count stay inside the rules: four-eyes is not bypassed, an amendment keeps its base."""

from __future__ import annotations

import pytest

from ballotdesk.domain.ballot import Base, Rule, motion_spec
from ballotdesk.domain.count import CountFigures
from ballotdesk.domain.errors import DomainError
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, papers, results
from tests.helpers import VOTERS

pytestmark = pytest.mark.meeting(register=VOTERS)


def counted_motion(svc, *, base: Base = Base.CAST, rule: Rule = Rule.ABSOLUTE) -> int:
    bid = B.create_ballot(svc, motion_spec("Motion", rule=rule, base=base))
    B.open_ballot(svc, bid)
    for number in VOTERS:
        papers.issue_paper(svc, bid, papers.attendee_for_member(svc, number))
    B.close_ballot(svc, bid)
    return bid


def test_a_lone_first_entry_cannot_be_accepted_past_the_second_teller(svc):
    assert svc.details()["four_eyes"]  # on by default
    bid = counted_motion(svc)
    counting.enter_count(svc, bid, B.MAIN_HALL, "Alice", CountFigures(3, (3, 0), 0))
    events = len(svc.store.events())
    with pytest.raises(DomainError, match="do not differ, so there is none to accept: a second teller enters"):
        counting.resolve_entries(svc, bid, B.MAIN_HALL, accept_teller="Alice", reason="in a hurry")
    assert len(svc.store.events()) == events  # nothing written
    assert [s.state for s in counting.box_states(svc, bid) if s.name == B.MAIN_HALL] == ["second entry"]
    # Two entries that differ: accepting one is the chair's to do, with a reason.
    counting.enter_count(svc, bid, B.MAIN_HALL, "Bryn", CountFigures(3, (2, 1), 0))
    counting.resolve_entries(svc, bid, B.MAIN_HALL, accept_teller="Bryn", reason="Bryn's tally sheet was checked")
    assert [s.state for s in counting.box_states(svc, bid) if s.name == B.MAIN_HALL] == ["definitive"]
    with pytest.raises(DomainError, match="the count is already definitive"):
        counting.resolve_entries(svc, bid, B.MAIN_HALL, accept_teller="Alice", reason="changed my mind")
    counting.resolve_entries(svc, bid, B.MAIN_HALL, accept_teller=None, reason="recount ordered")  # a recount still may


def test_an_amendment_keeps_the_members_present_it_was_declared_on(svc):
    svc.update_details({"four_eyes": False})
    bid = counted_motion(svc, base=Base.PRESENT, rule=Rule.TWO_THIRDS)
    counting.enter_count(svc, bid, B.MAIN_HALL, "Alice", CountFigures(3, (2, 1), 0))
    declared = results.declare(svc, bid, "Eleri Prydderch")
    assert declared["base_value"] == 3 and declared["necessary"] == 2 and declared["carried"]
    # After the declaration two voters go home; the chair then corrects a slip in the count.
    leaving = [papers.attendee_for_member(svc, n) for n in VOTERS[:2]]
    svc.set_departed(leaving, True)
    assert svc.figures().may_vote_present == 1
    amended = results.amend(svc, bid, B.MAIN_HALL, CountFigures(3, (2, 0), 1), chair="Eleri Prydderch",
                            reason="one paper was rejected, not Against")
    # The base is still the 3 present at the declaration; with 1 it would need only 1 vote.
    assert amended["base_value"] == 3 and amended["necessary"] == 2 and amended["carried"]
    assert results.result_json(svc, bid)["base_value"] == 3
