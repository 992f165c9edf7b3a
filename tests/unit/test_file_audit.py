"""The meeting file under awkward conditions: open elsewhere, read-only, long names, copies over other files.

Each test here was a defect found by an audit of the File menu's promises: a refusal in words
(never a traceback), a refused file left exactly as it was, and no meeting lost to a copy.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ballotdesk.services.meeting import MeetingService
from ballotdesk.store.meeting_store import MeetingFileError
from tests.helpers import make_meeting

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and permissions")


def fingerprint(path: Path) -> tuple[str, int]:
    """A file's content and modification time: a refused file must keep both."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def unprivileged() -> list[str]:
    """The command prefix that runs Python with file permissions enforced (root ignores them)."""
    if os.geteuid() != 0:
        return [sys.executable]
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("root ignores file permissions and setpriv is not there to drop that power")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", sys.executable]


_OPEN_AND_REGISTER = textwrap.dedent("""
    import sys
    from ballotdesk.services.meeting import MeetingService
    from ballotdesk.store.meeting_store import MeetingFileError
    try:
        svc = MeetingService.open(sys.argv[1])
    except MeetingFileError as error:
        print("REFUSED", error)
    else:
        svc.register("1001")  # the first change at the door
        svc.close()
        print("REGISTERED")
""")


def open_unprivileged(path: Path) -> str:
    result = subprocess.run([*unprivileged(), "-c", _OPEN_AND_REGISTER, str(path)], capture_output=True,
                            text=True, cwd=ROOT, check=False)
    return (result.stdout + result.stderr).strip()


