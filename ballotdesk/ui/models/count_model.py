"""The four-eyes state of every box, in words, for the count page.

Colour is only a second cue here: the state column always says in words what is happening,
so a colour-blind teller or a grey-scale print reads the same thing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from ballotdesk.domain.count import label_text
from ballotdesk.services.ballots import BoxState
from ballotdesk.ui.i18n import QT_TRANSLATE_NOOP
from ballotdesk.ui.models.ballots_model import AnyIndex, Column, RowsModel


def state_words(state: BoxState) -> str:
    """What a box's count needs next, as a teller or the chair would say it."""
    if state.state == "no papers":
        return QCoreApplication.translate("Models", "No papers issued")
    if state.state == "waiting":
        return QCoreApplication.translate("Models", "Waiting for the first entry")
    if state.state == "second entry":
        return QCoreApplication.translate("Models", "Waiting for a second teller")
    if state.state == "differs":
        return QCoreApplication.translate("Models", "Entries differ ({0}): chair to resolve").format(
            ", ".join(label_text(d) for d in state.differing))
    if state.blocked:
        return QCoreApplication.translate("Models", "Definitive, but more papers found than issued: recount")
    if state.needs_explanation:
        return QCoreApplication.translate("Models", "Definitive; shortfall to be explained by the chair")
    return QCoreApplication.translate("Models", "Definitive")


def account_words(state: BoxState) -> str:
    """The ballot paper account once the box is definitive."""
    if state.account is None:
        return QCoreApplication.translate("Models", "{0} issued; not yet counted").format(f"{state.issued:,}")
    words = state.account.message
    if state.explanation:
        words += QCoreApplication.translate("Models", " Explained: {0}").format(state.explanation)
    return words


_TINT = {"differs": QColor(255, 214, 214), "definitive": QColor(214, 240, 214),
         "second entry": QColor(255, 240, 200), "blocked": QColor(255, 214, 214),
         "explain": QColor(255, 240, 200)}


class BoxStatesModel(RowsModel[BoxState]):
    """One row per box: papers issued, entries so far, state in words, paper account."""

    columns = (
        Column[BoxState](QT_TRANSLATE_NOOP("Header", "Box"), lambda s: s.name),
        Column[BoxState](QT_TRANSLATE_NOOP("Header", "Papers issued"), lambda s: f"{s.issued:,}", align_right=True),
        Column[BoxState](QT_TRANSLATE_NOOP("Header", "Papers found"),
                         lambda s: f"{s.figures.papers:,}" if s.figures else "—", align_right=True),
        Column[BoxState](QT_TRANSLATE_NOOP("Header", "Count"), state_words, tooltip=lambda s: s.how or state_words(s)),
        Column[BoxState](QT_TRANSLATE_NOOP("Header", "Ballot paper account"), account_words, tooltip=account_words),
    )

    def row_id(self, row: BoxState) -> str:
        """The box name (what the services take)."""
        return row.name

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Adds a pale tint to the state column as a second cue."""
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and index.column() == 3:
            state = self.row_at(index.row())
            if state is None:
                return None
            key: str = "blocked" if state.blocked else "explain" if state.needs_explanation else state.state
            return _TINT.get(key)
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 3:
            state = self.row_at(index.row())
            tinted = state is not None and (state.blocked or state.needs_explanation or state.state in _TINT)
            return QColor(0, 0, 0) if tinted else None
        return super().data(index, role)
