"""Text normalisation for the desk's search: accent-, case- and punctuation-insensitive.

"zoe" must find Zoë and "obrien" must find O'Brien, so names are folded the same way when they
are indexed and when the steward types.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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


def _plain(value: str) -> bool:
    return value.isascii() and value.replace(" ", "").isalnum()


def index_text(*values: str) -> str:
    """The words a member is found by: every part, and multi-part values also joined up.

    Plain ASCII values (membership numbers, postcodes, most names) skip the Unicode folding,
    which keeps a 100,000-member import fast.
    """
    tokens: list[str] = []
    for value in values:
        parts = value.lower().split() if _plain(value) else _words(value)
        tokens.extend(parts)
        if len(parts) > 1:
            tokens.append("".join(parts))
    return " ".join(dict.fromkeys(tokens))
