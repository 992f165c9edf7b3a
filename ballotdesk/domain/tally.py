"""Combine the accepted box counts into a result, apply the rule and say the outcome in words.

Every comparison that decides a result uses whole numbers only, so a motion at exactly
two-thirds is never lost to a floating-point rounding. Percentages are for display only.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from ballotdesk.domain.ballot import BallotSpec, Base, Kind, Rule
from ballotdesk.domain.count import CountFigures, check_figures
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate

# Phrases set into the outcome sentences; each is translated (context "Tally") where it is used.
_RULE_NAME: dict[Rule, str] = {
    Rule.PLURALITY: QT_TRANSLATE_NOOP("Tally", "most votes"),
    Rule.ABSOLUTE: QT_TRANSLATE_NOOP("Tally", "absolute majority"),
    Rule.TWO_THIRDS: QT_TRANSLATE_NOOP("Tally", "two-thirds"),
    Rule.THREE_QUARTERS: QT_TRANSLATE_NOOP("Tally", "three-quarters"),
}
_RULE_ARTICLE: dict[Rule, str] = {
    Rule.PLURALITY: QT_TRANSLATE_NOOP("Tally", "the most votes"),
    Rule.ABSOLUTE: QT_TRANSLATE_NOOP("Tally", "an absolute majority"),
    Rule.TWO_THIRDS: QT_TRANSLATE_NOOP("Tally", "two-thirds"),
    Rule.THREE_QUARTERS: QT_TRANSLATE_NOOP("Tally", "three-quarters"),
}
_BASE_PHRASE: dict[Base, str] = {
    Base.CAST: QT_TRANSLATE_NOOP("Tally", "votes cast"),
    Base.CAST_REJECTED: QT_TRANSLATE_NOOP("Tally", "votes cast and rejected papers"),
    Base.CAST_ABSTAIN: QT_TRANSLATE_NOOP("Tally", "votes cast and abstentions"),
    Base.PAPERS: QT_TRANSLATE_NOOP("Tally", "papers found"),
    Base.PRESENT: QT_TRANSLATE_NOOP("Tally", "members present and entitled to vote"),
}
_METHOD_PHRASE: dict[str, str] = {"app": QT_TRANSLATE_NOOP("Tally", "by the app"),
                                  "physical": QT_TRANSLATE_NOOP("Tally", "in the hall")}


def _rule_name(rule: Rule) -> str:
    return translate("Tally", _RULE_NAME[rule])


def _rule_article(rule: Rule) -> str:
    return translate("Tally", _RULE_ARTICLE[rule])


def _base_phrase(base: Base) -> str:
    return translate("Tally", _BASE_PHRASE[base])


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
class Lot:
    """A lot drawn to settle an equality.

    One lot settles one place: ``chosen`` is always the candidate the lot *favours*, i.e. the
    one who is elected (equality for a seat) or who stays in (equality for who drops out
    of an exhaustive ballot). ``among`` must be exactly the candidates still tied, in any
    order. When an equality needs more than one place settled (e.g. three equal candidates
    for two seats, or three equal lowest candidates of whom one must drop out), draw
    successive lots, each among those not yet favoured, and pass them to :func:`tally` in
    the order drawn.

    Attributes:
        method: "app" when drawn by this program, "physical" when drawn by hand in the hall.
        among: The tied candidates the lot was drawn between.
        chosen: The candidate the lot favoured.
        note: Free words for the record (who drew it, how).
    """

    method: Literal["app", "physical"]
    among: tuple[str, ...]
    chosen: str
    note: str = ""

    def __post_init__(self) -> None:
        """Refuse a lot that could not have been drawn fairly."""
        if len(set(self.among)) != len(self.among):
            raise DomainError(translate("Tally", "A lot must be drawn among different candidates."))
        if len(self.among) < 2:
            raise DomainError(translate("Tally", "A lot needs at least two candidates to choose between."))
        if self.chosen not in self.among:
            raise DomainError(translate(
                "Tally", "{0} was not one of the candidates the lot was drawn among.").format(self.chosen))


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


def necessary(rule: Rule, base_value: int) -> int | None:
    """The smallest number of votes that meets the rule on a base, in whole numbers.

    Absolute majority is *more than* half: ``b // 2 + 1`` (17 -> 9, 16 -> 9). Two-thirds and
    three-quarters are *at least* that fraction: ``ceil(2b/3)`` and ``ceil(3b/4)``. Never less
    than 1, so nothing is carried or elected on no votes at all.

    Returns:
        The number necessary, or None for plurality (which has no fixed number).

    Raises:
        DomainError: If the base is negative.
    """
    if base_value < 0:
        raise DomainError(translate("Tally", "The base for the majority cannot be negative ({0}).").format(base_value))
    if rule is Rule.PLURALITY:
        return None
    if rule is Rule.ABSOLUTE:
        return base_value // 2 + 1
    if rule is Rule.TWO_THIRDS:
        return max(1, -(-2 * base_value // 3))
    return max(1, -(-3 * base_value // 4))


def draw_lot(among: Sequence[str], *, note: str = "", rng: random.Random | None = None) -> Lot:
    """Draw a lot in the app; the result favours one candidate (see :class:`Lot`).

    Args:
        among: The tied candidates.
        note: Words for the record.
        rng: Source of randomness; defaults to the operating system's (``secrets``), so the
            draw cannot be predicted or replayed. Tests pass a seeded one.
    """
    names = tuple(among)
    source = rng if rng is not None else secrets.SystemRandom()
    if len(names) < 2:
        raise DomainError(translate("Tally", "A lot needs at least two candidates to choose between."))
    return Lot(method="app", among=names, chosen=source.choice(names), note=note)


def physical_lot(among: Sequence[str], chosen: str, note: str) -> Lot:
    """Record a lot drawn by hand in the hall (e.g. names from a hat).

    Raises:
        DomainError: If ``chosen`` is not among the tied candidates.
    """
    return Lot(method="physical", among=tuple(among), chosen=chosen, note=note)


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
                _join(result.tie)))
    return result.continuing, result.eliminated


def _join(names: Sequence[str]) -> str:
    """Join names as in a sentence: 'A', 'A and B', 'A, B and C'."""
    items = list(names)
    if len(items) <= 1:
        return "".join(items)
    return translate("Tally", "{0} and {1}").format(", ".join(items[:-1]), items[-1])


@dataclass
class _Decision:
    """What the rule decided, before it is frozen into a :class:`Tally`."""

    winners: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    tie: list[str] = field(default_factory=list)
    needs_next_round: bool = False
    continuing: list[str] = field(default_factory=list)
    eliminated: list[str] = field(default_factory=list)


class _Lots:
    """Lots handed to :func:`tally`, consumed in order by the equalities that need them."""

    def __init__(self, lots: Sequence[Lot]) -> None:
        self._pending = list(lots)
        self.used: list[Lot] = []

    def settle(self, tied: Sequence[str], places: int, template: str, sentences: list[str],
               *extra: str) -> tuple[list[str], list[str]]:
        """Give up to ``places`` places among ``tied`` by lot, one place per lot.

        ``template`` is the translated sentence for each lot: ``{0}`` how it was drawn, ``{1}`` among
        whom, ``{2}`` whom it favoured, then ``extra``.

        Returns:
            ``(favoured, still_tied)``; ``still_tied`` is empty once every place is settled.
        """
        favoured: list[str] = []
        remaining = list(tied)
        while len(favoured) < places and self._pending:
            lot = self._pending[0]
            if frozenset(lot.among) != frozenset(remaining):
                raise DomainError(translate(
                    "Tally", "The lot was drawn among {0}, but the equality to settle is between {1}; draw the lot "
                             "again.").format(_join(lot.among), _join(remaining)))
            self._pending.pop(0)
            self.used.append(lot)
            favoured.append(lot.chosen)
            remaining.remove(lot.chosen)
            sentences.append(template.format(translate("Tally", _METHOD_PHRASE[lot.method]), _join(lot.among),
                                             lot.chosen, *extra))
        return favoured, (remaining if len(favoured) < places else [])

    def check_all_used(self) -> None:
        """Refuse lots that settle nothing: they belong to different figures (e.g. before a
        recount), and recording them would misstate how the result was reached."""
        if self._pending:
            lot = self._pending[0]
            raise DomainError(translate(
                "Tally", "A lot among {0} was given, but no equality in this count needs settling by lot.").format(
                    _join(lot.among)))


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
    lots = _Lots([lot] if isinstance(lot, Lot) else list(lot or ()))
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
        decision = _Decision(sentences=[translate("Tally", "No votes have been counted.")])
    elif spec.kind is Kind.MOTION:
        carried, text = _motion(spec, totals, base_value, need, provisional)
        decision = _Decision(sentences=[text])
    else:
        votes = dict(zip(spec.options, totals, strict=True))
        decision = _election(spec, votes, base_value, need, lots, provisional)
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
                _rule_name(spec.rule), yes, base_value, _base_phrase(spec.base), need)
    return False, (translate(
        "Tally", "The motion would not be carried: {0}; {1} ({2}) is necessary.") if provisional else translate(
        "Tally", "The motion is not carried: {0}; {1} ({2}) was necessary.")).format(
            figures, _rule_article(spec.rule), need)


def _elected_word(spec: BallotSpec) -> str:
    """The ballot's word for a successful candidate, in the language being written.

    The default "elected" is stored in English; a Welsh outcome must not end "– elected." A word
    the chair typed (e.g. "nominated") is theirs and is printed as typed.
    """
    return translate("Tally", "elected") if spec.elected_word == "elected" else spec.elected_word


def _election(spec: BallotSpec, votes: Mapping[str, int], base_value: int, need: int | None, lots: _Lots,
              provisional: bool) -> _Decision:
    """Decide an election: fill seats by rank, settle equalities at the last seat by lot, and
    under a majority rule work out the next round of an exhaustive ballot."""
    word = _elected_word(spec)
    seats = spec.seats
    decision = _Decision()
    # Highest first; equal votes keep paper order. No one is elected on no votes.
    ranked = sorted((c for c in spec.options if votes[c] > 0), key=lambda c: -votes[c])
    if need is not None:
        ranked = [c for c in ranked if votes[c] >= need]

    if len(ranked) > seats:
        cutoff = votes[ranked[seats - 1]]
        clear = [c for c in ranked if votes[c] > cutoff]
        at_cut = [c for c in ranked if votes[c] == cutoff]
        decision.winners = list(clear)
        if clear:
            decision.sentences.append(_elected_sentence(clear, votes, spec, base_value, need, provisional))
        places = seats - len(clear)
        if len(at_cut) <= places:  # the equality is below the last seat: it decides nothing
            decision.winners = clear + at_cut
            decision.sentences = [_elected_sentence(decision.winners, votes, spec, base_value, need,
                                                     provisional)]
            return decision
        if seats == 1:
            equal = translate("Tally", "{0} have equal votes ({1} each) for the seat.")
        elif places == 1:
            equal = translate("Tally", "{0} have equal votes ({1} each) for the last seat.")
        else:
            equal = translate("Tally", "{0} have equal votes ({1} each) for the last {2} seats.")
        decision.sentences.append(equal.format(_join(at_cut), votes[at_cut[0]], places))
        lot_sentence = (translate("Tally", "A lot drawn {0} among {1} favoured {2}, who would be {3}.") if provisional
                        else translate("Tally", "A lot drawn {0} among {1} favoured {2}, who is {3}."))
        favoured, still = lots.settle(at_cut, places, lot_sentence, decision.sentences, word)
        decision.winners += favoured
        if still:
            decision.tie = still
            decision.sentences.append(
                translate("Tally", "The equality must be settled by lot before the result can be declared."))
        return decision

    decision.winners = list(ranked)
    if ranked:
        decision.sentences.append(_elected_sentence(ranked, votes, spec, base_value, need, provisional))
    unfilled = seats - len(ranked)
    if need is None:
        if not ranked:
            decision.sentences.append(
                (translate("Tally", "No candidate has received any votes; nobody would be {0}.") if provisional
                 else translate("Tally", "No candidate has received any votes; nobody is {0}.")).format(word))
        elif unfilled:
            decision.sentences.append(
                translate("Tally", "1 seat remains unfilled: no other candidate received any votes.") if unfilled == 1
                else translate(
                    "Tally", "{0} seats remain unfilled: no other candidate received any votes.").format(unfilled))
        return decision
    if unfilled == 0:
        return decision
    if not any(votes.values()):
        # Every paper blank or rejected: there is nothing to rank, so no lot among every
        # candidate and no next round of candidates who all had nothing.
        decision.sentences.append(translate(
            "Tally", "There is no valid vote: no candidate received any votes, so nobody is {0}.").format(word))
        return decision

    no_one = (translate("Tally", "No other candidate has {0} (necessary: {1} of {2} {3}).") if ranked
              else translate("Tally", "No candidate has {0} (necessary: {1} of {2} {3})."))
    decision.sentences.append(no_one.format(_rule_article(spec.rule), need, base_value, _base_phrase(spec.base)))
    decision.needs_next_round = True
    _eliminate(spec, votes, ranked, unfilled, lots, decision)
    return decision


def _elected_sentence(
    names: Sequence[str],
    votes: Mapping[str, int],
    spec: BallotSpec,
    base_value: int,
    need: int | None,
    provisional: bool,
) -> str:
    """Say who is elected (or, until declared, who leads and would be) and why, naming the number necessary."""
    word = _elected_word(spec)
    if need is None:
        if len(names) == 1:
            return (translate("Tally", "{0} leads with the most votes and would be {1}.") if provisional
                    else translate("Tally", "{0} has received the most votes and is {1}.")).format(names[0], word)
        return (translate("Tally", "{0} lead with the most votes and would be {1}.") if provisional
                else translate("Tally", "{0} have received the most votes and are {1}.")).format(_join(names), word)
    rule = _rule_name(spec.rule)
    base = translate("Tally", "{0} {1}").format(base_value, _base_phrase(spec.base))
    if len(names) == 1:
        return (translate("Tally", "{0} has the required {1} ({2} of {3}; {4} necessary) and would be {5}.")
                if provisional else translate(
            "Tally", "{0} has the required {1} ({2} of {3}; {4} necessary) and is {5}.")).format(
                names[0], rule, votes[names[0]], base, need, word)
    return (translate("Tally", "{0} have the required {1} (necessary: {2} of {3}) and would be {4}.")
            if provisional else translate(
        "Tally", "{0} have the required {1} (necessary: {2} of {3}) and are {4}.")).format(
            _join(names), rule, need, base, word)


def _eliminate(
    spec: BallotSpec,
    votes: Mapping[str, int],
    elected: Sequence[str],
    unfilled: int,
    lots: _Lots,
    decision: _Decision,
) -> None:
    """Work out who drops out before the next round of an exhaustive ballot."""
    others = [c for c in spec.options if c not in elected]
    ascending = sorted(others, key=lambda c: votes[c])
    most_out = len(others) - (unfilled + 1)  # always leave one more candidate than seats
    # {0} is empty for one seat, else " for N more seats".
    further = translate("Tally", "A further round is needed{0}.")
    same = translate("Tally", "A further round is needed{0} with the same candidates.")
    without = translate("Tally", "A further round is needed{0} without {1}.")
    if spec.seats == 1:
        seat_words = ""
    else:
        seat_words = (translate("Tally", " for 1 more seat") if unfilled == 1
                      else translate("Tally", " for {0} more seats").format(unfilled))
    if most_out <= 0:
        decision.continuing = others
        decision.sentences.append(same.format(seat_words))
        return
    group = 0
    running = 0
    for k in range(1, most_out + 1):
        running += votes[ascending[k - 1]]
        if running < votes[ascending[k]]:
            group = k
    if group:
        out = set(ascending[:group])
    else:
        # The lowest are equal and the group rule cannot separate them: one drops out by lot,
        # so every tied candidate but one must be favoured (kept in).
        lowest = votes[ascending[0]]
        tied = [c for c in others if votes[c] == lowest]
        decision.sentences.append(translate(
            "Tally", "{0} have the fewest votes ({1} each); a lot must decide who drops out.").format(
                _join(tied), lowest))
        kept, still = lots.settle(tied, len(tied) - 1,
                                  translate("Tally", "A lot drawn {0} among {1} favoured {2}, who stays in."),
                                  decision.sentences)
        if still:
            decision.tie = still
            decision.sentences.append(further.format(seat_words))
            return
        out = {c for c in tied if c not in kept}
    decision.eliminated = [c for c in others if c in out]
    decision.continuing = [c for c in others if c not in out]
    decision.sentences.append(without.format(seat_words, _join(decision.eliminated)))
