"""The chair settles two differing entries for a box, with both entries in view.

Four-eyes counting sends a box whose two entries differ to the chair. The chair decides only
after seeing both entries side by side, the differing figures marked, and gives a reason either
way (accept one entry, or order a recount); the service keeps it for the result sheet.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ballotdesk.services.counting import Dispute
from ballotdesk.ui.count.model import DisputeModel
from ballotdesk.ui.widgets.page_tools import dialog_buttons, fit_rows, table

RECOUNT = 2
"""The id of the "order a recount" choice; the tellers' choices are 0 and 1 (-1 is Qt's "none chosen")."""


class DisputeDialog(QDialog):
    """Both entries side by side; accept one or order a recount, with a reason (required)."""

    def __init__(self, parent: QWidget | None, dispute: Dispute) -> None:
        super().__init__(parent)
        self.dispute = dispute
        self.setWindowTitle(self.tr("Entries differ: {0}").format(dispute.box))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The two entries for <b>{0}</b> differ on: {1}. Check the papers, then accept one "
                               "entry or order a recount.").format(dispute.box, ", ".join(dispute.differing)))
        intro.setWordWrap(True)
        intro.setAccessibleName(self.tr("What differs"))
        layout.addWidget(intro)
        self.model = DisputeModel(self)
        self.model.set_dispute(dispute)
        self.view = table(self.model, self.tr("Both entries side by side"))
        fit_rows(self.view)
        layout.addWidget(self.view)

        self.choices = QButtonGroup(self)
        for index, teller in enumerate(dispute.tellers):
            choice = QRadioButton(self.tr("Accept the entry by {0}").format(teller))
            choice.setAccessibleName(self.tr("Accept the entry by {0}").format(teller))
            self.choices.addButton(choice, index)
            layout.addWidget(choice)
        recount = QRadioButton(self.tr("Order a &recount (both entries are set aside)"))
        recount.setAccessibleName(self.tr("Order a recount"))
        self.choices.addButton(recount, RECOUNT)
        layout.addWidget(recount)

        form = QFormLayout()
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(self.tr("The chair's reason"))
        self.reason_edit.setPlaceholderText(self.tr("Required, e.g. recounted the bundle in front of both tellers"))
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        layout.addLayout(form)
        self.buttons = dialog_buttons(self, self.tr("Decide"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(self.buttons)
        self.choices.idToggled.connect(lambda _id, _on: self._update())
        self.reason_edit.textChanged.connect(lambda _t: self._update())
        self._update()
        self.choices.button(0).setFocus()  # the chair's first step is to choose; the table is only read
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    def _update(self) -> None:
        self.ok_button.setEnabled(self.choices.checkedButton() is not None and bool(self.reason_edit.text().strip()))

    def choose(self, teller: str | None) -> None:
        """Pick a teller's entry (or None: a recount), as the chair clicks it."""
        index = RECOUNT if teller is None else self.dispute.tellers.index(teller)
        self.choices.button(index).setChecked(True)

    def accepted_teller(self) -> str | None:
        """The teller whose entry is accepted; None for a recount."""
        index = self.choices.checkedId()
        return None if index == RECOUNT else self.dispute.tellers[index]

    def reason(self) -> str:
        """The chair's reason, as typed."""
        return self.reason_edit.text().strip()
