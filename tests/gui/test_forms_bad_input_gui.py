"""Hostile input typed or pasted into the forms outside the ballot screens, through the real widgets.

Each test was a defect found by an audit of the rule "bad input never crashes the app and never
loses or half-writes data: it gets a clear message saying what is wrong and where, and the meeting
file stays as it was".
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QWidget

from ballotdesk.domain.roll_csv import MemberRecord
from ballotdesk.services.roles import has_pin
from ballotdesk.ui.desk.person_dialog import PersonDialog
from ballotdesk.ui.dialogs import NewMeetingDialog
from ballotdesk.ui.meeting.page import MeetingPage
from ballotdesk.ui.meeting.pin_dialog import ChangePinDialog
from ballotdesk.ui.roll.member_dialog import MemberDialog

PAGE = MeetingPage

def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def paste(qtbot, edit: QWidget, text: str) -> None:
    """Paste ``text`` with Ctrl+V, as a steward pastes from a spreadsheet or an e-mail."""
    QApplication.clipboard().setText(text)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


# -- the chair's PIN -----------------------------------------------------------------------------


def test_a_thirteen_digit_pin_is_refused_not_cut_to_twelve(qtbot, page, window, service):
    """The PIN fields stopped at 12 digits: 13 typed twice set the first 12, which the chair never typed."""
    head, before = service.audit_head(), digest(service.path)
    seen: list[str] = []

    def run(dialog: ChangePinDialog) -> bool:
        dialog.show()
        qtbot.keyClicks(dialog.new, "1234567890123")
        qtbot.keyClicks(dialog.repeat, "1234567890123")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        seen.append(dialog.problem.text() if dialog.problem.isVisibleTo(dialog) else "")
        accepted = dialog.result() == dialog.DialogCode.Accepted
        dialog.hide()
        return accepted

    window.dialogs.run = run
    qtbot.mouseClick(page.pin_button, Qt.MouseButton.LeftButton)
    assert seen == ["The chair's PIN must be 6 to 12 digits."]
    assert not has_pin(service)
    assert service.audit_head() == head and digest(service.path) == before


def test_file_new_asks_for_the_pin_twice(qtbot, tmp_path):
    """File › New took the chair's PIN once, unseen: one slip locked the chair out of declaring results."""
    dialog = NewMeetingDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Special meeting")
    qtbot.keyClicks(dialog.pin, "246802")
    qtbot.keyClicks(dialog.pin_again, "2486")
    qtbot.keyClick(dialog.pin_again, Qt.Key.Key_Return)
    assert dialog.result() != NewMeetingDialog.DialogCode.Accepted
    assert dialog.problem.text() == "The two PINs differ; type the chair's PIN twice."
    assert dialog.pin_again.text() == ""
    assert list(tmp_path.iterdir()) == []
    qtbot.keyClicks(dialog.pin_again, "246802")
    qtbot.keyClick(dialog.pin_again, Qt.Key.Key_Return)
    assert dialog.result() == NewMeetingDialog.DialogCode.Accepted
    assert dialog.values().pin == "246802"


def test_file_new_refuses_a_cut_off_after_the_meeting_in_place(qtbot, tmp_path):
    """A slip of the year (cut-off 2027 for a 2026 meeting) is said in the dialog, what was typed kept."""
    from PySide6.QtCore import QDate

    dialog = NewMeetingDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Special meeting")
    dialog.date.setDate(QDate(2026, 11, 28))
    dialog.has_cutoff.setChecked(True)
    dialog.cutoff.setDate(QDate(2027, 1, 12))
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.result() != NewMeetingDialog.DialogCode.Accepted
    assert dialog.problem.text().startswith("The cut-off (12 Jan 2027) is after the meeting date (28 Nov 2026)")
    assert dialog.title.text() == "Special meeting" and list(tmp_path.iterdir()) == []
    dialog.cutoff.setDate(QDate(2016, 1, 12))
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.result() == NewMeetingDialog.DialogCode.Accepted


# -- text pasted into the meeting's details ---------------------------------------------------------


