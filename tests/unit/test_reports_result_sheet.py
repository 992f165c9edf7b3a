"""Result sheet content, layout over several pages, QR payload and determinism."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from ballotdesk.reports.model import OptionLine, sample_result_sheet
from ballotdesk.reports.result_sheet import bench_result_sheet, build_result_sheet
from ballotdesk.reports.sheet_qr import QR_MAX_BYTES, qr_payload

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

FP = ":".join(["3F", "A0"] * 16)


def pages_text(pdf: bytes, tmp_path: Path, *, mode: str = "-layout") -> list[str]:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", mode, str(path), "-"], capture_output=True, check=True)
    text = unicodedata.normalize("NFC", out.stdout.decode("utf-8"))
    pages = text.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def test_seed_meeting_figures_where_they_belong(tmp_path: Path) -> None:
    data = sample_result_sheet()
    [page] = pages_text(build_result_sheet(data, cert_fingerprint=FP), tmp_path)
    assert "Llanelli Labour Party" in page
    assert "Annual General Meeting · St Elli's Church Hall, Llanelli · 28 Nov 2026" in page
    assert "Ballot 3: Motion 3: Restoration of the" in page
    assert "That the branch contributes £2,500" in page
    assert "Simple majority of votes cast" in page
    assert "Percentages of: votes cast (366)" in page
    # Tellers' report: issued, found, spoilt, variance, rejected, abstentions, votes cast.
    assert re.search(r"Main hall\s+300\s+299\s+1\s+0\s+0\s+3\s+296\n", page)
    assert re.search(r"Overflow \(outside\)\s+70\s+71\s+0\s+\+1\s+0\s+1\s+70\n", page)
    assert re.search(r"Total\s+370\s+370\s+1\s+\+1\s+0\s+4\s+366\n", page)
    assert "chair’s explanation: One paper issued at the desk by hand" in page
    # Votes per box, total and percent of the base.
    assert re.search(r"For ✔\s+206\s+60\s+266\s+72\.7%", page)
    assert re.search(r"Against\s+90\s+10\s+100\s+27\.3%", page)
    assert "Number necessary: 184" in page
    assert "The motion is CARRIED" in page
    assert "Prevailing option: For" in page
    # Turnout: on the roll, eligible, registered, eligible and present.
    assert re.search(r"512\s+488\s+391\s+372", page)
    assert "Result declared by the chair on 28 Nov 2026 at 21:14" in page
    assert "AMENDED" not in page
    # Footer.
    assert f"Audit digest: {data.audit_digest}" in page
    assert f"Certificate: {FP}" in page
    assert "Page 1 of 1" in page


def test_accented_names_extract_exactly(tmp_path: Path) -> None:
    data = sample_result_sheet()
    text = "".join(pages_text(build_result_sheet(data, cert_fingerprint=FP), tmp_path))
    for name in ("Siân Ŵyn Llewellyn", "Adébáyọ̀ Ògúnlẹ́yẹ̀", "Łucja Żak", "Ömer Şahin"):
        assert unicodedata.normalize("NFC", name) in text
    assert "Restoration of the\n Ŵyn Memorial Hall roof" in text or "Ŵyn Memorial" in text


def test_markup_in_names_is_printed_not_interpreted(tmp_path: Path) -> None:
    data = sample_result_sheet()
    data = dataclasses.replace(
        data,
        options=(OptionLine("Smith & Jones <b>Ward 3</b>", 266, 72.7), data.options[1]),
        winners=("Smith & Jones <b>Ward 3</b>",),
    )
    text = "".join(pages_text(build_result_sheet(data, cert_fingerprint=FP), tmp_path))
    assert "Smith & Jones <b>Ward 3</b>" in text


def test_amended_sheet_says_so_and_lists_each_amendment(tmp_path: Path) -> None:
    data = sample_result_sheet(amended=True)
    pages = pages_text(build_result_sheet(data, cert_fingerprint=FP), tmp_path)
    text = "\n".join(pages)
    assert "AMENDED — corrected 1 time after first declaration" in pages[0]
    assert "AMENDED — amendments" in text
    assert "28 Nov 2026 at" in text and "21:40" in text
    assert "Overflow (outside): For 60 → 50" in text
    assert "Total For 276 → 266" in text
    assert "counted twice" in text
    # Every page carries the footer, and later pages say which ballot they belong to.
    for i, page in enumerate(pages, 1):
        assert f"Page {i} of {len(pages)}" in page
        assert "Audit digest:" in page
    for page in pages[1:]:
        assert "Ballot 3" in page and "AMENDED" in page


def test_twenty_long_names_flow_over_pages_with_headers_repeated(tmp_path: Path) -> None:
    data = sample_result_sheet(20)
    names = [o.name for o in data.options]
    assert all(len(n) >= 110 for n in names)
    pdf = build_result_sheet(data, cert_fingerprint=FP)
    raw_pages = pages_text(pdf, tmp_path, mode="-raw")
    assert len(raw_pages) > 1
    for i, page in enumerate(raw_pages, 1):
        assert f"Page {i} of {len(raw_pages)}" in page
        assert f"Certificate: {FP}" in page
        present = [n for n in names if squash(n) in squash(page)]
        if present:
            # Any page holding candidate rows starts that table with its header row.
            assert "Candidate" in page, f"no header on page {i}"
    whole = squash("".join(raw_pages))
    for name in names:
        # In full, in both the votes table and the rounds table.
        assert whole.count(squash(name)) >= 2, name
    layout = "".join(pages_text(pdf, tmp_path))
    assert "3 delegates ELECTED" in layout
    assert "Round 1" in layout and "After round 1, eliminated:" in layout


def test_identical_input_gives_identical_bytes() -> None:
    data = sample_result_sheet(20)
    first = build_result_sheet(data, cert_fingerprint=FP)
    assert first == build_result_sheet(data, cert_fingerprint=FP)
    other = build_result_sheet(dataclasses.replace(data, chair="Someone Else"),
                               cert_fingerprint=FP)
    assert other != first


def test_letter_paper() -> None:
    data = sample_result_sheet()
    data = dataclasses.replace(data, meeting=dataclasses.replace(data.meeting, page_size="Letter"))
    pdf = build_result_sheet(data, cert_fingerprint=FP)
    assert b"/MediaBox [ 0 0 612 792 ]" in pdf


def test_qr_payload_seed() -> None:
    data = sample_result_sheet()
    payload = qr_payload(data)
    fields = payload.split("|")
    assert fields[0] == "BD1"
    assert fields[1] == "3"
    assert fields[2].startswith("Motion 3: Restoration of the Ŵyn")
    assert len(fields[2]) <= 48
    assert fields[3:] == ["For=266;Against=100", "abst=4", "rej=0", "win=For", "9f2c4e71a0b35d6e"]


def test_qr_payload_escapes_separators_and_stays_small() -> None:
    data = sample_result_sheet()
    data = dataclasses.replace(
        data,
        options=(OptionLine("Yes|No;Maybe=1", 266, None), data.options[1]),
        winners=("Yes|No;Maybe=1",),
    )
    fields = qr_payload(data).split("|")
    assert len(fields) == 8
    assert fields[3] == "Yes No Maybe 1=266;Against=100"
    assert fields[6] == "win=Yes No Maybe 1"

    many = sample_result_sheet(20)
    payload = qr_payload(many)
    assert len(payload.encode("utf-8")) <= QR_MAX_BYTES
    votes = payload.split("|")[3].split(";")
    assert [int(v.rsplit("=", 1)[1]) for v in votes] == [o.votes for o in many.options]
    assert len(payload.split("|")[6].removeprefix("win=").split(";")) == 3


def test_benchmark_helper_builds() -> None:
    assert bench_result_sheet(0, repeats=1) > 10_000
