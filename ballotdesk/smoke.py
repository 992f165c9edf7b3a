"""``ballotdesk --smoke-test``: prove an installed or frozen build works end to end.

Creates a meeting in a temporary folder, imports a roll, registers, issues, counts with two
tellers, declares, writes the signed result sheet, verifies it, and shows the main window once
(offscreen when there is no screen). Exit code 0 means every step worked.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path


def run_smoke_test() -> int:
    """Run the scripted meeting; print each step; 0 on success, 1 with the failing step."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    step = "start"
    try:
        with tempfile.TemporaryDirectory(prefix="ballotdesk-smoke-") as folder:
            base = Path(folder)
            os.environ.setdefault("BALLOTDESK_DATA_DIR", str(base / "data"))
            os.environ.setdefault("BALLOTDESK_CONFIG_DIR", str(base / "config"))
            from ballotdesk.domain.ballot import motion_spec
            from ballotdesk.domain.count import CountFigures
            from ballotdesk.reports.verification import verify_pdf
            from ballotdesk.res import resource_path
            from ballotdesk.services import ballots, counting, documents, papers, results
            from ballotdesk.services.meeting import MeetingService

            step = "resources"
            if not resource_path("fonts", "DejaVuSans.ttf").is_file():
                raise RuntimeError("the bundled fonts are missing")
            step = "create meeting"
            svc = MeetingService.create(base / "smoke", title="Smoke test", date=dt.date.today(),
                                        organisation="BallotDesk smoke test", pin="246802")
            step = "import roll"
            roll = base / "roll.csv"
            roll.write_text("Membership number,First name,Surname\n1,Zoë,O'Brien\n2,Łukasz,Wójcik\n",
                            encoding="utf-8")
            svc.import_roll(roll)
            step = "register"
            assert all(svc.register(n).registered for n in ("1", "2"))
            step = "ballot"
            bid = ballots.create_ballot(svc, motion_spec("Smoke motion"))
            ballots.open_ballot(svc, bid)
            for n in ("1", "2"):
                papers.issue_paper(svc, bid, papers.attendee_for_member(svc, n))
            ballots.close_ballot(svc, bid)
            step = "count"
            for teller in ("Ann", "Bob"):
                counting.enter_count(svc, bid, "Main hall", teller, CountFigures(2, (2, 0)))
            step = "declare"
            results.declare(svc, bid, "Chair", pin="246802")
            step = "signed sheet"
            pdf = documents.signed_result_sheet(svc, bid)
            step = "verify sheet"
            if not verify_pdf(pdf).intact:
                raise RuntimeError("the signed sheet did not verify")
            step = "preview"
            from ballotdesk.ui.documents.pdf_pages import open_pdf, render_page  # PDFium, bundled by the frozen build

            document = open_pdf(pdf)
            if render_page(document, 0, 200).isNull():
                raise RuntimeError("the result sheet could not be drawn for the print preview")
            document.close()
            step = "window"
            from PySide6.QtWidgets import QApplication

            from ballotdesk.ui.context import MeetingContext
            from ballotdesk.ui.shell.main_window import MainWindow

            app = QApplication.instance() or QApplication([sys.argv[0]])
            context = MeetingContext()
            window = MainWindow(context)
            context.set_service(svc)
            window.show()
            app.processEvents()
            window.close()
            context.set_service(None)
    except Exception as error:
        print(f"smoke test FAILED at '{step}': {error!r}", file=sys.stderr)
        return 1
    print("smoke test passed: meeting, roll, registration, papers, count, declaration, signed sheet, preview, "
          "window")
    return 0
