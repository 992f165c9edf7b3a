"""Keying preferential papers: a paper as the teller types it, a batch compared with its second keying.

Plain Python, no Qt and no SQL. A paper is typed as the numbers written beside the candidates, in
the order they are printed ("2 1 - 3": ``-`` for a box left blank) and kept exactly so: whether a
repeated or skipped number still counts is the count rules' business (:mod:`.papers`), not the
keyboard's. What is refused here is only what cannot be a paper at all (a word, a number of marks
that is not the number of candidates), so a slip is caught at the Enter that made it.

Each batch of papers is keyed twice, blind, by two tellers (four eyes, as the Dutch Electoral
Council's Abacus does for counts); :func:`compare` finds the papers on which the two keyings
differ, for the chair to settle. :func:`batch_checks` holds a keying against what the tellers
counted by hand: the papers in the batch and the first-preference piles.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.preferential.blt import Paper
from ballotdesk.domain.words import translate

BATCH_SIZE = 25
"""Papers in a batch unless the tellers make it smaller (the last of a box usually is)."""
BLANK = "-"
MAX_MARK = 999
"""The largest number read from a paper: more is a typing slip, not a preference."""


def parse_marks(text: str, candidates: int) -> str:
    """The paper as stored: one mark per candidate, single spaces, ``-`` for a blank box.

    Accepts "2 1 - 3", "2,1,-,3" ("0" or "." for a blank box too) and, with fewer than ten
    candidates, "21-3" typed without spaces.

    Raises:
        DomainError: naming what is wrong, so the teller can correct the paper before the next one.
    """
    words = text.replace(",", " ").split()
    if len(words) == 1 and candidates > 1 and len(words[0]) == candidates and candidates < 10:
        words = list(words[0])
    if not words:
        raise DomainError(translate("RankedEntry", "Type the number beside each candidate ('-' for a blank box)."))
    marks: list[str] = []
    for word in words:
        if word in (BLANK, ".", "0"):  # "0" and "." too: quicker to reach beside the digits
            marks.append(BLANK)
            continue
        if not (word.isascii() and word.isdigit()):
            raise DomainError(translate("RankedEntry", "'{0}' is not a number; type the numbers as marked, "
                                                       "'-' for a blank box.").format(word))
        value = int(word)
        if value > MAX_MARK:
            raise DomainError(translate("RankedEntry", "{0} is not a preference that a paper can carry.").format(word))
        marks.append(str(value))
    if len(marks) != candidates:
        raise DomainError(translate("RankedEntry", "{0} marks for {1} candidates: type one for each candidate, "
                                                   "'-' for a blank box.").format(len(marks), candidates))
    return " ".join(marks)


def numbers_of(marks: str) -> list[int | None]:
    """The stored marks as numbers (None for a blank box), in the candidates' printed order."""
    return [None if word == BLANK else int(word) for word in marks.split()]


def paper_of(marks: str) -> Paper:
    """The stored marks as a paper the count reads."""
    return Paper.from_numbers(numbers_of(marks))


def marks_of(paper: Paper, candidates: int) -> str:
    """A paper (from a ``.blt`` file) as the marks a teller would have typed.

    Equal preferences come back as the same number twice and gaps as skipped numbers, so the
    paper read back from the marks is the one given (a candidate named twice in a ``.blt`` line
    cannot be written on paper; it keeps its first preference, which is all the count reads).
    """
    return " ".join(BLANK if n is None else str(n) for n in paper.numbers(candidates))


def first_choice(marks: str) -> int | None:
    """The candidate (from 0) with the only "1" on the paper, or None: no first preference, or two."""
    ones = [i for i, n in enumerate(numbers_of(marks)) if n == 1]
    return ones[0] if len(ones) == 1 else None


@dataclass(frozen=True)
class Difference:
    """A paper (by position in the batch) on which the two keyings differ; None where one has no such paper."""

    position: int
    first: str | None
    second: str | None


def compare(first: Sequence[str], second: Sequence[str]) -> list[Difference]:
    """The papers on which two keyings of a batch differ, in order.

    Papers are compared position by position: the tellers key the same physical pile in the same
    order, so a paper left out by one shows as every later paper differing, which is what the
    chair needs to see to find it.
    """
    out = []
    for position in range(1, max(len(first), len(second)) + 1):
        a = first[position - 1] if position <= len(first) else None
        b = second[position - 1] if position <= len(second) else None
        if a != b:
            out.append(Difference(position, a, b))
    return out


def first_piles(papers: Sequence[str], candidates: int) -> list[int]:
    """Per candidate, the keyed papers whose only "1" is beside that candidate."""
    piles = [0] * candidates
    for marks in papers:
        choice = first_choice(marks)
        if choice is not None:
            piles[choice] += 1
    return piles


def batch_checks(papers: Sequence[str], names: Sequence[str], counted: int | None,
                 piles: Sequence[int] | None) -> list[str]:
    """What the keying of a batch does not agree with among the tellers' hand counts, in words.

    ``counted`` is the number of papers the tellers counted into the batch, ``piles`` the number
    in each candidate's first-preference pile (either None when not counted).
    """
    problems = []
    if counted is not None and counted != len(papers):
        problems.append(translate("RankedEntry", "{0} papers keyed but {1} counted by hand").format(
            len(papers), counted))
    if piles is not None:
        keyed = first_piles(papers, len(names))
        for name, hand, typed in zip(names, piles, keyed, strict=True):
            if hand != typed:
                problems.append(translate("RankedEntry", "{0} first preferences for {1} keyed but {2} in the pile")
                                .format(typed, name, hand))
    return problems


def parse_piles(items: Sequence[str], names: Sequence[str]) -> list[int]:
    """First-preference piles given as "NAME=N" (a candidate left out had an empty pile).

    Raises:
        DomainError: a name that is not a candidate, a figure that is not a whole number, or a name twice.
    """
    by_name = {name.casefold(): i for i, name in enumerate(names)}
    piles = [0] * len(names)
    seen: set[int] = set()
    for item in items:
        name, sep, value = item.rpartition("=")
        if not sep or not name.strip():
            raise DomainError(translate("RankedEntry", "'{0}' must look like \"NAME=N\".").format(item))
        index = by_name.get(name.strip().casefold())
        if index is None:
            raise DomainError(translate("RankedEntry", "'{0}' is not a candidate: {1}.").format(
                name.strip(), ", ".join(names)))
        if index in seen:
            raise DomainError(translate("RankedEntry", "'{0}' is given more than once.").format(names[index]))
        seen.add(index)
        piles[index] = check_count(value, translate("RankedEntry", "the pile of {0}").format(names[index]))
    return piles


def check_count(text: str | int, what: str) -> int:
    """A hand count: a whole number of 0 or more, else a refusal naming ``what``."""
    value = str(text).strip()
    if not (value.isascii() and value.isdigit()):
        raise DomainError(translate("RankedEntry", "{0}: '{1}' is not a whole number of papers.").format(what, text))
    return int(value)


def piles_text(piles: Sequence[int] | None, names: Sequence[str]) -> Mapping[str, int] | None:
    """Piles by candidate's name, as the audit log and the JSON output show them."""
    return None if piles is None else dict(zip(names, piles, strict=True))
