"""The attendance page: filter, sort, multi-select, departed/returned, approving a provisional vote."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt

from ballotdesk.ui.attendance.model import AttendanceFilter, AttendanceModel
from ballotdesk.ui.attendance.page import AttendancePage
from ballotdesk.ui.shell.main_window import MainWindow

PAGE = AttendancePage


def prepare_page(window: MainWindow) -> None:
    """Before the page is shown: people registered, a guest and a provisional attendee."""
    service = window.context.service
    for number in ("10234", "10577", "10733", "10388"):
        service.register(number)
    service.add_guest("Carys Bevan", "press")
    service.add_provisional("Dylan Morgan", "renewed on Monday")


def click_row(qtbot, page: AttendancePage, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = page.table.visualRect(page.proxy.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def names(page: AttendancePage) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def test_lists_everyone_with_figures(page):
    assert names(page) == ["Zoë O'Brien", "Gül Yıldız", "Gruffydd Llywelyn", "Siân ap Rhys", "Carys Bevan",
                           "Dylan Morgan"]
    assert page.count.text() == "6 attendees"
    assert page.figures.text().splitlines() == [
        "Registered: 6    May vote and present: 3    Guests: 1    Departed: 0", "Quorum met: 3 present, 2 needed"]


def test_ctrl_and_shift_select_several_then_mark_departed_and_returned(qtbot, page, service):
    ids = [a.id for a in service.attendees()]
    click_row(qtbot, page, 0)
    click_row(qtbot, page, 1, Qt.KeyboardModifier.ShiftModifier)  # Shift extends from row 0
    assert page.selected_ids() == ids[:2]
    click_row(qtbot, page, 3, Qt.KeyboardModifier.ControlModifier)  # Ctrl adds a row...
    assert page.selected_ids() == [*ids[:2], ids[3]]
    click_row(qtbot, page, 3, Qt.KeyboardModifier.ControlModifier)  # ...and Ctrl again removes it
    assert page.selected_ids() == ids[:2]
    assert page.returned_button.isEnabled() is False
    qtbot.mouseClick(page.departed_button, Qt.MouseButton.LeftButton)

    figures = service.figures()
    assert (figures.departed, figures.may_vote_present) == (2, 1)
    assert page.figures.text().startswith("Registered: 6    May vote and present: 1    Guests: 1    Departed: 2")
    assert page.figures.text().endswith("Quorum NOT met: 1 present, 2 needed (1 more)")
    assert page.proxy.index(0, 8).data().startswith("Left ")
    assert len(page.selected_ids()) == 2  # the selection survives the reload
    assert json.loads(service.store.events(1)[0]["details"])["attendee_ids"] == page.selected_ids()

    qtbot.mouseClick(page.returned_button, Qt.MouseButton.LeftButton)
    assert service.figures().departed == 0
    assert service.store.events(1)[0]["action"] == "attendee.returned"


def test_filter_ignores_accents_and_punctuation(qtbot, page):
    qtbot.keyClicks(page.filter, "obrien")
    assert names(page) == ["Zoë O'Brien"]
    page.filter.clear()
    qtbot.keyClicks(page.filter, "sian")
    assert names(page) == ["Siân ap Rhys"]
    assert page.count.text() == "1 of 6 shown"
    page.filter.clear()
    qtbot.keyClicks(page.filter, "guest")
    assert names(page) == ["Carys Bevan"]


def test_columns_sort(qtbot, page):
    header = page.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2))
    assert names(page)[0] in ("Carys Bevan", "Zoë O'Brien")  # sorted by name, either direction
    assert names(page) in (sorted(names(page)), sorted(names(page), reverse=True))
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert names(page)[:3] == ["Carys Bevan", "Dylan Morgan", "Gruffydd Llywelyn"]
    page.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    assert [page.proxy.index(r, 6).data() for r in range(6)] == ["Yes"] * 3 + ["No"] * 3


def test_chair_approves_a_provisional_vote(qtbot, page, service, window):
    asked = []
    window.dialogs.confirm = lambda title, message: asked.append(message) or True
    click_row(qtbot, page, 5)
    assert page.approve_button.isEnabled()
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert asked == ["Let Dylan Morgan vote? They are not on the roll: not on the roll, provisional "
                     "(renewed on Monday); may vote only if the chair approves."]
    assert service.figures().may_vote_present == 4
    assert page.proxy.index(5, 6).data() == "Yes"
    assert page.withdraw_button.isEnabled() and not page.approve_button.isEnabled()
    assert service.store.events(1)[0]["action"] == "attendee.approve_vote"


def test_approve_needs_a_provisional_attendee(qtbot, page, errors):
    click_row(qtbot, page, 0)
    page.approve(True)
    assert errors == [("Approve vote", "Select a provisional attendee first (added at the desk with "
                                       "Add provisional attendee).")]


def test_desk_registrations_reach_the_page(qtbot, page, window, service):
    from ballotdesk.ui.desk.page import DeskPage

    window.show_page(DeskPage)
    desk = window.page(DeskPage)
    qtbot.keyClicks(desk.search, "10652")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    window.show_page(AttendancePage)
    assert "Seán O'Brien-Jones" in names(page)


def test_attendance_models(qtmodeltester, page):
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    model = AttendanceModel()
    proxy = AttendanceFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)


def test_a_provisional_reason_is_shown_in_full_when_there_is_room(qtbot, page, window):
    window.resize(1400, 820)
    qtbot.waitUntil(lambda: page.table.viewport().width() > 1200)
    row = names(page).index("Dylan Morgan")
    reason = page.proxy.index(row, 7).data()
    assert reason.startswith("not on the roll, provisional (renewed on Monday)")
    header, table = page.table.horizontalHeader(), page.table
    assert header.sectionSize(7) >= table.sizeHintForColumn(7)  # the longest reason, not cut with "…"
    assert sum(header.sectionSize(c) for c in range(9)) <= table.viewport().width()  # and no sideways scrolling
    assert page.proxy.index(row, 7).data(Qt.ItemDataRole.ToolTipRole) == f"<qt>{reason}</qt>"  # in full where cut


def test_a_reason_that_looks_like_markup_is_shown_as_typed(qtbot, page, window, service):
    service.add_provisional("Eirlys Tudor", "<i>renewed</i> <img src=x>")
    window.context.notify("attendee.provisional")
    row = names(page).index("Eirlys Tudor")
    tip = page.proxy.index(row, 7).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("<qt>") and "&lt;i&gt;renewed&lt;/i&gt; &lt;img src=x&gt;" in tip
    assert "<i>" not in tip and "<img" not in tip


def test_message_boxes_show_quoted_text_as_written(qtbot, monkeypatch):
    from PySide6.QtWidgets import QLabel, QMessageBox

    from ballotdesk.ui.dialogs import Dialogs

    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or QMessageBox.StandardButton.No)
    dialogs = Dialogs(None)
    dialogs.error("Add guest", "The name <b>Ann</b> <img src=x> is taken.")
    assert not dialogs.confirm("Approve", "Let <i>Dylan</i> vote?")  # No is the default answer
    for box in shown:
        assert box.textFormat() == Qt.TextFormat.PlainText
        label = box.findChild(QLabel, "qt_msgbox_label")
        assert label is not None and label.textFormat() == Qt.TextFormat.PlainText
    assert [box.text() for box in shown] == ["The name <b>Ann</b> <img src=x> is taken.", "Let <i>Dylan</i> vote?"]
    assert shown[1].defaultButton() is shown[1].button(QMessageBox.StandardButton.No)


def test_the_filter_has_the_keyboard_when_the_page_is_shown(qtbot, page, window):
    from PySide6.QtWidgets import QApplication

    from ballotdesk.ui.desk.page import DeskPage
    from ballotdesk.ui.pages import page_classes

    assert QApplication.focusWidget() is page.filter
    window.show_page(DeskPage)
    assert QApplication.focusWidget() is not page.filter
    window.tabs.setCurrentIndex(page_classes().index(AttendancePage))  # as a click on the tab does
    assert QApplication.focusWidget() is page.filter
    qtbot.keyClicks(QApplication.focusWidget(), "carys")
    assert names(page) == ["Carys Bevan"]


def test_figures_and_count_are_described_for_screen_readers(qtbot, page):
    from PySide6.QtGui import QAccessible

    qtbot.keyClicks(page.filter, "sian")
    for label in (page.figures, page.count):
        described = QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Description)
        assert described == label.text() and described
    assert page.count.accessibleDescription() == "1 of 6 shown"

