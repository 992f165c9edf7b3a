"""Ballot set-up rules and the ballot's life cycle."""

from __future__ import annotations

import itertools

import pytest

from ballotdesk.domain.ballot import (
    BASE_LABELS,
    RULE_LABELS,
    STATUS_LABELS,
    BallotSpec,
    Base,
    Kind,
    Rule,
    Status,
    check_transition,
    editable,
    motion_spec,
)
from ballotdesk.domain.errors import DomainError


def election(*options: str, **kwargs: object) -> BallotSpec:
    return BallotSpec("Leader", "Who should lead?", Kind.ELECTION, tuple(options), **kwargs)  # type: ignore[arg-type]


def test_labels_cover_every_value():
    assert set(RULE_LABELS) == set(Rule)
    assert set(BASE_LABELS) == set(Base)
    assert set(STATUS_LABELS) == set(Status)
    assert BASE_LABELS[Base.CAST] == ("votes cast for options (abstentions, blank and rejected papers not counted)")


def test_enum_values_are_stable_strings():
    assert Base.CAST_REJECTED == "cast+rejected"
    assert Rule.TWO_THIRDS == "two-thirds"
    assert Status("counted") is Status.COUNTED


def test_motion_spec_defaults():
    spec = motion_spec("Budget", "That the budget be approved")
    assert spec.kind is Kind.MOTION
    assert spec.options == ("For", "Against")
    assert spec.seats == 1
    assert spec.rule is Rule.ABSOLUTE
    assert spec.base is Base.CAST
    assert spec.abstain is True
    spec.validate()


def test_motion_spec_passes_options_through():
    spec = motion_spec("Rules", abstain=False, rule=Rule.TWO_THIRDS, base=Base.PAPERS)
    assert (spec.abstain, spec.rule, spec.base) == (False, Rule.TWO_THIRDS, Base.PAPERS)


@pytest.mark.parametrize("title", ["", "   "])
def test_empty_title_refused(title):
    with pytest.raises(DomainError, match="title"):
        motion_spec(title).validate()


def test_motion_needs_two_options():
    spec = BallotSpec("M", "", Kind.MOTION, ("For",))
    with pytest.raises(DomainError, match="exactly two"):
        spec.validate()
    with pytest.raises(DomainError, match="exactly two"):
        BallotSpec("M", "", Kind.MOTION, ("For", "Against", "Maybe")).validate()


def test_motion_must_have_one_seat():
    spec = BallotSpec("M", "", Kind.MOTION, ("For", "Against"), seats=2)
    with pytest.raises(DomainError, match="1 seat"):
        spec.validate()


def test_election_needs_a_candidate():
    with pytest.raises(DomainError, match="at least one candidate"):
        election().validate()


def test_single_candidate_election_allowed_under_majority_rule():
    election("Alice", rule=Rule.ABSOLUTE).validate()


def test_uncontested_plurality_refused():
    with pytest.raises(DomainError, match="without a contest"):
        election("Alice").validate()
    with pytest.raises(DomainError, match="without a contest"):
        election("Alice", "Bob", seats=2).validate()


@pytest.mark.parametrize(
    "options",
    [("Alice", "alice"), ("Alice", " Alice "), ("Bob", "ALICE", "alice")],
)
def test_duplicate_options_refused(options):
    with pytest.raises(DomainError, match="more than once"):
        election(*options).validate()


def test_blank_option_refused():
    with pytest.raises(DomainError, match="empty"):
        election("Alice", "  ").validate()


def test_seats_at_least_one():
    with pytest.raises(DomainError, match="at least 1 seat"):
        election("A", "B", seats=0).validate()


def test_more_seats_than_candidates_refused():
    with pytest.raises(DomainError, match="3 seats but only 2 candidates"):
        election("A", "B", seats=3, rule=Rule.ABSOLUTE).validate()


def test_seats_equal_candidates_allowed_for_majority_rule():
    election("A", "B", seats=2, rule=Rule.ABSOLUTE).validate()


def test_multi_seat_plurality_with_more_candidates_is_fine():
    election("A", "B", "C", seats=2).validate()


def test_empty_elected_word_refused():
    with pytest.raises(DomainError, match="elected"):
        election("A", "B", elected_word=" ").validate()


ALLOWED = {
    (Status.DRAFT, Status.OPEN),
    (Status.OPEN, Status.CLOSED),
    (Status.CLOSED, Status.COUNTING),
    (Status.COUNTING, Status.COUNTED),
    (Status.COUNTED, Status.DECLARED),
    (Status.COUNTED, Status.COUNTING),
}


@pytest.mark.parametrize("move", sorted(ALLOWED))
def test_allowed_transitions(move):
    check_transition(*move)


@pytest.mark.parametrize("move", [m for m in itertools.product(Status, Status) if m not in ALLOWED])
def test_every_other_transition_refused_in_words(move):
    with pytest.raises(DomainError, match=r"^[A-Z][^\n]*\.$") as info:
        check_transition(*move)
    message = str(info.value)
    assert message.endswith(".")
    assert message[0].isupper()


def test_open_to_counting_message():
    with pytest.raises(DomainError, match="The ballot is open; it must be closed before counting starts") as info:
        check_transition(Status.OPEN, Status.COUNTING)
    assert str(info.value) == "The ballot is open; it must be closed before counting starts."


def test_declared_is_final():
    with pytest.raises(DomainError, match="declared"):
        check_transition(Status.DECLARED, Status.COUNTING)


def test_same_status_refused():
    with pytest.raises(DomainError, match="already open"):
        check_transition(Status.OPEN, Status.OPEN)


def test_cannot_go_back_to_draft():
    with pytest.raises(DomainError, match="draft"):
        check_transition(Status.OPEN, Status.DRAFT)


def test_cannot_reopen_voting():
    with pytest.raises(DomainError, match="reopened"):
        check_transition(Status.CLOSED, Status.OPEN)


def test_editable_only_in_draft():
    assert editable(Status.DRAFT)
    assert not any(editable(s) for s in Status if s is not Status.DRAFT)


def test_the_default_rule_per_kind_is_written_once() -> None:
    from ballotdesk.domain.ballot import default_rule

    assert default_rule(Kind.MOTION) is Rule.ABSOLUTE
    assert default_rule(Kind.ELECTION) is Rule.PLURALITY
    assert motion_spec("M").rule is default_rule(Kind.MOTION)
