"""One teller's figures for one box, and the checks a count must pass before it is accepted.

The messages here are read by tellers at a trestle table, so they say what is wrong with
the numbers in plain words rather than naming a rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate

MAX_COUNT = 1_000_000
"""Largest figure the count form accepts; anything larger is a typing slip in a church hall."""

ABSTAIN_LABEL = QT_TRANSLATE_NOOP("Count", "abstentions and blank papers")
REJECTED_LABEL = QT_TRANSLATE_NOOP("Count", "rejected papers")
PAPERS_LABEL = QT_TRANSLATE_NOOP("Count", "papers found")


def label_text(label: str) -> str:
    """One of the labels above (as :func:`differing_fields` returns them) in the interface language.

    Option names pass through unchanged.
    """
    return translate("Count", label) if label in (ABSTAIN_LABEL, REJECTED_LABEL, PAPERS_LABEL) else label


def plural(count: int, singular: str, many: str | None = None) -> str:
    """Say ``count`` with the right noun form, e.g. ``1 paper`` or ``2 papers``."""
    word = singular if count == 1 else (many if many is not None else singular + "s")
    return f"{count} {word}"


def _found(papers: int) -> str:
    if papers == 1:
        return translate("Count", "1 paper was found")
    return translate("Count", "{0} papers were found").format(papers)


def _votes(count: int) -> str:
    return translate("Count", "1 vote") if count == 1 else translate("Count", "{0} votes").format(count)


@dataclass(frozen=True)
class CountFigures:
    """One teller's figures for one box.

    Attributes:
        papers: Papers found in the box.
        votes: Votes per option, in option order.
        abstain: Abstentions and blank papers.
        rejected: Rejected papers (spoilt by the voter or otherwise invalid).
    """

    papers: int
    votes: tuple[int, ...]
    abstain: int = 0
    rejected: int = 0

    @property
    def valid(self) -> int:
        """Papers that expressed a choice: what the options' votes must fit within."""
        return self.papers - self.abstain - self.rejected


def check_figures(figures: CountFigures, options: Sequence[str], seats: int) -> list[str]:
    """Find the ways a box's figures cannot be right, so tellers recount before accepting.

    With one choice per paper every paper is exactly one of: a vote, an abstention or blank,
    or rejected, so the figures must add up to the papers found. With up to ``seats`` marks per
    paper only upper bounds can be checked.

    Args:
        figures: The teller's figures.
        options: Option names, in the order of ``figures.votes``.
        seats: Marks allowed per paper (1 for a motion or single-seat election).

    Returns:
        Plain-words problems; empty when the figures are consistent.

    Raises:
        DomainError: If ``seats`` is below 1 (a programming slip, not a counting one).
    """
    if seats < 1:
        raise DomainError(translate("Count", "A ballot must have at least 1 seat."))
    problems: list[str] = []
    named = [(translate("Count", "Papers found"), figures.papers)]
    named += [(translate("Count", "Votes for {0}").format(name), v)
              for name, v in zip(options, figures.votes, strict=False)]
    named += [
        (translate("Count", "Abstentions and blank papers"), figures.abstain),
        (translate("Count", "Rejected papers"), figures.rejected),
    ]
    for label, value in named:
        if value < 0:
            problems.append(translate("Count", "{0} cannot be negative ({1}).").format(label, value))
    if len(figures.votes) != len(options):
        def options_text(n: int) -> str:
            return translate("Count", "1 option") if n == 1 else translate("Count", "{0} options").format(n)

        problems.append(translate(
            "Count", "The count has figures for {0} but the ballot has {1}.").format(
                options_text(len(figures.votes)), options_text(len(options))))
    if problems:
        return problems

    if figures.abstain + figures.rejected > figures.papers:
        problems.append(translate(
            "Count", "Abstentions, blank and rejected papers add up to {0} but only {1}.").format(
                figures.abstain + figures.rejected, _found(figures.papers)))
    if seats == 1:
        total = sum(figures.votes) + figures.abstain + figures.rejected
        if total != figures.papers:
            gap = total - figures.papers
            template = (translate("Count", "The figures add up to {0} but {1}: {2} too many.") if gap > 0
                        else translate("Count", "The figures add up to {0} but {1}: {2} too few."))
            problems.append(template.format(total, _found(figures.papers), abs(gap)))
    valid = figures.valid
    if valid >= 0:
        for name, votes in zip(options, figures.votes, strict=True):
            if votes > valid:
                if valid == figures.papers:
                    problems.append(translate(
                        "Count", "{0} has {1} but only {2}.").format(name, _votes(votes), _found(figures.papers)))
                else:
                    template = (translate(
                        "Count", "{0} has {1} but only 1 paper was valid ({3} found, {4} abstentions or blank, {5} "
                                 "rejected).") if valid == 1
                                else translate(
                                    "Count", "{0} has {1} but only {2} papers were valid ({3} found, {4} abstentions "
                                             "or blank, {5} rejected)."))
                    problems.append(template.format(name, _votes(votes), valid, figures.papers, figures.abstain,
                                                    figures.rejected))
        if seats > 1 and sum(figures.votes) > seats * valid:
            marks = sum(figures.votes)
            marks_text = translate("Count", "1 mark") if marks == 1 else translate("Count", "{0} marks").format(marks)
            valid_text = (translate("Count", "1 valid paper") if valid == 1
                          else translate("Count", "{0} valid papers").format(valid))
            problems.append(translate(
                "Count", "The figures show {0} but {1} can carry at most {2} ({3} per paper).").format(
                    marks_text, valid_text, seats * valid, seats))
    return problems


_WHOLE = re.compile(r"[0-9]+")


