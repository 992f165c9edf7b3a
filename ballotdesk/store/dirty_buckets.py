"""Which buckets of rows a change touched, so its audit event re-hashes only those (see store/digest.py).

TEMP triggers, on this connection only and never in the file, note each touched bucket in ``bd_dirty``;
when the event is written, the touched buckets of ``chain_buckets`` are re-hashed and each table's digest
combined from its buckets. A bulk write (the roll import) drops the triggers and re-hashes the whole
table instead. Kept apart from :mod:`ballotdesk.store.meeting_store` because this bookkeeping is the one
subtle part of writing an event; the event itself (its chain link, key and signature) stays there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ballotdesk.store.digest import (
    BUCKET_BITS,
    BUCKETED,
    bucket_digests,
    bucketed_form,
    combine_numbered,
    digests_of_columns,
    numbered,
)
from ballotdesk.store.store_base import StoreBase

_HASHED = -2
"""A note in ``bd_dirty``: the table's buckets were hashed from the rows in hand (``bulk``); only combine them."""


def _dirty_triggers(table: str) -> list[str]:
    """Triggers on this connection only (TEMP: never in the file) that note the buckets a change touches."""
    note = "INSERT INTO bd_dirty (tbl, bucket) VALUES ('{t}', {row}.rowid >> {bits});"
    bits = BUCKET_BITS
    return [
        f"CREATE TEMP TRIGGER IF NOT EXISTS bd_{table}_ai AFTER INSERT ON main.[{table}] BEGIN "
        + note.format(t=table, row="NEW", bits=bits) + " END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS bd_{table}_ad AFTER DELETE ON main.[{table}] BEGIN "
        + note.format(t=table, row="OLD", bits=bits) + " END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS bd_{table}_au AFTER UPDATE ON main.[{table}] BEGIN "
        + note.format(t=table, row="OLD", bits=bits) + " " + note.format(t=table, row="NEW", bits=bits) + " END",
    ]


class DirtyBuckets(StoreBase):
    """The part of :class:`~ballotdesk.store.meeting_store.MeetingStore` that keeps ``chain_buckets`` up to date."""

    def _track_changes(self, tables: Sequence[str]) -> None:
        """Note, on this connection only, which buckets each change touches (see store/digest.py)."""
        # No key: a conflict clause inside a trigger gives way to the outer statement's (an upsert's).
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS bd_dirty (tbl TEXT, bucket INTEGER)")
        for table in tables:
            for sql in _dirty_triggers(table):
                self.conn.execute(sql)

    @contextmanager
    def bulk(self, table: str, columns: Callable[[], Sequence[Sequence[Any]]] | None = None) -> Iterator[None]:
        """Inside a change: write many rows of ``table`` without noting each one; the whole table is re-hashed.

        For an import, which rewrites the roll anyway: 100,000 trigger calls would cost more than
        hashing the roll once. ``columns``: the table's columns as the change leaves them (the rowids
        first, ascending, then each column in the table's order), when the caller has them in hand,
        so they are hashed without being read back, or made into rows.
        """
        for suffix in ("ai", "ad", "au"):
            self.conn.execute(f"DROP TRIGGER IF EXISTS temp.bd_{table}_{suffix}")
        try:
            yield
        finally:
            for sql in _dirty_triggers(table):
                self.conn.execute(sql)
        if columns is None:
            self.conn.execute("INSERT INTO temp.bd_dirty (tbl, bucket) VALUES (?, -1)", [table])
            return
        self._replace_buckets(table, digests_of_columns(columns()))
        self.conn.execute("INSERT INTO temp.bd_dirty (tbl, bucket) VALUES (?, ?)", [table, _HASHED])

    def _refresh_digests(self, state: dict[str, Any], tables: Sequence[str]) -> None:
        """Bring ``state`` (each table's digest as the last event recorded it) up to date with this change."""
        dirty: dict[str, set[int]] = {}
        for table, bucket in self.conn.execute("SELECT tbl, bucket FROM temp.bd_dirty"):
            dirty.setdefault(table, set()).add(int(bucket))
        self.conn.execute("DELETE FROM temp.bd_dirty")
        kept = self._bucketed_tables()
        for table in tables:
            touched = dirty.get(table, set())
            # Buckets kept in an earlier form (or none yet) are re-hashed once, in the current form.
            current = _HASHED in touched or bucketed_form(state.get(table)) == BUCKETED
            if table not in kept or -1 in touched or not current:
                self._rebuild_buckets(table)
            elif touched - {_HASHED}:
                self._update_buckets(table, touched - {_HASHED})
            elif not touched:
                continue
            digests = self._kept_digests(table)
            state[table] = combine_numbered(map(digests.__getitem__, sorted(digests)))

    def _bucketed_tables(self) -> set[str]:
        if self._bucketed is None:
            self._bucketed = {row[0] for row in self.conn.execute(
                "SELECT tbl FROM chain_buckets WHERE bucket = -1")}
        return self._bucketed

    def _kept_digests(self, table: str) -> dict[int, bytes]:
        """The table's bucket digests as ``chain_buckets`` holds them (each :func:`numbered`), read once, kept in step.

        Combining a table's digest takes every bucket's digest (one per 128 rows); kept in memory,
        a registration at 20,000 registered does not read 157 rows back to write one.
        """
        kept = self._bucket_digests.get(table)
        if kept is None:
            kept = {int(n): numbered(int(n), bytes(d)) for n, d in self.conn.execute(
                "SELECT bucket, digest FROM chain_buckets WHERE tbl = ? AND bucket >= 0", [table])}
            self._bucket_digests[table] = kept
        return kept

    def _forget_kept(self) -> None:
        """After a change that was not committed: what is kept in memory may be ahead of the file, so reread it."""
        self._bucketed = None
        self._bucket_digests = {}

    def _replace_buckets(self, table: str, digests: Iterable[tuple[int, bytes]]) -> None:
        made = dict(digests)
        self.conn.execute("DELETE FROM chain_buckets WHERE tbl = ?", [table])
        self.conn.executemany("INSERT INTO chain_buckets (tbl, bucket, digest) VALUES (?, ?, ?)",
                              [(table, -1, b""), *((table, n, d) for n, d in made.items())])
        self._bucket_digests[table] = {n: numbered(n, d) for n, d in made.items()}
        self._bucketed_tables().add(table)

    def _rebuild_buckets(self, table: str) -> None:
        """Every bucket of a table re-hashed (its first change in this format, or a bulk write)."""
        self._replace_buckets(table, ((n, d) for n, d in bucket_digests(self.conn, table) if d is not None))

    def _update_buckets(self, table: str, numbers: set[int]) -> None:
        kept = self._kept_digests(table)
        for number, digest in bucket_digests(self.conn, table, numbers):
            if digest is None:
                self.conn.execute("DELETE FROM chain_buckets WHERE tbl = ? AND bucket = ?", [table, number])
                kept.pop(number, None)
            else:
                self.conn.execute("INSERT OR REPLACE INTO chain_buckets (tbl, bucket, digest) VALUES (?, ?, ?)",
                                  [table, number, digest])
                kept[number] = numbered(number, digest)
