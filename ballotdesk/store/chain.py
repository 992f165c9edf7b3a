"""Checking the audit chain and the meeting's current state against it.

Each audit event commits to the previous event, to its own content and to digests of the
tables after the change. Anyone who edits a count, a registration or an event with another
SQLite tool breaks a link or a digest, and this says exactly where.
"""

from __future__ import annotations

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
}


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
    recorded = json.loads(last_state)
    for table in (*TRACKED, ROLL_TABLE):
        if recorded.get(table) != state_digest(conn, table, recorded.get(table)):
            what = translate("Chain", TABLE_WORDS[table])
            return ChainReport(False, count, translate(
                "Chain", "{0} ({1}) changed outside BallotDesk after event {2}, the last event in the log.").format(
                what[:1].upper() + what[1:], table, count), count)
    return ChainReport(True, count, translate("Chain", "Intact: {0} events; the meeting matches its audit log.").format(
        f"{count:,}"))
