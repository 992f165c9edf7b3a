"""At the desk, a search that finds nobody: the message names the name, and the next name replaces it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from ballotdesk.ui.desk.page import DeskPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def type_text(field: QLineEdit, text: str) -> None:
    """Type any text, key by key (QTest's keyClicks knows only ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def test_a_name_that_finds_nobody_is_selected_and_replaced_by_the_next(qtbot, window, service):
    window.show_page(DeskPage)
    desk = window.page(DeskPage)
    type_text(desk.search, "öztürk ayşe")
    assert desk.model.rowCount() == 0
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert desk.status.text().startswith("NOT ON THE ROLL: No member matches 'öztürk ayşe'")
    assert "membership number" not in desk.status.text()
    assert desk.search.selectedText() == "öztürk ayşe"
    qtbot.keyClicks(desk.search, "zoe obrien")  # the next arrival
    assert desk.search.text() == "zoe obrien"
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert desk.status.text().startswith("REGISTERED — MAY VOTE: Zoë O'Brien (10234)")
    assert [a.name for a in service.attendees()] == ["Zoë O'Brien"]
