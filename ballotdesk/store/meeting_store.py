"""The meeting file: the only code that speaks SQL.

Durability and portability come from SQLite itself: a rollback journal (no WAL side files, so
the ``.ballotdesk`` file alone holds every committed change) and ``synchronous=FULL`` so a
commit has reached the disk when the call returns. Every change goes through :meth:`change`,
which writes the audit event, chained to the one before it, in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import secrets
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ballotdesk.domain.errors import os_reason
from ballotdesk.domain.search import index_text
from ballotdesk.domain.words import translate
from ballotdesk.store import verified
from ballotdesk.store.digest import (
    BUCKET_BITS,
    BUCKETED,
    bucket_digests,
    combine,
    digests_in_order,
)
from ballotdesk.store.lock import FileLockedError, MeetingLock
from ballotdesk.store.record_keys import RecordKey, installation_keys
from ballotdesk.store.version import APPLICATION_ID, SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ballotdesk.store.chain import ChainReport

SUFFIX = ".ballotdesk"
GENESIS = "0" * 64
_SQLITE_MAGIC = b"SQLite format 3\x00"


class MeetingFileError(Exception):
    """The file cannot be used as a meeting; ``str()`` names the file and the problem."""


def now() -> str:
    """The current local time as stored: ISO 8601 with seconds and the UTC offset."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


# Tables whose content the chain vouches for, the roll among them. Each is digested by buckets
# of rows (store/digest.py), so a change re-hashes only what it touched.
TRACKED = ("meeting", "boxes", "ballots", "attendees", "papers", "count_entries", "box_counts", "results", "tellers",
           "ranked_ballots", "ranked_entries", "ranked_papers")
ROLL_TABLE = "members"
DIGESTED = (*TRACKED, ROLL_TABLE)
_HASHED = -2
"""A note in ``bd_dirty``: the table's buckets were hashed from the rows in hand (``bulk``); only combine them."""
SIGNED_ACTIONS = ("ballot.declare", "ballot.amend")
"""Events that also carry the record key's signature: what a result sheet vouches for."""
HAND_OVER = "record.hand_over"


