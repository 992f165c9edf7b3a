"""A preferential ballot at the keyboard: two batches keyed twice with one mismatch, settled, counted, declared, printed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ballotdesk.domain.ballot import BallotSpec, Kind
from ballotdesk.domain.roll_csv import MemberRecord
from ballotdesk.services import ballots as B
from ballotdesk.services import papers as paper_service
from ballotdesk.services import ranked as R
from ballotdesk.services import results
from ballotdesk.services.meeting import MeetingService
from ballotdesk.services.roles import set_pin
from ballotdesk.ui.ballots.ballot_dialog import BallotDialog
from ballotdesk.ui.ballots.page import BallotsPage
from ballotdesk.ui.ballots.ranked_entry import RankedEntryDialog, SettleDialog
from ballotdesk.ui.documents.print_preview import PrintPreviewDialog
from ballotdesk.ui.result.page import ResultPage
from ballotdesk.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PIN = "246802"
BATCH_1 = ["1 2 3 -", "2 1 - 3", "1 3 2 -", "- 1 2 3"]
BATCH_2 = ["3 2 1 -", "1 - - 2", "2 1 3 4"]


@pytest.fixture
def meeting_path(tmp_path: Path) -> Path:
    svc = MeetingService.create(tmp_path / "synod", title="Synod", date=dt.date(2026, 12, 7), venue="Hall",
                                organisation="Diocese", voting_statuses=["Full"])
    for i in range(7):
        svc.save_member(MemberRecord(f"S{i}", f"First{i}", f"Last{i}", "", "", None, "Full", ""))
        svc.register(f"S{i}")
    set_pin(svc, PIN, current_pin=None)
    path = svc.path
    svc.close()
    return path


def key_batch(qtbot, dialog: RankedEntryDialog, teller: str, papers: list[str], last: bool = False) -> str:
    """Type a batch as a teller does: name, hand count, each paper then Enter, Ctrl+Enter to save."""
    dialog.teller_edit.clear()
    qtbot.keyClicks(dialog.teller_edit, teller)
    qtbot.keyClick(dialog.teller_edit, Qt.Key.Key_Return)
    dialog.counted_edit.setText(str(len(papers)))
    dialog.last_check.setChecked(last)
    for text in papers:
        qtbot.keyClicks(dialog.paper_edit, text)
        qtbot.keyClick(dialog.paper_edit, Qt.Key.Key_Return)
    assert dialog.model.papers == papers
    qtbot.keyClick(dialog.paper_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return dialog.message.text()


def test_two_batches_keyed_twice_settled_counted_declared_and_printed(qtbot, window: MainWindow, scripted,
                                                                      tmp_path: Path) -> None:
    window.show_page(BallotsPage)
    page = window.page(BallotsPage)

    def set_up(dialog: QDialog) -> bool:
        assert isinstance(dialog, BallotDialog)
        qtbot.keyClicks(dialog.title_edit, "Standing committee")
        dialog.election_radio.setChecked(True)
        for name in ("Ann Evans", "Bryn Hughes", "Cerys Jones", "Dai Price"):
            qtbot.keyClicks(dialog.candidate_edit, name)
            qtbot.keyClick(dialog.candidate_edit, Qt.Key.Key_Return)
        dialog.seats_spin.setValue(2)
        dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("stv:scottish"))
        assert "Single transferable vote" in dialog.method_note.text() and "SSI 2007/42" in dialog.method_note.text()
        assert not dialog.rule_combo.isVisible()
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    scripted.on_dialog = set_up
    page.new_ballot()
    svc = window.context.service
    assert svc is not None
    ballot_id = B.ballot_list(svc)[-1].id
    assert R.ranked_ballot(svc, ballot_id).rules == "scottish"
    B.open_ballot(svc, ballot_id)
    for person in svc.attendees():
        paper_service.issue_paper(svc, ballot_id, person.id)
    B.close_ballot(svc, ballot_id)
    window.context.notify("ballot.closed")
    page.select_ballot(ballot_id)
    assert page.key_papers_button.isVisible() and page.key_papers_button.isEnabled()

    messages: list[str] = []

    def key_all(dialog: QDialog) -> bool:
        assert isinstance(dialog, RankedEntryDialog)
        assert dialog.paper_label.text() == "Paper 1:"
        qtbot.keyClicks(dialog.paper_edit, "1 2")
        qtbot.keyClick(dialog.paper_edit, Qt.Key.Key_Return)
        assert "2 marks for 4 candidates" in dialog.problem.text() and dialog.model.papers == []
        dialog.paper_edit.clear()
        messages.append(key_batch(qtbot, dialog, "Ann", BATCH_1))
        assert dialog.paper_label.text() == "Paper 5:"  # the running number goes on into batch 2
        messages.append(key_batch(qtbot, dialog, "Ann", BATCH_2, last=True))
        wrong = [BATCH_1[0], "2 1 3 -", *BATCH_1[2:]]  # paper 2 keyed with a 3 that is not on it
        messages.append(key_batch(qtbot, dialog, "Bob", wrong))
        messages.append(key_batch(qtbot, dialog, "Bob", BATCH_2, last=True))
        dialog.accept()
        return True

    scripted.on_dialog = key_all
    page.key_papers()
    assert "waits for a second teller" in messages[0]
    assert "do not agree (paper 2 differs)" in messages[2]
    assert "batch 2 of Main hall is definitive" in messages[3]
    assert page.settle_button.isEnabled()

    def settle(dialog: QDialog) -> bool:
        assert isinstance(dialog, SettleDialog)
        assert dialog.table.item(0, 1).text() == "2 1 - 3" and dialog.table.item(0, 2).text() == "2 1 3 -"
        dialog.set_reading(2, "2 1 - 3")
        qtbot.keyClicks(dialog.reason_edit, "paper 2 read by the chair with both tellers")
        return True

    scripted.on_dialog = settle
    scripted.answers.append(PIN)
    page.settle_batches()
    assert B.ballot_row(svc, ballot_id)["status"] == "counted"
    assert R.definitive_papers(svc, ballot_id) == [*BATCH_1, *BATCH_2]

    window.show_page(ResultPage)
    result = window.page(ResultPage)
    result.select_ballot(ballot_id)
    doc = results.result_json(svc, ballot_id)
    assert result.stages.isVisible() and result.stages.model.rowCount() == 4 + 2
    assert result.stages.model.columnCount() == len(doc["stages"])
    assert f"Quota: <b>{doc['quota']}</b>" in result.stages.about.text()
    assert result.outcome_text() == doc["outcome"]
    assert "Counted by: Scottish STV (SSI 2007/42)" in result.question.text() and "plurality" not in \
        result.question.text()

    scripted.answers.extend(["Canon Mary Jones", PIN])
    result.declare_result()
    assert B.ballot_row(svc, ballot_id)["status"] == "declared"

    seen: list[bytes] = []

    def preview(dialog: QDialog) -> bool:
        assert isinstance(dialog, PrintPreviewDialog)
        qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20000)
        assert dialog.pdf is not None
        seen.append(dialog.pdf)
        return True

    scripted.on_dialog = preview
    result.result_sheet()
    out = tmp_path / "sheet.pdf"
    out.write_bytes(seen[0])
    pdf = pdfium.PdfDocument(str(out))
    try:
        text = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()
    text = " ".join(text.split())
    assert "The count, stage by stage" in text and f"Quota: {doc['quota']}" in text
    assert "Elected, in order: 1. " + doc["elected"][0] in text


def test_each_enter_inserts_one_row_and_nothing_else(qtbot, window: MainWindow, scripted) -> None:
    svc = window.context.service
    assert svc is not None
    spec = BallotSpec(title="Chair", question="", kind=Kind.ELECTION, options=("Ann", "Bob", "Cai"))
    ballot_id = R.create_ballot(svc, spec, "irv")
    B.open_ballot(svc, ballot_id)
    paper_service.issue_paper(svc, ballot_id, svc.attendees()[0].id)
    B.close_ballot(svc, ballot_id)
    dialog = RankedEntryDialog(window, svc, ballot_id, window.dialogs.attempt, window.context.notify)
    qtbot.addWidget(dialog)
    events: list[str] = []
    dialog.model.rowsInserted.connect(lambda _p, first, last: events.append(f"insert {first}-{last}"))
    dialog.model.modelReset.connect(lambda: events.append("reset"))
    dialog.model.dataChanged.connect(lambda *_: events.append("changed"))
    dialog.model.layoutChanged.connect(lambda *_: events.append("layout"))
    for text in ("1 2 3", "213", "- 1 2"):
        qtbot.keyClicks(dialog.paper_edit, text)
        qtbot.keyClick(dialog.paper_edit, Qt.Key.Key_Return)
    assert events == ["insert 0-0", "insert 1-1", "insert 2-2"]
    assert dialog.model.papers == ["1 2 3", "2 1 3", "- 1 2"] and dialog.paper_label.text() == "Paper 4:"
    qtbot.keyClick(dialog.paper_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.paper_edit.text() == "- 1 2" and dialog.model.papers == ["1 2 3", "2 1 3"]


def test_the_projector_steps_through_the_stages_once_declared(qtbot, window: MainWindow) -> None:
    from ballotdesk.services.display import Mode
    from ballotdesk.ui.projector.display import ProjectorWindow

    svc = window.context.service
    assert svc is not None
    spec = BallotSpec(title="Chair", question="", kind=Kind.ELECTION, options=("Ann", "Bob", "Cai"))
    ballot_id = R.create_ballot(svc, spec, "irv")
    B.open_ballot(svc, ballot_id)
    for person in svc.attendees()[:5]:
        paper_service.issue_paper(svc, ballot_id, person.id)
    B.close_ballot(svc, ballot_id)
    papers = ["1 2 3", "1 3 2", "2 1 3", "3 2 1", "2 3 1"]  # Ann 2, Bob 1, Cai 2: Bob out, then Ann 3
    for teller in ("Ann", "Bob"):
        R.enter_batch(svc, ballot_id, None, teller, 1, papers, last=True)
    projector = ProjectorWindow(window.context)
    qtbot.addWidget(projector)
    projector.set_mode(Mode.STAGES, ballot_id)
    assert projector.body.text() == "The result has not been declared yet."
    results.declare(svc, ballot_id, "Chair", pin=PIN)
    window.context.notify("ballot.declare")
    lines = projector.body.text().splitlines()
    assert lines == ["Stage 1 of 2", "Stage 1: first preferences", "Quota: 3", "Ann: 2", "Bob: 1", "Cai: 2"]
    qtbot.keyClick(projector, Qt.Key.Key_Right)
    lines = projector.body.text().splitlines()
    assert lines[1] == "Stage 2: exclusion of Bob; elected Ann"
    assert lines[3:] == ["Ann: 3 (elected)", "Bob: 0 (excluded)", "Cai: 2", "Elected, in order: Ann"]
    qtbot.keyClick(projector, Qt.Key.Key_Right)  # past the last stage: it stays there
    assert projector.body.text().splitlines()[0] == "Stage 2 of 2"
    qtbot.keyClick(projector, Qt.Key.Key_Left)
    assert projector.body.text().splitlines()[0] == "Stage 1 of 2"


def test_the_chair_draws_the_lot_the_count_needs_from_the_result_page(qtbot, window: MainWindow, scripted) -> None:
    svc = window.context.service
    assert svc is not None
    spec = BallotSpec(title="Chair", question="", kind=Kind.ELECTION, options=("Ann", "Bob", "Cai"))
    ballot_id = R.create_ballot(svc, spec, "irv")
    B.open_ballot(svc, ballot_id)
    for person in svc.attendees()[:4]:
        paper_service.issue_paper(svc, ballot_id, person.id)
    B.close_ballot(svc, ballot_id)
    papers = ["1 2 3", "2 1 3", "- 2 1", "- - 1"]  # Ann 1, Bob 1, Cai 2: a lot excludes Ann or Bob
    for teller in ("Ann", "Bob"):
        R.enter_batch(svc, ballot_id, None, teller, 1, papers, last=True)
    window.show_page(ResultPage)
    result = window.page(ResultPage)
    result.select_ballot(ballot_id)
    assert result.lot_group.isVisible() and result.physical_button.isEnabled()
    assert "a lot decides which to exclude" in result.stages.about.text()
    questions: list[tuple[str, list[str]]] = []
    window.dialogs.choose = lambda title, label, items: questions.append((label, list(items))) or "Bob"
    scripted.answers.extend(["names from a hat, drawn by the secretary", PIN])
    result.record_physical()
    assert questions == [("stage 2: Ann, Bob are equal at every stage; a lot decides which to exclude. Whom did the "
                          "draw fall on?", ["Ann", "Bob"])]
    doc = results.result_json(svc, ballot_id)
    assert doc["count_lots"][0]["chosen"] == "Bob" and doc["elected"] == ["Cai"]
    assert "it fell on Bob (names from a hat, drawn by the secretary)" in result.stages.after.text()
    assert not result.lot_group.isVisible()
