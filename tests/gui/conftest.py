"""Fixtures for GUI tests: small meetings in tmp_path and a main window with recorded dialogs.

Dialogs are replaced, never shown: ``window.dialogs.error`` records messages in ``errors`` so a
test can assert that a refusal was shown in words (and no modal box blocks the event loop).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ballotdesk.domain.roll_csv import MemberRecord
from ballotdesk.services.meeting import MeetingService
from ballotdesk.ui.main_window import MainWindow

CUTOFF = dt.date(2016, 1, 12)

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


@pytest.fixture
def meeting_path(tmp_path: Path) -> Path:
    """A small meeting on disk (closed), with seven members and a quorum of 2."""
    path = tmp_path / "branch.ballotdesk"
    service = MeetingService.create(path, title="Branch AGM", date=dt.date(2026, 3, 21), venue="Church hall",
                                    organisation="Llanelli CLP", cutoff=CUTOFF, quorum="2",
                                    voting_statuses=["Current"])
    for row in MEMBERS:
        service.save_member(member(*row))
    service.close()
    return path


ASKING = ("open_meeting_file", "save_copy_file", "open_csv_file", "new_meeting", "guest", "provisional", "member",
          "import_roll", "confirm", "text", "open_file", "save_file", "choose_folder", "run", "warn_later",
          "chair_pin")


def guard_dialogs(win: MainWindow) -> None:
    """A modal dialog would hang an offscreen test: any question a test did not answer fails it instead."""

    def unexpected(name: str) -> Callable[..., object]:
        def fail(*_args: object, **_kwargs: object) -> object:
            raise AssertionError(f"the test did not expect dialogs.{name}()")
        return fail

    for name in ASKING:
        setattr(win.dialogs, name, unexpected(name))


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
    qtbot.addWidget(win)
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
