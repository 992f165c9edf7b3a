"""Documents from the GUI: the signed result sheet, ballot papers, register and sign-in sheet.

Each is previewed (pages drawn by PDFium), printed to a PDF QPrinter in tmp (the QPrintDialog
step replaced) and saved as PDF (the file dialog replaced). Set BALLOTDESK_SHOTS=/tmp/shots to
also save screenshots of the dialogs.
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import TypeVar

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QDialog, QLineEdit, QWidget

from ballotdesk.domain.ballot import motion_spec
from ballotdesk.domain.count import CountFigures
from ballotdesk.reports.identity import load_identity
from ballotdesk.reports.verification import verify_pdf
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, documents, papers, results
from ballotdesk.services.meeting import MeetingService
from ballotdesk.ui.attendance.page import AttendancePage
from ballotdesk.ui.ballots.page import BallotsPage
from ballotdesk.ui.ballots.papers_dialog import PapersDialog
from ballotdesk.ui.documents.print_preview import PrintPreviewDialog, file_name
from ballotdesk.ui.pages import Page
from ballotdesk.ui.result.page import ResultPage
from ballotdesk.ui.shell.main_window import MainWindow

OVERFLOW = "Overflow (outside)"
P = TypeVar("P", bound=Page)


pytestmark = pytest.mark.hall(20, four_eyes=False, ward="North", venue="Church hall", organisation="St Mary's PCC")

def shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("BALLOTDESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def pages_in(data: bytes | Path) -> int:
    doc = pdfium.PdfDocument(Path(data).read_bytes() if isinstance(data, Path) else data)
    try:
        return len(doc)
    finally:
        doc.close()


def page_points(data: bytes) -> tuple[int, int]:
    doc = pdfium.PdfDocument(data)
    try:
        width, height = doc.get_page_size(0)
        return round(width), round(height)
    finally:
        doc.close()


def wait_ready(qtbot, dialog: PrintPreviewDialog) -> bytes:
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20000)
    assert dialog.pdf is not None
    return dialog.pdf


def print_to_file(qtbot, dialog: PrintPreviewDialog, path: Path) -> int:
    """Press Print… with the QPrintDialog step replaced by a PDF printer writing ``path``."""
    seen: list[QPrinter] = []

    def ask(printer: QPrinter) -> bool:
        seen.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return True

    dialog.ask_printer = ask
    click(qtbot, dialog.print_button)
    assert seen, "Print… did not ask for a printer"
    return pages_in(path)


def unnamed(widget: QWidget) -> list[str]:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)
    return [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()}" for w in widget.findChildren(QWidget)
            if isinstance(w, kinds) and not w.accessibleName()
            and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))]


def counted_motion(svc: MeetingService) -> int:
    ballot_id = B.create_ballot(svc, motion_spec("Motion to adopt the accounts"))
    B.open_ballot(svc, ballot_id)
    people = iter(svc.attendees())
    for _ in range(12):
        papers.issue_paper(svc, ballot_id, next(people).id, "Main hall")
    B.close_ballot(svc, ballot_id)
    counting.enter_count(svc, ballot_id, "Main hall", "Ann", CountFigures(12, (8, 3), 1, 0))
    return ballot_id


def brought_forward(window: MainWindow, cls: type[P]) -> P:
    """A page of the window, brought forward; it asks its questions through the window's dialogs."""
    window.show_page(cls)
    page = window.page(cls)
    assert page.dialogs is window.dialogs
    return page


@pytest.fixture
def result_page(window, scripted):
    return brought_forward(window, ResultPage)


# -- result sheet ---------------------------------------------------------------------------


