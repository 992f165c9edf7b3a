"""Checking the audit chain and the meeting's current state against it.

Each audit event commits to the previous event, to its own content and to digests of the
tables after the change. Anyone who edits a count, a registration or an event with another
SQLite tool breaks a link or a digest, and this says exactly where.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from functools import cache

from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate
from ballotdesk.store.digest import bucketed_form, digest_as_recorded, full_digest
from ballotdesk.store.meeting_store import (
    DIGESTED,
    GENESIS,
    HAND_OVER,
    ROLL_TABLE,
    SIGNED_ACTIONS,
    event_hash,
)
from ballotdesk.store.record_keys import KeyRing, installation_keys, key_id_of, signature_valid

TABLE_WORDS = {
    "meeting": QT_TRANSLATE_NOOP("Chain", "the meeting's details and rules"),
    "boxes": QT_TRANSLATE_NOOP("Chain", "the ballot boxes"),
    "ballots": QT_TRANSLATE_NOOP("Chain", "the ballots"),
    "attendees": QT_TRANSLATE_NOOP("Chain", "the registrations"),
    "papers": QT_TRANSLATE_NOOP("Chain", "the ballot papers issued"),
    "count_entries": QT_TRANSLATE_NOOP("Chain", "the tellers' count entries"),
    "tellers": QT_TRANSLATE_NOOP("Chain", "the tellers the chair named and their codes"),
    "box_counts": QT_TRANSLATE_NOOP("Chain", "the definitive box counts"),
    "results": QT_TRANSLATE_NOOP("Chain", "the declared results"),
    "ranked_ballots": QT_TRANSLATE_NOOP("Chain", "the preferential ballots' methods and lots"),
    "ranked_entries": QT_TRANSLATE_NOOP("Chain", "the tellers' batches of preferential papers"),
    "ranked_papers": QT_TRANSLATE_NOOP("Chain", "the preferential papers as keyed"),
    ROLL_TABLE: QT_TRANSLATE_NOOP("Chain", "the membership roll"),
    "audit": QT_TRANSLATE_NOOP("Chain", "the audit log"),
    "chain_buckets": QT_TRANSLATE_NOOP("Chain", "the audit log's digests"),
}



@cache
def expected_schema(version: int) -> frozenset[tuple[str, str, str, str]]:
    """What BallotDesk's first ``version`` migrations make: (type, name, table, SQL without white space).

    Built once per version in memory from the migrations themselves, so a new migration needs no
    list kept by hand. The whole schema is compared, not only the tables the chain hashes: a
    trigger, a changed DEFAULT or a dropped unique index (``papers_one_live``) would change what
    BallotDesk writes next without a trace in the audit log.
    """
    from ballotdesk.store.schema_sql import SCRIPTS

    conn = sqlite3.connect(":memory:")
    try:
        for _name, script in SCRIPTS[:version]:
            conn.executescript(script)
        return _schema_of(conn) | {("table", "_sqlite_migrations", "_sqlite_migrations", "*")}
    finally:
        conn.close()


def expected_migrations(version: int) -> list[str]:
    """The names of the migrations a file of this version has applied, in order."""
    from ballotdesk.store.schema_sql import SCRIPTS

    return [name for name, _script in SCRIPTS[:version]]


def _schema_of(conn: sqlite3.Connection) -> frozenset[tuple[str, str, str, str]]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    return frozenset((kind, name, table, " ".join((sql or "").split())) for kind, name, table, sql in rows)


def _schema_problem(conn: sqlite3.Connection, events: int) -> str | None:
    """A schema object BallotDesk did not make, or one of its own missing or changed, in words; None when sound."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    expected = expected_schema(version)
    actual = {item for item in _schema_of(conn) if item[2] != "_sqlite_migrations"} | {
        ("table", "_sqlite_migrations", "_sqlite_migrations", "*")}
    for kind, name, table, _sql in sorted(actual - expected):
        what = translate("Chain", TABLE_WORDS.get(table, QT_TRANSLATE_NOOP("Chain", "the file")))
        if kind == "trigger":
            return translate(
                "Chain", "A trigger ({0}) on {1} ({2}) was added outside BallotDesk after event {3}; it can change "
                "what BallotDesk writes without a trace in the audit log.").format(name, what, table, events)
        if any(e[1] == name for e in expected):
            return translate(
                "Chain", "The definition of {0} ({1}) was changed outside BallotDesk after event {2}.").format(
                what if kind == "table" else name, name, events)
        return translate("Chain", "The file holds {0} '{1}', which BallotDesk did not make; it was added outside "
                         "BallotDesk after event {2}.").format(kind, name, events)
    for kind, name, _table, _sql in sorted(expected - actual):
        return translate("Chain", "The {0} '{1}' that BallotDesk keeps in every meeting was removed outside "
                         "BallotDesk after event {2}.").format(kind, name, events)
    try:
        applied = [row[0] for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'ballotdesk' ORDER BY rowid")]
    except sqlite3.DatabaseError:
        applied = []
    if version and applied != expected_migrations(version):
        return translate("Chain", "The file's record of its format upgrades (_sqlite_migrations) was changed outside "
                         "BallotDesk after event {0}.").format(events)
    return None


@dataclass(frozen=True)
class KeyPart:
    """A run of events authenticated by one key (or by none: an older BallotDesk's record)."""

    first: int
    last: int
    key_id: str
    label: str
    known: bool
    own: bool

    def describe(self) -> str:
        """The part in words, for ``verify`` and the hand-over question."""
        span = translate("Chain", "Events {0}–{1}").format(self.first, self.last)
        if not self.key_id:
            return translate("Chain", "{0}: written by an older BallotDesk, not authenticated by any key.").format(span)
        whose = (translate("Chain", "this installation's key") if self.own
                 else translate("Chain", "a key this installation knows") if self.known
                 else translate("Chain", "a key this installation does not have, so this part could not be "
                                "checked here"))
        return translate("Chain", "{0}: authenticated by {1} ({2}, key {3}).").format(
            span, whose, self.label or "?", self.key_id)


@dataclass(frozen=True)
class ChainReport:
    """The verdict in words, where it breaks (event id) when it does, and whose key vouches for each part."""

    intact: bool
    events: int
    message: str
    broken_at: int | None = None
    parts: tuple[KeyPart, ...] = field(default=())
    head: str = GENESIS

    @property
    def authenticated(self) -> bool:
        """Intact, and its newest event authenticated by a key this installation has (which anchors the rest)."""
        return self.intact and bool(self.parts) and self.parts[-1].known

    def last_key_is(self, key_id: str) -> bool:
        """Whether the newest event was authenticated by this key."""
        return bool(self.parts) and self.parts[-1].key_id == key_id

    def parts_text(self) -> str:
        """One line per key's part of the record."""
        return "\n".join(part.describe() for part in self.parts)


def _when(at: str) -> str:
    return at.replace("T", " ")[:16]


def _broken(count: int, event_id: int, text: str, *args: object) -> ChainReport:
    return ChainReport(False, count, translate("Chain", text).format(*args), event_id)


def verify_chain(conn: sqlite3.Connection, keys: KeyRing | None = None, *, head: str | None = None) -> ChainReport:
    """Walk every event from the first, checking links and keys, then compare the current tables with the last one.

    ``head``: an event hash printed on a sheet or written with a backup; the report is then
    intact only if the record up to that event is in the file unaltered.
    """
    keys = keys or installation_keys()
    columns = {row[1] for row in conn.execute("PRAGMA table_info(audit)")}
    keyed = "key_id" in columns
    sql = ("SELECT id, at, actor, action, details, state, prev_hash, hash"
           + (", key_id, mac, sig" if keyed else ", NULL, NULL, NULL") + " FROM audit ORDER BY id")
    prev_hash, expected_id, count = GENESIS, 1, 0
    last_state, head_found = "{}", head is None
    parts: list[KeyPart] = []
    public = ""
    for event_id, at, actor, action, details, state, prev, stored, key_id, mac, sig in conn.execute(sql):
        if event_id != expected_id:
            return _broken(count, expected_id, "Event {0} is missing: the log jumps from event {1} to {2}. Events were "
                           "deleted outside BallotDesk.", expected_id, expected_id - 1, event_id)
        if prev != prev_hash or stored != event_hash(prev, event_id, at, actor, action, details, state):
            return _broken(count, event_id, "Broken at event {0} ({1}, {2}): the event was changed after it was "
                           "written.", event_id, action, _when(at))
        key_id = key_id or ""
        if not parts or parts[-1].key_id != key_id:
            if parts and action != HAND_OVER:
                return _broken(count, event_id, "Broken at event {0} ({1}, {2}): it was written under another key "
                               "without a hand-over: the record was rewritten outside BallotDesk.",
                               event_id, action, _when(at))
            claimed = json.loads(details).get("record_key", {}) if key_id else {}
            public = str(claimed.get("public", ""))
            if key_id and (not public or _key_id_safe(public) != key_id):
                return _broken(count, event_id, "Broken at event {0} ({1}, {2}): the key it names is not the key it "
                               "carries.", event_id, action, _when(at))
            key = keys.get(key_id) if key_id else None
            parts.append(KeyPart(event_id, event_id, key_id, str(claimed.get("label", "")), key is not None,
                                 key is not None and key.key_id == keys.own.key_id))
        part = parts[-1]
        key = keys.get(key_id) if part.known else None
        if key is not None and mac != key.mac(key_id, stored):
            return _broken(count, event_id, "Broken at event {0} ({1}, {2}): its authentication does not match: it was "
                           "written or changed without this installation's key.", event_id, action, _when(at))
        if key_id and action in SIGNED_ACTIONS and not (sig and signature_valid(public, stored, sig)):
            return _broken(count, event_id, "Broken at event {0} ({1}, {2}): the declaration's signature does not "
                           "match.", event_id, action, _when(at))
        parts[-1] = KeyPart(part.first, event_id, part.key_id, part.label, part.known, part.own)
        prev_hash, expected_id, count, last_state = stored, expected_id + 1, count + 1, state
        head_found = head_found or stored == head
    if count == 0:
        return ChainReport(False, 0, translate(
            "Chain", "The audit log is empty: this meeting has no record of its changes."), 1)
    problem = _schema_problem(conn, count)
    if problem is not None:
        return ChainReport(False, count, problem, count, tuple(parts), prev_hash)
    recorded = json.loads(last_state)
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    bucket_sets: dict[str, dict[int, bytes]] = {}
    for table in DIGESTED:
        if table not in present:
            continue  # an older format, without it (the schema check above vouched for that)
        if table not in recorded and _empty(conn, table):
            continue  # a table a later migration added, with nothing written to it since
        digest, buckets = digest_as_recorded(conn, table, recorded.get(table))
        if buckets is not None:  # hashed once: the buckets kept beside the chain are checked against these
            bucket_sets[table] = buckets
        if recorded.get(table) != digest:
            what = translate("Chain", TABLE_WORDS[table])
            return ChainReport(False, count, translate(
                "Chain", "{0} ({1}) changed outside BallotDesk after event {2}, the last event in the log.").format(
                what[:1].upper() + what[1:], table, count), count, tuple(parts), prev_hash)
    problem = _buckets_problem(conn, recorded, count, bucket_sets)
    if problem is not None:
        return ChainReport(False, count, problem, count, tuple(parts), prev_hash)
    if not head_found:
        return ChainReport(False, count, translate(
            "Chain", "The record the sheet was printed from (head {0}) is not in this file: events were removed or "
            "rewritten since.").format(str(head)[:16]), count, tuple(parts), prev_hash)
    return ChainReport(True, count, translate("Chain", "Intact: {0} events; the meeting matches its audit log.").format(
        f"{count:,}"), None, tuple(parts), prev_hash)


def _empty(conn: sqlite3.Connection, table: str) -> bool:
    """Whether a table has no row (an upgraded file's new table, before its first change)."""
    try:
        return conn.execute(f"SELECT NOT EXISTS (SELECT 1 FROM [{table}])").fetchone()[0] == 1
    except sqlite3.OperationalError:
        return False


def _key_id_safe(public: str) -> str:
    try:
        return key_id_of(public)
    except ValueError:
        return ""


def _buckets_problem(conn: sqlite3.Connection, recorded: dict[str, str], events: int,
                     computed: dict[str, dict[int, bytes]]) -> str | None:
    """The per-bucket digests BallotDesk keeps to update the chain must match the rows, or the next event would lie."""
    try:
        stored: dict[str, dict[int, bytes]] = {}
        marked: set[str] = set()
        for table, number, digest in conn.execute("SELECT tbl, bucket, digest FROM chain_buckets"):
            if number < 0:
                marked.add(table)
            else:
                stored.setdefault(table, {})[int(number)] = bytes(digest)
    except sqlite3.OperationalError:  # a file from before bucketed digests: nothing kept yet
        return None
    for table in marked & set(DIGESTED):
        form = bucketed_form(recorded.get(table))
        if form is not None:
            buckets = computed[table] if table in computed else full_digest(conn, table, form)[1]
            if buckets != stored.get(table, {}):
                return translate("Chain", "The audit log's digests (chain_buckets) were changed outside BallotDesk "
                                 "after event {0}.").format(events)
    return None
