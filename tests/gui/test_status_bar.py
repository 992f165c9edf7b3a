"""The status bar on a small screen with a large font: the passing message keeps room to be read."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ballotdesk.ui.main_window import MainWindow
from tests.gui.conftest import discard_unsaved, guard_dialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_backup_status_yields_room_to_the_passing_message_at_1024_pixels_and_12_points(qtbot, meeting_path: Path):
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    font = app.font()
    font.setPointSize(12)
    app.setFont(font)
    try:
        window = MainWindow()
        qtbot.addWidget(window, before_close_func=discard_unsaved)
        guard_dialogs(window)
        assert window.open_path(meeting_path)
        window.resize(1024, 700)
        window.show()
        qtbot.waitExposed(window)
        full = window.backup_label.toolTip()
        assert full.startswith("No backup folder")
        # Cut short to a quarter of the window, from the end: what it is about still reads first.
        assert window.backup_label.text() != full and window.backup_label.text().startswith("No backup folder")
        assert window.backup_label.width() <= 1024 // 4 + 30
        # The passing message ("Opened m.ballotdesk. …") is drawn left of the first permanent label.
        assert window.quorum_label.x() >= 1024 // 8
        window.resize(1600, 900)  # a wide screen: the whole line fits again
        qtbot.waitUntil(lambda: window.backup_label.text() == full)
    finally:
        app.setFont(before)
