"""The one date field of every form: type a date as you would write it, or pick it from a calendar.

A ``QDateEdit`` makes people step through day, month and year sections, and refuses "12/01/2016"
typed in one go. This field is a line edit read by :func:`ballotdesk.domain.dates.parse_typed_date`
(12/01/2016, 12 Jan 2016, 2016-01-12, 12 Ionawr 2016) and shows its date in the interface's
language. It keeps ``QDateEdit``'s ``date()``/``setDate()``/``dateChanged`` so forms read it the
same way; text that is not a date is said on the field (:meth:`problem`) and never read as one.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QWidget

from ballotdesk.domain.dates import parse_typed_date
from ballotdesk.domain.errors import DomainError
from ballotdesk.ui.i18n import format_date
from ballotdesk.ui.tones import Tone, style_text


def qdate(day: dt.date) -> QDate:
    """A QDate for a Python date."""
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    """A Python date for a QDate."""
    return dt.date(day.year(), day.month(), day.day())


class DateField(QLineEdit):
    """A date typed in one go; ``dateChanged(QDate)`` when what is typed becomes another real date."""

    dateChanged = Signal(QDate)  # QDateEdit's name: forms connect to it unchanged

    def __init__(self, value: QDate | dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = QDate.currentDate()
        self._problem = ""
        self.setPlaceholderText(self.tr("e.g. 12/01/2016 or 12 Jan 2016"))
        self.setToolTip(self.tr("Type the date (12/01/2016, 12 Jan 2016 or 2016-01-12), or choose it from "
                                "the calendar (Alt+Down)."))
        self.calendar_action = QAction(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
                                       self.tr("Calendar"), self)
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(self._finished)
        self.setDate(value if value is not None else self._date)

    # -- QDateEdit's interface ----------------------------------------------------------------

    def date(self) -> QDate:
        """The date shown (the last real date typed; see :meth:`problem` for text that is not one)."""
        return QDate(self._date)

    def setDate(self, value: QDate | dt.date) -> None:
        """Show ``value`` in the interface's language."""
        day = value if isinstance(value, QDate) else QDate(value.year, value.month, value.day)
        changed = day != self._date
        self._date = QDate(day)
        self._set_problem("")
        self.setText(format_date(pydate(day)))
        if changed:
            self.dateChanged.emit(QDate(day))

    def problem(self) -> str:
        """Why the text typed is not a date, naming the field; empty when it is one."""
        return self._problem

    # -- typing and the calendar --------------------------------------------------------------

    def _edited(self, text: str) -> None:
        try:
            found = parse_typed_date(text)
        except DomainError as error:
            self._set_problem(f"{self.accessibleName()}: {error}" if self.accessibleName() else str(error))
            return
        self._set_problem("")
        day = QDate(found.year, found.month, found.day)
        if day != self._date:
            self._date = day
            self.dateChanged.emit(QDate(day))

    def _finished(self) -> None:
        if not self._problem:
            self.setText(format_date(pydate(self._date)))  # as the interface writes it: read back as typed

    def _set_problem(self, text: str) -> None:
        self._problem = text
        self.setAccessibleDescription(text)
        style_text(self, Tone.PROBLEM if text else None, bold=bool(text))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Alt+Down opens the calendar, as in a date box."""
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        """A calendar under the field; a click (or Enter) on a day sets it."""
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.setSelectedDate(self._date)
        calendar.setAccessibleName(self.tr("Calendar"))

        def chosen(day: QDate) -> None:
            self.setDate(day)
            calendar.close()

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()
