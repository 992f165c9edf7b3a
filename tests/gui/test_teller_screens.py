"""The teller screens as two first-time tellers and the chair use them, keyboard first.

Each test drives the widgets as a person does (keys typed, Return, buttons) and checks what is
on the screen in words: where the keyboard lands, what a saved entry says about the box, and
whether a long candidate's name can still be told apart on the bars.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from ballotdesk.ui.count.page import CountPage
from ballotdesk.ui.widgets.result_bars import ResultBars

OVERFLOW = "Overflow (outside)"
pytestmark = pytest.mark.hall(10, main_hall=6)  # 10 voters; 6 papers in the Main hall, 4 outside; closed
PAGE = CountPage


def as_teller(qtbot, page: CountPage, scripted, name: str) -> None:
    scripted.answers.append(name)
    qtbot.mouseClick(page.teller_button, Qt.MouseButton.LeftButton)


def enter_by_keyboard(qtbot, page: CountPage, box: str, *values: str) -> str:
    """Choose the box, type each figure and press Return; Return in the last field saves."""
    page.select_box(box)
    page.setFocus()  # as when the page is brought forward
    for value in values:
        field = QApplication.focusWidget()
        assert field in page.form.number_fields()
        qtbot.keyClicks(field, value)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClick(page.form.last_field(), Qt.Key.Key_Return)  # no reasons for rejection: save
    return page.outcome.text()


def test_bringing_the_count_page_forward_puts_the_keyboard_in_the_first_figure(qtbot, window, page, scripted):
    window.show_page(CountPage)
    assert QApplication.focusWidget() is page.form.papers
    qtbot.keyClicks(QApplication.focusWidget(), "6")
    assert page.form.papers.text() == "6"

    # a box with nothing to type: the keyboard lands on the box list, not on a greyed-out field
    as_teller(qtbot, page, scripted, "Ann")
    enter_by_keyboard(qtbot, page, "Main hall", "6", "4", "1", "1", "0")
    page.select_box("Main hall")
    assert not page.form.papers.isEnabled()
    window.show_page(CountPage)
    assert QApplication.focusWidget() is page.box_combo


def test_matching_entries_for_a_box_with_more_papers_than_issued_say_it_is_blocked(qtbot, page, scripted):
    as_teller(qtbot, page, scripted, "Ann")
    enter_by_keyboard(qtbot, page, "Main hall", "7", "4", "2", "1", "0")
    as_teller(qtbot, page, scripted, "Bob")
    outcome = enter_by_keyboard(qtbot, page, "Main hall", "7", "4", "2", "1", "0")
    assert outcome == ("The entries match, but more papers were found than issued into Main hall (6 issued, 7 "
                       "found): the count of Main hall is blocked until the chair orders a recount.")
    blocked = ("The count of Main hall is blocked: more papers were found than issued (6 issued, 7 found); the "
               "chair must order a recount of Main hall.")
    assert page.entry_note.text() == blocked
    assert page.recount_button.isEnabled()
    row = next(r for r in range(page.states_model.rowCount()) if page.states_model.index(r, 0).data() == "Main hall")
    assert page.states_model.index(row, 3).data().startswith("Blocked: more papers found than issued")


def test_matching_entries_for_a_short_box_say_the_chair_must_explain(qtbot, page, scripted):
    as_teller(qtbot, page, scripted, "Ann")
    enter_by_keyboard(qtbot, page, OVERFLOW, "3", "2", "1", "0", "0")
    as_teller(qtbot, page, scripted, "Bob")
    outcome = enter_by_keyboard(qtbot, page, OVERFLOW, "3", "2", "1", "0", "0")
    assert outcome.endswith("Papers issued into Overflow (outside) were not returned: the chair must explain "
                            "the shortfall.")
    as_teller(qtbot, page, scripted, "Cai")
    assert enter_by_keyboard(qtbot, page, "Main hall", "6", "4", "1", "1", "0") == \
        "Entry saved. Main hall now waits for a second teller's entry."


LONG = "Margaret Llewellyn-Featherstonehaugh ap Gruffydd"
NAMES = [f"{LONG}-{surname}" for surname in ("Jones", "Smith", "Evans", "Price")] + \
    [f"Candidate {n}" for n in range(8)]


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen tooltip window
def test_long_names_on_the_bars_stay_told_apart_and_are_given_in_full_on_hover(qtbot):
    bars = ResultBars()
    qtbot.addWidget(bars)
    bars.set_rows([(name, 12 - n, None) for n, name in enumerate(NAMES)], highlight=[NAMES[0]])
    bars.resize(420, bars.sizeHint().height())  # the bars' share of a 1024-pixel window
    bars.show()
    shown = bars.shown_labels()
    assert any("…" in label for label in shown)  # the names are too long for the column...
    assert len(set(shown)) == len(NAMES)  # ...yet no two candidates look alike

    row_height = bars.sizeHint().height() // len(NAMES)
    where = QPoint(40, 6 + row_height + row_height // 2)  # over the second row's label
    QApplication.sendEvent(bars, QHelpEvent(QEvent.Type.ToolTip, where, bars.mapToGlobal(where)))
    assert QToolTip.text() == f"{NAMES[1]}: 11"
    QToolTip.hideText()


def test_every_widget_the_second_teller_can_see_is_free_of_the_first_entry(qtbot, window, page, scripted):
    as_teller(qtbot, page, scripted, "Ann")
    enter_by_keyboard(qtbot, page, "Main hall", "6", "5", "0", "1", "0")
    as_teller(qtbot, page, scripted, "Bob")
    page.select_box("Main hall")
    seen: list[str] = [window.statusBar().currentMessage()]
    for widget in window.findChildren(QWidget):
        if widget.isVisible():
            text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
            seen += [str(text), widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    model = page.states_model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                seen.append(str(model.index(row, column).data(role) or ""))
    # Ann's 5 For never shows (the only 5 on the page would be hers)
    assert not [text for text in seen if "5" in text and "Audit" not in text and "digest" not in text], seen


def test_a_figure_that_is_refused_says_so_on_its_own_field(qtbot, window, page, scripted):
    """A screen reader reads the description of the field the teller is in, not a label under the form."""
    as_teller(qtbot, page, scripted, "Ann")
    page.select_box("Main hall")
    field = page.form.papers
    qtbot.keyClicks(field, "12a")
    assert "Papers found must be a whole number" in field.accessibleDescription()
    assert all(not f.accessibleDescription() for f in page.form.number_fields() if f is not field)
    field.clear()
    qtbot.keyClicks(field, "6")
    assert field.accessibleDescription() == ""


def test_the_count_page_fits_a_1024_pixel_screen_at_12_points(qtbot, page):
    app = QApplication.instance()
    before = app.font()
    font = app.font()
    font.setPointSize(12)
    app.setFont(font)
    try:
        narrow = CountPage(page.context)  # built at the large font, as after a restart with it
        qtbot.addWidget(narrow)
        assert narrow.minimumSizeHint().width() <= 1000  # "Change teller…" was past the right edge (1,110 px)
    finally:
        app.setFont(before)
