"""Who may attend and who may vote, always with the reason in plain words.

A chair must be able to read the reason aloud at the door, so every answer carries one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ballotdesk.domain import words
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.words import translate


def long_date(day: dt.date) -> str:
    """Format a date as people say it: ``3 Feb 2016`` (no leading zero, any platform).

    The interface may install another formatter (``words.set_date_formatter``) for its language.
    """
    return words.format_date(day)


@dataclass(frozen=True)
class Rules:
    """The meeting's eligibility rules.

    Attributes:
        cutoff: members who joined after this date may attend but not vote; None means no cut-off.
        voting_statuses: statuses that may vote, compared case-insensitively; empty means any.
    """

    cutoff: dt.date | None = None
    voting_statuses: frozenset[str] = field(default_factory=frozenset)

    def status_may_vote(self, status: str) -> bool:
        """Whether a roll status is one of the voting statuses."""
        if not self.voting_statuses:
            return True
        return status.strip().casefold() in {s.casefold() for s in self.voting_statuses}


@dataclass(frozen=True)
class Eligibility:
    """The answer the desk shows: may attend, may vote, and why."""

    may_attend: bool
    may_vote: bool
    reason: str


def member_eligibility(
    rules: Rules, join_date: dt.date | None, status: str, *, left: bool = False
) -> Eligibility:
    """Decide whether a member on the roll may vote, and say why.

    Members who are not allowed to vote may still attend: the meeting is open to the whole roll.
    """
    if left:
        return Eligibility(True, False, translate("Eligibility", "no longer on the latest membership roll"))
    if not rules.status_may_vote(status):
        allowed = ", ".join(sorted(rules.voting_statuses))
        shown = status.strip() or translate("Eligibility", "none")
        return Eligibility(True, False, translate(
            "Eligibility", "membership status '{0}' may not vote (voting statuses: {1})").format(shown, allowed))
    if rules.cutoff is not None:
        if join_date is None:
            return Eligibility(True, False, translate(
                "Eligibility", "no join date on the roll, so the cut-off cannot be checked"))
        if join_date > rules.cutoff:
            return Eligibility(True, False, translate(
                "Eligibility", "joined {0}, after the cut-off of {1}").format(
                    long_date(join_date), long_date(rules.cutoff)))
        return Eligibility(True, True, translate(
            "Eligibility", "joined {0}, on or before the cut-off of {1}").format(
                long_date(join_date), long_date(rules.cutoff)))
    return Eligibility(True, True, translate("Eligibility", "member on the roll"))


def guest_eligibility() -> Eligibility:
    """A guest (press, visitor): may attend, never votes."""
    return Eligibility(True, False, translate("Eligibility", "guest: may attend, never votes"))


GUEST = Eligibility(True, False, "guest: may attend, never votes")
"""The guest answer in English; :func:`guest_eligibility` says it in the interface language."""


def provisional_eligibility(reason: str, approved_by_chair: bool) -> Eligibility:
    """A person not on the roll, admitted provisionally; votes only once the chair approves."""
    if approved_by_chair:
        return Eligibility(True, True, translate(
            "Eligibility", "not on the roll; vote approved by the chair ({0})").format(reason))
    return Eligibility(True, False, translate(
        "Eligibility", "not on the roll, provisional ({0}); may vote only if the chair approves").format(reason))


@dataclass(frozen=True)
class Quorum:
    """A quorum stated as a number of members or a percentage of eligible members."""

    value: int
    percent: bool = False

    @classmethod
    def parse(cls, text: str) -> Quorum:
        """Read ``"40"`` or ``"10%"``; anything else is refused in words."""
        match = re.fullmatch(r"\s*(\d{1,7})\s*(%?)\s*", text or "")
        if not match:
            raise DomainError(translate(
                "Quorum", "The quorum must be a whole number (e.g. 40) or a percentage (e.g. 10%); "
                "'{0}' is neither."
            ).format(text))
        value, percent = int(match.group(1)), bool(match.group(2))
        if percent and value > 100:
            raise DomainError(translate("Quorum", "A quorum of {0}% is impossible; use 100% or less.").format(value))
        return cls(value, percent)

    def __str__(self) -> str:
        return f"{self.value}%" if self.percent else str(self.value)

    def beyond_roll(self, eligible: int, on_roll: int) -> str:
        """Why this quorum can never be met by the roll as it stands, in words; empty when it can.

        A number larger than the members who may vote is a slip (a percentage typed without its
        "%", or last year's figure); a meeting run under it could never take a valid decision.
        Said only once there is a roll: a new meeting's roll is still to be imported.
        """
        if self.percent or on_roll <= 0 or self.value <= eligible:
            return ""
        return translate(
            "Quorum", "A quorum of {0:,} is more than the {1:,} members on the roll who may vote, so it can never "
                      "be met; give a smaller number, or a percentage (e.g. 10%).").format(self.value, eligible)

    def required(self, eligible: int) -> int:
        """Eligible members who must be present; a percentage rounds up (10% of 4,625 is 463).

        A percentage of no one is still one person: a meeting nobody attends is never quorate.
        """
        if not self.percent:
            return self.value
        return max(1, -(-self.value * eligible // 100)) if self.value else 0
