import json

import pytest

from ballotdesk.domain.ballot import BallotSpec, Kind, Rule, Status, motion_spec
from ballotdesk.domain.count import CountFigures
from ballotdesk.domain.errors import DomainError
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, results
from ballotdesk.services import papers as paper_service
from tests.helpers import VOTERS

pytestmark = pytest.mark.meeting(register=(*VOTERS, "1002"), boxes=("Overflow (outside)",))


def aid(svc, number):
    return paper_service.attendee_for_member(svc, number)


def election(svc, rule=Rule.PLURALITY, options=("Ann", "Bob", "Cai")):
    spec = BallotSpec(title="Chair", question="Who?", kind=Kind.ELECTION, options=options, rule=rule,
                      elected_word="nominated")
    return B.create_ballot(svc, spec)


def test_main_hall_always_and_boxes_unique(svc):
    assert [b["name"] for b in svc.store.boxes()] == ["Main hall", "Overflow (outside)"]
    with pytest.raises(DomainError, match="already a box"):
        B.add_box(svc, "overflow  (outside)")
    with pytest.raises(DomainError, match="needs a name"):
        B.add_box(svc, "  ")


def test_options_change_only_in_draft_and_transitions_are_logged(svc):
    bid = B.create_ballot(svc, motion_spec("Motion 1"))
    B.update_ballot(svc, bid, motion_spec("Motion 1", "Shall we?"))
    B.open_ballot(svc, bid)
    with pytest.raises(DomainError, match="only while the ballot is a draft"):
        B.update_ballot(svc, bid, motion_spec("Motion 2"))
    B.close_ballot(svc, bid)
    actions = [e["action"] for e in reversed(svc.store.events(4))]
    assert actions == ["ballot.create", "ballot.edit", "ballot.open", "ballot.closed"]
    with pytest.raises(DomainError, match="Voting has ended; the ballot cannot be reopened for voting"):
        B.open_ballot(svc, bid)


def test_issue_refusals_say_why(svc):
    bid = election(svc)
    with pytest.raises(DomainError, match="only while it is open"):
        paper_service.issue_paper(svc, bid, aid(svc, "1001"))
    B.open_ballot(svc, bid)
    paper = paper_service.issue_paper(svc, bid, aid(svc, "1001"), "Overflow (outside)", "0042")
    assert paper.box == "Overflow (outside)" and paper.serial == "0042"
    with pytest.raises(DomainError, match=r"already holds a paper for this ballot in Overflow \(outside\) at \d\d:\d\d"):
        paper_service.issue_paper(svc, bid, aid(svc, "1001"), "Main hall")
    with pytest.raises(DomainError, match="may not vote: joined 3 Feb 2016, after the cut-off"):
        paper_service.issue_paper(svc, bid, aid(svc, "1002"))
    with pytest.raises(DomainError, match="not registered"):
        paper_service.attendee_for_member(svc, "1003")
    with pytest.raises(DomainError, match="not on the roll"):
        paper_service.attendee_for_member(svc, "777")
    with pytest.raises(DomainError, match="already been issued"):
        paper_service.issue_paper(svc, bid, aid(svc, "1004"), serial="0042")
    with pytest.raises(DomainError, match="no box called 'Balcony'"):
        paper_service.issue_paper(svc, bid, aid(svc, "1004"), "Balcony")
    svc.set_departed([aid(svc, "1005")], True)
    with pytest.raises(DomainError, match="departed"):
        paper_service.issue_paper(svc, bid, aid(svc, "1005"))


