"""The stage table of a preferential count on the Result page: candidates down, stages across.

Drawn from the :class:`~ballotdesk.domain.preferential.table.StageTable` the sheet and the projector
use, built from ``result --json`` (the page's :class:`~ballotdesk.services.result_view.ResultView`
holds it); each cell shows the stage's transfer above the candidate's total.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QLabel, QTableView, QVBoxLayout, QWidget

from ballotdesk.domain.preferential.table import StageCell, StageTable
from ballotdesk.services.ranked import lot_words, method_rules_label
from ballotdesk.services.result_view import ResultView

Index = QModelIndex | QPersistentModelIndex
ELECTED = QColor("#d8f0d8")
EXCLUDED = QColor("#f3dede")


class StagesModel(QAbstractTableModel):
    """Rows: each candidate, then non-transferable votes and the total; columns: the stages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: StageTable | None = None

    def set_table(self, table: StageTable | None) -> None:
        """Show another count (or none)."""
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.table is None else len(self.table.candidates) + 2

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def _cell(self, row: int, column: int) -> StageCell | str:
        assert self.table is not None
        if row < len(self.table.candidates):
            return self.table.rows[row][column]
        if row == len(self.table.candidates):
            return self.table.non_transferable[column]
        return self.table.totals[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None:
            return None
        value = self._cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, str):
                return value
            if value.state == "out":
                return "—"
            return f"{value.change}\n{value.total}" if value.change else value.total
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and isinstance(value, StageCell):
            if value.state == "elected":
                return QBrush(ELECTED)
            if value.state == "excluded":
                return QBrush(EXCLUDED)
        if role == Qt.ItemDataRole.FontRole and (isinstance(value, str) or value.state == "elected"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, StageCell) and value.state:
            return {"elected": self.tr("elected at this stage"), "excluded": self.tr("excluded at this stage"),
                    "out": self.tr("out of the count")}[value.state]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.table is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            column = self.table.columns[section]
            return self.tr("Stage {0}\n{1}").format(column.number, column.action)
        if section < len(self.table.candidates):
            name = self.table.candidates[section]
            return f"{name} ✔" if name in self.table.elected else name
        return self.tr("Non-transferable") if section == len(self.table.candidates) else self.tr("Total")


class StagesPanel(QGroupBox):
    """The count stage by stage, with the quota, the elected in order, rejected papers and lots."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("The count, stage by stage"), parent)
        self.model = StagesModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Stages of the count"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setMinimumHeight(220)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setAccessibleName(self.tr("Quota and rules"))
        self.after = QLabel()
        self.after.setWordWrap(True)
        self.after.setAccessibleName(self.tr("Elected in order, rejected papers and lots"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.view)
        layout.addWidget(self.after)
        self.hide()

    def show_result(self, result: ResultView | None) -> None:
        """Show the count of a preferential ballot's result; hide for anything else."""
        table = result.stages if result is not None else None
        if result is None or table is None:
            preferential = bool(result is not None and result.method)
            self.model.set_table(None)
            self.setVisible(preferential)
            self.about.setText(html.escape(result.tally.outcome) if result is not None and preferential else "")
            self.after.clear()
            return
        self.model.set_table(table)
        self.view.resizeColumnsToContents()
        self.view.resizeRowsToContents()
        self.about.setText(self.tr("Counted by: {0}. Quota: <b>{1}</b>.").format(
            html.escape(method_rules_label(result.rules)), table.quota))
        parts = [self.tr("Elected, in order: <b>{0}</b>").format(
            html.escape(", ".join(f"{i}. {n}" for i, n in enumerate(table.elected, 1))))]
        rejected = "; ".join(f"{html.escape(reason)}: {n}" for reason, n in table.rejected.items())
        parts.append(self.tr("Papers rejected: {0}").format(rejected or self.tr("none")))
        parts += [html.escape(lot_words(dict(lot))) for lot in result.count_lots]
        self.after.setText("<br>".join(parts))
        self.show()
