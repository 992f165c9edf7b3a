"""ERS97 (Electoral Reform Society, 1997, sections 5.1-5.6) on small counts worked by hand."""

from decimal import Decimal

import pytest

from ballotdesk.domain.preferential import LotNeeded, count, listed_lots, read_blt, seeded_lots


def blt(seats, names, *lines):
    return read_blt(f"{len(names)} {seats}\n" + "".join(f"{line}\n" for line in lines) + "0\n"
                    + "".join(f'"{n}"\n' for n in names) + '"test"\n')


def totals(stage):
    return {name: str(value) for name, value in stage.votes.items()}


@pytest.mark.parametrize(("papers", "seats", "quota"), [(12, 2, "4.00"), (10, 2, "3.34"), (14, 3, "3.50"),
                                                       (11, 2, "3.67")])
def test_quota_to_two_places_plus_a_hundredth_unless_exact(papers, seats, quota):
    ballots = blt(seats, "ABCD", f"{papers - 3} 1 0", "1 2 0", "1 3 0", "1 4 0")
    assert str(count(ballots, "ers97", chooser=seeded_lots(0)).stages[0].quota) == quota


def test_surplus_from_the_last_batch_only_at_two_places():
    # Quota 14/4 = 3.50. A's 8 papers: surplus 4.50 over 8 transferable papers = 0.5625 -> 0.56 each;
    # B gets 4.48 (6.48 in all, elected); 0.02 is lost to the neglected remainder (5.3.7, 6.11).
    # B's surplus of 2.98 is taken from the last batch only (A's 8 papers at 0.56, 5.3.2), not from
    # B's own first preferences for D: 2.98 / 8 = 0.3725 -> 0.37 each to C (4.96); D keeps 2.00.
    ballots = blt(3, "ABCD", "8 1 2 3 0", "2 2 4 0", "2 3 0", "2 4 0")
    result = count(ballots, "ers97")
    assert result.quota == Decimal("3.50")
    assert totals(result.stages[1]) == {"A": "3.50", "B": "6.48", "C": "2.00", "D": "2.00"}
    assert result.stages[1].non_transferable == Decimal("0.02")
    assert result.stages[2].action == "surplus of B"
    assert totals(result.stages[2]) == {"A": "3.50", "B": "3.50", "C": "4.96", "D": "2.00"}
    assert result.stages[2].non_transferable == Decimal("0.04")
    assert result.elected == ("A", "B", "C")
    # Scottish STV takes all of B's papers, so D gains from B's own first preferences there.
    assert count(ballots, "scottish").stages[2].votes["D"] > 2


def test_papers_keep_their_value_when_that_is_less_than_the_surplus():
    # A's surplus of 3 (quota 4.00) over 6 transferable papers: 0.50 each, no remainder lost.
    ballots = blt(2, "ABCD", "4 1 2 0", "2 1 3 0", "1 1 0", "1 2 0", "2 3 0", "2 4 0")
    result = count(ballots, "ers97")
    assert totals(result.stages[1]) == {"A": "4.00", "B": "3.00", "C": "3.00", "D": "2.00"}
    assert result.stages[1].non_transferable == 0
    # Then D goes; B and C are equal on 3.00 with one place, and both reach the total active vote
    # over places + 1 = (12 - 2 - 4) / 2 = 3 (5.4.9(b)). 5.6.2: the one with more votes at the first
    # stage (C 2, B 1) is elected.
    assert result.stages[2].action == "exclusion of D"
    assert result.stages[2].elected == ("C",)
    assert result.elected == ("A", "C")


def test_small_surplus_deferred_then_transferred():
    # Quota 11/3 -> 3.67; A's surplus 1.33 cannot lift B (0 votes) above C (3): deferred (5.2.2(a)),
    # B is excluded first, and only then is the surplus transferred: 1.33 / 5 = 0.26 a paper to C.
    ballots = blt(2, "ABCD", "5 1 3 0", "3 3 0", "3 4 0")
    result = count(ballots, "ers97")
    assert [s.action for s in result.stages] == ["first preferences", "exclusion of B", "surplus of A"]
    assert result.stages[1].note == "surpluses of 1.33 deferred (5.2.2)"
    assert totals(result.stages[2]) == {"A": "3.67", "B": "0.00", "C": "4.30", "D": "3.00"}
    assert result.elected == ("A", "C")