@posix_only
def test_a_read_only_meeting_file_is_refused_in_words_and_left_alone(tmp_path):
    """SQLite opened it read-only without a word; the first registration at the door was a traceback."""
    path = make_meeting(tmp_path).path
    MeetingService.open(path).close()
    path.chmod(0o444)
    before = fingerprint(path)
    output = open_unprivileged(path)
    assert output == (
        f"REFUSED m.ballotdesk cannot be opened: BallotDesk cannot write to it in {tmp_path} (permission denied), "
        "and it saves every change in the file as it is made. Copy the file to a folder you can write to, or "
        "clear its read-only setting, then open it again.")
    assert fingerprint(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.ballotdesk"]


@posix_only
def test_a_meeting_in_a_read_only_folder_is_refused_in_words(tmp_path):
    """The lock file could not be made: a PermissionError traceback instead of a message."""
    folder = tmp_path / "stick"
    folder.mkdir()
    svc = make_meeting(folder)
    svc.close()
    before = fingerprint(svc.path)
    folder.chmod(0o555)
    try:
        output = open_unprivileged(svc.path)
    finally:
        folder.chmod(0o755)
    assert output.startswith(f"REFUSED m.ballotdesk cannot be opened: BallotDesk cannot write to it in {folder} "
                             "(permission denied)")
    assert fingerprint(svc.path) == before
    assert sorted(p.name for p in folder.iterdir()) == ["m.ballotdesk"]


_WRITING = textwrap.dedent("""
    import sys, time
    from ballotdesk.services.meeting import MeetingService
    svc = MeetingService.open(sys.argv[1])
    svc.store.conn.execute("BEGIN EXCLUSIVE")  # as a long roll import does once its pages spill to the file
    svc.store.conn.execute("INSERT INTO boxes (name, created_at) VALUES ('Overflow', 'now')")
    print("WRITING", flush=True)
    time.sleep(60)
""")


@posix_only
def test_a_meeting_being_written_by_another_ballotdesk_is_open_there_not_damaged(tmp_path):
    """The file was read through SQLite before its lock was tried: "damaged … restore it from a backup"."""
    svc = make_meeting(tmp_path)
    svc.close()
    child = subprocess.Popen([sys.executable, "-c", _WRITING, str(svc.path)], stdout=subprocess.PIPE, cwd=ROOT)
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == b"WRITING\n"
        with pytest.raises(MeetingFileError, match=r"^m\.ballotdesk is already open in BallotDesk \(process \d+ on .*\)\. Close it there first") as refused:
            MeetingService.open(svc.path)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        if child.stdout is not None:
            child.stdout.close()
    assert str(refused.value).startswith(f"m.ballotdesk is already open in BallotDesk (process {child.pid} on ")


def test_a_file_refused_on_opening_gets_no_lock_file_beside_it(tmp_path):
    """The lock is taken after the header is read: a random file's folder is left as it was."""
    other = tmp_path / "minutes.ballotdesk"
    other.write_bytes(b"Minutes of the last meeting\n")
    before = fingerprint(other)
    with pytest.raises(MeetingFileError, match="is not a BallotDesk meeting file"):
        MeetingService.open(other)
    assert fingerprint(other) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["minutes.ballotdesk"]


def test_a_name_too_long_for_the_disk_is_refused_in_words(tmp_path):
    """Path.exists() raised OSError: a traceback from File › New and File › Open."""
    long = tmp_path / ("Annual general meeting " * 12 + ".ballotdesk")
    with pytest.raises(MeetingFileError, match="cannot be created: the name is too long") as created:
        MeetingService.create(long, title="AGM", date=dt.date(2026, 3, 21))
    assert str(created.value).endswith("cannot be created: the name is too long.")
    with pytest.raises(MeetingFileError, match="cannot be read: the name is too long") as opened:
        MeetingService.open(long)
    assert str(opened.value).endswith("cannot be read: the name is too long.")
    assert list(tmp_path.iterdir()) == []


def test_a_copy_name_near_the_systems_limit(tmp_path):
    """A name with room for SQLite's journal beside it is copied, and the copy opens and takes changes.

    A longer one, which could never be opened as a meeting, is refused in words (it was a traceback:
    the temporary "<name>.part" could not be made, nor then removed) and nothing is left behind.
    """
    svc = make_meeting(tmp_path)
    svc.register("1001")
    room = tmp_path / ("c" * (255 - len("-journal") - len(".ballotdesk")) + ".ballotdesk")
    no_room = tmp_path / ("d" * (252 - len(".ballotdesk")) + ".ballotdesk")
    try:
        svc.save_copy(room)
        with pytest.raises(MeetingFileError, match=r"^The copy could not be written to ") as refused:
            svc.save_copy(no_room)
    finally:
        svc.close()
    assert str(refused.value) == f"The copy could not be written to {no_room}: the name is too long."
    with MeetingService.open(room) as copy:
        copy.register("1002")
        assert [a.number for a in copy.attendees()] == ["1001", "1002"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["m.ballotdesk", room.name])


def test_a_copy_with_a_name_too_long_is_refused_in_words(tmp_path):
    """Cleaning up the temporary file raised a second OSError inside the handler: a traceback."""
    svc = make_meeting(tmp_path)
    dest = tmp_path / ("é" * 200 + ".ballotdesk")
    try:
        with pytest.raises(MeetingFileError, match=r"^The copy could not be written to ") as refused:
            svc.save_copy(dest)
    finally:
        svc.close()
    assert str(refused.value) == f"The copy could not be written to {dest}: the name is too long."
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.ballotdesk"]


def test_a_copy_over_a_meeting_open_in_another_ballotdesk_is_refused(tmp_path):
    """It was moved over the open file: the other BallotDesk went on writing to a file no longer there."""
    svc = make_meeting(tmp_path)
    other = make_meeting(tmp_path, "evening.ballotdesk")
    other.register("1002")
    before = fingerprint(other.path)
    try:
        with pytest.raises(MeetingFileError, match=r"^evening\.ballotdesk is open in BallotDesk \(process \d+ on .*\); close it there before saving a copy over it\.$") as refused:
            svc.save_copy(other.path)
        assert str(refused.value).startswith("evening.ballotdesk is open in BallotDesk (process ")
        assert str(refused.value).endswith("; close it there before saving a copy over it.")
        assert fingerprint(other.path) == before
        other.register("1003")  # still the file in the folder: what it writes is kept
    finally:
        other.close()
        svc.close()
    with MeetingService.open(tmp_path / "evening.ballotdesk") as again:
        assert [a.number for a in again.attendees()] == ["1002", "1003"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["evening.ballotdesk", "m.ballotdesk"]


_INTERRUPT = textwrap.dedent("""
    import sys, time
    from ballotdesk.services.meeting import MeetingService
    svc = MeetingService.open(sys.argv[1])
    svc.store.db.execute("PRAGMA cache_size = 2")  # spill pages to the file mid-transaction
    with svc.store.change("child", "roll.import", {}):
        svc.store.insert_members((str(n), "F", "L", "", "", None, "Current", "", str(n), "") for n in range(10000, 15000))
        print("IN_TRANSACTION", flush=True)
        time.sleep(60)
""")


@posix_only
def test_a_copy_over_a_crashed_meeting_is_not_rolled_back_by_its_old_journal(tmp_path):
    """The replaced file's hot journal stayed beside the copy, and SQLite played it back into the copy."""
    crashed = make_meeting(tmp_path, "old.ballotdesk")
    crashed.close()
    child = subprocess.Popen([sys.executable, "-c", _INTERRUPT, str(crashed.path)], stdout=subprocess.PIPE, cwd=ROOT)
    assert child.stdout is not None
    assert child.stdout.readline() == b"IN_TRANSACTION\n"
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert crashed.path.with_name("old.ballotdesk-journal").stat().st_size > 0

    svc = make_meeting(tmp_path, "new.ballotdesk", title="Evening meeting")
    with svc.store.change("chair", "roll.import", {}):  # a roll larger than the crashed file's pages
        svc.store.insert_members((str(n), "F", "L", "", "", None, "Current", "", str(n), "") for n in range(20000, 30000))
    svc.register("1004")
    try:
        svc.save_copy(crashed.path)
    finally:
        svc.close()
    with MeetingService.open(crashed.path) as copy:
        assert copy.details()["title"] == "Evening meeting"
        assert [a.number for a in copy.attendees()] == ["1004"]
        assert copy.member_count() == 10006
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.ballotdesk", "old.ballotdesk"]
