"""Date fields take a date typed as people write it, in one go, and read in the interface's language."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from ballotdesk.domain.dates import parse_typed_date
from ballotdesk.domain.errors import DomainError
from ballotdesk.ui import i18n
from ballotdesk.ui.dialogs import NewMeetingDialog
from ballotdesk.ui.roll.member_dialog import MemberDialog
from ballotdesk.ui.widgets.date_field import DateField

JAN_12 = dt.date(2016, 1, 12)


@pytest.mark.parametrize("typed", ["12/01/2016", "12 Jan 2016", "2016-01-12", "12 January 2016", "12.1.16",
                                   " 12/1/2016 ", "12 Ionawr 2016", "12 ion 2016"])
def test_one_rule_reads_a_date_as_people_write_it(typed):
    assert parse_typed_date(typed) == JAN_12


@pytest.mark.parametrize(("typed", "message"), [
    ("31/02/2016", "'31/02/2016' is not a date; write it as 12/01/2016, 12 Jan 2016 or 2016-01-12."),
    ("next tuesday", "'next tuesday' is not a date; write it as 12/01/2016, 12 Jan 2016 or 2016-01-12."),
    ("  ", "The date is empty; write it as 12/01/2016, 12 Jan 2016 or 2016-01-12."),
])
def test_what_is_not_a_date_is_refused_in_words(typed, message):
    with pytest.raises(DomainError, match="^" + re.escape(message) + "$"):
        parse_typed_date(typed)


@pytest.fixture
def field(qtbot) -> DateField:
    widget = DateField(dt.date(2026, 11, 28))
    widget.setAccessibleName("Cut-off date")
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.mark.parametrize("typed", ["12/01/2016", "12 Jan 2016", "2016-01-12"])
def test_a_date_typed_in_one_go_without_stepping_through_sections(qtbot, field, typed):
    field.setFocus()
    field.selectAll()
    seen: list[QDate] = []
    field.dateChanged.connect(seen.append)
    qtbot.keyClicks(field, typed)
    assert seen[-1] == QDate(2016, 1, 12)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.date() == QDate(2016, 1, 12)
    assert field.text() == "12 January 2016"  # shown back as the interface writes it
    assert field.problem() == ""


def test_text_that_is_not_a_date_is_said_on_the_field_and_never_read(qtbot, field):
    field.selectAll()
    qtbot.keyClicks(field, "31/02/2016")
    assert field.date() == QDate(2026, 11, 28)
    assert field.problem() == ("Cut-off date: '31/02/2016' is not a date; write it as 12/01/2016, 12 Jan 2016 "
                               "or 2016-01-12.")
    assert field.accessibleDescription() == field.problem()


@pytest.fixture
def welsh(qapp: QApplication) -> Iterator[None]:
    i18n.install_language(qapp, "cy", remember=False)
    yield
    i18n.install_language(qapp, "en", remember=False)


def test_in_welsh_the_field_shows_and_reads_welsh_months(qtbot, welsh):
    field = DateField(JAN_12)
    qtbot.addWidget(field)
    assert field.text() == "12 Ionawr 2016"
    field.selectAll()
    qtbot.keyClicks(field, "3 Chwef 2016")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.date() == QDate(2016, 2, 3) and field.text() == "3 Chwefror 2016"
    field.selectAll()
    qtbot.keyClicks(field, "03/02/2016")
    assert field.date() == QDate(2016, 2, 3) and field.problem() == ""


def test_file_new_takes_typed_dates_and_refuses_a_wrong_one_in_place(qtbot, tmp_path):
    dialog = NewMeetingDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Special meeting")
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, "28/11/2026")
    dialog.has_cutoff.setChecked(True)
    dialog.cutoff.selectAll()
    qtbot.keyClicks(dialog.cutoff, "12/13/2016")  # month first, by mistake
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.result() != NewMeetingDialog.DialogCode.Accepted
    assert dialog.problem.text().startswith("Cut-off date: '12/13/2016' is not a date")
    dialog.cutoff.selectAll()
    qtbot.keyClicks(dialog.cutoff, "12 Jan 2016")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.result() == NewMeetingDialog.DialogCode.Accepted
    assert (dialog.values().date, dialog.values().cutoff) == (dt.date(2026, 11, 28), JAN_12)


def test_a_members_join_date_is_typed(qtbot):
    dialog = MemberDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.number, "20001")
    dialog.has_join_date.setChecked(True)
    dialog.join_date.selectAll()
    qtbot.keyClicks(dialog.join_date, "3/2/2015")
    assert dialog.record().join_date == dt.date(2015, 2, 3)
