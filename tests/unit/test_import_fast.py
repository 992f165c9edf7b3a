"""The first import into an empty roll: written in bulk, hashed and indexed from the columns in hand.

These check that the shortcuts give exactly what reading the file back would: the chain's digest
of the roll, the desk's search index, the sort index, and a cancel that leaves nothing behind.
"""

import sqlite3

import pytest

from ballotdesk.services.backup import verify_file
from ballotdesk.services.meeting import BATCH, ImportCancelled
from ballotdesk.store.meeting_store import (
    DIGEST_ROWS,
    ROLL_DIGEST,
    roll_digest,
    state_digest,
    stored_roll_digest,
    table_digest,
)
from tests.helpers import make_meeting

HEADER = "Membership No.,First name,Surname,Ward,Postcode,Date joined,Status\n"


def export(path, n: int, *, defects: bool = False):
    lines = [f"{7000 + i},Ann{i % 7},Zed{i % 13},Ward {i % 3},SA{i % 20} {i % 9}AA,0{1 + i % 9}/02/2010,Current"
             for i in range(n)]
    if defects:
        lines[3] = "7003,Bad,Date,W,SA1 1AA,31/02/2010,Current"
        lines[5] = lines[4]  # a duplicate
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_first_import_is_recorded_as_if_read_back(tmp_path):
    svc = make_meeting(tmp_path, people=False)
    summary = svc.import_roll(export(tmp_path / "roll.csv", 2 * BATCH + 17, defects=True))
    assert (summary.imported, summary.updated, summary.left) == (2 * BATCH + 15, 0, 0)
    assert [p.line for p in summary.skipped] == [5, 7]
    conn = svc.store.db.conn
    state = svc.store.events(1)[0]["state"]
    assert f'"members":"{stored_roll_digest(conn)}"' in state
    assert [r[0] for r in conn.execute("SELECT number FROM members ORDER BY rowid LIMIT 4")] == [
        "7000", "7001", "7002", "7004"]
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'members_sort'").fetchone()[0] == 1
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


def test_roll_digests_of_older_events_are_still_checked_their_way(tmp_path):
    svc = make_meeting(tmp_path)
    conn: sqlite3.Connection = svc.store.db.conn
    older = table_digest(conn, "members")  # what BallotDesk recorded before the roll digest
    assert state_digest(conn, "members", older) == older
    assert state_digest(conn, "members", None).startswith(ROLL_DIGEST)
    assert state_digest(conn, "members", ROLL_DIGEST + "0") == stored_roll_digest(conn)
    assert state_digest(conn, "boxes", None) == table_digest(conn, "boxes")
    conn.execute("UPDATE members SET first_name = 'Mallory' WHERE number = '1001'")
    assert state_digest(conn, "members", older) != older
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
    ([["a\x1fb", "c"]], [["a", "b\x1fc"]]),  # the separator inside a value
    ([[None, "x"]], [["", "x"]]),  # NULL is not empty text
    ([["b'\\x00'"]], [[b"\x00"]]),  # a blob (put there by another tool) is not the text of its repr
    ([[]], [[""]]),  # no row is not one empty row
    ([["ab"], ["c"]], [["a"], ["bc"]]),  # columns do not run into each other
])
def test_different_rolls_never_hash_alike(one, other):
    assert roll_digest(one) != roll_digest(other)


def test_the_roll_read_back_in_pieces_hashes_as_the_columns_in_hand(tmp_path):
    conn = sqlite3.connect(tmp_path / "roll.db")
    conn.execute("CREATE TABLE members (number TEXT, name TEXT, left_at TEXT)")
    assert stored_roll_digest(conn) == roll_digest([[], [], []])
    rows = [(str(i), f"Member\x1f{i}" if i == 5000 else f"Member {i}", None if i % 3 else "2026-01-01")
            for i in range(2 * DIGEST_ROWS + 7)]
    conn.executemany("INSERT INTO members VALUES (?, ?, ?)", rows)
    assert stored_roll_digest(conn) == roll_digest([list(c) for c in zip(*rows, strict=True)])
    conn.execute("UPDATE members SET name = 'Mallory' WHERE number = '6000'")
    assert stored_roll_digest(conn) != roll_digest([list(c) for c in zip(*rows, strict=True)])


def test_text_cannot_run_from_one_piece_of_the_roll_into_the_next():
    """Found in review: without each piece's length, "North" + "East|1:TWest" hashed as "North|1:TEast" + "West"."""
    def roll(last_two: list[str]) -> list[list[str]]:
        wards = ["North"] * (DIGEST_ROWS - 1) + last_two
        return [[str(i) for i in range(len(wards))], wards]

    assert roll_digest(roll(["North", "East|1:TWest"])) != roll_digest(roll(["North|1:TEast", "West"]))
