"""Attendance register, sign-in sheet and attendance CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from ballotdesk.reports.attendance import (
    attendance_totals,
    build_register_pdf,
    build_signin_sheet,
    write_attendance_csv,
)
from ballotdesk.reports.model import SAMPLE_MEETING, AttendanceLine, RosterLine, sample_names

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

DAY = SAMPLE_MEETING.date


def at(h: int, m: int) -> dt.datetime:
    return dt.datetime(DAY.year, DAY.month, DAY.day, h, m)


LINES = (
    AttendanceLine("M0001", "Siân Ŵyn Llewellyn", at(18, 30), True, "", None, "member"),
    AttendanceLine("M0002", "Łucja Żak", at(18, 41), False, "Membership lapsed 2025", None,
                   "member"),
    AttendanceLine("", "Adébáyọ̀ Ògúnlẹ́yẹ̀", at(18, 52), False, "Guest", at(20, 5), "guest"),
    AttendanceLine("P-3", "Ömer Şahin", at(19, 3), True, "Provisional: card not found", None,
                   "provisional"),
    AttendanceLine("M0005", "=cmd|' /C calc'!A0", at(19, 4), True, "", None, "member"),
    AttendanceLine("M0006", "Not Yet Arrived", None, True, "", None, "member"),
)


def text_of(pdf: bytes, tmp_path: Path, mode: str = "-layout") -> list[str]:
    path = tmp_path / "a.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", mode, str(path), "-"], capture_output=True, check=True)
    pages = unicodedata.normalize("NFC", out.stdout.decode()).split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def test_totals() -> None:
    totals = dict(attendance_totals(LINES))
    assert totals == {
        "Registered": 5, "Members": 3, "Guests": 1, "Provisional": 1, "May vote": 3,
        "May not vote": 2, "Departed": 1, "Still present": 4, "Still present and may vote": 3,
    }


def test_register_pdf_content(tmp_path: Path) -> None:
    pages = text_of(build_register_pdf(SAMPLE_MEETING, LINES), tmp_path)
    text = "\n".join(pages)
    assert "Attendance register" in text
    assert re.search(r"M0001\s+Siân Ŵyn Llewellyn\s+Member\s+18:30\s+Yes\s+—", text)
    assert re.search(r"M0002\s+Łucja Żak\s+Member\s+18:41\s+No — Membership", text)
    assert "lapsed 2025" in text
    assert re.search(r"Adébáyọ̀ Ògúnlẹ́yẹ̀\s+Guest\s+18:52\s+No — Guest\s+20:05",
                     unicodedata.normalize("NFC", text))
    assert "Yes — Provisional: card" in text and "not found" in text  # wrapped in its cell
    assert "=cmd|' /C calc'!A0" in text  # printed as typed; only CSV needs neutralising
    assert re.search(r"Still present and may vote\s+3", text)
    assert re.search(r"Registered\s+5", text)
    assert "Page 1 of" in text


def test_register_long_list_repeats_header(tmp_path: Path) -> None:
    lines = [AttendanceLine(f"M{i:04d}", n, at(18, i % 60), i % 4 != 0, "", None, "member")
             for i, n in enumerate(sample_names(60, 100))]
    pages = text_of(build_register_pdf(SAMPLE_MEETING, lines), tmp_path)
    assert len(pages) > 1
    for page in pages:
        if "M00" not in page:
            continue  # the totals may fall on a page of their own
        assert re.search(r"No\.\s+Name\s+Kind\s+Registered\s+May vote\s+Departed", page)
    assert "Attendance register — Llanelli Labour Party" in pages[-1]


def test_signin_sheet_keeps_roll_order(tmp_path: Path) -> None:
    roster = [
        RosterLine("M0007", "Ceri Ap Iorwerth", "Bigyn", True),
        RosterLine("M0002", "Dafydd Bowen", "Elli", True),
        RosterLine("M0010", "Łucja Żak", "Tyisha", False),
        RosterLine("M0003", "Ömer Şahin", "Glanymor — Dafen and Felinfoel", True),
    ]
    [page] = text_of(build_signin_sheet(SAMPLE_MEETING, roster), tmp_path, "-raw")
    assert "Signature" in page and "Sign-in sheet" in page
    positions = [page.index(r.name) for r in roster]
    assert positions == sorted(positions)
    assert "4 names on the roll; 3 may vote." in page
    assert re.search(r"M0010\s+Łucja Żak\s+Tyisha\s+No", page)


def test_attendance_csv() -> None:
    buf = io.StringIO(newline="")
    write_attendance_csv(LINES, buf)
    raw = buf.getvalue()
    assert raw.startswith("\ufeffnumber,name,kind,registered_at,may_vote,reason,departed_at\r\n")
    rows = list(csv.reader(io.StringIO(raw.removeprefix("\ufeff"), newline="")))
    assert rows[1] == ["M0001", "Siân Ŵyn Llewellyn", "member", "2026-11-28T18:30:00", "yes",
                       "", ""]
    assert rows[3][4:] == ["no", "Guest", "2026-11-28T20:05:00"]
    assert rows[5][1] == "'=cmd|' /C calc'!A0"
    assert rows[6][3] == ""
    assert len(rows) == 1 + len(LINES)
