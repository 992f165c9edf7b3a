"""A window shows a meeting at once and checks its record on a worker thread; nothing changes until it passes.

Opening re-reads every row of a file this installation has not verified in its present state (a
100,000-member roll takes about half a second); `MeetingStore.open(..., check_later=True)` lets
the window paint first. Until `record_checked` accepts the check, every change is refused in words.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from ballotdesk.services.backup import verify_file
from ballotdesk.services.meeting import HandOverNeeded, MeetingService
from ballotdesk.store import verified
from ballotdesk.store.meeting_store import MeetingFileError, MeetingStore
from tests.helpers import make_meeting

FORMAT6_B1 = Path(__file__).parents[1] / "data" / "formats" / "format6-b1.ballotdesk"


def _from_elsewhere(tmp_path: Path) -> Path:
    """A meeting written here, then as if carried in from another folder: not verified in this state yet."""
    svc = make_meeting(tmp_path)
    svc.register("1001")
    svc.close()
    path = tmp_path / "carried.ballotdesk"
    shutil.copyfile(tmp_path / "m.ballotdesk", path)
    forget_verified()
    assert not verified.seen(path)
    return path


def forget_verified() -> None:
    """This installation has verified no file so far (its list of verified file states is gone)."""
    verified._list_path().unlink(missing_ok=True)


def test_changes_wait_for_the_check_and_then_go_through(tmp_path: Path) -> None:
    path = _from_elsewhere(tmp_path)
    store = MeetingStore.open(path, check_later=True)
    try:
        assert store.pending_check is not None
        with pytest.raises(MeetingFileError, match=r"^carried\.ballotdesk is still being checked .* Try again in a "
                                                  r"moment\.$"):
            with store.change("desk", "test.nothing", {}):
                pass
        report = store.check_record()
        assert report is not None and report.intact
        store.record_checked(report)
        assert store.pending_check is None
        with store.change("desk", "test.something", {"n": 1}):
            pass
    finally:
        store.close()
    assert verify_file(path).intact and verified.seen(path)


def test_a_record_changed_outside_is_found_after_the_window_opened_and_nothing_is_written(tmp_path: Path) -> None:
    path = _from_elsewhere(tmp_path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE attendees SET name = 'Mallory' WHERE rowid = 1")
    conn.close()
    before = path.read_bytes()
    svc = MeetingService.open(path, check_later=True)
    assert svc.store.pending_check is not None
    with pytest.raises(MeetingFileError, match=r"^carried\.ballotdesk has been changed outside BallotDesk and is not "
                                              r"opened: .*Run 'ballotdesk verify'"):
        svc.store.check_record()
    with pytest.raises(MeetingFileError, match=r"has been changed outside BallotDesk"):
        svc.register("1002")  # still refused, now with the reason
    svc.close()
    assert path.read_bytes() == before and not verified.seen(path)


def test_a_record_from_another_installation_asks_for_the_hand_over_after_the_check(tmp_path: Path) -> None:
    path = tmp_path / "spare.ballotdesk"
    shutil.copyfile(FORMAT6_B1, path)
    with MeetingService.open(path, check_later=True) as svc:
        report = svc.store.check_record()
        with pytest.raises(HandOverNeeded, match=r"^spare\.ballotdesk was last written by another installation"):
            svc.store.record_checked(report)
        with pytest.raises(MeetingFileError, match=r"is still being checked"):
            svc.register("1004")
        svc.store.record_checked(report, take_over=True, actor="secretary", reason="moved laptops")
        assert svc.store.events(1)[0]["action"] == "record.hand_over"
        svc.register("1004")
    report = verify_file(path)
    assert report.intact and report.parts[-1].own


def test_a_file_verified_here_in_this_state_or_in_an_older_format_is_checked_before_it_opens(tmp_path: Path) -> None:
    svc = make_meeting(tmp_path)
    svc.close()
    store = MeetingStore.open(tmp_path / "m.ballotdesk", check_later=True)
    assert store.pending_check is None  # this installation wrote it: nothing to check
    store.close()
    forget_verified()
    older = tmp_path / "format2.ballotdesk"
    shutil.copyfile(Path(__file__).parents[1] / "data" / "formats" / "format2.ballotdesk", older)
    with pytest.raises(HandOverNeeded):  # checked at once: it must be migrated, which changes the file
        MeetingStore.open(older, check_later=True)
