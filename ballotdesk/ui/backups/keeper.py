"""Backups from the GUI: the folder per meeting, the automatic schedule, and the status-bar line.

The rules of when to back up live in :class:`ballotdesk.services.backup.BackupScheduler` (plain
Python); :class:`BackupKeeper` only feeds it the meeting's changes, asks it on a timer, and
tells the user what happened in the status bar. A failed automatic backup (stick pulled out,
disk full, read-only folder) is reported once, in words, and never stops the meeting: the
scheduler waits its retry time and tries again. File › Backups… is
:class:`~ballotdesk.ui.backups.dialog.BackupsDialog`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ballotdesk.domain.words import clock
from ballotdesk.services.backup import (
    DEFAULT_INTERVAL,
    DEFAULT_KEEP,
    STATE_ACTIONS,
    BackupError,
    BackupPolicy,
    BackupScheduler,
    backup_now,
)
from ballotdesk.ui.tones import Tone, style_text

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService
    from ballotdesk.ui.context import MeetingContext
    from ballotdesk.ui.dialogs import Dialogs

TICK_MS = 30_000
"""How often the scheduler is asked; a ballot state change is backed up at once, not on the tick."""



def folder_key(meeting: Path) -> str:
    """The settings key for one meeting file's backup folder (a digest: paths make poor ini keys)."""
    digest = hashlib.sha256(str(Path(meeting).resolve()).encode("utf-8")).hexdigest()[:20]
    return f"backup_folders/{digest}"


def _clock(when: dt.datetime) -> str:
    return clock(when)


class BackupKeeper(QObject):
    """Drives the backup schedule for the open meeting and reports in one line of text.

    Args:
        context: The open meeting and its change announcements.
        settings: Where each meeting's backup folder is remembered.
        dialogs: For the one non-modal warning after a failed automatic backup.
    """

    status_changed = Signal(str, bool)
    """The status bar text, and whether it reports a problem."""

    def __init__(self, context: MeetingContext, settings: QSettings, dialogs: Dialogs,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = settings
        self.dialogs = dialogs
        self.scheduler: BackupScheduler | None = None
        self.last: tuple[dt.datetime, Path] | None = None
        self.problem = ""
        self._warned = False
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(lambda: self.tick())
        context.opened.connect(self._opened)
        context.closed.connect(self._closed)
        context.changed.connect(self._changed)
        if context.service is not None:
            self._opened()

    # -- the folder ---------------------------------------------------------------------------

    @property
    def service(self) -> MeetingService | None:
        """The open meeting."""
        return self.context.service

    def folder(self) -> Path | None:
        """The backup folder chosen for the open meeting, if any."""
        svc = self.service
        if svc is None:
            return None
        value = self.settings.value(folder_key(svc.path))
        return Path(str(value)) if value else None

    def set_folder(self, folder: Path) -> None:
        """Remember ``folder`` for the open meeting and back up there from now on."""
        svc = self.service
        if svc is None:
            return
        self.settings.setValue(folder_key(svc.path), str(folder))
        self.settings.sync()
        pending = self.scheduler.pending if self.scheduler else False
        self.scheduler = BackupScheduler(BackupPolicy(folder, DEFAULT_KEEP, DEFAULT_INTERVAL), dt.datetime.now())
        if pending:
            self.scheduler.note_change("changed")
        self.last, self.problem, self._warned = None, "", False
        self._report()

    # -- following the meeting ----------------------------------------------------------------

    def _opened(self) -> None:
        folder = self.folder()
        self.scheduler = BackupScheduler(BackupPolicy(folder), dt.datetime.now()) if folder else None
        self.last, self.problem, self._warned = None, "", False
        self.timer.start()
        self._report()

    def _closed(self) -> None:
        self.timer.stop()
        self.scheduler = None
        self.last, self.problem = None, ""
        self._report()

    def _changed(self, action: str) -> None:
        if self.scheduler is None:
            return
        self.scheduler.note_change(action)
        if action in STATE_ACTIONS:
            QTimer.singleShot(0, self.tick)  # the moments an appeal turns on are copied at once

    def tick(self, now: dt.datetime | None = None) -> Path | None:
        """Back up if the scheduler says so; a failure is reported, never raised."""
        svc, scheduler = self.service, self.scheduler
        if svc is None or scheduler is None:
            return None
        now = now or dt.datetime.now()
        try:
            path = scheduler.run_if_due(svc, now)
        except BackupError as error:
            self._failed(str(error), now)
            return None
        except Exception as error:  # never let a timer take the meeting down
            scheduler.failed(now)
            self._failed(self.tr("The backup could not be made: {0}").format(error), now)
            return None
        if path is not None:
            self._succeeded(path, now)
        return path

    def back_up_now(self, key_passphrase: str | None = None) -> Path:
        """File › Backups… › Back up now (with ``key_passphrase``: the record key sealed beside the copy).

        Raises:
            BackupError: No folder chosen, or the copy failed (in words).
        """
        svc, folder = self.service, self.folder()
        if svc is None:
            raise BackupError(self.tr("No meeting is open."))
        if folder is None:
            raise BackupError(self.tr("Choose a backup folder first (a USB stick is best)."))
        now = dt.datetime.now()
        try:
            path = backup_now(svc, folder, "manual", now=now, key_passphrase=key_passphrase)
        except BackupError as error:
            self._failed(str(error), now, warn=False)
            raise
        if self.scheduler is not None:
            self.scheduler.backed_up(now)
        self._succeeded(path, now)
        return path

    # -- reporting ----------------------------------------------------------------------------

    def _succeeded(self, path: Path, when: dt.datetime) -> None:
        self.last, self.problem, self._warned = (when, path.parent), "", False
        self._report()

    def _failed(self, message: str, when: dt.datetime, *, warn: bool = True) -> None:
        retry = self.scheduler.policy.retry if self.scheduler else DEFAULT_INTERVAL
        minutes = max(int(retry.total_seconds() // 60), 1)
        self.problem = self.tr("Backup failed at {0}: {1} BallotDesk tries again in {2} minute(s); the meeting "
                               "itself is safe.").format(_clock(when), message, minutes)
        self._report()
        if warn and not self._warned:  # one warning per run of failures, however often it is retried
            self._warned = True
            self.dialogs.warn_later(self.tr("Backup failed"), self.problem)

    def status_text(self) -> str:
        """The line for the status bar."""
        if self.service is None:
            return ""
        if self.problem:
            return self.problem
        folder = self.folder()
        if folder is None:
            return self.tr("No backup folder: choose one in File › Backups…")
        if self.last is not None:
            return self.tr("Last backup {0} to {1}").format(_clock(self.last[0]), self.last[1])
        return self.tr("Backups go to {0}").format(folder)

    def _report(self) -> None:
        self.status_changed.emit(self.status_text(), bool(self.problem))

    @staticmethod
    def style_status(label: QWidget, problem: bool) -> None:
        """Show a backup status line as a problem (bold, in the theme's problem colour) or plainly.

        One place for the look, shared by the status bar and the Backups dialog; the words of the
        line ("Backup failed at …") say the same, so the colour is never the only sign.
        """
        style_text(label, Tone.PROBLEM if problem else None, bold=problem)
