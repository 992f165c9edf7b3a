"""`verify FILE --sheet SHEET.pdf`: the file must still hold the record the sheet was printed from."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ballotdesk.__main__ import main
from tests.helpers import declared_motion, make_meeting


@pytest.fixture
def printed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    svc = make_meeting(tmp_path)
    declared_motion(svc)
    svc.register("1004")  # after the declaration, so the sheet's head is the newest event
    svc.close()
    meeting, sheet = tmp_path / "m.ballotdesk", tmp_path / "sheet.pdf"
    assert main(["sheet", str(meeting), "1", "-o", str(sheet)]) == 0
    capsys.readouterr()
    return meeting, sheet


def test_the_file_still_holding_the_sheets_record_verifies(printed, capsys):
    meeting, sheet = printed
    assert main(["verify", str(meeting), "--sheet", str(sheet)]) == 0
    assert capsys.readouterr().out.startswith("Intact: ")


def test_a_record_cut_back_before_the_sheet_fails(printed, capsys):
    meeting, sheet = printed
    conn = sqlite3.connect(meeting)
    with conn:  # the last registration and its event removed: a clean cut, intact on its own
        conn.execute("DELETE FROM attendees WHERE member_number = '1004'")
        last = conn.execute("SELECT max(id) FROM audit").fetchone()[0]
        conn.execute("DELETE FROM audit WHERE id = ?", [last])
        conn.execute("DELETE FROM chain_buckets WHERE tbl = 'attendees'")
    conn.close()
    from ballotdesk.store.digest import full_digest

    conn = sqlite3.connect(meeting)
    with conn:
        conn.executemany("INSERT INTO chain_buckets VALUES ('attendees', ?, ?)",
                         [(-1, b""), *full_digest(conn, "attendees")[1].items()])
    conn.close()
    assert main(["verify", str(meeting)]) == 0  # nothing in the file alone shows the cut
    capsys.readouterr()
    assert main(["verify", str(meeting), "--sheet", str(sheet)]) == 1
    assert "is not in this file: events were removed or rewritten since" in capsys.readouterr().out


def test_a_sheet_changed_after_signing_is_no_anchor(printed, capsys):
    meeting, sheet = printed
    data = bytearray(sheet.read_bytes())
    data[len(data) // 2] ^= 0x20
    sheet.write_bytes(bytes(data))
    assert main(["verify", str(meeting), "--sheet", str(sheet)]) == 1
    err = capsys.readouterr().err
    assert "sheet.pdf is not an intact signed result sheet" in err and "cannot be relied on" in err
