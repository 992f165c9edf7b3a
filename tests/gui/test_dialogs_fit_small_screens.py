"""Every dialog fits a 1366 x 768 laptop and a 1024 x 768 mirrored projector at a 12 pt interface font.

The screen is given to the dialogs' sizing (``page_tools.available_area``) as those screens'
work areas: 768 pixels less a 40-pixel taskbar. Each dialog, and the least it can shrink to, must
fit inside with its window frame, or its buttons end up below the screen's edge.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from ballotdesk.domain.ballot import BallotSpec, Kind, Rule
from ballotdesk.domain.count import CountFigures
from ballotdesk.ui.backups.dialog import BackupsDialog
from ballotdesk.ui.ballots.ballot_dialog import BallotDialog
from ballotdesk.ui.ballots.issue_dialog import IssueDialog
from ballotdesk.ui.ballots.papers_dialog import PapersDialog
from ballotdesk.ui.desk.person_dialog import PersonDialog
from ballotdesk.ui.dialogs import NewMeetingDialog
from ballotdesk.ui.documents.integrity import Finding, VerificationDialog
from ballotdesk.ui.documents.print_preview import PrintPreviewDialog
from ballotdesk.ui.meeting.pin_dialog import ChangePinDialog
from ballotdesk.ui.projector.control import ProjectorControl
from ballotdesk.ui.result.amend_dialog import AmendDialog
from ballotdesk.ui.roll.import_dialog import ImportDialog
from ballotdesk.ui.roll.member_dialog import MemberDialog
from ballotdesk.ui.shell.guide import GuideDialog
from ballotdesk.ui.shell.main_window import MainWindow
from ballotdesk.ui.widgets import page_tools

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCREENS = {"1024x768": QRect(0, 0, 1024, 728), "1366x768": QRect(0, 0, 1366, 728)}
FRAME_W, FRAME_H = page_tools.FRAME_ALLOWANCE
CANDIDATES = ("Ann Smith", "Bob Jones", "Cara Patel", "Dev Brown", "Eve Okafor", "Finn Nowak")


@pytest.fixture(params=sorted(SCREENS))
def screen(request, monkeypatch) -> QRect:
    area = SCREENS[request.param]
    monkeypatch.setattr(page_tools, "available_area", lambda _widget: QRect(area))
    return area


@pytest.fixture
def twelve_point(qapp: QApplication) -> Iterator[None]:
    before = qapp.font()
    font = qapp.font()
    font.setPointSize(12)
    qapp.setFont(font)
    yield
    qapp.setFont(before)


def fits(dialog: QWidget, area: QRect) -> list[str]:
    """What does not fit (empty when the dialog and its smallest size fit with their frame)."""
    problems = []
    for what, size in (("size", dialog.size()), ("smallest size", dialog.minimumSizeHint())):
        if size.width() + FRAME_W > area.width() or size.height() + FRAME_H > area.height():
            problems.append(f"{dialog.windowTitle()}: {what} {size.width()}x{size.height()} on "
                            f"{area.width()}x{area.height()}")
    return problems


def new_ballot_with_a_refusal(dialog: BallotDialog) -> None:
    """The tallest New ballot: an election, six candidates, the refusal shown under the fields."""
    dialog.election_radio.setChecked(True)
    for name in CANDIDATES:
        dialog.candidate_edit.setText(name)
        dialog._add_candidate()
    dialog.seats_spin.setValue(6)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.error_label.text()  # still open, saying what is wrong


def all_dialogs(window: MainWindow, tmp_path: Path) -> list[tuple[QDialog, Callable[[QDialog], None] | None]]:
    roll = tmp_path / "roll.csv"
    roll.write_text("Membership number,First name,Surname,Ward,Postcode,Joined,Status,Email\n"
                    "1,Ann,Jones,North,SA1 1AA,01/05/2010,Current,ann@example.org\n", encoding="utf-8")
    spec = BallotSpec(title="Treasurer", question="", kind=Kind.ELECTION, options=CANDIDATES, rule=Rule.PLURALITY)
    return [
        (BallotDialog(window), new_ballot_with_a_refusal),
        (BallotDialog(window, spec=spec), None),
        (IssueDialog(window, "Treasurer", window.context.service.attendees(), ["Main hall", "Overflow (outside)"],
                     "Main hall"), None),
        (AmendDialog(window, CANDIDATES, 1, {"Main hall": CountFigures(6, (1, 1, 1, 1, 1, 1), 0, 0)}), None),
        (GuideDialog(window), None),
        (MemberDialog(None, parent=window), None),
        (NewMeetingDialog(tmp_path, window), None),
        (PersonDialog("Provisional attendee", "Someone not on the roll.", "Reason", note_required=True,
                      parent=window), None),
        (PapersDialog("Treasurer", ["Main hall", "Overflow (outside)"], 40, parent=window), None),
        (ChangePinDialog(True, lambda _new, _old: None, window), None),
        (VerificationDialog(tmp_path / "m.ballotdesk", Finding("intact", "✓", "", "Signed here."), "0" * 64,
                            window), None),
        (PrintPreviewDialog("Result sheet", None, tmp_path / "sheet.pdf", page_sizes=("A4", "Letter"),
                            parent=window), None),
        (BackupsDialog(window.backups, window.dialogs, window), None),
        (ProjectorControl(window.context, window), None),
        (ImportDialog(window.context, roll, window), None),
    ]


def test_every_dialog_fits_at_12_point(qtbot, twelve_point, screen, meeting_path, tmp_path, guard):
    window = MainWindow()
    qtbot.addWidget(window)
    guard(window)
    assert window.open_path(meeting_path)
    problems: list[str] = []
    for dialog, drive in all_dialogs(window, tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        if drive is not None:
            drive(dialog)
        QApplication.processEvents()
        problems += fits(dialog, screen)
        dialog.hide()
    window.context.set_service(None)
    assert problems == []
