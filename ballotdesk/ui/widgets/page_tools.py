"""Small helpers the ballot pages share: button shorthands and tables that fit their rows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QTableView


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
