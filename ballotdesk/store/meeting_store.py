"""The open meeting: its connection, its changes and their audit events (the SQL lives in ``store/``).

Durability and portability come from SQLite itself: a rollback journal (no WAL side files, so
the ``.ballotdesk`` file alone holds every committed change) and ``synchronous=FULL`` so a
commit has reached the disk when the call returns. Every change goes through :meth:`change`,
which writes the audit event, chained to the one before it, in the same transaction.

The store is composed of parts, each in its own module: :mod:`ballotdesk.store.meeting_file` checks,
locks and places the file before a store exists; :class:`~ballotdesk.store.meeting_rows.MeetingRows`
reads and writes the rows; :class:`~ballotdesk.store.dirty_buckets.DirtyBuckets` keeps the digests of
what a change touched. This module opens and closes the meeting, and writes each change with its
audit event.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ballotdesk.domain.errors import os_reason
from ballotdesk.domain.words import translate
from ballotdesk.store import verified
from ballotdesk.store.dirty_buckets import DirtyBuckets
from ballotdesk.store.lock import MeetingLock
from ballotdesk.store.meeting_file import (
    STAGING_PREFIX,
    HandOverNeeded,
    busy,
    check_content,
    check_header,
    check_writable,
    discard,
    disk_full,
    full_disk_message,
    hand_over_question,
    migrated,
    place,
    read_only_view,
    recover_interrupted_change,
    remove_abandoned,
    schema_version_of,
    take_lock,
)
from ballotdesk.store.meeting_file import (
    MeetingFileError as MeetingFileError,  # the store's error: callers import it here
)
from ballotdesk.store.meeting_rows import MeetingRows
from ballotdesk.store.record_keys import RecordKey, installation_keys
from ballotdesk.store.store_base import now
from ballotdesk.store.version import SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ballotdesk.store.chain import ChainReport

SUFFIX = ".ballotdesk"
GENESIS = "0" * 64

# Tables whose content the chain vouches for, the roll among them. Each is digested by buckets
# of rows (store/digest.py), so a change re-hashes only what it touched.
TRACKED = ("meeting", "boxes", "ballots", "attendees", "papers", "count_entries", "box_counts", "results", "tellers",
           "ranked_ballots", "ranked_entries", "ranked_papers")
ROLL_TABLE = "members"
DIGESTED = (*TRACKED, ROLL_TABLE)
SIGNED_ACTIONS = ("ballot.declare", "ballot.amend")
"""Events that also carry the record key's signature: what a result sheet vouches for."""
HAND_OVER = "record.hand_over"


