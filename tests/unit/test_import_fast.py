"""The first import into an empty roll: written in bulk, hashed and indexed from the columns in hand.

These check that the shortcuts give exactly what reading the file back would: the chain's digest
of the roll, the desk's search index, the sort index, and a cancel that leaves nothing behind.
"""

import shutil
import sqlite3
from pathlib import Path

import pytest

from ballotdesk.services.backup import verify_file
from ballotdesk.services.meeting import MeetingService
from ballotdesk.services.roll_import import BATCH, ImportCancelled
from ballotdesk.store import dirty_buckets
from ballotdesk.store.digest import (
    BUCKET_ROWS,
    BUCKETED,
    ROLL_DIGEST,
    ROW_BUCKETED,
    column_piece,
    columns_digest,
    digests_of_columns,
    full_digest,
    recorded_digest,
    rows_digest,
    stored_roll_digest,
    table_digest,
)
from tests.helpers import make_meeting

FORMAT6_B1 = Path(__file__).parents[1] / "data" / "formats" / "format6-b1.ballotdesk"
HEADER = "Membership No.,First name,Surname,Ward,Postcode,Date joined,Status\n"


def export(path, n: int, *, defects: bool = False):
    lines = [f"{7000 + i},Ann{i % 7},Zed{i % 13},Ward {i % 3},SA{i % 20} {i % 9}AA,0{1 + i % 9}/02/2010,Current"
             for i in range(n)]
    if defects:
        lines[3] = "7003,Bad,Date,W,SA1 1AA,31/02/2010,Current"
        lines[5] = lines[4]  # a duplicate
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_headless_import_builds_no_search_index(tmp_path):
    """`roll import` at the command line: nobody searches, so the index is not built (a tenth of a second)."""
    svc = make_meeting(tmp_path, people=False)
    svc.import_roll(export(tmp_path / "roll.csv", 50))
    assert not svc.search_ready()
    assert [h.number for h in svc.search("7010")][:1] == ["7010"]  # built from the file when first asked
    svc.close()


def test_first_import_is_recorded_as_if_read_back(tmp_path):
    svc = make_meeting(tmp_path, people=False)
    svc.search_index()  # a desk is searching this meeting: the import hands it the index it builds
    summary = svc.import_roll(export(tmp_path / "roll.csv", 2 * BATCH + 17, defects=True))
    assert (summary.imported, summary.updated, summary.left) == (2 * BATCH + 15, 0, 0)
    assert [p.line for p in summary.skipped] == [5, 7]
    conn = svc.store.db.conn
    state = svc.store.events(1)[0]["state"]
    assert f'"members":"{full_digest(conn, "members")[0]}"' in state
    assert [r[0] for r in conn.execute("SELECT number FROM members ORDER BY rowid LIMIT 4")] == [
        "7000", "7001", "7002", "7004"]
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'members_sort'").fetchone()[0] == 1
    assert svc.search_ready()
    built = svc.search_index()
    svc.roll_changed()
    for terms in (["zed1"], ["ann3", "zed5"], ["sa19"], ["7010"]):
        assert built.find(terms, 50) == svc.search_index().find(terms, 50)  # as read from the file
    svc.close()
    assert verify_file(tmp_path / "m.ballotdesk").intact


def test_cancelled_first_import_leaves_nothing(tmp_path):
    svc = make_meeting(tmp_path, people=False)
    before = svc.store.audit_version()
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < BATCH + 1  # cancel after the second batch is written

    with pytest.raises(ImportCancelled, match=r"^$"):
        svc.import_roll(export(tmp_path / "roll.csv", 3 * BATCH), progress=progress)
    assert calls[0] == (0, 0) and calls[-1] == (2 * BATCH, 3 * BATCH)
    assert svc.store.member_count(include_left=True) == 0 and svc.store.audit_version() == before
    conn = svc.store.db.conn
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'members_sort'").fetchone()[0] == 1
    svc.close()
    assert verify_file(tmp_path / "m.ballotdesk").intact


def test_digests_of_older_events_are_still_checked_their_way(tmp_path):
    svc = make_meeting(tmp_path)
    conn: sqlite3.Connection = svc.store.db.conn
    older = table_digest(conn, "members")  # what BallotDesk recorded before the roll digest
    assert recorded_digest(conn, "members", older) == older
    assert recorded_digest(conn, "members", ROLL_DIGEST + "0") == stored_roll_digest(conn)
    assert recorded_digest(conn, "members", None).startswith(BUCKETED)
    assert recorded_digest(conn, "boxes", BUCKETED + "0") == full_digest(conn, "boxes")[0]
    conn.execute("UPDATE members SET first_name = 'Mallory' WHERE number = '1001'")
    assert recorded_digest(conn, "members", older) != older
    svc.close()


def test_a_roll_value_that_is_not_text_is_reported_not_crashed_on(tmp_path):
    """Only another SQLite tool can put a blob into the roll; verifying must then say so, not fail."""
    svc = make_meeting(tmp_path)
    svc.close()
    conn = sqlite3.connect(tmp_path / "m.ballotdesk")
    with conn:
        conn.execute("UPDATE members SET first_name = X'00ff' WHERE number = '1001'")
    conn.close()
    report = verify_file(tmp_path / "m.ballotdesk")
    assert not report.intact and "membership roll" in report.message


@pytest.mark.parametrize(("one", "other"), [
    ([(1, "a\nb", "c")], [(1, "a", "b\nc")]),  # a line break inside a value
    ([(1, "a', 'b")], [(1, "a", "b")]),  # a quote and comma inside a value
    ([(1, None, "x")], [(1, "", "x")]),  # NULL is not empty text
    ([(1, "b'\\x00'")], [(1, b"\x00")]),  # a blob (put there by another tool) is not the text of its repr
    ([(1, "ab"), (2, "c")], [(1, "a"), (2, "bc")]),  # rows do not run into each other
    ([(1, "a")], [(2, "a")]),  # a row moved to another rowid
])
def test_different_rows_never_hash_alike(one, other):
    assert rows_digest(one) != rows_digest(other)


