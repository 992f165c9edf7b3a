"""Small widget helpers the pages and dialogs share: buttons, dialog button rows, read-only tables."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from ballotdesk.ui.models.rows import ID_ROLE


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


OK_CANCEL = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
SAVE_CANCEL = QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel


def dialog_buttons(dialog: QDialog, ok_text: str | None = None,
                   buttons: QDialogButtonBox.StandardButton = OK_CANCEL) -> QDialogButtonBox:
    """A dialog's button row wired to accept and reject; every button named for screen readers.

    ``ok_text`` renames the OK button after what it does ("Create", "Preview", "Register").
    """
    box = QDialogButtonBox(buttons)
    if ok_text is not None:
        box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    for each in box.buttons():
        each.setAccessibleName(each.text().replace("&", ""))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def row_table(view: QTableView, accessible: str, *, several: bool = False) -> QTableView:
    """Make ``view`` a read-only list of rows: whole rows selected (one, or ``several``), striped, unwrapped."""
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if several
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    return view


def table(model: Any, accessible: str) -> QTableView:
    """A read-only, row-selecting table view with sensible column sizing."""
    view = row_table(QTableView(), accessible)
    view.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it), not cell by cell
    view.setModel(model)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


def selected_id(view: QTableView) -> Any:
    """The id (``ID_ROLE``) of the selected row, or None."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].data(ID_ROLE) if rows else None


def select_id(view: QTableView, wanted: Any) -> bool:
    """Select the row whose id is ``wanted``; False when it is not listed."""
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(ID_ROLE) == wanted:
            view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                         | QItemSelectionModel.SelectionFlag.Rows)
            view.setCurrentIndex(index)
            return True
    return False


FRAME_ALLOWANCE = (16, 40)
"""Room for the window manager's frame and title bar around a dialog (width, height), in pixels."""


def available_area(widget: QWidget) -> QRect:
    """Where a window may go on ``widget``'s screen (less taskbars and docks)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_on_screen(dialog: QWidget, width: int, height: int) -> None:
    """Size ``dialog`` at ``width`` x ``height``, or smaller so that it fits on its screen with its frame.

    A 1024 x 768 projector mirrored from a laptop, at 12 pt, left the print preview (900 px tall)
    with its buttons off the bottom of the screen.
    """
    area = available_area(dialog)
    dialog.resize(max(min(width, area.width() - FRAME_ALLOWANCE[0]), dialog.minimumSizeHint().width()),
                  max(min(height, area.height() - FRAME_ALLOWANCE[1]), dialog.minimumSizeHint().height()))
