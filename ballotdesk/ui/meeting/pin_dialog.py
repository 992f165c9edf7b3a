"""Change chair PIN…: the current PIN (when there is one) and the new one twice."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ballotdesk.domain.errors import DomainError
from ballotdesk.ui.tones import Tone, style_text
from ballotdesk.ui.widgets.page_tools import dialog_buttons


class ChangePinDialog(QDialog):
    """Asks for the PINs and applies them; a refusal (wrong current PIN) is shown here and the dialog stays open.

    Args:
        has_pin: Whether the meeting already has a PIN (then the current one is asked for).
        apply: ``apply(new_pin, current_pin)``; raises DomainError (or ChairPinError) to refuse.
    """

    def __init__(self, has_pin: bool, apply: Callable[[str, str | None], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._apply = apply
        self._has_pin = has_pin
        self.setWindowTitle(self.tr("Change chair PIN") if has_pin else self.tr("Set chair PIN"))
        self.setMinimumWidth(440)
        intro = QLabel(self.tr("The chair's PIN is needed to declare and amend results, resolve counts, approve "
                               "provisional votes, change the rules and purge personal data. It is 6 to 12 "
                               "digits.") if has_pin else
                       self.tr("This meeting has no chair's PIN yet: anyone at this laptop can declare results. "
                               "Set a PIN of 6 to 12 digits."))
        intro.setWordWrap(True)
        # Digits only, but no cap on how many: a field that stops at 12 drops the 13th digit unseen,
        # and the chair, who typed 13, could then never type the PIN that was set. Too long is refused in words.
        digits = QRegularExpressionValidator(QRegularExpression(r"\d*"), self)
        self.current = self._pin_edit(self.tr("Current PIN"), digits)
        self.new = self._pin_edit(self.tr("New PIN"), digits)
        self.repeat = self._pin_edit(self.tr("New PIN again"), digits)
        form = QFormLayout()
        if has_pin:
            form.addRow(self.tr("&Current PIN:"), self.current)
        else:
            self.current.hide()
        form.addRow(self.tr("&New PIN:"), self.new)
        form.addRow(self.tr("New PIN &again:"), self.repeat)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        style_text(self.problem, Tone.PROBLEM, bold=True)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()
        self.buttons = dialog_buttons(self, self.tr("Change PIN") if has_pin else self.tr("Set PIN"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _pin_edit(self, name: str, validator: QRegularExpressionValidator) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(name)
        edit.setValidator(validator)
        return edit

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def accept(self) -> None:
        """Check the two new PINs agree, then apply; stay open with the reason when refused."""
        if self._has_pin and not self.current.text():
            self._refuse(self.tr("Enter the current PIN."))
            self.current.setFocus()
            return
        if self.new.text() != self.repeat.text():
            self._refuse(self.tr("The two new PINs differ; type the new PIN twice."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        try:
            self._apply(self.new.text(), self.current.text() if self._has_pin else None)
        except DomainError as error:
            self._refuse(str(error))
            return
        super().accept()
