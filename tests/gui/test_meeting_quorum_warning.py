"""The Meeting page warns, as the quorum is typed, when it is larger than the members on the roll who may vote."""

from __future__ import annotations

import pytest

from ballotdesk.ui.meeting.page import MeetingPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_typing_a_quorum_beyond_the_roll_is_warned_of(qtbot, window, service):
    window.show_page(MeetingPage)
    page = window.page(MeetingPage)
    eligible = service.eligible_on_roll()
    page.quorum.selectAll()
    qtbot.keyClicks(page.quorum, "300")
    assert page.quorum_help.text() == (
        f"⚠ A quorum of 300 is more than the {eligible} members on the roll who may vote, so it can never be met; "
        "give a smaller number, or a percentage (e.g. 10%).")
    page.quorum.selectAll()
    qtbot.keyClicks(page.quorum, str(eligible))
    assert page.quorum_help.text() == f"{eligible} members who may vote must be present."
