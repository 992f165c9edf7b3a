"""File › Open shows a meeting at once and checks its record on a worker thread, as a chair would see it.

The window paints before the record of a file from elsewhere is read through; the status bar says the
audit log is being checked and the desk refuses a registration in words until it passes. A record
changed outside BallotDesk closes the meeting with the reason; one last written on another laptop
asks for the hand-over then.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from ballotdesk.services.backup import verify_file
from ballotdesk.store import verified
from ballotdesk.ui.shell.main_window import MainWindow
from tests.gui.conftest import discard_unsaved, guard_dialogs
from tests.helpers import make_meeting

FORMAT6_B1 = Path(__file__).parents[1] / "data" / "formats" / "format6-b1.ballotdesk"


def carried_in(tmp_path: Path, *, tampered: bool = False) -> Path:
    """A meeting this installation has not verified in its present state (its list of verified states is gone)."""
    svc = make_meeting(tmp_path)
    svc.register("1001")
    svc.close()
    path = tmp_path / "carried.ballotdesk"
    shutil.copyfile(tmp_path / "m.ballotdesk", path)
    if tampered:
        conn = sqlite3.connect(path)
        with conn:
            conn.execute("UPDATE attendees SET name = 'Mallory' WHERE rowid = 1")
        conn.close()
    verified._list_path().unlink(missing_ok=True)
    return path


def window(qtbot) -> tuple[MainWindow, list[str], list[str]]:
    win = MainWindow()
    qtbot.addWidget(win, before_close_func=discard_unsaved)
    guard_dialogs(win)
    errors: list[str] = []
    asked: list[str] = []
    win.dialogs.error = lambda title, message: errors.append(message)
    return win, errors, asked


def test_the_window_shows_the_meeting_first_and_refuses_changes_until_its_record_is_checked(qtbot, tmp_path):
    path = carried_in(tmp_path)
    win, errors, _asked = window(qtbot)
    win.show()
    assert win.open_path(path)
    service = win.context.service
    assert service is not None and service.record_pending is not None
    assert win.chain_label.text() == f"Checking the audit log ({service.audit_head()[0]} events)…"
    assert win.chain_label.toolTip().startswith("carried.ballotdesk is still being checked")
    assert service.figures().registered == 1  # shown at once: the figures are read as usual
    refused = win.dialogs.attempt("Register", lambda: service.register("1002"))
    assert refused is None and "is still being checked" in errors[-1]
    qtbot.waitUntil(lambda: service.record_pending is None, timeout=10_000)
    assert win.chain_label.text().startswith("Audit log intact: ")
    assert service.register("1002").outcome == "registered"
    win.context.set_service(None)
    assert verify_file(path).intact and verified.seen(path)


def test_a_record_changed_outside_is_closed_with_the_reason(qtbot, tmp_path):
    path = carried_in(tmp_path, tampered=True)
    before = path.read_bytes()
    win, errors, _asked = window(qtbot)
    win.show()
    assert win.open_path(path)
    qtbot.waitUntil(lambda: win.context.service is None, timeout=10_000)
    assert len(errors) == 1
    assert errors[0].startswith("carried.ballotdesk has been changed outside BallotDesk and is not opened:")
    assert path.read_bytes() == before and not verified.seen(path)
    assert win.chain_label.text() == ""


def test_a_record_from_another_laptop_asks_for_the_hand_over_once_checked(qtbot, tmp_path):
    path = tmp_path / "spare.ballotdesk"
    shutil.copyfile(FORMAT6_B1, path)
    win, errors, asked = window(qtbot)
    answers = [False, True]

    def confirm(title: str, message: str) -> bool:
        asked.append(message)
        return answers.pop(0)

    win.dialogs.confirm = confirm
    win.show()
    assert win.open_path(path)  # shown, then asked
    qtbot.waitUntil(lambda: win.context.service is None, timeout=10_000)  # the chair said no: closed
    assert len(asked) == 1 and "was last written on another computer" in asked[0]
    assert win.open_path(path)
    service = win.context.service
    qtbot.waitUntil(lambda: service.record_pending is None, timeout=10_000)
    assert win.context.service is service and errors == []
    assert service.store.events(1)[0]["action"] == "record.hand_over"
    assert verify_file(path).authenticated
