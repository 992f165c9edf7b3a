"""Text normalisation for the desk's search: accent-, case- and punctuation-insensitive.

"zoe" must find Zoë and "obrien" must find O'Brien, so names are folded the same way when they
are indexed and when the steward types.
"""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s\-‐‑–—/,]+")
_PUNCTUATION = re.compile(r"[^\w]+")
_SPECIAL = str.maketrans({"ß": "ss", "ø": "o", "đ": "d", "ł": "l", "ı": "i", "æ": "ae", "œ": "oe"})


def fold(text: str) -> str:
    """Lower-case, strip accents and drop punctuation inside a word ("O'Brien" -> "obrien")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _PUNCTUATION.sub("", bare)


def words(text: str) -> list[str]:
    """Split on spaces and hyphens, fold each part, keep the non-empty ones."""
    return [w for w in (fold(part) for part in _SEPARATORS.split(text)) if w]


def index_text(*values: str) -> str:
    """The words a member is found by: every part, and hyphenated names also joined up."""
    tokens: list[str] = []
    for value in values:
        parts = words(value)
        tokens.extend(parts)
        if len(parts) > 1:
            tokens.append("".join(parts))
    return " ".join(dict.fromkeys(tokens))
