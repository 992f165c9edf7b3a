"""A change that fails as it commits (a full disk, a power cut) leaves the next event's digests right.

The store keeps each table's bucket digests in memory so that writing an event does not read them
all back; a change rolled back after its event was built must not leave those ahead of the file,
or the next event would record a digest the rows do not give and the meeting would fail `verify`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ballotdesk.services.backup import verify_file
from ballotdesk.store.digest import full_digest
from ballotdesk.store.meeting_store import MeetingFileError
from tests.helpers import make_meeting


def test_a_departure_rolled_back_at_commit_leaves_the_next_registration_recorded_right(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    svc = make_meeting(tmp_path, people=False)
    guests = [svc.add_guest(f"Guest {n}").id for n in range(200)]  # attendees in buckets 0 and 1
    store = svc.store
    written = store._append_event

    def event_then_full_disk(*args: object, **kwargs: object) -> str:
        written(*args, **kwargs)  # the event is built, every digest with it; then the commit fails
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store, "_append_event", event_then_full_disk)
    with pytest.raises(MeetingFileError, match=r"full"):
        svc.set_departed([guests[4]], True)  # bucket 0 only
    monkeypatch.undo()
    assert svc.attendee(guests[4]).departed_at is None  # rolled back
    svc.add_guest("Guest 200")  # bucket 1 only: bucket 0's digest comes from what is kept
    state = store.events(1)[0]["state"]
    assert f'"attendees":"{full_digest(store.conn, "attendees")[0]}"' in state
    svc.close()
    assert verify_file(tmp_path / "m.ballotdesk").intact
