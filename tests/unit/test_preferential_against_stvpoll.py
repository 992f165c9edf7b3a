"""Our counts against an independent implementation, stvpoll (PyPI), on random small elections.

Which of ours maps to which of theirs:

- ``irv`` <-> ``stvpoll.irv.calculate_irv``. Theirs needs a majority of *all* papers and keeps
  excluding until someone has it (no winner if papers run out); ours needs a majority of the
  continuing votes. A candidate with a majority of the continuing votes is never the lowest
  afterwards, so whenever theirs finds a winner the winners must be the same.
- ``scottish`` <-> ``stvpoll.scottish_stv.calculate_scottish_stv``. Theirs rounds transfer values to
  five places where SSI 2007/42 truncates, transfers every surplus of a round in one go (ours: the
  largest first, one per stage, rule 49), and breaks ties its own way. So the winners are compared
  only on elections where no decision was close: no lot and no tie-break on either side, and at
  every stage every continuing candidate at least 0.01 of a vote from the quota and from each other.
  One real difference is left out too: when two candidates pass the quota together, stvpoll 0.5.6
  transfers the second one's papers as if they were the first one's (its next preference is looked up
  among the candidates being transferred *and* the continuing ones, so a paper "Ann, Dee" held by Ann
  counts as Dee's when Dee's surplus goes first). Found by this test; we follow rule 48 (each
  candidate's own papers), so elections with a round electing two at once are not compared.

ERS97 and Meek have no counterpart in stvpoll (its CPO STV is a different method).
"""

from decimal import Decimal
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ballotdesk.domain.preferential import BallotFile, Paper, count, refuse_lots
from ballotdesk.domain.preferential.result import LotNeeded

stvpoll_irv = pytest.importorskip("stvpoll.irv", reason="stvpoll is a test dependency ('.[test]')")
stvpoll_scottish = pytest.importorskip("stvpoll.scottish_stv", reason="stvpoll is a test dependency ('.[test]')")
SelectionMethod = pytest.importorskip("stvpoll.types").SelectionMethod

NAMES = ("Ann", "Bob", "Cai", "Dee", "Eve", "Fin")
MARGIN = Decimal("0.01")


@st.composite
def elections(draw, max_seats):
    n = draw(st.integers(3, 6))
    seats = draw(st.integers(1, min(max_seats, n - 1)))
    rankings = st.permutations(range(1, n + 1)).flatmap(lambda p: st.integers(1, n).map(lambda k: tuple(p[:k])))
    lines = draw(st.lists(st.tuples(st.integers(1, 40), rankings), min_size=3, max_size=14))
    papers = tuple(Paper(weight, tuple((c,) for c in order)) for weight, order in lines)
    return BallotFile(NAMES[:n], seats, papers)


def theirs(ballots):
    return [([ballots.candidates[c - 1] for group in p.marks for c in group], p.weight) for p in ballots.papers]


def clear(result):
    """No decision of the count came within MARGIN: rounding and order of transfers cannot matter."""
    decided: set[str] = set()
    for stage in result.stages:
        live = sorted(v for name, v in stage.votes.items() if name not in decided)
        decided |= set(stage.elected) | set(stage.excluded)
        if any(b - a < MARGIN for a, b in pairwise(live)):
            return False
        if result.rules != "irv" and any(abs(v - result.quota) < MARGIN for v in live):
            return False
    return True


def used_tiebreak(outcome):
    return any(r.selection_method not in (SelectionMethod.Direct, SelectionMethod.NoCompetition)
               for r in outcome.rounds)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(elections(max_seats=1))
def test_irv_winner_agrees(ballots):
    try:
        ours = count(ballots, "irv", chooser=refuse_lots)
    except LotNeeded:
        assume(False)
    outcome = stvpoll_irv.calculate_irv(ballots.candidates, theirs(ballots), allow_random=False)
    assume(not used_tiebreak(outcome) and len(outcome) == 1)
    assert list(ours.elected) == list(outcome)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(elections(max_seats=3))
def test_scottish_winners_agree(ballots):
    try:
        ours = count(ballots, "scottish", chooser=refuse_lots)
    except LotNeeded:
        assume(False)
    assume(clear(ours))
    outcome = stvpoll_scottish.calculate_scottish_stv(ballots.candidates, theirs(ballots), ballots.seats,
                                                      allow_random=False)
    assume(not used_tiebreak(outcome))
    assume(all(len(r.selected) == 1 for r in outcome.rounds if r.selection_method == SelectionMethod.Direct))
    assert outcome.quota == ours.quota
    assert sorted(ours.elected) == sorted(outcome)