def test_spoil_and_withdraw_keep_both_on_record(svc):
    bid = election(svc)
    B.open_ballot(svc, bid)
    paper_service.issue_paper(svc, bid, aid(svc, "1001"), serial="1")
    new = paper_service.spoil_paper(svc, bid, aid(svc, "1001"), serial="2")
    papers = svc.store.papers(bid)
    assert [(p["serial"], p["state"]) for p in papers] == [("1", "spoilt"), ("2", "live")]
    assert papers[1]["replaces_id"] == papers[0]["id"] and new.box == "Main hall"
    paper_service.issue_paper(svc, bid, aid(svc, "1004"))
    with pytest.raises(DomainError, match="Say why"):
        paper_service.withdraw_paper(svc, bid, aid(svc, "1004"), "")
    paper_service.withdraw_paper(svc, bid, aid(svc, "1004"), "issued to the wrong person")
    paper_service.issue_paper(svc, bid, aid(svc, "1004"))  # may have a live paper again
    state = {s.name: s for s in counting.box_states(svc, bid)}["Main hall"]
    assert (state.issued, state.spoilt, state.withdrawn) == (2, 1, 1)
    B.close_ballot(svc, bid)
    with pytest.raises(DomainError, match="A paper can be withdrawn only while the ballot is open"):
        paper_service.withdraw_paper(svc, bid, aid(svc, "1004"), "late")


def issue_all(svc, bid):
    B.open_ballot(svc, bid)
    paper_service.issue_paper(svc, bid, aid(svc, "1001"))
    paper_service.issue_paper(svc, bid, aid(svc, "1004"))
    paper_service.issue_paper(svc, bid, aid(svc, "1005"), "Overflow (outside)")
    B.close_ballot(svc, bid)


def test_four_eyes_matching_entries_make_box_definitive(svc):
    bid = election(svc)
    issue_all(svc, bid)
    out = counting.enter_count(svc, bid, "Main hall", "Ann Teller", CountFigures(2, (2, 0, 0)))
    assert out.state == "second entry" and "waits for a second" in out.message
    assert B.ballot_row(svc, bid)["status"] == "counting"
    with pytest.raises(DomainError, match="a different teller must enter the second"):
        counting.enter_count(svc, bid, "Main hall", "ann teller", CountFigures(2, (2, 0, 0)))
    out = counting.enter_count(svc, bid, "Main hall", "Bob Teller", CountFigures(2, (2, 0, 0)))
    assert out.state == "definitive"
    with pytest.raises(DomainError, match="already definitive"):
        counting.enter_count(svc, bid, "Main hall", "Cai", CountFigures(2, (2, 0, 0)))
    assert B.ballot_row(svc, bid)["status"] == "counting"  # overflow not yet counted
    counting.enter_count(svc, bid, "Overflow (outside)", "Ann Teller", CountFigures(1, (0, 1, 0)))
    counting.enter_count(svc, bid, "Overflow (outside)", "Bob Teller", CountFigures(1, (0, 1, 0)))
    assert B.ballot_row(svc, bid)["status"] == "counted"
    result = results.result_json(svc, bid)
    assert result["options"][0] == {"name": "Ann", "votes": 2, "per_box": {"Main hall": 2, "Overflow (outside)": 0},
                                    "percent": 66.7}
    assert result["winners"] == ["Ann"] and "nominated" in result["outcome"]
    assert [b["definitive"] for b in result["boxes"]] == [True, True]


def test_differing_entries_go_to_the_chair(svc):
    bid = election(svc)
    issue_all(svc, bid)
    counting.enter_count(svc, bid, "Main hall", "Ann", CountFigures(2, (2, 0, 0)))
    out = counting.enter_count(svc, bid, "Main hall", "Bob", CountFigures(2, (1, 1, 0)))
    assert out.state == "differs" and out.differing == ("Ann", "Bob")
    with pytest.raises(DomainError, match="chair must resolve"):
        counting.enter_count(svc, bid, "Main hall", "Cai", CountFigures(2, (2, 0, 0)))
    counting.resolve_entries(svc, bid, "Main hall", accept_teller=None, reason="recount ordered")
    states = [e["state"] for e in svc.store.count_entries(bid, states=("discarded",))]
    assert states == ["discarded", "discarded"]  # kept on record
    counting.enter_count(svc, bid, "Main hall", "Ann", CountFigures(2, (2, 0, 0)))
    counting.enter_count(svc, bid, "Main hall", "Bob", CountFigures(2, (1, 1, 0)))
    with pytest.raises(DomainError, match="give a reason"):
        counting.resolve_entries(svc, bid, "Main hall", accept_teller="Ann", reason="")
    counting.resolve_entries(svc, bid, "Main hall", accept_teller="Ann", reason="Bob misread one paper")
    main = counting.box_states(svc, bid)[0]
    assert main.state == "definitive" and "accepted by the chair: Bob misread one paper" in main.how


