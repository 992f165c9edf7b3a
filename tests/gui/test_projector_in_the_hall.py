"""The hall display as a chair meets it at 19:00: small projectors, late cables, Welsh, amendments.

Each test here failed before its fix: a result cut off below a 1024x768 screen, rounds without
headings, an amendment the hall was not told of, a display left in English after a switch to
Welsh, a projector plugged in after the panel was opened never offered, and an unplugged one
leaving the display full screen over the laptop.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

from ballotdesk.domain.ballot import BallotSpec, Kind, Rule, motion_spec
from ballotdesk.domain.count import CountFigures
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, papers, results
from ballotdesk.services.display import Mode
from ballotdesk.services.meeting import MeetingService
from ballotdesk.ui import i18n
from ballotdesk.ui.actions import ActionName
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.projector.control import ProjectorControl
from ballotdesk.ui.projector.display import ProjectorWindow
from ballotdesk.ui.shell.main_window import MainWindow
from tests.helpers import VOTERS

pytestmark = pytest.mark.meeting(four_eyes=False, register=VOTERS)


@pytest.fixture
def context(svc: MeetingService) -> Iterator[MeetingContext]:
    context = MeetingContext()
    context.service = svc  # not set_service: the fixture closes the service itself
    yield context
    context.service = None


def _run(svc: MeetingService, spec: BallotSpec, figures: CountFigures) -> int:
    ballot_id = B.create_ballot(svc, spec)
    B.open_ballot(svc, ballot_id)
    for number in VOTERS:
        papers.issue_paper(svc, ballot_id, papers.attendee_for_member(svc, number))
    B.close_ballot(svc, ballot_id)
    counting.enter_count(svc, ballot_id, B.MAIN_HALL, "Ann Teller", figures)
    results.declare(svc, ballot_id, "Chair")
    return ballot_id


def _hall(qtbot: Any, context: MeetingContext, width: int, height: int) -> ProjectorWindow:
    window = ProjectorWindow(context)
    qtbot.addWidget(window)
    window.resize(width, height)
    return window


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_twelve_candidates_under_a_long_title_all_fit_on_the_projector(qtbot, svc, context, size) -> None:
    names = tuple(f"Candidate {i} Ap-Gruffydd-Llywelyn" if i % 3 == 0 else f"Cand {i}" for i in range(1, 13))
    spec = BallotSpec(title="Election of the Honorary Treasurer and Trustees of the Chapel Building Fund for "
                            "2026-2027", question="", kind=Kind.ELECTION, options=names, rule=Rule.PLURALITY)
    ballot_id = _run(svc, spec, CountFigures(3, (2, 1) + (0,) * 10))
    window = _hall(qtbot, context, *size)
    window.set_mode(Mode.RESULT, ballot_id)
    window.show()
    qtbot.waitExposed(window)
    bars = window.bar_widgets[0]
    assert len(bars.rows()) == 12
    # Every row is on the screen (the hall cannot scroll), and none is squashed below its height.
    assert QRect(0, 0, window.width(), window.height()).contains(bars.geometry())
    assert bars.height() >= bars.sizeHint().height()
    assert window.size().toTuple() == size  # the window did not grow past its screen to hold it
    assert window.headline.font().pointSizeF() > window.body.font().pointSizeF()


def test_short_content_keeps_the_large_type(qtbot, svc, context) -> None:
    """Shrinking to fit happens only when needed: a plain screen keeps 40 pt text on 1080 lines."""
    window = _hall(qtbot, context, 1920, 1080)
    window.set_mode(Mode.ARRIVALS)
    window.show()
    qtbot.waitExposed(window)
    assert window.body.font().pointSizeF() == pytest.approx(40.0)


def test_each_round_of_an_exhaustive_ballot_is_headed(qtbot, svc, context) -> None:
    spec = BallotSpec(title="Chair", question="", kind=Kind.ELECTION, options=("Ann", "Bob", "Cy"),
                      rule=Rule.ABSOLUTE)
    first = _run(svc, spec, CountFigures(3, (1, 1, 0), 1, 0))
    second = results.next_round(svc, first)
    window = _hall(qtbot, context, 1280, 720)
    window.set_mode(Mode.ROUNDS, second)
    assert len(window.bar_widgets) == 1  # round 2 is still a draft: only round 1's declared figures
    B.open_ballot(svc, second)
    for number in VOTERS:
        papers.issue_paper(svc, second, papers.attendee_for_member(svc, number))
    B.close_ballot(svc, second)
    counting.enter_count(svc, second, B.MAIN_HALL, "Ann Teller", CountFigures(3, (2, 1)))
    results.declare(svc, second, "Chair")
    context.notify("ballot.declare")
    window.show()
    qtbot.waitExposed(window)
    assert [bars.rows() for bars in window.bar_widgets] == [
        [("Ann", 1, 50.0), ("Bob", 1, 50.0), ("Cy", 0, 0.0)], [("Ann", 2, 66.7), ("Bob", 1, 33.3)]]
    headings = [label for label in window.findChildren(QLabel) if label.isVisible() and label.text().startswith("Round")]
    assert [label.text() for label in headings] == ["Round 1", "Round 2"]
    # Each heading stands above its own bars, and a screen reader hears which round a set of bars is.
    assert headings[0].y() < window.bar_widgets[0].y() < headings[1].y() < window.bar_widgets[1].y()
    assert [bars.accessibleName() for bars in window.bar_widgets] == ["Round 1", "Round 2"]


def test_an_amended_result_is_redrawn_and_says_it_was_amended(qtbot, svc, context) -> None:
    ballot_id = _run(svc, motion_spec("Motion 1"), CountFigures(3, (3, 0)))
    window = _hall(qtbot, context, 1280, 720)
    window.set_mode(Mode.RESULT, ballot_id)
    assert window.bar_widgets[0].rows() == [("For", 3, 100.0), ("Against", 0, 0.0)]
    assert "amended" not in window.body.text()
    results.amend(svc, ballot_id, B.MAIN_HALL, CountFigures(3, (1, 2)), chair="Chair", reason="Papers misread")
    context.notify("ballot.amend")
    assert window.bar_widgets[0].rows() == [("For", 1, 33.3), ("Against", 2, 66.7)]
    assert "This result has been amended since it was declared." in window.body.text().splitlines()


@pytest.fixture
def welsh_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install_language(qapp, "en")


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: the projector panel
def test_switching_to_welsh_redraws_the_hall_display_at_once(qtbot, window: MainWindow, welsh_afterwards) -> None:
    window.action(ActionName.PROJECTOR).trigger()
    control = window.projector
    assert control is not None
    control.mode_combo.setCurrentIndex(control.mode_combo.findData(Mode.ARRIVALS))
    control.show_button.click()
    hall = control.window_
    assert hall is not None and hall.headline.text() == "Welcome"
    old = window.action(ActionName.NEW)
    window.language_menu.language_actions["cy"].trigger()
    qtbot.waitUntil(lambda: window.action(ActionName.NEW) is not old)
    assert window.projector is not None and window.projector.window_ is hall and hall.isVisible()
    assert hall.headline.text() == "Croeso"
    assert hall.body.text().startswith("Wedi cofrestru: ")
    assert hall.headline.accessibleName() != "Projector headline"
    window.projector.close_display()


class _FakeScreen:
    """Just what the panel reads of a screen: its name and size."""

    def __init__(self, name: str, width: int, height: int) -> None:
        self._name, self._rect = name, QRect(0, 0, width, height)

    def name(self) -> str:
        return self._name

    def geometry(self) -> QRect:
        return self._rect


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_projector_plugged_in_after_the_panel_opened_is_offered_and_proposed(qtbot, context, monkeypatch,
                                                                                qapp: QApplication) -> None:
    control = ProjectorControl(context)
    qtbot.addWidget(control)
    laptop = QGuiApplication.primaryScreen()
    assert control.screen_combo.count() == 1
    assert "one screen only" in control.screen_note.text() and not control.screen_note.isHidden()
    projector = _FakeScreen("Projector", 1024, 768)
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: [laptop, projector]))
    qapp.screenAdded.emit(laptop)  # the signal Qt sends when the cable goes in (its argument is not read)
    assert control.screen_combo.count() == 2
    assert control.screen_combo.currentText() == "2: Projector (1024×768)"
    assert control.screen_note.isHidden()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_an_unplugged_projector_closes_the_display_instead_of_covering_the_laptop(qtbot, context) -> None:
    control = ProjectorControl(context)
    qtbot.addWidget(control)
    control.show_button.click()
    hall = control.window_
    assert hall is not None and hall.isVisible()
    control._screen_removed(hall.screen())  # Qt's screenRemoved, sent before it moves the window elsewhere
    assert not hall.isVisible()
    assert "disconnected" in control.screen_note.text()
    control.show_button.click()  # and the chair can show it again on what is left
    assert hall.isVisible()
    control.close_display()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_on_the_only_screen_escape_gives_the_laptop_back(qtbot, context) -> None:
    control = ProjectorControl(context)
    qtbot.addWidget(control)
    control.show_button.click()
    hall = control.window_
    assert hall is not None and hall.isFullScreen()
    qtbot.keyClick(hall, Qt.Key.Key_Escape)
    assert not hall.isVisible()


def test_closing_the_meeting_empties_the_ballot_list(qtbot, svc, context) -> None:
    _run(svc, motion_spec("Motion 1"), CountFigures(3, (3, 0)))
    control = ProjectorControl(context)
    qtbot.addWidget(control)
    assert control.ballot_combo.count() == 2
    context.service = None
    context.closed.emit()
    assert [control.ballot_combo.itemData(i) for i in range(control.ballot_combo.count())] == [None]
