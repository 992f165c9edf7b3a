"""Words and numbers as printed, without reportlab.

Kept apart from ``reports.base`` so the GUI can format a date or a serial number the way the
documents do without importing reportlab at start-up.
"""

from __future__ import annotations

import datetime

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def fmt_date(d: datetime.date) -> str:
    """Format a date as "28 Nov 2026".

    English month names come from a fixed table rather than ``strftime("%b")`` because Qt sets
    the C locale from the environment, and the printed sheet must not change with it.
    """
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def fmt_time(t: datetime.datetime) -> str:
    """Format a time of day as "21:14" (24-hour, as tellers write it)."""
    return f"{t.hour:02d}:{t.minute:02d}"


def fmt_datetime(t: datetime.datetime) -> str:
    """Format a moment as "28 Nov 2026 at 21:14"."""
    return f"{fmt_date(t)} at {fmt_time(t)}"


def instruction(seats: int) -> str:
    """Return the voting instruction printed above the options."""
    if seats <= 1:
        return "Mark one box"
    return f"Mark up to {seats} boxes"


def serial_text(serial: int, prefix: str = "") -> str:
    """Return a paper's printed serial, e.g. ``"No. 000123"`` or ``"No. B-000123"``."""
    return f"No. {prefix}{serial:06d}"
