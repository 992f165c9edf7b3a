"""A motion created in English shows and prints its fixed options For/Against in the language in force."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtWidgets import QApplication

from ballotdesk.domain import words
from ballotdesk.domain.ballot import Kind, option_label
from ballotdesk.services import display, documents, results
from ballotdesk.ui import i18n
from tests.helpers import declared_motion, make_meeting


@pytest.fixture
def interface(qapp: QApplication):
    def switch(code: str) -> None:
        i18n.install_language(qapp, code, remember=False)

    yield switch
    i18n.install_language(qapp, "en", remember=False)


@pytest.fixture
def english_motion(tmp_path, interface):
    """A motion created and declared from an English interface (stored as For/Against)."""
    interface("en")
    svc = make_meeting(tmp_path)
    ballot_id = declared_motion(svc)
    assert [o["name"] for o in results.result_json(svc, ballot_id)["options"]] == ["For", "Against"]
    yield svc, ballot_id
    svc.close()


def test_only_a_motions_fixed_options_are_translated(interface):
    interface("cy")
    assert option_label(Kind.MOTION, "For") == "O blaid"
    assert option_label(Kind.MOTION, "Against") == "Yn erbyn"
    assert option_label(Kind.ELECTION, "For") == "For"  # a candidate called For keeps the name
    assert option_label(Kind.MOTION, "Remain") == "Remain"  # wording the chair chose stays


def test_a_welsh_sheet_prints_o_blaid_and_yn_erbyn(english_motion):
    svc, ballot_id = english_motion
    svc.update_details({"language": "cy"})
    with words.using(*documents.document_words(svc)):
        data = documents.result_sheet_data(svc, ballot_id)
    assert [o.name for o in data.options] == ["O blaid", "Yn erbyn"]
    assert data.winners == ("O blaid",)
    svc.update_details({"language": "en"})
    with words.using(*documents.document_words(svc)):
        assert [o.name for o in documents.result_sheet_data(svc, ballot_id).options] == ["For", "Against"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_welsh_papers_print_the_welsh_options(english_motion):
    svc, ballot_id = english_motion
    svc.update_details({"language": "cy"})
    pdf = documents.ballot_papers_job(svc, ballot_id, None, 1)()
    text = subprocess.run(["pdftotext", "-raw", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    assert "O blaid" in text and "Yn erbyn" in text and "Against" not in text


def test_the_projector_in_welsh_shows_welsh_options(english_motion, interface):
    svc, ballot_id = english_motion
    interface("cy")
    shown = display.screen(svc, display.Mode.RESULT, ballot_id)
    (bars,) = shown.bars
    assert [row[0] for row in bars.rows] == ["O blaid", "Yn erbyn"]
    assert bars.winners == ("O blaid",)
