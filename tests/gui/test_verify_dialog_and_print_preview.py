"""The documents' GUI: the verify verdict and the print preview.

File › Verify a Result Sheet…: every word the verdict shows goes through the translator.

The verifier (``reports.signing.verify_pdf``) speaks English, because ``ballotdesk verify`` prints
its words; the dialog showed some of them unchanged, so a Welsh interface said "Not a PDF: the file
does not start like a PDF." in English.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from ballotdesk.reports.model import sample_result_sheet
from ballotdesk.reports.verification import Verification, verify_pdf
from ballotdesk.ui.documents import integrity


@pytest.fixture
def marked(monkeypatch: pytest.MonkeyPatch) -> None:
    """A translator that marks every string it is asked for, so untranslated text stands out."""
    monkeypatch.setattr(integrity, "translate", lambda context, text, *a: f"«{text}»")


@pytest.mark.parametrize("data", [b"", b"   \n", b"hello, this is a text file\n", b"%PDF-1.4\n garbage"])
def test_a_file_that_is_no_pdf_is_described_in_the_interface_language(marked: None, data: bytes) -> None:
    finding = integrity.describe(verify_pdf(data), None)
    assert finding.level == "unsigned"
    assert finding.headline.startswith("«") and finding.message.startswith("«")
    assert finding.message.endswith("»")  # one translated sentence, not the verifier's English words


def test_an_empty_file_is_called_empty(marked: None) -> None:
    assert "empty" in integrity.describe(verify_pdf(b""), None).message


@pytest.mark.parametrize("detail", ["it can no longer be read", "its signature is damaged"])
def test_the_reason_a_sheet_counts_as_modified_is_translated(marked: None, detail: str) -> None:
    result = Verification(False, "", None, f"Modified: the sheet was changed after it was signed. ({detail})")
    finding = integrity.describe(result, None)
    assert finding.level == "modified"
    assert f"(«{detail}».)" in finding.message


# --- Print preview: paper size changed while a build is still running ---------------------------


def _sheet(size: str) -> bytes:
    from ballotdesk.reports.result_sheet import build_result_sheet

    data = sample_result_sheet()
    data = dataclasses.replace(data, meeting=dataclasses.replace(data.meeting, page_size=size))
    return build_result_sheet(data, cert_fingerprint="AB:" * 31 + "CD")


def test_the_preview_shows_the_paper_size_chosen_last(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    """A4 → Letter → A4 in quick succession: the Letter build finished last and replaced the A4
    pages, so the preview said A4 while showing (and Save as PDF… writing) Letter."""
    from PySide6.QtWidgets import QDialog, QWidget

    from ballotdesk.ui.documents import print_preview

    builds: list[tuple[str, Callable[[object], None]]] = []

    def later(parent: object, work: Callable[[], bytes], on_done: Callable[[object], None],
              on_error: Callable[[str], None], **_kw: object) -> None:
        builds.append((work(), on_done))  # built now, delivered when the test says

    monkeypatch.setattr(print_preview, "run_in_background", later)
    seen: dict[str, object] = {}

    def run(dialog: QDialog) -> None:
        assert isinstance(dialog, print_preview.PrintPreviewDialog)
        dialog.paper.setCurrentText("Letter")
        dialog.paper.setCurrentText("A4")
        assert len(builds) == 3  # the first A4, Letter, A4 again
        first, letter, again = builds
        first[1](first[0])
        again[1](again[0])
        letter[1](letter[0])  # the slow Letter build arrives after the user went back to A4
        seen.update(size=dialog.paper.currentText(), pdf=dialog.pdf)

    parent = QWidget()
    qtbot.addWidget(parent)
    a4, letter = _sheet("A4"), _sheet("Letter")
    print_preview.preview_document(parent, run, "Result", lambda: a4, Path("sheet.pdf"), page_sizes=["A4", "Letter"],
                                   remake=lambda size: (lambda: letter) if size == "Letter" else (lambda: a4))
    assert seen == {"size": "A4", "pdf": a4}
