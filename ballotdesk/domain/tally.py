"""Combine the accepted box counts into a result, apply the rule and say the outcome in words.

Every comparison that decides a result uses whole numbers only, so a motion at exactly
two-thirds is never lost to a floating-point rounding. Percentages are for display only.

This module adds up the boxes, decides motions and freezes the decision into a :class:`Tally`;
elections are decided in :mod:`ballotdesk.domain.elections`, lots are drawn and applied in
:mod:`ballotdesk.domain.lots`, and the number a rule makes necessary is worked out in
:mod:`ballotdesk.domain.majority`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ballotdesk.domain.ballot import BallotSpec, Base, Kind
from ballotdesk.domain.count import CountFigures, check_figures
from ballotdesk.domain.elections import Decision, decide_election
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.lots import Lot, LotQueue
from ballotdesk.domain.majority import base_phrase, join_names, necessary, rule_article, rule_name
from ballotdesk.domain.words import translate


@dataclass(frozen=True)
class OptionResult:
    """One option's total.

    Attributes:
        name: Option or candidate name.
        votes: Total over all boxes.
        per_box: Votes in each box, keyed by box name in the order the boxes were given.
        percent: Share of the base value, to 1 decimal; None when the base is 0.
    """

    name: str
    votes: int
    per_box: dict[str, int]
    percent: float | None


@dataclass(frozen=True)
class Tally:
    """A combined result.

    Attributes:
        options: Per-option results, in option order.
        abstentions: Abstentions and blank papers.
        rejected: Rejected papers.
        papers: All papers found.
        votes_cast: Valid papers (papers - abstentions - rejected); the sum of votes when
            there is one seat.
        base_value: The figure the rule's fraction is taken of.
        necessary: Votes necessary under the rule on that base; None for plurality.
        winners: Who is elected, highest first. Always empty for a motion (read ``carried``).
        outcome: The outcome in words, for the chair to read aloud.
        carried: Motions: True/False once anything is counted, None when no box has been
            counted. Elections: None.
        tie: Non-empty while an equality decides the outcome and no (or not enough) lots have
            been given: the candidates still to be drawn between.
        needs_next_round: Election under a majority rule where not every seat was filled.
        lot: The first lot applied, if any (the usual single-lot case).
        lots: Every lot applied, in order.
        continuing: When a further round is needed and settled: who stays in.
        eliminated: When a further round is needed and settled: who drops out.
    """

    options: tuple[OptionResult, ...]
    abstentions: int
    rejected: int
    papers: int
    votes_cast: int
    base_value: int
    necessary: int | None
    winners: tuple[str, ...]
    outcome: str
    carried: bool | None
    tie: tuple[str, ...]
    needs_next_round: bool
    lot: Lot | None
    lots: tuple[Lot, ...] = ()
    continuing: tuple[str, ...] = ()
    eliminated: tuple[str, ...] = ()


def next_round_candidates(result: Tally) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Who goes into the next round of an exhaustive ballot, and who drops out.

    Elected candidates are in neither list: their seats are filled. The lowest candidate
    drops out, together with the largest bottom group whose combined votes are fewer than
    the next candidate's, while leaving at least one more candidate than seats still to fill
    (so at least 2 for one seat). When no one can drop out without breaking that, everyone
    not elected continues.

    Returns:
        ``(continuing, eliminated)``, each in option order.

    Raises:
        DomainError: If no further round is needed, or an equality must first be settled by lot.
    """
    if not result.needs_next_round:
        raise DomainError(translate("Tally", "No further round is needed."))
    if result.tie:
        raise DomainError(translate(
            "Tally", "{0} have equal votes; a lot must decide who drops out before the next round.").format(
                join_names(result.tie)))
    return result.continuing, result.eliminated


