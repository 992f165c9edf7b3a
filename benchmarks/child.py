"""Run in a fresh process by figures 4 and 5: show a window, then report when it was usable.

Modes:
  ``bare``          a bare QMainWindow (the floor)
  ``skeleton FILE`` BallotDesk's core loaded and the meeting opened, shown in a bare QMainWindow
  ``app FILE``      BallotDesk's own startup (``run_gui``, as ``ballotdesk FILE`` runs it)
  ``app-roll FILE`` the same, then the Roll page brought forward and one desk search

When the window is shown, exposed and the event loop has gone once round with nothing left to
do, it prints one JSON line: ``ready`` (``time.monotonic()``, the same clock as the parent's, so
the parent measures from before it spawned us), ``cpu`` (this process's CPU seconds so far: the
same start-up, less sensitive to other load on the machine), ``maxrss_kb`` (``ru_maxrss``) and
``peak_kb`` (see :func:`peak_kb`).
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

if sys.argv[1:2] != ["bare"]:
    # What ``ballotdesk FILE`` does before it touches Qt (see ballotdesk.__main__.main).
    from ballotdesk.__main__ import load_core
    from ballotdesk.cli import streams, table  # noqa: F401

    load_core()

from PySide6.QtCore import QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
qInstallMessageHandler(lambda _m, _c, text: None if "propagateSizeHints" in text else print(text, file=sys.stderr))


def peak_kb() -> int:
    """Peak resident memory of this process in KiB.

    ``ru_maxrss`` is kept across fork and exec on Linux, so a child spawned by a large parent
    reports at least the parent's size; ``VmHWM`` belongs to this program's own address space.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def report(window: QWidget) -> None:
    """Print the figures the parent reads (and whether a meeting is open, for the app modes)."""
    context = getattr(window, "context", None)
    print(json.dumps({"ready": time.monotonic(),
                      "cpu": time.process_time(),
                      "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                      "peak_kb": peak_kb(),
                      "meeting": getattr(context, "service", None) is not None,
                      "title": window.windowTitle()}), flush=True)


def when_usable(find: type[QWidget], then: list[object]) -> None:
    """Poll from the event loop until a visible, exposed ``find`` window exists; then idle, report, quit."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)

    def check() -> None:
        window = next((w for w in app.topLevelWidgets() if isinstance(w, find) and w.isVisible()), None)
        handle = window.windowHandle() if window is not None else None
        if window is None or handle is None or not handle.isExposed():
            QTimer.singleShot(1, check)
            return
        for step in then:
            if callable(step):
                step(window)
        app.processEvents()
        QTimer.singleShot(0, lambda: finish(window))  # the loop's next pass: nothing left queued

    def finish(window: QWidget) -> None:
        report(window)
        window.close()
        app.quit()

    QTimer.singleShot(0, check)


def main() -> int:
    """Run the mode named on the command line."""
    mode = sys.argv[1]
    app = QApplication([sys.argv[0]])
    if mode == "bare":
        window = QMainWindow()
        window.setWindowTitle("bare")
        window.resize(1280, 820)
        when_usable(QMainWindow, [])
        window.show()
        return app.exec()
    if mode == "skeleton":
        # BallotDesk without its interface: the core loaded before Qt, the meeting opened (with its
        # checks), a plain window. What is left of the app's start-up once nothing of ours is drawn.
        from types import SimpleNamespace

        from ballotdesk.services.meeting import MeetingService

        with MeetingService.open(Path(sys.argv[2])) as service:
            window = QMainWindow()
            window.setWindowTitle(service.details()["title"])
            window.context = SimpleNamespace(service=service)  # type: ignore[attr-defined]
            window.resize(1280, 820)
            when_usable(QMainWindow, [])
            window.show()
            return app.exec()
    from ballotdesk.ui.app import run_gui
    from ballotdesk.ui.shell.main_window import MainWindow

    steps: list[object] = []
    if mode == "app-roll":
        from ballotdesk.ui.roll.page import RollPage

        def roll(window: MainWindow) -> None:
            window.show_page(RollPage)
            for _ in range(5):
                app.processEvents()
            service = window.context.service
            if service is not None:
                service.search("jones")  # the desk's search index, as the first keystroke builds it

        steps.append(roll)
    when_usable(MainWindow, steps)
    return run_gui([str(Path(sys.argv[2]))])


if __name__ == "__main__":
    sys.exit(main())
