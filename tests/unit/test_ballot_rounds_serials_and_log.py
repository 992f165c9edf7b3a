"""The ballot service as a returning officer would run it: rounds, serials, shortfalls, the log."""

from __future__ import annotations

import json

import pytest

from ballotdesk.domain.ballot import BallotSpec, Kind, Rule, motion_spec
from ballotdesk.domain.count import CountFigures
from ballotdesk.domain.errors import DomainError
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, papers, results
from tests.helpers import VOTERS

pytestmark = pytest.mark.meeting(register=VOTERS, four_eyes=False)


def aid(svc, number: str) -> int:
    return papers.attendee_for_member(svc, number)


def issue_all(svc, ballot_id: int) -> None:
    B.open_ballot(svc, ballot_id)
    for number in VOTERS:
        papers.issue_paper(svc, ballot_id, aid(svc, number))
    B.close_ballot(svc, ballot_id)


def test_next_round_is_only_for_the_seats_still_empty(svc):
    # Two seats, absolute majority of 3 valid papers (2 necessary): Ann is elected in round 1,
    # Bob and Cai go on (Dai drops out) for the one seat left.
    spec = BallotSpec(title="Council", question="", kind=Kind.ELECTION, options=("Ann", "Bob", "Cai", "Dai"),
                      seats=2, rule=Rule.ABSOLUTE)
    bid = B.create_ballot(svc, spec)
    issue_all(svc, bid)
    counting.enter_count(svc, bid, B.MAIN_HALL, "Teller", CountFigures(3, (3, 1, 1, 0)))
    result = results.current_tally(svc, bid)
    assert result.winners == ("Ann",) and result.needs_next_round
    assert "A further round is needed for 1 more seat without Dai." in result.outcome

    row = B.ballot_row(svc, results.next_round(svc, bid))
    assert json.loads(row["options"]) == ["Bob", "Cai"]
    assert row["seats"] == 1  # was 2: Bob and Cai could both have been elected beside Ann


def test_next_round_when_only_one_candidate_is_left_for_the_last_seat(svc):
    # Confirmatory vote for two seats with two candidates: Ann is elected, Bob falls short.
    spec = BallotSpec(title="Trustees", question="", kind=Kind.ELECTION, options=("Ann", "Bob"),
                      seats=2, rule=Rule.ABSOLUTE)
    bid = B.create_ballot(svc, spec)
    issue_all(svc, bid)
    counting.enter_count(svc, bid, B.MAIN_HALL, "Teller", CountFigures(3, (3, 1)))
    row = B.ballot_row(svc, results.next_round(svc, bid))  # refused before: "2 seats but only 1 candidates"
    assert json.loads(row["options"]) == ["Bob"] and row["seats"] == 1


def test_a_round_is_started_once(svc):
    spec = BallotSpec(title="Chair", question="", kind=Kind.ELECTION, options=("Ann", "Bob", "Cai"),
                      rule=Rule.ABSOLUTE)
    bid = B.create_ballot(svc, spec)
    issue_all(svc, bid)
    counting.enter_count(svc, bid, B.MAIN_HALL, "Teller", CountFigures(3, (1, 1, 0), 1))
    second = results.next_round(svc, bid)
    with pytest.raises(DomainError, match=rf"Round 2 of this ballot has already been started \(ballot {second}\)"):
        results.next_round(svc, bid)
    assert [b.id for b in B.ballot_list(svc)] == [bid, second]


def test_a_replacement_paper_cannot_reuse_a_paper_number(svc):
    bid = B.create_ballot(svc, motion_spec("Motion"))
    B.open_ballot(svc, bid)
    papers.issue_paper(svc, bid, aid(svc, "1001"), serial="7")
    papers.issue_paper(svc, bid, aid(svc, "1004"), serial="8")
    with pytest.raises(DomainError, match="Paper number 8 has already been issued"):
        papers.spoil_paper(svc, bid, aid(svc, "1001"), serial=" 8 ")
    with pytest.raises(DomainError, match="Paper number 7 has already been issued"):
        papers.spoil_paper(svc, bid, aid(svc, "1001"), serial="7")  # the spoilt paper's own number
    replacement = papers.spoil_paper(svc, bid, aid(svc, "1001"), serial="9")
    assert replacement.serial == "9"
    assert sorted((p["serial"], p["state"]) for p in svc.store.papers(bid)) == [
        ("7", "spoilt"), ("8", "live"), ("9", "live")]


