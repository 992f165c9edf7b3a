"""The main window's pages. Each is a :class:`Page` built on the shared meeting context."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ballotdesk.ui.context import MeetingContext


class Page(QWidget):
    """A page of the main window.

    Subclasses set ``title`` and redraw in :meth:`refresh`, which runs when a meeting opens,
    closes, or changes. ``self.context.service`` is None while no meeting is open.
    """

    title = "Page"

    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        context.opened.connect(self.refresh)
        context.closed.connect(self.refresh)
        context.changed.connect(lambda _action: self.refresh())

    def refresh(self) -> None:
        """Redraw from the service; override."""
