"""Putting a backup back as a working meeting file, and the one warning a restore must give first.

Separate from making backups (``backup.py``) because it writes to the meeting's own folder, not to the
stick: the backup is checked as if opened, copied beside the meeting under a temporary name, and the
file that was there is never overwritten silently (it is kept as ``<name>.before-restore-<time>``).
``purge_undone_by`` says when a restore would bring back personal data that was purged.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ballotdesk.domain.words import translate
from ballotdesk.services.backup_files import _RESTORE_TO, BackupError, _check_folder, _sync_dir, _why
from ballotdesk.store.lock import FileLockedError, MeetingLock
from ballotdesk.store.meeting_file import inspect_file
from ballotdesk.store.meeting_store import MeetingFileError, MeetingStore

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did.

    Attributes:
        path: The restored meeting file.
        previous: Where the file that was there before now is, or None if there was none.
    """

    path: Path
    previous: Path | None


def restore(backup: Path, dest: Path, *, replace: bool = False, now: dt.datetime | None = None) -> RestoreResult:
    """Put a backup back as a working meeting file, after checking it as if opening it.

    An existing ``dest`` is never overwritten silently: without ``replace`` the restore is
    refused; with it the current file is first renamed to ``<name>.before-restore-<time>``
    (with its journal, if it has one, so SQLite never pairs an old journal with the restored
    file). A meeting open in BallotDesk (locked) is never replaced.

    Raises:
        BackupError: The backup fails its checks, ``dest`` exists (without ``replace``) or is
            open, or the copy could not be written; nothing was changed in that case.
    """
    backup, dest = Path(backup), Path(dest)
    try:
        inspect_file(backup)
    except MeetingFileError as error:
        raise BackupError(translate("Backup", "Nothing was restored: {0}").format(error)) from None
    if dest.is_dir():
        raise BackupError(translate("Backup", "{0} is a folder; give the name of the meeting file to restore to, "
                                     "e.g. {1}.").format(dest, dest / backup.name))
    if dest.exists() and dest.resolve() == backup.resolve():
        raise BackupError(translate("Backup", "{0} cannot be restored onto itself; choose another file name.").format(
            backup.name))
    if dest.exists() and not replace:
        raise BackupError(translate(
            "Backup", "{0} already exists in {1}; nothing was restored. Replace it only on purpose: the current "
            "file is then kept as {0}.before-restore-<time>.").format(dest.name, dest.resolve().parent))
    _check_folder(dest.parent, _RESTORE_TO)
    lock = MeetingLock(dest)
    try:
        lock.acquire()
    except FileLockedError as holder:
        raise BackupError(translate("Backup", "{0} is open in {1}; close it there before restoring over it.").format(
            dest.name, holder)) from None
    except OSError as error:
        raise BackupError(translate("Backup", "{0} {1}: {2}.").format(
            translate("Backup", _RESTORE_TO), dest.parent, _why(error, dest.parent))) from None
    try:
        return _restore_locked(backup, dest, (now or dt.datetime.now()).astimezone())
    finally:
        lock.release()


def purge_undone_by(backup: Path, meeting: MeetingService) -> str | None:
    """When restoring ``backup`` would bring back personal data purged from ``meeting``: the purge's time.

    Why: the purge is the one change meant never to be undone, yet every backup made before it
    still holds the names, emails and postcodes. A restore of such a backup must be a choice made
    knowingly, not a side effect of going back to an earlier copy. None when ``meeting`` was never
    purged, or when the backup already holds its latest purge.

    Raises:
        MeetingFileError: The backup cannot be read as a meeting.
    """
    purge = None
    for event in meeting.store.iter_events():
        if event["action"] == "personal.purge":
            purge = event
    if purge is None:
        return None
    with MeetingStore.reading(Path(backup)) as copy:
        for event in copy.iter_events():
            if event["id"] == purge["id"]:
                return None if event["hash"] == purge["hash"] else str(purge["at"]).replace("T", " ")[:16]
    return str(purge["at"]).replace("T", " ")[:16]


def _restore_locked(backup: Path, dest: Path, when: dt.datetime) -> RestoreResult:
    folder = dest.parent
    staging: Path | None = None
    try:
        staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=folder))
        copy = staging / backup.name
        expected = _copy_synced(backup, copy)
        try:
            inspect_file(copy)  # the very bytes that go in pass the same checks as opening
        except MeetingFileError as error:
            raise BackupError(translate("Backup", "Nothing was restored: {0}").format(error)) from None
        if hashlib.sha256(copy.read_bytes()).hexdigest() != expected:
            raise BackupError(translate(
                "Backup", "Nothing was restored: {0} changed while it was being copied.").format(
                backup.name))
        os.chmod(copy, 0o600)
        previous = None
        journal = dest.with_name(dest.name + "-journal")
        if dest.exists():
            previous = dest.with_name(f"{dest.name}.before-restore-{when.strftime('%Y%m%d-%H%M%S')}")
            os.replace(dest, previous)
            if journal.exists():
                os.replace(journal, previous.with_name(previous.name + "-journal"))
        try:
            os.replace(copy, dest)
        except OSError as error:
            if previous is not None:
                _put_back(previous, dest, journal, error)
            raise
        _sync_dir(folder)
        return RestoreResult(dest, previous)
    except OSError as error:
        raise BackupError(translate("Backup", "{0} {1}: {2}.").format(
            translate("Backup", _RESTORE_TO), folder, _why(error, folder))) from None
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)


def _put_back(previous: Path, dest: Path, journal: Path, error: OSError) -> None:
    """Undo the rename of the current file after a failed restore, or say where it is."""
    try:
        os.replace(previous, dest)
        old_journal = previous.with_name(previous.name + "-journal")
        if old_journal.exists():
            os.replace(old_journal, journal)
    except OSError:
        raise BackupError(translate(
            "Backup", "{0} {1}: {2}. The file that was there is safe, renamed to {3}.").format(
            translate("Backup", _RESTORE_TO), dest.parent, _why(error, dest.parent), previous.name)) from None


def _copy_synced(source: Path, dest: Path) -> str:
    """Copy a file, fsync it, and return the SHA-256 of the bytes read."""
    digest = hashlib.sha256()
    with open(source, "rb") as src, open(dest, "xb") as out:
        while chunk := src.read(1 << 20):
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest()
