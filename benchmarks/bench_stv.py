"""Figure: a preferential count of 10,000 papers and 15 candidates by Scottish STV (issue 16: < 1 s).

The papers are generated (seeded) the way real ones look: voters lean to one of five parties'
three candidates, rank between 1 and 15 candidates (most rank a handful), and about 1% spoil the
paper (no first preference, or two firsts). The figure is ``read_blt`` plus ``count`` on the .blt
text, which is everything ``ballotdesk stv`` does apart from starting Python. The floor is the
barest pass over the same text: split every line and tally the first preferences with a Counter.
The other rules are printed for information.
"""

from __future__ import annotations

import random
import time
from collections import Counter

from common import Row, Workspace, median, profile

PAPERS = 10_000
CANDIDATES = 15
SEATS = 4
TARGET_SECONDS = 1.0
SEED = 20261207


def papers_text(seed: int = SEED) -> str:
    """A .blt file of PAPERS papers, one line each (as papers keyed one by one are exported)."""
    rng = random.Random(seed)
    parties = [list(range(p * 3 + 1, p * 3 + 4)) for p in range(CANDIDATES // 3)]
    lines = [f"{CANDIDATES} {SEATS}"]
    for _ in range(PAPERS):
        roll = rng.random()
        if roll < 0.005:
            lines.append("1 - 3 0")
            continue
        if roll < 0.01:
            lines.append("1 2=5 1 0")
            continue
        own = rng.choice(parties)
        order = rng.sample(own, len(own)) + rng.sample([c for c in range(1, CANDIDATES + 1) if c not in own],
                                                       CANDIDATES - len(own))
        length = min(CANDIDATES, max(1, int(rng.expovariate(1 / 4)) + 1))
        lines.append("1 " + " ".join(map(str, order[:length])) + " 0")
    lines.append("0")
    lines += [f'"Candidate {c}"' for c in range(1, CANDIDATES + 1)]
    lines.append('"Benchmark election"')
    return "\n".join(lines) + "\n"


def floor_pass(text: str) -> Counter[str]:
    """The barest look at every paper: split the lines, tally first preferences."""
    lines = text.splitlines()
    end = lines.index("0")
    return Counter(line.split()[1] for line in lines[1:end])


def run(ws: Workspace) -> list[Row]:
    from ballotdesk.domain.preferential import count, read_blt, seeded_lots

    text = papers_text()
    repeats = 3 if ws.quick else 7

    def app(rules: str = "scottish") -> object:
        return count(read_blt(text), rules, chooser=seeded_lots(1))

    result = app()  # warm: imports and first allocations
    times = []
    floors = []
    for _ in range(repeats):
        start = time.perf_counter()
        floor_pass(text)
        floors.append(time.perf_counter() - start)
        start = time.perf_counter()
        app()
        times.append(time.perf_counter() - start)
    if ws.profile:
        profile("Scottish STV count", app)
    value, floor = median(times), median(floors)
    stages = len(result.stages)  # type: ignore[attr-defined]
    rows = [Row(f"STV count, {PAPERS:,} papers x {CANDIDATES} candidates (Scottish)", value, floor, "s",
                f"< {TARGET_SECONDS:g} s", value < TARGET_SECONDS,
                f"read_blt + count, median of {repeats}; {stages} stages; floor: split lines and tally first "
                "preferences")]
    for rules in ("ers97", "meek", "irv"):
        start = time.perf_counter()
        count(read_blt(text), rules, seats=1 if rules == "irv" else None, chooser=seeded_lots(1))
        rows.append(Row(f"  (the same by {rules})", time.perf_counter() - start, floor, "s", "", None, "one run"))
    return rows
