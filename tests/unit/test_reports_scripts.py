"""Names in any script the roll holds print as written: characters DejaVu Sans lacks use the fallback font."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import pytest

from ballotdesk.reports.base import FALLBACK, esc
from ballotdesk.reports.model import SAMPLE_MEETING, PapersData, sample_result_sheet
from ballotdesk.reports.papers import build_ballot_papers
from ballotdesk.reports.result_sheet import build_result_sheet

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
                                reason="needs poppler-utils")

NAME = "李小龍 (Li Xiaolong)"
FP = ":".join(["3F", "A0"] * 16)


def fonts_and_text(pdf: bytes, tmp_path: Path) -> tuple[str, str]:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, check=True).stdout.decode()
    return fonts, text


def test_only_the_characters_dejavu_lacks_are_set_in_the_fallback_font():
    assert esc("Ann & <Bob>") == "Ann &amp; &lt;Bob&gt;"
    assert esc("Łukasz Ọláolúwa Ελένη") == "Łukasz Ọláolúwa Ελένη"  # DejaVu prints these itself
    assert esc(f"{NAME} & co") == f'<font face="{FALLBACK}">李小龍</font> (Li Xiaolong) &amp; co'


def test_a_chinese_name_prints_on_the_result_sheet_and_the_ballot_papers(tmp_path):
    data = sample_result_sheet(2)
    options = (dataclasses.replace(data.options[0], name=NAME), *data.options[1:])
    sheet = build_result_sheet(dataclasses.replace(data, options=options, winners=(NAME,)), cert_fingerprint=FP)
    fonts, text = fonts_and_text(sheet, tmp_path)
    assert FALLBACK in fonts and "DejaVuSans" in fonts
    assert text.count("李小龍") >= 2  # the votes table (a one-line cell) and "Elected:" in the outcome
    papers = PapersData(meeting=SAMPLE_MEETING, ballot_title="Nomination", question="Whom should we nominate?",
                        options=(NAME, "Rhodri Pugh"), seats=1, box_label="MAIN HALL")
    fonts, text = fonts_and_text(build_ballot_papers(papers, count=2), tmp_path)
    assert FALLBACK in fonts and text.count("李小龍") == 2


def test_documents_without_such_names_do_not_carry_the_fallback_font(tmp_path):
    fonts, _text = fonts_and_text(build_result_sheet(sample_result_sheet(2), cert_fingerprint=FP), tmp_path)
    assert FALLBACK not in fonts


def test_a_paper_of_a_meeting_without_organisation_or_venue_has_no_empty_separators(tmp_path):
    import dataclasses

    meeting = dataclasses.replace(SAMPLE_MEETING, organisation="", venue="")
    papers = PapersData(meeting=meeting, ballot_title="Nomination", question="Whom?", options=("Ann", "Bob"),
                        seats=1, box_label="MAIN HALL")
    _fonts, text = fonts_and_text(build_ballot_papers(papers, count=1), tmp_path)
    import re

    assert f"{meeting.title} · " in text and not re.search(r"·\s*·", text) and not re.search(r"^\s*·", text, re.M)
