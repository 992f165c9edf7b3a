"""Every document renders with poppler: one PNG per page, no errors."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from ballotdesk.reports.attendance import build_register_pdf, build_signin_sheet
from ballotdesk.reports.model import (
    SAMPLE_MEETING,
    AttendanceLine,
    PapersData,
    RosterLine,
    sample_names,
    sample_result_sheet,
)
from ballotdesk.reports.papers import build_ballot_papers
from ballotdesk.reports.result_sheet import build_result_sheet

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")

NAMES = sample_names(30, 90)
DOCS: dict[str, Callable[[], bytes]] = {
    "result_seed": lambda: build_result_sheet(sample_result_sheet(), cert_fingerprint="AB:CD"),
    "result_amended": lambda: build_result_sheet(sample_result_sheet(amended=True),
                                                 cert_fingerprint="AB:CD"),
    "result_20": lambda: build_result_sheet(sample_result_sheet(20), cert_fingerprint="AB:CD"),
    "papers": lambda: build_ballot_papers(
        PapersData(SAMPLE_MEETING, "Motion 3", "That…", ("For", "Against"), 1, "OVERFLOW"),
        count=6),
    "papers_long": lambda: build_ballot_papers(
        PapersData(SAMPLE_MEETING, "Election", "Vote for up to 3.", NAMES, 3, "Main hall"),
        count=2),
    "register": lambda: build_register_pdf(SAMPLE_MEETING, [
        AttendanceLine(str(i), n, dt.datetime(2026, 11, 28, 18, i), i % 3 > 0, "", None,
                       "member") for i, n in enumerate(NAMES)]),
    "signin": lambda: build_signin_sheet(SAMPLE_MEETING, [
        RosterLine(str(i), n, "Elli", True) for i, n in enumerate(NAMES)]),
}


def page_count(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(line.split()[-1] for line in out.stdout.splitlines()
                    if line.startswith("Pages:")))


@pytest.mark.parametrize("name", sorted(DOCS))
def test_renders_every_page(name: str, tmp_path: Path) -> None:
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(DOCS[name]())
    proc = subprocess.run(["pdftoppm", "-png", "-r", "30", str(pdf), str(tmp_path / name)],
                          capture_output=True, text=True, check=True)
    assert proc.stderr == ""
    assert len(list(tmp_path.glob(f"{name}*.png"))) == page_count(pdf)
