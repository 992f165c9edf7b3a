"""The main window's pages. Each is a :class:`Page` built on the shared meeting context.

The pages themselves live in their features' packages (``ballotdesk.ui.desk.page`` ...); this
module is their base class and the registry the window builds its tabs from.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QWidget

from ballotdesk.services.meeting import MeetingService
from ballotdesk.ui.actions import ActionName
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.dialogs import Dialogs
from ballotdesk.ui.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageEntry:
    """A tab of the main window, named rather than imported: a page's module loads when it is first shown.

    Start-up then loads the Meeting page and the desk, not the ballot, count and result pages
    with the documents behind them. The window builds its tabs and wires each page's commands
    (:attr:`commands`) from these entries alone.
    """

    module: str
    name: str
    title: str
    """English; translated with context ``Page`` (the QT_TRANSLATE_NOOP below lists it for lupdate)."""
    commands: Mapping[ActionName, str] = field(default_factory=dict)
    """Window actions that belong to the page, by the name of the method that handles them."""

    def load(self) -> type[Page]:
        """The page's class (importing its module the first time)."""
        cls: type[Page] = getattr(importlib.import_module(self.module), self.name)
        return cls


PAGES: tuple[PageEntry, ...] = (
    PageEntry("ballotdesk.ui.meeting.page", "MeetingPage", QT_TRANSLATE_NOOP("Page", "Meeting"),
              {ActionName.CHANGE_PIN: "change_pin", ActionName.PURGE_PERSONAL: "purge_personal_data"}),
    PageEntry("ballotdesk.ui.roll.page", "RollPage", QT_TRANSLATE_NOOP("Page", "Roll"),
              {ActionName.IMPORT_CSV: "import_csv", ActionName.ADD_MEMBER: "add_member",
               ActionName.EDIT_MEMBER: "edit_member"}),
    PageEntry("ballotdesk.ui.desk.page", "DeskPage", QT_TRANSLATE_NOOP("Page", "Registration desk"),
              {ActionName.ADD_GUEST: "add_guest", ActionName.ADD_PROVISIONAL: "add_provisional",
               ActionName.UNDO_REGISTRATION: "undo_last"}),
    PageEntry("ballotdesk.ui.attendance.page", "AttendancePage", QT_TRANSLATE_NOOP("Page", "Attendance")),
    PageEntry("ballotdesk.ui.ballots.page", "BallotsPage", QT_TRANSLATE_NOOP("Page", "Ballots")),
    PageEntry("ballotdesk.ui.count.page", "CountPage", QT_TRANSLATE_NOOP("Page", "Count")),
    PageEntry("ballotdesk.ui.result.page", "ResultPage", QT_TRANSLATE_NOOP("Page", "Result")),
)
"""The pages, in tab order (the order of the work: set up, import, register, follow attendance, vote, count,
declare)."""

_ENTRIES = {entry.name: entry for entry in PAGES}


def page_classes() -> list[type[Page]]:
    """Every page class in tab order, each module imported (tests, the smoke test)."""
    return [entry.load() for entry in PAGES]


class Page(QWidget):
    """A page of the main window.

    Subclasses redraw in :meth:`refresh`, which runs when a meeting opens, closes, or changes.
    ``self.context.service`` is None while no meeting is open. A page's class-level ``title``
    and ``commands`` come from its entry in :data:`PAGES`.

    The class-level ``title`` is English; each page object carries it translated (context
    ``Page``), so a page built after a language switch has its tab title in the new language.

    Every question a page asks goes through ``self.dialogs``: its own :class:`Dialogs` when the
    page stands alone, the window's once :meth:`bind` has run, so one replaceable object answers
    for the whole window (in tests, and across a language switch).
    """

    title = "Page"
    commands: ClassVar[Mapping[ActionName, str]] = {}
    """See :attr:`PageEntry.commands`: the main window connects them (bringing the page forward
    first), so they work before the page has been built."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        entry = _ENTRIES.get(cls.__name__)
        if entry is not None:
            cls.title, cls.commands = entry.title, entry.commands

    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QCoreApplication.translate("Page", type(self).title)
        self.context = context
        self.dialogs = Dialogs(self)
        # Bound methods of this QObject, never lambdas: Qt then drops the connections when the page is
        # destroyed, and :meth:`detach` can undo them exactly (a rebuilt page must not leave a twin behind).
        context.opened.connect(self.refresh)
        context.closed.connect(self.refresh)
        context.changed.connect(self._context_changed)
        self._attached = True

    @property
    def service(self) -> MeetingService | None:
        """The open meeting, if any."""
        return self.context.service

    def _context_changed(self, _action: str) -> None:
        self.refresh()

    def bind(self, actions: dict[ActionName, QAction], dialogs: Dialogs) -> None:
        """Take the main window's dialogs; a page with window actions of its own also adds their buttons."""
        self.dialogs = dialogs

    def detach(self) -> None:
        """Stop following the meeting: called before the page is deleted (e.g. after a language switch).

        ``deleteLater`` alone would leave the page refreshing until the event loop gets round to
        deleting it; disconnecting here makes the old page silent at once.
        """
        if not self._attached:
            return
        self._attached = False
        self.context.opened.disconnect(self.refresh)
        self.context.closed.disconnect(self.refresh)
        self.context.changed.disconnect(self._context_changed)

    def refresh(self) -> None:
        """Redraw from the service; override."""

    def settle_unsaved(self) -> bool:
        """Before the meeting closes: ask what to do with edits typed but not saved; override.

        Returns False when the user cancels, and the meeting must then stay open.
        """
        return True


class ShownPage(Page):
    """A page whose list is costly to reload: it reloads only while shown, else when next shown.

    The desk changes the meeting many times a minute; a hidden attendance list or roll need not
    follow every change, only be current when someone looks. Subclasses implement :meth:`reload`.
    """

    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        self._stale = True
        super().__init__(context, parent)

    def refresh(self) -> None:
        """Reload now if shown, otherwise on the next show."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with changes made while another page was shown."""
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read the list again; override (and clear ``_stale``, as the subclasses do)."""
        self._stale = False
