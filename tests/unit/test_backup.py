"""Rolling backups to a USB stick, the scheduler the GUI drives, restore, and verify."""

import datetime as dt
import errno
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest

from ballotdesk.domain.ballot import motion_spec
from ballotdesk.services import ballots as B
from ballotdesk.services.backup import (
    HEADS,
    BackupPolicy,
    BackupScheduler,
    backup_name,
    backup_now,
    list_backups,
    verify_file,
)
from ballotdesk.services.backup_files import BackupError
from ballotdesk.services.meeting import MeetingService
from ballotdesk.services.restore import restore
from ballotdesk.store.meeting_store import MeetingFileError, MeetingStore
from tests.helpers import INQUORATE, make_meeting

T0 = dt.datetime(2026, 11, 28, 19, 30, 0).astimezone()


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder):
    """Every file in the folder (hidden ones too) with its hash."""
    return {p.name: sha(p) for p in sorted(folder.iterdir()) if p.is_file()}


pytestmark = pytest.mark.meeting(register=("1001", "1002"))


@pytest.fixture
def usb(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def sqlite_error(message, code):
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code
    return error


# -- backup_now -------------------------------------------------------------------------------


def test_backup_name_is_sortable_and_safe_for_usb_sticks():
    assert backup_name(Path("/x/Branch AGM.ballotdesk"), T0, "ballot.declare") == (
        "Branch AGM 2026-11-28 193000 ballot.declare.ballotdesk")
    assert backup_name(Path("m.ballotdesk"), T0, 'a/b:c*"?') == "m 2026-11-28 193000 a-b-c-.ballotdesk"
    assert backup_name(Path("m.ballotdesk"), T0, "  ") == "m 2026-11-28 193000 backup.ballotdesk"


def test_backup_is_a_checked_copy_of_the_meeting(svc, usb):
    dest = backup_now(svc, usb, "manual", now=T0)
    assert dest == usb / "m 2026-11-28 193000 manual.ballotdesk"
    assert sorted(p.name for p in usb.iterdir()) == [HEADS, dest.name]  # no .part, no journal left
    events, head = svc.store.audit_head()
    anchored = (usb / HEADS).read_text("utf-8").split("\t")
    assert anchored[1:4] == [dest.name, str(events), head]  # the record's head, outside the meeting file
    assert dest.stat().st_mode & 0o777 == 0o600  # as private as the meeting
    report = verify_file(dest)
    assert report.intact and report.events == svc.store.audit_head()[0]
    copy = MeetingService.open(dest)
    try:
        assert [a.number for a in copy.attendees()] == ["1001", "1002"]
        assert copy.store.audit_head() == svc.store.audit_head()
    finally:
        copy.close()


def test_keeps_the_newest_per_meeting_and_leaves_other_files_alone(svc, usb):
    (usb / "other 2026-11-28 190000 manual.ballotdesk").write_bytes(b"another meeting's backup")
    (usb / "holiday.jpg").write_bytes(b"photo")
    made = [backup_now(svc, usb, "timed", keep=3, now=T0 + dt.timedelta(minutes=5 * i)) for i in range(6)]
    assert list_backups(usb, svc.path) == made[-3:]
    assert (usb / "other 2026-11-28 190000 manual.ballotdesk").exists() and (usb / "holiday.jpg").exists()


def test_two_backups_in_the_same_second_both_kept(svc, usb):
    first = backup_now(svc, usb, "ballot.open", now=T0)
    second = backup_now(svc, usb, "ballot.open", now=T0)
    assert (first.name, second.name) == ("m 2026-11-28 193000 ballot.open.ballotdesk",
                                         "m 2026-11-28 193000 ballot.open 2.ballotdesk")


def test_stale_partial_copy_from_a_crash_is_cleared(svc, usb):
    (usb / ".m 2026-11-28 180000 timed.ballotdesk.part").write_bytes(b"half a copy")
    backup_now(svc, usb, now=T0)
    assert sorted(p.name for p in usb.iterdir()) == [HEADS, "m 2026-11-28 193000 manual.ballotdesk"]


def test_missing_folder(svc, tmp_path):
    with pytest.raises(BackupError, match=r"^The backup could not be written to .*: the folder does not exist \(is the USB stick plugged in\?\)\.$") as info:
        backup_now(svc, tmp_path / "gone", now=T0)
    assert str(info.value) == (f"The backup could not be written to {tmp_path / 'gone'}: the folder does not exist "
                               "(is the USB stick plugged in?).")


def test_a_file_where_the_folder_should_be(svc, tmp_path):
    (tmp_path / "usb").write_bytes(b"not a folder")
    with pytest.raises(BackupError, match="it is a file, not a folder") as info:
        backup_now(svc, tmp_path / "usb", now=T0)
    assert str(info.value) == f"The backup could not be written to {tmp_path / 'usb'}: it is a file, not a folder."
    assert (tmp_path / "usb").read_bytes() == b"not a folder"


def _half_copy_then(error):
    """A copy_to that writes part of the file, then fails as SQLite does."""

    def copy_to(self, dest):
        with open(dest, "wb") as handle:
            handle.write(b"SQLite format 3\x00" + b"\x00" * 5000)
        raise error

    return copy_to


@pytest.mark.parametrize(
    ("error", "why"),
    [
        (sqlite_error("database or disk is full", 13), "the disk is full"),
        (sqlite_error("attempt to write a readonly database", 8), "the folder is read-only"),
        (sqlite_error("disk I/O error", 10 | (3 << 8)), "the disk could not be written (was the USB stick removed?)"),
        (OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
        (OSError(errno.EROFS, "Read-only file system"), "the folder is read-only"),
    ],
)
def test_failures_while_copying_leave_nothing_partial(svc, usb, monkeypatch, error, why):
    earlier = backup_now(svc, usb, now=T0)
    before = folder_state(usb)
    svc.register("1004")
    monkeypatch.setattr(MeetingStore, "copy_to", _half_copy_then(error))
    with pytest.raises(BackupError, match=f"{re.escape(why)}\\.$") as info:
        backup_now(svc, usb, "ballot.open", now=T0 + dt.timedelta(minutes=1))
    assert str(info.value) == f"The backup could not be written to {usb}: {why}."
    assert folder_state(usb) == before and verify_file(earlier).intact


def test_full_disk_at_the_rename(svc, usb, monkeypatch):
    real_replace = os.replace

    def replace(src, dst):
        if str(src).endswith(".part"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(BackupError, match="the disk is full") as info:
        backup_now(svc, usb, now=T0)
    assert str(info.value) == f"The backup could not be written to {usb}: the disk is full."
    assert list(usb.iterdir()) == []


def test_read_only_folder_when_creating_the_file(svc, usb, monkeypatch):
    """As root, chmod does not stop writes, so the refusal of the OS is simulated."""
    real_open = os.open

    def refuse(path, *args, **kwargs):
        if str(path).startswith(str(usb)):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(BackupError, match="the folder is read-only") as info:
        backup_now(svc, usb, now=T0)
    assert str(info.value) == f"The backup could not be written to {usb}: the folder is read-only."
    assert list(usb.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_for_real(svc, usb):  # pragma: no cover - runs only as a normal user
    usb.chmod(0o500)
    try:
        with pytest.raises(BackupError, match="the folder is read-only") as info:
            backup_now(svc, usb, now=T0)
    finally:
        usb.chmod(0o700)
    assert str(info.value) == f"The backup could not be written to {usb}: the folder is read-only."
    assert list(usb.iterdir()) == []


@contextmanager
def small_stick(path, size, *options):
    """A real tiny file system (tmpfs), when this machine lets us mount one (root in a container)."""
    path.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a test file system needs root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join([f"size={size}", *options]), "tmpfs", str(path)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("this machine does not allow mounting a test file system")
    try:
        yield path
    finally:
        subprocess.run(["umount", str(path)], check=True)


def test_really_full_stick(svc, tmp_path):
    with small_stick(tmp_path / "stick", "48k") as stick:
        (stick / "photo.jpg").write_bytes(b"x" * 4096)
        with pytest.raises(BackupError, match="the disk is full") as info:
            backup_now(svc, stick, now=T0)
        assert str(info.value) == f"The backup could not be written to {stick}: the disk is full."
        assert [p.name for p in stick.iterdir()] == ["photo.jpg"]


def test_really_read_only_stick(svc, tmp_path):
    with small_stick(tmp_path / "stick", "1m", "ro") as stick:
        with pytest.raises(BackupError, match="the folder is read-only") as info:
            backup_now(svc, stick, now=T0)
        assert str(info.value) == f"The backup could not be written to {stick}: the folder is read-only."
        assert list(stick.iterdir()) == []


# -- the scheduler ----------------------------------------------------------------------------


def test_nothing_changed_means_no_backup_ever(usb):
    scheduler = BackupScheduler(BackupPolicy(usb), T0)
    assert not scheduler.due(T0 + dt.timedelta(hours=5))


@pytest.mark.parametrize("action", ["ballot.open", "ballot.closed", "ballot.counting", "ballot.counted",
                                    "ballot.declare", "ballot.amend"])
def test_ballot_state_changes_are_backed_up_at_once(usb, action):
    scheduler = BackupScheduler(BackupPolicy(usb), T0)
    scheduler.note_change(action)
    assert scheduler.due(T0) and scheduler.reason() == action


def test_other_changes_are_backed_up_every_five_minutes(usb):
    scheduler = BackupScheduler(BackupPolicy(usb), T0)
    scheduler.note_change("attendee.register")
    assert not scheduler.due(T0 + dt.timedelta(minutes=4, seconds=59))
    assert scheduler.due(T0 + dt.timedelta(minutes=5)) and scheduler.reason() == "timed"
    scheduler.backed_up(T0 + dt.timedelta(minutes=5))
    assert not scheduler.due(T0 + dt.timedelta(minutes=30))  # idle since
    scheduler.note_change("paper.issue")
    assert not scheduler.due(T0 + dt.timedelta(minutes=9))
    assert scheduler.due(T0 + dt.timedelta(minutes=10))


def test_a_failed_backup_is_retried_after_a_pause_not_every_tick(usb):
    scheduler = BackupScheduler(BackupPolicy(usb, retry=dt.timedelta(minutes=1)), T0)
    scheduler.note_change("ballot.declare")
    scheduler.failed(T0)
    assert not scheduler.due(T0 + dt.timedelta(seconds=59))
    assert scheduler.due(T0 + dt.timedelta(minutes=1)) and scheduler.reason() == "ballot.declare"


def test_run_if_due_with_a_real_meeting(svc, usb, tmp_path):
    scheduler = BackupScheduler(BackupPolicy(usb, keep=2), T0)
    assert scheduler.run_if_due(svc, T0) is None
    bid = B.create_ballot(svc, motion_spec("Motion 1"))
    scheduler.note_change("ballot.create")
    assert scheduler.run_if_due(svc, T0 + dt.timedelta(seconds=10)) is None
    B.open_ballot(svc, bid, inquorate=INQUORATE)
    scheduler.note_change("ballot.open")
    made = scheduler.run_if_due(svc, T0 + dt.timedelta(seconds=20))
    assert made is not None and made.name == "m 2026-11-28 193020 ballot.open.ballotdesk"
    assert scheduler.run_if_due(svc, T0 + dt.timedelta(minutes=20)) is None
    shutil.rmtree(usb)  # the stick is pulled out
    svc.register("1004")
    scheduler.note_change("attendee.register")
    with pytest.raises(BackupError, match="the folder does not exist"):
        scheduler.run_if_due(svc, T0 + dt.timedelta(minutes=21))
    assert not scheduler.due(T0 + dt.timedelta(minutes=21, seconds=30)) and scheduler.pending


# -- restore ----------------------------------------------------------------------------------


@pytest.fixture
def backup(svc, usb):
    return backup_now(svc, usb, "manual", now=T0)


def test_restore_to_a_new_file(backup, tmp_path):
    dest = tmp_path / "restored.ballotdesk"
    result = restore(backup, dest)
    assert (result.path, result.previous) == (dest, None)
    assert dest.read_bytes() == backup.read_bytes() and dest.stat().st_mode & 0o777 == 0o600
    hidden = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("."))
    assert hidden == [".m.ballotdesk.lock"]  # the fixture's open meeting; no staging folder, no lock of dest
    MeetingService.open(dest).close()


def test_restore_never_overwrites_silently(backup, tmp_path):
    dest = tmp_path / "current.ballotdesk"
    dest.write_bytes(b"the current meeting")
    with pytest.raises(BackupError, match=r"^current\.ballotdesk already exists in .*; nothing was restored\.") as info:
        restore(backup, dest)
    assert str(info.value) == (f"current.ballotdesk already exists in {tmp_path}; nothing was restored. Replace it "
                               "only on purpose: the current file is then kept as "
                               "current.ballotdesk.before-restore-<time>.")
    assert dest.read_bytes() == b"the current meeting"


def test_restore_with_replace_keeps_the_old_file(backup, tmp_path):
    dest = tmp_path / "current.ballotdesk"
    dest.write_bytes(b"the current meeting")
    dest.with_name(dest.name + "-journal").write_bytes(b"its interrupted change")
    result = restore(backup, dest, replace=True, now=dt.datetime(2026, 11, 29, 9, 5, 7))
    assert result.previous == tmp_path / "current.ballotdesk.before-restore-20261129-090507"
    assert result.previous.read_bytes() == b"the current meeting"
    # The old journal goes with the old file, never to be applied to the restored one.
    assert (tmp_path / "current.ballotdesk.before-restore-20261129-090507-journal").exists()
    assert not dest.with_name(dest.name + "-journal").exists()
    assert dest.read_bytes() == backup.read_bytes()


def test_restore_refuses_a_meeting_that_is_open(backup, svc):
    before = svc.path.read_bytes()
    with pytest.raises(BackupError, match=r"^m\.ballotdesk is open in BallotDesk \(process \d+ on .*\); close it there before restoring over it\.$") as info:
        restore(backup, svc.path, replace=True)
    assert str(info.value).startswith("m.ballotdesk is open in BallotDesk (process ")
    assert str(info.value).endswith("close it there before restoring over it.")
    assert svc.path.read_bytes() == before


def test_restore_refuses_a_tampered_backup(backup, tmp_path):
    conn = sqlite3.connect(backup)
    conn.execute("UPDATE attendees SET registered_by = 'Mallory'")
    conn.commit()
    conn.close()
    dest = tmp_path / "restored.ballotdesk"
    with pytest.raises(BackupError, match=r"^Nothing was restored: .* has been changed outside BallotDesk and is not opened") as info:
        restore(backup, dest)
    assert str(info.value) == (
        f"Nothing was restored: {backup.name} has been changed outside BallotDesk and is not opened: The registrations "
        f"(attendees) changed outside BallotDesk after event 10, the last event in the log. Run 'ballotdesk verify' "
        "for the details, or restore a backup.")
    assert not dest.exists()


def test_restore_into_a_folder_name(backup, tmp_path):
    with pytest.raises(BackupError, match="is a folder; give the name of the meeting file to restore to") as info:
        restore(backup, tmp_path)
    assert str(info.value) == (f"{tmp_path} is a folder; give the name of the meeting file to restore to, "
                               f"e.g. {tmp_path / backup.name}.")


def test_restore_to_a_full_disk_changes_nothing(backup, tmp_path, monkeypatch):
    dest = tmp_path / "current.ballotdesk"
    dest.write_bytes(b"the current meeting")
    real_replace = os.replace

    def replace(src, dst):
        if str(dst) == str(dest) and "/.restore-" in str(src):  # putting the backup in place
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(BackupError, match=r"^The meeting could not be restored to .*: the disk is full\.$") as info:
        restore(backup, dest, replace=True)
    assert str(info.value) == f"The meeting could not be restored to {tmp_path}: the disk is full."
    assert dest.read_bytes() == b"the current meeting"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".m.ballotdesk.lock", "current.ballotdesk", "m.ballotdesk", "usb"]


# -- verify -----------------------------------------------------------------------------------


def test_verify_does_not_need_the_lock_and_changes_nothing(svc):
    before = svc.path.read_bytes()
    report = verify_file(svc.path)  # while BallotDesk has it open
    assert report.intact and report.message == f"Intact: {report.events} events; the meeting matches its audit log."
    assert svc.path.read_bytes() == before


def test_verify_reports_where_the_chain_breaks(closed):
    conn = sqlite3.connect(closed)
    conn.execute("UPDATE audit SET actor = 'someone else' WHERE id = 9")
    conn.commit()
    conn.close()
    before = closed.read_bytes()
    report = verify_file(closed)
    assert not report.intact and report.broken_at == 9
    assert report.message.startswith("Broken at event 9 (attendee.register, ")
    assert closed.read_bytes() == before
    with pytest.raises(MeetingFileError, match="has been changed outside BallotDesk and is not opened: Broken at event"):
        MeetingService.open(closed)  # opening still refuses it


def test_backups_and_copies_wait_for_a_roll_import_on_another_thread(svc, usb, tmp_path):
    """The GUI imports on a worker thread; a backup timer firing meanwhile must neither freeze (SQLite's
    backup waits for the writer) nor copy half an import. It waits for the next tick instead."""
    import threading

    roll = tmp_path / "roll.csv"
    roll.write_text("Membership No,First name,Surname\n" + "".join(f"{5000 + i},Ann,Jones{i}\n" for i in range(300)),
                    encoding="utf-8")
    inside, release = threading.Event(), threading.Event()

    def progress(done: int, total: int) -> bool:
        if total and done == total:  # every row written, the transaction not yet committed
            inside.set()
            release.wait(30)
        return True

    worker = threading.Thread(target=svc.import_roll, args=(roll,), kwargs={"progress": progress})
    worker.start()
    try:
        assert inside.wait(30)
        scheduler = BackupScheduler(BackupPolicy(usb), T0)
        scheduler.note_change("ballot.open")  # due at once
        assert scheduler.run_if_due(svc, T0) is None and scheduler.pending  # not now, and not forgotten
        assert list(usb.iterdir()) == []
        with pytest.raises(MeetingFileError, match="still being written"):
            svc.save_copy(tmp_path / "copy.ballotdesk")
        assert not (tmp_path / "copy.ballotdesk").exists()
    finally:
        release.set()
        worker.join(30)
    made = scheduler.run_if_due(svc, T0 + dt.timedelta(seconds=5))
    assert made is not None
    with sqlite3.connect(made) as copy:
        assert copy.execute("SELECT count(*) FROM members WHERE number >= '5000'").fetchone()[0] == 300


def test_a_passphrase_too_short_for_the_key_is_refused_before_any_copy_is_written(tmp_path):
    svc = make_meeting(tmp_path)
    folder = tmp_path / "stick"
    folder.mkdir()
    with pytest.raises(BackupError, match=r"^The passphrase must be at least 8 characters\.$"):
        backup_now(svc, folder, key_passphrase="seven77")
    assert list(folder.iterdir()) == []  # no copy made without the key asked for, no key, no anchor
    made = backup_now(svc, folder, key_passphrase="eight888")
    assert made.is_file() and len(list(folder.glob("BallotDesk record key *.bdkey"))) == 1
    svc.close()
