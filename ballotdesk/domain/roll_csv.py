"""Read the membership CSV exports a chair brings to the meeting.

Membership systems and Excel produce CSV files in many dialects: UTF-8 with or
without a byte-order mark, Excel's "Unicode text" (UTF-16, tab separated),
Windows-1252 from older Windows tools, commas, semicolons or tabs, quoted
fields that contain line breaks, CRLF or LF line ends. This module turns any
of them into plain rows and then into :class:`MemberRecord` values, and it
reports every problem in words a chair can act on: the file name, the
physical line in the file (the header is line 1) and what is wrong.

Reading is split in two steps so the import dialog can sit in between:

1. :func:`read_csv` works out the encoding and delimiter, reads the header
   and checks the whole file can be parsed. Everything that makes the file
   unusable raises :class:`CsvReadError` here, so nothing later can fail.
2. :func:`guess_mapping` proposes which column holds which field, the chair
   confirms it, and :func:`parse_records` streams one record or one
   :class:`RowProblem` per data row.

The module is pure Python (no Qt, no database) so it can be tested quickly
and used from the command line as well as the GUI.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import functools
import hashlib
import io
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import compress
from pathlib import Path
from typing import Any

from ballotdesk.domain.errors import os_reason
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate

__all__ = [
    "DATE_FORMATS",
    "FIELDS",
    "FIELD_LABELS",
    "CsvReadError",
    "CsvTable",
    "MemberRecord",
    "RollColumns",
    "RowProblem",
    "guess_mapping",
    "parse_columns",
    "parse_date",
    "parse_records",
    "read_csv",
]

FIELDS: tuple[str, ...] = (
    "number",
    "first_name",
    "last_name",
    "ward",
    "postcode",
    "join_date",
    "status",
    "email",
)
"""The member fields BallotDesk imports, in the order the mapping dialog shows them."""

FIELD_LABELS: dict[str, str] = {
    "number": "Membership number",
    "first_name": "First name",
    "last_name": "Last name",
    "ward": "Ward or branch",
    "postcode": "Postcode",
    "join_date": "Join date",
    "status": "Membership status",
    "email": "Email address",
}
"""Plain English label for each field, for the mapping dialog and messages."""

DATE_FORMATS: dict[str, str] = {
    "dmy": "Day first (31/12/2024)",
    "mdy": "Month first (12/31/2024)",
    "ymd": "Year first (2024-12-31)",
}
"""Date order choices offered to the chair; any strptime format is accepted too."""

MAX_FIELD_CHARS = 100_000
"""Longest field accepted. Real member data is tiny; a huge field almost always
means a quote mark that is never closed, or a file that is not CSV at all."""

MAX_FILE_BYTES = 200 * 1024 * 1024
"""Refuse files over 200 MB: the whole file is read into memory, and no
membership list is anywhere near that size."""

_SAMPLE_BYTES = 64 * 1024
_SAMPLE_CHARS = 64 * 1024
_DELIMITERS = (",", ";", "\t")
_SNIFF_RECORDS = 50

# How each date order is described in a problem message.
_EXPECTED_ORDER = {"dmy": QT_TRANSLATE_NOOP("RollCsv", "day/month/year"),
                   "mdy": QT_TRANSLATE_NOOP("RollCsv", "month/day/year"),
                   "ymd": QT_TRANSLATE_NOOP("RollCsv", "year/month/day")}

# Header aliases, most specific first: when a file has both "Membership number"
# and a database "ID" column, the membership number wins.
_HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "number": (
        "membership number",
        "membership no",
        "member number",
        "member no",
        "membership id",
        "member id",
        "membership num",
        "member num",
        "number",
        "no.",
        "id",
    ),
    "first_name": ("first name", "forename", "given name", "firstname", "forenames",
                   "given names", "first names"),
    "last_name": ("last name", "surname", "family name", "lastname"),
    "ward": ("ward", "branch"),
    "postcode": ("postcode", "post code", "zip", "postal code", "zip code"),
    "join_date": ("join date", "joined", "date joined", "joining date", "start date",
                  "date of joining"),
    "status": ("status", "membership status", "member status"),
    "email": ("email", "e-mail", "email address", "e-mail address"),
}

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_LETTERS = re.compile(r"[A-Za-z]")
_SEP_LINE = re.compile(r"^sep=(.)\s*$", re.IGNORECASE)
_HTML_START = re.compile(r"<(!doctype\s+html|html|head|body|table|meta|title)\b", re.IGNORECASE)


class CsvReadError(Exception):
    """The file cannot be used at all.

    ``str(error)`` is one sentence naming the file and the problem, suitable
    for showing the chair directly, e.g. ``"members.csv is empty."``.
    """


@dataclass(frozen=True)
class MemberRecord:
    """One member, as read from a valid row.

    Attributes:
        number: Membership number, trimmed; never empty.
        first_name: First name, or "" when not mapped or blank.
        last_name: Last name, or "".
        ward: Ward or branch, or "".
        postcode: Postcode, or "".
        join_date: Date the member joined, or None when not given.
        status: Membership status as written in the file, or "".
        email: Email address, or "".
    """

    number: str
    first_name: str
    last_name: str
    ward: str
    postcode: str
    join_date: datetime.date | None
    status: str
    email: str


@dataclass(frozen=True)
class RowProblem:
    """A data row that was not imported, and why.

    Attributes:
        line: Physical line in the file where the record starts (header is
            line 1), so the chair can find it in a text editor or Excel.
        reason: Plain words, e.g. ``"missing membership number"``.
        number: What the row holds where the membership number belongs ("" if
            nothing): a member whose row was skipped is still in the export, and
            must not be marked as having left the roll.
    """

    line: int
    reason: str
    number: str = field(default="", compare=False)


@dataclass
class CsvTable:
    """A CSV file whose encoding, delimiter and header are known.

    Built by :func:`read_csv`, which has already checked that every record
    parses, so iterating :meth:`rows` does not raise.

    Attributes:
        path: The file that was read.
        encoding: Python codec name used to decode it, e.g. ``"utf-8-sig"``,
            ``"utf-16"`` or ``"cp1252"``.
        delimiter: Field separator: ``","``, ``";"`` or ``"\\t"``.
        headers: Column names from the header record, trimmed; trailing empty
            header cells (which Excel adds) are dropped.
    """

    path: Path
    encoding: str
    delimiter: str
    headers: list[str]
    _text: str = field(default="", repr=False, compare=False)
    _lines_before_data: int = field(default=1, repr=False, compare=False)
    _parsed: tuple[list[list[str]], Sequence[int]] | None = field(default=None, repr=False, compare=False)
    sha256: str = field(default="", compare=False)
    """SHA-256 of the bytes read, for the import's audit event: the file as previewed, not as it may be later."""

    def records(self) -> tuple[list[list[str]], Sequence[int]]:
        """Every record after the header as the csv module read it, and the line where each starts.

        Parsed once, on first use (:func:`read_csv` does it), and kept: the import works on
        these. Blank lines come back as empty records. When no record spans several lines
        (the usual case), a record's line follows from its position, with no per-row work.
        """
        if self._parsed is None:
            _set_field_limit()
            skip = self._lines_before_data
            reader = csv.reader(_lines_after(self._text, skip), delimiter=self.delimiter, skipinitialspace=True)
            try:
                records = list(reader)
            except csv.Error:
                for _ in _records(self._text, self.delimiter, skip, self.path.name):
                    pass  # raises CsvReadError naming the line where the bad record starts
                raise CsvReadError(translate("RollCsv", "{0} could not be read as CSV.").format(
                    self.path.name)) from None  # pragma: no cover
            lines: Sequence[int]
            if reader.line_num == len(records):
                lines = range(skip + 1, skip + 1 + len(records))
            else:  # a quoted field holds a line break: count where each record starts
                lines = [line for line, _ in _records(self._text, self.delimiter, skip)]
            self._parsed = (records, lines)
        return self._parsed

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """Yield ``(line, fields)`` for every data record after the header.

        Values are trimmed of surrounding whitespace. Records with nothing
        but blank fields are skipped, because spreadsheets leave such rows
        behind and they carry no information.

        Yields:
            The physical line number where the record starts, and its fields.
        """
        records, lines = self.records()
        for line, record in zip(lines, records, strict=True):
            fields = list(map(str.strip, record))
            if any(fields):
                yield line, fields

    def preview(self, n: int = 10) -> list[list[str]]:
        """Return the first ``n`` data rows, for the column-mapping dialog.

        Args:
            n: Number of rows wanted.

        Returns:
            Up to ``n`` lists of trimmed field values.
        """
        result: list[list[str]] = []
        if n <= 0:
            return result
        for _line, fields in self.rows():
            result.append(fields)
            if len(result) >= n:
                break
        return result


