"""The main window's menu bar: File, Edit, Meeting, View and Help, laid out from the declared actions.

Part of :class:`~ballotdesk.ui.shell.main_window.MainWindow` (a mixin it is built from), kept apart
so the window's module only assembles. The actions are declared once in :mod:`ballotdesk.ui.actions`;
this only places them. Built again, in the new language, after a language switch. Its words keep
the window's translation context, ``MainWindow``, so the catalogue still finds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QTabWidget

from ballotdesk.ui.actions import ActionName, page_action
from ballotdesk.ui.shell.language import LanguageMenu

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    _Window = QMainWindow
else:
    _Window = object

translate = QCoreApplication.translate


class MenuBar(_Window):
    """Builds the menu bar (File › Open Recent and View › Language included) from the window's actions."""

    action_map: dict[ActionName, QAction]
    tabs: QTabWidget
    """The pages' tabs: View lists one command per tab."""
    menus: dict[str, QMenu]
    """Each top-level menu by key ("file", "edit", ...), for tests and the guide's screenshots."""
    page_actions: list[QAction]
    recent_menu: QMenu
    language_menu: LanguageMenu

    if TYPE_CHECKING:
        def _rebuild_recent(self) -> None:
            """List the recent files in File › Open Recent (the File commands')."""
            raise NotImplementedError

        def _language_changed(self, _code: str) -> None:
            """Rebuild the window in the language just chosen (the window's)."""
            raise NotImplementedError

    def _build_menus(self) -> None:
        """A new menu bar; Qt deletes the old one, and every menu in it."""
        a = self.action_map
        bar = QMenuBar(self)
        self.setMenuBar(bar)
        self.recent_menu = QMenu(translate("MainWindow", "Open &Recent"), bar)
        self.recent_menu.setObjectName("menu_recent")
        # Listed afresh each time it opens: a meeting deleted, moved or renamed since (or a USB
        # stick taken out) is not offered, and one put back is offered again.
        self.recent_menu.aboutToShow.connect(self._rebuild_recent)
        file_menu = self._menu(bar, "file", translate("MainWindow", "&File"))
        file_menu.addActions([a[ActionName.NEW], a[ActionName.OPEN]])
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([a[ActionName.SAVE_COPY], a[ActionName.BACKUPS], a[ActionName.CLOSE]])
        file_menu.addSeparator()
        file_menu.addActions([a[ActionName.VERIFY_SHEET], a[ActionName.EXPORT_CERTIFICATE],
                              a[ActionName.IMPORT_CERTIFICATE]])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionName.QUIT])
        edit_menu = self._menu(bar, "edit", translate("MainWindow", "&Edit"))
        edit_menu.addAction(a[ActionName.UNDO_REGISTRATION])
        edit_menu.addSeparator()
        edit_menu.addActions([a[ActionName.ADD_GUEST], a[ActionName.ADD_PROVISIONAL]])
        edit_menu.addSeparator()
        edit_menu.addActions([a[ActionName.IMPORT_CSV], a[ActionName.ADD_MEMBER], a[ActionName.EDIT_MEMBER]])
        edit_menu.addSeparator()
        edit_menu.addActions([a[ActionName.CHANGE_PIN], a[ActionName.PURGE_PERSONAL]])
        meeting_menu = self._menu(bar, "meeting", translate("MainWindow", "&Meeting"))
        meeting_menu.addAction(a[ActionName.HOST])
        view_menu = self._menu(bar, "view", translate("MainWindow", "&View"))
        self.page_actions = []
        for index in range(self.tabs.count()):
            action = page_action(self.tabs.tabText(index), index, view_menu)
            action.triggered.connect(lambda _checked=False, i=index: self.tabs.setCurrentIndex(i))
            view_menu.addAction(action)
            self.page_actions.append(action)
        view_menu.addSeparator()
        view_menu.addAction(a[ActionName.FOCUS_SEARCH])
        view_menu.addAction(a[ActionName.PROJECTOR])
        view_menu.addSeparator()
        self.language_menu = LanguageMenu(view_menu)
        self.language_menu.language_changed.connect(self._language_changed)
        view_menu.addMenu(self.language_menu)
        help_menu = self._menu(bar, "help", translate("MainWindow", "&Help"))
        help_menu.addAction(a[ActionName.USER_GUIDE])
        help_menu.addSeparator()
        help_menu.addAction(a[ActionName.ABOUT])
        self._rebuild_recent()

    def _menu(self, bar: QMenuBar, key: str, title: str) -> QMenu:
        menu = QMenu(title, bar)
        menu.setObjectName(f"menu_{key}")
        bar.addMenu(menu)
        self.menus[key] = menu
        return menu
