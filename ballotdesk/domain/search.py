"""Text normalisation for the desk's search: accent-, case- and punctuation-insensitive.

"zoe" must find Zoë and "obrien" must find O'Brien, so names are folded the same way when they
are indexed and when the steward types.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from array import array
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import compress, islice

_SEPARATORS = re.compile(r"[\s\-‐‑–—/,]+")
_PUNCTUATION = re.compile(r"[^\w]+")
_SPECIAL = str.maketrans({"ß": "ss", "ø": "o", "đ": "d", "ł": "l", "ı": "i", "æ": "ae", "œ": "oe"})


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, strip accents and drop punctuation inside a word ("O'Brien" -> "obrien").

    Cached, because a roll repeats the same first names and surnames thousands of times.
    """
    if text.isascii():
        return _PUNCTUATION.sub("", text.lower())
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL))
    return _PUNCTUATION.sub("", _COMBINING.sub("", decomposed))


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    return tuple(w for w in (fold(part) for part in _SEPARATORS.split(text)) if w)


def words(text: str) -> list[str]:
    """Split on spaces and hyphens, fold each part, keep the non-empty ones."""
    return list(_words(text))


_APOSTROPHES = re.compile("['’‘`]")


@lru_cache(maxsize=65536)
def _part(value: str) -> str:
    """One value's words for the index: each word, and a value of several words also joined up.

    A name with an apostrophe is also split at it, so "o brien" finds O'Brien as "obrien" does.
    """
    parts = _words(value)
    text = " ".join(parts)
    if len(parts) > 1:
        text += " " + "".join(parts)
    if _APOSTROPHES.search(value):
        pieces = _words(_APOSTROPHES.sub(" ", value))
        if len(pieces) > len(parts):
            text += " " + " ".join(pieces)
    return text


def looks_like_number(text: str) -> bool:
    """Whether typed text could be a membership number (one word with a digit), rather than a name.

    The desk answers "No member matches 'öztürk ayşe'" for a name: calling it a membership
    number sends the steward looking for a card the member never showed.
    """
    cleaned = text.strip()
    return bool(cleaned) and not any(c.isspace() for c in cleaned) and any(c.isdigit() for c in cleaned)


def index_text(*values: str) -> str:
    """The words a member is found by (first name, surname, number, postcode): see :func:`_part`."""
    return " ".join(filter(None, map(_part, values)))


def index_columns(first: Sequence[str], last: Sequence[str], number: Sequence[str],
                  postcode: Sequence[str]) -> tuple[list[str], list[str]]:
    """Search texts and sort keys for whole columns of members, as :func:`index_text` makes them one by one.

    An import of 100,000 members does this a column at a time: names repeat and are folded
    once each (cached); numbers and postcodes are nearly all different, so when a column is
    plain ASCII letters, digits and spaces it is handled by C loops, with no folding at all.
    """
    columns = [_column_parts(values) for values in (first, last, number, postcode)]
    texts = list(map(" ".join, zip(*columns, strict=True)))
    # A member without a postcode (or a name) would have a doubled space: only those are joined again.
    gaps = sorted(set().union(*(compress(range(len(column)), map(operator.not_, column)) for column in columns)))
    for at in gaps:
        texts[at] = " ".join(filter(None, (column[at] for column in columns)))
    sort_keys = list(map(" ".join, zip(map(fold, last), map(fold, first), strict=True)))
    return texts, sort_keys


def _column_parts(values: Sequence[str]) -> list[str]:
    joined = "".join(values)
    if joined.isascii() and joined.replace(" ", "").isalnum():
        if " " not in joined:  # one word each (numbers, most names): the word is all there is
            return list(map(str.lower, values))
        spaced = list(map(" ".join, map(str.split, map(str.lower, values))))
        glued = list(map("".join, map(str.split, spaced)))
        return [a if a == b else f"{a} {b}" for a, b in zip(spaced, glued, strict=True)]
    return list(map(_part, values))


