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
from ballotdesk.ui.roll.import_dialog import ImportDialog
from ballotdesk.ui.roll.model import RollModel
from ballotdesk.ui.roll.page import STRETCHED, RollPage
from ballotdesk.ui.roll.preview_table import share_width

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


def test_every_roll_column_and_title_fits_at_1024_pixels(qtbot, window, roll, service):
    service.register("10234")  # the Registered column says "Yes, hh:mm" somewhere
    window.context.notify("attendee.register")
    window.resize(1024, 700)
    table, header = roll.table, roll.table.horizontalHeader()
    qtbot.waitUntil(lambda: window.width() == 1024 and table.width() > 900)
    for column in range(header.count()):
        title = roll.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.sectionSizeHint(column), title  # not "Registere"
        if column not in STRETCHED:  # names and wards may be cut; numbers, dates and statuses never
            assert header.sectionSize(column) >= table.sizeHintForColumn(column), title
    assert header.length() <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()


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
    from ballotdesk.ui.roll.member_dialog import MemberDialog

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
    from ballotdesk.ui.desk.page import DeskPage

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


# -- the import preview -------------------------------------------------------------------------


AWKWARD = ["Member No;Forename;Surname;Branch;Post Code;Date Joined;Status;E-mail",
           "20001;Zoë;O'Brien;Elli;SA15 1AB;03/02/2015;Current;zoe@example.org",
           "20002;Siân;ap Rhys;Bigyn;SA15 2CD;14/06/2019;Current;sian@example.org",
           "20003;José;Núñez-García;Dafen;SA14 8EF;02/11/2009;Lapsed;",
           "20004;Renée;Lefèvre;Tyisha;SA15 3GH;30/04/2012;Current;renee.lefevre@example.co.uk",
           "20005;Björn;Ångström;Glanymor;SA15 4JK;12/01/2016;Current;bjorn@example.org",
           "20006;François;Müller;Hengoed;SA15 5LM;13/01/2016;Current;",
           "20007;Seán;Ó Súilleabháin;Llangennech;SA14 9NP;21/09/1998;Current;"
           "sean.o.suilleabhain.long.address@example.org",
           "20008;Chloë;Brontë;Lliedi;SA15 6QR;01/01/2020;Current;chloe@example.org",
           "20009;Ana;Peña;Bynea;SA15 7ST;05/05/2005;Current;ana@example.org"]


@pytest.fixture
def awkward(tmp_path) -> Path:
    """An eight-column Windows export with one very long e-mail address."""
    path = tmp_path / "awkward.csv"
    path.write_bytes(("\r\n".join(AWKWARD) + "\r\n").encode("cp1252"))
    return path


def test_the_preview_shows_the_rows_it_promises_and_every_column(qtbot, context, awkward, monkeypatch):
    from PySide6.QtCore import QRect

    from ballotdesk.ui.widgets import page_tools

    # A full-HD screen's work area (the offscreen test screen is only 800 pixels wide; dialogs fit the screen).
    monkeypatch.setattr(page_tools, "available_area", lambda _widget: QRect(0, 0, 1920, 1040))
    dialog = open_dialog(qtbot, context, awkward)
    assert dialog.size().toTuple() == (980, 700)
    preview = dialog.preview
    box = preview.parentWidget()
    assert box.title() == "Preview: the first 8 rows" and preview.rowCount() == 8
    shown = preview.viewport().rect()
    for row in range(8):
        for column in range(8):
            assert shown.contains(preview.visualItemRect(preview.item(row, column))), (row, column)
    header = preview.horizontalHeader()
    for column in range(8):  # each title, with the field it is mapped to, whole
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    assert not preview.horizontalScrollBar().isVisible()
    long_address = preview.item(6, 7)
    assert preview.columnWidth(7) < preview.sizeHintForColumn(7)  # cut to make room...
    assert long_address.toolTip() == "sean.o.suilleabhain.long.address@example.org"  # ...and whole in its tooltip

    dialog.set_field(7, "")  # a new title: the columns are shared out again
    assert preview.horizontalHeaderItem(7).text() == "E-mail\n(not imported)"
    assert header.sectionSize(7) >= header.sectionSizeHint(7)
    assert header.length() <= preview.viewport().width()


def test_a_wider_preview_gives_the_last_column_the_room(qtbot, context, awkward):
    dialog = open_dialog(qtbot, context, awkward)
    dialog.resize(1400, 700)
    preview, header = dialog.preview, dialog.preview.horizontalHeader()
    qtbot.waitUntil(lambda: preview.viewport().width() > 1200)
    assert preview.columnWidth(7) >= preview.sizeHintForColumn(7)  # the long address in full
    assert header.length() == preview.viewport().width()  # no empty strip at the right


def test_share_width():
    assert share_width([10, 20], [5, 5], 50) == [10, 40]  # the last column takes the rest
    assert share_width([50, 300, 60], [40, 40, 40], 200) == [50, 90, 60]  # the widest is cut first
    assert share_width([50, 300, 60], [40, 120, 40], 200) == [40, 120, 40]  # never below a floor...
    assert share_width([100, 100], [80, 80], 100) == [80, 80]  # ...so the table scrolls if it must,
    assert share_width([100, 30, 70], [80, 40, 40], 100) == [80, 40, 70]  # cutting nothing it need not
    assert share_width([5, 6], [10, 10], 100) == [10, 90]  # a title wider than its values
    assert share_width([], [], 100) == []


def test_with_a_large_font_the_roll_does_not_push_the_window_off_a_small_screen(qtbot, qapp, context):
    from PySide6.QtGui import QFont

    from ballotdesk.ui.actions import build_actions
    from ballotdesk.ui.dialogs import Dialogs

    normal = QFont(qapp.font())
    big = QFont(normal)
    big.setPointSizeF(12.0)
    qapp.setFont(big)
    try:
        page = RollPage(context)
        qtbot.addWidget(page)
        page.bind(build_actions(page), Dialogs(page))  # the window's actions, with their buttons
        assert page.minimumSizeHint().width() <= 1000  # the tip wraps rather than widen the window
        assert page.hint.accessibleDescription() == "Tip: drop a CSV export on this page to import it."
    finally:
        qapp.setFont(normal)


def test_a_new_members_join_date_starts_unknown_and_is_set_only_when_ticked(qtbot):
    from PySide6.QtCore import QDate

    from ballotdesk.ui.roll.member_dialog import MemberDialog

    dialog = MemberDialog(None, ["Current"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.has_join_date.isChecked() and not dialog.join_date.isEnabled()
    qtbot.keyClicks(dialog.number, "124")
    qtbot.keyClicks(dialog.last_name, "Owen")
    assert dialog.record().join_date is None  # not tonight's date, invented
    qtbot.mouseClick(dialog.has_join_date, Qt.MouseButton.LeftButton, pos=dialog.has_join_date.rect().center())
    assert dialog.join_date.isEnabled()
    dialog.join_date.setDate(QDate(2015, 3, 2))
    assert dialog.record().join_date == dt.date(2015, 3, 2)