def test_inconsistent_figures_are_refused_in_words(svc):
    bid = election(svc)
    issue_all(svc, bid)
    with pytest.raises(DomainError, match="add up to 3 but 2 papers were found"):
        counting.enter_count(svc, bid, "Main hall", "Ann", CountFigures(2, (2, 1, 0)))
    assert svc.store.count_entries(bid) == []


def test_more_papers_than_issued_blocks_and_shortfall_needs_explanation(svc):
    svc.update_details({"four_eyes": False})
    bid = election(svc)
    issue_all(svc, bid)
    told = counting.enter_count(svc, bid, "Main hall", "Ann", CountFigures(3, (3, 0, 0)))
    assert told.state == "blocked" and "blocked until the chair orders a recount" in told.message
    main = counting.box_states(svc, bid)[0]
    assert main.blocked and main.state == "blocked" and main.account.state == "over"
    counting.enter_count(svc, bid, "Overflow (outside)", "Ann", CountFigures(1, (0, 1, 0)))
    assert B.ballot_row(svc, bid)["status"] == "counting"
    box = results.result_json(svc, bid)["boxes"][0]
    assert (box["state"], box["definitive"]) == ("blocked", False)
    with pytest.raises(DomainError, match=r"The count of Main hall is blocked: more papers were found than issued "
                                          r"\(2 issued, 3 found\)"):
        results.declare(svc, bid, "Chair")
    with pytest.raises(DomainError, match="The count of Main hall is blocked"):
        counting.enter_count(svc, bid, "Main hall", "Bob", CountFigures(2, (2, 0, 0)))
    assert not results.ballot_actions(svc, bid).declare
    assert results.ballot_actions(svc, bid).blockers == (counting.box_states(svc, bid)[0].blocker(),)
    counting.resolve_entries(svc, bid, "Main hall", accept_teller=None, reason="more papers than issued")
    counting.enter_count(svc, bid, "Main hall", "Ann", CountFigures(1, (1, 0, 0)))
    main = counting.box_states(svc, bid)[0]
    assert main.needs_explanation and main.account.variance == 1
    assert B.ballot_row(svc, bid)["status"] == "counting"
    counting.explain_shortfall(svc, bid, "Main hall", "One member left with the paper")
    assert B.ballot_row(svc, bid)["status"] == "counted"
    assert results.result_json(svc, bid)["boxes"][0]["explanation"] == "One member left with the paper"


def test_tie_settled_by_lot_then_declared_and_locked(svc):
    svc.update_details({"four_eyes": False})
    bid = election(svc, options=("Ann", "Bob"))
    issue_all(svc, bid)
    counting.enter_count(svc, bid, "Main hall", "T", CountFigures(2, (1, 1), 0, 0))
    counting.enter_count(svc, bid, "Overflow (outside)", "T", CountFigures(1, (0, 0), 1, 0))
    with pytest.raises(DomainError, match="settle it by lot"):
        results.declare(svc, bid, "Chair")
    lot = results.record_lot(svc, bid, note="drawn on screen")
    assert lot.method == "app" and lot.chosen in ("Ann", "Bob")
    with pytest.raises(DomainError, match="no equality"):
        results.record_lot(svc, bid)
    doc = results.declare(svc, bid, "Mary Jones")
    assert doc["status"] == "declared" and doc["winners"] == [lot.chosen] and doc["lot"]["method"] == "app"
    with pytest.raises(DomainError, match="declared"):
        counting.resolve_entries(svc, bid, "Main hall", accept_teller=None, reason="late")


