"""File › Import Organisation Certificate…, and a result sheet signed with it after its password."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from ballotdesk.domain.ballot import motion_spec
from ballotdesk.domain.count import CountFigures
from ballotdesk.reports.authority import init_authority, issue_certificate
from ballotdesk.reports.identity import organisation_certificate
from ballotdesk.reports.verification import Outcome, load_certificates, verify_pdf
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, papers, results
from ballotdesk.ui.actions import ActionName
from ballotdesk.ui.documents.print_preview import PrintPreviewDialog
from ballotdesk.ui.result.page import ResultPage

CA_PASSWORD = "authority-secret"
CHAIR_PASSWORD = "chair-secret-1"


@pytest.fixture
def chair_p12(tmp_path: Path) -> tuple[Path, Path]:
    """Mary Jones's certificate from the branch's authority, and the authority's root."""
    authority = init_authority(tmp_path / "ca", "Llanelli CLP", CA_PASSWORD)
    issue_certificate(tmp_path / "ca", "Mary Jones", tmp_path / "chair.p12", password=CA_PASSWORD,
                      cert_password=CHAIR_PASSWORD)
    return tmp_path / "chair.p12", authority.root_path


def _import(window, path: Path, password: str | None) -> list[tuple[str, str]]:
    told: list[tuple[str, str]] = []
    asked: list[str] = []
    window.dialogs.open_file = lambda title, folder, filters: (asked.append(filters), path)[1]
    window.dialogs.password = lambda title, label: (asked.append(label), password)[1]
    window.dialogs.info = lambda title, message: told.append((title, message))
    window.action(ActionName.IMPORT_CERTIFICATE).trigger()
    assert "*.p12" in asked[0] and asked[1] == "The password of chair.p12:"
    return told


def test_import_checks_the_password_and_says_what_signs_from_now_on(window, errors, chair_p12):
    p12, _root = chair_p12
    assert window.action(ActionName.IMPORT_CERTIFICATE).isEnabled()
    assert _import(window, p12, "wrong-password") == []
    assert errors == [("Import organisation certificate", "chair.p12 could not be opened: the password is wrong, "
                       "or it is not a certificate file (PKCS#12, .p12).")]
    assert organisation_certificate() is None
    assert _import(window, p12, None) == [] and organisation_certificate() is None  # cancelled
    told = _import(window, p12, CHAIR_PASSWORD)
    identity = organisation_certificate()
    assert identity is not None and identity.organisation == "Mary Jones"
    assert told[0][1].startswith("Result sheets are signed from now on with the certificate of Mary Jones, issued "
                                 "by Llanelli CLP.")
    assert identity.fingerprint in told[0][1]


def _declared(service) -> int:
    service.update_details({"four_eyes": False})
    for attendee in ("10234", "10652", "10733"):
        service.register(attendee)
    ballot_id = B.create_ballot(service, motion_spec("Motion to adopt the accounts"))
    B.open_ballot(service, ballot_id)
    for person in service.attendees():
        papers.issue_paper(service, ballot_id, person.id, "Main hall")
    B.close_ballot(service, ballot_id)
    counting.enter_count(service, ballot_id, "Main hall", "Ann", CountFigures(3, (2, 1), 0, 0))
    results.declare(service, ballot_id, "Mary Jones")
    return ballot_id


def test_the_result_sheet_asks_the_certificates_password_not_the_pin(qtbot, window, service, errors, chair_p12):
    p12, root = chair_p12
    _import(window, p12, CHAIR_PASSWORD)
    ballot_id = _declared(service)
    window.show_page(ResultPage)
    page = window.page(ResultPage)
    page.refresh()
    page.select_ballot(ballot_id)

    labels: list[str] = []
    window.dialogs.password = lambda title, label: (labels.append(label), None)[1]
    page.result_sheet()  # cancelled at the password: no preview, no error
    assert labels == ["The password of the certificate of Mary Jones (not the chair's PIN):"] and errors == []

    signed: list[bytes] = []
    notes: list[str] = []

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, PrintPreviewDialog)
        qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20000)
        assert dialog.pdf is not None
        signed.append(dialog.pdf)
        notes.append(dialog.note.text())
        return True

    window.dialogs.password = lambda title, label: CHAIR_PASSWORD
    window.dialogs.run = drive
    page.result_sheet()
    assert errors == [] and len(signed) == 1
    assert notes[0].startswith("This sheet is signed with the certificate of Mary Jones, issued by Llanelli CLP")
    verdict = verify_pdf(signed[0], trust=load_certificates(root.read_bytes(), "root"), installation=False)
    assert (verdict.outcome, verdict.signer, verdict.issuer) == (Outcome.TRUSTED, "Mary Jones", "Llanelli CLP")
