"""Scottish STV (SSI 2007/42 schedule 1, rules 45-52) on small counts worked by hand."""

from decimal import Decimal

import pytest

from ballotdesk.domain.preferential import LotNeeded, count, listed_lots, read_blt


def blt(seats, names, *lines):
    return read_blt(f"{len(names)} {seats}\n" + "".join(f"{line}\n" for line in lines) + "0\n"
                    + "".join(f'"{n}"\n' for n in names) + '"test"\n')


def totals(stage):
    return {name: str(value) for name, value in stage.votes.items()}


def test_quota_surplus_truncated_to_five_places_and_rule_52():
    # 12 papers, 2 seats: quota 12 // 3 + 1 = 5 (rule 46). A's surplus of 2 goes from all 7 of A's
    # papers at 2/7 = 0.28571 each (truncated, rule 48(3)): B +4 x 0.28571, C +2 x 0.28571; the
    # paper marked A alone and the truncation remainder are non-transferable: 2 - 1.71426 = 0.28574.
    ballots = blt(2, "ABCD", "4 1 2 0", "2 1 3 0", "1 1 0", "2 3 0", "1 4 0", "2 2 4 0")
    result = count(ballots, "scottish")
    assert result.quota == Decimal(5)
    assert [s.action for s in result.stages] == ["first preferences", "surplus of A", "exclusion of D",
                                                 "exclusion of C"]
    assert result.stages[0].elected == ("A",)
    assert totals(result.stages[1]) == {"A": "5.00000", "B": "3.14284", "C": "2.57142", "D": "1.00000"}
    assert result.stages[1].non_transferable == Decimal("0.28574")
    assert result.stages[2].non_transferable == Decimal("1.28574")  # D's paper had no next preference
    # C's papers (two whole, two at 0.28571) have no next preference; B is then the only continuing
    # candidate for the one vacancy left, elected without a further transfer (rule 52).
    assert result.stages[3].elected == ("B",) and result.stages[3].excluded == ("C",)
    assert result.stages[3].non_transferable == Decimal("3.85716")
    assert result.elected == ("A", "B")
    for stage in result.stages:
        assert sum(stage.votes.values()) + stage.non_transferable == 12


def test_equal_lowest_settled_by_the_most_recent_stage_at_which_they_differed():
    # Stage 1: X 2, Y 3. Stage 2 (A's surplus, 14/28 = 0.5 a paper): X 4, Y 3. Stage 3 (W excluded):
    # X 4, Y 4. Rule 51(2) looks back to the most recent stage where they differed, stage 2, where Y
    # had fewer: Y is excluded (ERS97, looking from the first stage, would exclude X).
    ballots = blt(2, "AXYWZ", "4 1 2 0", "24 1 0", "2 2 0", "3 3 0", "1 4 3 0", "5 5 0")
    result = count(ballots, "scottish")
    assert result.quota == 14
    assert totals(result.stages[2])["X"] == totals(result.stages[2])["Y"] == "4.00000"
    assert result.stages[3].action == "exclusion of Y"
    assert result.lots == ()
    assert result.elected == ("A", "Z")


def test_equal_at_every_stage_a_lot_excludes():
    ballots = blt(1, "ABC", "2 1 0", "2 2 0", "3 3 0")
    with pytest.raises(LotNeeded, match=r"^stage 2: A, B are equal at every stage; a lot decides which to exclude"):
        count(ballots, "scottish")
    result = count(ballots, "scottish", chooser=listed_lots(["B"]))
    assert result.stages[1].action == "exclusion of B"
    assert [(lot.stage, lot.purpose, lot.tied, lot.chosen) for lot in result.lots] == [
        (2, "exclude", ("A", "B"), "B")]
    assert result.elected == ("C",)


def test_equal_surpluses_go_by_lot_when_equal_at_every_stage():
    # A and B both reach the quota of 4 with 5 votes: equal surpluses, equal at every stage (rule 49(3)).
    ballots = blt(3, "ABCD", "5 1 3 0", "5 2 4 0", "1 3 0", "2 4 0")
    result = count(ballots, "scottish", chooser=listed_lots(["B"]))
    assert [s.action for s in result.stages[:3]] == ["first preferences", "surplus of B", "surplus of A"]
    assert result.lots[0].purpose == "transfer first"
    assert totals(result.stages[1])["D"] == "3.00000"  # 5 papers at 1 x 1/5
    assert result.elected == ("A", "B", "D")


def test_largest_surplus_goes_first():
    # A 6 and B 5 over a quota of 4: A's surplus (2) before B's (1), whatever the ballot order.
    ballots = blt(3, "BACD", "5 1 4 0", "6 2 3 0", "1 3 0", "1 4 0", "1 3 0")
    result = count(ballots, "scottish")
    assert result.quota == 4
    assert [s.action for s in result.stages[1:3]] == ["surplus of A", "surplus of B"]


def test_every_surplus_is_transferred_before_an_exclusion():
    # Unlike ERS97 (5.2.2), the order defers nothing: A's small surplus goes before B is excluded.
    ballots = blt(2, "ABCD", "5 1 3 0", "3 3 0", "3 4 0")
    result = count(ballots, "scottish")
    assert result.stages[1].action == "surplus of A"
