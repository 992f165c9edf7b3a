"""The ``.blt`` ballot file: what real files hold, read into papers kept exactly as marked, and written back.

A ``.blt`` file (the format of OpenSTV, eSTV, Droop, OpaVote and the Scottish council counts) is::

    4 2                      # candidates, seats
    -3                       # optional: withdrawn candidates, as negative numbers
    [tie 2 1 3 4]            # optional: Droop's option lines ([withdrawn 3] withdraws too)
    1 1 2 0                  # weight, then the preferences in order, then 0
    2 3=4 1 0                # "=" ranks candidates equally; "-" marks a skipped number
    0                        # end of the papers
    "Ann Smith"              # one name per candidate, quoted when it holds spaces
    ...
    "Branch committee"       # the title; anything after it is free text

The reader never judges a paper: a repeated or skipped number, an equal first preference, are kept as
marked, because whether such a paper counts (and up to which preference) is the count rules' business
(see :mod:`ballotdesk.domain.preferential.papers`), and the result must report rejected papers by reason.
A defective *file*, on the other hand, is refused with the line and what is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ballotdesk.domain.errors import DomainError, os_reason
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate

Group = tuple[int, ...]
"""The candidates (numbered from 1) given one preference: one normally, several when marked equal, none for a gap."""


class BltError(DomainError):
    """A ``.blt`` file that cannot be read; the message names the line and what is wrong with it."""


@dataclass(frozen=True)
class Paper:
    """One ballot line: ``weight`` identical papers, with their preferences exactly as marked."""

    weight: int
    marks: tuple[Group, ...]

    @classmethod
    def from_numbers(cls, numbers: Sequence[int | None], weight: int = 1) -> Paper:
        """A paper as a teller reads it: the number written beside each candidate, in ballot order.

        ``[2, 1, None, 3]`` (candidate 2 first, then 1, then 4) gives preferences ``2 1 4``; a number
        written twice (``[1, 1, 2]``) becomes an equal preference, and a number left out (``[1, 3]``)
        a gap, so the paper keeps what was marked and the count's rules decide what it is worth.
        """
        marked = [(n, c) for c, n in enumerate(numbers, 1) if n is not None]
        if any(n < 1 for n, _ in marked):
            raise DomainError(translate("Blt", "a preference is a number of 1 or more"))
        top = max((n for n, _ in marked), default=0)
        return cls(weight, tuple(tuple(c for n, c in marked if n == rank) for rank in range(1, top + 1)))

    def numbers(self, candidates: int) -> list[int | None]:
        """The number beside each of ``candidates`` (None if unmarked): the inverse of :meth:`from_numbers`.

        A candidate named at two preferences (possible in a ``.blt`` line, not on paper) keeps the first.
        """
        out: list[int | None] = [None] * candidates
        for rank, group in enumerate(self.marks, 1):
            for c in group:
                if out[c - 1] is None:
                    out[c - 1] = rank
        return out


@dataclass(frozen=True)
class BallotFile:
    """Everything a ``.blt`` file says: candidates, seats, withdrawals, papers, title and trailing text."""

    candidates: tuple[str, ...]
    seats: int
    papers: tuple[Paper, ...]
    withdrawn: frozenset[int] = frozenset()
    title: str = ""
    notes: tuple[str, ...] = field(default=())
    options: tuple[str, ...] = field(default=())
    """Bracketed option lines other than ``[withdrawn ...]`` (Droop's ``[tie 3 1 2]``), kept to write back."""

    @property
    def paper_count(self) -> int:
        """How many papers the file holds, counting each line's weight."""
        return sum(p.weight for p in self.papers)


_TOKEN = re.compile(r'"((?:[^"]|"")*)"|(\S+)')


def _strip_comment(line: str) -> str:
    """The line without a ``#`` comment; a ``#`` inside a quoted name is part of the name."""
    if "#" not in line:
        return line
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == "#" and not quoted:
            return line[:i]
    return line


def _tokens(line: str) -> list[tuple[str, bool]]:
    """Words of a line as ``(text, quoted)``; doubled quotes inside a quoted name stand for one."""
    return [(m.group(1).replace('""', '"'), True) if m.group(1) is not None else (m.group(2), False)
            for m in _TOKEN.finditer(line)]


def _int(text: str) -> int | None:
    digits = text[1:] if text[:1] in "+-" else text
    return int(text) if digits.isascii() and digits.isdigit() else None


def decode(data: bytes, source: str = "the file") -> str:
    """Text of a ballot file: UTF-8 (with or without a BOM), else Windows-1252 as older Windows tools write."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise BltError(translate("Blt", "{0} is not a text file (neither UTF-8 nor Windows-1252)").format(
                source)) from None


MAX_BLT_BYTES = 512 * 1024 * 1024
"""A million papers of twenty preferences is some 60 MB; a file far larger is not a ballot file."""


def read_blt_file(path: Path) -> BallotFile:
    """Read a ``.blt`` file from disk; every refusal names the file (and the line, for a defect)."""
    from ballotdesk.domain.files import NotRegularFileError, read_regular

    try:  # a regular file only, with a limit: /dev/zero would fill memory, a FIFO would wait for ever
        data = read_regular(Path(path), MAX_BLT_BYTES, QT_TRANSLATE_NOOP("Files", "ballot file"))
    except NotRegularFileError as error:
        raise BltError(str(error)) from None
    except OSError as error:
        raise BltError(translate("Blt", "{0} cannot be read: {1}").format(path.name, os_reason(error))) from None
    return read_blt(decode(data, path.name), source=path.name)


def read_blt(text: str, source: str = "") -> BallotFile:
    """Read the text of a ``.blt`` file; raises :class:`BltError` naming the line of any defect."""
    whole = source or translate("Blt", "the file")

    def fail(number: int, what: str) -> BltError:
        if source:
            return BltError(translate("Blt", "{0}, line {1}: {2}").format(source, number, what))
        return BltError(translate("Blt", "line {0}: {1}").format(number, what))

    lines = [(n, _strip_comment(raw).strip()) for n, raw in enumerate(text.lstrip("\ufeff").splitlines(), 1)]
    lines = [(n, line) for n, line in lines if line]
    if not lines:
        raise BltError(translate("Blt", "{0} is empty: a .blt file starts with the number of candidates and of "
                                        "seats, e.g. '4 2'").format(whole))
    at = 0
    number, line = lines[at]
    head = [_int(t) for t, _ in _tokens(line)]
    if len(head) != 2 or None in head:
        raise fail(number, translate("Blt", "'{0}' should give the number of candidates and of seats, e.g. '4 2'")
                   .format(line))
    count, seats = head[0], head[1]
    assert count is not None and seats is not None
    if count < 1:
        raise fail(number, translate("Blt", "{0} candidates: there must be at least one").format(count))
    if seats < 1:
        raise fail(number, translate("Blt", "{0} seats: there must be at least one").format(seats))
    if seats > count:
        raise fail(number, translate("Blt", "{0} seats for {1} candidates").format(seats, count))
    at += 1

    def candidate(number: int, text: str) -> int:
        value = _int(text)
        if value is None or text.startswith(("+", "-")):
            raise fail(number, translate("Blt", "'{0}' is not a candidate's number").format(text))
        if not 1 <= value <= count:
            raise fail(number, translate("Blt", "a preference for candidate {0} of {1}").format(value, count))
        return value

    withdrawn: set[int] = set()
    if at < len(lines):
        number, line = lines[at]
        words = [t for t, _ in _tokens(line)]
        if words and all(w.startswith("-") and _int(w) is not None for w in words):
            for w in words:
                value = -int(w)
                if not 1 <= value <= count:
                    raise fail(number, translate("Blt", "candidate {0} of {1} is withdrawn").format(value, count))
                withdrawn.add(value)
            at += 1

    options: list[str] = []
    while at < len(lines) and lines[at][1].startswith("["):
        number, line = lines[at]
        if not line.endswith("]"):
            raise fail(number, translate("Blt", "the option line '{0}' does not end with ']'").format(line))
        words = line[1:-1].split()
        if words and words[0] == "withdrawn":
            for word in words[1:]:
                withdrawn.add(candidate(number, word))
        else:
            options.append(line)
        at += 1

    papers: list[Paper] = []
    groups: dict[str, Group] = {}
    """Each preference word read once: a file of 10,000 papers repeats the same few dozen words."""
    ended = False
    while at < len(lines):
        number, line = lines[at]
        at += 1
        words = line.split() if '"' not in line else [t for t, _ in _tokens(line)]
        if words == ["0"]:
            ended = True
            break
        weight = _int(words[0])
        if weight is None or words[0].startswith(("+", "-")):
            raise fail(number, translate("Blt", "'{0}' is not a number of papers (a ballot line starts with its "
                                               "weight)").format(words[0]))
        if weight == 0:
            raise fail(number, translate("Blt", "a ballot line with a weight of 0 (only the line '0' alone ends the "
                                               "papers)"))
        if words[-1] != "0":
            raise fail(number, translate("Blt", "the ballot line does not end with 0"))
        marks: list[Group] = []
        for word in words[1:-1]:
            group = groups.get(word)
            if group is None:
                if word == "-":
                    group = ()
                elif word == "0":
                    raise fail(number, translate("Blt", "a 0 before the end of the ballot line"))
                else:
                    group = tuple(candidate(number, part) for part in word.split("="))
                groups[word] = group
            marks.append(group)
        papers.append(Paper(weight, tuple(marks)))
    if not ended:
        raise BltError(translate("Blt", "{0} ends before the line '0' that closes the papers").format(whole))

    strings: list[tuple[int, str]] = []
    for number, line in lines[at:]:
        tokens = _tokens(line)
        if tokens and tokens[0][1]:
            strings += [(number, text) for text, _ in tokens]
        else:
            strings.append((number, line))
    if len(strings) < count:
        last = lines[-1][0]
        raise fail(last, translate("Blt", "the file ends after {0} of the {1} candidates' names").format(
            len(strings), count))
    names = [" ".join(name.split()) for _, name in strings[:count]]
    seen: dict[str, int] = {}
    for (number, _), name in zip(strings[:count], names, strict=True):
        if not name:
            raise fail(number, translate("Blt", "a candidate's name is empty"))
        if name.casefold() in seen:
            raise fail(number, translate("Blt", "the name '{0}' is given to candidates {1} and {2}").format(
                name, seen[name.casefold()], len(seen) + 1))
        seen[name.casefold()] = len(seen) + 1
    rest = strings[count:]
    title = rest[0][1].strip() if rest else ""
    notes = tuple(text for _, text in rest[1:])
    return BallotFile(tuple(names), seats, tuple(papers), frozenset(withdrawn), title, notes, tuple(options))


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def write_blt(ballots: BallotFile) -> str:
    """The ``.blt`` text of ``ballots``: reading it back gives the same papers, names, title and notes."""
    out = [f"{len(ballots.candidates)} {ballots.seats}"]
    if ballots.withdrawn:
        out.append(" ".join(f"-{c}" for c in sorted(ballots.withdrawn)))
    out += list(ballots.options)
    for paper in ballots.papers:
        marks = ["=".join(str(c) for c in group) if group else "-" for group in paper.marks]
        out.append(" ".join([str(paper.weight), *marks, "0"]))
    out.append("0")
    out += [_quote(name) for name in ballots.candidates]
    out.append(_quote(ballots.title))
    out += [_quote(note) for note in ballots.notes]
    return "\n".join(out) + "\n"
