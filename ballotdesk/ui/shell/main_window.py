"""The main window: assembles actions, menus, pages and the status bar, and handles the File menu.

Everything else lives in the pages (one module each) and the models; this module only wires
them together, so adding a page is one line in :data:`ballotdesk.ui.pages.PAGES`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ballotdesk.paths import config_dir
from ballotdesk.services.files import SUFFIX
from ballotdesk.services.meeting import HandOverNeeded, MeetingService
from ballotdesk.ui.actions import MEETING_ACTIONS, ActionName, build_actions, page_action
from ballotdesk.ui.backups.keeper import BackupKeeper, BackupsDialog
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.desk.page import DeskPage, quorum_text, show_words
from ballotdesk.ui.dialogs import Dialogs
from ballotdesk.ui.pages import PAGES, Page
from ballotdesk.ui.shell.language import LanguageMenu

if TYPE_CHECKING:
    from ballotdesk.ui.host.window import HostWindow
    from ballotdesk.ui.projector.display import ProjectorControl
    from ballotdesk.ui.shell.guide import GuideDialog

APP_TITLE = "BallotDesk"
MAX_RECENT = 8
SEARCH_INDEX_DELAY_MS = 300

P = TypeVar("P", bound=Page)


def app_settings() -> QSettings:
    """Recent files and window geometry, in an ini file in BallotDesk's config folder."""
    return QSettings(str(config_dir() / "ballotdesk.ini"), QSettings.Format.IniFormat)


def window_title(service: MeetingService | None) -> str:
    """"Meeting title — file.ballotdesk — BallotDesk", or just the app name."""
    if service is None:
        return APP_TITLE
    return f"{service.details()['title']} — {service.path.name} — {APP_TITLE}"


class PageArea(QScrollArea):
    """A tab's page: exactly as tall as the tab, and as wide as the tab or as the page needs.

    A page wider than the screen (a 1024-pixel laptop with a large font) then scrolls sideways
    inside its tab instead of pushing the window off the screen. Height is never scrolled: the
    pages arrange themselves for a short window (the desk's status panel scrolls on its own)
    and must keep their search fields and buttons in view.
    """

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(page)
        self.viewport().installEventFilter(self)
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit the page again when the tab or what the page needs changes."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            page = self.widget()
            if page is not None:
                page.resize(max(self.viewport().width(), page.minimumSizeHint().width()), self.viewport().height())
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        """As tall as the page needs (it never scrolls up and down), as narrow as a scroll bar allows."""
        page = self.widget()
        hint = super().minimumSizeHint()
        if page is None:
            return hint
        return QSize(hint.width(), page.minimumSizeHint().height() + self.horizontalScrollBar().sizeHint().height())


