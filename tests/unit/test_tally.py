"""Combining box counts and applying the rules, at their exact edges."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ballotdesk.domain.ballot import BallotSpec, Base, Kind, Rule, motion_spec
from ballotdesk.domain.count import CountFigures
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.lots import Lot, draw_lot, physical_lot
from ballotdesk.domain.majority import necessary
from ballotdesk.domain.tally import Tally, next_round_candidates, tally


def election(*options: str, **kwargs: object) -> BallotSpec:
    return BallotSpec("Leader", "", Kind.ELECTION, tuple(options), **kwargs)  # type: ignore[arg-type]


def one_box(*votes: int, abstain: int = 0, rejected: int = 0) -> dict[str, CountFigures]:
    return {"Box": CountFigures(sum(votes) + abstain + rejected, votes, abstain, rejected)}


def motion(for_: int, against: int, rule: Rule, base: Base = Base.CAST, **kw: int) -> Tally:
    return tally(motion_spec("M", rule=rule, base=base), one_box(for_, against, **kw))


# --- necessary ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "base", "expected"),
    [
        (Rule.ABSOLUTE, 17, 9),
        (Rule.ABSOLUTE, 16, 9),
        (Rule.ABSOLUTE, 366, 184),
        (Rule.ABSOLUTE, 370, 186),
        (Rule.ABSOLUTE, 1, 1),
        (Rule.ABSOLUTE, 0, 1),
        (Rule.TWO_THIRDS, 30, 20),
        (Rule.TWO_THIRDS, 29, 20),
        (Rule.TWO_THIRDS, 31, 21),
        (Rule.TWO_THIRDS, 0, 1),
        (Rule.THREE_QUARTERS, 40, 30),
        (Rule.THREE_QUARTERS, 39, 30),
        (Rule.THREE_QUARTERS, 41, 31),
        (Rule.THREE_QUARTERS, 0, 1),
    ],
)
def test_necessary_edges(rule, base, expected):
    assert necessary(rule, base) == expected


def test_necessary_plurality_is_none():
    assert necessary(Rule.PLURALITY, 100) is None


def test_necessary_refuses_negative_base():
    with pytest.raises(DomainError, match=r"The base for the majority cannot be negative \(-1\)"):
        necessary(Rule.ABSOLUTE, -1)


@given(st.integers(1, 10**7))
def test_absolute_is_smallest_integer_strictly_more_than_half(b):
    n = necessary(Rule.ABSOLUTE, b)
    assert n is not None
    assert Fraction(n) > Fraction(b, 2) >= Fraction(n - 1)


@pytest.mark.parametrize(
    ("rule", "fraction"), [(Rule.TWO_THIRDS, Fraction(2, 3)), (Rule.THREE_QUARTERS, Fraction(3, 4))]
)
@given(b=st.integers(1, 10**7))
def test_supermajority_is_smallest_integer_at_least_the_fraction(rule, fraction, b):
    # "At least two-thirds": exactly 2:1 carries, so the number may equal the fraction.
    n = necessary(rule, b)
    assert n is not None
    assert Fraction(n) >= fraction * b > Fraction(n - 1)


# --- motions -----------------------------------------------------------------------------


def test_issue_example_absolute_majority_on_votes_cast():
    boxes = {
        "Main hall": CountFigures(300, (216, 84), abstain=0),
        "Overflow (outside)": CountFigures(70, (50, 16), abstain=4),
    }
    result = tally(motion_spec("Confidence", rule=Rule.ABSOLUTE, base=Base.CAST), boxes)
    assert result.papers == 370
    assert result.abstentions == 4
    assert result.votes_cast == 366
    assert result.base_value == 366
    assert result.necessary == 184
    assert result.carried is True
    assert [o.votes for o in result.options] == [266, 100]
    assert result.options[0].per_box == {"Main hall": 216, "Overflow (outside)": 50}
    assert result.options[0].percent == 72.7
    assert result.outcome == (
        "The motion is carried by the required absolute majority (266 of 366 votes cast; 184 necessary)."
    )
    assert result.winners == ()
    assert result.tie == ()


def test_issue_example_as_election_elects_with_nominated():
    spec = election("Jeremy Corbyn", "Owen Smith", rule=Rule.ABSOLUTE, elected_word="nominated")
    boxes = {
        "Main hall": CountFigures(300, (216, 84)),
        "Overflow (outside)": CountFigures(70, (50, 16), abstain=4),
    }
    result = tally(spec, boxes)
    assert result.necessary == 184
    assert result.winners == ("Jeremy Corbyn",)
    assert result.carried is None
    assert result.outcome == (
        "Jeremy Corbyn has the required absolute majority (266 of 366 votes cast; 184 necessary) and is nominated."
    )


def test_absolute_17_votes_cast_need_9():
    assert motion(9, 8, Rule.ABSOLUTE).carried is True
    assert motion(8, 9, Rule.ABSOLUTE).carried is False


def test_absolute_16_votes_cast_need_9():
    assert motion(9, 7, Rule.ABSOLUTE).carried is True
    result = motion(8, 8, Rule.ABSOLUTE)
    assert result.necessary == 9
    assert result.carried is False
    assert result.outcome == ("The motion is not carried: 8 For, 8 Against; an absolute majority (9) was necessary.")


def test_two_thirds_exactly_two_to_one_carries():
    result = motion(20, 10, Rule.TWO_THIRDS)
    assert result.carried is True
    assert result.outcome == ("The motion is carried by the required two-thirds (20 of 30 votes cast; 20 necessary).")


def test_two_thirds_one_short_fails():
    result = motion(19, 10, Rule.TWO_THIRDS)
    assert result.carried is False
    assert result.outcome == "The motion is not carried: 19 For, 10 Against; two-thirds (20) was necessary."


def test_three_quarters_edges():
    assert motion(30, 10, Rule.THREE_QUARTERS).carried is True
    assert motion(29, 10, Rule.THREE_QUARTERS).carried is False
    assert motion(29, 10, Rule.THREE_QUARTERS).necessary == 30


def test_abstentions_do_not_count_on_base_cast():
    assert motion(20, 10, Rule.TWO_THIRDS, abstain=50).carried is True


def test_abstentions_count_against_on_base_cast_abstain():
    result = motion(20, 10, Rule.TWO_THIRDS, Base.CAST_ABSTAIN, abstain=1)
    assert (result.base_value, result.necessary, result.carried) == (31, 21, False)
    assert "20 of" not in result.outcome


def test_rejected_count_on_base_cast_rejected_but_blanks_do_not():
    result = motion(9, 7, Rule.ABSOLUTE, Base.CAST_REJECTED, abstain=5, rejected=2)
    assert (result.base_value, result.necessary, result.carried) == (18, 10, False)


def test_base_papers():
    result = motion(9, 7, Rule.ABSOLUTE, Base.PAPERS, abstain=1)
    assert (result.base_value, result.necessary, result.carried) == (17, 9, True)


def test_base_present():
    spec = motion_spec("M", rule=Rule.TWO_THIRDS, base=Base.PRESENT)
    result = tally(spec, one_box(20, 5), present_eligible=31)
    assert (result.base_value, result.necessary, result.carried) == (31, 21, False)
    assert result.options[0].percent == 64.5


def test_base_present_needs_attendance():
    with pytest.raises(DomainError, match="members present"):
        tally(motion_spec("M", base=Base.PRESENT), one_box(20, 5))


def test_plurality_motion():
    assert motion(11, 10, Rule.PLURALITY).carried is True
    assert motion(11, 10, Rule.PLURALITY).outcome == "The motion is carried: 11 For, 10 Against."
    assert motion(10, 11, Rule.PLURALITY).carried is False
    assert motion(10, 11, Rule.PLURALITY).necessary is None


def test_plurality_motion_equality_is_lost():
    result = motion(10, 10, Rule.PLURALITY)
    assert result.carried is False
    assert result.tie == ()
    assert result.outcome == "The votes are equal; the motion is not carried."


def test_no_boxes():
    result = tally(motion_spec("M"), {})
    assert result.outcome == "No votes have been counted."
    assert (result.papers, result.votes_cast, result.abstentions, result.rejected) == (0, 0, 0, 0)
    assert result.carried is None
    assert all(o.votes == 0 and o.percent is None and o.per_box == {} for o in result.options)


def test_empty_box_motion_not_carried_and_percent_none():
    result = tally(motion_spec("M", rule=Rule.TWO_THIRDS), {"Box": CountFigures(0, (0, 0))})
    assert result.carried is False
    assert result.options[0].percent is None


def test_inconsistent_box_refused():
    with pytest.raises(DomainError, match="Main hall"):
        tally(motion_spec("M"), {"Main hall": CountFigures(10, (5, 6))})


def test_invalid_spec_refused():
    with pytest.raises(DomainError, match="The ballot needs a title"):
        tally(motion_spec(""), {})


# --- plurality elections -----------------------------------------------------------------


def test_plurality_single_seat_nominated():
    spec = election("Jeremy Corbyn", "Andy Burnham", "Yvette Cooper", elected_word="nominated")
    result = tally(spec, one_box(50, 30, 20))
    assert result.winners == ("Jeremy Corbyn",)
    assert result.outcome == "Jeremy Corbyn has received the most votes and is nominated."
    assert result.necessary is None
    assert result.needs_next_round is False


def test_plurality_multi_seat():
    result = tally(election("X", "Y", "Z", seats=2), one_box(10, 8, 3))
    assert result.winners == ("X", "Y")
    assert result.outcome == "X and Y have received the most votes and are elected."


def test_plurality_tie_for_the_seat():
    result = tally(election("A", "B", "C"), one_box(10, 10, 3))
    assert result.winners == ()
    assert result.tie == ("A", "B")
    assert "equality must be settled by lot" in result.outcome


def test_plurality_tie_at_last_seat_keeps_clear_winner():
    result = tally(election("A", "B", "C", "D", seats=2), one_box(12, 9, 9, 1))
    assert result.winners == ("A",)
    assert result.tie == ("B", "C")
    assert result.outcome.startswith("A has received the most votes and is elected.")


def test_plurality_tie_below_the_seats_does_not_matter():
    result = tally(election("A", "B", "C", "D", seats=2), one_box(12, 9, 5, 5))
    assert result.winners == ("A", "B")
    assert result.tie == ()


def test_plurality_tie_settled_by_lot():
    lot = physical_lot(["B", "A"], "B", "drawn from a hat by the secretary")
    result = tally(election("A", "B", "C"), one_box(10, 10, 3), lot=lot)
    assert result.winners == ("B",)
    assert result.tie == ()
    assert result.lot == lot
    assert result.lots == (lot,)
    assert "favoured B, who is elected" in result.outcome


def test_lot_must_match_the_tied_set():
    with pytest.raises(DomainError, match="draw the lot again"):
        tally(election("A", "B", "C"), one_box(10, 10, 3), lot=physical_lot(["A", "C"], "A", ""))


def test_lot_without_an_equality_refused():
    with pytest.raises(DomainError, match="no equality"):
        tally(election("A", "B", "C"), one_box(10, 9, 3), lot=physical_lot(["A", "B"], "A", ""))


def test_three_way_tie_for_two_seats_needs_two_lots():
    spec = election("A", "B", "C", "D", seats=2)
    boxes = one_box(7, 7, 7, 1)
    first = physical_lot(["A", "B", "C"], "C", "")
    partial = tally(spec, boxes, lot=first)
    assert partial.winners == ("C",)
    assert partial.tie == ("A", "B")
    second = physical_lot(["A", "B"], "A", "")
    done = tally(spec, boxes, lot=[first, second])
    assert done.winners == ("C", "A")
    assert done.tie == ()
    assert done.lot == first
    assert done.lots == (first, second)


def test_zero_vote_candidates_are_never_elected():
    result = tally(election("A", "B", "C", seats=2), one_box(5, 0, 0))
    assert result.winners == ("A",)
    assert result.tie == ()
    assert "1 seat remains unfilled" in result.outcome


def test_no_votes_at_all():
    result = tally(election("A", "B"), one_box(0, 0, abstain=3))
    assert result.winners == ()
    assert result.outcome == "No candidate has received any votes; nobody is elected."


def test_multi_seat_votes_cast_is_valid_papers():
    spec = election("A", "B", "C", seats=2, rule=Rule.ABSOLUTE)
    boxes = {"Box": CountFigures(10, (8, 7, 5), abstain=0)}
    result = tally(spec, boxes)
    assert result.votes_cast == 10
    assert result.necessary == 6
    assert result.winners == ("A", "B")
    assert result.outcome == (
        "A and B have the required absolute majority (necessary: 6 of 10 votes cast) and are elected."
    )


# --- majority elections and the exhaustive ballot ----------------------------------------


def test_absolute_no_majority_needs_next_round():
    spec = election("A", "B", "C", rule=Rule.ABSOLUTE)
    result = tally(spec, one_box(180, 150, 40))
    assert result.necessary == 186
    assert result.winners == ()
    assert result.needs_next_round is True
    assert result.outcome == (
        "No candidate has an absolute majority (necessary: 186 of 370 votes cast). A further round is needed without C."
    )
    assert next_round_candidates(result) == (("A", "B"), ("C",))


def test_absolute_exact_edge_elects():
    spec = election("A", "B", "C", rule=Rule.ABSOLUTE)
    assert tally(spec, one_box(9, 5, 3)).winners == ("A",)  # 17 cast, 9 necessary
    assert tally(spec, one_box(8, 5, 3)).winners == ()  # 16 cast, 9 necessary


def test_bottom_group_rule_takes_largest_group():
    # Ascending 5, 10, 12, 30, 40. 5 < 10; 5+10=15 is not < 12; 5+10+12=27 < 30.
    # The largest group is the bottom three, leaving 2 candidates.
    spec = election("A", "B", "C", "D", "E", rule=Rule.ABSOLUTE)
    result = tally(spec, one_box(40, 30, 12, 10, 5))
    assert next_round_candidates(result) == (("A", "B"), ("C", "D", "E"))
    assert result.outcome.endswith("A further round is needed without C, D and E.")


def test_bottom_group_only_lowest_when_group_cannot_be_separated():
    # Ascending 10, 15, 20, 40, 45: 10 < 15; 25 is not < 20; 45 is not < 40.
    spec = election("A", "B", "C", "D", "E", rule=Rule.ABSOLUTE)
    result = tally(spec, one_box(45, 40, 20, 15, 10))
    assert next_round_candidates(result) == (("A", "B", "C", "D"), ("E",))


def test_bottom_group_of_two_when_combined_below_next():
    # Ascending 5, 20, 30, 40: 5 < 20; 25 < 30 -> both go; leaves 2.
    spec = election("A", "B", "C", "D", rule=Rule.ABSOLUTE)
    result = tally(spec, one_box(40, 30, 20, 5))
    assert next_round_candidates(result) == (("A", "B"), ("C", "D"))


def test_group_rule_separates_equal_lowest():
    # 5 and 5 are equal, but together 10 < 30, so both go without a lot.
    spec = election("A", "B", "C", "D", rule=Rule.ABSOLUTE)
    result = tally(spec, one_box(40, 30, 5, 5))
    assert result.tie == ()
    assert next_round_candidates(result) == (("A", "B"), ("C", "D"))


def test_equal_lowest_need_a_lot():
    # Ascending 20, 20, 30, 40: 20 is not < 20 and 40 is not < 30, so a lot decides.
    spec = election("A", "B", "C", "D", rule=Rule.ABSOLUTE)
    boxes = one_box(40, 30, 20, 20)
    result = tally(spec, boxes)
    assert result.needs_next_round is True
    assert result.tie == ("C", "D")
    assert "a lot must decide who drops out" in result.outcome
    with pytest.raises(DomainError, match="lot"):
        next_round_candidates(result)

    lot = draw_lot(["D", "C"], note="app draw", rng=random.Random(1))
    settled = tally(spec, boxes, lot=lot)
    stays = lot.chosen
    goes = "C" if stays == "D" else "D"
    assert settled.tie == ()
    assert next_round_candidates(settled) == (
        tuple(c for c in ("A", "B", "C", "D") if c != goes),
        (goes,),
    )
    assert f"favoured {stays}, who stays in" in settled.outcome
    assert settled.outcome.endswith(f"without {goes}.")


def test_three_equal_lowest_need_two_lots_to_drop_one():
    spec = election("A", "B", "C", "D", "E", rule=Rule.ABSOLUTE)
    # Ascending 25, 25, 25, 40, 60: 25 is not < 25, 50 is not < 25, 75 is not < 40.
    boxes = one_box(60, 40, 25, 25, 25)
    lots = [physical_lot(["C", "D", "E"], "E", ""), physical_lot(["C", "D"], "C", "")]
    partial = tally(spec, boxes, lot=lots[0])
    assert partial.tie == ("C", "D")
    done = tally(spec, boxes, lot=lots)
    assert next_round_candidates(done) == (("A", "B", "C", "E"), ("D",))


def test_two_candidates_without_majority_go_again_unchanged():
    spec = election("A", "B", rule=Rule.ABSOLUTE, base=Base.CAST_ABSTAIN)
    result = tally(spec, one_box(10, 9, abstain=3))
    assert result.needs_next_round is True
    assert next_round_candidates(result) == (("A", "B"), ())
    assert result.outcome.endswith("A further round is needed with the same candidates.")


def test_partial_multi_seat_majority_election():
    spec = election("A", "B", "C", "D", seats=2, rule=Rule.ABSOLUTE)
    boxes = {"Box": CountFigures(20, (15, 8, 7, 2))}
    result = tally(spec, boxes)
    assert result.necessary == 11
    assert result.winners == ("A",)
    assert result.needs_next_round is True
    # Remaining: B 8, C 7, D 2; one seat left, so at least 2 must continue.
    assert next_round_candidates(result) == (("B", "C"), ("D",))
    assert "No other candidate has an absolute majority" in result.outcome
    assert "for 1 more seat without D" in result.outcome


def test_more_reach_majority_than_seats_with_tie_at_cut():
    spec = election("A", "B", "C", seats=2, rule=Rule.ABSOLUTE)
    boxes = {"Box": CountFigures(12, (9, 7, 7))}
    result = tally(spec, boxes)
    assert result.necessary == 7
    assert result.winners == ("A",)
    assert result.tie == ("B", "C")
    assert result.needs_next_round is False


def test_two_thirds_election_edge():
    spec = election("A", "B", rule=Rule.TWO_THIRDS)
    assert tally(spec, one_box(20, 10)).winners == ("A",)
    short = tally(spec, one_box(19, 10))
    assert short.winners == ()
    assert short.outcome.startswith("No candidate has two-thirds (necessary: 20 of 29 votes cast).")


def test_next_round_refused_when_not_needed():
    result = tally(election("A", "B", rule=Rule.ABSOLUTE), one_box(10, 5))
    with pytest.raises(DomainError, match="No further round"):
        next_round_candidates(result)


# --- lots --------------------------------------------------------------------------------


def test_draw_lot_uses_given_rng():
    lot = draw_lot(["A", "B", "C"], note="n", rng=random.Random(42))
    assert lot.method == "app"
    assert lot.among == ("A", "B", "C")
    assert lot.chosen in lot.among
    assert lot.note == "n"
    assert draw_lot(["A", "B", "C"], rng=random.Random(42)).chosen == lot.chosen


def test_draw_lot_default_rng():
    assert draw_lot(["A", "B"]).chosen in {"A", "B"}


def test_physical_lot_chosen_must_be_among():
    with pytest.raises(DomainError, match="not one of"):
        physical_lot(["A", "B"], "C", "")


@pytest.mark.parametrize(("among", "message"), [(["A"], "A lot needs at least two candidates to choose between"),
                                               (["A", "A"], "A lot must be drawn among different candidates")])
def test_lot_needs_two_different_candidates(among, message):
    with pytest.raises(DomainError, match=message):
        Lot("physical", tuple(among), "A", "")


# --- properties --------------------------------------------------------------------------


@st.composite
def single_seat_boxes(draw: st.DrawFn) -> tuple[BallotSpec, dict[str, CountFigures]]:
    n = draw(st.integers(2, 5))
    options = tuple(f"Candidate {i}" for i in range(n))
    rule = draw(st.sampled_from(Rule))
    spec = election(*options, rule=rule) if draw(st.booleans()) or n != 2 else motion_spec("M", rule=rule)
    if spec.kind is Kind.MOTION:
        n = 2
    boxes: dict[str, CountFigures] = {}
    for b in range(draw(st.integers(1, 4))):
        votes = tuple(draw(st.lists(st.integers(0, 300), min_size=n, max_size=n)))
        abstain = draw(st.integers(0, 30))
        rejected = draw(st.integers(0, 30))
        boxes[f"Box {b}"] = CountFigures(sum(votes) + abstain + rejected, votes, abstain, rejected)
    return spec, boxes


@given(single_seat_boxes())
def test_totals_are_sums_over_boxes(case):
    spec, boxes = case
    result = tally(spec, boxes)
    for i, option in enumerate(result.options):
        assert option.votes == sum(f.votes[i] for f in boxes.values())
        assert option.per_box == {name: f.votes[i] for name, f in boxes.items()}
    assert result.abstentions == sum(f.abstain for f in boxes.values())
    assert result.rejected == sum(f.rejected for f in boxes.values())
    assert result.papers == sum(f.papers for f in boxes.values())
    assert result.votes_cast + result.abstentions + result.rejected == result.papers
    assert result.votes_cast == sum(o.votes for o in result.options)


@given(single_seat_boxes())
def test_percentages_sum_to_about_100_on_base_cast(case):
    spec, boxes = case
    result = tally(spec, boxes)
    if result.base_value == 0:
        assert all(o.percent is None for o in result.options)
    else:
        total = sum(o.percent for o in result.options if o.percent is not None)
        assert abs(total - 100) <= 0.05 * len(result.options) + 1e-9


@given(single_seat_boxes())
def test_motion_and_election_decisions_match_exact_fractions(case):
    spec, boxes = case
    result = tally(spec, boxes)
    top = max(o.votes for o in result.options)
    fraction = {
        Rule.ABSOLUTE: Fraction(1, 2),
        Rule.TWO_THIRDS: Fraction(2, 3),
        Rule.THREE_QUARTERS: Fraction(3, 4),
    }.get(spec.rule)
    meets = (
        None
        if fraction is None
        else top > 0
        and (top > fraction * result.base_value if spec.rule is Rule.ABSOLUTE else top >= fraction * result.base_value)
    )
    if spec.kind is Kind.MOTION:
        yes, no = (o.votes for o in result.options)
        assert result.carried is ((yes > no) if fraction is None else (yes >= (result.necessary or 0)))
    elif fraction is not None:
        assert bool(result.winners) is bool(meets) or bool(result.tie)
        # No valid vote at all (every paper blank or rejected) is said as such: no round among candidates on 0.
        assert result.needs_next_round is (not meets and top > 0)


@given(single_seat_boxes())
def test_single_seat_never_more_than_one_winner(case):
    spec, boxes = case
    result = tally(spec, boxes)
    assert len(result.winners) <= 1
    if result.needs_next_round and not result.tie:
        continuing, eliminated = next_round_candidates(result)
        assert len(continuing) >= 2 or len(spec.options) < 2
        assert set(continuing) | set(eliminated) == set(spec.options)
        if eliminated:
            votes = {o.name: o.votes for o in result.options}
            assert max(votes[c] for c in eliminated) <= min(votes[c] for c in continuing)


def test_until_declared_the_outcome_speaks_provisionally() -> None:
    spec = BallotSpec("Chair", "", Kind.ELECTION, ("Ann", "Bob"))
    boxes = {"Main hall": CountFigures(3, (2, 1))}
    assert tally(spec, boxes, provisional=True).outcome == "Ann leads with the most votes and would be elected."
    assert tally(spec, boxes).outcome == "Ann has received the most votes and is elected."
    motion = {"Main hall": CountFigures(3, (2, 1))}
    assert tally(motion_spec("M"), motion, provisional=True).outcome.startswith(
        "The motion would be carried by the required absolute majority")
    assert tally(motion_spec("M"), motion).outcome.startswith("The motion is carried by the required absolute majority")
