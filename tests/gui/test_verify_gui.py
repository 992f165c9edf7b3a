"""File › Verify a Result Sheet… and File › Export Signing Certificate…, through their actions.

Set BALLOTDESK_SHOTS=/tmp/shots to also save a screenshot of the verdict.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from ballotdesk.paths import data_dir
from ballotdesk.reports.identity import ensure_identity, load_identity
from ballotdesk.reports.model import sample_result_sheet
from ballotdesk.reports.result_sheet import build_result_sheet
from ballotdesk.reports.signing import sign_pdf
from ballotdesk.services import documents
from ballotdesk.ui.actions import ActionName
from ballotdesk.ui.documents.integrity import VerificationDialog


@dataclass
class Verdict:
    """What a verdict dialog showed (the dialog itself is deleted once closed)."""

    level: str
    headline: str
    message: str
    certificate: str
    certificate_shown: bool
    fingerprint: str
    fingerprint_shown: bool
    file: str


@pytest.fixture
def verdicts(window) -> list[Verdict]:
    """Every verdict the window shows, instead of showing it modally."""
    shown: list[Verdict] = []

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, VerificationDialog)
        dialog.show()
        shown.append(Verdict(dialog.finding.level, dialog.headline.text(), dialog.message.text(),
                             dialog.certificate.text(), dialog.certificate.isVisible(),
                             dialog.fingerprint.text().replace("\n", ""), dialog.fingerprint.isVisible(),
                             dialog.file_label.text()))
        folder = os.environ.get("BALLOTDESK_SHOTS")
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            dialog.grab().save(str(Path(folder) / f"verify_{dialog.finding.level}.png"))
        dialog.hide()
        return False

    window.dialogs.run = run
    return shown


def verify(qtbot, window, verdicts, path: Path) -> Verdict:
    window.dialogs.open_file = lambda title, folder, filters: path
    before = len(verdicts)
    window.action(ActionName.VERIFY_SHEET).trigger()
    qtbot.waitUntil(lambda: len(verdicts) > before, timeout=15000)
    return verdicts[-1]


@pytest.fixture
def signed(service, tmp_path) -> Path:
    """A result sheet signed with this installation's certificate, whose fingerprint it prints."""
    identity = ensure_identity("Llanelli CLP")
    path = tmp_path / "sheet.pdf"
    path.write_bytes(sign_pdf(build_result_sheet(sample_result_sheet(), cert_fingerprint=identity.fingerprint),
                              identity))
    return path


def test_an_intact_sheet_signed_here(qtbot, window, verdicts, signed):
    dialog = verify(qtbot, window, verdicts, signed)
    assert dialog.level == "intact"
    assert dialog.headline == "Intact"
    assert "exactly as it was signed by Llanelli CLP on " in dialog.message
    assert dialog.certificate == "Signed with this installation's certificate."
    identity = load_identity()
    assert identity is not None
    assert dialog.fingerprint == identity.fingerprint
    assert dialog.file == "File: sheet.pdf"


def test_a_changed_sheet_is_reported_modified(qtbot, window, verdicts, signed, tmp_path):
    data = bytearray(signed.read_bytes())
    spot = data.index(b"ReportLab")
    data[spot] = ord("r")
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(bytes(data))
    dialog = verify(qtbot, window, verdicts, changed)
    assert dialog.level == "modified" and dialog.headline == "Modified"
    assert "changed after it was signed" in dialog.message
    assert not dialog.certificate_shown and not dialog.fingerprint_shown


def test_an_unsigned_pdf_and_a_file_that_is_no_pdf(qtbot, window, verdicts, service, tmp_path):
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(documents.register_pdf(service))
    dialog = verify(qtbot, window, verdicts, plain)
    assert (dialog.level, dialog.headline) == ("unsigned", "Not signed")
    assert "carries no signature" in dialog.message
    notes = tmp_path / "notes.pdf"
    notes.write_text("minutes of the meeting")
    dialog = verify(qtbot, window, verdicts, notes)
    assert dialog.headline == "Not a result sheet"
    assert "Not a PDF" in dialog.message


