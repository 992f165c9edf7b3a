"""Figure 3: one registration, from Enter to a durable commit, on the big roll.

``MeetingService.register`` looks the member up, checks eligibility, inserts the attendee and
appends the chained audit event in one ``synchronous=FULL`` transaction. The floor is the bare
cost of durability on this disk: one small INSERT and COMMIT into a rollback-journal SQLite
file with ``synchronous=FULL``, in the same folder. Calls alternate with the floor so both see
the same load.
"""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

from common import Row, Workspace, median, ms, p95, profile

NAME = "register"
TARGET_MS = 10.0


def bare_commit(conn: sqlite3.Connection, n: int) -> float:
    """Seconds for one INSERT + COMMIT with synchronous=FULL."""
    start = time.perf_counter()
    with conn:
        conn.execute("INSERT INTO attendees (number, at) VALUES (?, ?)", [str(n), "2026-03-21T19:00:00"])
    return time.perf_counter() - start


def run(ws: Workspace) -> list[Row]:
    """Register ~300 distinct members (100 when quick), alternating with bare commits."""
    try:
        from ballotdesk.services.meeting import MeetingService
    except ImportError as error:
        return [Row.skip("Registration", f"cannot import the meeting service ({error})")]
    count = 100 if ws.quick else 300
    path = ws.meeting_copy("register")
    numbers = random.Random(7).sample(ws.roll_numbers(), count + 20)
    floor_db = Path(ws.dir / "floor-register.db")
    conn = sqlite3.connect(floor_db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE attendees (id INTEGER PRIMARY KEY, number TEXT UNIQUE, at TEXT)")
    conn.isolation_level = ""  # back to implicit transactions, so ``with conn`` commits

    svc = MeetingService.open(path)
    try:
        sync = svc.store.db.execute("PRAGMA synchronous").fetchone()[0]
        for number in numbers[:5]:  # warm-up: caches, first pages of the file
            svc.register(number)
        app_times, floor_times = [], []
        for i, number in enumerate(numbers[5:count + 5]):
            start = time.perf_counter()
            result = svc.register(number)
            app_times.append(time.perf_counter() - start)
            if result.outcome != "registered":
                raise RuntimeError(f"{number} was not registered: {result.outcome}")
            floor_times.append(bare_commit(conn, i))
        if ws.profile:
            profile("MeetingService.register x 15", lambda: [svc.register(n) for n in numbers[count + 5:]])
    finally:
        svc.close()
        conn.close()
    value, floor = ms(p95(app_times)), ms(p95(floor_times))
    note = (f"{count} registrations, synchronous={'FULL' if sync == 2 else sync}; median "
            f"{ms(median(app_times)):.2f} ms (floor {ms(median(floor_times)):.2f}); floor = INSERT+COMMIT, FULL")
    return [Row("Register (Enter -> durable commit), p95", value, floor, "ms", f"< {TARGET_MS:g} ms",
                value < TARGET_MS, note)]
