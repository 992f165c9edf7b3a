"""A flat table model over a Python list: the part every list model of BallotDesk shares."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel, Generic[T]):
    """Rows from a list replaced wholesale, columns titled from ``COLUMNS`` (context "Header").

    Subclasses set ``COLUMNS`` (marked with ``QT_TRANSLATE_NOOP("Header", ...)``) and implement
    ``data``; the headers are translated when shown, so they follow a language switch.
    """

    COLUMNS: Sequence[str] = ()

    def __init__(self) -> None:
        super().__init__()
        self._items: list[T] = []

    def set_items(self, items: Sequence[T]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> T | None:
        """The item on ``row``, or None."""
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per item (none under a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Columns as in ``COLUMNS``."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Column titles in the current language."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate("Header", self.COLUMNS[section])
        return None
