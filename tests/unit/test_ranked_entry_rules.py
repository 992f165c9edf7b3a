"""A paper as a teller types it, kept as marked; two keyings compared; the batch checks (no Qt, no meeting)."""

from __future__ import annotations

import pytest

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.preferential import read_blt, write_blt
from ballotdesk.domain.preferential.blt import BallotFile
from ballotdesk.domain.preferential.entry import (
    Difference,
    batch_checks,
    compare,
    first_choice,
    marks_of,
    paper_of,
    parse_marks,
    parse_piles,
)
from ballotdesk.domain.preferential.papers import EQUAL_FIRST, NO_FIRST, ranking

NAMES = ("Ann", "Bob", "Cai", "Dai")


@pytest.mark.parametrize(("typed", "stored"), [
    ("2 1 - 3", "2 1 - 3"), ("2,1,-,3", "2 1 - 3"), ("21-3", "2 1 - 3"), ("  2  1 . 0 ", "2 1 - -"),
    ("1 1 2 -", "1 1 2 -"), ("07 1 - -", "7 1 - -"),
])
def test_a_paper_is_stored_as_marked(typed, stored):
    assert parse_marks(typed, 4) == stored


@pytest.mark.parametrize(("typed", "message"), [
    ("", "Type the number beside each candidate"),
    ("1 2 3", "3 marks for 4 candidates"),
    ("1 2 3 4 5", "5 marks for 4 candidates"),
    ("1 two - -", "'two' is not a number"),
    ("1 -2 - -", "'-2' is not a number"),
    ("1 2 ³ -", "'³' is not a number"),
    ("1 1000 - -", "1000 is not a preference that a paper can carry"),
])
def test_what_cannot_be_a_paper_is_refused_in_words(typed, message):
    with pytest.raises(DomainError, match=message):
        parse_marks(typed, 4)


def test_the_rules_not_the_keyboard_decide_what_a_paper_is_worth():
    assert ranking(paper_of("2 1 - 3")) == (2, 1, 4)
    assert ranking(paper_of("- 2 3 -")) == NO_FIRST
    assert ranking(paper_of("1 1 2 -")) == EQUAL_FIRST
    assert ranking(paper_of("1 3 - -")) == (1,)  # the 2 is skipped: the paper stops after its first preference
    assert first_choice("- 1 2 3") == 1 and first_choice("1 1 - -") is None and first_choice("2 - - -") is None


def test_marks_come_back_from_a_blt_paper_unchanged():
    text = '4 1\n1 2 1 4 0\n1 1=3 2 0\n1 - 2 0\n0\n"Ann"\n"Bob"\n"Cai"\n"Dai"\n"T"\n'
    papers = read_blt(text).papers
    marks = [marks_of(p, 4) for p in papers]
    assert marks == ["2 1 - 3", "1 2 1 -", "- 2 - -"]
    again = BallotFile(NAMES, 1, tuple(paper_of(m) for m in marks))
    assert [p.marks for p in read_blt(write_blt(again)).papers] == [p.marks for p in papers]


def test_keyings_are_compared_paper_by_paper():
    a = ["1 2 - -", "2 1 - -", "1 - - 2"]
    assert compare(a, a) == []
    assert compare(a, ["1 2 - -", "1 2 - -", "1 - - 2"]) == [Difference(2, "2 1 - -", "1 2 - -")]
    assert compare(a, a[:2]) == [Difference(3, "1 - - 2", None)]


def test_batch_checks_name_what_disagrees_with_the_hand_count():
    papers = ["1 2 - -", "2 1 - -", "1 - - 2", "- - - 1"]
    assert batch_checks(papers, NAMES, 4, [2, 1, 0, 1]) == []
    assert batch_checks(papers, NAMES, None, None) == []
    assert batch_checks(papers, NAMES, 5, [2, 2, 0, 0]) == [
        "4 papers keyed but 5 counted by hand", "1 first preferences for Bob keyed but 2 in the pile",
        "1 first preferences for Dai keyed but 0 in the pile"]


def test_piles_are_given_by_name():
    assert parse_piles(["ann=3", "Dai=1"], NAMES) == [3, 0, 0, 1]
    with pytest.raises(DomainError, match="'Eve' is not a candidate: Ann, Bob, Cai, Dai"):
        parse_piles(["Eve=1"], NAMES)
    with pytest.raises(DomainError, match="'Ann' is given more than once"):
        parse_piles(["Ann=1", "ann=2"], NAMES)
    with pytest.raises(DomainError, match="the pile of Bob: 'x' is not a whole number of papers"):
        parse_piles(["Bob=x"], NAMES)
