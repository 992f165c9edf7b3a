"""Verifying a meeting file, and rolling backups to a folder the user picks.

Why: a contested ballot ends before an appeals panel, and BallotDesk must then show that
nothing was lost and nothing changed behind its back. The audit chain answers "changed?"
(:func:`verify_file`); copies on a USB stick, taken at every ballot state change and every few
minutes while the desk is busy, answer "lost?" when the laptop dies mid-meeting.

Every copy is made with SQLite's backup API (a snapshot between two changes, never half of
one), written under a temporary name, checked like a file being opened, synced and only then
renamed into place: a full stick, a read-only stick or a stick pulled out mid-copy leaves the
earlier backups untouched and no partial ``.ballotdesk`` file behind.

The folder is an argument, not a meeting setting: the GUI keeps the user's choice in its
QSettings, and the CLI takes it on the command line.

Putting a backup back is ``restore.py``; the record key sealed beside the copies, ``backup_keys.py``;
the error and the careful file handling all three share, ``backup_files.py``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ballotdesk.domain.words import translate
from ballotdesk.services.backup_files import _WRITE_BACKUP, BackupError, _check_folder, _sync_dir, _unlink_quietly, _why
from ballotdesk.services.backup_keys import check_passphrase, write_key
from ballotdesk.store.chain import ChainReport, verify_chain
from ballotdesk.store.meeting_file import inspect_copy
from ballotdesk.store.meeting_store import SUFFIX, MeetingFileError, MeetingStore

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService

DEFAULT_KEEP = 20
"""Backups kept per meeting: a whole evening of ballot changes, small enough for any stick."""

DEFAULT_INTERVAL = dt.timedelta(minutes=5)
"""While the desk is busy, at most this much work is ever missing from the newest backup."""

DEFAULT_RETRY = dt.timedelta(minutes=1)
"""After a failed backup (stick pulled out), wait this long before trying again, not every tick."""

STATE_ACTIONS = frozenset(
    {"ballot.open", "ballot.closed", "ballot.counting", "ballot.counted", "ballot.declare", "ballot.amend"}
)
"""Audit actions after which a backup is taken at once: the moments an appeal turns on."""

_STAMP = "%Y-%m-%d %H%M%S"
_STAMP_RE = r"(\d{4}-\d{2}-\d{2} \d{6})"
_COPY = re.compile(r" (\d{1,4})$")  # " 2" after the reason: the second backup made in the same second
_UNSAFE = re.compile(r"[^\w .()+-]+")  # also keeps names valid on FAT-formatted USB sticks


@dataclass(frozen=True)
class BackupPolicy:
    """Where and how often to back up; the GUI builds one from its settings.

    Attributes:
        folder: The folder the user picked, typically on a USB stick.
        keep: Backups kept per meeting; older ones are deleted after each successful backup.
        interval: Longest time between backups while changes happen.
        retry: Pause after a failed backup before the scheduler asks again.
    """

    folder: Path
    keep: int = DEFAULT_KEEP
    interval: dt.timedelta = DEFAULT_INTERVAL
    retry: dt.timedelta = DEFAULT_RETRY


# -- verify -------------------------------------------------------------------------------


def verify_file(path: Path, *, head: str | None = None) -> ChainReport:
    """Check a meeting file's audit chain without changing a byte of it.

    The file is opened read-only, without the lock (so it can be checked while BallotDesk
    has it open) and without migrations. Unlike opening, a broken chain is reported, not
    refused: the report says at which event it breaks.

    Raises:
        MeetingFileError: The file is not a readable BallotDesk meeting at all.
    """
    with MeetingStore.read_only(Path(path)) as (db, recovered):
        report = verify_chain(db.conn, head=head)
    if recovered:
        note = translate("Backup", " BallotDesk had been interrupted in the middle of a change; that unfinished "
                         "change was rolled back in a temporary copy, as BallotDesk will do when it next opens "
                         "the file. The file itself was not changed.")
        report = replace(report, message=report.message + note)
    return report


# -- backups ------------------------------------------------------------------------------


def backup_name(meeting: Path, when: dt.datetime, reason: str) -> str:
    """``<meeting stem> <YYYY-MM-DD HHMMSS> <reason>.ballotdesk``: sorts by time, readable in any file browser."""
    clean = " ".join(_UNSAFE.sub("-", reason).split()).strip(" .")[:40] or "backup"
    return f"{Path(meeting).stem} {when.strftime(_STAMP)} {clean}{SUFFIX}"


def list_backups(folder: Path, meeting: Path) -> list[Path]:
    """This meeting's backups in ``folder``, oldest first (other meetings' backups are left alone)."""
    pattern = re.compile(rf"{re.escape(Path(meeting).stem)} {_STAMP_RE} .+{re.escape(SUFFIX)}")
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    found = [(m.group(1), _copy_number(p), p.name, p) for p in entries
             if (m := pattern.fullmatch(p.name)) and p.is_file()]
    return [p for *_, p in sorted(found)]


def _copy_number(backup: Path) -> int:
    """1 for the first backup made in a second, n for the n-th (``... manual 3.ballotdesk``).

    Why: names alone sort ``manual 2`` before ``manual`` (a space sorts before the dot), so the
    first backup of a second looked like the newest: the Backups dialog offered it to restore
    and pruning deleted the later copies instead of it.
    """
    found = _COPY.search(backup.name[: -len(SUFFIX)])
    return int(found.group(1)) if found else 1


def backup_now(svc: MeetingService, folder: Path, reason: str = "manual", *, keep: int = DEFAULT_KEEP,
               now: dt.datetime | None = None, key_passphrase: str | None = None) -> Path:
    """Write a consistent copy of the open meeting into ``folder`` and keep the newest ``keep``.

    The copy goes to a hidden ``.part`` name, is checked with the same checks as opening a file
    (integrity and the audit chain), and is renamed into place only when complete and on disk.
    Pruning happens after that, so a failure never costs an older backup.

    Args:
        svc: The open meeting.
        folder: The folder the user picked.
        reason: Why, in a word or two; it becomes part of the file name (e.g. "ballot.declare").
        keep: How many of this meeting's backups to keep (at least 1).
        now: The time to put in the name (tests); defaults to the local time.
        key_passphrase: When given, the installation's record key is written beside the backup,
            sealed with this passphrase (:func:`key_file_name`), so a spare laptop that restores it
            can verify the whole record.

    Every backup also appends the record's head to :data:`HEADS` in the folder: an anchor outside
    the meeting file that ``verify FILE --head`` checks the file against.

    Returns:
        The new backup file.

    Raises:
        BackupError: The folder is missing, not a folder, read-only or full, or the copy failed;
            nothing partial is left behind.
    """
    folder = Path(folder)
    _check_folder(folder, _WRITE_BACKUP)
    if key_passphrase is not None:
        check_passphrase(key_passphrase)  # refused before a copy is written without the key asked for
    when = (now or dt.datetime.now()).astimezone()
    name = backup_name(svc.path, when, reason)
    same_second = f"{Path(svc.path).stem} {when.strftime(_STAMP)} "
    earlier = [_copy_number(p) for p in list_backups(folder, svc.path) if p.name.startswith(same_second)]
    n = max(earlier, default=0) + 1  # numbered after every backup of that second, whatever its reason
    while True:
        dest = folder / (name if n == 1 else f"{name[: -len(SUFFIX)]} {n}{SUFFIX}")
        if not dest.exists():
            break
        n += 1
    _remove_stale_parts(folder, svc.path)
    part = folder / f".{dest.name}.part"
    try:
        os.close(os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))  # private, like the meeting
        svc.store.copy_to(part)
        _sync(part)
        try:
            inspect_copy(part)  # the copy alone, as it will be carried away
        except MeetingFileError as error:
            raise BackupError(translate(
                "Backup", "The backup in {0} failed its check and was removed: {1}").format(folder, error)) from None
        os.replace(part, dest)
        _sync_dir(folder)
    except (OSError, sqlite3.Error) as error:
        raise BackupError(translate("Backup", "{0} {1}: {2}.").format(
            translate("Backup", _WRITE_BACKUP), folder, _why(error, folder))) from None
    finally:
        for leftover in (part, part.with_name(part.name + "-journal")):
            _unlink_quietly(leftover)
    _anchor(folder, dest, svc, when)
    if key_passphrase is not None:
        write_key(folder, key_passphrase)
    prune(folder, svc.path, keep, protect=dest)
    return dest


HEADS = "BallotDesk record heads.txt"
"""One line per backup: when, which file, how many events, the record's head and the key that wrote it."""


