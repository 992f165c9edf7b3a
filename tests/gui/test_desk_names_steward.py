"""The desk asks who is at it when first used, keeps the name, and the record says who registered whom."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ballotdesk.ui.desk.page import DeskPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_first_registration_asks_the_stewards_name_once(qtbot, window, service):
    service.actor = "chair"  # as File › New leaves it
    asked: list[str | None] = [None, "Nia Hughes"]  # first the steward cancels, then gives a name
    questions: list[int] = []

    def steward_name() -> str | None:
        questions.append(1)
        return asked.pop(0)

    window.dialogs.steward_name = steward_name
    window.show_page(DeskPage)
    desk = window.page(DeskPage)
    qtbot.keyClicks(desk.search, "10234")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert service.attendees() == []  # nobody registered under nobody's name
    assert "type yours in “At the desk”" in desk.status.text()
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    qtbot.keyClicks(desk.search, "10577")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert len(questions) == 2  # asked again after the cancel, then never
    assert desk.staff.text() == "Nia Hughes"
    assert [(a.number, a.registered_by) for a in service.attendees()] == [("10234", "Nia Hughes"),
                                                                         ("10577", "Nia Hughes")]
    actors = [e["actor"] for e in service.store.events(5) if e["action"] == "attendee.register"]
    assert actors == ["Nia Hughes", "Nia Hughes"]