def test_a_sheet_signed_with_another_certificate(qtbot, window, verdicts, signed):
    theirs = load_identity()
    assert theirs is not None
    shutil.rmtree(data_dir() / "signing")  # this laptop now has a certificate of its own
    ours = ensure_identity("Another branch")
    assert ours.fingerprint != theirs.fingerprint
    dialog = verify(qtbot, window, verdicts, signed)
    assert (dialog.level, dialog.headline) == ("unknown", "Identity unknown")
    assert dialog.certificate == ("Identity unknown: compare the fingerprint with the one your organisation "
                                  "published before trusting this sheet.")
    assert "calling itself \u201cLlanelli CLP\u201d" in dialog.message
    assert dialog.fingerprint == theirs.fingerprint and dialog.fingerprint_shown
    shutil.rmtree(data_dir() / "signing")  # and with none at all
    dialog = verify(qtbot, window, verdicts, signed)
    assert dialog.level == "unknown" and dialog.fingerprint == theirs.fingerprint


def test_verify_works_with_no_meeting_open_and_an_unreadable_file_is_a_message(qtbot, window, verdicts, errors,
                                                                                 signed, tmp_path):
    window.action(ActionName.CLOSE).trigger()
    assert window.action(ActionName.VERIFY_SHEET).isEnabled()
    assert window.action(ActionName.EXPORT_CERTIFICATE).isEnabled()
    assert not window.action(ActionName.BACKUPS).isEnabled()
    assert verify(qtbot, window, verdicts, signed).level == "intact"
    window.dialogs.open_file = lambda title, folder, filters: tmp_path / "gone.pdf"
    window.action(ActionName.VERIFY_SHEET).trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=15000)
    assert errors[0][0] == "Verify a result sheet"
    assert errors[0][1].startswith("gone.pdf could not be read: ") and "No such file" in errors[0][1]
    window.dialogs.open_file = lambda title, folder, filters: None  # cancelled
    window.action(ActionName.VERIFY_SHEET).trigger()
    assert len(verdicts) == 1


def test_export_certificate_makes_one_for_the_meeting_when_there_is_none(window, tmp_path):
    assert load_identity() is None
    asked: list[str] = []
    told: list[str] = []
    window.dialogs.confirm = lambda title, message: asked.append(message) or True
    window.dialogs.save_file = lambda title, suggested, filters: (asked.append(suggested.name), tmp_path / "cert")[1]
    window.dialogs.info = lambda title, message: told.append(message)
    window.action(ActionName.EXPORT_CERTIFICATE).trigger()
    identity = load_identity()
    assert identity is not None and identity.organisation == "Llanelli CLP"
    assert "Make one now for Llanelli CLP?" in asked[0]
    assert asked[1] == "Llanelli CLP - signing certificate.pem"
    assert (tmp_path / "cert.pem").read_text(encoding="ascii") == identity.certificate_pem
    assert identity.fingerprint in told[0]


def test_export_certificate_without_one_or_a_meeting_says_how(window, errors, tmp_path):
    window.action(ActionName.CLOSE).trigger()
    window.action(ActionName.EXPORT_CERTIFICATE).trigger()
    assert errors and "no signing certificate yet" in errors[0][1]
    ensure_identity("Llanelli CLP")
    window.dialogs.save_file = lambda title, suggested, filters: tmp_path / "missing" / "cert.pem"
    window.action(ActionName.EXPORT_CERTIFICATE).trigger()
    assert errors[1][1].startswith("cert.pem could not be written to")


def test_the_certificate_is_never_written_over_a_meeting_file(window, errors, service):
    ensure_identity("Llanelli CLP")
    before = service.path.read_bytes()
    window.dialogs.save_file = lambda title, suggested, filters: service.path  # a slip in the file dialog
    window.action(ActionName.EXPORT_CERTIFICATE).trigger()
    assert errors[-1][1] == (f"{service.path.name} is a meeting file; the certificate was not written over it. "
                             "Choose a name ending in .pem.")
    assert service.path.read_bytes() == before


def test_a_sheet_signed_again_with_another_key_is_forged(qtbot, window, verdicts, signed, tmp_path,
                                                          monkeypatch):
    genuine = load_identity()
    assert genuine is not None
    monkeypatch.setenv("BALLOTDESK_DATA_DIR", str(tmp_path / "forger"))
    forger = ensure_identity("BallotDesk")  # a new self-signed key with the program's name
    pdf = build_result_sheet(sample_result_sheet(), cert_fingerprint=genuine.fingerprint)  # the genuine page
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(sign_pdf(pdf, forger))
    # Checked on the forger's own laptop, where his key is trusted: the printed fingerprint still unmasks it.
    dialog = verify(qtbot, window, verdicts, forged)
    assert (dialog.level, dialog.headline) == ("forged", "Forged")
    assert "not the one of the key that signed it" in dialog.message
    assert not dialog.certificate_shown and not dialog.fingerprint_shown
