"""View › Language: choose the interface language; the switch happens at once.

The menu only installs the language and announces it; the main window rebuilds its menus and
pages on :attr:`LanguageMenu.language_changed`, because every page sets its texts when it is
built (``self.tr()`` in ``__init__``) and rebuilding is simpler and surer than re-translating
each widget in place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ballotdesk.ui.i18n import LANGUAGES, current_language, install_language


class LanguageMenu(QMenu):
    """Checkable English / Cymraeg entries; ``language_changed(code)`` after a switch.

    Each language is offered in its own name (a Welsh speaker looks for "Cymraeg" even in an
    English menu), so only the menu's title is translated.
    """

    language_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Language"))
        self.setObjectName("menu_language")
        self.setAccessibleName(self.tr("Language"))
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setData(code)
            action.setToolTip(self.tr("Show BallotDesk in {0}").format(name))
            self._group.addAction(action)
            self.addAction(action)
            self.language_actions[code] = action
        self._mark(current_language())
        self._group.triggered.connect(self._chosen)

    def _mark(self, code: str) -> None:
        for key, action in self.language_actions.items():
            action.setChecked(key == code)

    def _chosen(self, action: QAction) -> None:
        self.choose(str(action.data()))

    def choose(self, code: str) -> None:
        """Install ``code`` (saved for next time) and announce it; choosing the current one does nothing."""
        if code == current_language():
            self._mark(code)
            return
        app = QCoreApplication.instance()
        if app is None:
            return
        install_language(app, code)
        self._mark(code)
        self.language_changed.emit(code)
