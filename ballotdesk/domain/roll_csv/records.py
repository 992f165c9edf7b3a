"""Reading the rows of an export into member records, and the rows that cannot be read, with their lines.

The last step of an import, after the chair has confirmed the column mapping and the date order:
:func:`parse_columns` sorts 100,000 rows column by column into good rows and :class:`RowProblem`
values that name the line and the field, and :func:`parse_records` gives the same one row at a time.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import compress
from typing import Any

from ballotdesk.domain.roll_csv.dates import DateCache, check_date_format, describe_format
from ballotdesk.domain.roll_csv.headers import check_mapping
from ballotdesk.domain.roll_csv.reader import CsvTable
from ballotdesk.domain.words import translate


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
    check_mapping(mapping, len(table.headers))
    check_date_format(date_format)
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
        dates = DateCache(date_format)
        raw: list[str] = column("join_date")
        join_date = list(map(dates.__getitem__, raw))
        if dates.unreadable:
            expected = describe_format(date_format)
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
