"""Small formatting helpers shared by the models and pages, so every screen writes times alike."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ballotdesk.domain import words
from ballotdesk.domain.eligibility import long_date


def clock(stamp: str | None) -> str:
    """The wall-clock time of a stored ISO timestamp, e.g. ``19:42`` (empty for None)."""
    return words.clock(stamp)


def day(value: str | dt.date | None) -> str:
    """A stored ISO date as people say it, e.g. ``3 Feb 2015`` (empty for None)."""
    if not value:
        return ""
    if isinstance(value, dt.date):
        return long_date(value)
    try:
        return long_date(dt.date.fromisoformat(value))
    except ValueError:
        return value


def yes_no(flag: bool) -> str:
    """Words rather than colour or a tick, so the answer is read the same by everyone."""
    return QCoreApplication.translate("Models", "Yes") if flag else QCoreApplication.translate("Models", "No")


def registered_words(stamp: str | None, not_yet: str | None = None) -> str:
    """"Yes, 19:42" for someone registered at that time; ``not_yet`` (default "No") otherwise."""
    if stamp:
        return QCoreApplication.translate("Models", "Yes, {0}").format(clock(stamp))
    return QCoreApplication.translate("Models", "No") if not_yet is None else not_yet
