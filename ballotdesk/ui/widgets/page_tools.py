"""Small helpers the ballot pages share: turning refusals into messages, button shorthands."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QPushButton, QTableView, QWidget

from ballotdesk.domain.errors import DomainError
from ballotdesk.services.roles import ChairPinError
from ballotdesk.store.meeting_store import MeetingFileError
from ballotdesk.ui.widgets.prompts import Prompts

T = TypeVar("T")


def attempt(parent: QWidget, dialogs: Prompts, action: Callable[[], T]) -> tuple[bool, T | None]:
    """Run a use case; a refusal becomes a message in its own words, never a traceback.

    Returns:
        ``(True, value)`` when the action succeeded, ``(False, None)`` when it was refused.
    """
    try:
        return True, action()
    except ChairPinError as error:
        return _as_chair(parent, dialogs, action, str(error))
    except (DomainError, MeetingFileError) as error:
        dialogs.error(parent, str(error))
        return False, None


def _as_chair(parent: QWidget, dialogs: Prompts, action: Callable[[], T], why: str) -> tuple[bool, T | None]:
    """Ask for the chair's PIN and run the action once more with it (the PIN is not kept)."""
    service = getattr(getattr(parent, "context", None), "service", None)
    pin = dialogs.ask_pin(parent, why) if service is not None else None
    if service is None or not pin:
        return False, None
    try:
        with service.as_chair(pin):
            return True, action()
    except (DomainError, MeetingFileError) as error:
        dialogs.error(parent, str(error))
        return False, None


def button(text: str, accessible: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
    """A push button with its accessible name and tooltip set, connected to ``slot``."""
    widget = QPushButton(text)
    widget.setAccessibleName(accessible)
    if tip:
        widget.setToolTip(tip)
        widget.setAccessibleDescription(tip)
    widget.clicked.connect(lambda _checked=False: slot())
    return widget


def fit_rows(view: QTableView, minimum_rows: int = 1) -> None:
    """Make a short table exactly as tall as its rows, so no empty grid is left below a result."""
    rows = max(view.model().rowCount(), minimum_rows) if view.model() else minimum_rows
    row_height = view.verticalHeader().defaultSectionSize()
    scrollbar = view.horizontalScrollBar().sizeHint().height() if view.horizontalScrollBar().isVisible() else 0
    view.setFixedHeight(view.horizontalHeader().sizeHint().height() + rows * row_height
                        + 2 * view.frameWidth() + scrollbar)
