"""The words that domain rules and services show people, in the interface language, without Qt.

``domain/`` and ``services/`` build sentences (eligibility reasons, outcomes, count checks,
refusals) but must not import PySide6. They wrap every template in :func:`translate`, which is
the identity until the interface installs a translator (``ballotdesk.ui.i18n`` installs
``QCoreApplication.translate``); the CLI never does, so it keeps speaking English. ``lupdate``
extracts the calls because the function is called ``translate(context, text)``, like Qt's.

Templates use numbered placeholders filled in *after* translation::

    translate("Eligibility", "joined {0}, after the cut-off of {1}").format(joined, cutoff)

Counts take separate templates for one and for many, as English needs them.

What is **stored** in the meeting file (audit details, declared result documents, how a count
became definitive) stays English whatever the interface shows: code that builds stored text
runs inside :func:`english`, which switches translation off for that block (in this context only,
so another thread keeps its language).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Translator = Callable[[str, str], str]
DateFormatter = Callable[[dt.date], str]


def english_date(day: dt.date) -> str:
    """A date as English speakers say it: ``3 Feb 2016`` (no leading zero, any platform, any locale)."""
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{day.day} {months[day.month - 1]} {day.year}"


_translator: Translator | None = None
_date_formatter: DateFormatter | None = None
_generation = 0
_english: ContextVar[bool] = ContextVar("ballotdesk_words_english", default=False)


def translate(context: str, text: str) -> str:
    """``text`` in the interface language (unchanged when no translator is installed, or in :func:`english`)."""
    if _translator is None or _english.get():
        return text
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for ``lupdate`` under ``context``; the code that shows it calls :func:`translate`."""
    return text


def set_translator(fn: Translator | None) -> None:
    """Install the function that translates ``(context, text)``; None restores English."""
    global _translator, _generation
    _translator = fn
    _generation += 1


def set_date_formatter(fn: DateFormatter | None) -> None:
    """Install the function that writes a date for people (e.g. "3 Chwef 2016"); None restores English."""
    global _date_formatter, _generation
    _date_formatter = fn
    _generation += 1


def format_date(day: dt.date) -> str:
    """A date in the interface language's short form; English ("3 Feb 2016") by default and in :func:`english`."""
    if _date_formatter is None or _english.get():
        return english_date(day)
    return _date_formatter(day)


def generation() -> int:
    """A number that changes whenever the translator or date formatter changes (for caches of shown text)."""
    return _generation


def translating() -> bool:
    """Whether :func:`translate` may return something other than its text here and now."""
    return (_translator is not None or _date_formatter is not None) and not _english.get()


@contextmanager
def english() -> Iterator[None]:
    """Build English text in this block whatever the interface language (for what is stored)."""
    token = _english.set(True)
    try:
        yield
    finally:
        _english.reset(token)
