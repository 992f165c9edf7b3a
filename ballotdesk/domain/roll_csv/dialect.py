"""The shape of the CSV text: where the header starts, which delimiter, and reading records with their lines.

Apart from :mod:`~ballotdesk.domain.roll_csv.decoding` (bytes to text) and from the reader that puts the
steps together: the delimiter is chosen by parsing the first records with each candidate rather than by
:class:`csv.Sniffer`, and every csv module error is worded here with the line where its record starts.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

from ballotdesk.domain.roll_csv.decoding import SAMPLE_CHARS, CsvReadError
from ballotdesk.domain.words import translate

MAX_FIELD_CHARS = 100_000
"""Longest field accepted. Real member data is tiny; a huge field almost always
means a quote mark that is never closed, or a file that is not CSV at all."""

_DELIMITERS = (",", ";", "\t")
_SNIFF_RECORDS = 50
_SEP_LINE = re.compile(r"^sep=(.)\s*$", re.IGNORECASE)


def skip_preamble(text: str) -> tuple[int | None, str | None]:
    """Find where the header starts.

    Leading blank lines are skipped, and so is Excel's ``sep=;`` hint line,
    which also fixes the delimiter.

    Returns:
        ``(lines_before_header, delimiter_from_sep_line)``; the first item is
        None when the file has no non-blank line at all.
    """
    delimiter: str | None = None
    for index, line in enumerate(io.StringIO(text, newline="")):
        stripped = line.strip().lstrip("\ufeff")
        if not stripped:
            continue
        match = _SEP_LINE.match(stripped)
        if match and delimiter is None:
            delimiter = match.group(1)
            continue
        return index, delimiter
    return None, delimiter


def lines_after(text: str, skip: int) -> io.StringIO:
    """Iterate physical lines of ``text`` (ends kept), skipping the first ``skip``."""
    lines = io.StringIO(text, newline="")
    for _ in range(skip):
        if not lines.readline():
            break
    return lines


def raw_records(
    text: str, delimiter: str, skip: int, name: str = "The file"
) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(start line, raw fields)`` for each record after ``skip`` lines.

    :attr:`csv.reader.line_num` counts lines consumed so far, so a record
    starts one line after the previous record ended, even when quoted fields
    span several lines. Blank lines come back as empty records.

    Raises:
        CsvReadError: The csv module rejected a record; the message names
            the line where that record starts.
    """
    set_field_limit()
    reader = csv.reader(lines_after(text, skip), delimiter=delimiter, skipinitialspace=True)
    previous_end = 0
    try:
        for record in reader:
            yield skip + previous_end + 1, record
            previous_end = reader.line_num
    except csv.Error as error:
        raise CsvReadError(csv_error_message(name, skip + previous_end + 1, error)) from None


def csv_error_message(name: str, line: int, error: csv.Error) -> str:
    """Word a csv module error for the chair."""
    if "field larger than field limit" in str(error):
        return _too_long_message(name, line)
    return translate("RollCsv", "{0} line {1}: the file could not be read as CSV ({2}).").format(name, line, error)


def set_field_limit() -> None:
    """Make the csv module refuse fields over :data:`MAX_FIELD_CHARS`.

    The limit is enforced inside the C parser, which costs nothing per row,
    and stops a runaway quoted field (an unclosed quote mark) from swallowing
    the rest of the file into one value. :func:`csv.field_size_limit` is
    process-wide; BallotDesk reads no other CSV whose fields come near this
    size, and the default (131,072) is of the same order anyway. It is set on
    every read so that another module changing it cannot weaken the check.
    """
    if csv.field_size_limit() != MAX_FIELD_CHARS:
        csv.field_size_limit(MAX_FIELD_CHARS)


def _too_long_message(name: str, line: int) -> str:
    return translate(
        "RollCsv", "{0} line {1}: a field is longer than {2} characters (perhaps a quote mark is never closed)."
    ).format(name, line, f"{MAX_FIELD_CHARS:,}")


def sniff_delimiter(text: str, skip: int) -> str:
    """Choose the delimiter that makes the first records look like a table.

    Each candidate parses the first records of a sample. A good delimiter
    splits the header into several columns and gives data rows the same
    number of fields (trailing empty fields, which Excel adds, are allowed).
    Ties go to the earlier candidate: comma, then semicolon, then tab.
    """
    sample = text[:SAMPLE_CHARS]
    if len(text) > SAMPLE_CHARS:
        cut = max(sample.rfind("\n"), sample.rfind("\r"))
        if cut > 0:
            sample = sample[:cut]
    best = _DELIMITERS[0]
    best_score: tuple[bool, float, int] = (False, 0.0, 0)
    for delimiter in _DELIMITERS:
        score = _delimiter_score(sample, delimiter, skip)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _delimiter_score(sample: str, delimiter: str, skip: int) -> tuple[bool, float, int]:
    """Score one candidate as ``(several columns, share of consistent rows, columns)``."""
    records: list[list[str]] = []
    try:
        for _line, record in raw_records(sample, delimiter, skip):
            if any(value.strip() for value in record):
                records.append(record)
            if len(records) > _SNIFF_RECORDS:
                break
    except CsvReadError:
        return (False, 0.0, 0)
    if not records:
        return (False, 0.0, 0)
    header = records[0]
    while len(header) > 1 and not header[-1].strip():
        header = header[:-1]
    width = len(header)
    data = records[1:]
    if not data:
        return (width > 1, 1.0, width)
    consistent = sum(1 for record in data if _fits(record, width))
    return (width > 1, consistent / len(data), width)


def _fits(record: list[str], width: int) -> bool:
    """True when the record has ``width`` fields, ignoring trailing empty ones."""
    if len(record) == width:
        return True
    return len(record) > width and not any(value.strip() for value in record[width:])
