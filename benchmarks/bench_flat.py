"""Cost per change as the meeting grows: a registration and a paper issue at 0, 5,000 and 20,000 already done.

The audit chain records each table's digest after every change. It used to re-hash the whole
attendees or papers table each time (O(n) per change, O(n^2) over a meeting); it now re-hashes
only the buckets of rows a change touched. Each size starts from the same roll: the earlier
registrations and papers are written in one setup change (through BallotDesk's own store, so the
digests are BallotDesk's), then ``count`` registrations and issues are timed one by one. The
target: p95 at the largest size within 1.3x of the p95 at none, and a registration under 5 ms
with 20,000 registered.
"""

from __future__ import annotations

import time

from common import PIN, Row, Workspace, ms, p95

NAME = "flat"
SIZES = (0, 5_000, 20_000)
RATIO = 1.3
REGISTER_MS = 5.0


def _prepare(svc: object, numbers: list[str], ballot: int, box: int) -> None:
    """``len(numbers)`` members registered and issued a paper, in one change."""
    store = svc.store  # type: ignore[attr-defined]
    at = "2026-03-21T19:00:00+00:00"
    with store.change("bench", "bench.setup", {"registered": len(numbers)}):
        store.conn.executemany("INSERT INTO attendees (member_number, kind, registered_at) VALUES (?, 'member', ?)",
                               [(n, at) for n in numbers])
        store.conn.execute("INSERT INTO papers (ballot_id, attendee_id, box_id, issued_at) "
                           "SELECT ?, id, ?, ? FROM attendees", [ballot, box, at])


def run(ws: Workspace) -> list[Row]:
    """Time ``count`` registrations and paper issues after each size of earlier ones."""
    from ballotdesk.domain.ballot import motion_spec
    from ballotdesk.services import ballots as B
    from ballotdesk.services import papers
    from ballotdesk.services.meeting import MeetingService

    count = 60 if ws.quick else 200
    numbers = ws.roll_numbers()
    figures: dict[int, tuple[float, float]] = {}
    for size in SIZES:
        if size + count > len(numbers):
            return [Row.skip("Flat cost per change", f"the roll has {len(numbers):,} members; {size + count:,} needed")]
        svc = MeetingService.open(ws.meeting_copy(f"flat-{size}"))
        try:
            bid = B.create_ballot(svc, motion_spec("Benchmark motion"))
            B.open_ballot(svc, bid, inquorate="benchmark: the quorum is not what is measured", pin=PIN)
            box = svc.store.box_by_name("Main hall")["id"]
            _prepare(svc, numbers[:size], bid, box)
            voters = (n for n in numbers[size:] if svc.eligibility_of(svc.store.member(n)).may_vote)
            timed = [next(voters) for _ in range(count)]
            register, issue = [], []
            for number in timed:
                start = time.perf_counter()
                svc.register(number)
                middle = time.perf_counter()
                papers.issue_paper(svc, bid, papers.attendee_for_member(svc, number))
                issue.append(time.perf_counter() - middle)
                register.append(middle - start)
            figures[size] = (ms(p95(register)), ms(p95(issue)))
        finally:
            svc.close()
    rows = []
    for index, what in enumerate(("Registration", "Paper issue")):
        first, last = figures[SIZES[0]][index], figures[SIZES[-1]][index]
        spread = ", ".join(f"{size:,}: {figures[size][index]:.2f} ms" for size in SIZES)
        rows.append(Row(f"{what} p95 at {SIZES[-1]:,} vs none", last, first, "ms", f"ratio <= {RATIO:g}",
                        last / first <= RATIO, f"{count} changes per size; {spread}"))
    reg = figures[SIZES[-1]][0]
    rows.append(Row(f"Registration p95 at {SIZES[-1]:,} registered", reg, None, "ms", f"< {REGISTER_MS:g} ms",
                    reg < REGISTER_MS, "Enter to durable commit, synchronous=FULL"))
    return rows
