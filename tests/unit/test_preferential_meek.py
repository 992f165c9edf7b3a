"""Meek STV as the PR Foundation's reference rule: 9-place fixed point, checked against Droop's reports."""

from decimal import Decimal
from pathlib import Path

import pytest

from ballotdesk.domain.preferential import LotNeeded, count, listed_lots, read_blt, read_blt_file

DATA = Path(__file__).resolve().parents[1] / "data" / "blt"


def test_keep_factors_reach_the_quota_to_nine_places():
    # Droop's designed case: Castor's surplus shared by keep factors; Pollux ends 0.000000004 below
    # Helen, more than the total surplus, so there is no tie: Pollux is defeated, Helen elected.
    result = count(read_blt_file(DATA / "42.blt"), "meek")
    assert result.quota == Decimal("2.000000001")
    last = result.stages[-1]
    assert {k: str(v) for k, v in last.votes.items()} == {
        "Castor": "2.000000004", "Pollux": "1.999999996", "Helen": "2.000000000"}
    assert last.excluded == ("Pollux",)
    assert result.elected == ("Castor", "Helen")
    assert result.as_json()["quota"] == "2.000000001"


def test_a_real_count_as_the_reference_counter_reports_it():
    # SC.blt needs three lots for the lowest candidates; given the ones Droop's report drew, every
    # figure of the last round matches that report (test/ref/json/SC-meek-prf-o6-fixed-p9-d9.txt).
    ballots = read_blt_file(DATA / "SC.blt")
    with pytest.raises(LotNeeded, match="are tied for lowest"):
        count(ballots, "meek")
    result = count(ballots, "meek", chooser=listed_lots(["Write-In 2", "Write-In 1", "Steve Greenfield"]))
    assert result.quota == Decimal("18.586296861")
    last = result.stages[-1].votes
    assert {name: str(last[name]) for name in result.elected} == {
        "Pat LaMarche": "19.087429756", "Rebecca Rotzler": "19.073682122", "Kristen Olsen": "19.085721549",
        "Steve Kramer": "19.202438090"}
    assert [lot.chosen for lot in result.lots] == ["Write-In 2", "Write-In 1", "Steve Greenfield"]


def test_twenty_five_candidates_seven_seats_with_a_lot():
    result = count(read_blt_file(DATA / "M135.blt"), "meek", chooser=listed_lots(["C13"]))
    assert sorted(result.elected) == ["C1", "C10", "C2", "C3", "C4", "C6", "C9"]
    assert result.quota == Decimal("77.350430329")
    assert str(result.stages[-1].votes["C2"]) == "77.391489497"


def test_first_stage_quota_and_single_winner():
    ballots = read_blt('3 1\n4 1 0\n3 2 0\n2 3 2 0\n0\n"A"\n"B"\n"C"\n"t"\n')
    result = count(ballots, "meek")
    assert result.stages[0].quota == Decimal("4.500000001")  # 9/2 + 10^-9
    assert result.stages[1].action == "exclusion of C"
    assert result.elected == ("B",)  # C's papers take B to 5 of 9