# --------------------------------------------------------------------------
# Reading the file
# --------------------------------------------------------------------------


def read_csv(path: Path) -> CsvTable:
    """Open a membership CSV export and work out how to read it.

    The file is read into memory once and decoded once. The encoding comes
    from a byte-order mark, the NUL-byte pattern of UTF-16, a strict UTF-8
    attempt, a Windows-1252 plausibility check and, only when none of those
    is convincing, charset-normalizer on a sample. The delimiter is chosen by
    parsing the first records with each candidate and keeping the one that
    gives a multi-column header and consistent row lengths; this is more
    reliable than :class:`csv.Sniffer`, which is easily fooled by commas
    inside names or addresses. Finally every record is parsed once, so that
    problems such as an unclosed quote swallowing the file surface here as
    a :class:`CsvReadError` rather than halfway through an import.

    Args:
        path: The CSV file chosen by the chair.

    Returns:
        A :class:`CsvTable` ready for :func:`guess_mapping` and
        :func:`parse_records`. A file with only a header is fine and has
        zero rows.

    Raises:
        CsvReadError: The file is missing, unreadable, empty, too large,
            binary, a web page or spreadsheet, or not parseable as CSV.
    """
    path = Path(path)
    name = path.name or str(path)
    data = _read_bytes(path, name)
    if not data.strip(b" \t\r\n\x0c") or data in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE,
                                                     codecs.BOM_UTF16_BE):
        raise CsvReadError(translate("RollCsv", "{0} is empty.").format(name))
    _refuse_known_binary(data, name)
    text, encoding = _decode(data, name)
    _refuse_non_text(text, name)

    # Look for the header in the sample first, to avoid copying the whole text
    # into a StringIO just to skip a blank line or two.
    lines_before_header, sep_delimiter = _skip_preamble(text[:_SAMPLE_CHARS])
    if lines_before_header is None and len(text) > _SAMPLE_CHARS:
        lines_before_header, sep_delimiter = _skip_preamble(text)
    if lines_before_header is None:
        raise CsvReadError(translate("RollCsv", "{0} is empty.").format(name))
    delimiter = sep_delimiter or _sniff_delimiter(text, lines_before_header)

    header_line = lines_before_header + 1
    _set_field_limit()
    # The header is read from the sample when it ends there: reading it from the whole text
    # would copy megabytes for one line.
    for source in (text[:_SAMPLE_CHARS], text) if len(text) > _SAMPLE_CHARS else (text,):
        lines = _lines_after(source, lines_before_header)
        reader = csv.reader(lines, delimiter=delimiter, skipinitialspace=True)
        try:
            record = next(reader, [])
        except csv.Error as error:
            if source is text:
                raise CsvReadError(_csv_error_message(name, header_line, error)) from None
            continue
        if source is text or lines.tell() < len(source):
            break
    headers = [value.strip() for value in record]
    while len(headers) > 1 and not headers[-1]:
        headers.pop()
    lines_before_data = lines_before_header + max(reader.line_num, 1)

    table = CsvTable(path=path, encoding=encoding, delimiter=delimiter, headers=headers,
                     _text=text, _lines_before_data=lines_before_data, sha256=hashlib.sha256(data).hexdigest())
    _validate_all_records(table, name)
    return table


