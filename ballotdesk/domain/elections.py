"""Deciding an election: seats filled by rank, an equality at the last seat settled by lot, and under a
majority rule the next round of an exhaustive ballot (who drops out, who stays in).

Separate from :mod:`ballotdesk.domain.tally`, which adds up the boxes and decides motions; this is the part
of the decision that only elections have.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ballotdesk.domain.ballot import BallotSpec
from ballotdesk.domain.lots import LotQueue
from ballotdesk.domain.majority import base_phrase, join_names, rule_article, rule_name
from ballotdesk.domain.words import translate


@dataclass
class Decision:
    """What the rule decided, before it is frozen into a :class:`~ballotdesk.domain.tally.Tally`."""

    winners: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    tie: list[str] = field(default_factory=list)
    needs_next_round: bool = False
    continuing: list[str] = field(default_factory=list)
    eliminated: list[str] = field(default_factory=list)


def _elected_word(spec: BallotSpec) -> str:
    """The ballot's word for a successful candidate, in the language being written.

    The default "elected" is stored in English; a Welsh outcome must not end "– elected." A word
    the chair typed (e.g. "nominated") is theirs and is printed as typed.
    """
    return translate("Tally", "elected") if spec.elected_word == "elected" else spec.elected_word


def decide_election(spec: BallotSpec, votes: Mapping[str, int], base_value: int, need: int | None, lots: LotQueue,
              provisional: bool) -> Decision:
    """Decide an election: fill seats by rank, settle equalities at the last seat by lot, and
    under a majority rule work out the next round of an exhaustive ballot."""
    word = _elected_word(spec)
    seats = spec.seats
    decision = Decision()
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
        decision.sentences.append(equal.format(join_names(at_cut), votes[at_cut[0]], places))
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
    decision.sentences.append(no_one.format(rule_article(spec.rule), need, base_value, base_phrase(spec.base)))
    decision.needs_next_round = True
    eliminate(spec, votes, ranked, unfilled, lots, decision)
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
                else translate("Tally", "{0} have received the most votes and are {1}.")).format(
                    join_names(names), word)
    rule = rule_name(spec.rule)
    base = translate("Tally", "{0} {1}").format(base_value, base_phrase(spec.base))
    if len(names) == 1:
        return (translate("Tally", "{0} has the required {1} ({2} of {3}; {4} necessary) and would be {5}.")
                if provisional else translate(
            "Tally", "{0} has the required {1} ({2} of {3}; {4} necessary) and is {5}.")).format(
                names[0], rule, votes[names[0]], base, need, word)
    return (translate("Tally", "{0} have the required {1} (necessary: {2} of {3}) and would be {4}.")
            if provisional else translate(
        "Tally", "{0} have the required {1} (necessary: {2} of {3}) and are {4}.")).format(
            join_names(names), rule, need, base, word)


def eliminate(
    spec: BallotSpec,
    votes: Mapping[str, int],
    elected: Sequence[str],
    unfilled: int,
    lots: LotQueue,
    decision: Decision,
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
                join_names(tied), lowest))
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
    decision.sentences.append(without.format(seat_words, join_names(decision.eliminated)))
