"""New ballot and Open ballot, as a chair types: Enter adds a candidate, opening shows what it fixes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ballotdesk.domain.ballot import BallotSpec, Base, Kind, Rule, fixed_terms, opening_summary
from ballotdesk.services import ballots as B
from ballotdesk.ui.ballots.ballot_dialog import BallotDialog
from ballotdesk.ui.ballots.page import BallotsPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_enter_in_the_candidates_field_adds_and_never_saves(qtbot):
    dialog = BallotDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.keyClicks(dialog.title_edit, "Election of treasurer")
    dialog.election_radio.click()
    dialog.candidate_edit.setFocus()
    for name in ("Ann Smith", "Bob Jones", "Cara Patel"):
        qtbot.keyClicks(dialog.candidate_edit, name)
        qtbot.keyClick(dialog.candidate_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.candidate_edit, "Dev Brown")
    qtbot.keyClick(dialog.candidate_edit, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected  # never accepted
    assert dialog.candidate_names() == ["Ann Smith", "Bob Jones", "Cara Patel", "Dev Brown"]
    assert dialog.candidate_edit.text() == ""


def test_fixed_terms_name_kind_options_seats_rule_and_base():
    spec = BallotSpec(title="Committee", question="", kind=Kind.ELECTION, options=("Ann", "Bob", "Cy"), seats=2,
                      abstain=False, rule=Rule.ABSOLUTE, base=Base.PAPERS)
    assert fixed_terms(spec) == [
        ("Kind", "election"),
        ("Candidates", "1. Ann; 2. Bob; 3. Cy"),
        ("Seats", "2"),
        ("Abstention box", "no"),
        ("Majority rule", "absolute majority (more than half)"),
        ("Measured against", "all papers found in the boxes"),
    ]


def test_opening_asks_the_chair_to_confirm_what_will_be_fixed(qtbot, window, service, context, scripted):
    spec = BallotSpec(title="Election of treasurer", question="", kind=Kind.ELECTION,
                      options=("Ann Smith", "Bob Jones"), seats=1, rule=Rule.TWO_THIRDS)
    ballot_id = B.create_ballot(service, spec)
    window.show_page(BallotsPage)
    page = window.page(BallotsPage)
    context.notify("ballot.create")
    page.select_ballot(ballot_id)
    questions: list[str] = []
    window.dialogs.confirm = lambda title, message: questions.append(message) or False
    page.open_button.click()
    (question,) = questions
    assert opening_summary(spec) in question
    for words in ("Kind: election", "Candidates: 1. Ann Smith; 2. Bob Jones", "Seats: 1",
                  "Majority rule: two-thirds majority", "Measured against: votes cast for options"):
        assert words in question
    assert service.store.ballot(ballot_id)["status"] == "draft"  # the chair said no