def event_hash(prev_hash: str, event_id: int, at: str, actor: str, action: str, details: str, state: str) -> str:
    """The chain link: each event commits to the previous one, its own content and the state after it."""
    payload = json.dumps([prev_hash, event_id, at, actor, action, details, state], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _canonical(details: dict[str, Any]) -> str:
    return json.dumps(details, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


BUSY_TIMEOUT_SECONDS = 15
"""How long a change waits for a reader (``ballotdesk attendance``, a backup tool) before giving up in words."""


class MeetingStore(DirtyBuckets, MeetingRows):
    """An open meeting file, locked for this process.

    Use :meth:`create` or :meth:`open`; :meth:`close` releases the lock.
    """

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, meeting: dict[str, Any], actor: str,
               secret: dict[str, Any] | None = None,
               then: Callable[[MeetingStore], None] | None = None) -> MeetingStore:
        """Create a new meeting file, readable only by this user, and its first audit event.

        ``secret`` holds columns written but not copied into the audit details (the PIN hash);
        ``then`` makes the rest of a new meeting (its Main hall box) before anyone can see it.
        The meeting is built in a hidden temporary file in the same folder and put in place in
        one step, so a crash or kill at any moment leaves either no meeting or a whole one, never
        an empty or box-less file that blocks the name ("already exists").
        """
        path = Path(path)
        if os.path.lexists(path):  # False for a name too long: os.open below says so in words
            raise MeetingFileError(translate(
                "MeetingFile", "{0} already exists; choose another name.").format(path.name))
        if not path.parent.is_dir():
            raise MeetingFileError(translate(
                "MeetingFile", "{0} cannot be created: the folder {1} does not exist.").format(
                path.name, path.parent))
        remove_abandoned(path.parent)
        staging = path.with_name(f"{STAGING_PREFIX}{secrets.token_hex(6)}.tmp")
        try:
            fd = os.open(staging, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
        except OSError as error:
            staging.unlink(missing_ok=True)
            raise MeetingFileError(translate("MeetingFile", "{0} cannot be created: {1}.").format(
                path.name, os_reason(error))) from None
        lock = MeetingLock(staging)
        try:
            try:
                lock.acquire()
            except OSError as error:
                raise MeetingFileError(translate("MeetingFile", "{0} cannot be created: {1}.").format(
                    path.name, os_reason(error))) from None
            store = cls._connect(staging, lock)
            try:
                key = store.record_key
                details = {**meeting, "record_key": {"id": key.key_id, "label": key.label, "public": key.public_hex}}
                with store.change(actor, "meeting.create", details):
                    store.db.table("meeting").insert({"id": 1, "created_at": now(), **meeting, **(secret or {})})
                if then is not None:
                    then(store)
            finally:
                store.close()
            place(staging, path)
        except sqlite3.OperationalError as error:
            discard(staging)
            if disk_full(error):
                raise MeetingFileError(translate("MeetingFile", "{0} cannot be created: {1}.").format(
                    path.name, translate("OsError", "the disk is full"))) from None
            raise
        except BaseException:
            discard(staging)
            raise
        return cls._connect(path)

    @classmethod
    def open(cls, path: Path, *, take_over: bool = False, actor: str = "desk", reason: str = "",
             check_later: bool = False) -> MeetingStore:
        """Open an existing meeting after checking it; never changes a file it refuses.

        The lock is taken before the file is read through SQLite: a meeting that another
        BallotDesk is writing to (a roll import, a commit) would otherwise keep this one waiting
        on SQLite's lock and then be called damaged, when it is only open elsewhere. A meeting
        that cannot be written here (a read-only file or folder) is refused at once rather than
        at the first registration at the door.

        A record last authenticated by another installation's key (a backup restored on a spare
        laptop) opens only with ``take_over``, which logs the hand-over; otherwise
        :class:`HandOverNeeded` says whose key it was.

        ``check_later``: a window shows the meeting first and checks its record on a worker
        thread (:meth:`check_record`, then :meth:`record_checked`); until then every change is
        refused. Only a file in the current format is opened so, as opening it changes no byte;
        a file this installation already verified in this state needs no check at all.
        """
        path = Path(path)
        check_header(path)
        lock = take_lock(path)
        try:
            check_writable(path)
            if check_later and schema_version_of(path) == SCHEMA_VERSION:
                recover_interrupted_change(path)
                if not verified.seen(path):
                    store = cls._connect(path, lock)
                    store.pending_check = translate(
                        "MeetingFile", "{0} is still being checked (its record is read through once when it "
                        "is opened), so nothing can be changed yet. Try again in a moment.").format(path.name)
                    return store
                report = None  # these very bytes were verified here: nothing to check
            else:
                report = check_content(path)
            foreign = report is not None and not report.last_key_is(installation_keys().own.key_id)
            if foreign and not take_over:  # refused before the file is migrated: not one byte changes
                raise HandOverNeeded(hand_over_question(path.name, report), report)  # type: ignore[arg-type]
            store = cls._connect(path, lock)
        except BaseException:
            lock.release()
            raise
        if foreign:
            store.record_checked(report, take_over=True, actor=actor, reason=reason)
        return store

    def check_record(self) -> ChainReport | None:
        """The checks of opening, on a connection of their own (safe on a worker thread; no change runs meanwhile).

        Raises :class:`MeetingFileError` when the file is damaged or its record was changed outside
        BallotDesk; the store then stays closed to changes.
        """
        try:
            return check_content(self.path)
        except MeetingFileError as error:
            self.pending_check = str(error)
            raise

    def record_checked(self, report: ChainReport | None, *, take_over: bool = False, actor: str = "desk",
                       reason: str = "") -> None:
        """Accept what :meth:`check_record` found: changes are allowed again, after a hand-over if one is needed.

        A record another installation's key authenticated raises :class:`HandOverNeeded` unless
        ``take_over``; the store stays closed to changes until it is called again with it.
        """
        if report is not None and not report.last_key_is(installation_keys().own.key_id):
            if not take_over:
                raise HandOverNeeded(hand_over_question(self.path.name, report), report)
            self.pending_check = None
            self.chain_report = report
            try:
                self.hand_over(actor, reason)
            except BaseException:
                self.close()
                raise
            return
        self.pending_check = None

    @classmethod
    def _connect(cls, path: Path, lock: MeetingLock | None = None) -> MeetingStore:
        """Connect to ``path`` for writing under ``lock`` (taken here when None), migrating it if older."""
        if lock is None:
            lock = take_lock(path)
        try:
            conn = sqlite3.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_SECONDS)
            conn.execute("PRAGMA journal_mode = DELETE").fetchall()
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            store = cls(path, conn, lock)
            if not migrated(conn):
                from ballotdesk.store.schema import MIGRATIONS

                if MIGRATIONS.pending(store.db):
                    MIGRATIONS.apply(store.db)
                # Written only when it changes: any write bumps the header's change counter, and
                # opening a meeting to read it must leave its bytes alone.
                if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            store._track_changes(DIGESTED)
        except BaseException:
            lock.release()
            raise
        return store

    def close(self) -> None:
        """Close the connection (the rollback journal leaves no side file) and unlock.

        The file as this installation leaves it is remembered as verified (its SHA-256), so
        the next command or window that opens it need not re-hash a large roll.
        """
        wrote = (self._lock is not None and self.needs_hand_over is None and self.pending_check is None
                 and self._db is not None)
        self.conn.close()
        if wrote:
            verified.remember(self.path)
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # -- changes and the audit chain ----------------------------------------------------

    @contextmanager
    def change(self, actor: str, action: str, details: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """One transaction holding a change and its audit event; durable on exit.

        The caller may add to ``details`` inside the block (e.g. the id of a new row) before
        the event is written at the end of the transaction. The event records the digests of the
        tables after the change; only the buckets of rows the change touched are re-hashed, so
        its cost does not grow with the meeting.
        """
        self._refuse_unless_writable()
        try:
            with self.db.atomic():
                yield details
                self._append_event(actor, action, details)
        except BaseException as error:
            self._forget_kept()  # rolled back: the buckets kept in memory may be ahead of the file
            if not isinstance(error, sqlite3.OperationalError):
                raise
            if busy(error) and not self.conn.in_transaction:
                from ballotdesk.store.lock import sqlite_lock_holder

                raise MeetingFileError(translate(
                    "MeetingFile", "{0} is being read by {1}, which held it for more than {2} seconds, so the change "
                    "was not saved (the meeting is as it was before it). Try again when it has finished.").format(
                    self.path.name, sqlite_lock_holder(self.path), BUSY_TIMEOUT_SECONDS)) from None
            if not disk_full(error):
                raise
            # SQLite rolled the change back but may leave its journal behind when the disk filled up
            # mid-write; a copy of the file without it would not verify. Another connection finishes
            # the roll-back now (this one holds no lock between changes).
            recover_interrupted_change(self.path)
            raise MeetingFileError(full_disk_message(self.path)) from None

    def _refuse_unless_writable(self) -> None:
        if self.pending_check is not None:
            raise MeetingFileError(self.pending_check)
        if self.needs_hand_over is not None:
            raise MeetingFileError(self.needs_hand_over)

    def _append_event(self, actor: str, action: str, details: dict[str, Any],
                      key: RecordKey | None = None) -> str:
        last = self.conn.execute("SELECT id, hash, state FROM audit ORDER BY id DESC LIMIT 1").fetchone()
        prev_id, prev_hash, prev_state = last if last else (0, GENESIS, "{}")
        state = json.loads(prev_state)
        self._refresh_digests(state, DIGESTED)
        key = key or self.record_key
        event_id, at, text, state_text = prev_id + 1, now(), _canonical(details), _canonical(state)
        digest = event_hash(prev_hash, event_id, at, actor, action, text, state_text)
        self.conn.execute(
            "INSERT INTO audit (id, at, actor, action, details, state, prev_hash, hash, key_id, mac, sig) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [event_id, at, actor, action, text, state_text, prev_hash, digest, key.key_id,
             key.mac(key.key_id, digest), key.sign(digest) if action in SIGNED_ACTIONS else None],
        )
        return digest

    @property
    def record_key(self) -> RecordKey:
        """This installation's record key, which authenticates every event written here."""
        return installation_keys().own

    def hand_over(self, actor: str, reason: str = "") -> None:
        """Continue a record that another installation's key (or none) authenticated so far, under this one's.

        The hand-over is itself an event, authenticated by this installation's key, which names the
        key that authenticated the record before it; ``verify`` then reports each key's part.
        """
        report = self.chain_report
        if report is None or report.last_key_is(self.record_key.key_id):
            self.needs_hand_over = None
            return
        previous = report.parts[-1] if report.parts else None
        details = {
            "from_key": previous.key_id if previous else "",
            "from_label": previous.label if previous else "",
            "last_event": report.events,
            "record_key": {"id": self.record_key.key_id, "label": self.record_key.label,
                           "public": self.record_key.public_hex},
            "reason": reason,
        }
        try:
            with self.db.atomic():
                self._append_event(actor, HAND_OVER, details)
        except BaseException:
            self._forget_kept()
            raise
        self.needs_hand_over = None

    def events(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Audit events, newest first."""
        sql = "SELECT * FROM audit ORDER BY id DESC"
        return list(self._query(sql + (f" LIMIT {int(limit)}" if limit else "")))

    def iter_events(self) -> Iterator[dict[str, Any]]:
        """Audit events oldest first, streamed, for checking the chain."""
        return self._query("SELECT * FROM audit ORDER BY id")

    def audit_version(self) -> int:
        """The newest event's id: it changes with every change to the meeting."""
        return int(self.conn.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()[0])

    def audit_head(self) -> tuple[int, str]:
        """Number of events and the newest hash: the digest printed on documents."""
        row = self.conn.execute("SELECT count(*), (SELECT hash FROM audit ORDER BY id DESC LIMIT 1) "
                              "FROM audit").fetchone()
        return int(row[0]), row[1] or GENESIS

    # -- reading, and copies --
    # For ballotdesk/services/backup.py (verify, rolling backups, restore).

    @staticmethod
    def read_only(path: Path, *, strict: bool = False) -> AbstractContextManager[tuple[Database, bool]]:
        """A read-only view of a meeting file for ``ballotdesk verify``: no lock, no migrations, no write.

        See :func:`~ballotdesk.store.meeting_file.read_only_view`, which it is.
        """
        return read_only_view(path, strict=strict)

    @classmethod
    @contextmanager
    def reading(cls, path: Path) -> Iterator[MeetingStore]:
        """The meeting opened only to be read, without its lock: another BallotDesk may have it open.

        Refused exactly as :meth:`open` refuses; any attempt to write fails (``mode=ro``).
        """
        with cls.read_only(Path(path), strict=True) as (db, _recovered):
            yield cls(Path(path), db.conn, None)

    def writing(self) -> bool:
        """Whether a change is being written right now (a roll import runs on a worker thread)."""
        return self.conn.in_transaction

    def copy_to(self, dest: Path) -> None:
        """Write a consistent copy of the open meeting to ``dest`` (a new file) with SQLite's backup API.

        The copy is a snapshot between two changes, never half of one, and it has reached the
        disk when this returns (the destination commits with ``synchronous=FULL``). OS and SQLite
        errors propagate unchanged so that the caller can word them for the folder it chose.

        Raises:
            MeetingFileError: A change is being written (see :meth:`writing`): SQLite's backup would
                wait for it, freezing the window for as long as a 100,000-member import takes.
        """
        if self.writing():
            raise MeetingFileError(translate(
                "MeetingFile", "A change is still being written (the roll import); try again when it is done."))
        target = sqlite3.connect(str(dest))
        try:
            target.execute("PRAGMA synchronous = FULL")
            self.conn.backup(target)
        finally:
            target.close()