def test_result_sheet_preview_print_and_save_the_signed_bytes(qtbot, service, result_page, tmp_path, scripted):
    ballot_id = counted_motion(service)
    result_page.refresh()
    result_page.select_ballot(ballot_id)
    assert not result_page.sheet_button.isEnabled(), "no sheet before the result is declared"
    assert result_page.export_button.isEnabled()
    results.declare(service, ballot_id, "Revd J. Price")
    result_page.refresh()
    assert result_page.sheet_button.isEnabled()

    saved = tmp_path / "out" / "sheet.pdf"
    saved.parent.mkdir()
    printed = tmp_path / "printed.pdf"
    seen: dict[str, object] = {}

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, PrintPreviewDialog)
        assert not dialog.save_button.isEnabled()  # "Preparing…": nothing to save yet
        pdf = wait_ready(qtbot, dialog)
        assert verify_pdf(pdf).intact
        assert dialog.page_count() == pages_in(pdf) >= 1
        assert page_points(pdf) == (595, 842)  # A4 here (no Letter territory in the test locale)
        identity = load_identity()
        assert identity is not None and identity.fingerprint in dialog.note.text()
        qtbot.waitUntil(lambda: dialog.view.viewport().width() > 100)
        dialog.zoom.setCurrentIndex(0)
        shot(dialog, "print_preview_result_sheet")
        assert unnamed(dialog) == []

        # Letter: a fresh signed sheet replaces the A4 one.
        dialog.paper.setCurrentText("Letter")
        qtbot.waitUntil(lambda: dialog.pdf is not None and page_points(dialog.pdf) == (612, 792), timeout=20000)
        letter = dialog.pdf
        assert verify_pdf(letter).intact

        dialog.ask_save_path = lambda suggested: (seen.setdefault("suggested", suggested), saved)[1]
        click(qtbot, dialog.save_button)
        assert saved.read_bytes() == letter, "Save as PDF writes the signed bytes, never a re-render"
        assert "Saved to" in dialog.status.text()

        assert print_to_file(qtbot, dialog, printed) == dialog.page_count()
        assert dialog.printed_pages == dialog.page_count()
        return True

    scripted.on_dialog = drive
    click(qtbot, result_page.sheet_button)
    assert scripted.asked == ["Result sheet — Motion to adopt the accounts"]
    assert verify_pdf(saved.read_bytes()).intact
    suggested = seen["suggested"]
    assert isinstance(suggested, Path) and suggested.name == "agm - Result - Motion to adopt the accounts.pdf"
    assert suggested.parent == service.path.parent


def test_result_sheet_for_an_undeclared_ballot_is_refused_in_words(qtbot, service, result_page, scripted, errors):
    ballot_id = counted_motion(service)
    result_page.refresh()
    result_page.select_ballot(ballot_id)
    result_page.result_sheet()  # the button is disabled; the refusal still comes in words
    ((title, refusal),) = errors
    assert title == "Not done" and "not declared" in refusal
    assert scripted.asked == []


def test_a_save_that_fails_is_said_in_the_dialog(qtbot, service, result_page, tmp_path, scripted):
    ballot_id = counted_motion(service)
    results.declare(service, ballot_id, "Chair")
    result_page.refresh()
    result_page.select_ballot(ballot_id)

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, PrintPreviewDialog)
        wait_ready(qtbot, dialog)
        dialog.ask_save_path = lambda suggested: tmp_path / "no such folder" / "sheet.pdf"
        click(qtbot, dialog.save_button)
        assert "could not be written" in dialog.status.text()
        dialog.ask_save_path = lambda suggested: None  # cancelled: nothing happens
        click(qtbot, dialog.save_button)
        return True

    scripted.on_dialog = drive
    click(qtbot, result_page.sheet_button)


def test_export_result_as_csv_and_json(qtbot, service, result_page, tmp_path, scripted, errors):
    ballot_id = counted_motion(service)
    results.declare(service, ballot_id, "Chair")
    result_page.refresh()
    result_page.select_ballot(ballot_id)
    scripted.answers.extend([tmp_path / "result.csv", tmp_path / "result.JSON", tmp_path / "result.xlsx",
                             tmp_path / "plain"])
    for _ in range(4):
        click(qtbot, result_page.export_button)
    rows = list(csv.reader((tmp_path / "result.csv").open(encoding="utf-8-sig")))
    assert rows[0] == ["Option", "Main hall", "Total", "Percent"]
    assert rows[1][:3] == ["For", "8", "8"]
    doc = json.loads((tmp_path / "result.JSON").read_text(encoding="utf-8"))
    assert doc["status"] == "declared" and doc["votes_cast"] == 11
    assert errors == [("Not done", "Choose a file name ending in .csv (for a spreadsheet) or .json.")]
    assert (tmp_path / "plain.csv").exists(), "no extension: CSV"
    assert len(scripted.infos) == 3 and scripted.infos[0][0] == "BallotDesk" and "was saved to" in scripted.infos[0][1]