def parse_count_field(text: str, label: str) -> int:
    """Read one box of the count form, refusing anything but a whole number of 0 or more.

    Spaces around the number are ignored; everything else (signs, decimals, letters,
    separators) is refused because a guessed reading of a teller's typing could change a result.

    Args:
        text: What was typed.
        label: The field's name as shown on the form, e.g. "Votes for Against".

    Raises:
        DomainError: Saying which field is wrong and why.
    """
    cleaned = text.strip()
    if not cleaned:
        raise DomainError(translate("Count", "{0} is empty; enter a whole number of 0 or more.").format(label))
    if not _WHOLE.fullmatch(cleaned):
        raise DomainError(translate(
            "Count", "{0} must be a whole number of 0 or more; '{1}' is not.").format(label, cleaned))
    value = int(cleaned)
    if value > MAX_COUNT:
        raise DomainError(translate(
            "Count", "{0} must be at most {1}; '{2}' is too large.").format(label, f"{MAX_COUNT:,}", cleaned))
    return value


def figures_from_text(options: Sequence[str], papers: str, votes: Sequence[tuple[str, str]],
                      abstain: str, rejected: str, *, ballot_id: int = 0) -> CountFigures:
    """Read a teller's figures given option by option (``NAME=N`` on the command line, or a form).

    Every option's figure must be given, 0 included: an option left out is a slip, not a zero,
    and with up to N marks per paper the sum check cannot catch it. Names match as a person
    would type them (any case); a name given twice is refused rather than guessed between.

    Raises:
        DomainError: Naming the unknown, repeated or missing options, or the field that is not a number.
    """
    by_key = {o.strip().casefold(): o for o in options}
    given: dict[str, int] = {}
    for name, text in votes:
        option = by_key.get(name.strip().casefold())
        if option is None:
            raise DomainError(translate("Count", "'{0}' is not an option of ballot {1}: {2}.").format(
                name.strip(), ballot_id, ", ".join(options)))
        if option in given:
            raise DomainError(translate(
                "Count", "'{0}' is given more than once; give each option's votes once.").format(option))
        given[option] = parse_count_field(text, translate("Count", "Votes for {0}").format(option))
    found = parse_count_field(papers, translate("Count", "Papers found"))
    blank = parse_count_field(abstain, translate("Count", "Abstentions and blank papers"))
    spoilt = parse_count_field(rejected, translate("Count", "Rejected papers"))
    missing = [o for o in options if o not in given]
    if missing:
        raise DomainError(translate(
            "Count", "No figure for {0}: give every option's votes, 0 where it has none.").format(
                ", ".join(f"'{o}'" for o in missing)))
    return CountFigures(papers=found, votes=tuple(given[o] for o in options), abstain=blank, rejected=spoilt)


def differing_fields(a: CountFigures, b: CountFigures, options: Sequence[str]) -> list[str]:
    """Name the figures on which two tellers disagree (the four-eyes check).

    Returns:
        Human labels in form order: "papers found", option names,
        "abstentions and blank papers", "rejected papers". Empty when the counts agree.
    """
    labels: list[str] = []
    if a.papers != b.papers:
        labels.append(PAPERS_LABEL)
    for index, name in enumerate(options):
        va = a.votes[index] if index < len(a.votes) else None
        vb = b.votes[index] if index < len(b.votes) else None
        if va != vb:
            labels.append(name)
    if a.abstain != b.abstain:
        labels.append(ABSTAIN_LABEL)
    if a.rejected != b.rejected:
        labels.append(REJECTED_LABEL)
    return labels


@dataclass(frozen=True)
class PaperAccount:
    """The ballot paper account: papers issued to voters against papers found in the boxes.

    Attributes:
        issued: Live papers handed to voters (spoilt papers that were cancelled excluded).
        found: Papers found in the boxes.
        spoilt: Papers spoilt at the desk and cancelled; reported, never counted.
        variance: ``issued - found``; positive when papers were taken away.
        state: "balanced", "short" (papers missing) or "over" (more found than issued).
        message: What the chair reads out.
    """

    issued: int
    found: int
    spoilt: int
    variance: int
    state: Literal["balanced", "short", "over"]
    message: str


def account(issued: int, found: int, spoilt: int) -> PaperAccount:
    """Balance the papers, so missing papers are explained and extra ones trigger a recount.

    Raises:
        DomainError: If any figure is negative.
    """
    for label, value in ((translate("Count", "Papers issued"), issued), (translate("Count", "Papers found"), found),
                         (translate("Count", "Spoilt"), spoilt)):
        if value < 0:
            raise DomainError(translate("Count", "{0} cannot be negative ({1}).").format(label, value))
    variance = issued - found
    state: Literal["balanced", "short", "over"]
    if variance == 0:
        state = "balanced"
        message = translate("Count", "Balanced: {0} issued, {1} found.").format(issued, found)
    elif variance > 0:
        state = "short"
        template = (translate("Count", "1 paper not returned ({1} issued, {2} found); the chair must explain.")
                    if variance == 1 else
                    translate("Count", "{0} papers not returned ({1} issued, {2} found); the chair must explain."))
        message = template.format(variance, issued, found)
    else:
        state = "over"
        template = (translate(
            "Count", "1 more paper found than issued ({1} issued, {2} found); recount the box before the count can be"
                     " accepted.") if variance == -1 else
                    translate(
                        "Count", "{0} more papers found than issued ({1} issued, {2} found); recount the box before "
                                 "the count can be accepted."))
        message = template.format(-variance, issued, found)
    if spoilt:
        message += " " + (translate("Count", "1 spoilt paper was cancelled and not counted.") if spoilt == 1
                          else translate("Count", "{0} spoilt papers were cancelled and not counted.").format(spoilt))
    return PaperAccount(issued, found, spoilt, variance, state, message)
