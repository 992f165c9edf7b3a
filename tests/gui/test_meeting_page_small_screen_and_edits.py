"""The meeting page under awkward use: a small screen with a large font, odd quorums, unsaved edits.

Each test here drives the form as the chair or the secretary would and checks what they see.
"""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from ballotdesk.services.meeting import MeetingService
from ballotdesk.ui.actions import ActionName
from ballotdesk.ui.attendance.page import AttendancePage
from ballotdesk.ui.meeting.page import MeetingPage
from tests.gui.conftest import member

PAGE = MeetingPage

def test_fits_a_small_screen_with_a_large_font_without_sideways_scrolling(qtbot, large_font_window):
    window = large_font_window
    window.show_page(MeetingPage)
    page = window.page(MeetingPage)
    scroll = page.findChild(QScrollArea)
    qtbot.waitUntil(lambda: scroll.viewport().width() > 0)
    inner = scroll.widget()
    # Check boxes never wrap: long ones made the form wider than the screen and pushed the roll's
    # figures ("May vote under the rules: …") past the right edge.
    assert inner.minimumSizeHint().width() <= scroll.viewport().width()
    assert scroll.horizontalScrollBar().maximum() == 0
    right_edge = page.roll_summary.mapTo(inner, page.roll_summary.rect().topRight()).x()
    assert right_edge <= scroll.viewport().width()


def test_a_long_venue_shows_its_beginning(qtbot, page, service, window):
    venue = "St Elli's Church Hall, Park Street, Llanelli, Carmarthenshire SA15 3YE (side entrance by the car park)"
    page.edits["venue"].selectAll()
    qtbot.keyClicks(page.edits["venue"], venue)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert service.details()["venue"] == venue
    assert page.edits["venue"].cursorPosition() == 0  # reloaded after saving: the start is what shows


def test_members_with_no_status_box_is_not_a_dead_tick(qtbot, page, window, service):
    service.save_member(member("20001", "Rhian", "Heb", "Elli", "SA15 1AB", dt.date(2010, 1, 1), ""))
    window.context.notify("member.add")
    box = page._status_boxes[""]
    assert box.text() == "(no status) (1 members)"
    # The service drops an empty status, so a tick here used to vanish on saving ("Nothing changed.").
    assert not box.isEnabled()
    assert box.toolTip() == "Members with no status may vote only when no status is ticked."
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not box.isChecked() and page.saved.text() == ""
    assert "(no status): 1" in page.roll_summary.text()


def test_the_save_message_names_settings_in_words(qtbot, page):
    qtbot.keyClick(page._status_boxes["Lapsed"], Qt.Key.Key_Space)
    qtbot.keyClick(page.four_eyes, Qt.Key.Key_Space)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.saved.text() == "Saved 2 change(s): Voting statuses, Four-eyes counting."


def test_the_quorum_explanation_follows_what_is_typed(qtbot, page, service, errors):
    assert page.quorum_help.text() == "2 members who may vote must be present."
    page.quorum.selectAll()
    qtbot.keyClicks(page.quorum, "50%")
    assert page.quorum_help.text() == "50% of 5 eligible members = 3 needed."
    page.quorum.selectAll()
    qtbot.keyClicks(page.quorum, "101%")
    assert page.quorum_help.text() == "A quorum of 101% is impossible; use 100% or less."
    page.quorum.selectAll()
    qtbot.keyClicks(page.quorum, "abc")  # the field takes digits and % only
    assert page.quorum.text() == "101%"
    qtbot.keyClick(page.quorum, Qt.Key.Key_Delete)  # cleared: saving would store 0, no quorum
    assert page.quorum.text() == ""
    assert page.quorum_help.text() == "No quorum is set: the meeting may vote with any number present."
    qtbot.keyClicks(page.quorum, "0")
    assert page.quorum_help.text() == "No quorum is set: the meeting may vote with any number present."
    assert service.details()["quorum"] == "2"  # nothing is saved until Save
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert page.quorum.text() == "2"
    assert page.quorum_help.text() == "2 members who may vote must be present."
    assert errors == []