def test_lowest_candidates_excluded_together():
    # After A's surplus: D 1, C 2, E 3, B 3.32. D and C together (3) do not exceed E (3): both go in
    # one stage (5.2.5). Then B reaches the total active vote over places + 1: (14 - 3.01 - 4.67) / 2.
    ballots = blt(2, "ABCDE", "4 1 2 0", "3 1 0", "1 2 0", "2 3 0", "1 4 3 0", "3 5 0")
    result = count(ballots, "ers97")
    assert result.stages[2].action == "exclusion of D, C"
    assert result.stages[2].excluded == ("D", "C")
    assert result.stages[2].non_transferable == Decimal("3.01")
    assert result.elected == ("A", "B")


def test_quota_recalculated_while_nobody_is_elected():
    # Quota 9/2 = 4.50; C's 2 papers become non-transferable before anyone is elected, so the quota
    # becomes 7/2 = 3.50 (5.4.8) and A (4) is elected. Scottish STV keeps its quota of 5.
    ballots = blt(1, "ABC", "4 1 0", "3 2 0", "2 3 0")
    result = count(ballots, "ers97")
    assert [s.quota for s in result.stages] == [Decimal("4.50"), Decimal("3.50")]
    assert result.stages[1].elected == ("A",)
    assert result.quota == Decimal("3.50")
    assert count(ballots, "scottish").quota == 5


def test_equal_at_every_point_none_elected_then_a_lot():
    # A and B both reach the quota of 3.00 with one place and were never unequal: 5.6.2 elects neither;
    # the exclusion between them is then by lot (5.2.5), and the other fills the place (5.5.1).
    ballots = blt(1, "AB", "3 1 0", "3 2 0")
    with pytest.raises(LotNeeded, match=r"^stage 2: A, B are equal at every stage; a lot decides which to exclude"):
        count(ballots, "ers97")
    result = count(ballots, "ers97", chooser=listed_lots(["A"]))
    assert result.stages[0].elected == ()
    assert result.stages[1].excluded == ("A",) and result.stages[1].elected == ("B",)
    assert result.lots[0].chosen == "A"


def test_equal_lowest_settled_from_the_first_stage_forward():
    # Quota 27/3 = 9.00; A's surplus of 5 covers its 2 transferable papers at full value: X 2 -> 4.
    # W (2) is excluded alone (W + Y = 5 exceeds X's 4): one paper to Y (3 -> 4), one non-transferable.
    # X and Y are now equal. 5.2.5 looks from the first stage forward: X had 2 to Y's 3, so X is
    # excluded, though after A's surplus X was ahead (the Scottish rule, looking back, would take Y).
    ballots = blt(2, "AXYWZ", "2 1 2 0", "12 1 0", "2 2 0", "3 3 0", "1 4 3 0", "1 4 0", "6 5 0")
    result = count(ballots, "ers97")
    assert result.quota == 9
    assert totals(result.stages[1]) == {"A": "9.00", "X": "4.00", "Y": "3.00", "W": "2.00", "Z": "6.00"}
    assert result.stages[2].action == "exclusion of W"
    assert totals(result.stages[2])["X"] == totals(result.stages[2])["Y"] == "4.00"
    assert result.stages[3].action == "exclusion of X"
    assert result.lots == ()


def test_the_societys_model_election_first_two_stages():
    # Section 8 of the ERS's "How to conduct an election by the Single Transferable Vote" (3rd ed.,
    # 1997): eleven candidates, six places, 758 papers of which 5 are invalid (3 marked with crosses,
    # 2 with '1' against two candidates), quota 753/7 -> 107.58; Smith has 134, 123 of them
    # transferable; the surplus of 26.42 exceeds the gap between the last two (24 - 23 = 1), so it is
    # transferred, at 26.42/123 = 0.21 a paper, with 0.59 non-transferable. The published facts are
    # kept; the other candidates' first preferences (not quoted here) are made up to fit them.
    others = {"Abbott": 80, "Baker": 78, "Clark": 75, "Dyer": 73, "Evans": 70, "Flint": 68, "Glover": 65,
              "Hale": 63, "Irwin": 24, "Jones": 23}
    names = ["Smith", *others]
    lines = ["123 1 2 0", "11 1 0", "3 - 0", "2 1=2 0"]
    lines += [f"{votes} {names.index(name) + 1} 0" for name, votes in others.items()]
    result = count(blt(6, names, *lines), "ers97", chooser=seeded_lots(0))
    assert (result.papers, result.valid) == (758, 753)
    assert sum(result.rejected.values()) == 5
    assert result.stages[0].quota == Decimal("107.58")
    assert result.stages[0].elected == ("Smith",)
    assert result.stages[1].action == "surplus of Smith"
    assert result.stages[1].votes["Abbott"] == Decimal("80") + Decimal("123") * Decimal("0.21")
    assert result.stages[1].non_transferable == Decimal("0.59")
