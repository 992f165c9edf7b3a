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

The package follows the steps of reading: :mod:`.decoding` (bytes to text), :mod:`.dialect`
(where the header starts, the delimiter, records with their lines), :mod:`.reader` (:func:`read_csv`
and :class:`CsvTable`), :mod:`.headers` (the fields and which column holds each), :mod:`.dates` (join
dates as written) and :mod:`.records` (rows into members and problems). This module names what the
rest of BallotDesk uses.
"""

from __future__ import annotations

from ballotdesk.domain.roll_csv.dates import DATE_FORMATS, parse_date
from ballotdesk.domain.roll_csv.decoding import CsvReadError
from ballotdesk.domain.roll_csv.dialect import MAX_FIELD_CHARS
from ballotdesk.domain.roll_csv.headers import FIELD_LABELS, FIELDS, guess_mapping
from ballotdesk.domain.roll_csv.reader import CsvTable, read_csv
from ballotdesk.domain.roll_csv.records import MemberRecord, RollColumns, RowProblem, parse_columns, parse_records

__all__ = [
    "DATE_FORMATS",
    "FIELDS",
    "FIELD_LABELS",
    "MAX_FIELD_CHARS",
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
