"""Add guest, Add provisional attendee: a name and a note, refused in place when the service would refuse it.

Shown through :meth:`ballotdesk.ui.dialogs.Dialogs.guest` and :meth:`~ballotdesk.ui.dialogs.Dialogs.provisional`
(which tests replace); it lives with the desk, the one page that registers guests and provisional attendees.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.text import check_text
from ballotdesk.ui.tones import Tone, style_text
from ballotdesk.ui.widgets.page_tools import dialog_buttons


class PersonDialog(QDialog):
    """A name and a note: used for guests (note optional) and provisional attendees (reason required)."""

    def __init__(self, title: str, intro: str, note_label: str, *, note_required: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._note_required = note_required
        self._note_label = note_label
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        form.addRow(self.tr("Name:"), self.name)
        self.note = QLineEdit()
        self.note.setAccessibleName(note_label)
        form.addRow(note_label + ":", self.note)
        self.problem = QLabel()
        style_text(self.problem, Tone.PROBLEM, bold=True)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()
        buttons = dialog_buttons(self, self.tr("Register"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """A name is always needed; a provisional attendee also needs the reason.

        What the service would refuse (a line break or an invisible character pasted in, a name
        as long as a page) is refused here, so the dialog stays open with what was typed.
        """
        if not self.name.text().strip():
            self.problem.setText(self.tr("Enter the person's name."))
        elif self._note_required and not self.note.text().strip():
            self.problem.setText(self.tr("Enter the {0}.").format(self._note_label.lower()))
        else:
            try:
                check_text("name", self.name.text())
                check_text("reason" if self._note_required else "note", self.note.text())
            except DomainError as error:
                self.problem.setText(str(error))
            else:
                super().accept()
                return
        self.problem.show()
