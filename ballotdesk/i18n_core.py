"""Printed documents in the meeting's language, with Qt Core only: what the headless commands need.

The desktop app and the headless commands print the same documents from the same ``.qm``
catalogues, so this module is the one place outside ``ui/`` that touches Qt: QtCore's
``QTranslator`` and ``QLocale`` read the catalogues and write dates, with no display and no
widgets. ``ballotdesk.ui.i18n`` builds the interface language (installed translators, the saved
choice) on top of it and re-exports these names.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QTranslator

from ballotdesk.domain import words
from ballotdesk.res import resource, resource_path

LANGUAGES: dict[str, str] = {"en": "English", "cy": "Cymraeg"}
"""Language code → the language's name in itself (how a menu should offer it)."""

DEFAULT_LANGUAGE = "en"

LOCALES: dict[str, tuple[QLocale.Language, QLocale.Country]] = {
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "cy": (QLocale.Language.Welsh, QLocale.Country.UnitedKingdom),
}


def our_translation(code: str) -> Path | None:
    """Our compiled catalogue for ``code``, if shipped."""
    name = f"ballotdesk_{code}.qm"
    return resource_path("translations", name) if resource("translations", name).is_file() else None


_document_words: dict[str, tuple[words.Translator, words.DateFormatter] | None] = {}
"""Loaded per language code; the QTranslators are kept alive here (one Python collects stops translating)."""


def document_words(code: str) -> tuple[words.Translator, words.DateFormatter] | None:
    """The translator and date formatter for documents printed in ``code`` (None: English or not shipped).

    A separate :class:`QTranslator`, never installed on the application, so a Welsh document can
    be printed from an English interface and the other way round. Its ``translate`` is called
    directly (also from worker threads: a loaded translator is only read); a message it lacks
    comes back in English.
    """
    if code in _document_words:
        return _document_words[code]
    found: tuple[words.Translator, words.DateFormatter] | None = None
    path = our_translation(code) if code in LOCALES and code != DEFAULT_LANGUAGE else None
    translator = QTranslator()
    if path is not None and translator.load(str(path)):
        locale = QLocale(*LOCALES[code])

        def translate(context: str, text: str) -> str:
            return translator.translate(context, text) or text

        def short_date(value: dt.date) -> str:
            return locale.toString(QDate(value.year, value.month, value.day), "d MMM yyyy")

        found = (translate, short_date)
    _document_words[code] = found
    return found


def install_document_words() -> None:
    """Let the services print documents in each meeting's language (called at start, GUI and CLI)."""
    words.set_language_provider(document_words)
