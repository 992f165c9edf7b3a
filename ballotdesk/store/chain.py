"""Checking the audit chain and the meeting's current state against it.

Each audit event commits to the previous event, to its own content and to digests of the
tables after the change. Anyone who edits a count, a registration or an event with another
SQLite tool breaks a link or a digest, and this says exactly where.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass

from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate
from ballotdesk.store.meeting_store import GENESIS, ROLL_TABLE, TRACKED, event_hash, state_digest

TABLE_WORDS = {
    "meeting": QT_TRANSLATE_NOOP("Chain", "the meeting's details and rules"),
    "boxes": QT_TRANSLATE_NOOP("Chain", "the ballot boxes"),
    "ballots": QT_TRANSLATE_NOOP("Chain", "the ballots"),
    "attendees": QT_TRANSLATE_NOOP("Chain", "the registrations"),
    "papers": QT_TRANSLATE_NOOP("Chain", "the ballot papers issued"),
    "count_entries": QT_TRANSLATE_NOOP("Chain", "the tellers' count entries"),
    "box_counts": QT_TRANSLATE_NOOP("Chain", "the definitive box counts"),
    "results": QT_TRANSLATE_NOOP("Chain", "the declared results"),
    ROLL_TABLE: QT_TRANSLATE_NOOP("Chain", "the membership roll"),
    "audit": QT_TRANSLATE_NOOP("Chain", "the audit log"),
}


# The definitions BallotDesk's migrations give the tables the chain vouches for (SHA-256 of the
# CREATE statement with its white space collapsed). The chain hashes rows, not definitions, so a
# trigger or a changed DEFAULT added with another SQLite tool would alter what BallotDesk itself
# writes next, and the next event would then vouch for the altered rows. A migration that changes
# one of these tables adds the new digest here (older files keep the old one until migrated).
TABLE_SQL = {
    "meeting": {"bd0e6934cdb4c0b12c425d63c8b1d82add5309c0c15b7939bbebb7ad4c198f16"},
    "members": {"13cd90a02134d47527f51f11dbcbab0b1fd096992fe2cc86abf84c2380bb832a"},
    "attendees": {"631e98ad5dc84a1cb6d52d22f7401152f53a2fb13f28b971184881d369336fba"},
    "audit": {"daba54d6db134f0b1bd0d6401887a38079548cc237b5c64b850bf05710e38e16"},
    "boxes": {"f57e9f4ec9f86c9a788ae737e8125e57c779bdd33ceb8f225fad75efeb332158"},
    "ballots": {"451c335e35c96cb3236c16601a0cc0a7877986b6d34b18ad0b040417b6543620"},
    "papers": {"528396d6586411cbe8aabde965ff625bda994fd52541ed799ae0e8854a51ad73"},
    "count_entries": {"668190f75e819b113c4f58123acfd0f0e4c3f8458193f9183d1050b4024e7fcb"},
    "box_counts": {"08f3b6c533ebf445010c1aa0e16eeab8fa03ce2b2de5c301dc91fbc1b2861e38"},
    "results": {"26f70ea554483e8f3673b5f499550d2e5d1236bb2fc8b67149d6f3f6bc6a1c78"},
}
OWN_TRIGGERS = {
    # Format 1 kept the roll's search index up to date with two triggers; migration 2 drops them.
    "members_ad": "ca3ee1598622fa8729dd43cafbc3913f10e905acfe4ccd73ecafddcdc1d3d498",
    "members_au": "b33c4785a1d161745879c19c4e4852409bcaae33b8a6ca661f8edbccf2f01124",
}


def sql_digest(sql: str | None) -> str:
    """The digest :data:`TABLE_SQL` holds of a schema statement: white space does not count."""
    return hashlib.sha256(" ".join((sql or "").split()).encode("utf-8")).hexdigest()


def _schema_problem(conn: sqlite3.Connection, events: int) -> str | None:
    """A trigger or a table definition that BallotDesk did not make, in words; None when there is none."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('table', 'trigger') "
                        "ORDER BY type DESC, name").fetchall()
    for kind, name, table, sql in rows:
        if kind == "trigger" and OWN_TRIGGERS.get(name) != sql_digest(sql):
            what = translate("Chain", TABLE_WORDS.get(table, QT_TRANSLATE_NOOP("Chain", "the file")))
            return translate(
                "Chain", "A trigger ({0}) on {1} ({2}) was added outside BallotDesk after event {3}; it can change "
                "what BallotDesk writes without a trace in the audit log.").format(name, what, table, events)
        if kind == "table" and name in TABLE_SQL and sql_digest(sql) not in TABLE_SQL[name]:
            what = translate("Chain", TABLE_WORDS[name])
            return translate(
                "Chain", "The definition of {0} ({1}) was changed outside BallotDesk after event {2}.").format(
                what, name, events)
    return None


@dataclass(frozen=True)
class ChainReport:
    """The verdict in words, and where it breaks (event id) when it does."""

    intact: bool
    events: int
    message: str
    broken_at: int | None = None


def _when(at: str) -> str:
    return at.replace("T", " ")[:16]


def verify_chain(conn: sqlite3.Connection) -> ChainReport:
    """Walk every event from the first, then compare the current tables with the last one."""
    prev_hash, expected_id, count = GENESIS, 1, 0
    last_state = "{}"
    cursor = conn.execute("SELECT id, at, actor, action, details, state, prev_hash, hash FROM audit ORDER BY id")
    for event_id, at, actor, action, details, state, prev, stored in cursor:
        if event_id != expected_id:
            return ChainReport(False, count, translate(
                "Chain", "Event {0} is missing: the log jumps from event {1} to {2}. Events were deleted outside "
                "BallotDesk.").format(expected_id, expected_id - 1, event_id), expected_id)
        if prev != prev_hash or stored != event_hash(prev, event_id, at, actor, action, details, state):
            return ChainReport(False, count, translate(
                "Chain", "Broken at event {0} ({1}, {2}): the event was changed after it was written.").format(
                event_id, action, _when(at)), event_id)
        prev_hash, expected_id, count, last_state = stored, expected_id + 1, count + 1, state
    if count == 0:
        return ChainReport(False, 0, translate(
            "Chain", "The audit log is empty: this meeting has no record of its changes."), 1)
    problem = _schema_problem(conn, count)
    if problem is not None:
        return ChainReport(False, count, problem, count)
    recorded = json.loads(last_state)
    for table in (*TRACKED, ROLL_TABLE):
        if recorded.get(table) != state_digest(conn, table, recorded.get(table)):
            what = translate("Chain", TABLE_WORDS[table])
            return ChainReport(False, count, translate(
                "Chain", "{0} ({1}) changed outside BallotDesk after event {2}, the last event in the log.").format(
                what[:1].upper() + what[1:], table, count), count)
    return ChainReport(True, count, translate("Chain", "Intact: {0} events; the meeting matches its audit log.").format(
        f"{count:,}"))
