"""Figure 1: importing the membership export into a fresh meeting, against SQLite's own ``.import``.

The floor is the ``sqlite3`` shell loading the same CSV into an empty database: one table, no
index, no parsing beyond CSV. BallotDesk does more (encoding detection, date parsing, row
checks, the folded search text, the sort index, the audit chain's digests), and the target says how
much more it may cost: 4x (issue 12; an earlier target was 3x, search index included).
"""

from __future__ import annotations

import csv
import importlib
import shutil
import sqlite3
import subprocess
from pathlib import Path

from common import Row, Workspace, create_meeting, median, profile, timer

NAME = "import"
TARGET_RATIO = 4.0


def sqlite_cli_import(binary: str, csv_path: Path, db: Path) -> float:
    """Seconds for ``sqlite3 db '.import --csv FILE members'`` (one transaction, new table)."""
    with timer() as t:
        subprocess.run([binary, str(db), f'.import --csv "{csv_path}" members'], check=True,
                       capture_output=True)
    count = sqlite3.connect(db).execute("SELECT count(*) FROM members").fetchone()[0]
    if count < 1:
        raise RuntimeError("sqlite3 .import loaded nothing")
    return t[0]


def python_csv_import(csv_path: Path, db: Path) -> float:
    """Fallback floor without the shell: csv.reader + executemany in one FULL-synchronous transaction."""
    with timer() as t:
        conn = sqlite3.connect(db)
        conn.execute("PRAGMA synchronous = FULL")
        with open(csv_path, encoding="utf-8-sig", newline="") as handle:
            rows = csv.reader(handle)
            header = next(rows)
            conn.execute(f"CREATE TABLE members ({', '.join(f'c{i}' for i in range(len(header)))})")
            with conn:
                conn.executemany(f"INSERT INTO members VALUES ({', '.join('?' * len(header))})", rows)
        conn.close()
    return t[0]


def python_roll_write(csv_path: Path, meeting: Path) -> float:
    """csv.reader + executemany straight into a fresh meeting's roll table: its unique numbers, its sort index.

    No checks, no search text, no audit: what any Python import into this table costs at least.
    Creating the meeting is not timed.
    """
    create_meeting(meeting).close()
    with timer() as t:
        conn = sqlite3.connect(meeting)
        conn.execute("PRAGMA synchronous = FULL")
        with open(csv_path, encoding="utf-8-sig", newline="") as handle:
            rows = csv.reader(handle)
            next(rows)
            with conn:
                conn.execute("DROP INDEX members_sort")
                conn.executemany("INSERT INTO members (number, first_name, last_name, ward, postcode, join_date, "
                                 "status, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
                conn.execute("CREATE INDEX members_sort ON members (sort_key)")
        conn.close()
    return t[0]


def app_import(csv_path: Path, meeting: Path, expected: int, *, profiled: bool = False) -> float:
    """Seconds for ``MeetingService.import_roll`` into a fresh meeting (creating it is not timed)."""
    svc = create_meeting(meeting)
    try:
        if profiled:
            profile("MeetingService.import_roll", lambda: svc.import_roll(csv_path))
            return 0.0
        with timer() as t:
            summary = svc.import_roll(csv_path)
        if summary.imported != expected:
            raise RuntimeError(f"imported {summary.imported} of {expected} members ({len(summary.skipped)} skipped)")
    finally:
        svc.close()
    return t[0]


def run(ws: Workspace) -> list[Row]:
    """Alternate floor and app imports so both see the same machine load; compare medians."""
    try:
        importlib.import_module("ballotdesk.services.meeting")
    except ImportError as error:
        return [Row.skip("Import roll", f"cannot import the meeting service ({error})")]
    csv_path = ws.roll_csv()
    expected = ws.roll_size
    binary = shutil.which("sqlite3")
    floor_name = "sqlite3 .import" if binary else "csv+executemany (no sqlite3 binary)"
    repeats = 2 if ws.quick else 3
    app_times, floor_times = [], []
    for i in range(repeats):
        db = ws.dir / f"floor-{i}.db"
        floor_times.append(sqlite_cli_import(binary, csv_path, db) if binary else python_csv_import(csv_path, db))
        db.unlink()
        meeting = ws.dir / f"import-{i}.ballotdesk"
        app_times.append(app_import(csv_path, meeting, expected))
        if not ws.adopt_meeting(meeting):
            meeting.unlink()
    python_floor = python_csv_import(csv_path, ws.dir / "floor-python.db")
    roll_write = python_roll_write(csv_path, ws.dir / "floor-roll.ballotdesk")
    if ws.profile:
        app_import(csv_path, ws.dir / "import-profiled.ballotdesk", expected, profiled=True)
    value, floor = median(app_times), median(floor_times)
    note = (f"{expected:,} members, median of {repeats}; floor = {floor_name}; "
            f"app runs {', '.join(f'{t:.2f}' for t in app_times)} s")
    if not binary:
        note += "; SQLITE3 BINARY MISSING, fell back to Python csv+executemany"
    return [Row(f"Import {expected:,}-member CSV", value, floor, "s", f"<= {TARGET_RATIO:g}x floor",
                value <= TARGET_RATIO * floor, note),
            Row("  (Python csv+executemany, same file)", python_floor, floor, "s", "", None,
                "what plain Python costs for the same load, one run; information"),
            Row("  (the same, into the roll's own table)", roll_write, floor, "s", "", None,
                "its unique membership numbers and its sort index, no checks, no search text, no audit: "
                "the least any import into it costs, one run; information")]
