"""What the audit chain records of a table: a digest that a change updates in proportion to itself.

A table's rows are grouped into buckets of :data:`BUCKET_ROWS` consecutive rowids. Each bucket
has a SHA-256 digest of its rows (column by column, framed so no content can run into the next);
the table's digest is SHA-256 over its buckets' numbers and digests. A change re-hashes only the
buckets it touched (SQLite triggers that live only on BallotDesk's own connection note them), so a
registration costs the same with 20,000 people registered as with none. Opening and ``verify``
recompute every bucket from the rows, so a row changed, added or deleted with another tool is
found exactly as before: the digest still covers every byte of every row.

Older files recorded whole-table digests (:func:`table_digest`, and :func:`stored_roll_digest`
for the roll); their last event is still checked that way until the next change records the
bucketed form, marked by :data:`BUCKETED`.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

BUCKET_BITS = 7
BUCKET_ROWS = 1 << BUCKET_BITS
"""Rows per bucket: the most a change to one row re-hashes (128 rows, a few hundredths of a millisecond)."""

BUCKETED = "b2:"
"""Marks a digest made by :func:`combine` from buckets hashed column by column (:func:`columns_digest`)."""

ROW_BUCKETED = "b1:"
"""Marks a bucketed digest of earlier files, whose buckets hashed each row's ``repr`` (:func:`rows_digest`).

Still checked that way; the first change written here re-hashes such a table in the current form.
"""

ROLL_DIGEST = "v2:"
"""Marks the roll's whole-table digest of older files (:func:`stored_roll_digest`)."""


def piece_bytes(values: Sequence[Any]) -> bytes:
    """A piece of a column as bytes that no other content gives (the roll digest of :data:`ROLL_DIGEST` files).

    Text values are joined with a separator that none of them holds (checked); a piece with
    NULLs, numbers, a value holding the separator, or anything else is written as JSON instead.
    The number of values and the length in bytes come first.
    """
    text = _joined(values)
    if text is not None:
        return _framed(len(values), b"T", text)
    return _json_piece(values)


def column_piece(values: Sequence[Any]) -> bytes:
    """A piece of a bucket's column as bytes that no other content gives (see :func:`columns_digest`).

    As :func:`piece_bytes`, and a piece of NULLs only, or of whole numbers only (rowids, counts),
    is written as such rather than as JSON.
    """
    if isinstance(values, range):  # the rowids of a first import, in hand
        return _framed(len(values), b"I", array("q", values).tobytes())
    text = _joined(values)
    if text is not None:
        return _framed(len(values), b"T", text)
    if values.count(None) == len(values):
        return _framed(len(values), b"N", b"")
    if all(type(v) is int for v in values):
        try:
            return _framed(len(values), b"I", array("q", values).tobytes())
        except OverflowError:  # beyond SQLite's 64-bit integers: only JSON can say it
            pass
    return _json_piece(values)


def _joined(values: Sequence[Any]) -> bytes | None:
    """Text values joined by a separator none holds, or None when a value is not text or holds it."""
    try:
        text = "\x1f".join(values)
    except TypeError:
        return None
    if values and text.count("\x1f") != len(values) - 1:
        return None
    return text.encode("utf-8", "surrogatepass")


def _json_piece(values: Sequence[Any]) -> bytes:
    listed = [v if v is None or isinstance(v, str) else {type(v).__name__: repr(v)} for v in values]
    return _framed(len(values), b"J", json.dumps(listed).encode("ascii"))


def _framed(count: int, kind: bytes, body: bytes) -> bytes:
    return f"{count}:{len(body)}:".encode("ascii") + kind + body


def columns_digest(columns: Iterable[Sequence[Any]]) -> bytes:
    """SHA-256 of one bucket given column by column (the rowids first), as :func:`column_piece` frames each.

    A column's values are joined in C, so a bucket of 128 rows costs a few dozen microseconds
    whatever its width, a third of what writing out each row did; and a first import hashes the
    columns it holds without building a row at all. Each piece is framed with its count, length
    and kind, so no two different buckets give the same bytes.
    """
    digest = hashlib.sha256()
    for column in columns:
        digest.update(column_piece(column))
    return digest.digest()


def rows_digest(rows: Sequence[Sequence[Any]]) -> bytes:
    """SHA-256 of rows (each a tuple starting with its rowid): the bucket digest of :data:`ROW_BUCKETED` files.

    ``repr`` of a tuple of str, int, float, bytes and None is unambiguous (a string's line breaks
    and quotes are escaped, and each type is written differently), so no two different buckets give
    the same text.
    """
    text = "\n".join(map(repr, rows))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def _bucket_of_rows(rows: Sequence[Sequence[Any]], form: str = BUCKETED) -> bytes:
    if form == ROW_BUCKETED:
        return rows_digest(rows)
    return columns_digest(zip(*rows, strict=True))


def combine(buckets: Iterable[tuple[int, bytes]], form: str = BUCKETED) -> str:
    """The table's digest from its buckets in order: the form's mark and SHA-256 over number and digest."""
    return combine_numbered((numbered(number, value) for number, value in buckets), form)