class SearchIndex:
    """Every member's search words, in roll order, held in memory for the desk.

    The desk needs each keystroke answered within a frame, and the chair needs a 100,000-member
    import to take a second or two. An SQLite FTS5 index with the prefix indexes that made
    one-letter searches fast cost more to build than the rest of the import together; this
    index costs one sorted read of the roll and about 50 bytes a member.

    Each member is one line, ``" word word word \\n"``, in chunks of :data:`CHUNK` lines, in the
    order the roll is shown (surname, first name). A query scans for its rarest term at the start
    of a word with ``str.find`` (C speed), checks the other terms in that line, and stops when it
    has enough, so a broad query ("s") stops after a few lines.
    """

    CHUNK = 4096
    SAMPLE = 6  # chunks counted to choose which term to scan for
    WINDOW = 1000  # members ranked for a query

    def __init__(self, rowids: Sequence[int], texts: Sequence[str]) -> None:
        """Each member's rowid and search text, in the order hits are wanted."""
        self._chunks: list[str] = []
        self._rowids: list[array[int]] = []
        for at in range(0, len(rowids), self.CHUNK):
            self._add(rowids[at:at + self.CHUNK], texts[at:at + self.CHUNK])

    @classmethod
    def of(cls, entries: Iterable[tuple[int, str]]) -> SearchIndex:
        """An index of ``(rowid, search text)`` pairs in the order hits are wanted, read a chunk at a time.

        Reading a 100,000-member roll whole into a list first would double the memory the
        index needs at its peak.
        """
        index = cls((), ())
        pairs = iter(entries)
        while batch := list(islice(pairs, cls.CHUNK)):
            index._add([rowid for rowid, _ in batch], [text for _, text in batch])
        return index

    def _add(self, rowids: Sequence[int], lines: Sequence[str]) -> None:
        text = " \n ".join(lines)
        # A newline, tab or double space inside a text would shift lines or hide a word; search
        # texts are folded single-spaced words, but one built elsewhere must not corrupt the index.
        if text.count("\n") != len(lines) - 1 or "\t" in text or "  " in text:
            text = " \n ".join(" ".join(line.split()) for line in lines)
        self._chunks.append((" " + text + " \n").lower())  # terms are folded to lower case
        self._rowids.append(array("q", rowids))

    def __len__(self) -> int:
        return sum(len(r) for r in self._rowids)

    def find(self, terms: Sequence[str], limit: int) -> list[int]:
        """Rowids of members having a word that starts with each term, best first, at most ``limit``.

        Best first: members in whom every term is a whole word ("jo" finds Jo Smith before the
        Joneses), those whose word stands alone ("jones": Jones before Davies-Jones) ahead, then
        the others, each in roll order. They are ranked among the first
        :data:`WINDOW` members found, so that a broad query still costs about a millisecond:
        one more letter narrows it.
        """
        terms = [t.lower() for t in terms if t]  # as the index is: fold() keeps a few capitals (Cherokee, ℍ)
        if not terms or limit <= 0:
            return []
        hits = self._scan(terms, max(limit, self.WINDOW))
        whole = [" " + t + " " for t in terms]
        first = [(rowid, line) for rowid, line in hits if all(word in line for word in whole)]
        # Among those, a term that is a name of its own ("Jones") before one that is also part
        # of a double-barrelled name, which the index holds joined up too ("daviesjones").
        exact = [rowid for rowid, line in first if all(line.count(t) == line.count(w) for t, w in zip(
            terms, whole, strict=True))]
        chosen = set(exact)
        ranked = exact + [rowid for rowid, _ in first if rowid not in chosen]
        if len(ranked) >= limit:
            return ranked[:limit]
        chosen.update(ranked)
        return ranked + [rowid for rowid, _ in hits if rowid not in chosen][:limit - len(ranked)]

    def matches(self, terms: Sequence[str]) -> list[int]:
        """Rowids of every member having a word that starts with each term, in roll order (the Roll page's filter)."""
        terms = [t.lower() for t in terms if t]
        return [rowid for rowid, _ in self._scan(terms, len(self))] if terms and len(self) else []

    def _rarest(self, words: list[str]) -> str:
        """The word to scan for: the one found least often in a sample of the roll.

        Every line the scan stops at costs a microsecond of Python, so "sa15 3" must scan for
        " 3" (a few members) rather than " sa15" (a third of the roll). Counting is C speed,
        and a sample of chunks spread over the roll is enough to tell them apart.
        """
        if len(words) == 1:
            return words[0]
        step = max(1, len(self._chunks) // self.SAMPLE)
        sample = self._chunks[::step]
        return min(words, key=lambda word: (sum(chunk.count(word) for chunk in sample), -len(word)))

    def _scan(self, terms: list[str], limit: int) -> list[tuple[int, str]]:
        """``(rowid, line)`` of the first ``limit`` members in whom every term starts a word."""
        words = [" " + t for t in terms]
        needle = self._rarest(words)
        others = list(words)
        others.remove(needle)
        # Every line the scan stops at runs the loop below in Python, so it is kept bare: one
        # other word (the usual "surname first-name" query) is checked without a generator.
        other = others.pop() if len(others) == 1 else ""
        found: list[tuple[int, str]] = []
        for chunk, rowids in zip(self._chunks, self._rowids, strict=True):
            line_no, counted = 0, 0  # the line number of position ``counted``, counted as the scan goes
            find, rfind = chunk.find, chunk.rfind
            at = find(needle)
            while at != -1:
                start = rfind("\n", 0, at) + 1
                stop = find("\n", at)
                line = chunk[start:stop]
                if other in line and (not others or all(word in line for word in others)):
                    line_no += chunk.count("\n", counted, start)
                    counted = start
                    found.append((rowids[line_no], line))
                    if len(found) == limit:
                        return found
                at = find(needle, stop)
        return found
