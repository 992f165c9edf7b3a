"""The majority rules in whole numbers, and the words an outcome sentence names a rule, a base and candidates with.

Kept apart from :mod:`ballotdesk.domain.tally` because every part of a count's decision needs them: the
motion and the election rules, the lots that settle equalities (:mod:`ballotdesk.domain.lots`) and the
rounds of an exhaustive ballot (:mod:`ballotdesk.domain.elections`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ballotdesk.domain.ballot import Base, Rule
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


def rule_name(rule: Rule) -> str:
    """The rule as the outcome names it ("two-thirds"), translated."""
    return translate("Tally", _RULE_NAME[rule])


def rule_article(rule: Rule) -> str:
    """The rule as something a candidate has ("an absolute majority"), translated."""
    return translate("Tally", _RULE_ARTICLE[rule])


def base_phrase(base: Base) -> str:
    """What the rule's fraction is taken of ("votes cast"), translated."""
    return translate("Tally", _BASE_PHRASE[base])


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


def join_names(names: Sequence[str]) -> str:
    """Join names as in a sentence: 'A', 'A and B', 'A, B and C'."""
    items = list(names)
    if len(items) <= 1:
        return "".join(items)
    return translate("Tally", "{0} and {1}").format(", ".join(items[:-1]), items[-1])

