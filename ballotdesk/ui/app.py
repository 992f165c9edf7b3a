"""Start the desktop app: ``ballotdesk``, ``ballotdesk FILE``, ``ballotdesk --demo``, ``--smoke-test``."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from ballotdesk.paths import data_dir

DEMO_NAME = "Demo meeting.ballotdesk"


def demo_path() -> Path:
    """Where ``--demo`` builds its meeting (rebuilt on every launch)."""
    return data_dir() / "demo" / DEMO_NAME


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ballotdesk", description="Run in-person meeting ballots.")
    parser.add_argument("file", nargs="?", type=Path, help="a .ballotdesk meeting file to open")
    parser.add_argument("--demo", action="store_true", help="open a freshly built demo meeting")
    parser.add_argument("--smoke-test", action="store_true",
                        help="build the demo, show the window, process events and exit 0 (for packaging checks)")
    return parser.parse_args(argv)


def run_gui(argv: list[str]) -> int:
    """Run the GUI until the window closes; returns the process exit code."""
    args = _parse(argv)
    if args.smoke_test and "QT_QPA_PLATFORM" not in os.environ and not os.environ.get("DISPLAY") \
            and sys.platform.startswith("linux"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtWidgets import QApplication

    from ballotdesk.ui.shell.main_window import MainWindow

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        from ballotdesk.ui.platform_check import platform_guard

        with platform_guard():  # a Linux desktop without Qt's X11 libraries is told which packages to install
            app = QApplication([sys.argv[0] if sys.argv else "ballotdesk"])
    app.setApplicationName("BallotDesk")
    app.setOrganizationName("BallotDesk")
    app.setApplicationDisplayName("BallotDesk")
    from ballotdesk.ui.icon import app_icon

    app.setWindowIcon(app_icon())  # every window, dialog and the projector display
    from ballotdesk.ui.i18n import install_language, saved_language

    # Before the window is built, so every text is set in the chosen language from the start.
    install_language(app, saved_language(), remember=False)
    from ballotdesk.ui.background import collect_on_gui_thread

    collect_on_gui_thread()  # for the app's whole life: workers build documents and import rolls

    window = MainWindow()
    previous_hook = sys.excepthook
    sys.excepthook = _message_hook(window)
    try:
        if args.demo or args.smoke_test:
            from ballotdesk.services.demo import build_demo

            service = window.dialogs.attempt("Demo meeting", lambda: build_demo(demo_path()))
            if service is not None:
                window.context.set_service(service)
                window.add_recent(service.path)
        elif args.file is not None:
            window.open_path(args.file)
        window.show()
        from PySide6.QtCore import QTimer

        from ballotdesk.ui.background import load_in_background

        # Once the window is up: what the first change to the meeting will need.
        QTimer.singleShot(0, lambda: load_in_background("sqlite_utils"))
        if args.smoke_test:
            from ballotdesk.ui.pages import page_classes

            for cls in page_classes():
                window.show_page(cls)
                app.processEvents()
            ok = window.context.service is not None
            window.close()
            app.processEvents()
            return 0 if ok else 1
        return app.exec()
    finally:
        sys.excepthook = previous_hook


def _message_hook(window: object) -> Callable[[type[BaseException], BaseException, TracebackType | None], Any]:
    """An exception hook that shows a bug in a message box rather than killing the desk mid-meeting."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox, QWidget

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        traceback.print_exception(kind, error, tb)
        parent = window if isinstance(window, QWidget) else None
        QMessageBox.critical(parent, "BallotDesk", QCoreApplication.translate(
            "App", "Something went wrong that BallotDesk did not expect:\n\n{0}\n\n"
            "Every change made so far is saved in the meeting file. Please report this problem.").format(error))

    return hook
