"""Tables of the result page: the combined result per box, and the rounds of an exhaustive ballot.

Both take the result *document* (``services.results.result_json``), not a live tally, so a
declared or amended result shows exactly the version that was declared.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from ballotdesk.ui.i18n import QT_TRANSLATE_NOOP
from ballotdesk.ui.models.rows import AnyIndex, Column, RowsModel


@dataclass(frozen=True)
class ResultRow:
    """One option's figures, or a summary line (abstentions, rejected) with ``summary`` set."""

    name: str
    per_box: tuple[int | None, ...]
    total: int
    percent: float | None
    winner: bool = False
    summary: bool = False


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


class ResultModel(RowsModel[ResultRow]):
    """Option | one column per box | Total | % of base; winners in bold (and marked in words)."""

    def __init__(self) -> None:
        super().__init__()
        self.columns = self._columns(())

    @staticmethod
    def _columns(boxes: tuple[str, ...]) -> tuple[Column[ResultRow], ...]:
        def box_cell(i: int) -> Column[ResultRow]:
            def text(r: ResultRow) -> str:
                value = r.per_box[i] if i < len(r.per_box) else None
                return "—" if value is None else f"{value:,}"
            return Column[ResultRow](boxes[i], text, align_right=True)

        return (
            Column[ResultRow](QT_TRANSLATE_NOOP("Header", "Option"), lambda r: r.name + ("  ✔" if r.winner else "")),
            *(box_cell(i) for i in range(len(boxes))),
            Column[ResultRow](QT_TRANSLATE_NOOP("Header", "Total"), lambda r: f"{r.total:,}", align_right=True),
            Column[ResultRow](QT_TRANSLATE_NOOP("Header", "% of base"), lambda r: "" if r.summary else _pct(r.percent),
                              align_right=True),
        )

    def set_result(self, boxes: tuple[str, ...], rows: list[ResultRow]) -> None:
        """Replace the box columns and the rows together (one reset)."""
        self.beginResetModel()
        self.columns = self._columns(boxes)
        self._rows = list(rows)
        self.endResetModel()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Winners in bold, summary lines in italics."""
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            row = self.row_at(index.row())
            if row is not None and (row.winner or row.summary):
                font = QFont()
                font.setBold(row.winner)
                font.setItalic(row.summary)
                return font
        return super().data(index, role)


@dataclass(frozen=True)
class RoundRow:
    """One candidate across the rounds: votes per round, None where they no longer stood."""

    name: str
    votes: tuple[int | None, ...]
    fate: str


class RoundsModel(RowsModel[RoundRow]):
    """Candidate | Round 1 | Round 2 ... | What happened, so the rounds read side by side."""

    def __init__(self) -> None:
        super().__init__()
        self.columns = self._columns(0)

    @staticmethod
    def _columns(count: int) -> tuple[Column[RoundRow], ...]:
        def round_cell(i: int) -> Column[RoundRow]:
            def text(r: RoundRow) -> str:
                value = r.votes[i] if i < len(r.votes) else None
                return "—" if value is None else f"{value:,}"
            header = QCoreApplication.translate("Header", "Round {0}").format(i + 1)
            return Column[RoundRow](header, text, align_right=True)

        return (Column[RoundRow](QT_TRANSLATE_NOOP("Header", "Candidate"), lambda r: r.name),
                *(round_cell(i) for i in range(count)),
                Column[RoundRow](QT_TRANSLATE_NOOP("Header", "Outcome"), lambda r: r.fate))

    def set_rounds(self, count: int, rows: list[RoundRow]) -> None:
        """Replace the round columns and rows together."""
        self.beginResetModel()
        self.columns = self._columns(count)
        self._rows = list(rows)
        self.endResetModel()
