"""The attendance list and its accent-insensitive filter."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette

from ballotdesk.domain import search
from ballotdesk.services.desk import Attendee
from ballotdesk.ui.i18n import QT_TRANSLATE_NOOP
from ballotdesk.ui.models.base import Index, ListTableModel
from ballotdesk.ui.models.format import clock, yes_no
from ballotdesk.ui.tones import Tone, foreground

COLUMNS = (
    QT_TRANSLATE_NOOP("Header", "Name"),
    QT_TRANSLATE_NOOP("Header", "Number"),
    QT_TRANSLATE_NOOP("Header", "Kind"),
    QT_TRANSLATE_NOOP("Header", "Ward"),
    QT_TRANSLATE_NOOP("Header", "Registered"),
    QT_TRANSLATE_NOOP("Header", "By"),
    QT_TRANSLATE_NOOP("Header", "May vote"),
    QT_TRANSLATE_NOOP("Header", "Reason"),
    QT_TRANSLATE_NOOP("Header", "Departed"),
)

KIND_LABELS = {"member": QT_TRANSLATE_NOOP("Models", "Member"), "guest": QT_TRANSLATE_NOOP("Models", "Guest"),
               "provisional": QT_TRANSLATE_NOOP("Models", "Provisional")}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Sort by the raw value (timestamps, numbers as stored) rather than the displayed text."""
ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""The attendee id of a row, for acting on a selection."""

_Index = QModelIndex | QPersistentModelIndex


class AttendanceModel(ListTableModel[Attendee]):
    """Every attendee of the meeting (hundreds, not the whole roll), reloaded after each change."""

    COLUMNS = COLUMNS

    def set_attendees(self, items: list[Attendee]) -> None:
        """Show a new list."""
        self.set_items(items)

    def attendee(self, row: int) -> Attendee | None:
        """The entry on ``row``, or None."""
        return self.item(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Display text, raw sort keys, ids, and a colour that repeats what the words say."""
        a = self.attendee(index.row()) if index.isValid() else None
        if a is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            kind = QCoreApplication.translate("Models", KIND_LABELS.get(a.kind, a.kind))
            departed = QCoreApplication.translate("Models", "Left {0}").format(clock(a.departed_at)) \
                if a.departed_at else ""
            values = (a.name, a.number, kind, a.ward, clock(a.registered_at), a.registered_by, yes_no(a.may_vote),
                      a.reason, departed)
            return values[column]
        if role == SORT_ROLE:
            # Text columns sort as they read (case and accents folded, the kind in the interface's language);
            # times and numbers by their raw value.
            kind = QCoreApplication.translate("Models", KIND_LABELS.get(a.kind, a.kind))
            raw: tuple[object, ...] = (
                search.fold(a.name), a.number.zfill(12), search.fold(kind), search.fold(a.ward), a.registered_at,
                search.fold(a.registered_by), int(a.may_vote), search.fold(a.reason), a.departed_at or "")
            return raw[column]
        if role == ID_ROLE:
            return a.id
        if role == Qt.ItemDataRole.ToolTipRole:
            # The reason is typed at the desk: escaped, so "<i>renewed</i>" is shown as typed, not in italics.
            return f"<qt>{html.escape(a.reason)}</qt>" if a.reason else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            if a.departed_at:
                return QBrush(foreground(Tone.MUTED, role=QPalette.ColorRole.Base))  # the Left column says so
            if column == 6:
                return QBrush(foreground(Tone.OK if a.may_vote else Tone.PROBLEM, role=QPalette.ColorRole.Base))
        return None


class AttendanceFilter(QSortFilterProxyModel):
    """Keeps rows whose text contains every typed word, ignoring case, accents and punctuation.

    "obrien" finds O'Brien and "sian" finds Siân, as at the desk.
    """

    def __init__(self) -> None:
        super().__init__()
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        """Filter by the words of ``text`` (empty shows everyone)."""
        self.beginFilterChange()
        self._words = search.words(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """A row matches when each word occurs in its folded text."""
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = " ".join(
            search.fold(str(model.data(model.index(source_row, c, source_parent)) or ""))
            + " " + " ".join(search.words(str(model.data(model.index(source_row, c, source_parent)) or "")))
            for c in range(model.columnCount())
        )
        return all(word in haystack for word in self._words)
