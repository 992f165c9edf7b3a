"""Figures 4 and 5: start to a usable window, and peak memory with the big roll open.

Both run ``child.py`` in fresh processes, because start-up and peak memory only mean anything
for a whole process. Start-up is measured from just before the parent spawns the child to the
child's report (both read ``time.monotonic()``, one clock for the whole machine), so Python's
own start and every import count, on both sides. The floor is a bare PySide6 QMainWindow.
App and floor runs alternate, so a burst of load elsewhere hits both.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from common import HERE, Row, Workspace, median

STARTUP_RATIO = 2.0
MEMORY_RATIO = 2.0
TIMEOUT = 120


def spawn(mode: str, *args: str) -> dict[str, Any]:
    """Run one child; returns its report with ``elapsed`` (seconds from spawn to usable) added."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # An installed app starts from compiled bytecode; a machine that forbids writing it
    # (PYTHONDONTWRITEBYTECODE) would otherwise time the compiler. See compile_sources().
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.monotonic()
    done = subprocess.run([sys.executable, str(HERE / "child.py"), mode, *args], capture_output=True,
                          text=True, timeout=TIMEOUT, env=env)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"child {mode} failed ({done.returncode}): {done.stderr.strip()[-800:]}")
    report: dict[str, Any] = json.loads(lines[-1])
    report["elapsed"] = report["ready"] - start
    if mode != "bare" and not report["meeting"]:
        raise RuntimeError(f"child {mode} showed a window without the meeting open: {report['title']}")
    return report


def compile_sources() -> None:
    """Compile BallotDesk's modules once, as installing a wheel or freezing the app does."""
    import compileall

    import ballotdesk

    compileall.compile_dir(str(Path(ballotdesk.__file__).parent), quiet=1)


def build_demo_file(ws: Workspace) -> Path:
    """Build the demo meeting once (not timed) and close it, so the children time opening it."""
    from ballotdesk.services.demo import build_demo

    path = ws.dir / "demo" / "Demo meeting.ballotdesk"
    build_demo(path).close()
    return path


def run_startup(ws: Workspace) -> list[Row]:
    """Median start-to-usable of the app on the demo file against a bare window."""
    try:
        importlib.import_module("ballotdesk.ui.app")
        importlib.import_module("ballotdesk.ui.shell.main_window")
        path = build_demo_file(ws)
    except ImportError as error:
        return [Row.skip("Startup", f"the app or the demo cannot be imported ({error})")]
    runs = 5 if ws.quick else 9
    compile_sources()
    spawn("bare")  # warm the OS file cache for Qt's libraries before either side is timed
    spawn("app", str(path))
    app_times, bare_times, app_cpu, bare_cpu, skeleton_times = [], [], [], [], []
    for _ in range(runs):
        bare = spawn("bare")
        app = spawn("app", str(path))
        bare_times.append(bare["elapsed"])
        app_times.append(app["elapsed"])
        bare_cpu.append(bare["cpu"])
        app_cpu.append(app["cpu"])
        skeleton_times.append(spawn("skeleton", str(path))["elapsed"])
    value, floor = median(app_times), median(bare_times)
    note = (f"median of {runs} fresh processes, demo meeting ({path.stat().st_size // 1024} KiB); "
            f"app runs {', '.join(f'{t:.2f}' for t in sorted(app_times))} s")
    cpu_note = "CPU time each process used until its window was usable (less sensitive to other load); information"
    return [Row("Start -> usable window (demo meeting)", value, floor, "s", f"<= {STARTUP_RATIO:g}x floor",
                value <= STARTUP_RATIO * floor, note),
            Row("  (CPU time to usable)", median(app_cpu), median(bare_cpu), "s", "", None, cpu_note),
            Row("  (core + meeting opened, bare window)", median(skeleton_times), floor, "s", "", None,
                "BallotDesk's Qt-free core imported and the meeting opened with its checks, shown in a bare "
                "window: what start-up costs before any of the interface; information")]


def run_memory(ws: Workspace) -> list[Row]:
    """Peak RSS with the big roll open on the Roll page, against a bare window."""
    try:
        importlib.import_module("ballotdesk.ui.app")
        importlib.import_module("ballotdesk.ui.roll.page")
    except ImportError as error:
        return [Row.skip("Peak memory", f"the app cannot be imported ({error})")]
    path = ws.meeting_copy("memory")
    runs = 1 if ws.quick else 3
    app_kb, bare_kb = [], []
    rusage_kb = 0
    for _ in range(runs):
        bare_kb.append(spawn("bare")["peak_kb"])
        app = spawn("app-roll", str(path))
        app_kb.append(app["peak_kb"])
        rusage_kb = app["maxrss_kb"]
    value, floor = median(app_kb) / 1024, median(bare_kb) / 1024
    note = (f"{ws.roll_size:,}-member roll on the Roll page, desk search index built; median of {runs}; "
            f"peak = VmHWM (ru_maxrss "
            f"{rusage_kb / 1024:.0f} MB carries the parent's peak across fork+exec)")
    return [Row(f"Peak memory, {ws.roll_size:,} roll open", value, floor, "MB", f"<= {MEMORY_RATIO:g}x floor",
                value <= MEMORY_RATIO * floor, note)]