def _anchor(folder: Path, dest: Path, svc: MeetingService, when: dt.datetime) -> None:
    events, head = svc.store.audit_head()
    line = f"{when.isoformat(timespec='seconds')}\t{dest.name}\t{events}\t{head}\t{svc.store.record_key.key_id}\n"
    try:
        with open(folder / HEADS, "a", encoding="utf-8") as handle:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        pass  # the backup itself is written and checked; the anchor is a second witness, not the copy


def prune(folder: Path, meeting: Path, keep: int, *, protect: Path | None = None) -> list[Path]:
    """Delete this meeting's oldest backups beyond ``keep``; returns what was deleted.

    Best effort: a backup that cannot be deleted stays, which costs space, never data.
    """
    backups = [p for p in list_backups(folder, meeting) if p != protect]
    room = max(int(keep), 1) - (1 if protect is not None else 0)
    doomed = backups[: max(len(backups) - room, 0)]
    return [p for p in doomed if _unlink_quietly(p)]


# -- the scheduler the GUI drives with a timer --------------------------------------------


class BackupScheduler:
    """Decides when the GUI should back up; plain Python, so it is tested without a clock or Qt.

    The GUI calls :meth:`note_change` with the action of every audit event it causes, asks
    :meth:`due` on a timer (every few seconds), and reports each attempt with
    :meth:`backed_up` or :meth:`failed`. A ballot state change makes a backup due at once;
    other changes make one due when ``interval`` has passed since the last backup (or since
    the scheduler started). With no change, nothing is ever due: an idle laptop does not fill
    the stick with identical copies.
    """

    def __init__(self, policy: BackupPolicy, now: dt.datetime) -> None:
        self.policy = policy
        self._last = now
        self._pending = False
        self._urgent: str | None = None
        self._retry_at: dt.datetime | None = None

    @property
    def pending(self) -> bool:
        """Whether changes have been made since the last backup."""
        return self._pending

    def note_change(self, action: str) -> None:
        """Record that an audit event with ``action`` (e.g. ``ballot.declare``) was written."""
        self._pending = True
        if action in STATE_ACTIONS:
            self._urgent = action

    def due(self, now: dt.datetime) -> bool:
        """Whether a backup should be made now."""
        if not self._pending or (self._retry_at is not None and now < self._retry_at):
            return False
        return self._urgent is not None or now - self._last >= self.policy.interval

    def reason(self) -> str:
        """The word for the file name: the ballot action that made it urgent, else ``timed``."""
        return self._urgent or "timed"

    def backed_up(self, now: dt.datetime) -> None:
        """A backup succeeded: nothing is pending until the next change."""
        self._last, self._pending, self._urgent, self._retry_at = now, False, None, None

    def failed(self, now: dt.datetime) -> None:
        """A backup failed (message shown to the user): try again after ``policy.retry``, not on every tick."""
        self._retry_at = now + self.policy.retry

    def run_if_due(self, svc: MeetingService, now: dt.datetime) -> Path | None:
        """Back up if due and record the outcome; returns the new file, or None when not due.

        Raises:
            BackupError: The backup failed; the scheduler will ask again after ``policy.retry``.
        """
        if not self.due(now) or svc.store.writing():  # mid-import: the next tick copies the finished roll
            return None
        try:
            path = backup_now(svc, self.policy.folder, self.reason(), keep=self.policy.keep, now=now)
        except BackupError:
            self.failed(now)
            raise
        self.backed_up(now)
        return path


# -- helpers ------------------------------------------------------------------------------


def _sync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _remove_stale_parts(folder: Path, meeting: Path) -> None:
    """Clear this meeting's partial copies left by a backup interrupted by a crash or a pulled stick."""
    stem = f".{Path(meeting).stem} "
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(stem) and (entry.name.endswith(".part") or entry.name.endswith(".part-journal")):
            _unlink_quietly(entry)
