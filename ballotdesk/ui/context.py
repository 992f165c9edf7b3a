"""The open meeting as the GUI sees it: one object every page listens to.

Pages never talk to each other. After any change a page calls :meth:`MeetingContext.notify`,
and every page that shows derived figures redraws from the service on ``changed``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ballotdesk.services.meeting import MeetingService


class MeetingContext(QObject):
    """Holds the open :class:`MeetingService` (or None) and announces changes."""

    opened = Signal()
    closing = Signal()
    """The open meeting is about to close (its service still usable): whatever serves it stops now."""
    closed = Signal()
    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service: MeetingService | None = None
        self.teller: str = ""
        self.teller_code: str = ""

    def set_service(self, service: MeetingService | None) -> None:
        """Switch to another meeting (or none); the previous one is closed."""
        if self.service is not None:
            self.closing.emit()
            self.service.close()
            self.service = None
            self.closed.emit()
        self.service = service
        if service is not None:
            self.opened.emit()

    def notify(self, action: str) -> None:
        """Tell every page that the meeting changed (``action`` names the audit action)."""
        self.changed.emit(action)