@pytest.mark.parametrize(("pasted", "found"), [
    ("Hall\tRoom 2", "a tab at character 5"),
    ("Hall\nRoom 2", "a line break at character 5"),
    ("Hall\x00", "an invisible character (U+0000) at character 5"),
    ("Hall \u202elive", "an invisible character (U+202E) at character 6"),
    ("Ha\u200bll", "an invisible character (U+200B) at character 3"),
])
def test_pasted_control_characters_in_the_venue_are_refused_by_name(qtbot, page, service, errors, pasted, found):
    """A tab, line break, NUL or right-to-left override pasted into the venue was stored as it was."""
    head, before = service.audit_head(), digest(service.path)
    page.edits["venue"].clear()
    paste(qtbot, page.edits["venue"], pasted)
    assert page.edits["venue"].text() == pasted  # the field holds it: the refusal must come on saving
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert errors == [("Save meeting", f"The venue has {found}; remove it (it would be stored unseen, then "
                                       "shown and printed wrongly).")]
    assert service.details()["venue"] == "Church hall"
    assert service.audit_head() == head and digest(service.path) == before
    assert page.saved.text() == "Unsaved changes."  # what was typed is still there to correct


def test_emoji_and_combining_accents_are_kept_exactly(qtbot, page, service, errors):
    venue = "Neuadd Gŵyl Dewi 🎉 Cafe\u0301"
    page.edits["venue"].clear()
    paste(qtbot, page.edits["venue"], venue)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert service.details()["venue"] == venue
    event = service.store.events(1)[0]
    assert (event["action"], json.loads(event["details"])) == (
        "meeting.update", {"venue": {"from": "Church hall", "to": venue}})


def test_a_status_with_an_ampersand_is_shown_as_it_is(qtbot, page, window, service):
    """A status "R&D" was shown as "RD", its "&" taken for a shortcut mark (and D made a shortcut)."""
    service.save_member(MemberRecord("20001", "Ann", "Lee", "", "", None, "R&D", ""), new=True)
    window.context.notify("member.add")
    box = page._status_boxes["R&D"]
    assert QKeySequence.mnemonic(box.text()).isEmpty()
    assert box.text().replace("&&", "&") == "R&D (1 members)"


# -- people at the desk and on the roll ---------------------------------------------------------


def test_the_guest_dialog_refuses_a_pasted_line_break_and_stays_open(qtbot):
    """The name was passed on with its line break; the service's refusal then closed the dialog and lost it."""
    dialog = PersonDialog("Add guest", "A guest may attend.", "Note (optional)", note_required=False)
    qtbot.addWidget(dialog)
    dialog.show()
    paste(qtbot, dialog.name, "Carys\nBevan")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.result() != PersonDialog.DialogCode.Accepted
    assert dialog.problem.text() == ("The name has a line break at character 6; remove it (it would be stored "
                                     "unseen, then shown and printed wrongly).")
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Carys Bevan")
    paste(qtbot, dialog.note, "x" * 10_000)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.problem.text() == "The note is 10,000 characters long; it may be at most 500."
    dialog.note.clear()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.result() == PersonDialog.DialogCode.Accepted


def test_a_zero_width_space_in_a_new_members_number_is_refused(qtbot, window, service):
    """"10234" + U+200B (pasted from a spreadsheet) added a second 10234 who could register and vote again."""
    from ballotdesk.ui.actions import ActionName

    head, before = service.audit_head(), digest(service.path)
    shown: list[str] = []

    def ask(record, statuses):
        dialog = MemberDialog(record, statuses)
        qtbot.addWidget(dialog)
        dialog.show()
        paste(qtbot, dialog.number, "10234\u200b")
        qtbot.keyClicks(dialog.first_name, "Zoe")
        qtbot.keyClick(dialog.first_name, Qt.Key.Key_Return)
        shown.append(dialog.problem.text())
        assert dialog.result() != MemberDialog.DialogCode.Accepted
        return None  # the steward cancels

    window.dialogs.member = ask
    window.action(ActionName.ADD_MEMBER).trigger()
    assert shown == ["The membership number has an invisible character (U+200B) at character 6; remove it (it "
                     "would be stored unseen, then shown and printed wrongly)."]
    assert service.member_count() == 7
    assert service.audit_head() == head and digest(service.path) == before


def test_editing_a_member_leaves_an_imported_value_alone(qtbot):
    """A value the roll already holds is not refused when the steward corrects another field."""
    record = MemberRecord("10234", "Zoë", "O'Brien", "Elli\tNorth", "SA15 1AB", None, "Current", "")
    dialog = MemberDialog(record, ["Current"])
    qtbot.addWidget(dialog)
    dialog.show()
    edit: QLineEdit = dialog.last_name
    edit.selectAll()
    qtbot.keyClicks(edit, "O'Brien-Jones")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.result() == MemberDialog.DialogCode.Accepted, dialog.problem.text()
