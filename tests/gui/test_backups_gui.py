"""Backups from the GUI: File › Backups…, the automatic schedule, failures and restore.

Set BALLOTDESK_SHOTS=/tmp/shots to also save a screenshot of the dialog.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QDialog, QLineEdit, QWidget

from ballotdesk.services.backup import DEFAULT_RETRY, list_backups, verify_file
from ballotdesk.services.meeting import MeetingService
from ballotdesk.services.privacy import purge_personal_data
from ballotdesk.ui.actions import ActionName
from ballotdesk.ui.backups.dialog import BackupsDialog
from ballotdesk.ui.backups.keeper import TICK_MS, BackupKeeper, folder_key
from ballotdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def stick(tmp_path) -> Path:
    folder = tmp_path / "USB STICK"
    folder.mkdir()
    return folder


@pytest.fixture
def warnings(window) -> list[str]:
    said: list[str] = []
    window.dialogs.warn_later = lambda title, message: said.append(message)
    return said


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


def test_choose_folder_back_up_now_and_see_it_listed(qtbot, window, service, stick):
    assert window.backup_label.toolTip() == "No backup folder: choose one in File › Backups…"
    window.dialogs.choose_folder = lambda title, start: stick
    made: list[Path] = []

    def drive(dialog: BackupsDialog) -> None:
        assert not dialog.backup_button.isEnabled()
        dialog.choose_button.click()
        assert dialog.folder_edit.text() == str(stick)
        assert dialog.backup_button.isEnabled()
        dialog.backup_button.click()
        made.extend(list_backups(stick, service.path))
        assert dialog.list.topLevelItemCount() == 1
        item = dialog.list.topLevelItem(0)
        assert item.text(1) == "Back up now" and item.text(3) == made[0].name
        assert dialog.status.text().startswith("Backed up to ")
        folder = os.environ.get("BALLOTDESK_SHOTS")
        if folder:
            service.register("10234")
            window.backups.tick(dt.datetime.now() + dt.timedelta(minutes=10))  # a timed one, for the picture
            window.context.notify("ballot.declare")
            window.backups.tick()
            dialog.refresh()
            Path(folder).mkdir(parents=True, exist_ok=True)
            dialog.grab().save(str(Path(folder) / "backups_dialog.png"))

    open_backups(window, drive)
    assert len(made) == 1
    label = window.backup_label.toolTip()
    assert label.startswith("Last backup ") and label.endswith(f" to {stick}")
    assert window.settings.value(folder_key(service.path)) == str(stick)


def test_the_folder_is_remembered_per_meeting_file(qtbot, window, service, stick, meeting_path, tmp_path):
    window.backups.set_folder(stick)
    window.action(ActionName.CLOSE).trigger()
    assert window.backup_label.toolTip() == ""
    other = tmp_path / "other.ballotdesk"
    MeetingService.create(other, title="Other", date=dt.date(2026, 1, 1)).close()
    assert window.open_path(other)
    assert window.backups.folder() is None
    assert window.open_path(meeting_path)
    assert window.backups.folder() == stick
    assert window.backup_label.toolTip() == f"Backups go to {stick}"


def test_a_ballot_state_change_is_backed_up_at_once(qtbot, window, service, stick):
    window.backups.set_folder(stick)
    assert window.backups.timer.isActive() and window.backups.timer.interval() == TICK_MS
    window.context.notify("attendee.register")
    qtbot.wait(50)
    assert list_backups(stick, service.path) == [], "an ordinary change waits for the interval"
    window.context.notify("ballot.declare")
    qtbot.waitUntil(lambda: len(list_backups(stick, service.path)) == 1)
    assert list_backups(stick, service.path)[0].name.endswith(" ballot.declare.ballotdesk")
    assert window.backup_label.toolTip().startswith("Last backup ")


def test_a_pulled_stick_is_one_warning_then_retried(qtbot, window, service, stick, warnings):
    keeper: BackupKeeper = window.backups
    keeper.set_folder(stick)
    shutil.rmtree(stick)  # the stick is pulled out
    now = dt.datetime.now()
    keeper.context.notify("ballot.open")
    assert keeper.tick(now) is None
    assert len(warnings) == 1
    assert "the folder does not exist (is the USB stick plugged in?)" in warnings[0]
    assert window.backup_label.toolTip().startswith(f"Backup failed at {now:%H:%M}: ")
    assert "tries again in 1 minute(s)" in window.backup_label.toolTip()
    assert keeper.tick(now + dt.timedelta(seconds=10)) is None, "waits for the retry time"
    keeper.context.notify("ballot.closed")
    assert keeper.tick(now + DEFAULT_RETRY) is None  # fails again: the status follows, no second warning
    assert len(warnings) == 1
    stick.mkdir()  # plugged back in
    later = now + 2 * DEFAULT_RETRY
    path = keeper.tick(later)
    assert path is not None and path.parent == stick
    assert window.backup_label.toolTip() == f"Last backup {later:%H:%M} to {stick}"
    shutil.rmtree(stick)
    keeper.context.notify("ballot.declare")
    keeper.tick(later + dt.timedelta(seconds=1))
    assert len(warnings) == 2, "a new run of failures is reported once again"


def test_back_up_now_failing_is_a_message_not_a_crash(qtbot, window, service, stick, errors):
    window.backups.set_folder(stick)
    stick.rmdir()

    def drive(dialog: BackupsDialog) -> None:
        dialog.backup_button.click()
        assert "Backup failed at" in dialog.status.text()

    open_backups(window, drive)
    assert errors and errors[0][0] == "Back up now"
    assert "is the USB stick plugged in?" in errors[0][1]


def test_restore_to_a_new_file_and_open_it(qtbot, window, service, stick, tmp_path, meeting_path):
    service.register("10234")
    window.backups.set_folder(stick)
    window.backups.back_up_now()
    service.register("10388")  # after the backup
    dest = tmp_path / "restored"
    asked: list[str] = []
    window.dialogs.save_file = lambda title, suggested, filters: (asked.append(suggested.name), dest)[1]
    window.dialogs.confirm = lambda title, message: asked.append(message) or True

    def drive(dialog: BackupsDialog) -> None:
        assert dialog.selected_backup() is not None
        dialog.restore_button.click()

    open_backups(window, drive)
    assert asked[0].startswith("branch (restored ") and asked[0].endswith(".ballotdesk")
    assert "Open it now?" in asked[1]
    opened = window.context.service
    assert opened is not None and opened.path == tmp_path / "restored.ballotdesk"
    assert [a.number for a in opened.attendees()] == ["10234"]


def test_restore_refusals_are_messages(qtbot, window, service, stick, errors, tmp_path, meeting_path):
    window.backups.set_folder(stick)
    bogus = tmp_path / "bogus.ballotdesk"
    bogus.write_bytes(b"not a meeting")
    window.dialogs.open_file = lambda title, folder, filters: bogus  # nothing listed: the user picks a file
    window.dialogs.save_file = lambda title, suggested, filters: tmp_path / "new.ballotdesk"

    def drive(dialog: BackupsDialog) -> None:
        assert dialog.selected_backup() is None
        dialog.restore_button.click()

    open_backups(window, drive)
    assert errors and errors[0][0] == "Restore from a backup" and errors[0][1].startswith("Nothing was restored")
    assert window.context.service is service


def test_backups_dialog_widgets_have_accessible_names(qtbot, window, stick):
    window.backups.set_folder(stick)
    dialog = BackupsDialog(window.backups, window.dialogs, window)
    qtbot.addWidget(dialog)
    missing = [type(w).__name__ for w in dialog.findChildren(QWidget)
               if isinstance(w, (QAbstractButton, QLineEdit)) and not w.accessibleName()]
    assert missing == []
    assert dialog.list.accessibleName() == "Recent backups"


# -- A backup made before the personal-data purge is restored only knowingly ------------------------------------------


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


# -- The record key, sealed beside a backup, and made known on a spare laptop ------------------------------------------


def test_back_up_with_the_record_key_asks_a_passphrase_twice(qtbot, window, service, stick, errors):
    window.backups.set_folder(stick)
    answers = ["short", "short", "correct horse", "correct hose", "correct horse", "correct horse"]
    asked: list[str] = []
    window.dialogs.password = lambda title, label: (asked.append(label), answers.pop(0))[1]

    def drive(dialog: BackupsDialog) -> None:
        assert dialog.key_button.isEnabled() and dialog.key_button.accessibleName() == "Back up with the record key"
        dialog.key_button.click()  # too short: refused before anything is written
        assert errors[-1] == ("Back up with the record key", "The passphrase must be at least 8 characters.")
        assert list_backups(stick, service.path) == [] and not list(stick.glob("*.bdkey"))
        dialog.key_button.click()  # typed differently twice: nothing written
        assert errors[-1] == ("Back up with the record key", "The two passphrases differ; nothing was written.")
        assert list_backups(stick, service.path) == []
        dialog.key_button.click()
        assert dialog.list.topLevelItemCount() == 1
        assert dialog.status.text().startswith("Backed up to ")
        assert dialog.status.text().endswith(", with this computer's record key sealed beside it.")

    open_backups(window, drive)
    assert asked[0].startswith("A passphrase to seal this computer's record key with (at least 8 characters).")
    assert asked[1] == "The same passphrase again:"
    assert len(list(stick.glob("BallotDesk record key *.bdkey"))) == 1 and answers == []


def test_a_backup_restored_on_a_spare_laptop_makes_its_record_key_known(qtbot, window, service, stick, errors,
                                                                        tmp_path, monkeypatch):
    service.register("10234")
    window.backups.set_folder(stick)
    window.backups.back_up_now(key_passphrase="correct horse")
    monkeypatch.setenv("BALLOTDESK_DATA_DIR", str(tmp_path / "spare laptop"))  # from here on, another installation
    dest = tmp_path / "restored.ballotdesk"
    window.dialogs.save_file = lambda title, suggested, filters: dest
    window.dialogs.confirm = lambda title, message: False  # restore it, but do not open it yet
    answers = ["wrong horse", "correct horse"]
    window.dialogs.password = lambda title, label: answers.pop(0)

    def drive(dialog: BackupsDialog) -> None:
        dialog.restore_button.click()  # a wrong passphrase is said in words; the restored file stays
        assert errors[-1] == ("Record key", "The passphrase does not open this record key.")
        assert dest.is_file() and not verify_file(dest).authenticated
        dest.unlink()
        dialog.restore_button.click()
        assert dialog.status.text() == ("The record key that wrote restored.ballotdesk is now known here: its whole "
                                        "record can be verified on this computer.")

    open_backups(window, drive)
    assert verify_file(dest).authenticated and answers == []
