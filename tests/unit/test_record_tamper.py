"""The record beyond dispute: edits made with the sqlite3 module, hashes recomputed, never pass as BallotDesk's.

Each forgery below does what someone holding the meeting file (and BallotDesk's source) can do:
edit rows, rebuild every digest the file keeps, recompute every event's hash, and even sign
everything again with a record key of their own. Without this installation's key, `verify`
never calls the result authentic and opening refuses it.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from ballotdesk.__main__ import main as cli_main
from ballotdesk.domain.ballot import motion_spec
from ballotdesk.domain.count import CountFigures
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, papers, results
from ballotdesk.services.backup import verify_file
from ballotdesk.services.meeting import HandOverNeeded, MeetingService
from ballotdesk.store.digest import full_digest
from ballotdesk.store.meeting_store import DIGESTED, GENESIS, MeetingFileError, _canonical, event_hash
from ballotdesk.store.record_keys import RecordKey
from tests.helpers import make_meeting

PIN = "246802"


@pytest.fixture(scope="module")
def declared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A meeting whose motion was declared carried 2 to 1, then one more member registered."""
    folder = tmp_path_factory.mktemp("declared")
    svc = make_meeting(folder, pin=PIN)
    svc.update_details({"four_eyes": False})
    for n in ("1001", "1004", "1005"):
        svc.register(n)
    bid = B.create_ballot(svc, motion_spec("Adopt the accounts"))
    B.open_ballot(svc, bid)
    for n in ("1001", "1004", "1005"):
        papers.issue_paper(svc, bid, papers.attendee_for_member(svc, n))
    B.close_ballot(svc, bid)
    counting.enter_count(svc, bid, "Main hall", "Ann", CountFigures(3, (2, 1)))
    with svc.as_chair(PIN):
        results.declare(svc, bid, "Mary Jones")
    svc.register("1003")
    svc.close()
    return folder / "m.ballotdesk"


@pytest.fixture
def meeting(declared: Path, tmp_path: Path) -> Path:
    path = tmp_path / "m.ballotdesk"
    shutil.copyfile(declared, path)
    return path


def forge(path: Path, *edits: str, key: RecordKey | None = None, keep: int | None = None) -> None:
    """Edit the file as a forger would, then rebuild every digest and hash the file holds.

    ``key``: sign the whole record again with this (the forger's own) key. ``keep``: cut the
    record after that many events. Without a key, the authentication codes are left as they were:
    the forger cannot compute this installation's.
    """
    conn = sqlite3.connect(path)
    with conn:
        for sql in edits:
            conn.execute(sql)
        if keep is not None:
            conn.execute("DELETE FROM audit WHERE id > ?", [keep])
        conn.execute("DELETE FROM chain_buckets")
        state = {}
        for table in DIGESTED:
            state[table], buckets = full_digest(conn, table)
            conn.executemany("INSERT INTO chain_buckets VALUES (?, ?, ?)",
                             [(table, -1, b""), *((table, n, d) for n, d in buckets.items())])
        rows = conn.execute("SELECT id, at, actor, action, details, state, mac, sig FROM audit ORDER BY id").fetchall()
        prev = GENESIS
        for event_id, at, actor, action, details, old_state, mac, sig in rows:
            text = _canonical(state) if event_id == rows[-1][0] else old_state
            if key is not None and event_id == 1:
                first = json.loads(details)
                first["record_key"] = {"id": key.key_id, "label": "BallotDesk on vm", "public": key.public_hex}
                details = _canonical(first)
            digest = event_hash(prev, event_id, at, actor, action, details, text)
            if key is not None:
                mac, sig = key.mac(key.key_id, digest), key.sign(digest) if sig else None
            conn.execute("UPDATE audit SET details = ?, state = ?, prev_hash = ?, hash = ?, mac = ?, sig = ?, "
                         "key_id = coalesce(?, key_id) WHERE id = ?",
                         [details, text, prev, digest, mac, sig, key.key_id if key else None, event_id])
            prev = digest
    conn.close()


