"""The status bar on a small screen with a large font: the passing message keeps room to be read."""

from __future__ import annotations


def test_backup_status_yields_room_to_the_passing_message_at_1024_pixels_and_12_points(qtbot, large_font_window):
    window = large_font_window
    full = window.backup_label.toolTip()
    assert full.startswith("No backup folder")
    # Cut short to a quarter of the window, from the end: what it is about still reads first.
    assert window.backup_label.text() != full and window.backup_label.text().startswith("No backup folder")
    assert window.backup_label.width() <= 1024 // 4 + 30
    # The passing message ("Opened m.ballotdesk. …") is drawn left of the first permanent label: it had
    # 25 pixels before the backup line was capped.
    assert window.quorum_label.x() >= 100
    window.resize(1600, 900)  # a wide screen: the whole line fits again
    qtbot.waitUntil(lambda: window.backup_label.text() == full)
