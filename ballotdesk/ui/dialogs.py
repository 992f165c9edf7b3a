"""Every question the GUI asks the user, in one object that tests can replace.

Handlers never call ``QFileDialog.getOpenFileName`` or ``QMessageBox.critical`` inline: they
ask ``self.dialogs``, the main window's :class:`Dialogs` on every page. A test swaps a method
(``window.dialogs.open_meeting_file = lambda: path``) and drives the real handler without a
modal dialog blocking the event loop.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ballotdesk.domain.eligibility import Quorum
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.roll_csv import CsvReadError, MemberRecord
from ballotdesk.domain.text import check_text
from ballotdesk.services.files import SUFFIX, MeetingFileError
from ballotdesk.services.meeting import check_cutoff
from ballotdesk.services.roles import ChairPinError, ChairPinPaused, check_new_pin
from ballotdesk.ui.desk.person_dialog import PersonDialog
from ballotdesk.ui.roll.member_dialog import MemberDialog
from ballotdesk.ui.tones import Tone, style_text
from ballotdesk.ui.widgets.date_field import DateField, pydate
from ballotdesk.ui.widgets.page_tools import dialog_buttons

if TYPE_CHECKING:
    from ballotdesk.services.roll_import import ImportSummary
    from ballotdesk.ui.context import MeetingContext

T = TypeVar("T")

SERVICE_ERRORS: tuple[type[Exception], ...] = (DomainError, MeetingFileError, CsvReadError)
"""Errors whose message is written for the user; anything else is a bug."""

SUGGESTED_NAME_LENGTH = 80
"""Characters of the meeting's title kept in the file name that File › New suggests."""

APP_NAME = "BallotDesk"
"""The title of a report that needs no other (the app's name, the same in every language)."""


def not_done() -> str:
    """The title of a refusal on the ballot pages, whose message says in full what was refused and why."""
    return QCoreApplication.translate("Dialogs", "Not done")


def meeting_filter() -> str:
    """The file dialog filter for meeting files, in the interface language."""
    return QCoreApplication.translate("Dialogs", "BallotDesk meetings (*{0});;All files (*)").format(SUFFIX)


def csv_filter() -> str:
    """The file dialog filter for membership exports, in the interface language."""
    return QCoreApplication.translate("Dialogs", "CSV files (*.csv *.txt *.tsv);;All files (*)")


@dataclass(frozen=True)
class NewMeeting:
    """What File › New asks for."""

    path: Path
    title: str
    date: dt.date
    venue: str
    organisation: str
    cutoff: dt.date | None
    quorum: str
    pin: str = ""


