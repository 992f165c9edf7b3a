"""Table models for the ballots page: ballots, boxes and the papers of one ballot.

The page fills each model from the service with plain rows (dataclasses); the models only
present them. Keeping SQL and rules out of here means a model can be checked on its own with
pytest-qt's ``qtmodeltester``.
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

from ballotdesk.domain.ballot import STATUS_LABELS, Status
from ballotdesk.domain.words import clock
from ballotdesk.ui.domain_text import domain_text
from ballotdesk.ui.i18n import QT_TRANSLATE_NOOP

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


# -- ballots ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BallotRow:
    """One line of the ballots list."""

    id: int
    title: str
    kind: str
    status: Status
    round: int
    issued: int


def desk_note() -> str:
    """The mark beside the box the registration desk issues papers into."""
    return QCoreApplication.translate("Models", "  (desk issues here)")


def kind_words(kind: str) -> str:
    """"Motion" or "Election", in the interface language."""
    words = {"motion": QCoreApplication.translate("Models", "Motion"),
             "election": QCoreApplication.translate("Models", "Election")}
    return words.get(kind, kind.capitalize())


def status_words(status: Status) -> str:
    """The status as the chair says it."""
    return domain_text(STATUS_LABELS[status])


class BallotsModel(RowsModel[BallotRow]):
    """Every ballot of the meeting, oldest first."""

    columns = (
        Column[BallotRow](QT_TRANSLATE_NOOP("Header", "Title"), lambda r: r.title),
        Column[BallotRow](QT_TRANSLATE_NOOP("Header", "Kind"), lambda r: kind_words(r.kind)),
        Column[BallotRow](QT_TRANSLATE_NOOP("Header", "Status"), lambda r: status_words(r.status)),
        Column[BallotRow](QT_TRANSLATE_NOOP("Header", "Round"), lambda r: str(r.round), align_right=True),
        Column[BallotRow](QT_TRANSLATE_NOOP("Header", "Papers issued"), lambda r: f"{r.issued:,}", align_right=True),
    )

    def row_id(self, row: BallotRow) -> int:
        """The ballot id."""
        return row.id


# -- boxes ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BoxRow:
    """One box with the selected ballot's papers in it."""

    id: int
    name: str
    issued: int
    spoilt: int
    withdrawn: int
    desk: bool = False


class BoxesModel(RowsModel[BoxRow]):
    """The boxes, with live paper figures for the selected ballot."""

    columns = (
        Column[BoxRow](QT_TRANSLATE_NOOP("Header", "Box"), lambda r: r.name + (desk_note() if r.desk else "")),
        Column[BoxRow](QT_TRANSLATE_NOOP("Header", "Papers issued"), lambda r: f"{r.issued:,}", align_right=True),
        Column[BoxRow](QT_TRANSLATE_NOOP("Header", "Spoilt and replaced"), lambda r: f"{r.spoilt:,}", align_right=True),
        Column[BoxRow](QT_TRANSLATE_NOOP("Header", "Withdrawn"), lambda r: f"{r.withdrawn:,}", align_right=True),
    )

    def row_id(self, row: BoxRow) -> int:
        """The box id."""
        return row.id


# -- papers -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PaperRow:
    """An attendee holding a live paper for the selected ballot."""

    attendee_id: int
    name: str
    number: str
    box: str
    serial: str
    issued_at: str


class PapersModel(RowsModel[PaperRow]):
    """Who holds a paper, where it went, and when: the list spoil and withdraw act on."""

    columns = (
        Column[PaperRow](QT_TRANSLATE_NOOP("Header", "Name"), lambda r: r.name),
        Column[PaperRow](QT_TRANSLATE_NOOP("Header", "Number"), lambda r: r.number),
        Column[PaperRow](QT_TRANSLATE_NOOP("Header", "Box"), lambda r: r.box),
        Column[PaperRow](QT_TRANSLATE_NOOP("Header", "Paper no."), lambda r: r.serial or "—"),
        Column[PaperRow](QT_TRANSLATE_NOOP("Header", "Issued at"), lambda r: clock(r.issued_at),
                         tooltip=lambda r: r.issued_at),
    )

    def row_id(self, row: PaperRow) -> int:
        """The attendee id."""
        return row.attendee_id
