"""The teller's count form: papers found, one field per option, abstentions, rejected papers.

Checks run as the teller types, with the domain's own words (``parse_count_field`` and
``check_figures``), so a slip is caught at the table, not after saving. The form never fills
itself from a stored entry: it only ever shows what the person at the keyboard typed, which is
what keeps the second teller's entry blind.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ballotdesk.domain.count import (
    ABSTAIN_LABEL,
    PAPERS_LABEL,
    REJECTED_LABEL,
    CountFigures,
    check_figures,
    parse_count_field,
)
from ballotdesk.domain.errors import DomainError
from ballotdesk.ui.domain_text import domain_text
from ballotdesk.ui.tones import Tone, style_text


class CountForm(QWidget):
    """Number fields for one box's figures with a live, plain-words check beneath them.

    Signals:
        validity_changed(bool): the figures became consistent (True) or stopped being so.
        submitted(): Return was pressed in the last field (the page decides whether to save).
    """

    validity_changed = Signal(bool)
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None, *, with_reasons: bool = True) -> None:
        super().__init__(parent)
        self._options: tuple[str, ...] = ()
        self._seats = 1
        self._valid = False
        self._with_reasons = with_reasons
        self._layout = QFormLayout()
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self._layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.papers = self._number_field(PAPERS_LABEL.capitalize())
        self.votes: list[QLineEdit] = []
        self.abstain = self._number_field(ABSTAIN_LABEL.capitalize())
        self.rejected = self._number_field(REJECTED_LABEL.capitalize())
        self.reasons = QLineEdit(self)
        self.reasons.setAccessibleName(self.tr("Reasons for rejection (optional)"))
        self.reasons.setPlaceholderText(self.tr("e.g. 2 marked twice, 1 signed"))
        self.reasons.setMinimumWidth(260)
        self.reasons.returnPressed.connect(lambda: self._advance(self.reasons))
        self.check = QLabel(self.tr("Choose a box to count."))
        self.check.setWordWrap(True)
        self.check.setAccessibleName(self.tr("Check of the figures"))
        self.check.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check.setMinimumHeight(48)
        self.check.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._layout)
        outer.addWidget(self.check)
        self._rebuild()

    # -- building ---------------------------------------------------------------------------

    def _number_field(self, name: str, label: str | None = None) -> QLineEdit:
        """A figure field: ``name`` (English) as object name, ``label`` (translated) as accessible name."""
        field = QLineEdit(self)
        field.setAccessibleName(label if label is not None else domain_text(name))
        field.setObjectName(name)
        field.setAlignment(Qt.AlignmentFlag.AlignRight)
        field.setFixedWidth(110)
        field.setMaxLength(9)
        field.textChanged.connect(self._recheck)
        field.returnPressed.connect(lambda f=field: self._advance(f))
        return field

    def set_options(self, options: Sequence[str], seats: int = 1) -> None:
        """Show one field per option (in paper order); clears the form."""
        options = tuple(options)
        if options == self._options and seats == self._seats:
            self.clear()
            return
        self._options, self._seats = options, seats
        for field in self.votes:
            field.hide()
            field.deleteLater()
        self.votes = [self._number_field(f"Votes for {name}", self.tr("Votes for {0}").format(name))
                      for name in options]
        self._rebuild()
        self.clear()

    def _rebuild(self) -> None:
        while self._layout.rowCount():
            taken = self._layout.takeRow(0)
            label = taken.labelItem.widget() if taken.labelItem is not None else None
            if label is not None:
                label.hide()  # at once: deleteLater waits for the event loop
                label.deleteLater()
        self._layout.addRow(self._label(self.papers), self.papers)
        for field in self.votes:
            self._layout.addRow(self._label(field), field)
        self._layout.addRow(self._label(self.abstain), self.abstain)
        self._layout.addRow(self._label(self.rejected), self.rejected)
        if self._with_reasons:
            self._layout.addRow(self._label(self.reasons), self.reasons)
        else:
            self.reasons.hide()
        chain = self.fields()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    @staticmethod
    def _label(field: QLineEdit) -> QLabel:
        label = QLabel(field.accessibleName() + ":")
        label.setBuddy(field)
        return label

    def fields(self) -> list[QLineEdit]:
        """Every input in form (and Tab) order."""
        chain = [self.papers, *self.votes, self.abstain, self.rejected]
        return [*chain, self.reasons] if self._with_reasons else chain

    def number_fields(self) -> list[QLineEdit]:
        """The figure fields only."""
        return [self.papers, *self.votes, self.abstain, self.rejected]

    def last_field(self) -> QLineEdit:
        """Where Return saves, and after which Tab reaches the Save button."""
        return self.fields()[-1]

    # -- values -----------------------------------------------------------------------------

    def clear(self) -> None:
        """Empty every field, ready for the next box (or the next teller)."""
        for field in self.fields():
            field.blockSignals(True)
            field.clear()
            field.blockSignals(False)
        self._recheck()

    def set_figures(self, figures: CountFigures) -> None:
        """Fill the fields (used only by the chair's amendment, never for a teller's entry)."""
        values = [figures.papers, *figures.votes, figures.abstain, figures.rejected]
        for field, value in zip(self.number_fields(), values, strict=False):
            field.setText(str(value))

    def figures(self) -> CountFigures | None:
        """The typed figures when every field holds a whole number, else None."""
        try:
            papers, *rest = [parse_count_field(f.text(), f.accessibleName()) for f in self.number_fields()]
        except DomainError:
            return None
        *votes, abstain, rejected = rest
        return CountFigures(papers, tuple(votes), abstain, rejected)

    def rejected_reasons(self) -> str:
        """The optional words on why papers were rejected."""
        return self.reasons.text().strip()

    def is_valid(self) -> bool:
        """Whether the figures are complete and consistent."""
        return self._valid

    def set_read_only(self, read_only: bool) -> None:
        """Grey the fields out when there is nothing to enter for this box (the page says why)."""
        for field in self.fields():
            field.setEnabled(not read_only)
        self.check.setVisible(not read_only)

    # -- checking ---------------------------------------------------------------------------

    def _recheck(self) -> None:
        problems: list[str] = []
        empty: list[str] = []
        for field in self.number_fields():
            problem = ""
            if not field.text().strip():
                empty.append(field.accessibleName())
            else:
                try:
                    parse_count_field(field.text(), field.accessibleName())
                except DomainError as error:
                    problem = str(error)
                    problems.append(problem)
            # Said on the field itself as well as under the form: a screen reader reads the
            # description of the field the teller is in, and the tint marks which one it is.
            field.setAccessibleDescription(problem)
            style_text(field, Tone.PROBLEM if problem else None, bold=bool(problem))
        figures = self.figures()
        if figures is not None and self._options:
            problems += check_figures(figures, self._options, self._seats)
        valid = bool(self._options) and not problems and not empty
        if problems:
            self._show("\n".join(f"⚠ {p}" for p in problems), Tone.PROBLEM)
        elif not self._options:
            self._show(self.tr("Choose a ballot and a box to count."), None)
        elif len(empty) == len(self.number_fields()):
            self._show(self.tr("Enter the figures for this box, from the top."), None)
        elif empty:
            self._show(self.tr("Still to fill in: {0}.").format(", ".join(empty)), None)
        elif figures is not None:
            self._show("✔ " + self._agreement(figures), Tone.OK)
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    def _agreement(self, figures: CountFigures) -> str:
        if self._seats == 1:
            parts = " + ".join(str(v) for v in (*figures.votes, figures.abstain, figures.rejected))
            return self.tr("The figures add up: {0} = {1} papers found.").format(parts, figures.papers)
        return self.tr("The figures are consistent ({0} valid papers, up to {1} marks each).").format(
            figures.valid, self._seats)

    def _show(self, text: str, tone: Tone | None) -> None:
        """The check line in words (✔ or ⚠ first), in the theme's colour for ``tone`` as a second cue."""
        self.check.setText(text)
        style_text(self.check, tone)

    def check_text(self) -> str:
        """What the check line says now (for tests and screen readers)."""
        return self.check.text()

    # -- keyboard ---------------------------------------------------------------------------

    def _advance(self, field: QLineEdit) -> None:
        """Return moves to the next field, as on a paper form; on the last field it submits."""
        chain = self.fields()
        if field is chain[-1]:
            self.submitted.emit()
            return
        chain[chain.index(field) + 1].setFocus(Qt.FocusReason.TabFocusReason)
