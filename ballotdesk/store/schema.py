"""The meeting file's schema, created and upgraded by sqlite-utils migrations.

Each migration runs in its own transaction. ``PRAGMA user_version`` mirrors the number of
migrations applied so an older BallotDesk can recognise a file from a newer one without
reading any table, and ``PRAGMA application_id`` marks the file as ours.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from ballotdesk.store.schema_sql import M001, M002, M003, M004
from ballotdesk.store.version import APPLICATION_ID

MIGRATIONS = Migrations("ballotdesk")


@MIGRATIONS()
def m001_meeting_roll_registration(db: Database) -> None:
    """Meeting details, the roll with its search index, attendees and the audit chain."""
    db.executescript(M001)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


@MIGRATIONS()
def m002_search_in_memory(db: Database) -> None:
    """Drop the FTS5 index: the desk now searches an in-memory index built from ``members.search``.

    With its prefix indexes, FTS5 cost more to build than the rest of a 100,000-member import
    together (see ``domain.search.SearchIndex``), and it kept a second copy of every name in
    the file, which the personal-data purge then had to rebuild.
    """
    db.executescript(M002)


@MIGRATIONS()
def m003_keyed_record(db: Database) -> None:
    """Events carry the installation key's authentication; tables are digested by buckets of rows.

    ``key_id``, ``mac`` and ``sig`` hold which installation's key authenticated an event, its HMAC,
    and (for declarations and amendments) its signature. ``chain_buckets`` keeps each bucket's
    digest so a change re-hashes only what it touched (store/digest.py).
    """
    db.executescript(M003)


@MIGRATIONS()
def m004_teller_codes(db: Database) -> None:
    """Tellers the chair has named, each with the hash of the short code handed to them.

    On one laptop a name alone lets one person make both entries for a box under two names;
    with a code the chair hands out, each entry is made by the teller who holds it.
    """
    db.executescript(M004)


def schema_version() -> int:
    """The schema version this BallotDesk writes: one per migration."""
    return len(MIGRATIONS._migrations)
