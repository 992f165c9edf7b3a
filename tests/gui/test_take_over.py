"""File › Open on a meeting last written on another laptop: the chair is asked, and the hand-over is logged."""

from __future__ import annotations

import shutil
from pathlib import Path

from ballotdesk.services.backup import verify_file
from ballotdesk.ui.shell.main_window import MainWindow
from tests.gui.conftest import discard_unsaved, guard_dialogs

FORMAT2 = Path(__file__).parents[1] / "data" / "formats" / "format2.ballotdesk"


def test_a_meeting_from_another_laptop_opens_only_when_the_chair_agrees(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "moved.ballotdesk"
    shutil.copyfile(FORMAT2, path)
    before = path.read_bytes()
    win = MainWindow()
    qtbot.addWidget(win, before_close_func=discard_unsaved)
    guard_dialogs(win)
    errors: list[str] = []
    asked: list[str] = []
    answers = [False, True]
    win.dialogs.error = lambda title, message: errors.append(message)

    def confirm(title: str, message: str) -> bool:
        asked.append(message)
        return answers.pop(0)

    win.dialogs.confirm = confirm
    assert not win.open_path(path)
    assert win.context.service is None and path.read_bytes() == before and errors == []
    assert "Events 1–17: written by an older BallotDesk, not authenticated by any key." in asked[0]
    assert win.open_path(path)
    service = win.context.service
    assert service is not None and service.store.events(1)[0]["action"] == "record.hand_over"
    assert verify_file(path).authenticated
