"""Fixtures for GUI tests: small meetings in tmp_path and a main window with recorded dialogs.

Dialogs are replaced, never shown: ``window.dialogs.error`` records messages in ``errors`` so a
test can assert that a refusal was shown in words (and no modal box blocks the event loop).
A test module that needs a ballot meeting instead of the small branch meeting marks itself
``pytest.mark.hall(...)`` (see :func:`hall_meeting`); one that tests a page names it ``PAGE`` (and,
when the page needs people first, ``prepare_page(window)``) and takes the ``page`` fixture. One that
answers many questions in turn uses ``scripted`` (answers queued in advance) instead of a lambda
per question.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from ballotdesk.domain.ballot import motion_spec
from ballotdesk.domain.count import CountFigures
from ballotdesk.domain.roll_csv import MemberRecord
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, papers
from ballotdesk.services.meeting import MeetingService
from ballotdesk.ui.background import stop_collecting_on_gui_thread
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.dialogs import Dialogs
from ballotdesk.ui.pages import Page
from ballotdesk.ui.shell.main_window import MainWindow

CUTOFF = dt.date(2016, 1, 12)
OVERFLOW = "Overflow (outside)"

# number, first, last, ward, postcode, joined, status
MEMBERS = [
    ("10234", "Zoë", "O'Brien", "Elli", "SA15 1AB", dt.date(2015, 2, 3), "Current"),
    ("10388", "Siân", "ap Rhys", "Bigyn", "SA15 2CD", dt.date(2019, 6, 14), "Current"),
    ("10412", "Łukasz", "Wójcik", "Dafen", "SA14 8EF", dt.date(2009, 11, 2), "Lapsed"),
    ("10577", "Gül", "Yıldız", "Tyisha", "SA15 3GH", dt.date(2012, 4, 30), "Current"),
    ("10601", "Adébáyọ̀", "Ọláolúwa", "Glanymor", "SA15 4JK", dt.date(2016, 1, 12), "Current"),
    ("10652", "Seán", "O'Brien-Jones", "Hengoed", "SA15 5LM", dt.date(2001, 1, 13), "Current"),
    ("10733", "Gruffydd", "Llywelyn", "Llangennech", "SA14 9NP", dt.date(1998, 9, 21), "Current"),
]


def member(number: str, first: str, last: str, ward: str, postcode: str, joined: dt.date | None,
           status: str) -> MemberRecord:
    return MemberRecord(number, first, last, ward, postcode, joined, status, "")


@pytest.fixture(autouse=True)
def _workers_finish_and_gc_returns() -> Iterator[None]:
    """After each test: let its worker threads end, then give cycle collection back to Python.

    While workers run, cyclic garbage is collected on the GUI thread only (``ui.background``);
    the app keeps that for its whole life, but the rest of the suite should run as Python does.
    """
    yield
    for thread in threading.enumerate():
        if thread.name == "ballotdesk-job":
            thread.join(timeout=30)
    stop_collecting_on_gui_thread()


def hall_meeting(tmp_path: Path, voters: int = 0, *, names: tuple[str, ...] = (), lapsed: str | None = None,
                 ward: str = "", four_eyes: bool = True, overflow: bool = True, main_hall: int | None = None,
                 counts: dict[str, CountFigures] | None = None, **details: Any) -> Path:
    """A ballot meeting on disk (closed): full members, all registered, a Main hall and (unless
    ``overflow=False``) an Overflow box.

    Args:
        voters: members M0, M1, ... named First0 Last0, ...; or ``names`` ("Ann Smith", ...) as M1, M2, ...
        lapsed: one more member, "First Last" as M99, registered but not a voter.
        four_eyes: False for a single count entry per box.
        main_hall: with it, "Motion 1" is opened, one paper issued to each attendee (this many into
            the Main hall, the rest outside) and closed.
        counts: then entered by the teller Ann, per box.
        details: the meeting's title, venue, organisation (title "AGM" by default).
    """
    options: dict[str, Any] = {"title": "AGM", "date": dt.date(2025, 5, 1), "voting_statuses": ["Full"], **details}
    svc = MeetingService.create(tmp_path / "agm", **options)
    people = [(f"M{i}", f"First{i}", f"Last{i}") for i in range(voters)]
    people += [(f"M{i}", *name.split()) for i, name in enumerate(names, start=1)]
    for number, first, last in people:
        svc.save_member(MemberRecord(number, first, last, ward, "", None, "Full", ""))
        svc.register(number)
    if lapsed is not None:
        svc.save_member(MemberRecord("M99", *lapsed.split(), "", "", None, "Lapsed", ""))
        svc.register("M99")
    if not four_eyes:
        svc.update_details({"four_eyes": False})
    if overflow:
        B.add_box(svc, OVERFLOW)
    if main_hall is not None:
        ballot_id = B.create_ballot(svc, motion_spec("Motion 1"))
        B.open_ballot(svc, ballot_id)
        for n, person in enumerate(svc.attendees()):
            papers.issue_paper(svc, ballot_id, person.id, B.MAIN_HALL if n < main_hall else OVERFLOW)
        B.close_ballot(svc, ballot_id)
        for box, figures in (counts or {}).items():
            counting.enter_count(svc, ballot_id, box, "Ann", figures)
    path = svc.path
    svc.close()
    return path


@pytest.fixture
def meeting_path(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """The meeting the window opens (closed): the small branch meeting, seven members and a quorum of 2.

    A module marked ``pytest.mark.hall(...)`` gets :func:`hall_meeting` with those options instead.
    """
    hall = request.node.get_closest_marker("hall")
    if hall is not None:
        return hall_meeting(tmp_path, *hall.args, **hall.kwargs)
    path = tmp_path / "branch.ballotdesk"
    service = MeetingService.create(path, title="Branch AGM", date=dt.date(2026, 3, 21), venue="Church hall",
                                    organisation="Llanelli CLP", cutoff=CUTOFF, quorum="2",
                                    voting_statuses=["Current"])
    for row in MEMBERS:
        service.save_member(member(*row))
    service.close()
    return path


ASKING = ("open_meeting_file", "save_copy_file", "open_csv_file", "new_meeting", "guest", "provisional", "member",
          "import_roll", "confirm", "text", "choose", "open_file", "save_file", "choose_folder", "run", "warn_later",
          "chair_pin", "password", "teller_code")


def guard_dialogs(win: MainWindow) -> None:
    """A modal dialog would hang an offscreen test: any question a test did not answer fails it instead."""

    def unexpected(name: str) -> Callable[..., object]:
        def fail(*_args: object, **_kwargs: object) -> object:
            raise AssertionError(f"the test did not expect dialogs.{name}()")
        return fail

    for name in ASKING:
        setattr(win.dialogs, name, unexpected(name))
    # The desk asks who is at it when first used: "Steward", unless a test answers otherwise.
    win.dialogs.steward_name = lambda: "Steward"


def discard_unsaved(win: MainWindow) -> None:
    """The test is over: edits it left unsaved on the Meeting page are discarded when the window closes."""
    win.dialogs.choose = lambda title, label, items: items[-1]  # "Discard changes", the last choice offered


@pytest.fixture
def guard() -> Callable[[MainWindow], None]:
    """:func:`guard_dialogs`, for tests that build their own window."""
    return guard_dialogs


@pytest.fixture
def errors() -> list[tuple[str, str]]:
    return []


@pytest.fixture
def window(qtbot, meeting_path: Path, errors: list[tuple[str, str]]) -> Iterator[MainWindow]:
    """The main window with the small meeting open, shown and active; error boxes are recorded."""
    win = MainWindow()
    qtbot.addWidget(win, before_close_func=discard_unsaved)
    guard_dialogs(win)
    win.dialogs.error = lambda title, message: errors.append((title, message))
    win.dialogs.info = lambda title, message: None
    assert win.open_path(meeting_path)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitActive(win)
    yield win
    win.close()


class Scripted:
    """The window's questions answered from a queue, and what was asked and reported, in order.

    ``answers`` feeds ``text``, ``choose``, ``confirm``, ``chair_pin`` and ``save_file`` in the
    order they are asked; ``on_dialog`` drives one of our own dialogs as a user would (typing into
    its fields) and returns whether it was accepted. A question with no answer queued fails the
    test, as every unanswered question does (:func:`guard_dialogs`). Refusals still go to ``errors``.
    """

    def __init__(self, dialogs: Dialogs) -> None:
        self.answers: deque[Any] = deque()
        self.asked: list[str] = []
        self.infos: list[tuple[str, str]] = []
        self.on_dialog: Callable[[QDialog], bool] | None = None
        dialogs.text = lambda title, label, value="": self._next("text", title)
        dialogs.choose = lambda title, label, items: self._next("choose", title)
        dialogs.confirm = lambda title, message: bool(self._next("confirm", title))
        dialogs.chair_pin = lambda why: self._next("chair_pin", why)
        dialogs.save_file = lambda title, suggested, filters: self._path(self._next("save_file", title))
        dialogs.run = self._run
        dialogs.info = lambda title, message: self.infos.append((title, message))

    def _next(self, name: str, what: str) -> Any:
        self.asked.append(what)
        if not self.answers:
            raise AssertionError(f"the test did not answer dialogs.{name}({what!r})")
        return self.answers.popleft()

    @staticmethod
    def _path(value: Any) -> Path | None:
        return None if value is None else Path(value)

    def _run(self, dialog: QDialog) -> bool:
        """Show the dialog (not modally) and let the test drive it."""
        self.asked.append(dialog.windowTitle())
        if self.on_dialog is None:
            raise AssertionError(f"the test did not drive the dialog {dialog.windowTitle()!r}")
        dialog.show()
        try:
            return bool(self.on_dialog(dialog))
        finally:
            dialog.hide()


@pytest.fixture
def page(request: pytest.FixtureRequest, window: MainWindow) -> Page:
    """The page the module tests (its ``PAGE``), shown in the window, which answers the page's questions.

    A module whose page needs people first defines ``prepare_page(window)``, called before the page is shown.
    """
    prepare = getattr(request.module, "prepare_page", None)
    if prepare is not None:
        prepare(window)
        window.context.notify("test")
    kind = request.module.PAGE
    window.show_page(kind)
    shown = window.page(kind)
    assert shown.dialogs is window.dialogs
    return shown


@pytest.fixture
def scripted(window: MainWindow) -> Scripted:
    """The window's dialogs answered from a queue (see :class:`Scripted`)."""
    return Scripted(window.dialogs)


