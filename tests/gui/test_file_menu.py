"""The File menu as a secretary meets it: names typed without a folder or a suffix, long titles, Open Recent.

Each test was a defect found by an audit of the meeting file's promises.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from ballotdesk.services.meeting import MeetingService
from ballotdesk.ui.actions import ActionName
from ballotdesk.ui.dialogs import NewMeetingDialog
from ballotdesk.ui.shell.main_window import MainWindow

menu_shown = pytest.mark.qt_log_ignore(  # offscreen: a popup menu cannot be raised nor grab the keyboard
    "This plugin does not support propagateSizeHints", "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_save_a_copy_typed_without_the_suffix_asks_before_replacing_a_meeting(window, tmp_path, monkeypatch):
    """The file dialog asked about "earlier"; the ".ballotdesk" added after it silently replaced another meeting."""
    earlier = tmp_path / "earlier.ballotdesk"
    MeetingService.create(earlier, title="Last year's AGM", date=dt.date(2025, 3, 22)).close()
    before = digest(earlier)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(tmp_path / "earlier"), "")))
    asked: list[str] = []
    answer = [False]

    def confirm(title: str, message: str) -> bool:
        asked.append(message)
        return answer[0]

    window.dialogs.confirm = confirm
    window.dialogs.save_copy_file = type(window.dialogs).save_copy_file.__get__(window.dialogs)  # the real one
    window.action(ActionName.SAVE_COPY).trigger()
    assert asked == [f"earlier.ballotdesk already exists in {tmp_path}. Replace it with the copy?"]
    assert digest(earlier) == before
    assert "A copy was saved" not in window.statusBar().currentMessage()

    answer[0] = True
    window.action(ActionName.SAVE_COPY).trigger()
    with MeetingService.open(earlier) as copy:
        assert copy.details()["title"] == "Branch AGM"
    assert window.windowTitle() == "Branch AGM — branch.ballotdesk — BallotDesk"


def _new_meeting_typed(qtbot, title: str, file_text: str | None):
    """``dialogs.new_meeting`` as a user answers it: typing into the real dialog and pressing Create."""

    def ask(folder: Path):
        dialog = NewMeetingDialog(folder)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.title, title)
        if file_text is not None:
            dialog.path.selectAll()
            qtbot.keyClicks(dialog.path, file_text)
        dialog.pin.setFocus()
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
        assert dialog.result() == NewMeetingDialog.DialogCode.Accepted, dialog.problem.text()
        return dialog.values()

    return ask


def test_a_bare_file_name_in_file_new_goes_in_the_suggested_folder(qtbot, window, tmp_path, monkeypatch):
    """A name typed without a folder was created wherever BallotDesk had been started from."""
    started_in = tmp_path / "program"
    started_in.mkdir()
    monkeypatch.chdir(started_in)
    window.dialogs.new_meeting = _new_meeting_typed(qtbot, "Special meeting", "special")
    window.action(ActionName.NEW).trigger()
    assert list(started_in.iterdir()) == []
    service = window.context.service
    assert service is not None and service.path == tmp_path / "special.ballotdesk"
    assert window.windowTitle() == "Special meeting — special.ballotdesk — BallotDesk"


def test_file_new_with_a_title_as_long_as_a_paragraph(qtbot, window, tmp_path):
    """The file name suggested from the title was too long for the disk: a traceback on Create."""
    title = "Special general meeting to consider the motion on the future of the branch premises " * 4
    window.dialogs.new_meeting = _new_meeting_typed(qtbot, title, None)
    window.action(ActionName.NEW).trigger()
    service = window.context.service
    assert service is not None and service.details()["title"] == title.strip()
    assert service.path.parent == tmp_path
    assert service.path.name == title[:80].strip() + ".ballotdesk"


@pytest.fixture
def recent_window(qtbot, tmp_path, errors, guard):
    win = MainWindow()
    qtbot.addWidget(win)
    guard(win)
    win.dialogs.error = lambda title, message: errors.append((title, message))
    win.show()
    yield win
    win.close()


def shown_entries(qtbot, win: MainWindow) -> list[str]:
    """Open File › Open Recent as a user does and read what it offers, as shown (shortcut marks removed)."""
    win.recent_menu.popup(win.mapToGlobal(QPoint(0, 0)))
    qtbot.waitExposed(win.recent_menu)
    texts = [a.iconText() for a in win.recent_menu.actions()]
    win.recent_menu.hide()
    return texts


@menu_shown
def test_open_recent_shows_a_name_with_an_ampersand_as_it_is(qtbot, recent_window, tmp_path):
    """"Q&A night.ballotdesk" was listed as "QA night.ballotdesk", the "&" taken for a shortcut mark."""
    path = tmp_path / "Q&A night.ballotdesk"
    MeetingService.create(path, title="Q&A night", date=dt.date(2026, 5, 1)).close()
    assert recent_window.open_path(path)
    recent_window.action(ActionName.CLOSE).trigger()
    assert shown_entries(qtbot, recent_window) == [f"1  Q&A night.ballotdesk  —  {tmp_path}"]


@menu_shown
def test_open_recent_drops_a_meeting_moved_away_since_the_menu_was_made(qtbot, recent_window, tmp_path, errors):
    """The menu was made once: a meeting moved to the USB stick stayed offered, and choosing it failed."""
    first, second = tmp_path / "march.ballotdesk", tmp_path / "april.ballotdesk"
    for path in (first, second):
        MeetingService.create(path, title=path.stem, date=dt.date(2026, 4, 1)).close()
        assert recent_window.open_path(path)
    recent_window.action(ActionName.CLOSE).trigger()
    stick = tmp_path / "stick"
    stick.mkdir()
    first.rename(stick / first.name)
    assert shown_entries(qtbot, recent_window) == [f"1  april.ballotdesk  —  {tmp_path}"]
    (stick / first.name).rename(first)  # back again: offered again
    assert shown_entries(qtbot, recent_window) == [f"1  april.ballotdesk  —  {tmp_path}",
                                                   f"2  march.ballotdesk  —  {tmp_path}"]
    assert errors == []
