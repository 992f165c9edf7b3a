"""What a ballot is and how it may move through its life.

The chair sets a ballot up while it is a draft; from then on its options and rules are fixed,
because changing the question after papers are issued would make the count meaningless.
Everything here is plain Python so the rules can be tested without a screen or a database.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.text import check_text
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate


class Kind(StrEnum):
    """Whether the meeting is deciding a question or choosing people."""

    MOTION = "motion"
    ELECTION = "election"


class Rule(StrEnum):
    """How many votes a motion or candidate needs."""

    PLURALITY = "plurality"
    ABSOLUTE = "absolute"
    TWO_THIRDS = "two-thirds"
    THREE_QUARTERS = "three-quarters"


class Base(StrEnum):
    """What the majority is measured against (Robert's Rules and UK practice differ here)."""

    CAST = "cast"
    CAST_REJECTED = "cast+rejected"
    CAST_ABSTAIN = "cast+abstain"
    PAPERS = "papers"
    PRESENT = "present"


class Status(StrEnum):
    """Where a ballot is in its life; see :func:`check_transition` for the allowed moves."""

    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"
    COUNTING = "counting"
    COUNTED = "counted"
    DECLARED = "declared"


RULE_LABELS: dict[Rule, str] = {
    Rule.PLURALITY: "most votes (plurality)",
    Rule.ABSOLUTE: "absolute majority (more than half)",
    Rule.TWO_THIRDS: "two-thirds majority (at least two-thirds)",
    Rule.THREE_QUARTERS: "three-quarters majority (at least three-quarters)",
}

BASE_LABELS: dict[Base, str] = {
    Base.CAST: "votes cast for options (abstentions, blank and rejected papers not counted)",
    Base.CAST_REJECTED: ("votes cast for options plus rejected papers (abstentions and blank papers not counted)"),
    Base.CAST_ABSTAIN: ("votes cast for options plus abstentions and blank papers (rejected papers not counted)"),
    Base.PAPERS: "all papers found in the boxes",
    Base.PRESENT: "members present and entitled to vote",
}

STATUS_LABELS: dict[Status, str] = {
    Status.DRAFT: "draft (being set up)",
    Status.OPEN: "open (voting in progress)",
    Status.CLOSED: "closed (voting finished, not yet counted)",
    Status.COUNTING: "counting",
    Status.COUNTED: "counted (waiting to be declared)",
    Status.DECLARED: "declared",
}


def default_rule(kind: Kind) -> Rule:
    """The rule a new ballot starts with until the chair chooses: the one place it is written.

    A motion needs more than half of the votes cast (Robert's Rules); an election is won by the
    most votes unless the meeting's rules ask for a majority.
    """
    return Rule.ABSOLUTE if kind is Kind.MOTION else Rule.PLURALITY


def _key(name: str) -> str:
    """Compare option names as a person would: ignoring case and surrounding spaces."""
    return name.strip().casefold()


@dataclass(frozen=True)
class BallotSpec:
    """What the chair sets while the ballot is a draft.

    Attributes:
        title: Short name shown on lists and the result sheet.
        question: The motion's wording or the office being filled.
        kind: Motion or election.
        options: For a motion, exactly two: the "for" option first, then the "against" option.
            For an election, the candidates in the order printed on the paper.
        seats: Places to fill; each voter may mark up to this many candidates.
        abstain: Whether the paper offers an explicit abstention box.
        rule: How many votes are needed.
        base: What the rule's fraction is taken of.
        elected_word: The verb used in outcomes ("elected", or "nominated" for a nomination).
    """

    title: str
    question: str
    kind: Kind
    options: tuple[str, ...]
    seats: int = 1
    abstain: bool = True
    rule: Rule = Rule.PLURALITY
    base: Base = Base.CAST
    elected_word: str = "elected"

    def validate(self) -> None:
        """Refuse a ballot that could not be run or counted fairly.

        Seats: at least one, never more than the candidates. Under plurality there must be
        more candidates than seats, because otherwise everyone is in before a vote and the
        count decides nothing; under a majority rule an uncontested (confirmatory) ballot is
        allowed, since a candidate can still fail to reach the number necessary.

        Raises:
            DomainError: With the first problem found, in plain words.
        """
        if not self.title.strip():
            raise DomainError(translate("Ballot", "The ballot needs a title."))
        if any(not option.strip() for option in self.options):
            raise DomainError(translate("Ballot", "Every option needs a name; one of them is empty."))
        # Printed on the papers and the signed sheet: nothing invisible, nothing too long for a page.
        check_text("ballot_title", self.title)
        check_text("question", self.question)
        for option in self.options:
            check_text("option", option)
        seen: dict[str, str] = {}
        for option in self.options:
            key = _key(option)
            if key in seen:
                raise DomainError(translate(
                    "Ballot", "'{0}' appears more than once; each option must be different.").format(option.strip()))
            seen[key] = option
        if self.kind is Kind.MOTION:
            if len(self.options) != 2:
                raise DomainError(translate(
                    "Ballot", "A motion needs exactly two options: one for and one against (it has {0})."
                ).format(len(self.options)))
            if self.seats != 1:
                raise DomainError(translate(
                    "Ballot", "A motion is a single decision; it cannot have more than 1 seat."))
            return
        if not self.options:
            raise DomainError(translate("Ballot", "An election needs at least one candidate."))
        if not self.elected_word.strip():
            raise DomainError(translate("Ballot", "The word for a successful candidate (e.g. 'elected') is empty."))
        if self.seats < 1:
            raise DomainError(translate("Ballot", "An election must fill at least 1 seat."))
        if self.seats > len(self.options):
            raise DomainError(translate(
                "Ballot", "There are {0} seats but only {1} candidates; "
                "there cannot be more seats than candidates."
            ).format(self.seats, len(self.options)))
        if self.rule is Rule.PLURALITY and self.seats == len(self.options):
            raise DomainError(translate(
                "Ballot", "There are {0} seats and {1} candidates, so every "
                "candidate would be elected without a contest. Choose a majority rule for a "
                "confirmatory vote, or add candidates."
            ).format(self.seats, len(self.options)))


MOTION_FOR = QT_TRANSLATE_NOOP("Ballot", "For")
MOTION_AGAINST = QT_TRANSLATE_NOOP("Ballot", "Against")
MOTION_OPTIONS = (MOTION_FOR, MOTION_AGAINST)
"""A motion's two fixed options, stored in English whatever the interface language."""


def option_label(kind: Kind | str, option: str) -> str:
    """An option as shown and printed: a motion's fixed For/Against in the language in force.

    Stored in English (the count, the audit log and ``result --json`` keep one spelling), so a
    motion created from an English interface still prints "O blaid"/"Yn erbyn" on a Welsh sheet.
    Candidates' names, and any other wording a chair chose, are shown as typed.
    """
    if Kind(kind) is Kind.MOTION and option in MOTION_OPTIONS:
        return translate("Ballot", option)
    return option


def shown_options(spec: BallotSpec) -> tuple[str, ...]:
    """The spec's options as :func:`option_label` shows them, in paper order."""
    return tuple(option_label(spec.kind, option) for option in spec.options)


def motion_spec(
    title: str,
    question: str = "",
    *,
    abstain: bool = True,
    rule: Rule | None = None,
    base: Base = Base.CAST,
) -> BallotSpec:
    """Build the usual For/Against motion.

    Not validated here, so a half-filled draft form can still hold one; call
    :meth:`BallotSpec.validate` before opening.
    """
    return BallotSpec(
        title=title,
        question=question,
        kind=Kind.MOTION,
        options=MOTION_OPTIONS,
        seats=1,
        abstain=abstain,
        rule=rule or default_rule(Kind.MOTION),
        base=base,
    )


_ALLOWED: frozenset[tuple[Status, Status]] = frozenset(
    {
        (Status.DRAFT, Status.OPEN),
        (Status.OPEN, Status.CLOSED),
        (Status.CLOSED, Status.COUNTING),
        (Status.COUNTING, Status.COUNTED),
        (Status.COUNTED, Status.DECLARED),
        (Status.COUNTED, Status.COUNTING),  # a recount reopens the count
    }
)

_IS: dict[Status, str] = {
    Status.DRAFT: QT_TRANSLATE_NOOP("Lifecycle", "still a draft"),
    Status.OPEN: QT_TRANSLATE_NOOP("Lifecycle", "open"),
    Status.CLOSED: QT_TRANSLATE_NOOP("Lifecycle", "closed"),
    Status.COUNTING: QT_TRANSLATE_NOOP("Lifecycle", "being counted"),
    Status.COUNTED: QT_TRANSLATE_NOOP("Lifecycle", "counted"),
    Status.DECLARED: QT_TRANSLATE_NOOP("Lifecycle", "declared"),
}

_SKIPS: dict[tuple[Status, Status], str] = {
    (Status.DRAFT, Status.CLOSED):
        QT_TRANSLATE_NOOP("Lifecycle", "it must be opened before it can be closed."),
    (Status.DRAFT, Status.COUNTING):
        QT_TRANSLATE_NOOP("Lifecycle", "it must be opened and closed before counting starts."),
    (Status.DRAFT, Status.COUNTED):
        QT_TRANSLATE_NOOP("Lifecycle", "it must be opened, closed and counted before the count can be finished."),
    (Status.DRAFT, Status.DECLARED):
        QT_TRANSLATE_NOOP("Lifecycle", "it must be opened, closed and counted before a result can be declared."),
    (Status.OPEN, Status.COUNTING):
        QT_TRANSLATE_NOOP("Lifecycle", "it must be closed before counting starts."),
    (Status.OPEN, Status.COUNTED):
        QT_TRANSLATE_NOOP("Lifecycle", "it must be closed and counted before the count can be finished."),
    (Status.OPEN, Status.DECLARED):
        QT_TRANSLATE_NOOP("Lifecycle", "it must be closed and counted before a result can be declared."),
    (Status.CLOSED, Status.COUNTED):
        QT_TRANSLATE_NOOP("Lifecycle", "counting must start before the count can be finished."),
    (Status.CLOSED, Status.DECLARED):
        QT_TRANSLATE_NOOP("Lifecycle", "it must be counted before a result can be declared."),
    (Status.COUNTING, Status.DECLARED):
        QT_TRANSLATE_NOOP("Lifecycle", "the count must be finished before a result can be declared."),
}


def check_transition(current: Status, target: Status) -> None:
    """Refuse a status change that would skip or undo a step of the ballot.

    Allowed: draft -> open -> closed -> counting -> counted -> declared, plus
    counted -> counting for a recount. A declared result is final.

    Raises:
        DomainError: Saying why the move is refused and what must happen first.
    """
    if (current, target) in _ALLOWED:
        return
    if current == target:
        raise DomainError(translate(
            "Lifecycle", "The ballot is already {0}.").format(translate("Lifecycle", _IS[current])))
    if current is Status.DECLARED:
        raise DomainError(translate("Lifecycle", "The result has been declared; the ballot can no longer change."))
    if (current, target) in _SKIPS:
        raise DomainError(translate(
            "Lifecycle", "The ballot is {0}; {1}").format(
                translate("Lifecycle", _IS[current]), translate("Lifecycle", _SKIPS[(current, target)])))
    if target is Status.DRAFT:
        raise DomainError(translate(
            "Lifecycle", "The ballot has been opened, so it cannot go back to draft; create a new ballot instead."))
    if target is Status.OPEN:
        raise DomainError(translate("Lifecycle", "Voting has ended; the ballot cannot be reopened for voting."))
    if current is Status.COUNTED:  # target is CLOSED
        raise DomainError(translate(
            "Lifecycle", "The ballot has been counted; a recount goes back to counting, not to closed."))
    # COUNTING -> CLOSED is the only move left.
    raise DomainError(translate("Lifecycle", "Counting has started; the ballot cannot go back to closed."))


def editable(status: Status) -> bool:
    """Whether options and rules may still change: only in draft, before any paper is issued."""
    return status is Status.DRAFT


_KIND_WORDS: dict[Kind, str] = {
    Kind.MOTION: QT_TRANSLATE_NOOP("Ballot", "motion"),
    Kind.ELECTION: QT_TRANSLATE_NOOP("Ballot", "election"),
}


def fixed_terms(spec: BallotSpec) -> list[tuple[str, str]]:
    """What opening the ballot fixes for good, as (label, value) lines in the language in force.

    Opening cannot be undone, and the rule a draft starts with is only a default, so the chair
    confirms these lines (the window and the command line show the same ones) before papers go out.
    """
    motion = spec.kind is Kind.MOTION
    options = " / ".join(shown_options(spec)) if motion else "; ".join(
        f"{i}. {name}" for i, name in enumerate(spec.options, 1))
    lines = [
        (translate("Ballot", "Kind"), translate("Ballot", _KIND_WORDS[spec.kind])),
        (translate("Ballot", "Options") if motion else translate("Ballot", "Candidates"), options),
        (translate("Ballot", "Seats"), str(spec.seats)),
        (translate("Ballot", "Abstention box"), translate("Ballot", "yes") if spec.abstain
         else translate("Ballot", "no")),
        (translate("Ballot", "Majority rule"), translate("Domain", RULE_LABELS[spec.rule])),
        (translate("Ballot", "Measured against"), translate("Domain", BASE_LABELS[spec.base])),
    ]
    return lines


def opening_summary(spec: BallotSpec) -> str:
    """:func:`fixed_terms` as lines of text, for the question asked before opening."""
    return "\n".join(f"{label}: {value}" for label, value in fixed_terms(spec))
