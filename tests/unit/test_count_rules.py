"""One box's figures: consistency checks, form parsing, four-eyes comparison, paper account."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ballotdesk.domain.count import (
    CountFigures,
    account,
    check_figures,
    differing_fields,
    parse_count_field,
)
from ballotdesk.domain.errors import DomainError

CANDIDATES = ("Jeremy Corbyn", "Diane Abbott")
MOTION = ("For", "Against")


def test_consistent_single_choice_figures():
    assert check_figures(CountFigures(370, (266, 100), abstain=4), MOTION, 1) == []


def test_one_too_many():
    problems = check_figures(CountFigures(370, (267, 100), abstain=4), MOTION, 1)
    assert problems == ["The figures add up to 371 but 370 papers were found: 1 too many."]


def test_too_few():
    problems = check_figures(CountFigures(370, (260, 100), abstain=4, rejected=1), MOTION, 1)
    assert problems == ["The figures add up to 365 but 370 papers were found: 5 too few."]


def test_option_with_more_votes_than_papers():
    problems = check_figures(CountFigures(370, (400, 0)), CANDIDATES, 2)
    assert "Jeremy Corbyn has 400 votes but only 370 papers were found." in problems


def test_option_with_more_votes_than_valid_papers_names_the_valid_count():
    problems = check_figures(CountFigures(10, (9, 0), abstain=2), CANDIDATES, 2)
    assert problems == [
        "Jeremy Corbyn has 9 votes but only 8 papers were valid (10 found, 2 abstentions or blank, 0 rejected)."
    ]


def test_multi_seat_marks_limit():
    assert check_figures(CountFigures(10, (10, 10, 0)), ("A", "B", "C"), 2) == []
    problems = check_figures(CountFigures(10, (10, 10, 1)), ("A", "B", "C"), 2)
    assert problems == ["The figures show 21 marks but 10 valid papers can carry at most 20 (2 per paper)."]


def test_multi_seat_papers_with_fewer_marks_are_fine():
    assert check_figures(CountFigures(10, (3, 2, 0), abstain=1), ("A", "B", "C"), 2) == []


def test_abstain_and_rejected_cannot_exceed_papers():
    problems = check_figures(CountFigures(5, (0, 0), abstain=4, rejected=2), CANDIDATES, 2)
    assert problems == ["Abstentions, blank and rejected papers add up to 6 but only 5 papers were found."]


def test_negative_figures_refused():
    problems = check_figures(CountFigures(-1, (2, -3), abstain=0, rejected=-2), MOTION, 1)
    assert problems == [
        "Papers found cannot be negative (-1).",
        "Votes for Against cannot be negative (-3).",
        "Rejected papers cannot be negative (-2).",
    ]


def test_wrong_number_of_option_figures():
    problems = check_figures(CountFigures(3, (1, 1, 1)), MOTION, 1)
    assert problems == ["The count has figures for 3 options but the ballot has 2 options."]


def test_singular_paper_wording():
    problems = check_figures(CountFigures(1, (1, 1)), MOTION, 1)
    assert problems[0] == "The figures add up to 2 but 1 paper was found: 1 too many."


def test_zero_seats_is_a_programming_error():
    with pytest.raises(DomainError, match="A ballot must have at least 1 seat"):
        check_figures(CountFigures(0, (0, 0)), MOTION, 0)


@pytest.mark.parametrize(("text", "value"), [("0", 0), ("12", 12), (" 7 ", 7), ("007", 7), ("1000000", 1_000_000)])
def test_parse_count_field_accepts_whole_numbers(text, value):
    assert parse_count_field(text, "Papers found") == value


@pytest.mark.parametrize("text", ["-3", "2.5", "12abc", "1,000", "+4", "½", "²", "1e3", "12 3"])
def test_parse_count_field_refuses_non_whole_numbers(text):
    with pytest.raises(DomainError, match=f"^Votes for Against must be a whole number of 0 or more; {re.escape(repr(text.strip()))} is not\\.$") as info:
        parse_count_field(text, "Votes for Against")
    assert str(info.value) == (f"Votes for Against must be a whole number of 0 or more; '{text.strip()}' is not.")


def test_parse_count_field_example_message():
    with pytest.raises(DomainError, match=r"^Votes for Against must be a whole number of 0 or more; '2\.5' is not\.$") as info:
        parse_count_field("2.5", "Votes for Against")
    assert str(info.value) == "Votes for Against must be a whole number of 0 or more; '2.5' is not."


@pytest.mark.parametrize("text", ["", "   "])
def test_parse_count_field_refuses_empty(text):
    with pytest.raises(DomainError, match="Papers found is empty"):
        parse_count_field(text, "Papers found")


def test_parse_count_field_refuses_too_large():
    with pytest.raises(DomainError, match="at most 1,000,000"):
        parse_count_field("1000001", "Papers found")


def test_differing_fields_labels():
    a = CountFigures(370, (266, 100), abstain=4, rejected=0)
    b = CountFigures(371, (266, 101), abstain=3, rejected=1)
    assert differing_fields(a, b, MOTION) == [
        "papers found",
        "Against",
        "abstentions and blank papers",
        "rejected papers",
    ]
    assert differing_fields(a, a, MOTION) == []


def test_differing_fields_names_candidates():
    a = CountFigures(10, (6, 4))
    b = CountFigures(10, (5, 5))
    assert differing_fields(a, b, CANDIDATES) == ["Jeremy Corbyn", "Diane Abbott"]


def test_account_balanced():
    result = account(120, 120, 0)
    assert (result.variance, result.state) == (0, "balanced")
    assert result.message == "Balanced: 120 issued, 120 found."


def test_account_short():
    result = account(120, 118, 0)
    assert (result.variance, result.state) == (2, "short")
    assert result.message == "2 papers not returned (120 issued, 118 found); the chair must explain."


def test_account_one_short():
    assert account(120, 119, 0).message.startswith("1 paper not returned")


def test_account_over():
    result = account(120, 123, 0)
    assert (result.variance, result.state) == (-3, "over")
    assert result.message == (
        "3 more papers found than issued (120 issued, 123 found); recount the box before the count can be accepted."
    )


def test_account_mentions_spoilt():
    result = account(120, 120, 2)
    assert result.spoilt == 2
    assert result.state == "balanced"
    assert result.message == "Balanced: 120 issued, 120 found. 2 spoilt papers were cancelled and not counted."


def test_account_refuses_negative():
    with pytest.raises(DomainError, match="negative"):
        account(-1, 0, 0)


# --- properties -------------------------------------------------------------------------


@st.composite
def single_choice(draw: st.DrawFn) -> tuple[CountFigures, tuple[str, ...]]:
    n = draw(st.integers(1, 6))
    votes = tuple(draw(st.lists(st.integers(0, 500), min_size=n, max_size=n)))
    abstain = draw(st.integers(0, 50))
    rejected = draw(st.integers(0, 50))
    figures = CountFigures(sum(votes) + abstain + rejected, votes, abstain, rejected)
    return figures, tuple(f"Option {i}" for i in range(n))


@st.composite
def multi_choice(draw: st.DrawFn) -> tuple[CountFigures, tuple[str, ...], int]:
    n = draw(st.integers(2, 6))
    seats = draw(st.integers(2, n))
    papers = draw(st.lists(st.sets(st.integers(0, n - 1), min_size=1, max_size=seats), max_size=40))
    votes = tuple(sum(i in paper for paper in papers) for i in range(n))
    abstain = draw(st.integers(0, 10))
    rejected = draw(st.integers(0, 10))
    figures = CountFigures(len(papers) + abstain + rejected, votes, abstain, rejected)
    return figures, tuple(f"Option {i}" for i in range(n)), seats


@given(single_choice())
def test_consistent_single_choice_figures_pass(case):
    figures, options = case
    assert check_figures(figures, options, 1) == []


@given(single_choice(), st.integers(-20, 20).filter(bool))
def test_perturbed_single_choice_papers_fail(case, delta):
    figures, options = case
    perturbed = CountFigures(max(0, figures.papers + delta), figures.votes, figures.abstain, figures.rejected)
    if perturbed.papers != figures.papers:
        assert check_figures(perturbed, options, 1) != []


@given(single_choice(), st.data())
def test_perturbed_single_choice_vote_fails(case, data):
    figures, options = case
    index = data.draw(st.integers(0, len(options) - 1))
    votes = list(figures.votes)
    votes[index] += data.draw(st.integers(1, 20))
    assert (
        check_figures(CountFigures(figures.papers, tuple(votes), figures.abstain, figures.rejected), options, 1) != []
    )


@given(multi_choice())
def test_consistent_multi_choice_figures_pass(case):
    figures, options, seats = case
    assert check_figures(figures, options, seats) == []


@given(multi_choice(), st.data())
def test_multi_choice_vote_above_valid_papers_fails(case, data):
    figures, options, seats = case
    index = data.draw(st.integers(0, len(options) - 1))
    votes = list(figures.votes)
    votes[index] = figures.valid + data.draw(st.integers(1, 5))
    perturbed = CountFigures(figures.papers, tuple(votes), figures.abstain, figures.rejected)
    assert check_figures(perturbed, options, seats) != []


@given(st.integers(0, 1_000_000))
def test_parse_round_trips(value):
    assert parse_count_field(str(value), "Papers found") == value


@given(st.integers(0, 1000), st.integers(0, 1000), st.integers(0, 50))
def test_account_variance(issued, found, spoilt):
    result = account(issued, found, spoilt)
    assert result.variance == issued - found
    assert result.state == ("balanced" if issued == found else "short" if issued > found else "over")
