import pytest

from ballotdesk.domain.ballot import motion_spec
from ballotdesk.domain.count import CountFigures
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, papers, results
from ballotdesk.services.display import Mode, screen

pytestmark = pytest.mark.meeting(four_eyes=False, register=("1001", "1004", "1002"))


def test_arrivals_and_logo(svc):
    arrivals = screen(svc, Mode.ARRIVALS)
    assert arrivals.lines == ("Registered: 3", "Eligible to vote and present: 2",
                              "Quorum not yet met: 2 present of 3 needed")
    assert screen(svc, Mode.LOGO).headline == "Llanelli Branch"
    assert screen(svc, Mode.BLANK) == screen(None, Mode.RESULT)


def test_result_never_shown_before_declared(svc):
    svc.register("1005")  # quorate: 3 present of 3 needed
    bid = B.create_ballot(svc, motion_spec("Motion 1"))
    B.open_ballot(svc, bid)
    for n in ("1001", "1004"):
        papers.issue_paper(svc, bid, papers.attendee_for_member(svc, n))
    assert screen(svc, Mode.BALLOT).lines == ("Ballot open", "Papers issued: 2")
    B.close_ballot(svc, bid)
    counting.enter_count(svc, bid, "Main hall", "Ann", CountFigures(2, (2, 0)))
    for mode in (Mode.BALLOT, Mode.RESULT, Mode.ROUNDS):
        shown = screen(svc, mode, bid)
        assert shown.bars == (), mode
        assert not any("2" == line or "For" in line for line in shown.lines)
    assert screen(svc, Mode.RESULT, bid).lines == ("The result has not been declared yet.",)
    results.declare(svc, bid, "Chair")
    declared = screen(svc, Mode.RESULT, bid)
    assert declared.bars[0].rows == (("For", 2, 100.0), ("Against", 0, 0.0))
    assert "carried" in declared.lines[0]


def test_a_blocked_box_is_named_on_the_projector(svc):
    svc.register("1005")
    bid = B.create_ballot(svc, motion_spec("Motion 1"))
    B.open_ballot(svc, bid)
    papers.issue_paper(svc, bid, papers.attendee_for_member(svc, "1001"))
    B.close_ballot(svc, bid)
    counting.enter_count(svc, bid, "Main hall", "Ann", CountFigures(2, (2, 0)))
    assert counting.box_states(svc, bid)[0].state == "blocked"
    assert screen(svc, Mode.BALLOT, bid).lines == (
        "Counting", "Papers issued: 1", "Main hall: more papers found than issued; the box is to be recounted.")