def test_a_change_rehashes_its_bucket_and_gives_what_hashing_every_row_gives(tmp_path):
    svc = make_meeting(tmp_path, people=False)
    svc.import_roll(export(tmp_path / "roll.csv", 3 * BUCKET_ROWS + 5))
    conn = svc.store.db.conn
    for number in ("7001", f"{7000 + 2 * BUCKET_ROWS}"):
        svc.register(number)
    svc.store.conn.execute("SELECT 1")
    state = svc.store.events(1)[0]["state"]
    for table in ("attendees", "members", "papers"):
        assert f'"{table}":"{full_digest(conn, table)[0]}"' in state
    kept = dict(conn.execute("SELECT bucket, digest FROM chain_buckets WHERE tbl = 'members' AND bucket >= 0"))
    assert kept == full_digest(conn, "members")[1] and len(kept) == 4
    svc.close()
    assert verify_file(tmp_path / "m.ballotdesk").intact


@pytest.mark.parametrize(("one", "other"), [
    ([(1, "a\nb", "c")], [(1, "a", "b\nc")]),  # a line break inside a value
    ([(1, "a\x1fb")], [(1, "a"), (1, "b")]),  # the separator itself inside a value
    ([(1, None, "x")], [(1, "", "x")]),  # NULL is not empty text
    ([(1, None)], [(1, "None")]),
    ([(1, "b'\\x00'")], [(1, b"\x00")]),  # a blob (put there by another tool) is not the text of its repr
    ([(1, "1")], [(1, 1)]),  # a number is not its text
    ([(1, 1)], [(1, 1.0)]),
    ([(1, 2**63 - 1)], [(1, str(2**63 - 1))]),
    ([(1, True)], [(1, 1)]),
    ([(1, "ab"), (2, "c")], [(1, "a"), (2, "bc")]),  # rows do not run into each other
    ([(1, "a")], [(2, "a")]),  # a row moved to another rowid
    ([(1, "a", "b")], [(1, "ab")]),  # a column fewer
])
def test_different_buckets_never_hash_alike_column_by_column(one, other):
    assert columns_digest(zip(*one, strict=True)) != columns_digest(zip(*other, strict=True))


def test_columns_in_hand_give_what_reading_the_rows_back_gives(tmp_path):
    conn = sqlite3.connect(tmp_path / "t.db")
    conn.execute("CREATE TABLE t (a TEXT, b INTEGER, c TEXT)")
    rows = [(f"n{i}", i if i % 3 else None, None) for i in range(1, 3 * BUCKET_ROWS + 7)]
    conn.executemany("INSERT INTO t VALUES (?, ?, ?)", rows)
    conn.execute("DELETE FROM t WHERE rowid BETWEEN 200 AND 383")  # bucket 1 cut short, bucket 2 gone
    kept = conn.execute("SELECT rowid, * FROM t ORDER BY rowid").fetchall()
    in_hand = dict(digests_of_columns([list(c) for c in zip(*kept, strict=True)]))
    assert in_hand == full_digest(conn, "t")[1] and 2 not in in_hand and len(in_hand) == 3


def test_a_record_bucketed_row_by_row_still_verifies_and_is_rehashed_at_its_next_change(tmp_path):
    path = tmp_path / "m.ballotdesk"
    shutil.copyfile(FORMAT6_B1, path)
    report = verify_file(path)
    assert report.intact and not report.authenticated  # another installation's key: identity unknown
    conn = sqlite3.connect(path)
    state = conn.execute("SELECT state FROM audit ORDER BY id DESC LIMIT 1").fetchone()[0]
    conn.execute("UPDATE attendees SET name = 'Mallory' WHERE rowid = 1")  # another tool edits a row
    conn.commit()
    conn.close()
    assert f'"attendees":"{ROW_BUCKETED}' in state and not verify_file(path).intact
    shutil.copyfile(FORMAT6_B1, path)
    with MeetingService.open(path, take_over=True, actor="secretary", reason="moved laptops") as svc:
        svc.register("1004")
        state = svc.store.events(1)[0]["state"]
        conn = svc.store.db.conn
        for table in ("attendees", "members", "boxes"):
            assert f'"{table}":"{full_digest(conn, table)[0]}"' in state
            assert full_digest(conn, table)[0].startswith(BUCKETED)
        assert ROW_BUCKETED not in state
    assert verify_file(path).intact


def test_rowids_in_hand_as_a_range_hash_as_the_same_numbers_read_back():
    assert column_piece(range(129, 257)) == column_piece(list(range(129, 257)))
    assert column_piece(range(1, 3)) != column_piece(["1", "2"])


def test_a_registration_rehashes_only_the_bucket_it_touched(tmp_path, monkeypatch):
    """What keeps a change's cost flat: no other table, and no other bucket, is read again."""
    svc = make_meeting(tmp_path, people=False)
    svc.import_roll(export(tmp_path / "roll.csv", 3 * BUCKET_ROWS + 5))
    svc.register("7001")
    calls = []
    real = dirty_buckets.bucket_digests

    def spy(conn, table, numbers=None, form=BUCKETED):
        calls.append((table, None if numbers is None else sorted(numbers)))
        return real(conn, table, numbers, form)

    monkeypatch.setattr(dirty_buckets, "bucket_digests", spy)
    svc.register(f"{7000 + 2 * BUCKET_ROWS}")
    assert calls == [("attendees", [0])]
    svc.close()
    assert verify_file(tmp_path / "m.ballotdesk").intact
