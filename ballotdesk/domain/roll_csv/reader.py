"""Reading a membership export: :func:`read_csv` and the :class:`CsvTable` it returns.

Puts the steps together (:mod:`~ballotdesk.domain.roll_csv.decoding`, then
:mod:`~ballotdesk.domain.roll_csv.dialect`) and parses every record once, so that everything that
makes a file unusable is refused when the chair picks it; the records are then read into members by
:mod:`~ballotdesk.domain.roll_csv.records`.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ballotdesk.domain.roll_csv.decoding import (
    SAMPLE_CHARS,
    CsvReadError,
    decode,
    read_bytes,
    refuse_known_binary,
    refuse_non_text,
)
from ballotdesk.domain.roll_csv.dialect import (
    csv_error_message,
    lines_after,
    raw_records,
    set_field_limit,
    skip_preamble,
    sniff_delimiter,
)
from ballotdesk.domain.words import translate


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
            set_field_limit()
            skip = self._lines_before_data
            reader = csv.reader(lines_after(self._text, skip), delimiter=self.delimiter, skipinitialspace=True)
            try:
                records = list(reader)
            except csv.Error:
                for _ in raw_records(self._text, self.delimiter, skip, self.path.name):
                    pass  # raises CsvReadError naming the line where the bad record starts
                raise CsvReadError(translate("RollCsv", "{0} could not be read as CSV.").format(
                    self.path.name)) from None  # pragma: no cover
            lines: Sequence[int]
            if reader.line_num == len(records):
                lines = range(skip + 1, skip + 1 + len(records))
            else:  # a quoted field holds a line break: count where each record starts
                lines = [line for line, _ in raw_records(self._text, self.delimiter, skip)]
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
    data = read_bytes(path, name)
    if not data.strip(b" \t\r\n\x0c") or data in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE,
                                                     codecs.BOM_UTF16_BE):
        raise CsvReadError(translate("RollCsv", "{0} is empty.").format(name))
    refuse_known_binary(data, name)
    text, encoding = decode(data, name)
    refuse_non_text(text, name)

    # Look for the header in the sample first, to avoid copying the whole text
    # into a StringIO just to skip a blank line or two.
    lines_before_header, sep_delimiter = skip_preamble(text[:SAMPLE_CHARS])
    if lines_before_header is None and len(text) > SAMPLE_CHARS:
        lines_before_header, sep_delimiter = skip_preamble(text)
    if lines_before_header is None:
        raise CsvReadError(translate("RollCsv", "{0} is empty.").format(name))
    delimiter = sep_delimiter or sniff_delimiter(text, lines_before_header)

    header_line = lines_before_header + 1
    set_field_limit()
    # The header is read from the sample when it ends there: reading it from the whole text
    # would copy megabytes for one line.
    for source in (text[:SAMPLE_CHARS], text) if len(text) > SAMPLE_CHARS else (text,):
        lines = lines_after(source, lines_before_header)
        reader = csv.reader(lines, delimiter=delimiter, skipinitialspace=True)
        try:
            record = next(reader, [])
        except csv.Error as error:
            if source is text:
                raise CsvReadError(csv_error_message(name, header_line, error)) from None
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


def _validate_all_records(table: CsvTable, name: str) -> None:
    """Parse every record now, so a broken file is reported when the chair picks it.

    The records are kept (:meth:`CsvTable.records`): the import works on them rather than
    parsing the file a second time. Only when parsing fails is the slower, line-tracking
    parse run, to name the line where the bad record starts.
    """
    table.records()
