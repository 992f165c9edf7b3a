"""The main window: assembles actions, menus, pages and the status bar, and follows the open meeting.

Everything else lives in the pages (one package per feature) and in the window's parts, each a
mixin in its own module: the tabs (:mod:`~ballotdesk.ui.shell.page_tabs`), the menu bar
(:mod:`~ballotdesk.ui.shell.menus`), the File commands (:mod:`~ballotdesk.ui.shell.file_commands`)
and the other windows (:mod:`~ballotdesk.ui.shell.tool_windows`). This module only wires them
together, so adding a page is one line in :data:`ballotdesk.ui.pages.PAGES`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMenu, QTabWidget, QVBoxLayout, QWidget

from ballotdesk.paths import config_dir
from ballotdesk.services.meeting import MeetingService
from ballotdesk.ui.actions import MEETING_ACTIONS, ActionName, build_actions
from ballotdesk.ui.backups.keeper import BackupKeeper
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.desk.page import DeskPage
from ballotdesk.ui.dialogs import Dialogs
from ballotdesk.ui.pages import PAGES, Page
from ballotdesk.ui.shell.file_commands import FileCommands
from ballotdesk.ui.shell.menus import MenuBar
from ballotdesk.ui.shell.page_tabs import PageTabs
from ballotdesk.ui.shell.tool_windows import ToolWindows
from ballotdesk.ui.widgets.accessible import show_words
from ballotdesk.ui.widgets.figures import quorum_text

if TYPE_CHECKING:
    from ballotdesk.ui.host.window import HostWindow
    from ballotdesk.ui.projector.control import ProjectorControl
    from ballotdesk.ui.shell.guide import GuideDialog

APP_TITLE = "BallotDesk"
SEARCH_INDEX_DELAY_MS = 300

def app_settings() -> QSettings:
    """Recent files and window geometry, in an ini file in BallotDesk's config folder."""
    return QSettings(str(config_dir() / "ballotdesk.ini"), QSettings.Format.IniFormat)


def window_title(service: MeetingService | None) -> str:
    """"Meeting title — file.ballotdesk — BallotDesk", or just the app name."""
    if service is None:
        return APP_TITLE
    return f"{service.details()['title']} — {service.path.name} — {APP_TITLE}"