def shortfall_counted(svc) -> int:
    """A motion where 3 papers were issued and 2 found, explained, so the ballot is counted."""
    bid = B.create_ballot(svc, motion_spec("Motion"))
    issue_all(svc, bid)
    counting.enter_count(svc, bid, B.MAIN_HALL, "Teller", CountFigures(2, (2, 0)))
    counting.explain_shortfall(svc, bid, B.MAIN_HALL, "one voter left with the paper")
    return bid


def test_a_declared_shortfall_explanation_is_not_rewritten(svc):
    bid = shortfall_counted(svc)
    results.declare(svc, bid, "Chair")
    events = len(svc.store.events())
    with pytest.raises(DomainError, match="Ballot 1 is declared; a shortfall is explained while the ballot is being "
                                          "counted"):
        counting.explain_shortfall(svc, bid, B.MAIN_HALL, "a different story")
    assert counting.box_states(svc, bid)[0].explanation == "one voter left with the paper"
    assert len(svc.store.events()) == events


def test_the_move_to_counted_and_back_is_in_the_audit_log(svc):
    bid = shortfall_counted(svc)
    explain = svc.store.events(1)[0]
    assert explain["action"] == "count.explain"
    assert json.loads(explain["details"])["status"] == "counted"

    counting.resolve_entries(svc, bid, B.MAIN_HALL, accept_teller=None, reason="papers found under a chair")
    recount = svc.store.events(1)[0]
    assert recount["action"] == "count.recount" and json.loads(recount["details"])["status"] == "counting"

    counting.enter_count(svc, bid, B.MAIN_HALL, "Teller", CountFigures(3, (2, 1)))
    entry = svc.store.events(1)[0]
    assert entry["action"] == "count.entry" and json.loads(entry["details"])["status"] == "counted"


def test_a_result_settled_by_lot_can_be_amended_when_the_correction_removes_the_equality(svc):
    spec = BallotSpec(title="Chair", question="", kind=Kind.ELECTION, options=("Ann", "Bob", "Cai"))
    bid = B.create_ballot(svc, spec)
    issue_all(svc, bid)
    counting.enter_count(svc, bid, B.MAIN_HALL, "Teller", CountFigures(3, (1, 1, 0), 1))
    results.record_lot(svc, bid, chosen="Bob", note="names from a hat")
    assert "favoured Bob, who is elected" in results.declare(svc, bid, "Chair")["outcome"]

    # One of Bob's papers was Ann's: the equality was never there (refused before: the old lot "settles nothing").
    doc = results.amend(svc, bid, B.MAIN_HALL, CountFigures(3, (2, 0, 0), 1), chair="Chair", reason="paper misplaced")
    assert doc["winners"] == ["Ann"] and doc["lot"] is None
    assert doc["outcome"] == "Ann has received the most votes and is elected."
    event = svc.store.events(1)[0]
    assert event["action"] == "ballot.amend"
    assert json.loads(event["details"])["lots_set_aside"][0]["chosen"] == "Bob"
    first, second = (json.loads(v["result"]) for v in svc.store.results(bid))
    assert first["lot"]["chosen"] == "Bob" and first["winners"] == ["Bob"]  # the declared version is kept
    assert second["winners"] == ["Ann"] and results.result_json(svc, bid)["amended"] is True


def test_an_amendment_that_keeps_the_equality_keeps_its_lot(svc):
    spec = BallotSpec(title="Chair", question="", kind=Kind.ELECTION, options=("Ann", "Bob", "Cai"))
    bid = B.create_ballot(svc, spec)
    issue_all(svc, bid)
    counting.enter_count(svc, bid, B.MAIN_HALL, "Teller", CountFigures(3, (1, 1, 0), 1))
    results.record_lot(svc, bid, chosen="Bob")
    results.declare(svc, bid, "Chair")
    doc = results.amend(svc, bid, B.MAIN_HALL, CountFigures(3, (1, 1, 0), 0, 1), chair="Chair", reason="rejected, "
                        "not blank")
    assert doc["winners"] == ["Bob"] and doc["lot"]["chosen"] == "Bob" and doc["rejected"] == 1
    assert "lots_set_aside" not in json.loads(svc.store.events(1)[0]["details"])