@pytest.fixture
def context(window: MainWindow) -> MeetingContext:
    """The window's meeting context (pages notify it, as after a change made elsewhere)."""
    return window.context


@pytest.fixture
def service(window: MainWindow) -> MeetingService:
    assert window.context.service is not None
    return window.context.service


@pytest.fixture
def reopen(window: MainWindow, meeting_path: Path) -> Iterator[Callable[[], MeetingService]]:
    """Close the window's meeting (releasing the lock) and open the file afresh, as another session would."""
    opened: list[MeetingService] = []

    def again() -> MeetingService:
        window.context.set_service(None)
        opened.append(MeetingService.open(meeting_path))
        return opened[-1]

    yield again
    for service in opened:
        service.close()


@pytest.fixture
def large_font_window(qtbot, meeting_path: Path) -> Iterator[MainWindow]:
    """The window on a 1024x700 screen with a 12pt interface font (set before the window is built)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    font = app.font()
    font.setPointSize(12)
    app.setFont(font)
    win = MainWindow()
    qtbot.addWidget(win, before_close_func=discard_unsaved)
    guard_dialogs(win)
    try:
        assert win.open_path(meeting_path)
        win.resize(1024, 700)
        win.show()
        qtbot.waitExposed(win)
        yield win
    finally:
        win.close()
        app.setFont(before)
