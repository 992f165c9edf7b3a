"""Ballot papers: serials, layout choice, continuation, determinism."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from ballotdesk.reports.model import SAMPLE_MEETING, PapersData, sample_names
from ballotdesk.reports.papers import (
    build_ballot_papers,
    instruction,
    papers_per_page,
    serial_text,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

MOTION = PapersData(
    meeting=SAMPLE_MEETING,
    ballot_title="Motion 3: Restoration of the Ŵyn Memorial Hall roof",
    question="That the branch contributes £2,500 towards repairing the hall roof.",
    options=("For", "Against", "Abstain"),
    seats=1,
    box_label="OVERFLOW",
)


def pages_text(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "papers.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, check=True)
    pages = unicodedata.normalize("NFC", out.stdout.decode()).split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def test_serial_range_and_page_count(tmp_path: Path) -> None:
    assert papers_per_page(MOTION) == 4
    pages = pages_text(build_ballot_papers(MOTION, count=10, first_serial=121), tmp_path)
    assert len(pages) == 3
    text = "\n".join(pages)
    serials = re.findall(r"No\. (\d{6})", text)
    assert serials == [f"{n:06d}" for n in range(121, 131)]
    assert [len(re.findall(r"No\. \d{6}", p)) for p in pages] == [4, 4, 2]
    assert text.count("OVERFLOW") >= 10
    assert text.count("Mark one box") == 10
    assert squash(text).count(squash("Motion 3: Restoration of the Ŵyn Memorial Hall roof")) == 10
    for option in MOTION.options:
        assert len(re.findall(rf"^{option}$", text, flags=re.M)) == 10


def test_serial_prefix_and_instruction(tmp_path: Path) -> None:
    data = PapersData(SAMPLE_MEETING, "Election of delegates", "Vote for up to 3 candidates.",
                      ("Siân Ŵyn", "Łucja Żak", "Ömer Şahin", "Adébáyọ̀ Ògúnlẹ́yẹ̀"), 3, "Main hall")
    text = "\n".join(pages_text(
        build_ballot_papers(data, count=3, first_serial=7, serial_prefix="MH-"), tmp_path))
    assert re.findall(r"No\. MH-\d{6}", text) == ["No. MH-000007", "No. MH-000008",
                                                   "No. MH-000009"]
    assert text.count("Mark up to 3 boxes") == 3
    for name in data.options:
        assert text.count(unicodedata.normalize("NFC", name)) == 3
    assert serial_text(5) == "No. 000005"
    assert instruction(1) == "Mark one box"
    assert instruction(4) == "Mark up to 4 boxes"


def test_long_list_one_paper_per_page_continues_legibly(tmp_path: Path) -> None:
    names = sample_names(20, 120)
    data = PapersData(SAMPLE_MEETING, "Election of three delegates", "Vote for up to 3.",
                      names, 3, "Overflow (outside)")
    assert papers_per_page(data) == 1
    pages = pages_text(build_ballot_papers(data, count=3, first_serial=1), tmp_path)
    assert len(pages) % 3 == 0
    sheets = len(pages) // 3
    assert sheets >= 2
    for paper in range(3):
        serial = f"No. {paper + 1:06d}"
        own = pages[paper * sheets : (paper + 1) * sheets]
        assert all(serial in p for p in own)
        joined = squash("".join(own))
        for name in names:
            assert squash(name) in joined, name
        assert f"continued, sheet {sheets} of {sheets}" in own[-1]
        assert "Continued on the next sheet" in own[0]


def test_medium_list_two_per_page(tmp_path: Path) -> None:
    data = PapersData(SAMPLE_MEETING, "Election", "Vote for one.", sample_names(6, 40), 1, "Hall")
    assert papers_per_page(data) == 2
    assert len(pages_text(build_ballot_papers(data, count=5), tmp_path)) == 3


def test_deterministic_and_validates() -> None:
    assert build_ballot_papers(MOTION, count=4) == build_ballot_papers(MOTION, count=4)
    with pytest.raises(ValueError, match="count must be at least 1"):
        build_ballot_papers(MOTION, count=0)
    with pytest.raises(ValueError, match="first_serial must not be negative"):
        build_ballot_papers(MOTION, count=1, first_serial=-1)


def test_letter_paper() -> None:
    import dataclasses

    data = dataclasses.replace(
        MOTION, meeting=dataclasses.replace(SAMPLE_MEETING, page_size="Letter"))
    assert b"/MediaBox [ 0 0 612 792 ]" in build_ballot_papers(data, count=1)
