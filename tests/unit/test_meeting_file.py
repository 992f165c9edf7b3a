import datetime as dt
import hashlib
import re
import sqlite3
import stat

import pytest

from ballotdesk.services.meeting import MeetingService
from ballotdesk.store.meeting_store import GENESIS, MeetingFileError, MeetingStore, event_hash
from ballotdesk.store.schema import schema_version
from tests.helpers import make_meeting


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_adds_suffix_private_mode_and_first_events(tmp_path):
    svc = MeetingService.create(tmp_path / "branch", title="AGM", date=dt.date(2026, 11, 28))
    assert svc.path.name == "branch.ballotdesk"
    assert stat.S_IMODE(svc.path.stat().st_mode) == 0o600
    actions = [e["action"] for e in reversed(svc.store.events())]
    assert actions == ["meeting.create", "box.add"]
    svc.close()


def test_durability_settings_and_no_side_files_after_close(tmp_path):
    svc = make_meeting(tmp_path)
    assert svc.store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert svc.store.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    svc.register("1001")
    svc.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.ballotdesk"]
    # Everything committed is in the one file: a plain sqlite3 reader sees the registration.
    conn = sqlite3.connect(tmp_path / "m.ballotdesk")
    assert conn.execute("SELECT member_number FROM attendees").fetchall() == [("1001",)]
    conn.close()


def test_every_change_writes_a_chained_audit_event(tmp_path):
    svc = make_meeting(tmp_path)
    svc.register("1001")
    svc.update_details({"venue": "St Paul's hall"})
    events = list(svc.store.iter_events())
    prev = GENESIS
    for e in events:
        assert e["prev_hash"] == prev
        assert e["hash"] == event_hash(prev, e["id"], e["at"], e["actor"], e["action"], e["details"], e["state"])
        prev = e["hash"]
    assert events[-1]["action"] == "meeting.update"
    assert '"venue":{"from":"Church hall","to":"St Paul\'s hall"}' in events[-1]["details"]
    assert svc.store.audit_head() == (len(events), prev)
    svc.close()


def test_failed_change_rolls_back_with_its_event(tmp_path):
    svc = make_meeting(tmp_path)
    before = svc.store.audit_head()
    with pytest.raises(RuntimeError, match="power cut in the middle"), svc.store.change("desk", "attendee.register", {}):
        svc.store.insert_attendee({"member_number": "1001", "kind": "member", "registered_at": "x"})
        raise RuntimeError("power cut in the middle")
    assert svc.store.attendees() == []
    assert svc.store.audit_head() == before
    svc.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty.ballotdesk is empty (0 bytes); it is not a BallotDesk meeting file."),
        (b"\x00\x01binary" * 300, "empty.ballotdesk is not a BallotDesk meeting file (it is not a database)."),
        (b"SQLite format 3\x00" + b"\x00" * 20, "empty.ballotdesk is damaged: the file is cut short. Restore it from a backup."),
    ],
)
def test_refuses_non_meeting_files_without_changing_them(tmp_path, content, message):
    path = tmp_path / "empty.ballotdesk"
    path.write_bytes(content)
    with pytest.raises(MeetingFileError, match=f"^{re.escape(message)}$") as info:
        MeetingService.open(path)
    assert str(info.value) == message
    assert path.read_bytes() == content


def test_refuses_another_programs_database(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(MeetingFileError, match="made by another program"):
        MeetingService.open(path)
    assert digest(path) == before


def test_refuses_file_from_newer_version(tmp_path):
    svc = make_meeting(tmp_path)
    svc.store.db.execute(f"PRAGMA user_version = {schema_version() + 1}")
    svc.close()
    path = tmp_path / "m.ballotdesk"
    before = digest(path)
    with pytest.raises(MeetingFileError, match="made by a newer version of BallotDesk"):
        MeetingService.open(path)
    assert digest(path) == before


def test_refuses_truncated_file(tmp_path):
    svc = make_meeting(tmp_path)
    svc.close()
    path = tmp_path / "m.ballotdesk"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = digest(path)
    with pytest.raises(MeetingFileError, match="is damaged"):
        MeetingService.open(path)
    assert digest(path) == before


def test_second_opener_is_told_and_cannot_write(tmp_path):
    svc = make_meeting(tmp_path)
    with pytest.raises(MeetingFileError, match="is already open in BallotDesk"):
        MeetingStore.open(tmp_path / "m.ballotdesk")
    svc.close()
    again = MeetingService.open(tmp_path / "m.ballotdesk")
    assert again.details()["title"] == "Nominating meeting"
    again.close()


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(MeetingFileError, match="was not found"):
        MeetingService.open(tmp_path / "nope.ballotdesk")
    with pytest.raises(MeetingFileError, match="is a folder"):
        MeetingService.open(tmp_path)


def test_save_a_copy_is_a_complete_meeting(tmp_path):
    svc = make_meeting(tmp_path)
    svc.register("1001")
    svc.save_copy(tmp_path / "copy.ballotdesk")
    svc.close()
    copy = MeetingService.open(tmp_path / "copy.ballotdesk")
    assert [a.number for a in copy.attendees()] == ["1001"]
    copy.close()


def test_create_refuses_existing_file(tmp_path):
    (tmp_path / "x.ballotdesk").write_text("keep me")
    with pytest.raises(MeetingFileError, match="already exists"):
        MeetingService.create(tmp_path / "x.ballotdesk", title="T", date=dt.date(2026, 1, 1))
    assert (tmp_path / "x.ballotdesk").read_text() == "keep me"


def test_with_block_releases_the_lock_even_when_the_command_fails(tmp_path):
    first = make_meeting(tmp_path)
    path = first.path
    first.close()
    with pytest.raises(RuntimeError, match="the command failed half-way"), MeetingService.open(path) as svc:
        assert svc.details()["title"]
        raise RuntimeError("the command failed half-way")
    with MeetingService.open(path) as again:  # would be refused as "already open" if the lock had stayed
        assert again.path == path


def test_the_format_version_is_the_number_of_migrations():
    from ballotdesk.store.version import SCHEMA_VERSION

    assert SCHEMA_VERSION == schema_version()
