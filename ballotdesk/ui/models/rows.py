"""A read-only table over a list of row objects, one column definition each: the ballots, count and result models.

The three ballot pages show short lists of plain rows (dataclasses) built from the service; the
generic part (columns, the id role that views select by, translated headers) is here so that no
feature's model imports another feature's. Each model built on it is checked with pytest-qt's
``qtmodeltester``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role returning the row's id (ballot id, box id, attendee id), so views never parse text."""


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its header and how to read a cell from a row."""

    header: str
    text: Callable[[T], str]
    align_right: bool = False
    tooltip: Callable[[T], str] | None = None


class RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of rows, one column definition each.

    Subclasses declare ``columns`` and ``row_id``; :meth:`set_rows` replaces everything in one
    reset, which keeps the views simple and is cheap for the few dozen rows these pages show.
    """

    columns: Sequence[Column[T]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def row_id(self, row: T) -> Any:
        """The id returned under :data:`ID_ROLE`; override."""
        return None

    def set_rows(self, rows: Sequence[T]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        """The rows shown, in order."""
        return list(self._rows)

    def row_at(self, row: int) -> T | None:
        """The row object at a view row, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        """Rows, or 0 under any parent (a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        """Columns, or 0 under any parent."""
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, alignment, tooltip and id."""
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == ID_ROLE:
            return self.row_id(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column headers."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns):
            # Headers are declared in English (QT_TRANSLATE_NOOP) and translated when shown, so a
            # switch of language shows at the next repaint; a box's own name comes back unchanged.
            return QCoreApplication.translate("Header", self.columns[section].header)
        return None
