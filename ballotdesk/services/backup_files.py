"""What backing up, restoring and sealing the record key share: their error, and careful file handling.

Separate so that ``backup``, ``restore`` and ``backup_keys`` each import it and never one another's
internals: :class:`BackupError`, the checks on the folder the user picked, the end of a sentence that
says in words why a write failed (a full disk, a read-only folder, a stick pulled out), and the
syncs and deletions that leave no partial file behind.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from ballotdesk.domain.errors import os_reason
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate
from ballotdesk.store.meeting_store import MeetingFileError

_SQLITE_FULL, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CANTOPEN = 13, 8, 10, 14


class BackupError(MeetingFileError):
    """A backup or restore could not be made; ``str()`` says where and why, and that nothing was damaged.

    A subclass of :class:`MeetingFileError` so that every caller that already reports meeting
    file problems (the CLI, the GUI's error dialog) reports these too.
    """


_WRITE_BACKUP = QT_TRANSLATE_NOOP("Backup", "The backup could not be written to")
_RESTORE_TO = QT_TRANSLATE_NOOP("Backup", "The meeting could not be restored to")
"""The start of a sentence "... <folder>: <why>." (translated where it is shown)."""


def _check_folder(folder: Path, lead: str) -> None:
    if not folder.exists():
        raise BackupError(translate(
            "Backup", "{0} {1}: the folder does not exist (is the USB stick plugged in?).").format(
            translate("Backup", lead), folder))
    if not folder.is_dir():
        raise BackupError(translate(
            "Backup", "{0} {1}: it is a file, not a folder.").format(translate("Backup", lead), folder))


def _why(error: BaseException, folder: Path) -> str:
    """The end of the sentence "could not be written to <folder>: ...", for OS and SQLite errors."""
    if isinstance(error, sqlite3.Error):
        code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
        if code == _SQLITE_FULL:
            return translate("Backup", "the disk is full")
        if code == _SQLITE_READONLY:
            return translate("Backup", "the folder is read-only")
        if code == _SQLITE_IOERR:
            return translate("Backup", "the disk could not be written (was the USB stick removed?)")
        if code == _SQLITE_CANTOPEN:
            if not folder.is_dir():
                return translate("Backup", "the folder is no longer there (was the USB stick removed?)")
            if not os.access(folder, os.W_OK):
                return translate("Backup", "the folder is read-only")
            return translate("Backup", "a file could not be created there")
        return str(error)
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return translate("Backup", "the disk is full")
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return translate("Backup", "the folder is read-only")
        if error.errno in (errno.ENOENT, errno.ENOTDIR):
            return translate("Backup", "the folder is no longer there (was the USB stick removed?)")
        if error.errno == errno.EIO:
            return translate("Backup", "the disk could not be written (was the USB stick removed?)")
        return os_reason(error)
    return str(error)


def _sync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":  # pragma: no cover
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some USB file systems refuse fsync on a directory; the rename itself is atomic
    finally:
        os.close(fd)


def _unlink_quietly(path: Path) -> bool:
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError:
        return False
    return True
