"""The long crash run: kill BallotDesk 500 times mid-meeting and print what was confirmed and found.

    .venv/bin/python benchmarks/crash_long.py [--kills 500] [--seed 1] [--spawn fork|exec] [--members 5000]

Exit status 0 only if every check passed after every kill (see ``tests/crash/harness.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.crash.harness import Summary, run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--spawn", choices=("fork", "exec"), default="fork")
    parser.add_argument("--members", type=int, default=5000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    def progress(summary: Summary) -> None:
        if summary.kills % 50 == 0 and not args.json:
            print(f"  {summary.kills} kills, {summary.ops_confirmed} ops confirmed", file=sys.stderr)

    with tempfile.TemporaryDirectory(prefix="ballotdesk-crash-") as tmp:
        summary = run(args.kills, args.seed, folder=Path(tmp), members=args.members, spawn=args.spawn,
                      progress=progress)
    if args.json:
        print(json.dumps(summary.as_json(), indent=2))
    else:
        per_kill = summary.seconds / summary.kills if summary.kills else 0.0
        print(f"kills                      {summary.kills}")
        print(f"  killed before READY      {summary.killed_before_ready}")
        print(f"ops confirmed (DONE)       {summary.ops_confirmed}")
        print(f"ops found in the file      {summary.ops_found}  "
              f"({summary.ops_found / max(summary.ops_confirmed, 1):.1%} of confirmed)")
        print(f"ops in the file at the end {summary.ops_in_file}  (committed, some unreported when killed: "
              f"{summary.skipped_on_resume} skipped on resume)")
        print(f"audit events               {summary.events}")
        print(f"interrupted transactions   {summary.interrupted_transactions}  (journal left by the kill)")
        print(f"refused to open            {summary.refused_after_crash}  "
              f"({summary.refused_after_crash / max(summary.kills, 1):.1%} of kills; see the refusal below)")
        for refusal in sorted(set(summary.refusals)):
            print(f"  refusal: {refusal}")
        print(f"time                       {summary.seconds:.1f} s ({per_kill * 1000:.0f} ms per kill)")
        print(f"failures                   {len(summary.failures)}")
        for failure in summary.failures[:10]:
            print(f"  {failure}")
    return 0 if not summary.failures else 1


if __name__ == "__main__":
    sys.exit(main())
