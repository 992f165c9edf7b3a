"""An equality created by an amendment can be settled by lot; an all-blank majority election has no valid vote."""

from __future__ import annotations

import pytest

from ballotdesk.domain.ballot import BallotSpec, Kind, Rule
from ballotdesk.domain.count import CountFigures
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.tally import tally
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, papers, results
from tests.helpers import make_meeting

ELECTION = BallotSpec(title="Treasurer", question="", kind=Kind.ELECTION, options=("Ann", "Bob", "Cy"),
                      rule=Rule.PLURALITY)


@pytest.fixture
def declared(tmp_path):
    """Ann 2, Bob 1, Cy 0 in the Main hall (one teller), declared: Ann is elected."""
    svc = make_meeting(tmp_path)
    svc.update_details({"four_eyes": False})
    for number in ("1001", "1004", "1005"):
        svc.register(number)
    ballot_id = B.create_ballot(svc, ELECTION)
    B.open_ballot(svc, ballot_id)
    for person in svc.attendees():
        papers.issue_paper(svc, ballot_id, person.id)
    B.close_ballot(svc, ballot_id)
    counting.enter_count(svc, ballot_id, "Main hall", "Ann Teller", CountFigures(3, (2, 1, 0)))
    results.declare(svc, ballot_id, "Mary Jones")
    yield svc, ballot_id
    svc.close()


def test_an_equality_created_by_an_amendment_is_settled_by_lot(declared):
    svc, ballot_id = declared
    amended = results.amend(svc, ballot_id, "Main hall", CountFigures(3, (1, 1, 1)), chair="Mary Jones",
                            reason="one of Ann's papers was Cy's")
    assert amended["tie"] == ["Ann", "Bob", "Cy"] and amended["winners"] == []
    lot = results.record_lot(svc, ballot_id, chosen="Bob", note="names from a hat")
    assert (lot.method, lot.chosen, set(lot.among)) == ("physical", "Bob", {"Ann", "Bob", "Cy"})
    result = results.result_json(svc, ballot_id)
    assert result["versions"] == 3 and result["amended"]
    assert result["tie"] == [] and result["winners"] == ["Bob"]
    assert result["lot"]["chosen"] == "Bob"
    assert result["amendments"][0]["reason"] == "one of Ann's papers was Cy's"  # the amendment stays on record
    assert svc.store.results(ballot_id)[-1]["reason"] == "lot drawn among Ann, Bob, Cy: Bob"
    with pytest.raises(DomainError, match=r"^A lot is drawn once the ballot is counted and before it is declared\.$"):
        results.record_lot(svc, ballot_id)  # settled: no second lot


def test_a_declared_result_without_an_equality_takes_no_lot(declared):
    svc, ballot_id = declared
    with pytest.raises(DomainError, match=r"^A lot is drawn once the ballot is counted and before it is declared\.$"):
        results.record_lot(svc, ballot_id)


@pytest.mark.parametrize("rule", [Rule.ABSOLUTE, Rule.TWO_THIRDS])
def test_an_all_blank_election_under_a_majority_rule_has_no_valid_vote(rule):
    spec = BallotSpec(title="Chair", question="", kind=Kind.ELECTION, options=("Ann", "Bob", "Cy"), rule=rule)
    result = tally(spec, {"Main hall": CountFigures(5, (0, 0, 0), abstain=4, rejected=1)})
    assert result.outcome.endswith("There is no valid vote: no candidate received any votes, so nobody is elected.")
    assert result.tie == () and result.winners == () and not result.needs_next_round

