"""The meeting file's schema, created and upgraded by sqlite-utils migrations.

Each migration runs in its own transaction. ``PRAGMA user_version`` mirrors the number of
migrations applied so an older BallotDesk can recognise a file from a newer one without
reading any table, and ``PRAGMA application_id`` marks the file as ours.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from ballotdesk.store.schema_sql import M001, M002, M003, M004, M005, M006
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


@MIGRATIONS()
def m005_ranked_papers(db: Database) -> None:
    """Preferential ballots: the counting method of a ballot, and its papers keyed batch by batch.

    New tables only, so no row an earlier event vouched for changes. ``ranked_ballots`` holds a
    ballot's method (``irv`` or ``stv``), its counting rules and the lots the chair drew for the
    count. ``ranked_entries`` is one teller's keying of one batch of one box (with the tellers'
    hand count and first-preference piles for the batch checks); ``ranked_papers`` its papers,
    each exactly as marked ("2 1 - 3"), by position in the batch.
    """
    db.executescript(M005)


@MIGRATIONS()
def m006_papers_by_attendee(db: Database) -> None:
    """An index of papers by attendee: "does this member already hold a paper?" is asked at every issue.

    Without it that question read every paper of the ballot, so an issue cost more with every paper
    issued before it (twice as much at 20,000 papers).
    """
    db.executescript(M006)


def schema_version() -> int:
    """The schema version this BallotDesk writes: one per migration."""
    return len(MIGRATIONS._migrations)
