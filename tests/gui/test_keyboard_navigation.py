"""Keyboard-only use of every page, as a blind teller with a screen reader works: Tab, and Alt+letter.

Before the fix, Tab walked cell by cell through the roll, attendance and ballot lists (a roll of
100,000 members is a trap: the buttons after it were never reached), and the desk's "At the
desk" name field, which takes no Tab focus by design, had no mnemonic either.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

from ballotdesk.ui.desk.page import DeskPage
from ballotdesk.ui.pages import page_classes
from ballotdesk.ui.shell.main_window import MainWindow

KINDS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)


def _tab_stops(window: MainWindow, page: QWidget) -> list[QWidget]:
    """The controls a user expects Tab to reach on ``page``: shown, enabled and taking Tab focus."""
    return [w for w in page.findChildren(QWidget)
            if isinstance(w, KINDS) and w.isVisibleTo(window) and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
            and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))]


def test_tab_reaches_every_control_of_every_page_and_leaves_lists(qtbot, window: MainWindow) -> None:
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    for index, cls in enumerate(page_classes()):
        window.show_page(cls)
        page = window.page(cls)
        qtbot.waitUntil(page.isVisible)
        expected = _tab_stops(window, page)
        assert expected, window.tabs.tabText(index)
        window.tabs.tabBar().setFocus()
        reached: list[QWidget] = []
        for _ in range(3 * len(expected) + 5):  # far more presses than a cell-by-cell walk could afford
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            reached.append(QApplication.focusWidget())
        missed = [f"{type(w).__name__} {w.accessibleName()!r}" for w in expected if w not in reached]
        assert missed == [], f"{window.tabs.tabText(index)}: Tab never reaches {missed}"


def test_alt_a_takes_the_keyboard_to_the_desk_name_field(qtbot, window: MainWindow) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.show_page(DeskPage)
    desk = window.page(DeskPage)
    desk.search.setFocus()
    qtbot.keyClick(desk.search, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is desk.staff
    qtbot.keyClicks(desk.staff, "Ann")
    assert desk.staff.text() == "Ann"