def test_physical_lot_records_the_chairs_outcome(svc):
    svc.update_details({"four_eyes": False})
    bid = election(svc, options=("Ann", "Bob"))
    issue_all(svc, bid)
    counting.enter_count(svc, bid, "Main hall", "T", CountFigures(2, (1, 1), 0, 0))
    counting.enter_count(svc, bid, "Overflow (outside)", "T", CountFigures(1, (0, 0), 1, 0))
    with pytest.raises(DomainError, match="Cai was not one of the candidates the lot was drawn among"):
        results.record_lot(svc, bid, chosen="Cai")
    results.record_lot(svc, bid, chosen="Bob", note="names drawn from a hat by the secretary")
    result = results.result_json(svc, bid)
    assert result["winners"] == ["Bob"]
    assert result["lot"] == {"method": "physical", "among": ["Ann", "Bob"], "chosen": "Bob",
                             "note": "names drawn from a hat by the secretary"}


def test_amendment_keeps_every_version(svc):
    svc.update_details({"four_eyes": False})
    bid = B.create_ballot(svc, motion_spec("Motion"))
    issue_all(svc, bid)
    counting.enter_count(svc, bid, "Main hall", "T", CountFigures(2, (2, 0), 0, 0))
    counting.enter_count(svc, bid, "Overflow (outside)", "T", CountFigures(1, (1, 0), 0, 0))
    first = results.declare(svc, bid, "Chair")
    assert first["carried"] is True
    with pytest.raises(DomainError, match="reason"):
        results.amend(svc, bid, "Main hall", CountFigures(2, (0, 2), 0, 0), chair="Chair", reason=" ")
    amended = results.amend(svc, bid, "Main hall", CountFigures(2, (0, 2), 0, 0), chair="Chair",
                            reason="tellers swapped the piles")
    assert amended["amended"] is True and amended["carried"] is False
    versions = svc.store.results(bid)
    assert [v["version"] for v in versions] == [1, 2]
    assert json.loads(versions[0]["result"])["carried"] is True
    assert results.result_json(svc, bid)["amendments"][0]["reason"] == "tellers swapped the piles"


def test_exhaustive_ballot_next_round(svc):
    svc.update_details({"four_eyes": False})
    bid = election(svc, rule=Rule.ABSOLUTE)
    issue_all(svc, bid)
    counting.enter_count(svc, bid, "Main hall", "T", CountFigures(2, (1, 1, 0)))
    counting.enter_count(svc, bid, "Overflow (outside)", "T", CountFigures(1, (0, 0, 1)))
    result = results.current_tally(svc, bid)
    assert result.needs_next_round
    assert result.tie  # three equal candidates: who drops out is settled by lot
    results.record_lot(svc, bid, chosen="Ann")
    results.record_lot(svc, bid, chosen="Bob")
    new = results.next_round(svc, bid)
    row = B.ballot_row(svc, new)
    assert json.loads(row["options"]) == ["Ann", "Bob"] and row["round"] == 2 and row["previous_id"] == bid
    assert row["title"] == "Chair (round 2)" and Status(row["status"]) is Status.DRAFT
    assert [r["id"] for r in B.rounds(svc, new)] == [bid, new]