class NewMeetingDialog(QDialog):
    """Title, date, venue, organisation, cut-off, quorum and where to save the new meeting."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New meeting"))
        self.setMinimumWidth(520)
        self._folder = folder
        form = QFormLayout()
        self.title = self._line(self.tr("Title"), form)
        self.date = DateField(dt.date.today())
        self.date.setAccessibleName(self.tr("Meeting date"))
        form.addRow(self.tr("Date:"), self.date)
        self.venue = self._line(self.tr("Venue"), form)
        self.organisation = self._line(self.tr("Organisation"), form)

        self.has_cutoff = QCheckBox(self.tr("Members who joined after this date may not vote"))
        self.has_cutoff.setAccessibleName(self.tr("Use a cut-off date"))
        self.cutoff = DateField(dt.date.today())
        self.cutoff.setAccessibleName(self.tr("Cut-off date"))
        self.cutoff.setEnabled(False)
        self.has_cutoff.toggled.connect(self.cutoff.setEnabled)
        cutoff_row = QVBoxLayout()
        cutoff_row.addWidget(self.has_cutoff)
        cutoff_row.addWidget(self.cutoff)
        form.addRow(self.tr("Cut-off:"), cutoff_row)

        self.quorum = self._line(self.tr("Quorum"), form)
        self.quorum.setText("0")
        self.quorum.setPlaceholderText(self.tr("a number (40) or a percentage of eligible members (5%)"))
        self.pin = self._line(self.tr("Chair's PIN"), form)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("6 to 12 digits; needed to declare results and change the rules"))
        # Typed unseen, a PIN is typed twice: one slip would lock the chair out of declaring any result.
        self.pin_again = self._line(self.tr("Chair's PIN again"), form)
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)

        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Meeting file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose where to save the meeting file"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form.addRow(self.tr("File:"), path_row)
        self.title.textChanged.connect(self._suggest_path)
        self._path_edited = False
        self.path.textEdited.connect(lambda _text: setattr(self, "_path_edited", True))

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        style_text(self.problem, Tone.PROBLEM, bold=True)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()
        buttons = dialog_buttons(self, self.tr("Create"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _line(self, label: str, form: QFormLayout) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(label)
        form.addRow(label + ":", edit)
        return edit

    def _suggest_path(self, title: str) -> None:
        if self._path_edited:
            return
        # A title pasted from the agenda may be a paragraph: a file name stays short enough for any disk.
        name = "".join(c for c in title if c not in '\\/:*?"<>|').strip()[:SUGGESTED_NAME_LENGTH].strip() or "Meeting"
        self.path.setText(str(self._folder / f"{name}{SUFFIX}"))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("New meeting file"), self.path.text(),
                                                 meeting_filter())
        if chosen:
            self.path.setText(chosen)
            self._path_edited = True

    def values(self) -> NewMeeting:
        """The meeting as entered (checked by :meth:`accept`).

        A bare name typed in the File field goes in the folder the dialog suggested, not in
        whatever folder BallotDesk happened to be started from, where nobody would find it.
        """
        path = Path(self.path.text().strip()).expanduser()
        if not path.is_absolute():
            path = self._folder / path
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        return NewMeeting(
            path=path, title=self.title.text().strip(), date=pydate(self.date.date()),
            venue=self.venue.text().strip(), organisation=self.organisation.text().strip(),
            cutoff=pydate(self.cutoff.date()) if self.has_cutoff.isChecked() else None,
            quorum=self.quorum.text().strip() or "0",
            pin=self.pin.text().strip(),
        )

    def accept(self) -> None:
        """Check the entries here so a mistake is fixed in place rather than after a refusal."""
        problem = ""
        if not self.title.text().strip():
            problem = self.tr("A meeting needs a title.")
        elif not self.path.text().strip():
            problem = self.tr("Choose where to save the meeting file.")
        elif self.date.problem() or (self.has_cutoff.isChecked() and self.cutoff.problem()):
            problem = self.date.problem() or self.cutoff.problem()
        else:
            try:
                for field_name, edit in (("title", self.title), ("venue", self.venue),
                                         ("organisation", self.organisation)):
                    check_text(field_name, edit.text())
                Quorum.parse(self.quorum.text() or "0")
                entered = self.values()
                check_cutoff(entered.date.isoformat(), entered.cutoff.isoformat() if entered.cutoff else None)
                if self.pin.text().strip():
                    check_new_pin(self.pin.text())
                if self.pin.text().strip() != self.pin_again.text().strip():
                    self.pin_again.clear()
                    problem = self.tr("The two PINs differ; type the chair's PIN twice.")
            except DomainError as error:
                problem = str(error)
            if not problem and os.path.lexists(self.values().path):  # Path.exists() raises for a long name
                problem = self.tr("{0} already exists; choose another name.").format(self.values().path.name)
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            self.adjustSize()  # room for the message without squeezing the fields above it
            return
        super().accept()


class Dialogs:
    """The GUI's questions and messages; each method returns None when the user cancels."""

    def __init__(self, parent: QWidget | None) -> None:
        self.parent = parent

    # -- files ---------------------------------------------------------------------------

    def open_meeting_file(self, folder: Path | None = None) -> Path | None:
        """Ask which meeting file to open."""
        chosen, _ = QFileDialog.getOpenFileName(
            self.parent, QCoreApplication.translate("Dialogs", "Open meeting"), str(folder or ""), meeting_filter())
        return Path(chosen) if chosen else None

    def save_copy_file(self, suggested: Path) -> Path | None:
        """Ask where to write a copy of the meeting."""
        chosen, _ = QFileDialog.getSaveFileName(
            self.parent, QCoreApplication.translate("Dialogs", "Save a copy"), str(suggested), meeting_filter())
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix == SUFFIX:
            return path
        # The file dialog asked about replacing the name as typed; the suffix added here may
        # name another file that is already there (an earlier meeting), which needs asking too.
        path = path.with_name(path.name + SUFFIX)
        if os.path.exists(path) and not self.confirm(
                QCoreApplication.translate("Dialogs", "Save a copy"),
                QCoreApplication.translate("Dialogs", "{0} already exists in {1}. Replace it with the copy?").format(
                    path.name, path.parent)):
            return None
        return path

    def open_csv_file(self, folder: Path | None = None) -> Path | None:
        """Ask which membership export to import."""
        chosen, _ = QFileDialog.getOpenFileName(
            self.parent, QCoreApplication.translate("Dialogs", "Import roll from CSV"), str(folder or ""), csv_filter())
        return Path(chosen) if chosen else None

    def new_meeting(self, folder: Path) -> NewMeeting | None:
        """Ask for a new meeting's details and file."""
        dialog = NewMeetingDialog(folder, self.parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    # -- people --------------------------------------------------------------------------

    def guest(self) -> tuple[str, str] | None:
        """Ask for a guest's name and an optional note (press, visiting speaker)."""
        dialog = PersonDialog(QCoreApplication.translate("Dialogs", "Add guest"),
                              QCoreApplication.translate("Dialogs", "A guest may attend the meeting but never votes."),
                              QCoreApplication.translate("Dialogs", "Note (optional)"), note_required=False,
                              parent=self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.name.text().strip(), dialog.note.text().strip()

    def provisional(self) -> tuple[str, str] | None:
        """Ask for a provisional attendee's name and why they are admitted."""
        dialog = PersonDialog(
            QCoreApplication.translate("Dialogs", "Add provisional attendee"),
            QCoreApplication.translate(
                "Dialogs", "Someone who is not on the roll but says they are a member. They may attend; they may "
                "vote only if the chair approves (Attendance page)."),
            QCoreApplication.translate("Dialogs", "Reason"), note_required=True, parent=self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.name.text().strip(), dialog.note.text().strip()

    def member(self, record: MemberRecord | None, statuses: Sequence[str]) -> MemberRecord | None:
        """Ask for a member's details (``record`` None to add a new one)."""
        dialog = MemberDialog(record, statuses, self.parent)
        return dialog.record() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def import_roll(self, context: MeetingContext, path: Path) -> ImportSummary | None:
        """Show the import dialog for ``path`` (read without freezing the window); raises CsvReadError when unusable."""
        from ballotdesk.ui.roll.import_dialog import ImportDialog
        from ballotdesk.ui.roll.import_worker import read_table

        dialog = ImportDialog(context, path, self.parent, read_table(self.parent, path))
        dialog.exec()
        return dialog.summary

    def open_file(self, title: str, folder: Path | None, filters: str) -> Path | None:
        """Ask which file to read (a result sheet to verify, a backup to restore)."""
        chosen, _ = QFileDialog.getOpenFileName(self.parent, title, str(folder or ""), filters)
        return Path(chosen) if chosen else None

    def save_file(self, title: str, suggested: Path, filters: str) -> Path | None:
        """Ask where to write a file (the signing certificate, a restored meeting)."""
        chosen, _ = QFileDialog.getSaveFileName(self.parent, title, str(suggested), filters)
        return Path(chosen) if chosen else None

    def choose_folder(self, title: str, start: Path | None) -> Path | None:
        """Ask for a folder (where backups go, e.g. a USB stick)."""
        chosen = QFileDialog.getExistingDirectory(self.parent, title, str(start or ""))
        return Path(chosen) if chosen else None

    def run(self, dialog: QDialog) -> bool:
        """Show one of our own dialogs modally; True when the user accepted it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    # -- messages ------------------------------------------------------------------------

    def warn_later(self, title: str, message: str) -> None:
        """A warning that does not stop the work (a failed automatic backup); one box, updated, never a pile."""
        box = getattr(self, "_warning", None)
        if box is None:
            box = self.message_box(QMessageBox.Icon.Warning, title, message)
            box.setWindowModality(Qt.WindowModality.NonModal)
            self._warning = box
        box.setWindowTitle(title)
        box.setText(message)
        box.show()
        box.raise_()

    def error(self, title: str, message: str) -> None:
        """Tell the user something was refused or failed, in the service's own words."""
        self.message_box(QMessageBox.Icon.Warning, title, message).exec()

    def info(self, title: str, message: str) -> None:
        """Tell the user something worked."""
        self.message_box(QMessageBox.Icon.Information, title, message).exec()

    def confirm(self, title: str, message: str) -> bool:
        """Ask a yes/no question; No is the default."""
        box = self.message_box(QMessageBox.Icon.Question, title, message,
                               QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def message_box(self, icon: QMessageBox.Icon, title: str, message: str,
                    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok) -> QMessageBox:
        """A message box that shows its text as written.

        Messages quote what people typed (a guest's name, a reason): Qt would otherwise guess
        they are rich text, so "<b>x</b>" would print bold and "<img src=…>" would load a picture.
        """
        box = QMessageBox(icon, title, message, buttons, self.parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box

    def text(self, title: str, label: str, value: str = "") -> str | None:
        """Ask for one line of text; None when cancelled, so "" still means "left empty"."""
        answer, ok = QInputDialog.getText(self.parent, title, label, QLineEdit.EchoMode.Normal, value)
        return answer if ok else None

    def password(self, title: str, label: str) -> str | None:
        """Ask for a password, hidden as typed; None when cancelled."""
        answer, ok = QInputDialog.getText(self.parent, title, label, QLineEdit.EchoMode.Password)
        return answer if ok else None

    def choose(self, title: str, label: str, items: Sequence[str]) -> str | None:
        """Pick one of a few names (e.g. who a physical draw favoured); None when cancelled."""
        answer, ok = QInputDialog.getItem(self.parent, title, label, list(items), 0, False)
        return answer if ok else None

    def attempt(self, title: str, call: Callable[[], T]) -> T | None:
        """Run ``call``; a refusal from the service becomes a message box instead of a traceback.

        A use case that needs the chair (``ChairPinError``) asks for the PIN and runs once more
        with it; the PIN is not kept. A wrong PIN asks again, saying so, with ``call`` unchanged:
        the reason the chair typed for it is kept, not lost to a typing slip in the PIN. Wrong
        PINs still count and pause as the service rules; a pause ends the asking.

        Returns:
            What ``call`` returned, or None when it was refused (the message has been shown).
        """
        try:
            return call()
        except ChairPinPaused as error:  # asking for a PIN now would only be refused
            self.error(title, str(error))
            return None
        except ChairPinError as error:
            service = getattr(getattr(self.parent, "context", None), "service", None)
            why = str(error)
            while True:
                pin = self.chair_pin(why) if service is not None else None
                if service is None or not pin:
                    return None
                try:
                    with service.as_chair(pin):
                        return call()
                except ChairPinPaused as paused:
                    self.error(title, str(paused))
                    return None
                except ChairPinError as wrong:
                    why = f"{wrong}\n\n{error}"
                except SERVICE_ERRORS as again:
                    self.error(title, str(again))
                    return None
        except SERVICE_ERRORS as error:
            self.error(title, str(error))
            return None

    def done(self, title: str, call: Callable[[], object]) -> bool:
        """:meth:`attempt` for a use case whose value is not needed (or may be None): did it go through?"""

        def run() -> bool:
            call()
            return True

        return self.attempt(title, run) is not None

    def steward_name(self) -> str | None:
        """Who is at the registration desk (asked when the desk is first used); None when cancelled."""
        value, ok = QInputDialog.getText(
            self.parent, QCoreApplication.translate("Dialogs", "Who is at the desk?"),
            QCoreApplication.translate("Dialogs", "Your name, so the record says who registered each person "
                                                  "(kept for this desk; change it in “At the desk”):"))
        return value if ok else None

    def teller_code(self, teller: str) -> str | None:
        """The code the chair handed to ``teller`` (hidden as typed); None when cancelled."""
        value, ok = QInputDialog.getText(
            self.parent, QCoreApplication.translate("Dialogs", "Teller's code"),
            QCoreApplication.translate("Dialogs", "{0}, type the teller's code the chair handed you:").format(teller),
            QLineEdit.EchoMode.Password)
        return value if ok else None

    def chair_pin(self, why: str) -> str | None:
        """The chair types the PIN (hidden as typed); None when cancelled."""
        value, ok = QInputDialog.getText(self.parent, QCoreApplication.translate("Dialogs", "Chair's PIN"),
                                         QCoreApplication.translate("Dialogs", "{0}\n\nChair's PIN:").format(why),
                                         QLineEdit.EchoMode.Password)
        return value if ok else None