class MainWindow(PageTabs, FileCommands, ToolWindows, MenuBar, QMainWindow):
    """Menus File/Edit/View/Help, one tab per page, and a status bar with the quorum.

    Everything that shows text (actions, menus, pages, status-bar labels, the projector panel) is
    built by :meth:`_build_ui`; a language switch rebuilds it all from the same
    :class:`MeetingContext`, so the open meeting, its service and ``self.dialogs`` outlive the switch.
    """

    def __init__(self, context: MeetingContext | None = None, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context or MeetingContext(self)
        self.settings = settings or app_settings()
        self.dialogs = Dialogs(self)
        self.action_map: dict[ActionName, QAction] = {}
        self._built: dict[str, Page] = {}  # by class name
        self.page_actions: list[QAction] = []
        self.menus: dict[str, QMenu] = {}
        self.projector: ProjectorControl | None = None
        self.guide: GuideDialog | None = None
        self.host_window: HostWindow | None = None

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._ensure_current_page)
        self.setCentralWidget(self.tabs)
        self.quorum_label = QLabel()
        self.quorum_label.setContentsMargins(12, 0, 0, 0)  # apart from a passing message cut short beside it
        self.statusBar().addPermanentWidget(self.quorum_label)
        self.chain_label = QLabel()
        self.chain_label.setContentsMargins(12, 0, 0, 0)
        self.statusBar().addPermanentWidget(self.chain_label)
        self.backup_label = QLabel()
        self.backup_label.setContentsMargins(12, 0, 0, 0)
        self.statusBar().addPermanentWidget(self.backup_label)
        self.backups = BackupKeeper(self.context, self.settings, self.dialogs, self)
        self.backups.status_changed.connect(self._show_backup_status)

        self._build_ui()
        self.context.opened.connect(self._meeting_changed)
        self.context.opened.connect(self._prepare_search)
        self.context.closed.connect(self._meeting_changed)
        self.context.changed.connect(self._context_changed)
        self._restore_geometry()
        self._meeting_changed()

    # -- assembling ----------------------------------------------------------------------------

    def _build_ui(self) -> None:
        """Actions, menus, pages and status-bar texts, in the interface language installed now."""
        self.action_map = build_actions(self)
        self.addActions(list(self.action_map.values()))
        self._connect_file_actions()

        self.tabs.setAccessibleName(self.tr("Pages"))
        self._built = {}
        for entry in PAGES:
            # Each tab holds an empty slot; its page is built (and its module imported) the first time
            # it is shown or asked for (:meth:`page`), so start-up builds one page, not seven.
            slot = QWidget()
            slot.setObjectName(f"slot_{entry.name}")
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(slot, QCoreApplication.translate("Page", entry.title))
        self._connect_page_commands()
        self._ensure_current_page()

        self._build_menus()
        self.quorum_label.setAccessibleName(self.tr("Quorum"))
        self.chain_label.setAccessibleName(self.tr("Audit log"))
        self.backup_label.setAccessibleName(self.tr("Backups"))
        self._show_backup_status(self.backups.status_text(), bool(self.backups.problem))

    def _rebuild_ui(self) -> None:
        """Build everything again in the language just installed; the meeting stays open.

        Old pages stop following the context at once (:meth:`Page.detach`) and are deleted by Qt;
        old actions and menus go with them, so nothing answers twice.
        """
        index = self.tabs.currentIndex()
        old_pages, old_actions = list(self._built.values()), list(self.action_map.values())
        slots = [self.tabs.widget(i) for i in range(self.tabs.count())]
        self.tabs.clear()
        for slot in slots:
            if slot is not None:
                slot.deleteLater()
        for page in old_pages:
            page.detach()
            page.hide()
            page.deleteLater()
        for action in old_actions:
            self.removeAction(action)
            action.deleteLater()
        self._build_ui()
        self.tabs.setCurrentIndex(max(index, 0))
        self.statusBar().clearMessage()
        self._meeting_changed()
        self._rebuild_projector()
        if self.host_window is not None and not self.host_window.hosting:
            # Made again in the new language when next opened; while hosting it stays as it is, so no device
            # is cut off by a change of language.
            self.host_window.deleteLater()
            self.host_window = None
        if self.guide is not None:
            was_visible = self.guide.isVisible()
            self.guide.close()
            self.guide.deleteLater()
            self.guide = None
            if was_visible:
                self.show_guide()

    def _language_changed(self, _code: str) -> None:
        # Not at once: the signal comes from inside the Language menu, which the rebuild replaces.
        QTimer.singleShot(0, self, self._rebuild_ui)

    def _connect_file_actions(self) -> None:
        a = self.action_map
        a[ActionName.NEW].triggered.connect(self.new_meeting)
        a[ActionName.OPEN].triggered.connect(self.open_meeting)
        a[ActionName.SAVE_COPY].triggered.connect(self.save_copy)
        a[ActionName.CLOSE].triggered.connect(self.close_meeting)
        a[ActionName.QUIT].triggered.connect(self.close)
        a[ActionName.ABOUT].triggered.connect(self.about)
        a[ActionName.USER_GUIDE].triggered.connect(self.show_guide)
        a[ActionName.FOCUS_SEARCH].triggered.connect(lambda: self.show_page(DeskPage))
        a[ActionName.PROJECTOR].triggered.connect(self.show_projector)
        a[ActionName.VERIFY_SHEET].triggered.connect(self.verify_sheet)
        a[ActionName.EXPORT_CERTIFICATE].triggered.connect(self.export_certificate)
        a[ActionName.IMPORT_CERTIFICATE].triggered.connect(self.import_certificate)
        a[ActionName.BACKUPS].triggered.connect(self.show_backups)
        a[ActionName.HOST].triggered.connect(self.show_host)

    def _connect_page_commands(self) -> None:
        """Each page's commands (:attr:`Page.commands`) bring the page forward, then run its handler.

        The window, not the page, connects them: a page is built only when first needed, and its
        commands must work before that (Ctrl+Z on another tab, Edit › Import from the menu).
        """
        for index, entry in enumerate(PAGES):
            for name, method in entry.commands.items():
                self.action_map[name].triggered.connect(
                    lambda _checked=False, i=index, m=method: self._run_page_command(i, m))

    def _run_page_command(self, index: int, method: str) -> None:
        page = self._page_at(index)
        self.show_page(type(page))
        getattr(page, method)()

    def action(self, name: ActionName) -> QAction:
        """The QAction for a command, e.g. ``window.action(ActionName.NEW).trigger()`` in a test."""
        return self.action_map[name]

    # -- status bar ----------------------------------------------------------------------------

    def _show_backup_status(self, text: str, problem: bool) -> None:
        # A long folder path or failure is cut short in the bar (its start says what happened and when);
        # the tooltip (and the warning) say it all.
        self.backup_label.setToolTip(text)
        BackupKeeper.style_status(self.backup_label, problem)  # first: a problem is bold, and wider
        self._elide_backup_status()

    def _elide_backup_status(self) -> None:
        """Keep the backup status to a quarter of the window, at most 560 pixels.

        The status bar gives its permanent labels all the room they ask for and the passing
        message ("Opened …", "A copy was saved to …") what is left; on a 1024-pixel screen with a
        large font a full-length backup status left the message a few letters.
        """
        text = self.backup_label.toolTip()
        width = max(120, min(560, self.width() // 4))
        self.backup_label.setText(self.backup_label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-fit the backup status to the new width (see :meth:`_elide_backup_status`)."""
        super().resizeEvent(event)
        self._elide_backup_status()

    # -- Help ----------------------------------------------------------------------------------

    def about(self) -> None:
        """Help › About."""
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("ballotdesk")
        except PackageNotFoundError:
            number = "development"
        self.dialogs.info(self.tr("About BallotDesk"), self.tr(
            "BallotDesk {0}\nRun in-person meeting ballots: roll, registration desk, papers, counts and "
            "result sheets, entirely offline.\nLicence: GPL-3.0-or-later.").format(number))

    # -- following the meeting -----------------------------------------------------------------

    def _context_changed(self, _action: str) -> None:
        self._meeting_changed()

    def _meeting_changed(self) -> None:
        service = self.context.service
        self.setWindowTitle(window_title(service))
        for name in MEETING_ACTIONS:
            self.action_map[name].setEnabled(service is not None)
        show_words(self.quorum_label, quorum_text(service.figures()) if service else self.tr("No meeting open"))
        self._show_chain(service)

    def _prepare_search(self) -> None:
        """Build the desk's search index on a worker thread as a meeting opens, not at the first keystroke.

        On a 100,000-member roll that is a quarter of a second, which would otherwise freeze the
        desk at the steward's first letter. A keystroke before it is ready builds it as before.
        """
        service = self.context.service

        def start() -> None:
            # Once the window is up and idle (a worker started sooner would slow its building),
            # and only if no search has built the index meanwhile.
            if service is None or self.context.service is not service or service.search_ready():
                return
            from ballotdesk.ui.background import collect_on_gui_thread, run_in_background

            collect_on_gui_thread()
            run_in_background(self, service.search_index_job(), lambda _none: None,
                              lambda _message: None,  # the first search builds it, and says what is wrong
                              busy_cursor=False)

        QTimer.singleShot(SEARCH_INDEX_DELAY_MS, self, start)

    def _show_chain(self, service: MeetingService | None) -> None:
        """The audit indicator: the file was verified on opening (or just after); our changes extend the chain."""
        if service is None:
            self.chain_label.setText("")
            return
        events, head = service.audit_head()
        if service.record_pending is not None:  # opened, and its record still being read through
            self.chain_label.setText(self.tr("Checking the audit log ({0} events)…").format(f"{events:,}"))
            self.chain_label.setToolTip(service.record_pending)
            return
        self.chain_label.setText(self.tr("Audit log intact: {0} events").format(f"{events:,}"))
        self.chain_label.setToolTip(self.tr("Latest audit digest: {0}").format(head))

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
            return
        # A borrowed laptop may have a 1366x768 screen: never open larger than the space it has.
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1280, 820
        if screen is not None:
            width, height = min(width, int(screen.width() * 0.95)), min(height, int(screen.height() * 0.92))
        self.resize(width, height)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window's place and size, and release the meeting's lock."""
        if not self._settle_unsaved():
            event.ignore()
            return
        importing = [d for d in self.findChildren(QDialog) if getattr(d, "importing", False)]
        if importing:
            # The import's worker is writing through the meeting's connection: closing it now would
            # pull it from under the transaction. The import is cancelled (rolled back) instead, and
            # the window can be closed once it has stopped.
            for dialog in importing:
                dialog.cancel_import()  # type: ignore[attr-defined]
            event.ignore()
            return
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.sync()
        if self.host_window is not None:
            self.host_window.stop()  # before the meeting closes under the server
        self.context.set_service(None)
        super().closeEvent(event)
