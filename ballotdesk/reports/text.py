"""Words and numbers as printed, without reportlab.

Kept apart from ``reports.base`` so the GUI can format a date or a serial number the way the
documents do without importing reportlab at start-up.

Every word goes through :func:`ballotdesk.domain.words.translate` under the ``Reports`` context,
so a document built inside ``words.using(...)`` speaks the meeting's language; with no
translator in force the output is exactly the English it always was.
"""

from __future__ import annotations

import datetime

from ballotdesk.domain import words
from ballotdesk.domain.words import translate


def fmt_date(d: datetime.date) -> str:
    """Format a date as "28 Nov 2026" (or "28 Tach 2026" in a Welsh document).

    English month names come from a fixed table (``words.english_date``) rather than
    ``strftime("%b")`` because Qt sets the C locale from the environment, and the printed sheet
    must not change with it; other languages use the date formatter in force.
    """
    return words.format_date(d)


def fmt_time(t: datetime.datetime) -> str:
    """Format a time of day as "21:14" (24-hour, as tellers write it)."""
    return f"{t.hour:02d}:{t.minute:02d}"


def fmt_datetime(t: datetime.datetime) -> str:
    """Format a moment as "28 Nov 2026 at 21:14"."""
    return translate("Reports", "{0} at {1}").format(fmt_date(t), fmt_time(t))


def instruction(seats: int) -> str:
    """Return the voting instruction printed above the options."""
    if seats <= 1:
        return translate("Reports", "Mark one box")
    return translate("Reports", "Mark up to {0} boxes").format(seats)


def serial_text(serial: int, prefix: str = "") -> str:
    """Return a paper's printed serial, e.g. ``"No. 000123"`` or ``"No. B-000123"``."""
    return translate("Reports", "No. {0}").format(f"{prefix}{serial:06d}")
