"""The meeting file on disk: the checks before it is opened, its lock, and how a new one is put in place.

Everything here works on the file, not on an open store: the header read without SQLite, the integrity
and audit-chain check at opening (once per state of the file, see :mod:`ballotdesk.store.verified`), the
refusal of a record another installation authenticated (:class:`HandOverNeeded`), the roll-back of a
change a crash interrupted, the read-only view ``verify`` uses, the lock and the writability check, and
the staging file of ``new`` that is linked into place in one step. Kept apart from
:mod:`ballotdesk.store.meeting_store`, which is the open meeting itself (its connection, its changes and
their audit events), so each can be read on its own.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ballotdesk.domain.errors import os_reason
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate
from ballotdesk.store import verified
from ballotdesk.store.lock import FileLockedError, MeetingLock
from ballotdesk.store.record_keys import installation_keys
from ballotdesk.store.version import APPLICATION_ID, SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ballotdesk.store.chain import ChainReport

_SQLITE_MAGIC = b"SQLite format 3\x00"


class MeetingFileError(Exception):
    """The file cannot be used as a meeting; ``str()`` names the file and the problem."""


def inspect_file(path: Path) -> None:
    """Refuse anything that is not a usable meeting file, without changing a byte of it.

    Raises:
        MeetingFileError: with a sentence naming the file and what is wrong.
    """
    check_header(path)
    check_content(path)


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


def check_content(path: Path) -> ChainReport | None:
    """The checks of :func:`inspect_file` that read the file through SQLite (its header already checked).

    Returns the chain's report, or None when these very bytes were verified before by this
    installation (see :mod:`ballotdesk.store.verified`): a meeting file is fully checked once per
    state, not at every command that reads it.
    """
    name = path.name
    recover_interrupted_change(path)
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


def check_header(path: Path) -> None:
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
        head = read_regular(path, 1 << 62, QT_TRANSLATE_NOOP("Files", "meeting file"), first=100)
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


def remove_abandoned(folder: Path) -> None:
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


def discard(staging: Path) -> None:
    """Remove what a failed ``new`` left: the unfinished meeting, its journal and its lock file."""
    from ballotdesk.store.lock import lock_path

    for leftover in (staging, staging.with_name(staging.name + "-journal"), lock_path(staging)):
        leftover.unlink(missing_ok=True)


def place(staging: Path, path: Path) -> None:
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


def take_lock(path: Path) -> MeetingLock:
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


def check_writable(path: Path) -> None:
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


def schema_version_of(path: Path) -> int:
    """The file's format (SQLite's user_version, in its header), read without opening it through SQLite."""
    with open(path, "rb") as handle:
        handle.seek(60)
        return int.from_bytes(handle.read(4), "big")


def recover_interrupted_change(path: Path) -> None:
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


def migrated(conn: sqlite3.Connection) -> bool:
    """True when every migration this BallotDesk has is applied (then nothing needs sqlite-utils)."""
    if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
        return False
    try:
        applied = conn.execute(
            "SELECT count(*) FROM _sqlite_migrations WHERE migration_set = 'ballotdesk'").fetchone()[0]
    except sqlite3.OperationalError:  # no migrations table: a file being created
        return False
    return int(applied) == SCHEMA_VERSION


@contextmanager
def read_only_view(path: Path, *, strict: bool = False) -> Iterator[tuple[Database, bool]]:
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
