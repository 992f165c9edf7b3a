"""CSV output that is safe to open in Excel or LibreOffice.

Names and reasons typed at the registration desk end up in CSV files that secretaries open in
a spreadsheet. A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
run as a formula there (CSV / formula injection), so, following the OWASP guidance, such
*text* is prefixed with a single quote, which spreadsheets show as a plain-text marker. Numbers
are never altered: an ``int`` of -5 stays ``-5``, and only strings are neutralised.

Files start with a UTF-8 byte-order mark so Excel on Windows reads "Siân" and "Łucja" rather
than mojibake; open the text stream with ``newline=""`` so the csv module's CRLF line ends are
kept as written.
"""

from __future__ import annotations

import csv
import datetime
import decimal
from collections.abc import Iterable
from typing import TextIO

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def safe_cell(value: object) -> str:
    """Return ``value`` as CSV cell text that a spreadsheet will not evaluate.

    Args:
        value: A str, number, bool, date/datetime or ``None``.

    Returns:
        ``""`` for ``None``; numbers unchanged (``-5`` → ``"-5"``); ISO format for dates;
        "yes"/"no" for booleans; other text prefixed with ``'`` if its first character, or its
        first character after leading spaces, would start a formula.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float | decimal.Decimal):
        return str(value)
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    text = str(value)
    stripped = text.lstrip(" ")
    if text.startswith(FORMULA_TRIGGERS) or stripped.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def write_csv(rows: Iterable[Iterable[object]], out: TextIO, *, bom: bool = True) -> None:
    """Write rows as an Excel-safe CSV (BOM, CRLF, every cell through ``safe_cell``).

    Args:
        rows: Rows of cell values; the first is usually the header.
        out: A text stream opened with ``newline=""`` and UTF-8 encoding.
        bom: Write the UTF-8 byte-order mark first (leave on unless appending).
    """
    if bom:
        out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
