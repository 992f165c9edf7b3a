"""Papers stored as marked; the count decides what is valid, and reports rejected papers by reason."""

import pytest

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.preferential import count, read_blt
from ballotdesk.domain.preferential.blt import Paper
from ballotdesk.domain.preferential.papers import EQUAL_FIRST, NO_FIRST, ONLY_WITHDRAWN, ranking


def test_ranking_follows_the_marks_until_they_become_uncertain():
    assert ranking(Paper(1, ((2,), (1,), (3,)))) == (2, 1, 3)
    assert ranking(Paper(1, ((2,), (), (3,)))) == (2,)  # a skipped number: later preferences uncertain
    assert ranking(Paper(1, ((2,), (1, 3), (4,)))) == (2,)  # an equal second preference
    assert ranking(Paper(1, ((2,), (2,), (3,)))) == (2, 3)  # the same candidate again adds nothing
    assert ranking(Paper(1, ((4,), (2,))), frozenset({4})) == (2,)  # a withdrawn candidate is passed over
    assert ranking(Paper(1, ())) == NO_FIRST
    assert ranking(Paper(1, ((), (1,)))) == NO_FIRST
    assert ranking(Paper(1, ((1, 2), (3,)))) == EQUAL_FIRST
    assert ranking(Paper(1, ((4,),)), frozenset({4})) == ONLY_WITHDRAWN


def test_the_result_counts_rejected_papers_by_reason():
    ballots = read_blt(
        "4 1\n-4\n"
        "2 - 1 0\n"       # no first preference (x2)
        "1 1=2 3 0\n"     # first preference for two candidates
        "1 4 0\n"         # only the withdrawn candidate
        "1 0\n"           # blank
        "3 1 - 2 0\n"     # valid, for A only
        "1 2 2 3 0\n"     # valid: B then C
        "1 4 2 0\n"       # valid: B (D withdrawn)
        '0\n"A"\n"B"\n"C"\n"D"\n"t"\n')
    result = count(ballots, "irv")
    assert (result.papers, result.valid) == (10, 5)
    assert result.rejected == {NO_FIRST: 3, EQUAL_FIRST: 1, ONLY_WITHDRAWN: 1}
    assert result.withdrawn == ("D",)
    assert "D" not in result.stages[0].votes
    assert {k: int(v) for k, v in result.stages[0].votes.items()} == {"A": 3, "B": 2, "C": 0}
    assert result.elected == ("A",)
    assert result.as_json()["rejected"] == {"no first preference": 3, "first preference for more than one candidate": 1,
                                            "preferences only for withdrawn candidates": 1}


def test_a_paper_that_stops_at_a_gap_is_non_transferable_there():
    # A's three papers say nothing after A ("1 - 2"): when A is excluded they go nowhere.
    ballots = read_blt('3 1\n3 1 - 2 0\n4 2 0\n5 3 0\n0\n"A"\n"B"\n"C"\n"t"\n')
    result = count(ballots, "scottish")
    assert result.stages[1].action == "exclusion of A"
    assert result.stages[1].non_transferable == 3
    assert result.stages[1].votes["B"] == 4


def test_paper_from_the_numbers_beside_the_candidates():
    assert Paper.from_numbers([2, 1, None, 3]) == Paper(1, ((2,), (1,), (4,)))
    assert Paper.from_numbers([1, 1, 2], weight=3) == Paper(3, ((1, 2), (3,)))  # a repeated number
    assert Paper.from_numbers([1, None, 3]) == Paper(1, ((1,), (), (3,)))  # a skipped number
    assert Paper.from_numbers([None, None]) == Paper(1, ())  # blank
    assert Paper.from_numbers([2, 1, None, 3]).numbers(4) == [2, 1, None, 3]
    assert Paper.from_numbers([1, 1, 2]).numbers(3) == [1, 1, 2]
    assert Paper(1, ((2,), (2,), (1,))).numbers(2) == [3, 1]


def test_a_preference_below_one_is_refused():
    with pytest.raises(DomainError, match="a preference is a number of 1 or more"):
        Paper.from_numbers([0, 1])