def test_what_can_be_done_now_follows_the_ballot_and_says_why_not(svc):
    svc.update_details({"four_eyes": False})
    bid = election(svc, options=("Ann", "Bob"))
    now = results.ballot_actions(svc, bid)
    assert now.open and not now.close and not now.count and not now.declare and not now.amend
    assert now.count.reason == "Ballot 1 is a draft; counts are entered once it is closed."
    issue_all(svc, bid)
    now = results.ballot_actions(svc, bid)
    assert now.count and not now.open and not now.draw_lot
    assert now.open.reason == "Voting has ended; the ballot cannot be reopened for voting."
    counting.enter_count(svc, bid, "Main hall", "T", CountFigures(2, (1, 1), 0, 0))
    now = results.ballot_actions(svc, bid)
    assert now.declare.reason == "Overflow (outside) has not been counted yet."
    assert now.blockers == ("Overflow (outside) has not been counted yet.",)
    with pytest.raises(DomainError, match=r"^Overflow \(outside\) has not been counted yet\.$"):
        results.declare(svc, bid, "Chair")
    counting.enter_count(svc, bid, "Overflow (outside)", "T", CountFigures(1, (0, 0), 1, 0))
    now = results.ballot_actions(svc, bid)
    assert now.tie == ("Ann", "Bob") and now.draw_lot and not now.count and now.resolve
    assert now.declare.reason.startswith("The votes of Ann, Bob are equal")
    results.record_lot(svc, bid, chosen="Bob", note="hat")
    now = results.ballot_actions(svc, bid)
    assert now.declare and not now.draw_lot
    assert now.draw_lot.reason == "There is no equality of votes to settle by lot."
    live = results.result_json(svc, bid)
    assert live["provisional"] is True and live["outcome"].endswith("favoured Bob, who would be nominated.")
    results.declare(svc, bid, "Chair")
    declared = results.result_json(svc, bid)
    assert declared["provisional"] is False and declared["outcome"].endswith("favoured Bob, who is nominated.")
    now = results.ballot_actions(svc, bid)
    assert now.amend and not now.declare and not now.resolve and not now.next_round
    assert now.next_round.reason == "This ballot has a result; no further round is needed."


def test_the_chair_compares_both_entries_and_the_decision_is_kept_for_the_sheet(svc):
    bid = election(svc)
    issue_all(svc, bid)
    counting.enter_count(svc, bid, "Main hall", "Ann", CountFigures(2, (2, 0, 0)))
    with pytest.raises(DomainError, match="The entries for Main hall do not differ; there is nothing to compare"):
        counting.dispute(svc, bid, "Main hall")
    counting.enter_count(svc, bid, "Main hall", "Bob", CountFigures(2, (1, 1, 0)))
    seen = counting.dispute(svc, bid, "Main hall")
    assert seen.tellers == ("Ann", "Bob") and seen.differing == ("Ann", "Bob")
    assert [(r.label, r.first, r.second, r.differs) for r in seen.rows] == [
        ("papers found", 2, 2, False), ("Ann", 2, 1, True), ("Bob", 0, 1, True), ("Cai", 0, 0, False),
        ("abstentions and blank papers", 0, 0, False), ("rejected papers", 0, 0, False)]
    counting.resolve_entries(svc, bid, "Main hall", accept_teller=None, reason="bundles mixed up")
    counting.enter_count(svc, bid, "Main hall", "Ann", CountFigures(2, (2, 0, 0)))
    counting.enter_count(svc, bid, "Main hall", "Bob", CountFigures(2, (2, 0, 0), 0, 0))
    counting.enter_count(svc, bid, "Overflow (outside)", "Ann", CountFigures(1, (0, 1, 0)))
    counting.enter_count(svc, bid, "Overflow (outside)", "Cai", CountFigures(1, (0, 0, 1)))
    counting.resolve_entries(svc, bid, "Overflow (outside)", accept_teller="cai", reason="papers checked in front of both")
    doc = results.declare(svc, bid, "Chair")
    assert doc["disputes"] == [
        {"box": "Main hall", "tellers": ["Ann", "Bob"], "decision": "recount", "accepted": None,
         "reason": "bundles mixed up",
         "differing": [{"label": "Ann", "first": 2, "second": 1}, {"label": "Bob", "first": 0, "second": 1}]},
        {"box": "Overflow (outside)", "tellers": ["Ann", "Cai"], "decision": "accept", "accepted": "Cai",
         "reason": "papers checked in front of both",
         "differing": [{"label": "Bob", "first": 1, "second": 0}, {"label": "Cai", "first": 0, "second": 1}]}]