def tally(
    spec: BallotSpec,
    boxes: Mapping[str, CountFigures],
    *,
    present_eligible: int = 0,
    lot: Lot | Sequence[Lot] | None = None,
    provisional: bool = False,
) -> Tally:
    """Add up the definitive count of every box and apply the ballot's rule.

    Args:
        spec: The ballot.
        boxes: Accepted figures per box name.
        present_eligible: Members present and entitled to vote; needed for base PRESENT.
        lot: The lot (or lots, in the order drawn) settling an equality; see :class:`Lot`.
        provisional: Say the outcome as it would be ("would be elected", "leads"): until the
            chair declares, no screen may read as if the result were decided.

    Raises:
        DomainError: If the ballot or a box's figures are inconsistent, base PRESENT has no
            attendance figure, or a lot does not match the equality it should settle.
    """
    spec.validate()
    lots = LotQueue([lot] if isinstance(lot, Lot) else list(lot or ()))
    if present_eligible < 0:
        raise DomainError(translate("Tally", "The number of members present cannot be negative."))
    for box_name, figures in boxes.items():
        problems = check_figures(figures, spec.options, spec.seats)
        if problems:
            raise DomainError(translate(
                "Tally", "The count for {0} does not add up: {1}").format(box_name, " ".join(problems)))
    if spec.base is Base.PRESENT and boxes and present_eligible == 0:
        raise DomainError(translate(
            "Tally", "The majority is measured against the members present, so the number of members present and "
                     "entitled to vote must be entered."))

    per_box = [{box: figures.votes[i] for box, figures in boxes.items()} for i in range(len(spec.options))]
    totals = [sum(counts.values()) for counts in per_box]
    abstentions = sum(f.abstain for f in boxes.values())
    rejected = sum(f.rejected for f in boxes.values())
    papers = sum(f.papers for f in boxes.values())
    votes_cast = papers - abstentions - rejected
    base_value = {
        Base.CAST: votes_cast,
        Base.CAST_REJECTED: votes_cast + rejected,
        Base.CAST_ABSTAIN: votes_cast + abstentions,
        Base.PAPERS: papers,
        Base.PRESENT: present_eligible,
    }[spec.base]
    need = necessary(spec.rule, base_value)
    results = tuple(
        OptionResult(
            name=name,
            votes=votes,
            per_box=counts,
            percent=None if base_value == 0 else round(100 * votes / base_value, 1),
        )
        for name, votes, counts in zip(spec.options, totals, per_box, strict=True)
    )

    carried: bool | None = None
    if not boxes:
        decision = Decision(sentences=[translate("Tally", "No votes have been counted.")])
    elif spec.kind is Kind.MOTION:
        carried, text = _motion(spec, totals, base_value, need, provisional)
        decision = Decision(sentences=[text])
    else:
        votes = dict(zip(spec.options, totals, strict=True))
        decision = decide_election(spec, votes, base_value, need, lots, provisional)
    lots.check_all_used()

    return Tally(
        options=results,
        abstentions=abstentions,
        rejected=rejected,
        papers=papers,
        votes_cast=votes_cast,
        base_value=base_value,
        necessary=need,
        winners=tuple(decision.winners),
        outcome=" ".join(decision.sentences),
        carried=carried,
        tie=tuple(decision.tie),
        needs_next_round=decision.needs_next_round,
        lot=lots.used[0] if lots.used else None,
        lots=tuple(lots.used),
        continuing=tuple(decision.continuing),
        eliminated=tuple(decision.eliminated),
    )


def _motion(spec: BallotSpec, totals: Sequence[int], base_value: int, need: int | None,
            provisional: bool) -> tuple[bool, str]:
    """Decide a motion; an equality under plurality is lost (the chair has no casting lot)."""
    yes_name, no_name = spec.options
    yes, no = totals
    figures = translate("Tally", "{0} {1}, {2} {3}").format(yes, yes_name, no, no_name)
    if need is None:
        if yes > no:
            return True, (translate("Tally", "The motion would be carried: {0}.") if provisional
                          else translate("Tally", "The motion is carried: {0}.")).format(figures)
        if yes == no:
            return False, (translate("Tally", "The votes are equal; the motion would not be carried.") if provisional
                           else translate("Tally", "The votes are equal; the motion is not carried."))
        return False, (translate("Tally", "The motion would not be carried: {0}.") if provisional
                       else translate("Tally", "The motion is not carried: {0}.")).format(figures)
    if yes >= need:
        return True, (translate(
            "Tally", "The motion would be carried by the required {0} ({1} of {2} {3}; {4} necessary).")
            if provisional else translate(
            "Tally", "The motion is carried by the required {0} ({1} of {2} {3}; {4} necessary).")).format(
                rule_name(spec.rule), yes, base_value, base_phrase(spec.base), need)
    return False, (translate(
        "Tally", "The motion would not be carried: {0}; {1} ({2}) is necessary.") if provisional else translate(
        "Tally", "The motion is not carried: {0}; {1} ({2}) was necessary.")).format(
            figures, rule_article(spec.rule), need)

