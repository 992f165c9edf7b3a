"""A full disk: one line saying so, the meeting as it was, and no journal left beside it (issue 14).

Two ways to fill the disk: SQLite's own ``max_page_count`` (the same SQLITE_FULL error, on any
machine), and, where the tests run as root on Linux, a real 600 KB tmpfs filled up by a roll
import, which also left a hot ``-journal`` behind before issue 14.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ballotdesk.__main__ import main
from ballotdesk.services.backup import verify_file
from ballotdesk.store.meeting_store import MeetingFileError
from tests.helpers import make_meeting


def _roll(path: Path, members: int) -> Path:
    lines = ["number,first_name,last_name,ward"]
    lines += [f"{n},First{n},Last{n},Ward {n % 97}" for n in range(10_000, 10_000 + members)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _facts(path: Path) -> tuple[int, int, str]:
    """Events, members, and the digest of the audit head: what the meeting holds, not SQLite's bookkeeping."""
    from ballotdesk.services.meeting import MeetingService

    with MeetingService.reading(path) as svc:
        events, head = svc.store.audit_head()
        return events, svc.store.member_count(), hashlib.sha256(head.encode()).hexdigest()


def test_a_change_that_fills_the_database_is_refused_in_words_and_leaves_the_meeting_as_it_was(tmp_path):
    svc = make_meeting(tmp_path)
    try:
        events = svc.store.audit_head()[0]
        members = svc.store.member_count()
        pages = svc.store.conn.execute("PRAGMA page_count").fetchone()[0]
        svc.store.conn.execute(f"PRAGMA max_page_count = {pages + 3}")  # SQLite's "database or disk is full"
        with pytest.raises(MeetingFileError, match=r"^The disk holding m\.ballotdesk is full, so the change was not "
                                                   r"saved \(the meeting is as it was before it\)\. Free some space "):
            svc.import_roll(_roll(tmp_path / "roll.csv", 3000), None, "dmy")
        assert svc.store.audit_head()[0] == events and svc.store.member_count() == members
        assert not svc.store.conn.in_transaction
        svc.store.conn.execute("PRAGMA max_page_count = 1073741823")
        svc.register("1001")  # the meeting goes on once there is room
    finally:
        svc.close()
    assert not (tmp_path / "m.ballotdesk-journal").exists()
    assert verify_file(tmp_path / "m.ballotdesk").intact


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 600 KB tmpfs (root on Linux only: mounting needs it)."""
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root on Linux; the max_page_count test covers SQLITE_FULL")
    folder = tmp_path / "small"
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(folder)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"this container does not allow mounting a tmpfs: {done.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def _cli(capsys, *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_real_full_disk_gives_one_line_and_no_journal(small_disk, tmp_path, capsys):
    meeting = small_disk / "branch.ballotdesk"
    assert _cli(capsys, "new", meeting, "--title", "AGM", "--date", "2026-11-28")[0] == 0
    before = _facts(meeting)
    code, out, err = _cli(capsys, "roll", "import", meeting, _roll(tmp_path / "roll.csv", 20_000))
    assert (code, out) == (1, "")
    assert err == (f"ballotdesk roll import: The disk holding branch.ballotdesk is full, so the change was not saved "
                   f"(the meeting is as it was before it). Free some space in {small_disk}, then try again.\n")
    assert sorted(p.name for p in small_disk.iterdir()) == ["branch.ballotdesk"]  # no journal, no lock file
    assert _facts(meeting) == before  # SQLite's header counters may move; the meeting does not
    copy = tmp_path / "copy.ballotdesk"
    shutil.copyfile(meeting, copy)  # the file alone, as a USB copy would take it
    assert verify_file(copy).intact


def test_new_on_a_full_disk_gives_one_line_and_leaves_nothing(small_disk, capsys):
    fd = os.open(small_disk / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
    code, out, err = _cli(capsys, "new", small_disk / "agm.ballotdesk", "--title", "AGM", "--date", "2026-11-28")
    assert (code, out, err) == (1, "", "ballotdesk new: agm.ballotdesk cannot be created: the disk is full.\n")
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]
