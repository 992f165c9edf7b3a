"""The main window's File menu: New, Open, Open Recent, Save a Copy and Close.

Part of :class:`~ballotdesk.ui.shell.main_window.MainWindow` (a mixin it is built from), kept apart
so the window's module only assembles. A meeting is opened here (taken over from another computer
if the chair agrees), and every page is asked first about edits typed but not saved. Its words keep
the window's translation context, ``MainWindow``, so the catalogue still finds them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QMenu

from ballotdesk.services.files import SUFFIX
from ballotdesk.services.meeting import HandOverNeeded, MeetingService
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.dialogs import Dialogs
from ballotdesk.ui.pages import Page

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from ballotdesk.services.files import ChainReport

    _Window = QMainWindow
else:
    _Window = object

translate = QCoreApplication.translate

MAX_RECENT = 8


class FileCommands(_Window):
    """File › New, Open, Open Recent, Save a Copy and Close, with the recent files behind Open Recent."""

    context: MeetingContext
    settings: QSettings
    """Where the recent files are kept."""
    dialogs: Dialogs
    _built: dict[str, Page]
    """The pages built so far, by class name (asked about unsaved edits)."""
    recent_menu: QMenu
    """File › Open Recent (made with the menu bar)."""

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
        service = self.dialogs.attempt(translate("MainWindow", "New meeting"), lambda: MeetingService.create(
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
        service = self.dialogs.attempt(translate("MainWindow", "Open meeting"),
                                       lambda: self._open_or_take_over(path))
        if service is None:
            return False
        self._adopt(service)
        return True

    def _open_or_take_over(self, path: Path) -> MeetingService | None:
        """Open a meeting; one whose record another installation's key authenticated is taken over if agreed.

        A file this installation has not verified in its present state is shown at once and its
        record checked on a worker thread (:meth:`_check_record`): on a 100,000-member roll that
        reads every row, which the chair should not watch an empty window for.
        """
        try:
            return MeetingService.open(path, check_later=True)
        except HandOverNeeded as refusal:
            if not self._agree_to_hand_over(path, refusal):
                return None
            return MeetingService.open(path, take_over=True,
                                       reason=translate("MainWindow", "Taken over in File › Open"))

    def _agree_to_hand_over(self, path: Path, refusal: HandOverNeeded) -> bool:
        question = translate(
            "MainWindow",
            "{0} was last written on another computer (or by an older BallotDesk). Its record is intact, and "
            "so far authenticated as follows:\n\n{1}\n\nContinue the meeting on this computer? The hand-over "
            "is logged, and this computer's key authenticates the record from now on.").format(
            path.name, refusal.report.parts_text())
        return self.dialogs.confirm(translate("MainWindow", "Continue the meeting here"), question)

    def _adopt(self, service: MeetingService) -> None:
        self.context.set_service(service)
        self.add_recent(service.path)
        self.statusBar().showMessage(translate(
            "MainWindow", "Opened {0}. Every change is saved as it is made.").format(service.path.name), 8000)
        if service.record_pending is not None:
            QTimer.singleShot(0, self, lambda: self._check_record(service))  # once the window has painted

    def _check_record(self, service: MeetingService) -> None:
        """Check the record of a meeting just shown, on a worker thread; until then it refuses every change.

        A record changed outside BallotDesk (or a damaged file) is then closed with the reason, as
        opening it would have been refused; one another computer wrote last asks for the hand-over.
        """
        from ballotdesk.ui.background import run_in_background

        def current() -> bool:
            return self.context.service is service

        def checked(report: ChainReport | None) -> None:
            if not current():
                return
            try:
                service.record_checked(report)
            except HandOverNeeded as refusal:
                if not self._agree_to_hand_over(service.path, refusal):
                    self.context.set_service(None)
                    return
                done = self.dialogs.done(translate("MainWindow", "Continue the meeting here"), lambda: (
                    service.record_checked(report, take_over=True,
                                           reason=translate("MainWindow", "Taken over in File › Open"))))
                if not done:
                    self.context.set_service(None)
                    return
            self.context.notify("record.checked")

        def refused(message: str) -> None:
            if current():
                self.context.set_service(None)
                self.dialogs.error(translate("MainWindow", "Open meeting"), message)

        if current():
            run_in_background(self, service.record_check_job(), checked, refused, busy_cursor=False)

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

        if self.dialogs.attempt(translate("MainWindow", "Save a copy"), copy):
            self.statusBar().showMessage(translate("MainWindow", "A copy was saved to {0}.").format(dest), 8000)

    def close_meeting(self) -> None:
        """File › Close (every change is already on disk once the unsaved edits are settled)."""
        if self._settle_unsaved():
            self.context.set_service(None)

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
            empty = self.recent_menu.addAction(translate("MainWindow", "No recent meetings"))
            empty.setEnabled(False)
