"""Audit of the Backups dialog: a backup made before the personal-data purge is restored only knowingly."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from ballotdesk.services.backup import list_backups
from ballotdesk.services.privacy import purge_personal_data
from ballotdesk.ui.actions import ActionName
from ballotdesk.ui.backups import BackupsDialog
from ballotdesk.ui.main_window import MainWindow


def open_backups(window: MainWindow, drive) -> None:
    """File › Backups…, with ``drive(dialog)`` playing the user."""
    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, BackupsDialog)
        dialog.show()
        try:
            drive(dialog)
        finally:
            dialog.hide()
        return False

    window.dialogs.run = run
    window.action(ActionName.BACKUPS).trigger()


@pytest.mark.parametrize("answer", [False, True])
def test_restoring_a_backup_from_before_the_purge_asks_first(qtbot, window, service, tmp_path, answer):
    stick = tmp_path / "stick"
    stick.mkdir()
    service.register("10234")
    window.backups.set_folder(stick)
    window.backups.back_up_now()
    purge_personal_data(service, pin=None)
    asked: list[str] = []
    saved: list[Path] = []
    window.dialogs.confirm = lambda title, message: asked.append(message) or (answer if len(asked) == 1 else False)
    window.dialogs.save_file = lambda title, suggested, filters: saved.append(tmp_path / "back") or saved[-1]

    def drive(dialog: BackupsDialog) -> None:
        assert dialog.selected_backup() == list_backups(stick, service.path)[0]
        dialog.restore_button.click()

    open_backups(window, drive)
    assert asked[0].startswith("Personal data was purged from this meeting on ")
    assert asked[0].endswith("this backup was made before that: the restored copy holds the names, emails and "
                             "postcodes again.\n\nRestore it anyway?")
    assert (tmp_path / "back.ballotdesk").exists() is answer
    assert bool(saved) is answer


def test_a_backup_made_after_the_purge_is_restored_without_that_question(qtbot, window, service, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    purge_personal_data(service, pin=None)
    window.backups.set_folder(stick)
    window.backups.back_up_now()
    asked: list[str] = []
    window.dialogs.confirm = lambda title, message: asked.append(message) or False
    window.dialogs.save_file = lambda title, suggested, filters: tmp_path / "back"
    open_backups(window, lambda dialog: dialog.restore_button.click())
    assert len(asked) == 1 and "Open it now?" in asked[0]
    assert (tmp_path / "back.ballotdesk").exists()