EDITS = {
    "swap the votes": (
        "UPDATE box_counts SET figures = replace(figures, '[2, 1]', '[1, 2]')",
        "UPDATE count_entries SET figures = replace(figures, '[2, 1]', '[1, 2]')",
        "UPDATE results SET result = replace(replace(result, '\"carried\": true', '\"carried\": false'), "
        "'[2, 1]', '[1, 2]')",
    ),
    "empty the chair's PIN": ("UPDATE meeting SET pin_hash = NULL",),
    "replace the chair's PIN": ("UPDATE meeting SET pin_hash = (SELECT pin_hash FROM meeting) || '0'",),
    "delete the declaration": ("DELETE FROM results", "UPDATE ballots SET status = 'counted'"),
    "fabricate an amendment": (
        "INSERT INTO results (ballot_id, version, result, declared_at, declared_by, reason) "
        "SELECT ballot_id, 2, result, declared_at, declared_by, 'recount' FROM results",
    ),
    "add a registration": ("INSERT INTO attendees (member_number, kind, registered_at) "
                           "VALUES ('1002', 'member', '2026-11-28T19:40:00+00:00')",),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_an_edit_with_every_hash_recomputed_is_caught_by_the_key(meeting: Path, edit: str) -> None:
    before = verify_file(meeting)
    assert before.intact and before.authenticated
    forge(meeting, *EDITS[edit])
    report = verify_file(meeting)
    assert not report.intact
    assert "its authentication does not match" in report.message
    with pytest.raises(MeetingFileError, match="has been changed outside BallotDesk and is not opened"):
        MeetingService.open(meeting)


@pytest.mark.parametrize("edit", list(EDITS))
def test_a_record_signed_again_with_another_key_is_never_authentic(meeting: Path, edit: str,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    forge(meeting, *EDITS[edit], key=RecordKey(b"\x07" * 32, "BallotDesk on vm"))
    report = verify_file(meeting)
    assert report.intact and not report.authenticated
    assert "a key this installation does not have" in report.parts_text()
    assert cli_main(["verify", str(meeting)]) == 3
    assert "Identity unknown" in capsys.readouterr().out
    with pytest.raises(HandOverNeeded, match="last written by another installation"):
        MeetingService.open(meeting)


def test_a_truncated_tail_passes_alone_and_fails_against_the_head(declared: Path, tmp_path: Path) -> None:
    path = tmp_path / "m.ballotdesk"
    shutil.copyfile(declared, path)
    full = verify_file(path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM attendees WHERE member_number = '1003'")
        conn.execute("DELETE FROM audit WHERE id = ?", [full.events])
        last = conn.execute("SELECT state FROM audit ORDER BY id DESC LIMIT 1").fetchone()[0]
        table = "attendees"
        conn.execute("DELETE FROM chain_buckets WHERE tbl = ?", [table])
        conn.executemany("INSERT INTO chain_buckets VALUES (?, ?, ?)",
                         [(table, -1, b""), *((table, n, d) for n, d in full_digest(conn, table)[1].items())])
    conn.close()
    assert json.loads(last)[table] == full_digest(sqlite3.connect(path), table)[0]
    assert verify_file(path).intact  # a clean cut at an earlier state: only an anchor outside can tell
    report = verify_file(path, head=full.head)
    assert not report.intact and "is not in this file" in report.message
    assert cli_main(["verify", str(path), "--head", full.head]) == 1


def test_the_installation_key_is_never_in_the_meeting_file(meeting: Path) -> None:
    from ballotdesk.store.record_keys import installation_keys

    seed = installation_keys().own.seed
    data = meeting.read_bytes()
    assert seed not in data and seed.hex().encode() not in data
    assert installation_keys().own.public_hex.encode() in data  # the public half is, so anyone can check signatures
