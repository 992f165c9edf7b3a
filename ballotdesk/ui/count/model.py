"""The four-eyes state of every box, in words, for the count page.

Colour is only a second cue here: the state column always says in words what is happening,
so a colour-blind teller or a grey-scale print reads the same thing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from ballotdesk.domain.count import label_text
from ballotdesk.services.counting import BoxState, Dispute, DisputeRow
from ballotdesk.ui.i18n import QT_TRANSLATE_NOOP
from ballotdesk.ui.models.rows import AnyIndex, Column, RowsModel
from ballotdesk.ui.tones import Tone, tint


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
        return QCoreApplication.translate("Models", "Blocked: more papers found than issued; the chair must order a "
                                                    "recount")
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


_TONES = {"differs": Tone.PROBLEM, "definitive": Tone.OK, "second entry": Tone.WARNING, "blocked": Tone.PROBLEM,
          "explain": Tone.WARNING}
"""The state column's tint, by state (the words in the column say the same)."""


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
        """Adds a tint to the state column as a second cue, with the tint's own text colour.

        Both come from the theme at each call (a pale tint in a light theme, a deep one in a dark
        theme), so the text stays legible on the tint rather than taking the palette's text colour.
        """
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and index.isValid() \
                and index.column() == 3:
            state = self.row_at(index.row())
            tone = self.tone(state) if state is not None else None
            if tone is None:
                return None
            shade = tint(tone)
            return QColor(shade.background if role == Qt.ItemDataRole.BackgroundRole else shade.text)
        return super().data(index, role)

    @staticmethod
    def tone(state: BoxState) -> Tone | None:
        """The tone of a box's state, or None for states shown untinted (waiting, no papers)."""
        key: str = "explain" if state.needs_explanation else state.state
        return _TONES.get(key)


def _figure(value: int | None) -> str:
    return "—" if value is None else f"{value:,}"


class DisputeModel(RowsModel[DisputeRow]):
    """Two differing entries side by side: one row per figure, the differing ones marked in words and tint.

    The third column says "differs" in words, so the mark does not rest on colour alone.
    """

    columns = (
        Column[DisputeRow](QT_TRANSLATE_NOOP("Header", "Figure"), lambda r: r.label),
        Column[DisputeRow](QT_TRANSLATE_NOOP("Header", "First entry"), lambda r: _figure(r.first), align_right=True),
        Column[DisputeRow](QT_TRANSLATE_NOOP("Header", "Second entry"), lambda r: _figure(r.second),
                           align_right=True),
        Column[DisputeRow](QT_TRANSLATE_NOOP("Header", "Differs"),
                           lambda r: QCoreApplication.translate("Models", "≠ differs") if r.differs else ""),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tellers: tuple[str, str] = ("", "")

    def set_dispute(self, dispute: Dispute) -> None:
        """Show a dispute; the entry columns are headed by the tellers' names."""
        self._tellers = dispute.tellers
        self.set_rows(dispute.rows)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def row_id(self, row: DisputeRow) -> str:
        """The figure's label."""
        return row.label

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The entry columns name their teller: "Entry by Ann"."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and section in (1, 2) \
                and self._tellers[section - 1]:
            return QCoreApplication.translate("Models", "Entry by {0}").format(self._tellers[section - 1])
        return super().headerData(section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Differing rows are tinted and bold across the row."""
        row = self.row_at(index.row()) if index.isValid() else None
        if row is not None and row.differs:
            if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
                shade = tint(Tone.PROBLEM)
                return QColor(shade.background if role == Qt.ItemDataRole.BackgroundRole else shade.text)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)
