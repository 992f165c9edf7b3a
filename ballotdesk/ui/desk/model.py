"""The registration desk's result list: the members matching what the steward typed."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import QBrush, QPalette

from ballotdesk.services.roll import MemberHit
from ballotdesk.ui.i18n import QT_TRANSLATE_NOOP
from ballotdesk.ui.models.base import Index, ListTableModel
from ballotdesk.ui.models.format import registered_words, yes_no
from ballotdesk.ui.tones import Tone, foreground

COLUMNS = (
    QT_TRANSLATE_NOOP("Header", "Name"),
    QT_TRANSLATE_NOOP("Header", "Number"),
    QT_TRANSLATE_NOOP("Header", "Ward"),
    QT_TRANSLATE_NOOP("Header", "Postcode"),
    QT_TRANSLATE_NOOP("Header", "May vote"),
    QT_TRANSLATE_NOOP("Header", "Registered"),
)

class SearchResultsModel(ListTableModel[MemberHit]):
    """A short list (the service caps it) of :class:`MemberHit`, replaced on every keystroke."""

    COLUMNS = COLUMNS

    def set_hits(self, items: list[MemberHit]) -> None:
        """Show a new list."""
        self.set_items(items)

    def hit(self, row: int) -> MemberHit | None:
        """The entry on ``row``, or None."""
        return self.item(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Text in words; the may-vote column is also coloured, never colour alone.

        Colours are chosen from the palette at each call, so the list follows a theme change.
        """
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            values = (hit.name, hit.number, hit.ward, hit.postcode, yes_no(hit.may_vote),
                      registered_words(hit.registered_at))
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.reason
        if role == Qt.ItemDataRole.ForegroundRole and column == 4:
            return QBrush(foreground(Tone.OK if hit.may_vote else Tone.PROBLEM, role=QPalette.ColorRole.Base))
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and hit.registered_at:
            return QBrush(foreground(Tone.WARNING, role=QPalette.ColorRole.Base))
        return None
