"""Amend a declared result: the chair corrects one box's figures, giving a name and a reason.

The service keeps every earlier version; this dialog only gathers the corrected figures, checked
live like a teller's entry. The result page opens it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ballotdesk.domain.count import CountFigures
from ballotdesk.ui.widgets.count_form import CountForm
from ballotdesk.ui.widgets.page_tools import fit_on_screen


class AmendDialog(QDialog):
    """The chair corrects a declared result: one box's figures, with their name and a reason.

    The earlier version is kept by the service; this dialog only gathers the corrected figures,
    checked live like a teller's entry, and refuses to close without a name and a reason.
    """

    def __init__(self, parent: QWidget | None, options: Sequence[str], seats: int,
                 boxes: Mapping[str, CountFigures | None], chair: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Amend the declared result"))
        self._boxes = dict(boxes)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Correct one box's figures. Every earlier version of the result is kept, "
                       "and the result will be marked AMENDED."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        top = QFormLayout()
        self.box_combo = QComboBox()
        self.box_combo.setAccessibleName(self.tr("Box"))
        self.box_combo.addItems(list(boxes))
        top.addRow(self.tr("&Box:"), self.box_combo)
        layout.addLayout(top)
        self.form = CountForm(self, with_reasons=False)
        self.form.set_options(options, seats)
        layout.addWidget(self.form)
        details = QFormLayout()
        self.chair_edit = QLineEdit(chair)
        self.chair_edit.setAccessibleName(self.tr("Chair's name"))
        details.addRow(self.tr("&Chair's name:"), self.chair_edit)
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(self.tr("Reason for the amendment"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. bundle of 10 For papers found under the table"))
        details.addRow(self.tr("&Reason:"), self.reason_edit)
        layout.addLayout(details)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.amend_button = self.buttons.addButton(self.tr("&Amend"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.amend_button.setAccessibleName(self.tr("Amend"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.box_combo.currentTextChanged.connect(self._load_box)
        self.form.validity_changed.connect(self._update)
        self.chair_edit.textChanged.connect(self._update)
        self.reason_edit.textChanged.connect(self._update)
        self._load_box(self.box_combo.currentText())
        fit_on_screen(self, 520, self.sizeHint().height())

    def _load_box(self, name: str) -> None:
        figures = self._boxes.get(name)
        self.form.clear()
        if figures is not None:
            self.form.set_figures(figures)
        self._update()

    def _update(self) -> None:
        self.amend_button.setEnabled(self.form.is_valid() and bool(self.chair_edit.text().strip())
                                     and bool(self.reason_edit.text().strip()))

    def box(self) -> str:
        """The box being corrected."""
        return self.box_combo.currentText()

    def figures(self) -> CountFigures | None:
        """The corrected figures."""
        return self.form.figures()

    def chair(self) -> str:
        """Who amends."""
        return self.chair_edit.text().strip()

    def reason(self) -> str:
        """Why."""
        return self.reason_edit.text().strip()
