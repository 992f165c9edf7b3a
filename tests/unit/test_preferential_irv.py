"""The alternative vote (IRV): a majority of the continuing votes, ties by earlier rounds, then by lot."""

import pytest

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.preferential import LotNeeded, count, listed_lots, read_blt, seeded_lots


def blt(seats, names, *lines):
    return read_blt(f"{len(names)} {seats}\n" + "".join(f"{line}\n" for line in lines) + "0\n"
                    + "".join(f'"{n}"\n' for n in names) + '"test"\n')


def test_majority_of_the_continuing_votes_not_of_all_papers():
    # C's two papers name no one else: after C goes, A's 4 are more than half of the 7 still counting
    # (though not of the 9 papers).
    result = count(blt(1, "ABC", "4 1 0", "3 2 0", "2 3 0"), "irv")
    assert [s.action for s in result.stages] == ["first preferences", "exclusion of C"]
    assert result.stages[1].elected == ("A",)
    assert result.stages[1].non_transferable == 2
    assert result.quota == 4  # more than half of 7
    assert result.places == 0 and result.as_json()["quota"] == "4"


def test_first_round_majority_ends_the_count():
    result = count(blt(1, "ABC", "5 1 2 0", "3 2 0", "1 3 0"), "irv")
    assert len(result.stages) == 1 and result.elected == ("A",)


def test_equal_lowest_settled_by_the_earlier_round():
    # Round 2: A 4, B 4 of 8, no majority; equal lowest. In round 1 B had fewer (3 to 4): B is excluded.
    result = count(blt(1, "ABC", "4 1 0", "3 2 0", "1 3 2 0", "1 3 0"), "irv")
    assert {k: int(v) for k, v in result.stages[1].votes.items()} == {"A": 4, "B": 4, "C": 0}
    assert result.stages[1].elected == ()
    assert result.stages[2].action == "exclusion of B" and result.stages[2].elected == ("A",)
    assert result.lots == ()


def test_equal_at_every_round_a_lot():
    ballots = blt(1, "ABC", "2 1 0", "2 2 0", "1 3 0")
    with pytest.raises(LotNeeded, match=r"stage 3: A, B are equal at every stage"):
        count(ballots, "irv")
    result = count(ballots, "irv", chooser=listed_lots(["A"]))
    assert result.stages[2].excluded == ("A",) and result.elected == ("B",)
    assert count(ballots, "irv", chooser=seeded_lots("x")).lots == count(ballots, "irv", chooser=seeded_lots("x")).lots


def test_irv_fills_one_seat():
    with pytest.raises(DomainError, match=r"the alternative vote \(irv\) fills one seat, not 2"):
        count(blt(2, "ABC", "1 1 0"), "irv")
    assert count(blt(2, "ABC", "2 1 0", "1 2 0"), "irv", seats=1).elected == ("A",)
