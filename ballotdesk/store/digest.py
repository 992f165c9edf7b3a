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
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

BUCKET_BITS = 7
BUCKET_ROWS = 1 << BUCKET_BITS
"""Rows per bucket: the most a change to one row re-hashes (128 rows, a few hundredths of a millisecond)."""

BUCKETED = "b1:"
"""Marks a digest made by :func:`combine`; older events hold whole-table digests."""

ROLL_DIGEST = "v2:"
"""Marks the roll's whole-table digest of older files (:func:`stored_roll_digest`)."""


def piece_bytes(values: Sequence[Any]) -> bytes:
    """A piece of a column as bytes that no other content gives.

    Text values are joined with a separator that none of them holds (checked); a piece with
    NULLs, numbers, a value holding the separator, or anything else is written as JSON instead.
    The number of values and the length in bytes come first.
    """
    try:
        text = "\x1f".join(values)
        if not values or text.count("\x1f") == len(values) - 1:
            return _framed(len(values), b"T", text.encode("utf-8", "surrogatepass"))
    except TypeError:
        pass
    listed = [v if v is None or isinstance(v, str) else {type(v).__name__: repr(v)} for v in values]
    return _framed(len(values), b"J", json.dumps(listed).encode("ascii"))


def _framed(count: int, kind: bytes, body: bytes) -> bytes:
    return f"{count}:{len(body)}:".encode("ascii") + kind + body


def rows_digest(rows: Sequence[Sequence[Any]]) -> bytes:
    """SHA-256 of rows (each a tuple starting with its rowid), one row per line.

    ``repr`` of a tuple of str, int, float, bytes and None is unambiguous (a string's line breaks
    and quotes are escaped, and each type is written differently), so no two different buckets give
    the same text; and it is computed in C, a few microseconds per row.
    """
    text = "\n".join(map(repr, rows))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def combine(buckets: Iterable[tuple[int, bytes]]) -> str:
    """The table's digest from its buckets in order: :data:`BUCKETED` and SHA-256 over number and digest."""
    digest = hashlib.sha256()
    for number, value in buckets:
        digest.update(number.to_bytes(8, "big", signed=True) + value)
    return BUCKETED + digest.hexdigest()


def bucket_digests(conn: sqlite3.Connection, table: str, numbers: Iterable[int] | None = None,
                   ) -> Iterator[tuple[int, bytes | None]]:
    """Each bucket's digest from the rows, every bucket (``numbers`` None) or only those named.

    A named bucket that has no row left yields None (its record is to be dropped).
    """
    if numbers is not None:
        for number in sorted(set(numbers)):
            low = number << BUCKET_BITS
            rows = conn.execute(f"SELECT rowid, * FROM [{table}] WHERE rowid BETWEEN ? AND ? ORDER BY rowid",
                                (low, low + BUCKET_ROWS - 1)).fetchall()
            yield number, rows_digest(rows) if rows else None
        return
    cursor = conn.execute(f"SELECT rowid, * FROM [{table}] ORDER BY rowid")
    current: int | None = None
    held: list[Any] = []
    while chunk := cursor.fetchmany(4096):
        for row in chunk:
            number = row[0] >> BUCKET_BITS
            if number != current:
                if held:
                    yield current, rows_digest(held)  # type: ignore[misc]
                current, held = number, []
            held.append(row)
    if held:
        yield current, rows_digest(held)  # type: ignore[misc]


def digests_in_order(rows: Iterable[Sequence[Any]]) -> Iterator[tuple[int, bytes]]:
    """Each bucket's digest from rows in hand (rowid first, in rowid order), as :func:`bucket_digests` reads them."""
    current: int | None = None
    held: list[Sequence[Any]] = []
    for row in rows:
        number = row[0] >> BUCKET_BITS
        if number != current:
            if held:
                yield current, rows_digest(held)  # type: ignore[misc]
            current, held = number, []
        held.append(tuple(row))
    if held:
        yield current, rows_digest(held)  # type: ignore[misc]


def full_digest(conn: sqlite3.Connection, table: str) -> tuple[str, dict[int, bytes]]:
    """A table's digest recomputed from every row, with its buckets (for opening and ``verify``)."""
    buckets = {n: d for n, d in bucket_digests(conn, table) if d is not None}
    return combine(sorted(buckets.items())), buckets


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
    if recorded is None or recorded.startswith(BUCKETED):
        return full_digest(conn, table)[0]
    if recorded.startswith(ROLL_DIGEST):
        return stored_roll_digest(conn, table)
    return table_digest(conn, table)
