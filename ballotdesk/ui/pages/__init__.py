"""The main window's pages. Each is a :class:`Page` built on the shared meeting context."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QWidget

from ballotdesk.services.meeting import MeetingService
from ballotdesk.ui.actions import ActionName
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.dialogs import Dialogs
from ballotdesk.ui.i18n import QT_TRANSLATE_NOOP

PAGE_TITLES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Page", "Meeting"),
    QT_TRANSLATE_NOOP("Page", "Roll"),
    QT_TRANSLATE_NOOP("Page", "Registration desk"),
    QT_TRANSLATE_NOOP("Page", "Attendance"),
    QT_TRANSLATE_NOOP("Page", "Ballots"),
    QT_TRANSLATE_NOOP("Page", "Count"),
    QT_TRANSLATE_NOOP("Page", "Result"),
)
"""The pages' class-level ``title`` strings, listed for lupdate (a class attribute cannot call ``tr``)."""


class Page(QWidget):
    """A page of the main window.

    Subclasses set ``title`` and redraw in :meth:`refresh`, which runs when a meeting opens,
    closes, or changes. ``self.context.service`` is None while no meeting is open.

    The class-level ``title`` is English; each page object carries it translated (context
    ``Page``, see :data:`PAGE_TITLES`), so a page built after a language switch has its tab title
    in the new language.

    Every question a page asks goes through ``self.dialogs``: its own :class:`Dialogs` when the
    page stands alone, the window's once :meth:`bind` has run, so one replaceable object answers
    for the whole window (in tests, and across a language switch).
    """

    title = "Page"
    commands: ClassVar[dict[ActionName, str]] = {}
    """Window actions that belong to this page, by the name of the method that handles them.

    The main window connects them (bringing the page forward first), so they work before the
    page has been built."""

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
