"""BallotDesk's benchmarks: every figure beside its floor, the ratio, and PASS/MISS against its target.

    .venv/bin/python benchmarks/run.py [--quick] [--only NAME ...] [--profile] [--crash]

A *floor* is the same job done by the barest tool, measured on this machine in this run (see
each ``bench_*.py``); targets are ratios to it, or absolute where the issue gives a time.
``--quick`` uses a 20,000-member roll and fewer repeats (about a minute and a half), for running
often; the full run uses 100,000 members. ``--profile`` adds a cProfile of the app side of each
figure. ``--crash`` also runs ``benchmarks/crash_long.py`` (50 kills with ``--quick``).
Nothing here asserts a time: the table is for people to read.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

from common import HERE, Row, Workspace

FIGURES = ("import", "desk", "register", "flat", "pin", "host", "startup", "memory", "sheet", "stv", "crash")


def crash(ws: Workspace) -> list[Row]:
    """Run the long crash test if it exists; its own output is printed as it comes."""
    script = HERE / "crash_long.py"
    if not script.exists():
        return [Row.skip("Crash run", "benchmarks/crash_long.py is not there yet")]
    args = ["--kills", "50"] if ws.quick else []
    print(f"\n--- {script.name} {' '.join(args)} ---", flush=True)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, str(script), *args], check=False)
    seconds = time.perf_counter() - start
    print("---", flush=True)
    return [Row(f"Crash run ({'50' if ws.quick else 'default'} kills)", seconds, None, "s",
                "every check passes", done.returncode == 0, f"exit status {done.returncode}; figures above")]


def benches() -> dict[str, Callable[[Workspace], list[Row]]]:
    """Figure name -> function; each bench module is imported only when its figure runs."""

    def lazy(module: str, attr: str = "run") -> Callable[[Workspace], list[Row]]:
        def call(ws: Workspace) -> list[Row]:
            fn: Callable[[Workspace], list[Row]] = getattr(__import__(module), attr)
            return fn(ws)
        return call

    return {
        "import": lazy("bench_import"),
        "desk": lazy("bench_desk"),
        "register": lazy("bench_register"),
        "flat": lazy("bench_flat"),
        "pin": lazy("bench_pin"),
        "host": lazy("bench_host"),
        "startup": lazy("bench_startup", "run_startup"),
        "memory": lazy("bench_startup", "run_memory"),
        "sheet": lazy("bench_sheet"),
        "stv": lazy("bench_stv"),
        "crash": crash,
    }


def fmt(value: float | None, unit: str) -> str:
    """A figure with its unit and sensible precision."""
    if value is None:
        return "—"
    digits = 0 if value >= 100 else (1 if value >= 10 else 2)
    return f"{value:,.{digits}f} {unit}".strip()


def table(rows: list[Row]) -> str:
    """The plain-text table, with notes numbered underneath."""
    head = ("Figure", "Value", "Floor", "Ratio", "Target", "Result")
    lines = [head]
    notes = []
    for row in rows:
        ratio = f"{row.ratio:.2f}x" if row.ratio is not None else "—"
        label = row.name
        text = f"SKIPPED: {row.skipped}" if row.skipped else row.note
        if text:
            notes.append(text)
            label += f" [{len(notes)}]"
        lines.append((label, fmt(row.value, row.unit), fmt(row.floor, row.unit), ratio, row.target or "—",
                      row.verdict))
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    out = []
    for n, line in enumerate(lines):
        out.append("  ".join(cell.ljust(w) if i in (0, 4) else cell.rjust(w)
                             for i, (cell, w) in enumerate(zip(line, widths, strict=True))).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    out.append("")
    out += [f"[{i}] {note}" for i, note in enumerate(notes, 1)]
    return "\n".join(out)


def machine() -> str:
    """What the figures were measured on, including the load other processes put on it."""
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    try:
        import PySide6

        qt = PySide6.__version__
    except ImportError:
        qt = "missing"
    return (f"{platform.node()}: {os.cpu_count()} CPUs, load {load}; Python {platform.python_version()}, "
            f"PySide6 {qt}, SQLite {sqlite3.sqlite_version}")


def main(argv: list[str] | None = None) -> int:
    """Run the chosen figures and print the table; exit status 0 whatever the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20,000-member roll and fewer repeats")
    parser.add_argument("--only", action="append", choices=FIGURES, metavar="NAME",
                        help=f"run only this figure (repeatable): {', '.join(FIGURES)}")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the app side of each figure")
    parser.add_argument("--crash", action="store_true", help="also run benchmarks/crash_long.py")
    args = parser.parse_args(argv)
    chosen = args.only or [f for f in FIGURES if f != "crash" or args.crash]

    ws = Workspace(quick=args.quick, profile=args.profile)
    print(f"BallotDesk benchmarks ({'quick' if args.quick else 'full'}, {ws.roll_size:,}-member roll)")
    print(machine(), flush=True)
    rows: list[Row] = []
    started = time.perf_counter()
    try:
        all_benches = benches()
        for name in chosen:
            start = time.perf_counter()
            print(f"  {name} …", end="", flush=True)
            try:
                got = all_benches[name](ws)
            except ImportError as error:
                got = [Row.skip(name, f"an import failed ({error})")]
            except Exception as error:  # one broken figure must not hide the others
                got = [Row.skip(name, f"ERROR {type(error).__name__}: {error}")]
            rows += got
            print(f" {time.perf_counter() - start:.0f} s", flush=True)
    finally:
        ws.cleanup()
    print(f"\nAfter {time.perf_counter() - started:.0f} s; load now "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