# -- ballot papers --------------------------------------------------------------------------


def test_print_ballot_papers_for_a_box(qtbot, service, window, scripted, tmp_path):
    page = brought_forward(window, BallotsPage)
    ballot_id = B.create_ballot(service, motion_spec("Motion 2"))
    page.refresh()
    page.select_ballot(ballot_id)
    assert page.print_papers_button.isEnabled()
    expected = pages_in(documents.ballot_papers(service, ballot_id, OVERFLOW, 30, 101, "OF-"))
    printed = tmp_path / "papers-printed.pdf"
    saved = tmp_path / "papers.pdf"
    dialogs: list[QDialog] = []

    def drive(dialog: QDialog) -> bool:
        dialogs.append(dialog)
        if isinstance(dialog, PapersDialog):
            assert dialog.count.value() == 20  # eligible members on the roll
            assert [dialog.box.itemText(i) for i in range(dialog.box.count())] == ["Main hall", OVERFLOW]
            dialog.count.selectAll()
            qtbot.keyClicks(dialog.count, "30")
            dialog.box.setCurrentText(OVERFLOW)
            dialog.first.selectAll()
            qtbot.keyClicks(dialog.first, "101")
            qtbot.keyClicks(dialog.prefix, "OF-")
            assert dialog.example.text() == "Papers No. OF-000101 to No. OF-000130 (30 in all)."
            assert unnamed(dialog) == []
            shot(dialog, "papers_dialog")
            return True
        assert isinstance(dialog, PrintPreviewDialog)
        pdf = wait_ready(qtbot, dialog)
        assert dialog.page_count() == expected > 1
        assert pdf == documents.ballot_papers(service, ballot_id, OVERFLOW, 30, 101, "OF-")
        assert "30 papers for the box Overflow (outside)" in dialog.note.text()
        shot(dialog, "print_preview_papers")
        assert print_to_file(qtbot, dialog, printed) == expected
        dialog.ask_save_path = lambda suggested: saved
        click(qtbot, dialog.save_button)
        return True

    scripted.on_dialog = drive
    click(qtbot, page.print_papers_button)
    assert [type(d) for d in dialogs] == [PapersDialog, PrintPreviewDialog]
    assert saved.read_bytes() == documents.ballot_papers(service, ballot_id, OVERFLOW, 30, 101, "OF-")


def test_cancelled_papers_dialog_prints_nothing(qtbot, service, window, scripted):
    page = brought_forward(window, BallotsPage)
    ballot_id = B.create_ballot(service, motion_spec("Motion 3"))
    page.refresh()
    page.select_ballot(ballot_id)
    scripted.on_dialog = lambda dialog: False
    click(qtbot, page.print_papers_button)
    assert scripted.asked == ["Print ballot papers"]


# -- attendance register and sign-in sheet --------------------------------------------------


@pytest.mark.parametrize(("button", "title"), [("register_button", "Attendance register"),
                                               ("signin_button", "Sign-in sheet")])
def test_register_and_signin_sheet_from_the_attendance_page(qtbot, window, service, tmp_path, button, title):
    page = brought_forward(window, AttendancePage)
    assert page.model.rowCount() == 20  # everyone in this module's meeting is registered
    shown: list[PrintPreviewDialog] = []

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, PrintPreviewDialog)
        shown.append(dialog)
        dialog.show()
        pdf = wait_ready(qtbot, dialog)
        assert dialog.page_count() == pages_in(pdf) >= 1
        assert print_to_file(qtbot, dialog, tmp_path / "printed.pdf") == dialog.page_count()
        dialog.ask_save_path = lambda suggested: tmp_path / suggested.name
        click(qtbot, dialog.save_button)
        assert (tmp_path / suggested_name(service, title)).read_bytes() == pdf
        dialog.hide()
        return True

    window.dialogs.run = run
    click(qtbot, getattr(page, button))
    assert len(shown) == 1 and shown[0].windowTitle() == title


def suggested_name(service: MeetingService, title: str) -> str:
    return file_name(service.path.stem, title) + ".pdf"


def test_file_name_is_safe_on_usb_sticks():
    assert file_name("agm", "Result", 'Vote: "A/B"?', "") == 'agm - Result - Vote- -A-B--'
    assert file_name("", "") == "document"