def numbered(number: int, digest: bytes) -> bytes:
    """A bucket's digest as :func:`combine` takes it in: its number (8 bytes) first."""
    return number.to_bytes(8, "big", signed=True) + digest


def combine_numbered(buckets: Iterable[bytes], form: str = BUCKETED) -> str:
    """:func:`combine` of buckets already :func:`numbered`, in order: one C call however many there are."""
    return form + hashlib.sha256(b"".join(buckets)).hexdigest()


def bucket_digests(conn: sqlite3.Connection, table: str, numbers: Iterable[int] | None = None,
                   form: str = BUCKETED) -> Iterator[tuple[int, bytes | None]]:
    """Each bucket's digest from the rows, every bucket (``numbers`` None) or only those named.

    A named bucket that has no row left yields None (its record is to be dropped). ``form`` is
    :data:`BUCKETED`, or :data:`ROW_BUCKETED` to check what an earlier file recorded.
    """
    if numbers is not None:
        for number in sorted(set(numbers)):
            low = number << BUCKET_BITS
            rows = conn.execute(f"SELECT rowid, * FROM [{table}] WHERE rowid BETWEEN ? AND ? ORDER BY rowid",
                                (low, low + BUCKET_ROWS - 1)).fetchall()
            yield number, _bucket_of_rows(rows, form) if rows else None
        return
    cursor = conn.execute(f"SELECT rowid, * FROM [{table}] ORDER BY rowid")
    current: int | None = None
    held: list[Any] = []
    while chunk := cursor.fetchmany(4096):
        for row in chunk:
            number = row[0] >> BUCKET_BITS
            if number != current:
                if held:
                    yield current, _bucket_of_rows(held, form)  # type: ignore[misc]
                current, held = number, []
            held.append(row)
    if held:
        yield current, _bucket_of_rows(held, form)  # type: ignore[misc]


def digests_of_columns(columns: Sequence[Sequence[Any]]) -> Iterator[tuple[int, bytes]]:
    """Each bucket's digest from columns in hand (rowids first, ascending), as :func:`bucket_digests` reads them."""
    rowids = columns[0]
    if not len(rowids):
        return
    for number in range(rowids[0] >> BUCKET_BITS, (rowids[-1] >> BUCKET_BITS) + 1):
        low = bisect_left(rowids, number << BUCKET_BITS)
        high = bisect_left(rowids, (number + 1) << BUCKET_BITS, low)
        if high > low:
            yield number, columns_digest(column[low:high] for column in columns)


def full_digest(conn: sqlite3.Connection, table: str, form: str = BUCKETED) -> tuple[str, dict[int, bytes]]:
    """A table's digest recomputed from every row, with its buckets (for opening and ``verify``)."""
    buckets = {n: d for n, d in bucket_digests(conn, table, form=form) if d is not None}
    return combine(sorted(buckets.items()), form), buckets


def bucketed_form(recorded: object) -> str | None:
    """Which bucketed form a recorded digest has (:data:`BUCKETED` or :data:`ROW_BUCKETED`), or None."""
    text = str(recorded or "")
    return next((form for form in (BUCKETED, ROW_BUCKETED) if text.startswith(form)), None)


# -- the whole-table digests of older files ------------------------------------------------


def table_digest(conn: sqlite3.Connection, table: str) -> str:
    """SHA-256 over every row of a table in rowid order (what events before bucketing recorded)."""
    digest = hashlib.sha256()
    for row in conn.execute(f"SELECT * FROM [{table}] ORDER BY rowid"):
        digest.update(repr(row).encode("utf-8"))
    return digest.hexdigest()


def stored_roll_digest(conn: sqlite3.Connection, table: str = "members") -> str:
    """The roll's digest as events before bucketing recorded it, read 4,096 rows at a time."""
    cursor = conn.execute(f"SELECT * FROM [{table}] ORDER BY rowid")
    hashers = [hashlib.sha256() for _ in cursor.description]
    empty = True
    while rows := cursor.fetchmany(4096):
        empty = False
        for hasher, column in zip(hashers, zip(*rows, strict=True), strict=True):
            hasher.update(piece_bytes(column))
    if empty:
        for hasher in hashers:
            hasher.update(piece_bytes(()))
    return ROLL_DIGEST + hashlib.sha256(b"".join(h.digest() for h in hashers)).hexdigest()


def recorded_digest(conn: sqlite3.Connection, table: str, recorded: str | None) -> str:
    """The table's digest computed the way ``recorded`` was (bucketed, the older roll digest, or whole table)."""
    return digest_as_recorded(conn, table, recorded)[0]


def digest_as_recorded(conn: sqlite3.Connection, table: str,
                       recorded: str | None) -> tuple[str, dict[int, bytes] | None]:
    """:func:`recorded_digest`, with the buckets it hashed when the form is bucketed (None recorded: the current one).

    Opening and ``verify`` check the buckets kept beside the chain against these, so each row is hashed once.
    """
    form = BUCKETED if recorded is None else bucketed_form(recorded)
    if form is not None:
        return full_digest(conn, table, form)
    if recorded is not None and recorded.startswith(ROLL_DIGEST):
        return stored_roll_digest(conn, table), None
    return table_digest(conn, table), None
