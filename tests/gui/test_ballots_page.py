"""The ballots page, driven as the chair and secretary would: dialogs typed into, buttons clicked."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from ballotdesk.domain.ballot import Status, motion_spec
from ballotdesk.services import ballots as B
from ballotdesk.services import papers as paper_service
from ballotdesk.ui.ballots.ballot_dialog import BallotDialog
from ballotdesk.ui.ballots.issue_dialog import IssueDialog
from ballotdesk.ui.ballots.model import BallotRow, BallotsModel, BoxesModel, BoxRow, PaperRow, PapersModel
from ballotdesk.ui.ballots.page import BallotsPage

# Qt's offscreen platform warns whenever a shown top-level widget's size constraints change;
# that says nothing about the page, so it is the one message these tests let through.

NAMES = ["Ann Smith", "Bob Jones", "Cara Patel", "Dev Brown", "Eve Okafor", "Finn Nowak"]
pytestmark = pytest.mark.hall(names=tuple(NAMES), lapsed="Lena Lapsed", overflow=False, title="St Mary's AGM")
PAGE = BallotsPage


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def save(qtbot, dialog: BallotDialog) -> bool:
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    return dialog.result() == QDialog.DialogCode.Accepted


def test_create_a_motion_through_the_dialog(qtbot, page, service, scripted):
    def fill(dialog: BallotDialog) -> bool:
        assert dialog.motion_radio.isChecked()
        qtbot.keyClicks(dialog.title_edit, "Motion 1: new roof")
        qtbot.keyClicks(dialog.question_edit, "That we spend £48,000 on the roof.")
        return save(qtbot, dialog)

    scripted.on_dialog = fill
    with qtbot.waitSignal(page.context.changed) as signal:
        click(qtbot, page.new_button)
    assert signal.args == ["ballot.create"]
    (row,) = service.store.ballots()
    assert (row["title"], row["kind"], json.loads(row["options"]), row["rule"]) == \
        ("Motion 1: new roof", "motion", ["For", "Against"], "absolute")
    assert page.ballots_model.rows()[0].status is Status.DRAFT
    assert page.selected_ballot().id == row["id"]


def test_create_an_election_with_candidates_in_order(qtbot, page, service, scripted):
    def fill(dialog: BallotDialog) -> bool:
        qtbot.keyClicks(dialog.title_edit, "Election of churchwarden")
        click(qtbot, dialog.election_radio)
        for name in ("Alice Grey", "Ben Hart", "Chris Ode", "Dora Fay"):
            qtbot.keyClicks(dialog.candidate_edit, name)
            qtbot.keyClick(dialog.candidate_edit, Qt.Key.Key_Return)
        dialog.candidates.setCurrentRow(2)  # Chris Ode
        click(qtbot, dialog.up_button)
        dialog.candidates.setCurrentRow(3)  # Dora Fay
        click(qtbot, dialog.remove_button)
        dialog.seats_spin.setValue(1)
        assert dialog.rule_combo.currentData() == "plurality"
        dialog.abstain_check.setChecked(False)
        return save(qtbot, dialog)

    scripted.on_dialog = fill
    click(qtbot, page.new_button)
    (row,) = service.store.ballots()
    assert json.loads(row["options"]) == ["Alice Grey", "Chris Ode", "Ben Hart"]
    assert (row["kind"], row["seats"], row["abstain"], row["rule"]) == ("election", 1, 0, "plurality")


def test_the_dialog_says_what_is_wrong_and_stays_open(qtbot, page, service, scripted):
    outcome = {}

    def fill(dialog: BallotDialog) -> bool:
        qtbot.keyClicks(dialog.title_edit, "Treasurer")
        click(qtbot, dialog.election_radio)
        qtbot.keyClicks(dialog.candidate_edit, "Only One")
        click(qtbot, dialog.add_button)
        outcome["accepted"] = save(qtbot, dialog)
        outcome["error"] = dialog.error_label.text()
        return outcome["accepted"]

    scripted.on_dialog = fill
    click(qtbot, page.new_button)
    assert outcome["accepted"] is False
    assert "every candidate would be elected without a contest" in outcome["error"]
    assert service.store.ballots() == []


def test_edit_a_draft_and_see_why_an_open_ballot_is_read_only(qtbot, page, service, context, scripted):
    ballot_id = B.create_ballot(service, motion_spec("Motion 1"))
    context.notify("ballot.create")
    page.select_ballot(ballot_id)

    def rename(dialog: BallotDialog) -> bool:
        dialog.title_edit.clear()
        qtbot.keyClicks(dialog.title_edit, "Motion 1 (amended wording)")
        return save(qtbot, dialog)

    scripted.on_dialog = rename
    click(qtbot, page.edit_button)
    assert service.store.ballot(ballot_id)["title"] == "Motion 1 (amended wording)"

    B.open_ballot(service, ballot_id)
    context.notify("ballot.open")
    seen = {}

    def look(dialog: BallotDialog) -> bool:
        seen.update(read_only=dialog.read_only, banner=dialog.banner.text(),
                    visible=not dialog.banner.isHidden(), title_ro=dialog.title_edit.isReadOnly())
        return True

    scripted.on_dialog = look
    assert page.edit_button.text() == "&View…"
    click(qtbot, page.edit_button)
    assert seen["read_only"] and seen["visible"] and seen["title_ro"]
    assert "can change only while it is a draft" in seen["banner"]


def test_open_and_close_ask_first(qtbot, page, service, context, scripted, errors):
    ballot_id = B.create_ballot(service, motion_spec("Motion 1"))
    context.notify("ballot.create")
    page.select_ballot(ballot_id)
    assert page.open_button.isEnabled() and not page.close_button.isEnabled()

    scripted.answers.append(False)
    click(qtbot, page.open_button)
    assert service.store.ballot(ballot_id)["status"] == "draft"

    scripted.answers.append(True)
    with qtbot.waitSignal(context.changed) as signal:
        click(qtbot, page.open_button)
    assert signal.args == ["ballot.open"]
    assert service.store.ballot(ballot_id)["status"] == "open"
    assert not page.open_button.isEnabled() and page.close_button.isEnabled()

    scripted.answers.append(True)
    click(qtbot, page.close_button)
    assert service.store.ballot(ballot_id)["status"] == "closed"
    assert page.ballots_model.rows()[0].status is Status.CLOSED
    assert errors == []


def test_add_a_box_and_issue_at_the_desk(qtbot, page, service, context, scripted, errors):
    ballot_id = B.create_ballot(service, motion_spec("Motion 1"))
    B.open_ballot(service, ballot_id)
    context.notify("ballot.open")
    page.select_ballot(ballot_id)

    scripted.answers.append("Overflow (outside)")
    click(qtbot, page.add_box_button)
    assert [b.name for b in page.boxes_model.rows()] == ["Main hall", "Overflow (outside)"]

    scripted.answers.append("Overflow (outside)")  # a second box of the same name is refused in words
    click(qtbot, page.add_box_button)
    assert errors == [("Not done", "There is already a box called 'Overflow (outside)'.")]

    page.desk_box.setCurrentText("Overflow (outside)")
    with qtbot.waitSignal(context.changed) as signal:
        page.desk_check.click()
    assert signal.args == ["ballot.desk_issue"]
    row = service.store.ballot(ballot_id)
    assert row["desk_issue"] == 1
    assert row["desk_box_id"] == service.store.box_by_name("Overflow (outside)")["id"]
    assert page.boxes_model.rows()[1].desk


def test_issue_from_the_attendance_list_lists_refusals(qtbot, page, service, context, scripted):
    ballot_id = B.create_ballot(service, motion_spec("Motion 1"))
    B.open_ballot(service, ballot_id)
    B.add_box(service, "Overflow (outside)")
    context.notify("ballot.open")
    page.select_ballot(ballot_id)
    bob = next(a for a in service.attendees() if a.name == "Bob Jones")
    listed = {}

    def pick(dialog: IssueDialog) -> bool:
        listed["names"] = [dialog.list.item(i).text().split("  —")[0] for i in range(dialog.list.count())]
        qtbot.keyClicks(dialog.filter_edit, "a")  # the filter narrows the list as one types
        listed["shown"] = [dialog.list.item(i).text().split("  —")[0] for i in range(dialog.list.count())
                           if not dialog.list.item(i).isHidden()]
        dialog.filter_edit.clear()
        dialog.select_names(["Ann Smith", "Bob Jones", "Cara Patel"])
        dialog.box_combo.setCurrentText("Overflow (outside)")
        paper_service.issue_paper(service, ballot_id, bob.id, "Main hall")  # the desk issues Bob's paper meanwhile
        click(qtbot, dialog.issue_button)
        return dialog.result() == QDialog.DialogCode.Accepted

    scripted.on_dialog = pick
    click(qtbot, page.issue_button)
    assert "Lena Lapsed" not in listed["names"]  # may not vote, so not offered
    assert sorted(listed["names"]) == sorted(NAMES)
    assert "Bob Jones" not in listed["shown"]
    ((title, report),) = scripted.infos
    assert title == "BallotDesk"
    assert report.startswith("2 papers issued into Overflow (outside).")
    assert "• Bob Jones: Bob Jones already holds a paper for this ballot in Main hall" in report
    boxes = {b.name: b.issued for b in page.boxes_model.rows()}
    assert boxes == {"Main hall": 1, "Overflow (outside)": 2}
    assert page.ballots_model.rows()[0].issued == 3
    assert len(page.papers_model.rows()) == 3


def test_spoil_and_withdraw_a_selected_attendee(qtbot, page, service, context, scripted, errors):
    ballot_id = B.create_ballot(service, motion_spec("Motion 1"))
    B.open_ballot(service, ballot_id)
    people = service.attendees()
    paper_service.issue_paper(service, ballot_id, people[0].id)
    paper_service.issue_paper(service, ballot_id, people[1].id)
    context.notify("paper.issue")
    page.select_ballot(ballot_id)

    assert not page.spoil_button.isEnabled()
    qtbot.keyClicks(page.papers_filter, "Bob")
    assert page.papers_view.model().rowCount() == 1
    page.papers_view.selectRow(0)
    assert page.spoil_button.isEnabled()
    scripted.answers.append("A0042")
    with qtbot.waitSignal(context.changed) as signal:
        click(qtbot, page.spoil_button)
    assert signal.args == ["paper.spoil"]
    papers = service.store.papers(ballot_id, people[1].id)
    assert [(p["state"], p["serial"]) for p in papers] == [("spoilt", ""), ("live", "A0042")]
    assert page.boxes_model.rows()[0].spoilt == 1

    page.papers_filter.clear()
    page.papers_view.selectRow(0)  # Ann
    scripted.answers.append("   ")  # an empty reason is refused in words
    click(qtbot, page.withdraw_button)
    assert errors == [("Not done", "Say why the paper is withdrawn.")]
    scripted.answers.append("issued to the wrong person")
    click(qtbot, page.withdraw_button)
    assert service.store.live_paper(ballot_id, people[0].id) is None
    assert page.boxes_model.rows()[0].withdrawn == 1
    assert "withdrawn: issued to the wrong person" in page.message.text()


def test_figures_follow_the_desk_live(qtbot, page, service, context):
    ballot_id = B.create_ballot(service, motion_spec("Motion 1"))
    B.open_ballot(service, ballot_id)
    context.notify("ballot.open")
    paper_service.issue_paper(service, ballot_id, service.attendees()[0].id)
    context.notify("paper.issue")  # e.g. from the desk page
    assert page.boxes_model.rows()[0].issued == 1
    assert page.ballots_model.rows()[0].issued == 1


def test_every_interactive_widget_has_an_accessible_name(page):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox

    for kind in (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView):
        for widget in page.findChildren(kind):
            if widget.parent() is not None and type(widget.parent()).__name__ in ("QComboBox", "QTableView", "QLineEdit"):
                continue
            if type(widget).__name__ in ("QListView", "QHeaderView") or widget.objectName().startswith("qt_"):
                continue
            assert widget.accessibleName(), f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()}"


def test_models_pass_the_model_tester(qtmodeltester):
    ballots = BallotsModel()
    ballots.set_rows([BallotRow(1, "Motion 1", "motion", Status.OPEN, 1, 370),
                      BallotRow(2, "Election", "election", Status.DRAFT, 2, 0)])
    qtmodeltester.check(ballots)
    boxes = BoxesModel()
    boxes.set_rows([BoxRow(1, "Main hall", 270, 1, 0, True), BoxRow(2, "Overflow (outside)", 100, 0, 1)])
    qtmodeltester.check(boxes)
    papers = PapersModel()
    papers.set_rows([PaperRow(3, "Ann Smith", "M1", "Main hall", "A1", "2025-05-01T19:02:00+00:00")])
    qtmodeltester.check(papers)
    assert papers.index(0, 4).data() == "19:02"
    assert ballots.index(0, 2).data() == "open (voting in progress)"


def test_opening_while_inquorate_asks_the_chair_why(qtbot, page, service, context, scripted, errors):
    service.update_details({"quorum": "10"})  # six present and entitled to vote
    ballot_id = B.create_ballot(service, motion_spec("Motion 1"))
    context.notify("ballot.create")
    page.select_ballot(ballot_id)
    scripted.answers.extend([True, None])  # confirmed, then cancelled at the quorum question
    click(qtbot, page.open_button)
    assert scripted.asked[-1] == "Meeting not quorate"
    assert service.store.ballot(ballot_id)["status"] == "draft" and errors == []
    scripted.answers.extend([True, "the chair rules the quorum applies at the start"])
    click(qtbot, page.open_button)
    assert service.store.ballot(ballot_id)["status"] == "open"
    opened = json.loads(next(e for e in service.store.events() if e["action"] == "ballot.open")["details"])
    assert opened["quorum"] == {"rule": "10", "needed": 10, "present": 6, "quorate": False,
                                "override": "the chair rules the quorum applies at the start"}
