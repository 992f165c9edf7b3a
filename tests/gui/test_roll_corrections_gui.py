"""The roll over an evening, through the window: a correction at the door, then the export again.

The member dialog is typed into as the secretary does; the import dialog is clicked through. What
the import kept, and whom it changed for, must be on its summary page.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from ballotdesk.domain.roll_csv import MemberRecord
from ballotdesk.ui.actions import ActionName
from ballotdesk.ui.roll.import_dialog import ImportDialog
from ballotdesk.ui.roll.member_dialog import MemberDialog
from ballotdesk.ui.roll.page import RollPage
from tests.gui.conftest import MEMBERS


def write_export(path: Path, leave_out: Sequence[str] = ()) -> Path:
    """The branch export: the meeting's members as they were added, less ``leave_out``."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Membership No.", "First name", "Surname", "Ward", "Postcode", "Date joined", "Status"])
        for number, first, last, ward, postcode, joined, status in MEMBERS:
            if number not in leave_out:
                writer.writerow([number, first, last, ward, postcode, joined.strftime("%d/%m/%Y"), status])
    return path


def typing(qtbot, fill: Callable[[MemberDialog], None]) -> Callable[[MemberRecord | None, Sequence[str]], object]:
    """``dialogs.member`` as the user answers it: the real dialog, typed into, then Save clicked."""

    def ask(record: MemberRecord | None, statuses: Sequence[str]) -> MemberRecord | None:
        dialog = MemberDialog(record, statuses)
        qtbot.addWidget(dialog)
        dialog.show()
        fill(dialog)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        assert dialog.result() == MemberDialog.DialogCode.Accepted
        return dialog.record()

    return ask


def test_the_import_summary_shows_the_kept_correction_and_the_member_who_can_no_longer_vote(
        qtbot, window, service, tmp_path):
    window.show_page(RollPage)
    roll = window.page(RollPage)
    service.register("10652")
    row = next(r for r in range(roll.model.rowCount()) if roll.model.index(r, 0).data() == "10577")
    roll.table.selectRow(row)

    def new_ward(dialog: MemberDialog) -> None:
        dialog.ward.clear()
        qtbot.keyClicks(dialog.ward, "Elli")

    window.dialogs.member = typing(qtbot, new_ward)
    window.action(ActionName.EDIT_MEMBER).trigger()
    assert service.member("10577")["ward"] == "Elli"

    dialog = ImportDialog(window.context, write_export(tmp_path / "export.csv", leave_out=["10652"]))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.import_done, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["imported"]

    assert service.member("10577")["ward"] == "Elli"
    assert dialog.notices_box.isVisible() and dialog.notices_box.title() == "Check these (2)"
    shown = [dialog.notices.item(i).text() for i in range(dialog.notices.count())]
    assert shown == [
        'Line 5: 10577, Ward or branch: kept "Elli", entered by hand; the file says "Tyisha". '
        "To take the file's value, correct the member.",
        "10652 Seán O'Brien-Jones, already registered, may no longer vote: no longer on the latest membership roll",
    ]
    assert "Marked as left (not in this file): 1" in dialog.figures.text()


def test_an_import_with_nothing_to_check_shows_no_notices(qtbot, window, tmp_path):
    dialog = ImportDialog(window.context, write_export(tmp_path / "export.csv"))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.import_done, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.notices.count() == 0 and not dialog.notices_box.isVisible()


def test_adding_a_member_under_a_number_on_the_roll_is_refused_and_overwrites_nothing(
        qtbot, window, service, errors):
    window.show_page(RollPage)
    before = service.store.audit_version()

    def someone_else(dialog: MemberDialog) -> None:
        qtbot.keyClicks(dialog.number, "10577")
        qtbot.keyClicks(dialog.first_name, "Gwen")
        qtbot.keyClicks(dialog.last_name, "Davies")

    window.dialogs.member = typing(qtbot, someone_else)
    window.action(ActionName.ADD_MEMBER).trigger()
    assert errors == [("Save member", "Membership number 10577 is already on the roll (Gül Yıldız); to change "
                                      "their details, select them on the roll and choose Edit member.")]
    assert service.member("10577")["first_name"] == "Gül"
    assert service.store.audit_version() == before
