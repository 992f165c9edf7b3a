"""Who a teller is: names compared as people mean them, and the short codes the chair hands out.

Four-eyes counting rests on the two entries for a box coming from two people. On one laptop a
name is only what someone typed, so "Sian Evans" and "siân  evans" must be one name, and each
teller proves who they are with a code only they were given.
"""

from __future__ import annotations

import secrets

from ballotdesk.domain.search import fold

CODE_ALPHABET = "ACDEFHJKMNPRTUVWXY3479"
"""Letters and digits that cannot be misread for one another (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, 6/G)."""
CODE_LENGTH = 6


def name_key(name: str) -> str:
    """A teller's name as compared: case, accents, punctuation and spacing ignored."""
    return " ".join(fold(word) for word in name.split())


def same_name(first: str, second: str) -> bool:
    """Whether two typed names are the same person's name (see :func:`name_key`)."""
    return name_key(first) == name_key(second)


def new_code() -> str:
    """A fresh teller code: six characters, easy to read aloud and to type."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def typed_code(text: str) -> str:
    """A code as typed, read as written on the slip: spaces and dashes dropped, any case."""
    return "".join(ch for ch in text.upper() if ch not in " -")
