"""Take the user guide's screenshots from the real app, offscreen, in English and Welsh.

Run from the repository root (no display needed)::

    .venv/bin/python packaging/make_guide_screenshots.py

It builds the demo meeting (``ballotdesk.services.demo.build_demo``) in a temporary folder, closes
its ballot and enters the tellers' counts through the same services the app uses (main hall
entered twice and definitive, the overflow box waiting for its second teller), shows the main
window at 1280×800, switches tabs and grabs each page into ``resources/guide/images/<lang>/``.
Settings and data go to temporary folders, so the real ones are never touched. Commit the PNGs;
re-run after a change that alters a page's look. Each image is kept under about 150 KB.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "guide" / "images"
SIZE = (1280, 800)
LIMIT = 150_000

SHOTS = (
    ("meeting", "MeetingPage"),
    ("roll", "RollPage"),
    ("desk", "DeskPage"),
    ("attendance", "AttendancePage"),
    ("ballots", "BallotsPage"),
    ("count", "CountPage"),
    ("result", "ResultPage"),
)


def _prepare(svc: MeetingService, ballot_id: int) -> None:
    """Close the demo ballot and enter counts: main hall twice (definitive), overflow once (waiting)."""
    from ballotdesk.domain.count import CountFigures
    from ballotdesk.services import ballots, counting
    from ballotdesk.services.demo import OVERFLOW

    ballots.close_ballot(svc, ballot_id)
    states = {s.name: s for s in counting.box_states(svc, ballot_id)}
    main = states[ballots.MAIN_HALL].issued
    votes = (main * 5 // 10, main * 3 // 10)
    figures = CountFigures(main, (votes[0], votes[1], main - sum(votes) - 1), 0, 1)
    for teller in ("Huw Parry", "Nia Rowlands"):
        counting.enter_count(svc, ballot_id, ballots.MAIN_HALL, teller, figures, "1 marked twice")
    over = states[OVERFLOW].issued
    counting.enter_count(svc, ballot_id, OVERFLOW, "Huw Parry",
                         CountFigures(over, (over // 2, over // 4, over - over // 2 - over // 4), 0, 0))


def _finish_overflow(service: MeetingService, ballot_id: int) -> None:
    from ballotdesk.domain.count import CountFigures
    from ballotdesk.services import counting
    from ballotdesk.services.demo import OVERFLOW

    over = {s.name: s for s in counting.box_states(service, ballot_id)}[OVERFLOW].issued
    counting.enter_count(service, ballot_id, OVERFLOW, "Nia Rowlands",
                         CountFigures(over, (over // 2, over // 4, over - over // 2 - over // 4), 0, 0))


def main() -> int:
    """Build the demo, grab every page in each language, and report the files written."""
    work = Path(tempfile.mkdtemp(prefix="ballotdesk-shots-"))
    os.environ["BALLOTDESK_DATA_DIR"] = str(work / "data")
    os.environ["BALLOTDESK_CONFIG_DIR"] = str(work / "config")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtWidgets import QApplication

    from ballotdesk.services import ballots
    from ballotdesk.services.demo import build_demo
    from ballotdesk.ui import i18n
    from ballotdesk.ui.pages import page_classes
    from ballotdesk.ui.shell.main_window import MainWindow

    app = QApplication(["ballotdesk"])
    app.setApplicationName("BallotDesk")
    for code in i18n.LANGUAGES:
        i18n.install_language(app, code, remember=False)
        service = build_demo(work / code / "Demo meeting.ballotdesk")
        ballot_id = ballots.ballot_list(service)[0].id
        _prepare(service, ballot_id)
        window = MainWindow()
        window.context.set_service(service)
        window.context.teller = "Nia Rowlands"
        window.resize(*SIZE)
        window.show()
        app.processEvents()
        folder = OUT / code
        folder.mkdir(parents=True, exist_ok=True)
        by_name = {cls.__name__: cls for cls in page_classes()}
        for name, page in SHOTS:
            if page == "ResultPage":
                _finish_overflow(service, ballot_id)
                window.context.notify("count.entry")
            window.show_page(by_name[page])
            if page == "DeskPage":
                desk = window.page(by_name[page])
                search = getattr(desk, "search", None)
                if search is not None:
                    search.setText("sian jones")
            for _ in range(5):
                app.processEvents()
            path = folder / f"{name}.png"
            image = window.grab().toImage()
            image.save(str(path))
            if path.stat().st_size > LIMIT:  # fewer colours keep a UI screenshot sharp and small
                from PySide6.QtCore import Qt
                from PySide6.QtGui import QImage

                flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
                image.convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(path))
            print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB")
        window.close()
        window.context.set_service(None)
        app.processEvents()
    i18n.install_language(app, "en", remember=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
