"""The roll as a table that never loads more than is shown.

A 100,000-member roll would take seconds and hundreds of megabytes as widgets. The model holds
the members fetched so far and asks the service for the next page when the view scrolls near
the end (Qt's ``canFetchMore``/``fetchMore``), continuing after the last key it holds. Each
member comes with their eligibility, worked out by the service under the meeting's rules.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette

from ballotdesk.domain import search
from ballotdesk.services.meeting import MeetingService
from ballotdesk.services.roll import RollMember
from ballotdesk.ui.i18n import QT_TRANSLATE_NOOP
from ballotdesk.ui.models.format import day, registered_words, yes_no
from ballotdesk.ui.tones import Tone, foreground

COLUMNS = (
    QT_TRANSLATE_NOOP("Header", "Number"),
    QT_TRANSLATE_NOOP("Header", "First name"),
    QT_TRANSLATE_NOOP("Header", "Last name"),
    QT_TRANSLATE_NOOP("Header", "Ward"),
    QT_TRANSLATE_NOOP("Header", "Postcode"),
    QT_TRANSLATE_NOOP("Header", "Joined"),
    QT_TRANSLATE_NOOP("Header", "Status"),
    QT_TRANSLATE_NOOP("Header", "May vote"),
    QT_TRANSLATE_NOOP("Header", "Registered"),
)
PAGE_SIZE = 200
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
"""The membership number of a row, for Edit member."""

_Index = QModelIndex | QPersistentModelIndex


class RollModel(QAbstractTableModel):
    """Members in surname order, fetched a page at a time, optionally narrowed by search words."""

    def __init__(self, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self.page_size = page_size
        self._service: MeetingService | None = None
        self._terms: list[str] = []
        self._rows: list[RollMember] = []
        self._total = 0

    # -- loading ----------------------------------------------------------------------------

    def set_service(self, service: MeetingService | None) -> None:
        """Show another meeting's roll (or none)."""
        self._service = service
        self.reload()

    def set_filter(self, text: str) -> None:
        """Show only members whose name, number or postcode start with the typed words."""
        terms = search.words(text)
        if terms != self._terms:
            self._terms = terms
            self.reload()

    def reload(self) -> None:
        """Start again from the first page (after an import, an edit or a rules change)."""
        self.beginResetModel()
        self._rows = []
        if self._service is None:
            self._total = 0
        else:
            self._total = self._service.roll_size(self._terms)
            self._rows = self._page(None)
        self.endResetModel()

    def _page(self, after: tuple[str, str] | None) -> list[RollMember]:
        assert self._service is not None
        return self._service.roll_page(after, self.page_size, self._terms, offset=len(self._rows))

    @property
    def total(self) -> int:
        """How many members match (not how many are loaded)."""
        return self._total

    def canFetchMore(self, parent: _Index) -> bool:
        """More rows exist than are loaded."""
        return not parent.isValid() and self._service is not None and len(self._rows) < self._total

    def fetchMore(self, parent: _Index) -> None:
        """Load the next page after the last row held."""
        if not self.canFetchMore(parent):
            return
        last = self._rows[-1] if self._rows else None
        rows = self._page((last.sort_key, last.number) if last else None)
        if not rows:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    # -- Qt model -------------------------------------------------------------------------------

    def member(self, row: int) -> RollMember | None:
        """The member on ``row``, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Rows loaded so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Columns as in :data:`COLUMNS`."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Column titles."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("Header", COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """One member's fields, eligibility in words and whether they are here."""
        member = self.member(index.row()) if index.isValid() else None
        if member is None:
            return None
        column = index.column()
        left = member.left
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            e = member.eligibility
            if role == Qt.ItemDataRole.ToolTipRole:
                return e.reason
            r = member.record
            status = r.status + (QCoreApplication.translate("Models", " (left the roll)") if left else "")
            values = (r.number, r.first_name, r.last_name, r.ward, r.postcode,
                      day(r.join_date), status, yes_no(e.may_vote),
                      registered_words(member.registered_at, ""))
            return values[column]
        if role == NUMBER_ROLE:
            return member.number
        if role == Qt.ItemDataRole.ForegroundRole and left:
            return QBrush(foreground(Tone.MUTED, role=QPalette.ColorRole.Base))  # the status says "left the roll"
        return None
