"""On one laptop, the chair hands out teller codes (Meeting page) and each teller enters under their own code."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ballotdesk.domain.ballot import motion_spec
from ballotdesk.domain.roll_csv import MemberRecord
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, papers
from ballotdesk.services.meeting import MeetingService
from ballotdesk.ui.count.page import CountPage
from ballotdesk.ui.meeting.page import MeetingPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def meeting_path(tmp_path):
    """Four voters with papers in the Main hall; the motion is closed."""
    svc = MeetingService.create(tmp_path / "agm", title="AGM", date=dt.date(2025, 5, 1), voting_statuses=["Full"])
    for i in range(4):
        svc.save_member(MemberRecord(f"M{i}", f"First{i}", f"Last{i}", "", "", None, "Full", ""))
        svc.register(f"M{i}")
    ballot_id = B.create_ballot(svc, motion_spec("Motion 1"))
    B.open_ballot(svc, ballot_id)
    for person in svc.attendees():
        papers.issue_paper(svc, ballot_id, person.id)
    B.close_ballot(svc, ballot_id)
    path = svc.path
    svc.close()
    return path


def hand_out(qtbot, window, scripted, name: str) -> str:
    window.show_page(MeetingPage)
    scripted.answers.append(name)
    qtbot.mouseClick(window.page(MeetingPage).tellers_button, Qt.MouseButton.LeftButton)
    title, message = scripted.infos[-1]
    found = re.match(rf"Code for {name}: (\w+)\n", message)
    assert title == "Teller codes" and found, message
    return found.group(1)


def enter_as(qtbot, page: CountPage, scripted, name: str) -> str:
    scripted.answers.append(name)
    qtbot.mouseClick(page.teller_button, Qt.MouseButton.LeftButton)
    page.select_box("Main hall")
    page.form.papers.setFocus()
    for field, value in zip(page.form.number_fields(), ["4", "3", "1", "0", "0"], strict=True):
        qtbot.keyClicks(field, value)
    assert page.save_button.isEnabled(), page.form.check_text()
    qtbot.keyClick(page.save_button, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    return page.outcome.text()


def test_each_teller_enters_under_their_own_code(qtbot, window, scripted, service, errors):
    codes = {name: hand_out(qtbot, window, scripted, name) for name in ("Ann Smith", "Bob Jones")}
    assert codes["Ann Smith"] != codes["Bob Jones"]
    typed = dict(codes)
    asked: list[str] = []

    def teller_code(name: str) -> str:
        asked.append(name)
        return typed[name]

    window.dialogs.teller_code = teller_code
    window.show_page(CountPage)
    page = window.page(CountPage)
    assert "Main hall now waits for a second teller" in enter_as(qtbot, page, scripted, "Ann Smith")
    typed["Bob Jones"] = codes["Ann Smith"]  # Ann, trying to make the second entry too, under Bob's name
    enter_as(qtbot, page, scripted, "Bob Jones")
    assert errors[-1] == ("Not done", "That is not Bob Jones's teller code.")
    typed["Bob Jones"] = codes["Bob Jones"]
    assert "definitive" in enter_as(qtbot, page, scripted, "Bob Jones")
    assert asked == ["Ann Smith", "Bob Jones", "Bob Jones"]
    (ballot,) = B.ballot_list(service)
    assert counting.box_states(service, ballot.id)[0].state == "definitive"