def test_moving_the_cut_off_after_registration_asks_the_chair_and_is_followed(qtbot, page, window, service):
    from ballotdesk.services.roles import set_pin

    set_pin(service, "246802", current_pin=None)
    for number in ("10234", "10388"):  # joined 2015 (may vote) and 2019 (after the cut-off)
        service.register(number)
    window.context.notify("attendee.register")
    answers: list[str | None] = [None, "246802"]
    asked: list[str] = []
    window.dialogs.chair_pin = lambda why: asked.append(why) or answers.pop(0)

    page.cutoff.setFocus()
    page.cutoff.selectAll()
    qtbot.keyClicks(page.cutoff, "12/01/2020")  # typed in one go, as written
    assert page.cutoff.date().year() == 2020 and page.saved.text() == "Unsaved changes."
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)  # the chair cancels the PIN
    assert asked == ["To change who may vote after registration has started, enter the chair's PIN."]
    assert service.rules().cutoff == dt.date(2016, 1, 12) and page.cutoff.date().year() == 2020
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert service.rules().cutoff == dt.date(2020, 1, 12)
    assert json.loads(service.store.events(1)[0]["details"]) == {"cutoff": {"from": "2016-01-12", "to": "2020-01-12"}}
    window.show_page(AttendancePage)
    assert "May vote and present: 2" in window.page(AttendancePage).figures.text()


def test_unsaved_edits_are_settled_before_the_meeting_closes(qtbot, page, window, service):
    chosen: list[str | None] = [None, "Discard changes", "Save changes"]
    window.dialogs.choose = lambda title, label, items: chosen.pop(0)
    assert page.settle_unsaved()  # nothing typed: nothing to ask
    qtbot.keyClicks(page.edits["secretary"], "Gareth Hughes")
    assert not page.settle_unsaved()  # cancelled: the meeting must stay open, the edit kept
    assert page.edits["secretary"].text() == "Gareth Hughes"
    assert page.settle_unsaved()  # discarded
    assert page.edits["secretary"].text() == ""
    qtbot.keyClicks(page.edits["secretary"], "Gareth Hughes")
    assert page.settle_unsaved()  # saved, and logged
    assert service.details()["secretary"] == "Gareth Hughes"
    assert service.store.events(1)[0]["action"] == "meeting.update"


def test_closing_opening_or_quitting_asks_about_unsaved_meeting_edits(qtbot, page, window, service, tmp_path):
    asked: list[str] = []
    answers: list[str | None] = []

    def choose(title: str, label: str, items: list[str]) -> str | None:
        asked.append(title)
        return answers.pop(0)

    window.dialogs.choose = choose
    qtbot.keyClicks(page.edits["secretary"], "Gareth Hughes")

    answers.append(None)  # File › Close, then cancel: the meeting stays open with the edit
    window.action_map[ActionName.CLOSE].trigger()
    assert window.context.service is service and page.edits["secretary"].text() == "Gareth Hughes"

    answers.append(None)  # opening another meeting, then cancel: nothing is opened
    other = tmp_path / "other.ballotdesk"
    MeetingService.create(other, title="Other", date=dt.date(2026, 12, 1)).close()
    assert not window.open_path(other)
    assert window.context.service is service

    answers.append(None)  # quitting, then cancel: the window stays
    window.close()
    assert window.isVisible() and window.context.service is service

    answers.append("Save changes")  # File › Close, then save: saved and logged, then closed
    window.action_map[ActionName.CLOSE].trigger()
    assert window.context.service is None
    assert asked == ["Unsaved meeting changes"] * 4
    with MeetingService.open(service.path) as reopened:
        assert reopened.details()["secretary"] == "Gareth Hughes"
        assert reopened.store.events(1)[0]["action"] == "meeting.update"
