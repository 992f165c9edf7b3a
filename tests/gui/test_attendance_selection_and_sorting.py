"""The attendance list as the secretary uses it mid-meeting: big selections, sorting.

Each test drives the real widgets and checks what the secretary sees or what was recorded.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from ballotdesk.ui.attendance.page import AttendancePage
from ballotdesk.ui.shell.main_window import MainWindow
from tests.gui.conftest import member

PAGE = AttendancePage


def prepare_page(window: MainWindow) -> None:
    """Before the page is shown: people registered, a guest."""
    service = window.context.service
    service.save_member(member("20001", "Rhian", "Hopkins", "bynea", "SA14 9AA", dt.date(2010, 5, 1), "Current"))
    for number in ("10234", "10577", "10733", "10388", "20001"):
        service.register(number)
    service.add_guest("Carys Bevan", "press")


def click_row(qtbot, page: AttendancePage, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = page.table.visualRect(page.proxy.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def column(page: AttendancePage, c: int) -> list[str]:
    return [page.proxy.index(r, c).data() for r in range(page.proxy.rowCount())]


def test_the_count_says_how_many_are_selected(qtbot, page):
    assert page.count.text() == "6 attendees"
    click_row(qtbot, page, 0)
    click_row(qtbot, page, 2, Qt.KeyboardModifier.ShiftModifier)
    assert page.count.text() == "6 attendees, 3 selected"
    click_row(qtbot, page, 1, Qt.KeyboardModifier.ControlModifier)
    assert page.count.text() == "6 attendees, 2 selected"
    assert page.count.accessibleDescription() == "6 attendees, 2 selected"
    qtbot.keyClicks(page.filter, "carys")  # the selection is hidden by the filter: it no longer counts
    assert page.count.text() == "1 of 6 shown"


def test_text_columns_sort_as_they_read(qtbot, page):
    page.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    wards = [w for w in column(page, 3) if w]
    assert wards == sorted(wards, key=str.casefold)  # "bynea" between "Bigyn" and "Elli", not last
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    numbers = [n for n in column(page, 1) if n]
    assert numbers == sorted(numbers, key=int)
