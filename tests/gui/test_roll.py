"""The roll page, its paged model, adding and correcting members, and the import dialog."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from ballotdesk.domain.roll_csv import MemberRecord
from ballotdesk.services.meeting import MeetingService
from ballotdesk.ui.actions import ActionName
from ballotdesk.ui.import_dialog import ImportDialog
from ballotdesk.ui.models.roll import RollModel
from ballotdesk.ui.pages.roll import RollPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

HEADER = ["Membership No.", "First name", "Surname", "Ward", "Postcode", "Date joined", "Status", "Email"]


def write_csv(path: Path, count: int, start: int = 20000) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for i in range(count):
            writer.writerow([start + i, f"First{i:04d}", f"Member{i:04d}", "Elli", "SA15 1AA",
                             "03/02/2015" if i % 2 else "13/02/2019", "Current", ""])
    return path


@pytest.fixture
def roll(window) -> RollPage:
    window.show_page(RollPage)
    return window.page(RollPage)


# -- the model -------------------------------------------------------------------------------


@pytest.fixture
def big(tmp_path) -> MeetingService:
    service = MeetingService.create(tmp_path / "big.ballotdesk", title="Big", date=dt.date(2026, 1, 1),
                                    cutoff=dt.date(2016, 1, 12))
    service.import_roll(write_csv(tmp_path / "big.csv", 450))
    yield service
    service.close()


def test_roll_model_fetches_a_page_at_a_time(qtmodeltester, big):
    model = RollModel(page_size=200)
    model.set_service(big)
    assert (model.rowCount(), model.total) == (200, 450)
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 400
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 450
    assert not model.canFetchMore(model.index(-1, -1))
    numbers = [model.index(r, 0).data() for r in range(450)]
    assert len(set(numbers)) == 450 and numbers[0] == "20000"
    assert model.index(0, 7).data() == "No" and model.index(1, 7).data() == "Yes"
    assert "after the cut-off" in model.index(0, 7).data(Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(model)


def test_roll_model_filter(qtmodeltester, big):
    model = RollModel()
    model.set_service(big)
    model.set_filter("member0123")
    assert [model.index(r, 2).data() for r in range(model.rowCount())] == ["Member0123"]
    model.set_filter("first01")
    assert model.total == 100 and model.rowCount() == 100
    qtmodeltester.check(model)


def test_roll_page_scrolls_without_loading_everything(qtbot, roll, big):
    roll.context.set_service(big)
    assert roll.model.rowCount() == 200
    assert roll.count.text() == "450 members (200 loaded)"
    roll.table.scrollToBottom()
    qtbot.waitUntil(lambda: roll.model.rowCount() > 200)
    qtbot.keyClicks(roll.filter, "member0449")
    assert roll.count.text() == "1 matching"


# -- adding and correcting -------------------------------------------------------------------------


def test_add_member_by_hand(qtbot, window, roll, service):
    record = MemberRecord("10999", "Ffion", "Bowen", "Elli", "SA15 9ZZ", dt.date(2010, 1, 1), "Current", "")
    window.dialogs.member = lambda existing, statuses: record
    window.action(ActionName.ADD_MEMBER).trigger()
    assert service.store.member("10999")["first_name"] == "Ffion"
    assert service.store.events(1)[0]["action"] == "member.add"
    assert any(roll.model.index(r, 0).data() == "10999" for r in range(roll.model.rowCount()))


def test_edit_member_corrects_the_selected_one(qtbot, window, roll, service):
    row = next(r for r in range(roll.model.rowCount()) if roll.model.index(r, 0).data() == "10577")
    roll.table.selectRow(row)
    seen = []

    def edit(existing, statuses):
        seen.append((existing, statuses))
        return MemberRecord(existing.number, existing.first_name, "Yildiz-Kaya", existing.ward,
                            existing.postcode, existing.join_date, existing.status, existing.email)

    window.dialogs.member = edit
    window.action(ActionName.EDIT_MEMBER).trigger()
    assert seen[0][0].last_name == "Yıldız" and seen[0][0].join_date == dt.date(2012, 4, 30)
    assert seen[0][1] == ["Current", "Lapsed"]
    event = service.store.events(1)[0]
    assert event["action"] == "member.correct"
    assert json.loads(event["details"])["changes"] == {"last_name": {"from": "Yıldız", "to": "Yildiz-Kaya"}}


def test_edit_member_without_a_selection_says_so(window, roll, errors):
    roll.table.clearSelection()
    window.action(ActionName.EDIT_MEMBER).trigger()
    assert errors == [("Edit member", "Select a member on the roll first.")]


def test_member_dialog_requires_a_number(qtbot):
    from ballotdesk.ui.member_dialog import MemberDialog

    dialog = MemberDialog(None, ["Current"])
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.problem.text() == "A member needs a membership number."
    qtbot.keyClicks(dialog.number, "123")
    qtbot.keyClicks(dialog.first_name, "Nia")
    dialog.has_join_date.setChecked(False)
    assert dialog.record() == MemberRecord("123", "Nia", "", "", "", None, "Current", "")


# -- importing -------------------------------------------------------------------------------------


def test_import_action_and_unreadable_file(window, roll, data_dir, errors):
    opened = []
    window.dialogs.open_csv_file = lambda folder=None: data_dir / "csv" / "empty.csv"
    window.dialogs.import_roll = lambda context, path: opened.append(path) or ImportDialog(context, path)
    window.action(ActionName.IMPORT_CSV).trigger()
    assert errors == [("Import roll", "empty.csv is empty.")]


def test_dropping_a_csv_on_the_roll_imports_it(qtbot, window, roll, tmp_path):
    path = write_csv(tmp_path / "drop.csv", 3)
    calls = []
    window.dialogs.import_roll = lambda context, p: calls.append(p)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    roll.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    roll.dropEvent(drop)
    assert calls == [path]
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.jpg"))])
    refused = QDragEnterEvent(QPointF(10, 10), Qt.DropAction.CopyAction, other, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier)
    roll.dragEnterEvent(refused)
    assert not refused.isAccepted()


def open_dialog(qtbot, context, path: Path) -> ImportDialog:
    dialog = ImportDialog(context, path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_import_dialog_shows_what_it_detected_and_guesses_the_mapping(qtbot, context, data_dir):
    dialog = open_dialog(qtbot, context, data_dir / "csv" / "utf8_semicolon_lf.csv")
    assert "Encoding: UTF-8" in dialog.detected.text()
    assert "Delimiter: semicolon" in dialog.detected.text()
    assert dialog.mapping() == {"number": 0, "first_name": 1, "last_name": 2, "ward": 3, "postcode": 4,
                                "join_date": 5, "status": 6, "email": 7}
    assert dialog.preview.rowCount() >= 3
    assert dialog.preview.item(0, 1).text() == "Renée"
    assert dialog.preview.horizontalHeaderItem(2).text() == "Family name\n→ Last name"
    assert dialog.date_format.currentData() == "dmy"
    assert dialog.import_button.isEnabled()


def test_import_dialog_refuses_a_mapping_without_the_number(qtbot, context, data_dir):
    dialog = open_dialog(qtbot, context, data_dir / "csv" / "utf8_semicolon_lf.csv")
    dialog.set_field(0, "")
    assert not dialog.import_button.isEnabled()
    assert "membership number" in dialog.problem.text()
    dialog.set_field(0, "number")
    dialog.set_field(1, "last_name")
    assert "Last name is chosen for more than one column" in dialog.problem.text()
    dialog.set_field(1, "first_name")
    assert dialog.import_button.isEnabled()


def test_import_runs_in_a_worker_and_lists_skipped_rows(qtbot, context, data_dir, window):
    from ballotdesk.ui.pages.desk import DeskPage

    dialog = open_dialog(qtbot, context, data_dir / "csv" / "row_problems_crlf.csv")
    with qtbot.waitSignal(dialog.import_done, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["imported"]
    summary = dialog.summary
    assert summary is not None and summary.imported == 4
    assert dialog.headline.text().splitlines()[0] == "Import finished: row_problems_crlf.csv"
    assert "Check: 7 members were not in this file and are now marked as left" in dialog.headline.text()
    assert f"New members imported: {summary.imported}" in dialog.figures.text()
    assert f"Marked as left (not in this file): {summary.left}" in dialog.figures.text()
    lines = [dialog.skipped.item(i).text() for i in range(dialog.skipped.count())]
    assert lines[:2] == ["Line 3: missing membership number",
                         "Line 4: duplicate membership number 100 (first seen on line 2)"]
    assert len(lines) == len(summary.skipped)
    assert dialog.close_button.text() == "Close" and dialog.import_button.isHidden()
    assert context.service.store.events(1)[0]["action"] == "roll.import"
    desk = window.page(DeskPage)
    assert desk.figures.text().startswith("Registered: 0")


def test_cancel_writes_nothing(qtbot, context, tmp_path):
    service = context.service
    before = (service.store.member_count(include_left=True), service.store.audit_head())
    dialog = open_dialog(qtbot, context, write_csv(tmp_path / "members.csv", 50))
    dialog.import_started.connect(
        lambda: qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton))
    with qtbot.waitSignal(dialog.import_done, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["cancelled"]
    assert dialog.headline.text() == "Import cancelled: nothing was written; the roll is unchanged."
    assert dialog.summary is None
    assert (service.store.member_count(include_left=True), service.store.audit_head()) == before


def test_closing_during_an_import_cancels_instead(qtbot, context, tmp_path):
    dialog = open_dialog(qtbot, context, write_csv(tmp_path / "members.csv", 20))
    dialog.import_started.connect(dialog.reject)
    with qtbot.waitSignal(dialog.import_done, timeout=10000) as blocker:
        dialog.start_import()
    assert blocker.args == ["cancelled"]
    assert dialog.isVisible()
