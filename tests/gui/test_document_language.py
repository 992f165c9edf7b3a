"""Documents are printed in the meeting's language, whatever the interface speaks, also on a worker thread."""

from __future__ import annotations

import shutil
import subprocess
import threading

import pytest
from PySide6.QtWidgets import QApplication

from ballotdesk.domain import words
from ballotdesk.domain.ballot import motion_spec
from ballotdesk.services import ballots as B
from ballotdesk.services import documents
from ballotdesk.ui import i18n
from tests.helpers import declared_motion

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def text_of(pdf: bytes) -> str:
    return subprocess.run(["pdftotext", "-raw", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()


def on_worker_thread(job):
    """Run ``job`` as ``ui.background`` does: on a new thread, which inherits no context variables."""
    result: list[bytes] = []
    thread = threading.Thread(target=lambda: result.append(job()))
    thread.start()
    thread.join()
    return result[0]


@pytest.fixture
def interface(qapp: QApplication):
    def switch(code: str) -> None:
        i18n.install_language(qapp, code, remember=False)

    yield switch
    i18n.install_language(qapp, "en", remember=False)


def test_welsh_meeting_prints_welsh_papers_from_an_english_interface(service, interface):
    interface("en")
    ballot_id = B.create_ballot(service, motion_spec("Motion 1"))
    service.update_details({"language": "cy"})
    text = text_of(on_worker_thread(documents.ballot_papers_job(service, ballot_id, None, 2)))
    assert "Rhowch farc mewn un blwch" in text and "Mark one box" not in text
    assert words.translate("Reports", "Mark one box") == "Mark one box"  # the interface stays English


def test_english_meeting_prints_english_from_a_welsh_interface(service, interface):
    interface("cy")
    ballot_id = B.create_ballot(service, motion_spec("Motion 1"))
    text = text_of(on_worker_thread(documents.ballot_papers_job(service, ballot_id, None, 1)))
    assert "Mark one box" in text and "Rhowch farc" not in text
    text = text_of(on_worker_thread(documents.signin_sheet_job(service)))
    assert "Sign-in sheet" in text and "Taflen arwyddo" not in text
    assert words.translate("Reports", "Mark one box") == "Rhowch farc mewn un blwch"  # the interface stays Welsh


def test_update_details_refuses_a_language_without_documents(service):
    from ballotdesk.domain.errors import DomainError

    with pytest.raises(DomainError, match="choose one of en, cy"):
        service.update_details({"language": "fr"})
    assert service.details()["language"] == "en"


def test_welsh_meeting_exports_a_welsh_result_csv_and_signs_in_welsh(service, interface, tmp_path):
    import csv
    import io

    from pyhanko.pdf_utils.reader import PdfFileReader

    interface("en")
    ballot_id = declared_motion(service, "10234")  # Zoë O'Brien, who may vote
    service.update_details({"language": "cy"})
    out = tmp_path / "canlyniad.csv"
    documents.result_csv(service, ballot_id, out)
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0][0] == "Dewis" and rows[0][-2:] == ["Cyfanswm", "Canran"]
    assert [r[0] for r in rows[-5:]] == ["Ymataliadau a phapurau gwag", "Papurau a wrthodwyd", "Pleidleisiau a fwriwyd",
                                         "Nifer angenrheidiol", "Canlyniad"]
    assert "carried" not in rows[-1][1] and rows[-1][1]  # the outcome in words, in Welsh too

    pdf = on_worker_thread(documents.signed_result_sheet_job(service, ballot_id))
    signature = PdfFileReader(io.BytesIO(pdf)).embedded_signatures[0]
    assert str(signature.sig_object["/Reason"]) == f"Canlyniad pleidlais {ballot_id} wedi'i gyhoeddi"
