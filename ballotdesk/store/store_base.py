"""What every part of :class:`~ballotdesk.store.meeting_store.MeetingStore` stands on: its connection.

:class:`StoreBase` holds the attributes of an open meeting (its path, connection, lock, sqlite-utils view)
and the two helpers every query uses. The store is composed of this base, the rows it reads and writes
(:mod:`ballotdesk.store.meeting_rows`), the tracking of what a change touched
(:mod:`ballotdesk.store.dirty_buckets`) and the changes with their audit events
(:mod:`ballotdesk.store.meeting_store`); each part states what it relies on by deriving from this class.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ballotdesk.store.chain import ChainReport
    from ballotdesk.store.lock import MeetingLock


def now() -> str:
    """The current local time as stored: ISO 8601 with seconds and the UTC offset."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


class StoreBase:
    """An open meeting's connection and state; see :class:`~ballotdesk.store.meeting_store.MeetingStore`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: MeetingLock | None) -> None:
        self.path = path
        self.conn = conn
        self._db: Database | None = None
        self._lock = lock
        self._bucketed: set[str] | None = None
        self._bucket_digests: dict[str, dict[int, bytes]] = {}
        self.needs_hand_over: str | None = None
        self.chain_report: ChainReport | None = None
        self.pending_check: str | None = None
        """Why no change may be made yet: the record is being checked after opening (or failed that check)."""

    @property
    def db(self) -> Database:
        """The sqlite-utils view of the connection, for writing.

        Reads go straight to :attr:`conn`: a meeting is opened and shown without loading
        sqlite-utils, whose import costs as much as half the start of a bare window. It is
        loaded at the first change (the GUI loads it on a thread once the window is up).
        """
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    def _query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Rows as dicts, as ``Database.query`` returns them."""
        cursor = self.conn.execute(sql, params)
        keys = [column[0] for column in cursor.description]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def _insert(self, table: str, values: dict[str, Any]) -> int:
        """Insert one row and return its rowid."""
        return int(self.db.table(table).insert(values).last_rowid or 0)
