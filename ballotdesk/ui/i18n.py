"""The interface language: Qt translators for our strings and Qt's own, the locale, the saved choice.

One system, Qt's: widgets call ``self.tr()``, other code ``QCoreApplication.translate()``, and the
compiled ``.qm`` files ship under ``resources/translations`` (built from the ``.ts`` sources by
``packaging/update_translations.py``), so nothing here needs Qt's tools at run time. Installing a
translator makes Qt send ``QEvent.LanguageChange`` to every widget; the main window rebuilds its
pages on :class:`ballotdesk.ui.shell.language.LanguageMenu`'s signal, so a switch needs no restart.

English is the source language: choosing it removes every translator rather than loading one.
What printed documents need (the languages, the catalogues, ``document_words``) lives in
:mod:`ballotdesk.i18n_core`, Qt Core only, so the headless commands print in Welsh without
importing the interface; it is re-exported here under the same names.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QSettings, QTranslator

from ballotdesk.domain import words
from ballotdesk.i18n_core import DEFAULT_LANGUAGE as DEFAULT_LANGUAGE
from ballotdesk.i18n_core import LANGUAGES as LANGUAGES
from ballotdesk.i18n_core import LOCALES as _LOCALES
from ballotdesk.i18n_core import document_words as document_words
from ballotdesk.i18n_core import install_document_words as install_document_words
from ballotdesk.i18n_core import our_translation as _our_translation
from ballotdesk.paths import config_dir
from ballotdesk.res import resource, resource_path

SETTINGS_KEY = "language"

# Installed translators are kept here: Qt does not own them, and a translator that Python
# collects silently stops translating.
_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def _settings() -> QSettings:
    """The same ini file as the main window's settings (recent files, geometry)."""
    return QSettings(str(config_dir() / "ballotdesk.ini"), QSettings.Format.IniFormat)


def saved_language() -> str:
    """The language chosen last time (English when none was chosen or it is no longer offered)."""
    value = _settings().value(SETTINGS_KEY, DEFAULT_LANGUAGE)
    code = str(value) if value else DEFAULT_LANGUAGE
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    """The language installed now."""
    return _current


def _qt_translation(code: str) -> Path | None:
    """Qt's own catalogue (button texts, file dialogs, context menus) for ``code``.

    Qt's translations folder is preferred; PySide6-Essentials ships no Welsh ``qtbase_cy.qm``,
    so our own small one under ``resources/translations`` covers the Qt strings the app shows.
    """
    name = f"qtbase_{code}.qm"
    qt_file = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / name
    if qt_file.is_file():
        return qt_file
    return resource_path("translations", name) if resource("translations", name).is_file() else None


def install_language(app: QCoreApplication, code: str, *, remember: bool = True) -> None:
    """Switch the interface to ``code`` now: translators, default locale and the saved choice.

    Args:
        app: the running application (translators are installed on it).
        code: a key of :data:`LANGUAGES`.
        remember: save the choice for the next start (off for a one-off switch, e.g. screenshots).

    Raises:
        ValueError: for a language BallotDesk does not offer.
    """
    global _current
    if code not in LANGUAGES:
        raise ValueError(f"BallotDesk is not translated into {code!r}; choose one of {', '.join(LANGUAGES)}.")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if code != DEFAULT_LANGUAGE:
        for path in (_qt_translation(code), _our_translation(code)):
            if path is None:
                continue
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                _installed.append(translator)
    language, country = _LOCALES[code]
    QLocale.setDefault(QLocale(language, country))
    _current = code
    install_domain_words(code)
    install_document_words()
    if remember:
        settings = _settings()
        settings.setValue(SETTINGS_KEY, code)
        settings.sync()


def _translate_domain(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _short_date(value: dt.date) -> str:
    """A date in the interface language's short form, e.g. "3 Feb 2016" / "3 Chwef 2016"."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def install_domain_words(code: str) -> None:
    """Let ``domain/`` and ``services/`` speak ``code``: their sentences go through Qt's translators.

    English needs no hook (the sources are English), so the domain's own formatting is kept exactly.
    """
    if code == DEFAULT_LANGUAGE:
        words.set_translator(None)
        words.set_date_formatter(None)
    else:
        words.set_translator(_translate_domain)
        words.set_date_formatter(_short_date)


def format_date(value: dt.date) -> str:
    """A date as the interface language writes it, e.g. "21 March 2026" / "21 Mawrth 2026"."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def format_number(value: float) -> str:
    """A number with the interface language's digit grouping (whole numbers without decimals)."""
    locale = QLocale()
    if isinstance(value, int) or float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", 1)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for ``lupdate`` under ``context`` and return it unchanged (typed, unlike Qt's).

    For strings defined before a translator can be asked (column headers, status words at module
    level); the code that shows them calls ``QCoreApplication.translate(context, text)``.
    """
    return text