def event_hash(prev_hash: str, event_id: int, at: str, actor: str, action: str, details: str, state: str) -> str:
    """The chain link: each event commits to the previous one, its own content and the state after it."""
    payload = json.dumps([prev_hash, event_id, at, actor, action, details, state], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


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


def _canonical(details: dict[str, Any]) -> str:
    return json.dumps(details, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def inspect_file(path: Path) -> None:
    """Refuse anything that is not a usable meeting file, without changing a byte of it.

    Raises:
        MeetingFileError: with a sentence naming the file and what is wrong.
    """
    _check_header(path)
    _check_content(path)


def inspect_copy(path: Path) -> None:
    """Refuse a copy just written (a backup, Save a Copy) unless it stands on its own.

    A copy is taken to another computer without anything beside it: a ``-journal`` left next to it
    means its last write did not finish, and the file alone would not be the meeting. Then every
    check of opening (header, integrity, audit chain) runs on the file as it is.

    Raises:
        MeetingFileError: Saying what is wrong with the copy.
    """
    journal = path.with_name(path.name + "-journal")
    if journal.exists() and journal.stat().st_size > 0:
        raise MeetingFileError(translate(
            "MeetingFile", "{0} was not completely written (its last change is still in a journal file beside "
            "it).").format(path.name))
    inspect_file(path)


class HandOverNeeded(MeetingFileError):
    """The record is intact but not (last) authenticated by this installation: it must be taken over first."""

    def __init__(self, message: str, report: ChainReport) -> None:
        super().__init__(message)
        self.report = report


def _check_content(path: Path) -> ChainReport | None:
    """The checks of :func:`inspect_file` that read the file through SQLite (its header already checked).

    Returns the chain's report, or None when these very bytes were verified before by this
    installation (see :mod:`ballotdesk.store.verified`): a meeting file is fully checked once per
    state, not at every command that reads it.
    """
    name = path.name
    _recover_interrupted_change(path)
    if verified.seen(path):
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            conn.execute("PRAGMA cache_size = -256")  # the checks read each page once; keep the memory low
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            conn.execute("SELECT count(*) FROM meeting").fetchone()
            if check == "ok":
                from ballotdesk.store.chain import verify_chain

                report = verify_chain(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise MeetingFileError(translate("MeetingFile",
            "{0} is damaged ({1}). Restore it from a backup.").format(name, error)) from None
    if check != "ok":
        raise MeetingFileError(translate(
            "MeetingFile", "{0} is damaged ({1}). Restore it from a backup.").format(name, check))
    if not report.intact:
        raise MeetingFileError(translate("MeetingFile",
            "{0} has been changed outside BallotDesk and is not opened: {1} "
            "Run 'ballotdesk verify' for the details, or restore a backup.").format(name, report.message))
    if report.last_key_is(installation_keys().own.key_id):
        verified.remember(path)
    return report


def hand_over_question(name: str, report: ChainReport) -> str:
    """Why a meeting cannot be written here until this installation takes its record over, in words."""
    return translate("MeetingFile",
        "{0} was last written by another installation of BallotDesk, or by an older version. Its record is "
        "intact, and so far authenticated as follows:\n{1}\nTo continue the meeting on this computer, take the "
        "record over with 'ballotdesk take-over {0}' (the app asks when it opens the file): the hand-over is "
        "logged, and this computer's key authenticates the record from then on.").format(name, report.parts_text())


def _check_header(path: Path) -> None:
    """The checks of :func:`inspect_file` that read only the first 100 bytes, never through SQLite.

    :meth:`MeetingStore.open` runs them before it takes the meeting's lock, so a file that is not
    a meeting is refused as such, and no lock file is made beside it.
    """
    name = path.name
    try:
        path.stat()  # Path.exists() raises, rather than answers, for a name too long for the system
    except FileNotFoundError:
        raise MeetingFileError(translate(
            "MeetingFile", "{0} was not found at {1}.").format(name, path.parent)) from None
    except OSError as error:
        raise MeetingFileError(translate(
            "MeetingFile", "{0} cannot be read: {1}.").format(name, os_reason(error))) from None
    if path.is_dir():
        raise MeetingFileError(translate("MeetingFile", "{0} is a folder, not a meeting file.").format(name))
    from ballotdesk.domain.files import NotRegularFileError, read_regular

    try:  # a FIFO or a device would block or never end: regular files only, and only the header is read
        head = read_regular(path, 1 << 62, "meeting file", first=100)
    except NotRegularFileError as error:
        raise MeetingFileError(str(error)) from None
    except OSError as error:
        raise MeetingFileError(translate(
            "MeetingFile", "{0} cannot be read: {1}.").format(name, os_reason(error))) from None
    if not head:
        raise MeetingFileError(translate(
            "MeetingFile", "{0} is empty (0 bytes); it is not a BallotDesk meeting file.").format(name))
    if not head.startswith(_SQLITE_MAGIC):
        raise MeetingFileError(translate(
            "MeetingFile", "{0} is not a BallotDesk meeting file (it is not a database).").format(name))
    if len(head) < 100:
        raise MeetingFileError(translate(
            "MeetingFile", "{0} is damaged: the file is cut short. Restore it from a backup.").format(
            name))
    app_id = int.from_bytes(head[68:72], "big")
    if app_id != APPLICATION_ID:
        raise MeetingFileError(translate("MeetingFile",
            "{0} is a database made by another program, not a BallotDesk meeting file.").format(name))
    version = int.from_bytes(head[60:64], "big")
    if version > SCHEMA_VERSION:
        raise MeetingFileError(translate("MeetingFile",
            "{0} was made by a newer version of BallotDesk (file format {1}; this "
            "version reads up to {2}). Update BallotDesk to open it.").format(name, version, SCHEMA_VERSION))


SQLITE_FULL = 13
SQLITE_BUSY = 5
BUSY_TIMEOUT_SECONDS = 15
"""How long a change waits for a reader (``ballotdesk attendance``, a backup tool) before giving up in words."""


def busy(error: BaseException) -> bool:
    """Whether SQLite gave up waiting for another connection's lock ("database is locked")."""
    code = getattr(error, "sqlite_errorcode", None)
    return (code is not None and code & 0xFF == SQLITE_BUSY) or "database is locked" in str(error)


def disk_full(error: BaseException) -> bool:
    """Whether SQLite (or the OS) refused a write because the disk is full."""
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    code = getattr(error, "sqlite_errorcode", None)
    return code == SQLITE_FULL or "disk is full" in str(error)


def full_disk_message(path: Path) -> str:
    """One line for a change refused by a full disk: what happened to the change, and what to do."""
    return translate("MeetingFile", "The disk holding {0} is full, so the change was not saved (the meeting is as it "
                     "was before it). Free some space in {1}, then try again.").format(path.name, path.resolve().parent)


STAGING_PREFIX = ".ballotdesk-new-"
"""Hidden name of a meeting being made by ``new`` until it is linked into place."""


def _remove_abandoned(folder: Path) -> None:
    """Remove what a ``new`` killed half-way left in ``folder``: staging files no running BallotDesk holds."""
    try:
        found = list(folder.glob(f"{STAGING_PREFIX}*.tmp"))
    except OSError:
        return
    for staging in found:
        lock = MeetingLock(staging)
        try:
            lock.acquire()
        except (FileLockedError, OSError):
            continue  # another `new` is making it right now (or the folder cannot be written)
        try:
            staging.unlink(missing_ok=True)
            staging.with_name(staging.name + "-journal").unlink(missing_ok=True)
        except OSError:
            pass
        finally:
            lock.release()


def _discard(staging: Path) -> None:
    """Remove what a failed ``new`` left: the unfinished meeting, its journal and its lock file."""
    from ballotdesk.store.lock import lock_path

    for leftover in (staging, staging.with_name(staging.name + "-journal"), lock_path(staging)):
        leftover.unlink(missing_ok=True)


def _place(staging: Path, path: Path) -> None:
    """Put a finished meeting under its name in one step, never over a file that appeared meanwhile.

    A hard link is atomic and refuses an existing name; where the disk has no hard links (a
    FAT-formatted USB stick) a rename is used after one more look for the name.
    """
    try:
        os.link(staging, path)
    except FileExistsError:
        raise MeetingFileError(translate(
            "MeetingFile", "{0} already exists; choose another name.").format(path.name)) from None
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise MeetingFileError(translate("MeetingFile", "{0} cannot be created: {1}.").format(
                path.name, os_reason(error))) from None
        if os.path.lexists(path):
            raise MeetingFileError(translate(
                "MeetingFile", "{0} already exists; choose another name.").format(path.name)) from None
        os.rename(staging, path)
    else:
        staging.unlink()
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the new name durable (POSIX: fsync the folder); nothing to do where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _take_lock(path: Path) -> MeetingLock:
    """The meeting's lock, or a refusal in words: open in another BallotDesk, or a folder BallotDesk cannot write in."""
    lock = MeetingLock(path)
    try:
        lock.acquire()
    except FileLockedError as error:
        raise MeetingFileError(translate("MeetingFile",
            "{0} is already open in {1}. Close it there first; "
            "two programs must never write to one meeting.").format(path.name, error)) from None
    except OSError as error:
        raise _not_writable(path, error) from None
    return lock


def _check_writable(path: Path) -> None:
    """Refuse a meeting file that cannot be written (read-only, or on a read-only disk).

    SQLite opens such a file read-only without a word, and the first change (a registration at
    the door) would then fail. Opening the file for writing and closing it again writes nothing:
    neither its bytes nor its modification time change.
    """
    try:
        os.close(os.open(path, os.O_RDWR))
    except OSError as error:
        raise _not_writable(path, error) from None


def _not_writable(path: Path, error: OSError) -> MeetingFileError:
    if disk_full(error):
        return MeetingFileError(translate("MeetingFile", "{0} cannot be opened: the disk holding it is full, and "
                                          "BallotDesk saves every change as it is made. Free some space in {1}, then "
                                          "open it again.").format(path.name, path.resolve().parent))
    return MeetingFileError(translate("MeetingFile",
        "{0} cannot be opened: BallotDesk cannot write to it in {1} ({2}), and it saves every change "
        "in the file as it is made. Copy the file to a folder you can write to, or clear its "
        "read-only setting, then open it again.").format(path.name, path.parent, os_reason(error)))


def _recover_interrupted_change(path: Path) -> None:
    """Let SQLite roll back a change that a crash or power cut interrupted.

    The rollback journal beside the file holds the pages as they were before the unfinished
    change; a read-only connection cannot apply it, so the file would look damaged. Only our
    own meeting files reach this point (the header was checked), and rolling back restores
    exactly the last committed state.
    """
    journal = path.with_name(path.name + "-journal")
    if not journal.exists() or journal.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(str(path), timeout=5)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return  # the read-only check that follows reports the problem in words


def _migrated(conn: sqlite3.Connection) -> bool:
    """True when every migration this BallotDesk has is applied (then nothing needs sqlite-utils)."""
    if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
        return False
    try:
        applied = conn.execute(
            "SELECT count(*) FROM _sqlite_migrations WHERE migration_set = 'ballotdesk'").fetchone()[0]
    except sqlite3.OperationalError:  # no migrations table: a file being created
        return False
    return int(applied) == SCHEMA_VERSION


class MeetingStore:
    """An open meeting file, locked for this process.

    Use :meth:`create` or :meth:`open`; :meth:`close` releases the lock.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: MeetingLock | None) -> None:
        self.path = path
        self.conn = conn
        self._db: Database | None = None
        self._lock = lock
        self._bucketed: set[str] | None = None
        self.needs_hand_over: str | None = None
        self.chain_report: ChainReport | None = None

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
        _remove_abandoned(path.parent)
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
            _place(staging, path)
        except sqlite3.OperationalError as error:
            _discard(staging)
            if disk_full(error):
                raise MeetingFileError(translate("MeetingFile", "{0} cannot be created: {1}.").format(
                    path.name, translate("OsError", "the disk is full"))) from None
            raise
        except BaseException:
            _discard(staging)
            raise
        return cls._connect(path)

    @classmethod
    def open(cls, path: Path, *, take_over: bool = False, actor: str = "desk", reason: str = "") -> MeetingStore:
        """Open an existing meeting after checking it; never changes a file it refuses.

        The lock is taken before the file is read through SQLite: a meeting that another
        BallotDesk is writing to (a roll import, a commit) would otherwise keep this one waiting
        on SQLite's lock and then be called damaged, when it is only open elsewhere. A meeting
        that cannot be written here (a read-only file or folder) is refused at once rather than
        at the first registration at the door.

        A record last authenticated by another installation's key (a backup restored on a spare
        laptop) opens only with ``take_over``, which logs the hand-over; otherwise
        :class:`HandOverNeeded` says whose key it was.
        """
        path = Path(path)
        _check_header(path)
        lock = _take_lock(path)
        try:
            _check_writable(path)
            report = _check_content(path)
            foreign = report is not None and not report.last_key_is(installation_keys().own.key_id)
            if foreign and not take_over:  # refused before the file is migrated: not one byte changes
                raise HandOverNeeded(hand_over_question(path.name, report), report)  # type: ignore[arg-type]
            store = cls._connect(path, lock)
        except BaseException:
            lock.release()
            raise
        if foreign:
            store.chain_report = report
            try:
                store.hand_over(actor, reason)
            except BaseException:
                store.close()
                raise
        return store

    @classmethod
    def _connect(cls, path: Path, lock: MeetingLock | None = None) -> MeetingStore:
        """Connect to ``path`` for writing under ``lock`` (taken here when None), migrating it if older."""
        if lock is None:
            lock = _take_lock(path)
        try:
            conn = sqlite3.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_SECONDS)
            conn.execute("PRAGMA journal_mode = DELETE").fetchall()
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            store = cls(path, conn, lock)
            if not _migrated(conn):
                from ballotdesk.store.schema import MIGRATIONS

                if MIGRATIONS.pending(store.db):
                    MIGRATIONS.apply(store.db)
                # Written only when it changes: any write bumps the header's change counter, and
                # opening a meeting to read it must leave its bytes alone.
                if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            store._track_changes()
        except BaseException:
            lock.release()
            raise
        return store

    def close(self) -> None:
        """Close the connection (the rollback journal leaves no side file) and unlock.

        The file as this installation leaves it is remembered as verified (its SHA-256), so
        the next command or window that opens it need not re-hash a large roll.
        """
        wrote = self._lock is not None and self.needs_hand_over is None and self._db is not None
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
        except sqlite3.OperationalError as error:
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
            _recover_interrupted_change(self.path)
            raise MeetingFileError(full_disk_message(self.path)) from None

    def _refuse_unless_writable(self) -> None:
        if self.needs_hand_over is not None:
            raise MeetingFileError(self.needs_hand_over)

    def _track_changes(self) -> None:
        """Note, on this connection only, which buckets each change touches (see store/digest.py)."""
        # No key: a conflict clause inside a trigger gives way to the outer statement's (an upsert's).
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS bd_dirty (tbl TEXT, bucket INTEGER)")
        for table in DIGESTED:
            for sql in _dirty_triggers(table):
                self.conn.execute(sql)

    @contextmanager
    def bulk(self, table: str, rows: Callable[[], Iterable[Sequence[Any]]] | None = None) -> Iterator[None]:
        """Inside a change: write many rows of ``table`` without noting each one; the whole table is re-hashed.

        For an import, which rewrites the roll anyway: 100,000 trigger calls would cost more than
        hashing the roll once. ``rows``: the table's rows as the change leaves them (rowid first, in
        rowid order), when the caller has them in hand, so they are hashed without being read back.
        """
        for suffix in ("ai", "ad", "au"):
            self.conn.execute(f"DROP TRIGGER IF EXISTS temp.bd_{table}_{suffix}")
        try:
            yield
        finally:
            for sql in _dirty_triggers(table):
                self.conn.execute(sql)
        if rows is None:
            self.conn.execute("INSERT INTO temp.bd_dirty (tbl, bucket) VALUES (?, -1)", [table])
            return
        self.conn.execute("DELETE FROM chain_buckets WHERE tbl = ?", [table])
        self.conn.executemany("INSERT INTO chain_buckets (tbl, bucket, digest) VALUES (?, ?, ?)",
                              [(table, -1, b""), *((table, n, d) for n, d in digests_in_order(rows()))])
        self._bucketed_tables().add(table)
        self.conn.execute("INSERT INTO temp.bd_dirty (tbl, bucket) VALUES (?, ?)", [table, _HASHED])

    def _append_event(self, actor: str, action: str, details: dict[str, Any],
                      key: RecordKey | None = None) -> str:
        last = self.conn.execute("SELECT id, hash, state FROM audit ORDER BY id DESC LIMIT 1").fetchone()
        prev_id, prev_hash, prev_state = last if last else (0, GENESIS, "{}")
        state = json.loads(prev_state)
        dirty: dict[str, set[int]] = {}
        for table, bucket in self.conn.execute("SELECT tbl, bucket FROM temp.bd_dirty"):
            dirty.setdefault(table, set()).add(int(bucket))
        self.conn.execute("DELETE FROM temp.bd_dirty")
        kept = self._bucketed_tables()
        for table in DIGESTED:
            touched = dirty.get(table)
            if table not in kept or (touched and -1 in touched):
                self._rebuild_buckets(table)
            elif touched:
                self._update_buckets(table, touched - {_HASHED})
            elif str(state.get(table, "")).startswith(BUCKETED):
                continue
            state[table] = combine(
                (int(n), bytes(d)) for n, d in self.conn.execute(
                    "SELECT bucket, digest FROM chain_buckets WHERE tbl = ? AND bucket >= 0 ORDER BY bucket", [table]))
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

    def _bucketed_tables(self) -> set[str]:
        if self._bucketed is None:
            self._bucketed = {row[0] for row in self.conn.execute(
                "SELECT tbl FROM chain_buckets WHERE bucket = -1")}
        return self._bucketed

    def _rebuild_buckets(self, table: str) -> None:
        """Every bucket of a table re-hashed (its first change in this format, or a bulk write)."""
        self.conn.execute("DELETE FROM chain_buckets WHERE tbl = ?", [table])
        self.conn.executemany("INSERT INTO chain_buckets (tbl, bucket, digest) VALUES (?, ?, ?)",
                              [(table, -1, b""), *((table, n, d) for n, d in bucket_digests(self.conn, table)
                                                   if d is not None)])
        self._bucketed_tables().add(table)

    def _update_buckets(self, table: str, numbers: set[int]) -> None:
        for number, digest in bucket_digests(self.conn, table, numbers):
            if digest is None:
                self.conn.execute("DELETE FROM chain_buckets WHERE tbl = ? AND bucket = ?", [table, number])
            else:
                self.conn.execute("INSERT OR REPLACE INTO chain_buckets (tbl, bucket, digest) VALUES (?, ?, ?)",
                                  [table, number, digest])

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
        with self.db.atomic():
            self._append_event(actor, HAND_OVER, details)
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

    def _insert(self, table: str, values: dict[str, Any]) -> int:
        """Insert one row and return its rowid."""
        return int(self.db.table(table).insert(values).last_rowid or 0)

    # -- meeting -----------------------------------------------------------------------

    def meeting(self) -> dict[str, Any]:
        """The meeting row."""
        return next(self._query("SELECT * FROM meeting WHERE id = 1"))

    def update_meeting(self, values: dict[str, Any]) -> None:
        """Write meeting fields (inside a change)."""
        self.db.table("meeting").update(1, values)

    # -- roll --------------------------------------------------------------------------

    def member(self, number: str) -> dict[str, Any] | None:
        """One member by membership number, or None."""
        rows = list(self._query("SELECT rowid, * FROM members WHERE number = ?", [number]))
        return rows[0] if rows else None

    def member_count(self, *, include_left: bool = False) -> int:
        """Members on the roll (by default those still in the latest export)."""
        sql = "SELECT count(*) FROM members" + ("" if include_left else " WHERE left_at IS NULL")
        return int(self.conn.execute(sql).fetchone()[0])

    def count_members_matching(self, cutoff: str | None, statuses: Sequence[str]) -> int:
        """Members still on the roll with join date on/before ``cutoff`` and status in ``statuses``.

        The rule itself lives in ``domain.eligibility``; this only counts with its parameters.
        """
        sql = "SELECT count(*) FROM members WHERE left_at IS NULL"
        params: list[Any] = []
        if cutoff:
            sql += " AND join_date IS NOT NULL AND join_date <= ?"
            params.append(cutoff)
        if statuses:
            sql += f" AND lower(trim(status)) IN ({','.join('?' * len(statuses))})"
            params.extend(s.casefold() for s in statuses)
        return int(self.conn.execute(sql, params).fetchone()[0])

    def statuses(self) -> list[tuple[str, int]]:
        """Distinct statuses on the roll with how many members have each."""
        rows = self.conn.execute(
            "SELECT status, count(*) FROM members WHERE left_at IS NULL GROUP BY status ORDER BY 2 DESC"
        ).fetchall()
        return [(r[0], int(r[1])) for r in rows]

    def members_numbered(self, number: str) -> list[dict[str, Any]]:
        """The member whose number is ``number`` as typed, in upper or in lower case."""
        variants = [number, number.upper(), number.lower()]
        return list(self._query("SELECT rowid, * FROM members WHERE number IN (?, ?, ?)", variants))

    def members_by_rowid(self, rowids: Sequence[int]) -> list[dict[str, Any]]:
        """Members by rowid, in the order given."""
        if not rowids:
            return []
        rows = {r["rowid"]: r for r in self._query(
            f"SELECT rowid, * FROM members WHERE rowid IN ({', '.join('?' * len(rowids))})", list(rowids))}
        return [rows[i] for i in rowids if i in rows]

    @staticmethod
    @contextmanager
    def search_entries_of(path: Path) -> Iterator[Iterator[tuple[int, str]]]:
        """:meth:`search_entries` through a read-only connection of its own, for a worker thread.

        The meeting's own connection belongs to the GUI thread; SQLite lets this one read the
        committed roll alongside it.
        """
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            conn.execute("PRAGMA cache_size = -256")  # one pass over the roll: a big page cache is only memory
            yield iter(conn.execute(_SEARCH_ENTRIES))
        finally:
            conn.close()

    def search_entries(self) -> Iterator[tuple[int, str]]:
        """``(rowid, search text)`` of every member in roll order, for the desk's search index."""
        return iter(self.conn.execute(_SEARCH_ENTRIES))

    def roll_in_order(self) -> Iterator[dict[str, Any]]:
        """Members still on the roll, by surname then first name, streamed."""
        return self._query("SELECT * FROM members WHERE left_at IS NULL ORDER BY sort_key, number")

    def member_snapshot(self) -> dict[str, tuple[Any, ...]]:
        """Every member by number, for merging an updated export.

        Each value is (first, last, ward, postcode, join_date, status, email, search, sort_key, left).
        """
        return {
            row[0]: tuple(row[1:])
            for row in self.conn.execute(
                "SELECT number, first_name, last_name, ward, postcode, join_date, status, email, search, sort_key, "
                "left_at IS NOT NULL FROM members"
            )
        }

    def refresh_search(self, rows: Iterable[Sequence[Any]]) -> None:
        """Write the search text and sort key of rows given as (search, sort_key, number) (inside a change)."""
        self.conn.executemany("UPDATE members SET search = ?, sort_key = ? WHERE number = ?", rows)

    def insert_members(self, rows: Iterable[Sequence[Any]]) -> None:
        """Insert rows of (number, first, last, ward, postcode, join_date, status, email, search, sort_key).

        The search index is filled in one statement afterwards, which is many times faster than
        indexing row by row.
        """
        self.conn.executemany(
            "INSERT INTO members (number, first_name, last_name, ward, postcode, join_date, status, "
            "email, search, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def is_roll_empty(self) -> bool:
        """True when the roll has no row at all (not even members who left)."""
        return self.conn.execute("SELECT NOT EXISTS (SELECT 1 FROM members)").fetchone()[0] == 1

    @contextmanager
    def sort_index_deferred(self) -> Iterator[None]:
        """Inside a change: build the roll's sort index once, after a bulk insert, not row by row.

        An error inside rolls the whole change back, the dropped index with it.
        """
        self.conn.execute("DROP INDEX members_sort")
        yield
        self.conn.execute("CREATE INDEX members_sort ON members (sort_key)")

    def update_members(self, rows: Iterable[Sequence[Any]]) -> None:
        """Update rows given as (first, last, ward, postcode, join_date, status, email, search, sort_key, number)."""
        self.conn.executemany(
            "UPDATE members SET first_name = ?, last_name = ?, ward = ?, postcode = ?, join_date = ?, "
            "status = ?, email = ?, search = ?, sort_key = ?, left_at = NULL WHERE number = ?",
            rows,
        )

    def mark_left(self, numbers: Iterable[str], at: str) -> None:
        """Mark members as no longer in the latest export (kept, never deleted)."""
        self.conn.executemany(
            "UPDATE members SET left_at = ? WHERE number = ? AND left_at IS NULL",
            ((at, n) for n in numbers),
        )

    # -- attendees ---------------------------------------------------------------------

    def attendee(self, attendee_id: int) -> dict[str, Any] | None:
        """One attendee with the member's roll fields, or None."""
        rows = list(self._query(_ATTENDEE_SQL + " WHERE a.id = ?", [attendee_id]))
        return rows[0] if rows else None

    def attendee_by_member(self, number: str) -> dict[str, Any] | None:
        """The attendee registered for a membership number, or None."""
        rows = list(self._query(_ATTENDEE_SQL + " WHERE a.member_number = ?", [number]))
        return rows[0] if rows else None

    def attendees(self) -> list[dict[str, Any]]:
        """All attendees with their roll fields, in registration order."""
        return list(self._query(_ATTENDEE_SQL + " ORDER BY a.id"))

    def attendance_groups(self) -> list[dict[str, Any]]:
        """Attendees counted by what their figures depend on: kind, roll fields, approval, presence.

        The desk's figures move with every registration; grouping in SQL keeps each redraw to a
        few thousand groups at most instead of every attendee's row.
        """
        sql = ("SELECT a.kind, m.join_date, m.status, m.left_at IS NOT NULL AS left_roll, a.vote_approved, "
               "a.departed_at IS NULL AS present, count(*) AS n FROM attendees a "
               "LEFT JOIN members m ON m.number = a.member_number GROUP BY 1, 2, 3, 4, 5, 6")
        return list(self._query(sql))

    def attendees_for(self, numbers: Sequence[str]) -> list[dict[str, Any]]:
        """Attendee rows for those of these membership numbers that are registered."""
        if not numbers:
            return []
        marks = ",".join("?" * len(numbers))
        sql = f"SELECT * FROM attendees WHERE member_number IN ({marks})"
        return list(self._query(sql, list(numbers)))

    def insert_attendee(self, values: dict[str, Any]) -> int:
        """Add an attendee and return its id."""
        return self._insert("attendees", values)

    def update_attendee(self, attendee_id: int, values: dict[str, Any]) -> None:
        """Change an attendee's fields."""
        self.db.table("attendees").update(attendee_id, values)

    def delete_attendee(self, attendee_id: int) -> None:
        """Remove an attendee (only for undoing a registration; the audit log keeps it)."""
        self.conn.execute("DELETE FROM attendees WHERE id = ?", [attendee_id])

    def last_attendee_id(self) -> int | None:
        """The most recent registration still standing."""
        row = self.conn.execute("SELECT max(id) FROM attendees").fetchone()
        return row[0]


    def papers_held(self, attendee_id: int) -> int:
        """How many papers (of any state) an attendee has been issued."""
        sql = "SELECT count(*) FROM papers WHERE attendee_id = ?"
        return int(self.conn.execute(sql, [attendee_id]).fetchone()[0])

    def papers_of(self, attendee_id: int) -> list[dict[str, Any]]:
        """Every paper issued to an attendee, with its ballot's status and title and its box's name."""
        sql = ("SELECT p.*, b.name AS box, l.status AS ballot_status, l.title AS ballot_title FROM papers p "
               "JOIN boxes b ON b.id = p.box_id JOIN ballots l ON l.id = p.ballot_id WHERE p.attendee_id = ? "
               "ORDER BY p.id")
        return list(self._query(sql, [attendee_id]))

    def delete_papers(self, paper_ids: Sequence[int]) -> None:
        """Remove papers (only for undoing the registration they were issued with; the audit log keeps them)."""
        self.conn.executemany("DELETE FROM papers WHERE id = ?", [(i,) for i in paper_ids])

    # -- boxes, ballots, papers, counts, results ----------------------------------------

    def boxes(self) -> list[dict[str, Any]]:
        """Boxes in the order they were added ("Main hall" first)."""
        return list(self._query("SELECT * FROM boxes ORDER BY id"))

    def box_by_name(self, name: str) -> dict[str, Any] | None:
        """A box by name, case-insensitively."""
        rows = list(self._query("SELECT * FROM boxes WHERE name = ? COLLATE NOCASE", [name.strip()]))
        return rows[0] if rows else None

    def insert_box(self, name: str) -> int:
        """Add a box."""
        return self._insert("boxes", {"name": name, "created_at": now()})

    def ballots(self) -> list[dict[str, Any]]:
        """All ballots, oldest first."""
        return list(self._query("SELECT * FROM ballots ORDER BY id"))

    def ballot(self, ballot_id: int) -> dict[str, Any] | None:
        """One ballot row."""
        rows = list(self._query("SELECT * FROM ballots WHERE id = ?", [ballot_id]))
        return rows[0] if rows else None

    def insert_ballot(self, values: dict[str, Any]) -> int:
        """Add a ballot."""
        return self._insert("ballots", {"created_at": now(), **values})

    def update_ballot(self, ballot_id: int, values: dict[str, Any]) -> None:
        """Change a ballot's fields."""
        self.db.table("ballots").update(ballot_id, values)

    def papers(self, ballot_id: int, attendee_id: int | None = None) -> list[dict[str, Any]]:
        """Papers of a ballot (optionally one attendee's), with box names, oldest first."""
        sql = ("SELECT p.*, b.name AS box FROM papers p JOIN boxes b ON b.id = p.box_id "
               "WHERE p.ballot_id = ?")
        params: list[Any] = [ballot_id]
        if attendee_id is not None:
            sql += " AND p.attendee_id = ?"
            params.append(attendee_id)
        return list(self._query(sql + " ORDER BY p.id", params))

    def live_paper(self, ballot_id: int, attendee_id: int) -> dict[str, Any] | None:
        """The attendee's live paper for a ballot, if any."""
        rows = [p for p in self.papers(ballot_id, attendee_id) if p["state"] == "live"]
        return rows[0] if rows else None

    def insert_paper(self, values: dict[str, Any]) -> int:
        """Issue a paper."""
        return self._insert("papers", values)

    def end_paper(self, paper_id: int, state: str, at: str) -> None:
        """Mark a live paper spoilt or withdrawn (the row stays on the record)."""
        self.conn.execute("UPDATE papers SET state = ?, ended_at = ? WHERE id = ? AND state = 'live'",
                        [state, at, paper_id])

    def paper_counts(self, ballot_id: int) -> dict[int, dict[str, int]]:
        """Per box id: papers by state."""
        out: dict[int, dict[str, int]] = {}
        for box_id, state, n in self.conn.execute(
            "SELECT box_id, state, count(*) FROM papers WHERE ballot_id = ? GROUP BY box_id, state",
            [ballot_id],
        ):
            out.setdefault(box_id, {})[state] = int(n)
        return out

    def count_entries(self, ballot_id: int, box_id: int | None = None,
                      states: Sequence[str] = ("active",)) -> list[dict[str, Any]]:
        """Teller entries of a ballot (optionally one box) in the given states, oldest first."""
        sql = f"SELECT * FROM count_entries WHERE ballot_id = ? AND state IN ({','.join('?' * len(states))})"
        params: list[Any] = [ballot_id, *states]
        if box_id is not None:
            sql += " AND box_id = ?"
            params.append(box_id)
        return list(self._query(sql + " ORDER BY id", params))

    def tellers(self) -> list[dict[str, Any]]:
        """The tellers the chair has named, in the order they were named."""
        return list(self._query("SELECT * FROM tellers ORDER BY id"))

    def upsert_teller(self, name: str, code_hash: str) -> None:
        """Name a teller, or give a named teller a new code."""
        self.conn.execute("INSERT INTO tellers (name, code_hash, created_at) VALUES (?, ?, ?) "
                          "ON CONFLICT (name) DO UPDATE SET code_hash = excluded.code_hash", [name, code_hash, now()])

    def insert_count_entry(self, values: dict[str, Any]) -> int:
        """Store one teller's entry."""
        return self._insert("count_entries", {"entered_at": now(), **values})

    def set_entries_state(self, entry_ids: Sequence[int], state: str) -> None:
        """Discard, accept or set aside entries (rows are kept)."""
        self.conn.executemany("UPDATE count_entries SET state = ? WHERE id = ?",
                                 [(state, i) for i in entry_ids])

    def box_counts(self, ballot_id: int) -> dict[int, dict[str, Any]]:
        """Definitive counts by box id."""
        return {r["box_id"]: r for r in self._query(
            "SELECT * FROM box_counts WHERE ballot_id = ?", [ballot_id])}

    def upsert_box_count(self, values: dict[str, Any]) -> None:
        """Record or replace the definitive count of a box."""
        self.db.table("box_counts").upsert(values, pk=("ballot_id", "box_id"))

    def delete_box_count(self, ballot_id: int, box_id: int) -> None:
        """Drop a definitive count (a recount ordered by the chair; the entries stay)."""
        self.conn.execute("DELETE FROM box_counts WHERE ballot_id = ? AND box_id = ?", [ballot_id, box_id])

    def results(self, ballot_id: int) -> list[dict[str, Any]]:
        """Every declared version of a ballot's result, oldest first."""
        return list(self._query("SELECT * FROM results WHERE ballot_id = ? ORDER BY version",
                                  [ballot_id]))

    def insert_result(self, values: dict[str, Any]) -> None:
        """Record a declared (or amended) result version."""
        self.db.table("results").insert(values)

    # -- paging for the GUI --
    # The roll page shows a 100,000-member roll without loading it: it asks for one page at a
    # time, continuing after the last row it holds (keyset paging, so page 200 costs the same
    # as page 1). A roll narrowed to the words typed is paged from the search index's matches.

    def members_page(self, after: tuple[str, str] | None, limit: int) -> list[dict[str, Any]]:
        """Up to ``limit`` members ordered by (sort_key, number), after the key ``after``.

        Args:
            after: ``(sort_key, number)`` of the last row already shown, or None for the first page.
            limit: Page size.
        """
        sql, params = "SELECT rowid, * FROM members", []
        if after is not None:
            sql += " WHERE (sort_key, number) > (?, ?)"
            params = [after[0], after[1]]
        sql += " ORDER BY sort_key, number LIMIT ?"
        return list(self._query(sql, [*params, int(limit)]))

    # -- integrity --
    # For ballotdesk/services/backup.py (verify, rolling backups, restore) and
    # ballotdesk/services/privacy.py (the personal-data purge).

    @staticmethod
    @contextmanager
    def read_only(path: Path, *, strict: bool = False) -> Iterator[tuple[Database, bool]]:
        """A read-only view of a meeting file for ``ballotdesk verify``: no lock, no migrations, no write.

        Every check of :func:`inspect_file` applies except one: a broken chain is not refused,
        because reporting exactly where it breaks is the point of verifying (``strict`` refuses
        it too, for commands that only read the figures). The file is read through a
        ``mode=ro`` connection, so not one byte of it changes.

        A "hot" ``-journal`` beside the file means BallotDesk was interrupted in the middle of a
        change. SQLite must roll that change back before the file can be read, and a read-only
        connection cannot; so the file and its journal are copied to a temporary folder and rolled
        back there, which is exactly what the next open for writing will do to the real file.

        Yields:
            The database and whether an interrupted change was rolled back in a temporary copy.

        Raises:
            MeetingFileError: The file is not a readable BallotDesk meeting (the same sentences as
                :func:`inspect_file`).
        """
        import shutil
        import tempfile

        path = Path(path)
        journal = path.with_name(path.name + "-journal")
        from ballotdesk.domain.files import NotRegularFileError, check_regular

        try:  # SQLite opens the file on connecting: a FIFO would block it for ever
            if not path.is_dir():  # inspect_file below words a folder, a missing or an unreadable file
                check_regular(path)
        except NotRegularFileError as error:
            raise MeetingFileError(str(error)) from None
        except OSError:
            pass

        def needs_rollback() -> bool:
            # A journal beside a file that a running BallotDesk is writing is not "hot": only
            # SQLite can tell, by refusing a read-only reader with SQLITE_READONLY_ROLLBACK.
            try:
                probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
                try:
                    probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
                finally:
                    probe.close()
            except sqlite3.DatabaseError as error:
                return getattr(error, "sqlite_errorcode", None) == 776  # SQLITE_READONLY_ROLLBACK
            return False

        with tempfile.TemporaryDirectory(prefix="ballotdesk-verify-") as tmp:
            target, recovered = path, False
            if journal.is_file() and path.is_file() and needs_rollback():
                target = Path(tmp) / path.name
                shutil.copyfile(path, target)
                shutil.copyfile(journal, target.with_name(journal.name))
                recovered = True
                try:
                    with open(target, "rb") as handle:
                        ours = handle.read(100)[68:72] == APPLICATION_ID.to_bytes(4, "big")
                    if ours:
                        rollback = sqlite3.connect(str(target))
                        try:
                            rollback.execute("SELECT count(*) FROM sqlite_master").fetchone()
                        finally:
                            rollback.close()
                except sqlite3.DatabaseError:
                    pass  # inspect_file below words what is wrong with it
            try:
                inspect_file(target)
                refusal: MeetingFileError | None = None
            except MeetingFileError as error:
                refusal = error
            try:
                conn = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)
            except sqlite3.DatabaseError:
                raise refusal or MeetingFileError(translate(
                    "MeetingFile", "{0} cannot be read.").format(path.name)) from None
            try:
                if refusal is not None and strict:
                    raise refusal
                if refusal is not None:
                    # Refused: go on to report the chain only if the chain was what was refused.
                    try:
                        sound = (
                            conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
                            and conn.execute("PRAGMA user_version").fetchone()[0] <= SCHEMA_VERSION
                            and conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
                            and conn.execute("SELECT count(*) FROM audit").fetchone() is not None
                            and conn.execute("SELECT count(*) FROM meeting").fetchone() is not None
                        )
                    except sqlite3.DatabaseError:
                        sound = False
                    if not sound:
                        raise refusal
                from sqlite_utils import Database

                yield Database(conn, execute_plugins=False), recovered
            finally:
                conn.close()

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

    def purge_personal(self, name: str, note: str) -> tuple[int, int]:
        """Blank personal data in place (call inside a change); returns (members, attendees) purged.

        Members lose first and last names, email and postcode; their search text keeps only the
        membership number and their sort key is emptied (pages then sort by number). Guests and
        provisional attendees have a non-empty name and note replaced by ``name`` and ``note``.
        ``secure_delete`` makes SQLite overwrite the freed bytes with zeros instead of leaving them
        in free pages.
        """
        self.conn.execute("PRAGMA secure_delete = ON")
        rows = self.conn.execute(
            "SELECT rowid, number, first_name, last_name, email, postcode, search, sort_key FROM members").fetchall()
        blanked = []
        for rowid, number, first, last, email, postcode, text, key in rows:
            words = index_text("", "", number, "")  # "A-17" is found as "a17" and as "a 17", as before
            if first or last or email or postcode or key or text != words:
                blanked.append((words, rowid))
        self.conn.executemany("UPDATE members SET first_name = '', last_name = '', email = '', postcode = '', "
                              "search = ?, sort_key = '' WHERE rowid = ?", blanked)
        members = len(blanked)
        attendees = self.conn.execute(
            "UPDATE attendees SET name = CASE WHEN name = '' THEN '' ELSE ? END, "
            "note = CASE WHEN note = '' THEN '' ELSE ? END "
            "WHERE (name <> '' AND name <> ?) OR (note <> '' AND note <> ?)",
            [name, note, name, note],
        ).rowcount
        return int(members), int(attendees)


_SEARCH_ENTRIES = "SELECT rowid, search FROM members ORDER BY sort_key, number"
"""Every member's search words in roll order, for the desk's search index."""

_ATTENDEE_SQL = (
    "SELECT a.*, m.first_name, m.last_name, m.ward, m.postcode, m.join_date, m.status, "
    "m.left_at FROM attendees a LEFT JOIN members m ON m.number = a.member_number"
)
