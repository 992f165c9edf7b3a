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

Printed documents follow the *meeting's* language, not the interface's: they are built inside
:func:`using` (or :func:`in_language`), which overrides the translator and date formatter for
that block, in this context only. ``domain/`` and ``services/`` cannot load Qt's catalogues, so
the GUI and the CLI install a provider with :func:`set_language_provider` that returns the
translator and date formatter for a language code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar

Translator = Callable[[str, str], str]
DateFormatter = Callable[[dt.date], str]


def english_date(day: dt.date) -> str:
    """A date as English speakers say it: ``3 Feb 2016`` (no leading zero, any platform, any locale)."""
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{day.day} {months[day.month - 1]} {day.year}"


def clock(value: str | dt.datetime | None, *, today: dt.date | None = None) -> str:
    """A time as the hall reads it, ``19:42``: the one place the clock format is written.

    With ``today`` given, a time on another day also names the day (``28 Nov 19:42``), as a
    command run the morning after needs. A stored text that is not a time is shown as it is.
    """
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            when = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    else:
        when = value
    text = f"{when.hour:02d}:{when.minute:02d}"
    if today is not None and when.date() != today:
        return f"{english_date(when.date()).rsplit(' ', 1)[0]} {text}"
    return text


_translator: Translator | None = None
_date_formatter: DateFormatter | None = None
_generation = 0
_english: ContextVar[bool] = ContextVar("ballotdesk_words_english", default=False)
_override: ContextVar[tuple[Translator | None, DateFormatter | None] | None] = ContextVar(
    "ballotdesk_words_override", default=None)

LanguageProvider = Callable[[str], tuple[Translator, DateFormatter] | None]
_language_provider: LanguageProvider | None = None

SOURCE_LANGUAGE = "en"
DOCUMENT_LANGUAGES = ("en", "cy")
"""Languages a meeting's printed documents may be in (English is the source language)."""


def _current() -> tuple[Translator | None, DateFormatter | None]:
    override = _override.get()
    return override if override is not None else (_translator, _date_formatter)


def translate(context: str, text: str) -> str:
    """``text`` in the language in force (unchanged when no translator is installed, or in :func:`english`).

    That is the language of the enclosing :func:`using` block, else the interface language.
    """
    if _english.get():
        return text
    translator = _current()[0]
    return text if translator is None else translator(context, text)


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
    if _english.get():
        return english_date(day)
    formatter = _current()[1]
    return english_date(day) if formatter is None else formatter(day)


def generation() -> int:
    """A number that changes whenever the translator or date formatter changes (for caches of shown text)."""
    return _generation


def translating() -> bool:
    """Whether :func:`translate` may return something other than its text here and now."""
    translator, formatter = _current()
    return (translator is not None or formatter is not None) and not _english.get()


@contextmanager
def english() -> Iterator[None]:
    """Build English text in this block whatever the interface language (for what is stored)."""
    token = _english.set(True)
    try:
        yield
    finally:
        _english.reset(token)


@contextmanager
def using(translator: Translator | None, date_formatter: DateFormatter | None) -> Iterator[None]:
    """Build text with ``translator`` and ``date_formatter`` in this block (None for each: English).

    Overrides the interface language in this context only (another thread keeps its own);
    :func:`english` inside the block still wins, so stored text stays English.
    """
    token = _override.set((translator, date_formatter))
    try:
        yield
    finally:
        _override.reset(token)


def set_language_provider(fn: LanguageProvider | None) -> None:
    """Install what turns a language code into ``(translator, date formatter)`` (None when not offered)."""
    global _language_provider
    _language_provider = fn


def language_words(code: str) -> tuple[Translator | None, DateFormatter | None]:
    """The translator and date formatter for ``code``, for :func:`using`; ``(None, None)`` is English.

    English when ``code`` is the source language, no provider is installed, or it has no catalogue.
    """
    if code == SOURCE_LANGUAGE or _language_provider is None:
        return None, None
    found = _language_provider(code)
    return (None, None) if found is None else found


def in_language(code: str) -> AbstractContextManager[None]:
    """Build text in ``code`` in this block (looks the language up now, on the calling thread)."""
    return using(*language_words(code))
