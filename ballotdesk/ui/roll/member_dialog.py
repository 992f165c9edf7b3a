"""Add a member to the roll by hand, or correct one, without leaving the meeting.

A chair often finds at the door that a member renewed yesterday and is missing from the
export; the dialog collects the same fields as the CSV import and hands a
:class:`MemberRecord` to ``MeetingService.save_member``, which logs the change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.roll_csv import MemberRecord
from ballotdesk.domain.text import check_text
from ballotdesk.ui.domain_text import field_label
from ballotdesk.ui.tones import Tone, style_text
from ballotdesk.ui.widgets.date_field import DateField, pydate, qdate
from ballotdesk.ui.widgets.page_tools import SAVE_CANCEL, dialog_buttons


class MemberDialog(QDialog):
    """The fields of one member; the membership number is fixed when correcting.

    Args:
        record: The member to correct, or None to add a new one.
        statuses: Statuses already on the roll, offered in the status box (any text is allowed).
    """

    def __init__(self, record: MemberRecord | None, statuses: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit member") if record else self.tr("Add member"))
        self.setMinimumWidth(440)
        form = QFormLayout()
        self.number = self._line("number", form)
        self.first_name = self._line("first_name", form)
        self.last_name = self._line("last_name", form)
        self.ward = self._line("ward", form)
        self.postcode = self._line("postcode", form)

        self.has_join_date = QCheckBox(self.tr("Known"))
        self.has_join_date.setAccessibleName(self.tr("Join date known"))
        self.join_date = DateField()
        self.join_date.setAccessibleName(field_label("join_date"))
        self.join_date.setDate(qdate(dt.date.today()))
        self.has_join_date.toggled.connect(self.join_date.setEnabled)
        # A new member's join date starts unknown: ticked with today's date, a member added at the
        # door would be recorded as joining tonight (after any cut-off) unless the secretary noticed,
        # and that invented date would then be kept over the export's as a value entered by hand.
        self.has_join_date.setChecked(False)
        self.join_date.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.join_date, 1)
        row.addWidget(self.has_join_date)
        form.addRow(field_label("join_date") + ":", row)

        self.status = QComboBox()
        self.status.setEditable(True)
        self.status.addItems(list(statuses))
        self.status.setAccessibleName(field_label("status"))
        form.addRow(field_label("status") + ":", self.status)
        self.email = self._line("email", form)

        self.problem = QLabel()
        style_text(self.problem, Tone.PROBLEM, bold=True)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()
        self.buttons = dialog_buttons(self, buttons=SAVE_CANCEL)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self._record = record
        if record is not None:
            self._load(record)
            self.number.setReadOnly(True)
            self.number.setToolTip(self.tr("The membership number identifies the member and cannot change."))

    def _line(self, field: str, form: QFormLayout) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(field_label(field))
        form.addRow(field_label(field) + ":", edit)
        return edit

    def _load(self, record: MemberRecord) -> None:
        self.number.setText(record.number)
        self.first_name.setText(record.first_name)
        self.last_name.setText(record.last_name)
        self.ward.setText(record.ward)
        self.postcode.setText(record.postcode)
        self.has_join_date.setChecked(record.join_date is not None)
        if record.join_date:
            self.join_date.setDate(qdate(record.join_date))
        self.status.setCurrentText(record.status)
        self.email.setText(record.email)

    def record(self) -> MemberRecord:
        """The member as entered."""
        return MemberRecord(
            number=self.number.text().strip(),
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            ward=self.ward.text().strip(),
            postcode=self.postcode.text().strip().upper(),
            join_date=pydate(self.join_date.date()) if self.has_join_date.isChecked() else None,
            status=self.status.currentText().strip(),
            email=self.email.text().strip(),
        )

    def accept(self) -> None:
        """Refuse to close without a membership number: the roll is keyed on it."""
        if not self.number.text().strip():
            self.problem.setText(self.tr("A member needs a membership number."))
            self.problem.show()
            self.number.setFocus()
            return
        # What the roll would refuse (a tab pasted from a spreadsheet, a zero-width space in the number)
        # is refused here, naming the field, so the dialog stays open with what was typed. A value
        # the roll already held (imported) and left as it was is not refused, as the service does not.
        typed: dict[str, tuple[str, QWidget]] = {
            "number": (self.number.text(), self.number), "first_name": (self.first_name.text(), self.first_name),
            "last_name": (self.last_name.text(), self.last_name), "ward": (self.ward.text(), self.ward),
            "postcode": (self.postcode.text(), self.postcode), "status": (self.status.currentText(), self.status),
            "email": (self.email.text(), self.email)}
        if self.has_join_date.isChecked() and self.join_date.problem():
            self.problem.setText(self.join_date.problem())
            self.problem.show()
            self.join_date.setFocus()
            return
        for name, (text, widget) in typed.items():
            if self._record is not None and text.strip() == getattr(self._record, name):
                continue
            try:
                check_text(name, text)
            except DomainError as error:
                self.problem.setText(str(error))
                self.problem.show()
                widget.setFocus()
                return
        super().accept()
