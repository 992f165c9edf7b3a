"""File › Backups…: the backup folder, Back up now, this meeting's recent backups, and restoring one.

The dialog asks the :class:`~ballotdesk.ui.backups.keeper.BackupKeeper` (the window's, which also
runs the automatic backups) and the services; it is apart from the keeper, which works all
meeting long whether or not this dialog is ever opened.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ballotdesk.services.backup import DEFAULT_INTERVAL, DEFAULT_KEEP, BackupError, list_backups, verify_file
from ballotdesk.services.backup_keys import keys_beside, read_key
from ballotdesk.services.files import SUFFIX, KeyFileError, MeetingFileError
from ballotdesk.services.restore import purge_undone_by, restore
from ballotdesk.ui.backups.keeper import BackupKeeper
from ballotdesk.ui.dialogs import meeting_filter
from ballotdesk.ui.widgets.page_tools import fit_on_screen

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService
    from ballotdesk.ui.dialogs import Dialogs


class BackupsDialog(QDialog):
    """File › Backups…: the folder, Back up now, this meeting's recent backups, and restore."""

    open_requested = Signal(Path)
    """A restored meeting the user wants to open."""

    def __init__(self, keeper: BackupKeeper, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self.dialogs = dialogs
        self.setWindowTitle(self.tr("Backups"))
        fit_on_screen(self, 720, 480)
        intro = QLabel(self.tr(
            "BallotDesk copies this meeting to the folder below (a USB stick is best, so a laptop that fails "
            "loses nothing): at once after a ballot is opened, closed, declared or amended, and every {0} "
            "minutes while the desk is busy. It keeps this meeting's newest {1} backups there.").format(
                int(DEFAULT_INTERVAL.total_seconds() // 60), DEFAULT_KEEP))
        intro.setWordWrap(True)

        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setAccessibleName(self.tr("Backup folder"))
        self.folder_edit.setPlaceholderText(self.tr("No folder chosen yet"))
        self.choose_button = QPushButton(self.tr("&Choose folder…"))
        self.choose_button.setAccessibleName(self.tr("Choose backup folder"))
        self.choose_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Folder:")))
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)

        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.key_button = QPushButton(self.tr("Back up with the record &key…"))
        self.key_button.setAccessibleName(self.tr("Back up with the record key"))
        self.key_button.setToolTip(self.tr("Back up now, and seal this computer's record key with a passphrase beside "
                                           "the copy, so a spare laptop that restores it can verify the whole record"))
        self.key_button.clicked.connect(self.back_up_with_key)
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        self.restore_button.setAccessibleName(self.tr("Restore from a backup"))
        self.restore_button.setToolTip(self.tr("Restore the selected backup (or one you pick) to a new file, "
                                               "then open it if you wish"))
        self.restore_button.clicked.connect(self.restore_backup)

        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Recent backups"))
        self.list.setHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Size"), self.tr("File")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.list.itemDoubleClicked.connect(lambda *_: self.restore_backup())

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Backup status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in buttons.buttons():
            button.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.key_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(folder_row)
        layout.addLayout(actions)
        layout.addWidget(QLabel(self.tr("Recent backups of this meeting in that folder, newest first:")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        keeper.status_changed.connect(self._show_status)
        self.refresh()

    def refresh(self) -> None:
        """Show the folder and this meeting's backups in it, newest first."""
        folder, svc = self.keeper.folder(), self.keeper.service
        self.folder_edit.setText(str(folder) if folder else "")
        self.backup_button.setEnabled(folder is not None and svc is not None)
        self.key_button.setEnabled(self.backup_button.isEnabled())
        self.list.clear()
        if folder is not None and svc is not None:
            stem = svc.path.stem
            for path in reversed(list_backups(folder, svc.path)):
                rest = path.name[len(stem) + 1: -len(SUFFIX)]
                stamp, _, why = rest[:17], rest[17:18], rest[18:]
                try:
                    made = dt.datetime.strptime(stamp, "%Y-%m-%d %H%M%S").strftime("%d %b %Y %H:%M:%S")
                except ValueError:
                    made = stamp
                try:
                    size = self.tr("{0:,} KB").format(max(path.stat().st_size // 1024, 1))
                except OSError:
                    size = "?"
                item = QTreeWidgetItem([made, self._why(why), size, path.name])
                item.setData(0, Qt.ItemDataRole.UserRole, str(path))
                item.setToolTip(3, str(path))
                self.list.addTopLevelItem(item)
            newest = self.list.topLevelItem(0)
            if newest is not None:
                self.list.setCurrentItem(newest)
        self._show_status(self.keeper.status_text(), bool(self.keeper.problem))

    def _why(self, reason: str) -> str:
        words = {
            "manual": self.tr("Back up now"), "timed": self.tr("Regular backup"),
            "ballot.open": self.tr("Ballot opened"), "ballot.closed": self.tr("Ballot closed"),
            "ballot.counting": self.tr("Counting began"), "ballot.counted": self.tr("Ballot counted"),
            "ballot.declare": self.tr("Result declared"), "ballot.amend": self.tr("Result amended"),
        }
        base, _, copy = reason.rpartition(" ")
        if base and copy.isdigit():  # "manual 2": two backups in the same second
            reason = base
        return words.get(reason, reason)

    def _show_status(self, text: str, problem: bool) -> None:
        BackupKeeper.style_status(self.status, problem)
        self.status.setText(text)

    def selected_backup(self) -> Path | None:
        """The backup selected in the list."""
        item = self.list.currentItem()
        return Path(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def choose_folder(self) -> None:
        """Pick the folder (e.g. the USB stick); remembered for this meeting file."""
        start = self.keeper.folder() or (self.keeper.service.path.parent if self.keeper.service else None)
        folder = self.dialogs.choose_folder(self.tr("Choose the backup folder"), start)
        if folder is None:
            return
        if not folder.is_dir():
            self.dialogs.error(self.tr("Backups"), self.tr("{0} is not a folder.").format(folder))
            return
        self.keeper.set_folder(folder)
        self.refresh()

    def back_up_now(self) -> None:
        """Copy the meeting into the folder now."""
        try:
            path = self.keeper.back_up_now()
        except BackupError as error:
            self.dialogs.error(self.tr("Back up now"), str(error))
            self.refresh()
            return
        self.refresh()
        self._show_status(self.tr("Backed up to {0}.").format(path), False)

    def back_up_with_key(self) -> None:
        """Back up now, with this computer's record key sealed beside the copy under a passphrase asked twice."""
        title = self.tr("Back up with the record key")
        first = self.dialogs.password(title, self.tr(
            "A passphrase to seal this computer's record key with (at least 8 characters). Whoever restores the "
            "backup on another laptop types it there, so the whole record can be verified:"))
        if first is None:
            return
        again = self.dialogs.password(title, self.tr("The same passphrase again:"))
        if again is None:
            return
        if again != first:
            self.dialogs.error(title, self.tr("The two passphrases differ; nothing was written."))
            return
        try:
            path = self.keeper.back_up_now(key_passphrase=first)
        except BackupError as error:
            self.dialogs.error(title, str(error))
            self.refresh()
            return
        self.refresh()
        self._show_status(self.tr("Backed up to {0}, with this computer's record key sealed beside it.").format(
            path), False)

    def _offer_key(self, backup: Path, restored: Path) -> None:
        """On a spare laptop: make the record key sealed beside the backup known, so the whole record verifies here."""
        keys = keys_beside(backup)
        if not keys or verify_file(restored).authenticated:
            return
        title = self.tr("Record key")
        for key in keys:
            passphrase = self.dialogs.password(title, self.tr(
                "{0} lies beside this backup: the record key of the computer that made it. Type its passphrase to "
                "make it known here, so the whole record can be verified on this computer (Cancel to skip):").format(
                key.name))
            if passphrase is None:
                return
            try:
                read_key(key, passphrase)
            except KeyFileError as error:
                self.dialogs.error(title, str(error))
                return
        if verify_file(restored).authenticated:
            self._show_status(self.tr("The record key that wrote {0} is now known here: its whole record can be "
                                      "verified on this computer.").format(restored.name), False)

    def _restore_after_purge_confirmed(self, backup: Path, svc: MeetingService) -> bool:
        """Ask before a backup made before the personal-data purge brings the purged names back."""
        try:
            purged = purge_undone_by(backup, svc)
        except MeetingFileError:
            return True  # restore() refuses it below, in words
        return purged is None or self.dialogs.confirm(self.tr("Restore from a backup"), self.tr(
            "Personal data was purged from this meeting on {0}, and this backup was made before that: the "
            "restored copy holds the names, emails and postcodes again.\n\nRestore it anyway?").format(purged))

    def restore_backup(self) -> None:
        """Restore a backup to a new file name, then offer to open it."""
        svc = self.keeper.service
        backup = self.selected_backup() or self.dialogs.open_file(
            self.tr("Restore from a backup"), self.keeper.folder(), meeting_filter())
        if backup is None:
            return
        if svc is not None and not self._restore_after_purge_confirmed(backup, svc):
            return
        base = svc.path if svc is not None else backup
        suggested = base.with_name(f"{base.stem} (restored {dt.datetime.now():%Y-%m-%d %H%M}){SUFFIX}")
        dest = self.dialogs.save_file(self.tr("Restore to a new meeting file"), suggested, meeting_filter())
        if dest is None:
            return
        if dest.suffix != SUFFIX:
            dest = dest.with_name(dest.name + SUFFIX)
        try:
            result = restore(backup, dest)
        except BackupError as error:
            self.dialogs.error(self.tr("Restore from a backup"), str(error))
            return
        self._show_status(self.tr("Restored {0} to {1}.").format(backup.name, result.path), False)
        self._offer_key(backup, result.path)
        if self.dialogs.confirm(self.tr("Restore from a backup"), self.tr(
                "The backup was restored to {0}.\n\nOpen it now? The meeting open now is closed first; every "
                "change to it is already saved.").format(result.path)):
            self.open_requested.emit(result.path)
            self.accept()