def _read_bytes(path: Path, name: str) -> bytes:
    """Read the whole file (a regular file only, never more than the limit), turning OS errors into sentences.

    ``/dev/zero`` or ``/dev/urandom`` would exhaust memory and a FIFO would wait for ever.
    """
    from ballotdesk.files import NotRegularFileError

    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            megabytes = size // (1024 * 1024)
            raise CsvReadError(translate(
                "RollCsv", "{0} is too large ({1} MB); BallotDesk reads membership files of up to {2} MB.").format(
                name, f"{megabytes:,}", MAX_FILE_BYTES // (1024 * 1024)))
        from ballotdesk.files import read_regular

        return read_regular(path, MAX_FILE_BYTES, "CSV file")
    except NotRegularFileError as error:
        raise CsvReadError(str(error)) from None
    except FileNotFoundError:
        raise CsvReadError(translate("RollCsv", "{0} could not be found in {1}.").format(name, path.parent)) from None
    except IsADirectoryError:
        raise CsvReadError(translate("RollCsv", "{0} is a folder, not a CSV file.").format(name)) from None
    except PermissionError:
        raise CsvReadError(translate("RollCsv", "{0} could not be opened: permission denied.").format(name)) from None
    except OSError as error:
        reason = os_reason(error)
        raise CsvReadError(translate("RollCsv", "{0} could not be read ({1}).").format(name, reason)) from None


def _refuse_known_binary(data: bytes, name: str) -> None:
    """Recognise spreadsheets and PDFs saved under a .csv name, a common mix-up."""
    if data.startswith(b"PK\x03\x04"):
        raise CsvReadError(translate(
            "RollCsv", "{0} looks like an Excel workbook (.xlsx), not a CSV file; "
            "save it from Excel as \"CSV UTF-8\" first.").format(name))
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise CsvReadError(translate(
            "RollCsv", "{0} looks like an old Excel workbook (.xls), not a CSV file; "
            "save it from Excel as \"CSV UTF-8\" first.").format(name))
    if data.startswith(b"%PDF"):
        raise CsvReadError(translate("RollCsv", "{0} looks like a PDF document, not a CSV file.").format(name))


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode the file, returning ``(text, encoding)``.

    Order matters: byte-order marks are certain, NUL bytes only occur in
    UTF-16 (or binary), strict UTF-8 almost never succeeds by accident on
    anything else, and Windows-1252 is by far the most common remaining
    encoding for UK and European membership exports. charset-normalizer is
    slow and sometimes surprising on short files, so it is consulted last and
    only on a sample.
    """
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _strict_decode(data, encoding, name), encoding

    nul_at = data.find(b"\x00")
    if nul_at >= 0:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise CsvReadError(_nul_message(name, _line_at_byte(data, nul_at)))
        return _strict_decode(data, utf16, name), utf16

    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = _decode_mixed(data) if _UTF8_SEQUENCE.search(data) else None
    if mixed is not None:
        return mixed, MIXED_ENCODING
    if _plausible_cp1252(data[:_SAMPLE_BYTES]):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    import charset_normalizer  # only for the rare file that is neither UTF nor cp1252; ~20 ms to load

    best = charset_normalizer.from_bytes(data[:_SAMPLE_BYTES]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding), best.encoding
        except (UnicodeDecodeError, LookupError):
            pass
    raise CsvReadError(
        translate("RollCsv", "{0} does not look like a text file; it may be binary, not CSV.").format(name))


MIXED_ENCODING = "utf-8+cp1252"
"""A UTF-8 file into which some lines were pasted from a Windows-1252 one (see :func:`_decode_mixed`)."""

_WESTERN = re.compile("[\x00-\x7f\u00a0-\u024f\u0300-\u036f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf]*")
"""ASCII, Latin letters with their accents, general punctuation and currency signs."""

_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _decode_mixed(data: bytes) -> str | None:
    """Decode each line as UTF-8 if it is, else as Windows-1252; None if that does not read true.

    A file that is mostly UTF-8 ("Zoë" as two bytes) but has lines in Windows-1252 (one byte)
    comes from exports merged by hand. Read whole as Windows-1252, every UTF-8 name would be
    garbled ("ZoÃ«") without a word of warning; a line at a time, both kinds read true.
    """
    out, odd, utf8_names = [], [], False
    for line in data.splitlines(keepends=True):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            text = ""
        # A Windows-1252 "É–" or "Ó’" is valid UTF-8 by accident ("ɖ", "Ӓ"): a line is taken as
        # UTF-8 only when every letter it then has is one a Western name uses.
        if text and _WESTERN.fullmatch(text):
            utf8_names = utf8_names or not text.isascii()
            out.append(text)
        else:
            odd.append(line)
            out.append("")
    if not odd or not utf8_names or not _plausible_cp1252(b"".join(odd)[:_SAMPLE_BYTES]):
        return None
    lines = iter(line.decode("cp1252", errors="replace") for line in odd)
    return "".join(text if text else next(lines) for text in out)


def _strict_decode(data: bytes, encoding: str, name: str) -> str:
    """Decode with ``encoding`` or explain where the damage is."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        # Count lines in the decoded good part: in UTF-16 a 0x0A byte is not
        # necessarily a line feed.
        good = data[: error.start].decode(encoding, errors="replace")
        line = _line_at_char(good, len(good))
        raise CsvReadError(translate(
            "RollCsv", "{0} looks like {1} text but is damaged near line {2}; "
            "it may have been cut short or edited with the wrong program.").format(name, encoding.upper(), line)
        ) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """Return ``"utf-16-le"``/``"utf-16-be"`` if the NUL bytes say so, else None.

    Mostly-ASCII text in UTF-16 has a NUL in every other byte: the odd
    positions for little-endian, the even ones for big-endian. Random binary
    data has NULs scattered evenly, so a lopsided pattern is a reliable sign.
    """
    sample = data[:4096]
    if len(sample) % 2:
        sample = sample[:-1]
    pairs = len(sample) // 2
    if pairs == 0:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= pairs * 0.3 and odd > 4 * even:
        return "utf-16-le"
    if even >= pairs * 0.3 and even > 4 * odd:
        return "utf-16-be"
    return None


def _plausible_cp1252(sample: bytes) -> bool:
    """Tell whether non-UTF-8 bytes read sensibly as Windows-1252.

    In Western European names the accented letters are a small minority
    among plain ASCII letters ("Zoë", "Siân", "O’Brien"). Cyrillic or Greek
    single-byte encodings decode "successfully" as cp1252 too, but then
    nearly every letter is non-ASCII; those are left to charset-normalizer.
    """
    try:
        text = sample.decode("cp1252")
    except UnicodeDecodeError:
        return False
    non_ascii = len(_NON_ASCII.findall(text))
    ascii_letters = len(_ASCII_LETTERS.findall(text))
    return non_ascii <= 0.3 * (non_ascii + ascii_letters)


def _refuse_non_text(text: str, name: str) -> None:
    """Refuse decoded text that is binary junk, contains NULs or is HTML."""
    nul_at = text.find("\x00")
    if nul_at >= 0:
        raise CsvReadError(_nul_message(name, _line_at_char(text, nul_at)))
    sample = text[:_SAMPLE_CHARS]
    if len(_CONTROL_CHARS.findall(sample)) > max(2, len(sample) // 100):
        raise CsvReadError(
            translate("RollCsv", "{0} does not look like a text file; it may be binary, not CSV.").format(name))
    head = sample.lstrip("\ufeff \t\r\n")[:1024]
    if head.startswith("<") and _HTML_START.search(head):
        raise CsvReadError(translate("RollCsv", "{0} looks like a web page (HTML), not a CSV file.").format(name))
    if head.startswith("<?xml"):
        raise CsvReadError(translate("RollCsv", "{0} looks like an XML file, not a CSV file.").format(name))


def _line_at_byte(data: bytes, offset: int) -> int:
    """Physical line (1-based) containing byte ``offset``; CR, LF and CRLF all end a line."""
    before = data[:offset]
    return before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n") + 1


def _line_at_char(text: str, offset: int) -> int:
    """Physical line (1-based) containing character ``offset``."""
    before = text[:offset]
    return before.count("\n") + before.count("\r") - before.count("\r\n") + 1


def _skip_preamble(text: str) -> tuple[int | None, str | None]:
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


def _lines_after(text: str, skip: int) -> io.StringIO:
    """Iterate physical lines of ``text`` (ends kept), skipping the first ``skip``."""
    lines = io.StringIO(text, newline="")
    for _ in range(skip):
        if not lines.readline():
            break
    return lines


def _records(
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
    _set_field_limit()
    reader = csv.reader(_lines_after(text, skip), delimiter=delimiter, skipinitialspace=True)
    previous_end = 0
    try:
        for record in reader:
            yield skip + previous_end + 1, record
            previous_end = reader.line_num
    except csv.Error as error:
        raise CsvReadError(_csv_error_message(name, skip + previous_end + 1, error)) from None


def _csv_error_message(name: str, line: int, error: csv.Error) -> str:
    """Word a csv module error for the chair."""
    if "field larger than field limit" in str(error):
        return _too_long_message(name, line)
    return translate("RollCsv", "{0} line {1}: the file could not be read as CSV ({2}).").format(name, line, error)


def _set_field_limit() -> None:
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


def _nul_message(name: str, line: int) -> str:
    return translate("RollCsv", "{0} contains NUL bytes at line {1}; it may be a binary file, not CSV.").format(
        name, line)


def _validate_all_records(table: CsvTable, name: str) -> None:
    """Parse every record now, so a broken file is reported when the chair picks it.

    The records are kept (:meth:`CsvTable.records`): the import works on them rather than
    parsing the file a second time. Only when parsing fails is the slower, line-tracking
    parse run, to name the line where the bad record starts.
    """
    table.records()


def _sniff_delimiter(text: str, skip: int) -> str:
    """Choose the delimiter that makes the first records look like a table.

    Each candidate parses the first records of a sample. A good delimiter
    splits the header into several columns and gives data rows the same
    number of fields (trailing empty fields, which Excel adds, are allowed).
    Ties go to the earlier candidate: comma, then semicolon, then tab.
    """
    sample = text[:_SAMPLE_CHARS]
    if len(text) > _SAMPLE_CHARS:
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
        for _line, record in _records(sample, delimiter, skip):
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


# --------------------------------------------------------------------------
# Column mapping
# --------------------------------------------------------------------------


def _normalise_header(header: str) -> str:
    """Lower-case and drop spaces and punctuation: "Member No." -> "memberno"."""
    return "".join(ch for ch in header.casefold() if ch.isalnum())


_NORMALISED_ALIASES: dict[str, tuple[str, ...]] = {
    field_name: tuple(_normalise_header(alias) for alias in aliases)
    for field_name, aliases in _HEADER_ALIASES.items()
}


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """Propose which column holds each field, from the header names.

    Matching ignores case, spaces and punctuation, so "E-mail",
    "email" and "EMAIL " all match. Each column is used at most once, and
    more specific names win: with both "ID" and "Membership No." present,
    the membership number is taken from "Membership No.".

    Args:
        headers: Column names as read by :func:`read_csv`.

    Returns:
        ``{field: column index}`` for the fields that were recognised;
        fields with no matching column are left out.
    """
    normalised = [_normalise_header(header) for header in headers]
    used: set[int] = set()
    mapping: dict[str, int] = {}
    for field_name in FIELDS:
        for alias in _NORMALISED_ALIASES[field_name]:
            index = next(
                (i for i, name in enumerate(normalised) if name == alias and i not in used),
                None,
            )
            if index is not None:
                mapping[field_name] = index
                used.add(index)
                break
    return mapping


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("jan", "january"),
        ("feb", "february"),
        ("mar", "march"),
        ("apr", "april"),
        ("may",),
        ("jun", "june"),
        ("jul", "july"),
        ("aug", "august"),
        ("sep", "sept", "september"),
        ("oct", "october"),
        ("nov", "november"),
        ("dec", "december"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number
_WEEKDAYS = frozenset(
    ("mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
     "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday")
)
_TIME_SUFFIX = re.compile(
    r"(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?m\.?)?(?:Z|[+-]\d{2}:?\d{2})?)$",
    re.IGNORECASE,
)
_YEAR_FIRST = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,4})")
_TOKEN_SPLIT = re.compile(r"[\s,./\-]+")
_ORDINAL = re.compile(r"(\d{1,4})(?:st|nd|rd|th)?")


def parse_date(text: str, date_format: str = "dmy") -> datetime.date | None:
    """Read a join date as written by a membership system or Excel.

    Day-first is the default because BallotDesk is used mostly in the UK.
    Whatever the order chosen, year-first ISO dates ("2016-02-03") are
    always accepted, because they are unambiguous. Two-digit years pivot at
    70 (00-69 are 2000-2069), and a trailing time such as Excel's
    "03/02/2016 00:00" is ignored.

    Args:
        text: The field value; surrounding whitespace is ignored.
        date_format: ``"dmy"``, ``"mdy"``, ``"ymd"`` or any
            :func:`datetime.datetime.strptime` format such as ``"%d.%m.%Y"``.

    Returns:
        The date, or None when ``text`` is blank.

    Raises:
        ValueError: The text is not a real date in the chosen order (for
            example 31/02/2016), or ``date_format`` is not recognised.
    """
    text = text.strip()
    if not text:
        return None
    _check_date_format(date_format)
    return _parse_date_cached(text, date_format)


_DIRECTIVE = re.compile(r"%(.)")


def _names_a_date(directives: set[str]) -> bool:
    """Whether strptime directives can say which day it is (and use no directive strptime lacks)."""
    if not directives <= set("aAbBcdfGHIjmMpSuUVwWxXyYzZ%"):
        return False
    year = bool({"y", "Y"} & directives)
    return bool(
        {"c", "x"} & directives
        or (year and "j" in directives)
        or (year and "d" in directives and {"m", "b", "B"} & directives)
        or ({"G", "V"} <= directives and {"u", "a", "A"} & directives)
        or (year and {"U", "W"} & directives and {"w", "u", "a", "A"} & directives)
    )


def _check_date_format(date_format: str) -> None:
    if "%" in date_format and not _names_a_date(set(_DIRECTIVE.findall(date_format))):
        # A format that cannot say which day it is would skip every row as unreadable.
        raise ValueError(translate(
            "RollCsv", "Date format {0} does not name the day, the month and the year (e.g. '%d.%m.%Y').").format(
            repr(date_format)))
    if date_format not in DATE_FORMATS and "%" not in date_format:
        choices = ", ".join(repr(key) for key in DATE_FORMATS)
        raise ValueError(translate(
            "RollCsv", "Unknown date format {0}: use one of {1} or a strptime format such as '%d.%m.%Y'."
        ).format(repr(date_format), choices))


@functools.lru_cache(maxsize=65536)
def _parse_date_cached(text: str, date_format: str) -> datetime.date:
    """Parse a stripped, non-empty date; cached because join dates repeat a lot."""
    if "%" in date_format:
        for candidate in (text, _TIME_SUFFIX.sub("", text)):
            try:
                return datetime.datetime.strptime(candidate, date_format).date()
            except ValueError:
                pass
    bare = _TIME_SUFFIX.sub("", text).strip()
    order = date_format
    try:
        match = _YEAR_FIRST.fullmatch(bare)
        if match:
            return datetime.date(int(match[1]), int(match[3]), int(match[4]))
        if order not in _EXPECTED_ORDER:
            # The chair gave an exact format: apart from ISO dates, guessing
            # other shapes would defeat the point of choosing one.
            raise ValueError(text)
        match = _NUMERIC.fullmatch(bare)
        if match:
            first, second, third = match[1], match[3], match[4]
            if order == "dmy":
                day, month, year = first, second, third
            elif order == "mdy":
                month, day, year = first, second, third
            else:
                year, month, day = first, second, third
            if len(day) > 2 or len(month) > 2:
                raise ValueError(text)
            return datetime.date(_full_year(year), int(month), int(day))
        return _parse_month_name(bare, order)
    except ValueError:
        raise ValueError(text) from None  # worded by the caller, which knows the line and the format


def _parse_month_name(text: str, order: str) -> datetime.date:
    """Parse dates with a month name: "3 Feb 2016", "Feb 3, 2016", "03-Feb-16"."""
    tokens = [token for token in _TOKEN_SPLIT.split(text.casefold()) if token]
    tokens = [token for token in tokens if token not in _WEEKDAYS]
    months = [token for token in tokens if token in _MONTHS]
    numbers = [token for token in tokens if token not in _MONTHS]
    if len(months) != 1 or len(numbers) != 2:
        raise ValueError(text)
    matches = [_ORDINAL.fullmatch(token) for token in numbers]
    if matches[0] is None or matches[1] is None:
        raise ValueError(text)
    first, second = matches[0][1], matches[1][1]
    if len(first) == 4 or (order == "ymd" and len(second) <= 2):
        year, day = first, second
    else:
        day, year = first, second
    if len(day) > 2:
        raise ValueError(text)
    return datetime.date(_full_year(year), _MONTHS[months[0]], int(day))


def _full_year(digits: str) -> int:
    """Expand a year; two digits pivot at 70 (69 -> 2069, 70 -> 1970)."""
    if len(digits) == 4:
        return int(digits)
    if len(digits) == 2:
        value = int(digits)
        return 2000 + value if value < 70 else 1900 + value
    raise ValueError(digits)


def _describe_format(date_format: str) -> str:
    """Say in words what a date should look like, for problem messages."""
    if date_format in _EXPECTED_ORDER:
        return translate("RollCsv", _EXPECTED_ORDER[date_format])
    readable = date_format
    for code, words in (("%d", "dd"), ("%m", "mm"), ("%Y", "yyyy"), ("%y", "yy"),
                        ("%b", "Mon"), ("%B", "Month")):
        readable = readable.replace(code, words)
    return readable


# --------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------


@dataclass
class RollColumns:
    """The good rows of an export, one list per field, and the rows that were not good.

    An import handles 100,000 rows: column by column, most of the work is done by C loops
    (``map``, ``zip``, ``str.join``) rather than by Python code run once per member.

    Attributes:
        lines: The physical line where each good row starts.
        join_date: ISO dates (``"2016-02-03"``), or None where not given.
        problems: The rows not imported, in line order.
    """

    number: list[str]
    first_name: list[str]
    last_name: list[str]
    ward: list[str]
    postcode: list[str]
    join_date: list[str | None]
    status: list[str]
    email: list[str]
    lines: Sequence[int]
    problems: list[RowProblem]

    def __len__(self) -> int:
        return len(self.number)

    def records(self) -> Iterator[MemberRecord]:
        """The good rows as :class:`MemberRecord` values, in file order."""
        for number, first, last, ward, postcode, joined, status, email in zip(
                self.number, self.first_name, self.last_name, self.ward, self.postcode, self.join_date,
                self.status, self.email, strict=True):
            yield MemberRecord(number, first, last, ward, postcode,
                               datetime.date.fromisoformat(joined) if joined else None, status, email)


def parse_records(
    table: CsvTable, mapping: dict[str, int], date_format: str = "dmy"
) -> Iterator[MemberRecord | RowProblem]:
    """Turn each data row into a :class:`MemberRecord` or a :class:`RowProblem`, in file order.

    The same rules as :func:`parse_columns`, one row at a time, for callers that want rows.

    Raises:
        ValueError: As :func:`parse_columns`, when this is called.
    """
    columns = parse_columns(table, mapping, date_format)
    items: list[tuple[int, MemberRecord | RowProblem]] = list(zip(columns.lines, columns.records(), strict=True))
    items += [(p.line, p) for p in columns.problems]
    items.sort(key=lambda item: item[0])
    return iter([item for _, item in items])


def parse_columns(table: CsvTable, mapping: dict[str, int], date_format: str = "dmy", *,
                  checkpoint: Callable[[], None] | None = None) -> RollColumns:
    """Sort the data rows into good rows, by column, and :class:`RowProblem` values.

    Problems are reported rather than raised so the chair sees the whole list at once and
    can fix the file in one go. A row is a problem when it has the wrong number of fields, no
    membership number, a number already used earlier in the file (the later row is the
    problem, and the message says where the first one was), or a join date that cannot be
    read; the first of these found is the one reported. Rows that are entirely empty are
    skipped silently; trailing empty fields beyond the header are tolerated because Excel
    writes them.

    Args:
        table: The file, as returned by :func:`read_csv`.
        mapping: ``{field: column index}``; only ``"number"`` is required.
            Unmapped fields come out as "" (or None for the join date).
        date_format: Order of join dates, see :func:`parse_date`.

    Raises:
        ValueError: The mapping lacks the membership number, names an unknown
            field, uses a column twice or points past the last column, or the
            date format is unknown.
    """
    _check_mapping(mapping, len(table.headers))
    _check_date_format(date_format)
    # Called between the steps of a large file (each a few tenths of a second at 100,000 rows), so
    # a Cancel pressed while the file is being read takes effect then, not once it has all been read.
    step = checkpoint or (lambda: None)
    step()
    width = len(table.headers)
    number_col = mapping["number"]
    rows, lines = table.records()
    problems: list[RowProblem] = []
    step()

    odd = [i for i, row in enumerate(rows) if len(row) != width]
    if odd:
        rows, dropped = list(rows), set()
        for i in odd:
            row = rows[i]
            if len(row) > width and not any(value.strip() for value in row[width:]):
                rows[i] = row[:width]
                continue
            dropped.add(i)
            if any(value.strip() for value in row):  # a blank line is no problem
                reason = translate("RollCsv", "wrong number of fields: {0} instead of {1}").format(len(row), width)
                if any("\n" in value or "\r" in value for value in row):
                    reason += translate("RollCsv", " (a quote mark may be missing its partner)")
                problems.append(RowProblem(lines[i], reason, row[number_col].strip() if number_col < len(row) else ""))
        kept = [i not in dropped for i in range(len(rows))]
        rows, lines = list(compress(rows, kept)), list(compress(lines, kept))

    step()
    columns = list(zip(*rows, strict=True)) if rows else [()] * width
    step()

    def column(name: str) -> list[str]:
        index = mapping.get(name)
        return list(map(str.strip, columns[index])) if index is not None else [""] * len(rows)

    number = column("number")
    rejected: set[int] = set()  # positions in ``rows`` not imported
    _refuse_hidden_numbers(number, lines, rejected, problems)
    keys = list(map(str.casefold, number))
    if "" in number or len(set(keys)) != len(keys):
        first_seen: dict[str, int] = {}
        for k, (value, key) in enumerate(zip(number, keys, strict=True)):
            if k in rejected:
                continue
            if not value:
                rejected.add(k)
                if any(v.strip() for v in rows[k]):
                    problems.append(RowProblem(lines[k], translate("RollCsv", "missing membership number")))
            elif key in first_seen:
                rejected.add(k)
                problems.append(RowProblem(lines[k], translate(
                    "RollCsv", "duplicate membership number {0} (first seen on line {1})").format(
                    value, first_seen[key]), value))
            else:
                first_seen[key] = lines[k]

    step()
    join_date: list[str | None] = [None] * len(rows)
    if "join_date" in mapping:
        dates = _DateCache(date_format)
        raw: list[str] = column("join_date")
        join_date = list(map(dates.__getitem__, raw))
        if dates.unreadable:
            expected = _describe_format(date_format)
            for k, iso in enumerate(join_date):
                if iso == "" and k not in rejected:
                    rejected.add(k)
                    problems.append(RowProblem(lines[k], translate(
                        "RollCsv", "unreadable join date '{0}' (expected {1})").format(raw[k], expected), number[k]))

    step()
    keep = [k not in rejected for k in range(len(rows))]

    def good(values: list[Any]) -> list[Any]:
        return list(compress(values, keep)) if rejected else values

    problems.sort(key=lambda p: p.line)
    return RollColumns(
        number=good(number), first_name=good(column("first_name")), last_name=good(column("last_name")),
        ward=good(column("ward")), postcode=good(column("postcode")), join_date=good(join_date),
        status=good(column("status")), email=good(column("email")), lines=good(list(lines)) if rejected else lines,
        problems=problems,
    )


def _refuse_hidden_numbers(number: list[str], lines: Sequence[int], rejected: set[int],
                           problems: list[RowProblem]) -> None:
    """Skip rows whose membership number holds a character the forms refuse (zero-width, bidi, control).

    Such a number is stored as a second member that ``register`` (typed at the door) never finds,
    and who could vote twice. The forms' rule (``text.check_text``) decides; it is only run on the
    rare numbers that are not printable ASCII, so a 100,000-row roll of plain numbers pays one
    ``isascii``/``isprintable`` pass over the joined column.
    """
    joined = "".join(number)
    if joined.isascii() and joined.isprintable():
        return
    from ballotdesk.domain.errors import DomainError
    from ballotdesk.domain.text import check_text

    for k, value in enumerate(number):
        if value.isascii() and value.isprintable():
            continue
        try:
            check_text("number", value)
        except DomainError as error:
            rejected.add(k)
            problems.append(RowProblem(lines[k], str(error), value))


class _DateCache(dict[str, str | None]):
    """Join-date text -> ISO date, None for blank, "" for unreadable; each distinct text parsed once."""

    def __init__(self, date_format: str) -> None:
        super().__init__()
        self.date_format = date_format
        self.unreadable = False

    def __missing__(self, text: str) -> str | None:
        value: str | None = None
        if text:
            try:
                value = _parse_date_cached(text, self.date_format).isoformat()
            except ValueError:
                value, self.unreadable = "", True
        self[text] = value
        return value


def _check_mapping(mapping: dict[str, int], width: int) -> None:
    if "number" not in mapping:
        raise ValueError(translate(
            "RollCsv", "Choose which column holds the membership number; it is needed to import members."))
    unknown = sorted(set(mapping) - set(FIELDS))
    if unknown:
        names = ", ".join(unknown)
        raise ValueError(translate("RollCsv", "Unknown field(s) in the column mapping: {0}.").format(names))
    seen: dict[int, str] = {}
    for field_name, index in mapping.items():
        label = translate("Domain", FIELD_LABELS[field_name])
        if not 0 <= index < width:
            raise ValueError(translate(
                "RollCsv", "{0} is mapped to column {1}, but the file has {2} columns.").format(
                label, index + 1, width))
        if index in seen:
            raise ValueError(translate(
                "RollCsv", "{0} and {1} are both mapped to column {2}; each column can hold only one field.").format(
                label, translate("Domain", FIELD_LABELS[seen[index]]), index + 1))
        seen[index] = field_name
