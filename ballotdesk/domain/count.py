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

MAX_COUNT = 1_000_000
"""Largest figure the count form accepts; anything larger is a typing slip in a church hall."""

ABSTAIN_LABEL = "abstentions and blank papers"
REJECTED_LABEL = "rejected papers"
PAPERS_LABEL = "papers found"


def plural(count: int, singular: str, many: str | None = None) -> str:
    """Say ``count`` with the right noun form, e.g. ``1 paper`` or ``2 papers``."""
    word = singular if count == 1 else (many if many is not None else singular + "s")
    return f"{count} {word}"


def _found(papers: int) -> str:
    return "1 paper was found" if papers == 1 else f"{papers} papers were found"


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
        raise DomainError("A ballot must have at least 1 seat.")
    problems: list[str] = []
    named = [(PAPERS_LABEL.capitalize(), figures.papers)]
    named += [(f"Votes for {name}", v) for name, v in zip(options, figures.votes, strict=False)]
    named += [
        (ABSTAIN_LABEL.capitalize(), figures.abstain),
        (REJECTED_LABEL.capitalize(), figures.rejected),
    ]
    for label, value in named:
        if value < 0:
            problems.append(f"{label} cannot be negative ({value}).")
    if len(figures.votes) != len(options):
        problems.append(
            f"The count has figures for {plural(len(figures.votes), 'option')} "
            f"but the ballot has {plural(len(options), 'option')}."
        )
    if problems:
        return problems

    if figures.abstain + figures.rejected > figures.papers:
        problems.append(
            f"Abstentions, blank and rejected papers add up to {figures.abstain + figures.rejected}"
            f" but only {_found(figures.papers)}."
        )
    if seats == 1:
        total = sum(figures.votes) + figures.abstain + figures.rejected
        if total != figures.papers:
            gap = total - figures.papers
            side = "too many" if gap > 0 else "too few"
            problems.append(f"The figures add up to {total} but {_found(figures.papers)}: {abs(gap)} {side}.")
    valid = figures.valid
    if valid >= 0:
        for name, votes in zip(options, figures.votes, strict=True):
            if votes > valid:
                if valid == figures.papers:
                    problems.append(f"{name} has {plural(votes, 'vote')} but only {_found(figures.papers)}.")
                else:
                    problems.append(
                        f"{name} has {plural(votes, 'vote')} but only "
                        f"{plural(valid, 'paper')} {'was' if valid == 1 else 'were'} valid "
                        f"({figures.papers} found, {figures.abstain} abstentions or blank, "
                        f"{figures.rejected} rejected)."
                    )
        if seats > 1 and sum(figures.votes) > seats * valid:
            problems.append(
                f"The figures show {plural(sum(figures.votes), 'mark')} but "
                f"{plural(valid, 'valid paper')} can carry at most {seats * valid} "
                f"({seats} per paper)."
            )
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
        raise DomainError(f"{label} is empty; enter a whole number of 0 or more.")
    if not _WHOLE.fullmatch(cleaned):
        raise DomainError(f"{label} must be a whole number of 0 or more; '{cleaned}' is not.")
    value = int(cleaned)
    if value > MAX_COUNT:
        raise DomainError(f"{label} must be at most {MAX_COUNT:,}; '{cleaned}' is too large.")
    return value


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
    for label, value in (("Papers issued", issued), ("Papers found", found), ("Spoilt", spoilt)):
        if value < 0:
            raise DomainError(f"{label} cannot be negative ({value}).")
    variance = issued - found
    state: Literal["balanced", "short", "over"]
    detail = f"({issued} issued, {found} found)"
    if variance == 0:
        state = "balanced"
        message = f"Balanced: {issued} issued, {found} found."
    elif variance > 0:
        state = "short"
        message = f"{plural(variance, 'paper')} not returned {detail}; the chair must explain."
    else:
        state = "over"
        more = "1 more paper" if variance == -1 else f"{-variance} more papers"
        message = f"{more} found than issued {detail}; recount the box before the count can be accepted."
    if spoilt:
        were = "was" if spoilt == 1 else "were"
        message += f" {plural(spoilt, 'spoilt paper')} {were} cancelled and not counted."
    return PaperAccount(issued, found, spoilt, variance, state, message)