class MainWindow(QMainWindow):
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

    def _rebuild_projector(self) -> None:
        old = self.projector
        if old is None:
            return
        visible = old.isVisible()
        old.detach()
        from ballotdesk.ui.projector.display import ProjectorControl

        self.projector = ProjectorControl(self.context, self)
        self.projector.take_over(old)
        old.hide()
        old.deleteLater()
        if visible:
            self.projector.show()

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

    def _build_menus(self) -> None:
        """A new menu bar; Qt deletes the old one, and every menu in it."""
        a = self.action_map
        bar = QMenuBar(self)
        self.setMenuBar(bar)
        self.recent_menu = QMenu(self.tr("Open &Recent"), bar)
        self.recent_menu.setObjectName("menu_recent")
        # Listed afresh each time it opens: a meeting deleted, moved or renamed since (or a USB
        # stick taken out) is not offered, and one put back is offered again.
        self.recent_menu.aboutToShow.connect(self._rebuild_recent)
        file_menu = self._menu(bar, "file", self.tr("&File"))
        file_menu.addActions([a[ActionName.NEW], a[ActionName.OPEN]])
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([a[ActionName.SAVE_COPY], a[ActionName.BACKUPS], a[ActionName.CLOSE]])
        file_menu.addSeparator()
        file_menu.addActions([a[ActionName.VERIFY_SHEET], a[ActionName.EXPORT_CERTIFICATE],
                              a[ActionName.IMPORT_CERTIFICATE]])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionName.QUIT])
        edit_menu = self._menu(bar, "edit", self.tr("&Edit"))
        edit_menu.addAction(a[ActionName.UNDO_REGISTRATION])
        edit_menu.addSeparator()
        edit_menu.addActions([a[ActionName.ADD_GUEST], a[ActionName.ADD_PROVISIONAL]])
        edit_menu.addSeparator()
        edit_menu.addActions([a[ActionName.IMPORT_CSV], a[ActionName.ADD_MEMBER], a[ActionName.EDIT_MEMBER]])
        edit_menu.addSeparator()
        edit_menu.addActions([a[ActionName.CHANGE_PIN], a[ActionName.PURGE_PERSONAL]])
        meeting_menu = self._menu(bar, "meeting", self.tr("&Meeting"))
        meeting_menu.addAction(a[ActionName.HOST])
        view_menu = self._menu(bar, "view", self.tr("&View"))
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
        help_menu = self._menu(bar, "help", self.tr("&Help"))
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

    def action(self, name: ActionName) -> QAction:
        """The QAction for a command, e.g. ``window.action(ActionName.NEW).trigger()`` in a test."""
        return self.action_map[name]

    # -- pages ---------------------------------------------------------------------------------

    @property
    def pages(self) -> list[Page]:
        """Every page, in tab order; pages not built yet are built now."""
        return [self._page_at(index) for index in range(len(PAGES))]

    def page(self, cls: type[P]) -> P:
        """The page of class ``cls``, built (and bound to the window's actions and dialogs) on first use."""
        page = self._page_at(self._index_of(cls))
        assert isinstance(page, cls)
        return page

    @staticmethod
    def _index_of(cls: type[Page]) -> int:
        index = next((i for i, entry in enumerate(PAGES) if entry.name == cls.__name__), None)
        if index is None:
            raise LookupError(cls.__name__)
        return index

    def _page_at(self, index: int) -> Page:
        entry = PAGES[index]
        page = self._built.get(entry.name)
        if page is None:
            slot = self.tabs.widget(index)  # the tab's slot (see _build_ui)
            layout = slot.layout() if slot is not None else None
            assert slot is not None and layout is not None  # every tab has its slot and layout from _build_ui
            page = entry.load()(self.context, slot)
            page.bind(self.action_map, self.dialogs)
            layout.addWidget(PageArea(page, slot))
            slot.setFocusProxy(page)
            self._built[entry.name] = page
        return page

    def _ensure_current_page(self, index: int | None = None) -> None:
        index = self.tabs.currentIndex() if index is None else index
        if 0 <= index < min(len(PAGES), self.tabs.count()):
            self._page_at(index)

    def show_page(self, cls: type[Page]) -> None:
        """Bring a page forward (the desk also takes the keyboard focus in its search field)."""
        page = self.page(cls)
        self.tabs.setCurrentIndex(self._index_of(cls))
        page.setFocus()

    # -- File menu -----------------------------------------------------------------------------

    def _folder(self) -> Path:
        service = self.context.service
        if service is not None:
            return service.path.parent
        recent = self.recent_files()
        return Path(recent[0]).parent if recent else Path.home()

    def _settle_unsaved(self) -> bool:
        """True once every page's unsaved edits are saved or discarded, as the chair chose.

        Closing the meeting, opening or creating another, or quitting would otherwise drop what was
        typed on the Meeting page without a word. False: the chair cancelled, nothing may close.
        """
        return all(page.settle_unsaved() for page in self._built.values())

    def new_meeting(self) -> None:
        """File › New: ask for the details, create the file and open it."""
        if not self._settle_unsaved():
            return
        values = self.dialogs.new_meeting(self._folder())
        if values is None:
            return
        service = self.dialogs.attempt(self.tr("New meeting"), lambda: MeetingService.create(
            values.path, title=values.title, date=values.date, venue=values.venue,
            organisation=values.organisation, cutoff=values.cutoff, quorum=values.quorum, pin=values.pin or None))
        if service is not None:
            self._adopt(service)

    def open_meeting(self) -> None:
        """File › Open."""
        path = self.dialogs.open_meeting_file(self._folder())
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Open a meeting file; a file that is not a usable meeting is refused in a message box."""
        path = Path(path)
        current = self.context.service
        if current is not None and current.path.resolve() == path.resolve():
            return True
        if not self._settle_unsaved():
            return False
        service = self.dialogs.attempt(self.tr("Open meeting"), lambda: self._open_or_take_over(path))
        if service is None:
            return False
        self._adopt(service)
        return True

    def _open_or_take_over(self, path: Path) -> MeetingService | None:
        """Open a meeting; one whose record another installation's key authenticated is taken over if agreed."""
        try:
            return MeetingService.open(path)
        except HandOverNeeded as refusal:
            question = self.tr(
                "{0} was last written on another computer (or by an older BallotDesk). Its record is intact, and "
                "so far authenticated as follows:\n\n{1}\n\nContinue the meeting on this computer? The hand-over "
                "is logged, and this computer's key authenticates the record from now on.").format(
                path.name, refusal.report.parts_text())
            if not self.dialogs.confirm(self.tr("Continue the meeting here"), question):
                return None
            return MeetingService.open(path, take_over=True, reason=self.tr("Taken over in File › Open"))

    def _adopt(self, service: MeetingService) -> None:
        self.context.set_service(service)
        self.add_recent(service.path)
        self.statusBar().showMessage(self.tr("Opened {0}. Every change is saved as it is made.").format(
            service.path.name), 8000)

    def save_copy(self) -> None:
        """File › Save a Copy: a consistent snapshot in another file (the open file stays open)."""
        service = self.context.service
        if service is None:
            return
        suggested = service.path.with_name(f"{service.path.stem} (copy){SUFFIX}")
        dest = self.dialogs.save_copy_file(suggested)
        if dest is None:
            return
        def copy() -> bool:
            service.save_copy(dest)
            return True

        if self.dialogs.attempt(self.tr("Save a copy"), copy):
            self.statusBar().showMessage(self.tr("A copy was saved to {0}.").format(dest), 8000)

    def show_guide(self) -> None:
        """Help › User Guide (F1): the guide in the interface language, beside the window (not modal)."""
        if self.guide is None:
            from ballotdesk.ui.shell.guide import GuideDialog  # loaded when first asked for, not at start-up

            self.guide = GuideDialog(self)
        self.guide.show()
        self.guide.raise_()

    def show_projector(self) -> None:
        """View › Projector Display: the chair's panel that drives the full-screen hall display."""
        if self.projector is None:
            from ballotdesk.ui.projector.display import ProjectorControl  # loaded when first shown

            self.projector = ProjectorControl(self.context, self)
        self.projector.show()
        self.projector.raise_()

    def verify_sheet(self) -> None:
        """File › Verify a Result Sheet…: is a PDF exactly as signed, by whom, with which certificate."""
        from ballotdesk.ui.documents.integrity import verify_sheet  # with pyHanko behind it: loaded when first used

        verify_sheet(self, self.dialogs, self._folder())

    def export_certificate(self) -> None:
        """File › Export Signing Certificate…: the public certificate, for members to check sheets with."""
        from ballotdesk.ui.documents.integrity import export_signing_certificate

        export_signing_certificate(self.dialogs, self.context, self._folder())

    def import_certificate(self) -> None:
        """File › Import Organisation Certificate…: sign sheets with the chair's certificate (.p12) from now on."""
        from ballotdesk.ui.documents.integrity import import_organisation_certificate

        import_organisation_certificate(self.dialogs, self._folder())

    def show_backups(self) -> None:
        """File › Backups…: the folder (a USB stick), Back up now, recent backups, restore."""
        if self.context.service is None:
            return
        dialog = BackupsDialog(self.backups, self.dialogs, self)
        dialog.open_requested.connect(self.open_path)
        try:
            self.dialogs.run(dialog)
        finally:
            dialog.deleteLater()

    def show_host(self) -> None:
        """Meeting › Host on the Network…: one window, kept while hosting (closing it stops hosting)."""
        if self.context.service is None:
            return
        if self.host_window is None:
            from ballotdesk.ui.host.window import HostWindow

            self.host_window = HostWindow(self.context, self.dialogs, self)
        self.host_window.show()
        self.host_window.raise_()
        self.host_window.activateWindow()

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

    def close_meeting(self) -> None:
        """File › Close (every change is already on disk once the unsaved edits are settled)."""
        if self._settle_unsaved():
            self.context.set_service(None)

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

    # -- recent files --------------------------------------------------------------------------

    def recent_files(self) -> list[str]:
        """Recently opened meeting files, newest first."""
        value = self.settings.value("recent_files", [])
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value] if isinstance(value, list) else []

    def add_recent(self, path: Path) -> None:
        """Put ``path`` first in File › Open Recent (persisted).

        Qt writes the settings file from the event loop and when the window closes; writing it
        here, synchronously, cost opening a meeting a sixtieth of a second.
        """
        text = str(Path(path).resolve())
        files = [text, *[f for f in self.recent_files() if f != text]][:MAX_RECENT]
        self.settings.setValue("recent_files", files)
        self._rebuild_recent()

    def _rebuild_recent(self) -> None:
        self.recent_menu.clear()
        files = [f for f in self.recent_files() if os.path.isfile(f)]  # False, never an error, when unreadable
        for index, name in enumerate(files):
            # "&" in a menu marks the shortcut letter: doubled, "Q&A.ballotdesk" shows as it is named.
            shown = f"{Path(name).name}  —  {Path(name).parent}".replace("&", "&&")
            action = self.recent_menu.addAction(f"&{index + 1}  {shown}")
            action.setData(name)
            action.triggered.connect(lambda _checked=False, n=name: self.open_path(Path(n)))
        if not files:
            empty = self.recent_menu.addAction(self.tr("No recent meetings"))
            empty.setEnabled(False)

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
        """The audit indicator: the file was verified on opening; our own changes extend the chain."""
        if service is None:
            self.chain_label.setText("")
            return
        events, head = service.audit_head()
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
