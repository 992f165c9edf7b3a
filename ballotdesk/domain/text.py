"""Text typed into a meeting: what may be stored, and the refusal in words when it may not.

Plain Python (no Qt): the services check what they are given, and the dialogs check the same
rule before they close, so a refusal never loses what was typed.
"""

from __future__ import annotations

import unicodedata

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate

_FIELD_WORDS = {
    "title": QT_TRANSLATE_NOOP("Meeting", "title"),
    "venue": QT_TRANSLATE_NOOP("Meeting", "venue"),
    "organisation": QT_TRANSLATE_NOOP("Meeting", "organisation"),
    "chair": QT_TRANSLATE_NOOP("Meeting", "chair"),
    "secretary": QT_TRANSLATE_NOOP("Meeting", "secretary"),
    "number": QT_TRANSLATE_NOOP("Meeting", "membership number"),
    "first_name": QT_TRANSLATE_NOOP("Meeting", "first name"),
    "last_name": QT_TRANSLATE_NOOP("Meeting", "last name"),
    "ward": QT_TRANSLATE_NOOP("Meeting", "ward"),
    "postcode": QT_TRANSLATE_NOOP("Meeting", "postcode"),
    "status": QT_TRANSLATE_NOOP("Meeting", "status"),
    "email": QT_TRANSLATE_NOOP("Meeting", "e-mail address"),
    "name": QT_TRANSLATE_NOOP("Meeting", "name"),
    "note": QT_TRANSLATE_NOOP("Meeting", "note"),
    "reason": QT_TRANSLATE_NOOP("Meeting", "reason"),
    "ballot_title": QT_TRANSLATE_NOOP("Meeting", "ballot title"),
    "question": QT_TRANSLATE_NOOP("Meeting", "question"),
    "option": QT_TRANSLATE_NOOP("Meeting", "option"),
    "box": QT_TRANSLATE_NOOP("Meeting", "box name"),
}
"""What a refusal calls each typed field (the form's own label, in lower case)."""

TEXT_LIMITS = {"title": 500, "venue": 500, "organisation": 500, "chair": 200, "secretary": 200,
               "number": 50, "note": 500, "reason": 500, "ballot_title": 500, "question": 2000, "box": 80}
"""The most characters each typed field may hold; any other field: :data:`NAME_LIMIT`.

A name of thousands of characters is a paste gone wrong, and it cannot be printed: the attendance
register's table cell would be taller than a page, and the PDF would fail half-way through the evening.
"""
NAME_LIMIT = 200

_HIDDEN_FORMAT = frozenset({0x200B, 0x2060, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A)})
"""Invisible characters that a name never needs: zero-width space, word joiner, byte-order mark,
and the bidirectional embeddings, overrides and isolates, which reorder what follows them on screen
and on paper ("evil" shown as "live"). Joiners (U+200C, U+200D) and marks (U+200E, U+200F) stay
allowed: Persian, Indic scripts and emoji need them."""


def check_text(field_name: str, value: str) -> str:
    """``value`` as typed into ``field_name`` with surrounding spaces removed, or refused in words.

    What is typed at the door is stored, printed and read aloud: a tab or line break pasted from
    a spreadsheet, a NUL, a zero-width space or a right-to-left override is stored invisibly and
    then shown wrongly (or, in a membership number, makes a second member who can vote again).
    Such characters are refused, naming the field and where the character is, never dropped
    behind the user's back. A membership number refuses every invisible formatting character.
    """
    text = value.strip()
    what = translate("Meeting", _FIELD_WORDS.get(field_name, field_name))
    limit = TEXT_LIMITS.get(field_name, NAME_LIMIT)
    before = len(value) - len(value.lstrip())  # positions count from the start of the field as typed
    for position, char in enumerate(text, before + 1):
        code = ord(char)
        category = unicodedata.category(char)
        hidden = code in _HIDDEN_FORMAT or (field_name == "number" and category == "Cf")
        if category in ("Cc", "Cs", "Zl", "Zp") or hidden:
            if char in "\r\n\u2028\u2029":
                found = translate("Meeting", "a line break")
            elif char == "\t":
                found = translate("Meeting", "a tab")
            else:
                found = translate("Meeting", "an invisible character (U+{0})").format(f"{code:04X}")
            raise DomainError(translate(
                "Meeting", "The {0} has {1} at character {2}; remove it (it would be stored unseen, "
                "then shown and printed wrongly).").format(what, found, position))
    if len(text) > limit:
        raise DomainError(translate("Meeting", "The {0} is {1} characters long; it may be at most {2}.").format(
            what, f"{len(text):,}", f"{limit:,}"))
    return text
