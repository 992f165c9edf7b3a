"""Audit of the ballot pages as the chair uses them: a shortfall explained on the Count page shows on the Result."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ballotdesk.domain.ballot import motion_spec
from ballotdesk.domain.count import CountFigures
from ballotdesk.domain.roll_csv import MemberRecord
from ballotdesk.services import ballots as B
from ballotdesk.services.meeting import MeetingService
from ballotdesk.ui.pages.count import CountPage
from ballotdesk.ui.pages.result import ResultPage

OVERFLOW = "Overflow (outside)"


@pytest.fixture
def meeting_path(tmp_path):
    """A motion with 5 papers in the Main hall and 3 outside; outside only 2 come back. Counted by one teller."""
    svc = MeetingService.create(tmp_path / "agm", title="AGM", date=dt.date(2025, 5, 1), voting_statuses=["Full"])
    for i in range(8):
        svc.save_member(MemberRecord(f"M{i}", f"First{i}", f"Last{i}", "", "", None, "Full", ""))
        svc.register(f"M{i}")
    svc.update_details({"four_eyes": False})
    B.add_box(svc, OVERFLOW)
    ballot_id = B.create_ballot(svc, motion_spec("Motion 1"))
    B.open_ballot(svc, ballot_id)
    for n, person in enumerate(svc.attendees()):
        B.issue_paper(svc, ballot_id, person.id, "Main hall" if n < 5 else OVERFLOW)
    B.close_ballot(svc, ballot_id)
    B.enter_count(svc, ballot_id, "Main hall", "Ann", CountFigures(5, (4, 1)))
    B.enter_count(svc, ballot_id, OVERFLOW, "Ann", CountFigures(2, (1, 1)))
    path = svc.path
    svc.close()
    return path


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_the_chairs_shortfall_explanation_is_shown_on_the_result(qtbot, window, scripted, errors):
    window.show_page(ResultPage)
    result = window.page(ResultPage)
    assert "Papers not returned from Overflow (outside): <b>1</b>; the chair's explanation: no explanation " \
           "recorded yet" in result.summary.text()

    window.show_page(CountPage)
    count = window.page(CountPage)
    count.select_box(OVERFLOW)
    scripted.answers.append("a member left <early> with their paper")
    click(qtbot, count.explain_button)
    assert errors == []

    window.show_page(ResultPage)
    text = result.summary.text()
    assert "Papers not returned from Overflow (outside): <b>1</b>; the chair's explanation: a member left " \
           "&lt;early&gt; with their paper" in text
    assert "Main hall" not in text  # a balanced box has nothing to explain
