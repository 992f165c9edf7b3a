"""The meeting page: details and rules edited in a form, saved through update_details (logged)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt

from ballotdesk.ui.member_dialog import qdate
from ballotdesk.ui.pages.meeting import MeetingPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(window) -> MeetingPage:
    window.show_page(MeetingPage)
    return window.page(MeetingPage)


def test_shows_details_rules_and_summaries(page):
    assert page.edits["title"].text() == "Branch AGM"
    assert page.edits["venue"].text() == "Church hall"
    assert page.has_cutoff.isChecked() and page.cutoff.date() == qdate(dt.date(2016, 1, 12))
    assert {s: b.isChecked() for s, b in page._status_boxes.items()} == {"Current": True, "Lapsed": False}
    assert page._status_boxes["Current"].text() == "Current (6 members)"
    assert page.quorum.text() == "2"
    assert page.four_eyes.isChecked()
    assert page.roll_summary.text().splitlines()[:3] == [
        "On the roll: 7", "May vote under the rules: 5", "May attend but not vote: 2"]
    assert "Quorum NOT met: 0 of 2 needed (2 more)" in page.attendance_summary.text()


def test_edit_and_save_is_logged_and_followed_everywhere(qtbot, page, window, service):
    page.edits["venue"].clear()
    qtbot.keyClicks(page.edits["venue"], "St Elli's Church Hall")
    qtbot.keyClicks(page.edits["chair"], "Eleri Prydderch")
    page.edits["title"].selectAll()
    qtbot.keyClicks(page.edits["title"], "Nomination meeting")
    page.quorum.selectAll()
    qtbot.keyClicks(page.quorum, "50%")
    qtbot.keyClick(page._status_boxes["Lapsed"], Qt.Key.Key_Space)  # as a keyboard user ticks a box
    qtbot.keyClick(page.four_eyes, Qt.Key.Key_Space)
    assert page.saved.text() == "Unsaved changes."
    window.context.notify("attendee.register")  # a change elsewhere must not wipe the edits
    assert page.edits["chair"].text() == "Eleri Prydderch"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    event = service.store.events(1)[0]
    assert event["action"] == "meeting.update"
    details = json.loads(event["details"])
    assert details["venue"] == {"from": "Church hall", "to": "St Elli's Church Hall"}
    assert details["chair"] == {"from": "", "to": "Eleri Prydderch"}
    assert details["quorum"] == {"from": "2", "to": "50%"}
    assert details["voting_statuses"] == {"from": '["Current"]', "to": '["Current", "Lapsed"]'}
    assert details["four_eyes"] == {"from": 1, "to": 0}
    assert page.saved.text().startswith("Saved 6 change(s)")
    assert window.windowTitle() == "Nomination meeting — branch.ballotdesk — BallotDesk"
    assert "May vote under the rules: 6" in page.roll_summary.text()
    assert page.quorum_help.text() == "50% of 6 eligible members = 3 needed."


def test_cut_off_can_be_removed_and_nothing_changed_is_not_logged(qtbot, page, service):
    head = service.store.audit_head()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.saved.text() == "Nothing changed."
    assert service.store.audit_head() == head
    qtbot.keyClick(page.has_cutoff, Qt.Key.Key_Space)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert service.rules().cutoff is None
    assert not page.cutoff.isEnabled()


def test_a_refused_value_is_shown_not_raised(qtbot, page, service, errors):
    page.quorum.selectAll()
    qtbot.keyClicks(page.quorum, "150%")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert errors == [("Save meeting", "A quorum of 150% is impossible; use 100% or less.")]
    assert service.details()["quorum"] == "2"
    page.edits["title"].clear()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert errors[-1] == ("Save meeting", "A meeting needs a title.")


def test_discard_restores_the_saved_values(qtbot, page):
    qtbot.keyClicks(page.edits["secretary"], "Gareth")
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert page.edits["secretary"].text() == ""
