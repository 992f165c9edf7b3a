"""CSV injection guard: text neutralised, numbers untouched, BOM for Excel."""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
from pathlib import Path

import pytest

from ballotdesk.reports.csvsafe import safe_cell, write_csv


@pytest.mark.parametrize(
    "value",
    ["=1+1", "+44 1554 123456", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1", "=HYPERLINK(\"x\")",
     "  =1+1", "-5"],
)
def test_formula_text_is_prefixed(value: str) -> None:
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize(
    ("value", "expected"),
    [(-5, "-5"), (266, "266"), (-1.5, "-1.5"), (decimal.Decimal("-2.50"), "-2.50"),
     (True, "yes"), (False, "no"), (None, ""), (dt.date(2026, 11, 28), "2026-11-28"),
     (dt.datetime(2026, 11, 28, 21, 14), "2026-11-28T21:14:00"),
     ("Siân Ŵyn", "Siân Ŵyn"), ("Smith, J.", "Smith, J."), ("a=b", "a=b"), ("", "")],
)
def test_values_kept(value: object, expected: str) -> None:
    assert safe_cell(value) == expected


def test_write_csv_round_trip() -> None:
    buf = io.StringIO(newline="")
    write_csv([["name", "votes"], ["=2+5", -5], ['He said "hi", then', 3], ["Łucja", 0]], buf)
    raw = buf.getvalue()
    assert raw.startswith("\ufeff")
    assert raw.count("\r\n") == 4
    rows = list(csv.reader(io.StringIO(raw[1:], newline="")))
    assert rows == [["name", "votes"], ["'=2+5", "-5"], ['He said "hi", then', "3"],
                    ["Łucja", "0"]]


def test_file_has_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        write_csv([["Ömer Şahin", 1]], fh)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig") == "Ömer Şahin,1\r\n"


def test_no_bom_when_appending() -> None:
    buf = io.StringIO()
    write_csv([["x"]], buf, bom=False)
    assert buf.getvalue() == "x\r\n"
