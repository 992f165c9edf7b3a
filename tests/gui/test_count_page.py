"""The count page, driven as tellers and the chair would: typing figures, Tab, Return, buttons."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from ballotdesk.domain.ballot import motion_spec
from ballotdesk.domain.count import CountFigures
from ballotdesk.services import ballots as B
from ballotdesk.services import counting
from ballotdesk.ui.count.dispute_dialog import DisputeDialog
from ballotdesk.ui.count.model import BoxStatesModel
from ballotdesk.ui.count.page import CountPage

# Qt's offscreen platform warns whenever a shown top-level widget's size constraints change;
# that says nothing about the page, so it is the one message these tests let through.

OVERFLOW = "Overflow (outside)"


pytestmark = pytest.mark.hall(10, main_hall=6)  # 10 voters; 6 papers in the Main hall, 4 outside; closed
PAGE = CountPage

@pytest.fixture
def ballot_id(service):
    (ballot,) = B.ballot_list(service)
    return ballot.id


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_figures(qtbot, page: CountPage, *values: str) -> None:
    """Type into the fields top to bottom, moving on with Tab as a teller does."""
    page.form.papers.setFocus()
    for field, value in zip(page.form.number_fields(), values, strict=True):
        assert QApplication.focusWidget() is field
        qtbot.keyClicks(field, value)
        qtbot.keyClick(field, Qt.Key.Key_Tab)


def as_teller(qtbot, page: CountPage, scripted, name: str) -> None:
    scripted.answers.append(name)
    click(qtbot, page.teller_button)
    assert page.context.teller == name


def enter(qtbot, page: CountPage, box: str, *values: str) -> str:
    page.select_box(box)
    type_figures(qtbot, page, *values)
    assert page.save_button.isEnabled(), page.form.check_text()
    qtbot.keyClick(page.save_button, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    return page.outcome.text()


def state_of(page: CountPage, box: str) -> str:
    model = page.states_model
    row = next(i for i, s in enumerate(model.rows()) if s.name == box)
    return model.index(row, 3).data()


def all_fields_empty(page: CountPage) -> bool:
    return all(not edit.text() for edit in page.findChildren(QLineEdit))


def test_checks_run_as_the_teller_types(qtbot, page, scripted):
    as_teller(qtbot, page, scripted, "Ann")
    assert page.box() == "Main hall"
    assert not page.save_button.isEnabled()
    type_figures(qtbot, page, "6", "4", "1", "0", "0")
    assert "The figures add up to 5 but 6 papers were found: 1 too few." in page.form.check_text()
    assert not page.save_button.isEnabled()

    page.form.abstain.clear()
    qtbot.keyClicks(page.form.abstain, "1x")
    assert "Abstentions and blank papers must be a whole number of 0 or more; '1x' is not." in page.form.check_text()
    assert not page.save_button.isEnabled()

    qtbot.keyClick(page.form.abstain, Qt.Key.Key_Backspace)
    assert page.form.check_text() == "✔ The figures add up: 4 + 1 + 1 + 0 = 6 papers found."
    assert page.save_button.isEnabled()
    assert page.account_labels["found"].text() == "6 (as typed)"
    assert page.account_message.text() == "Balanced: 6 issued, 6 found."


def test_keyboard_only_return_moves_on_and_saves_on_the_last_field(qtbot, page, service, ballot_id, scripted):
    as_teller(qtbot, page, scripted, "Ann")
    fields = page.form.fields()
    page.form.papers.setFocus()
    for field, value in zip(fields, ["6", "4", "1", "1", "0", "2 marked twice"], strict=True):
        assert QApplication.focusWidget() is field
        qtbot.keyClicks(field, value)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert page.outcome.text() == "Entry saved. Main hall now waits for a second teller's entry."
    entry = service.store.count_entries(ballot_id)[0]
    assert entry["teller"] == "Ann" and entry["rejected_reasons"] == "2 marked twice"
    assert all_fields_empty(page)
    # Tab after the last field reaches the Save button, and Space on it saves
    page.select_box(OVERFLOW)
    type_figures(qtbot, page, "4", "2", "2", "0", "0")
    assert QApplication.focusWidget() is page.form.last_field()
    qtbot.keyClick(page.form.last_field(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.save_button
    qtbot.keyClick(page.save_button, Qt.Key.Key_Space)
    assert page.outcome.text() == "Entry saved. Overflow (outside) now waits for a second teller's entry."


def test_the_teller_is_asked_once_per_sitting(qtbot, page, context, scripted):
    page.select_box("Main hall")
    type_figures(qtbot, page, "6", "4", "1", "1", "0")
    scripted.answers.append("Ann")
    click(qtbot, page.save_button)
    assert context.teller == "Ann"
    assert scripted.asked == ["Teller"]
    enter(qtbot, page, OVERFLOW, "4", "2", "2", "0", "0")
    assert scripted.asked == ["Teller"]
    assert "Ann" in page.teller_label.text()


def test_two_matching_entries_become_definitive_and_the_second_is_blind(qtbot, page, service, scripted):
    as_teller(qtbot, page, scripted, "Ann")
    assert enter(qtbot, page, "Main hall", "6", "4", "1", "1", "0") == \
        "Entry saved. Main hall now waits for a second teller's entry."
    assert state_of(page, "Main hall") == "Waiting for a second teller"
    assert all_fields_empty(page)

    # the same teller may not enter the second count
    page.select_box("Main hall")
    assert "a different teller must enter the second" in page.entry_note.text()
    assert not page.form.papers.isEnabled()

    as_teller(qtbot, page, scripted, "Bob")
    page.select_box("Main hall")
    assert all_fields_empty(page), "the second teller must never see the first entry"
    assert "entered blind" in page.entry_note.text()
    assert page.account_labels["found"].text() == "not yet counted"
    assert enter(qtbot, page, "Main hall", "6", "4", "1", "1", "0") == \
        "The entries match: the count of Main hall is definitive."
    assert state_of(page, "Main hall") == "Definitive"
    page.select_box("Main hall")
    assert page.account_message.text() == "Balanced: 6 issued, 6 found."
    assert not page.save_button.isEnabled()
    assert "is definitive" in page.entry_note.text()


def test_differing_entries_go_to_the_chair_who_orders_a_recount_or_accepts_one(qtbot, page, context, scripted, errors,
                                                                                 ballot_id, service):
    as_teller(qtbot, page, scripted, "Ann")
    enter(qtbot, page, OVERFLOW, "4", "3", "1", "0", "0")
    as_teller(qtbot, page, scripted, "Bob")
    outcome = enter(qtbot, page, OVERFLOW, "4", "2", "2", "0", "0")
    assert outcome == ("The two entries for Overflow (outside) differ (For, Against); "
                       "the chair must order a recount or accept one entry.")
    assert all_fields_empty(page)
    page.select_box(OVERFLOW)
    assert state_of(page, OVERFLOW) == "Entries differ (For, Against): chair to resolve"
    assert "differ</b> on: For, Against" in page.chair_note.text()
    assert page.resolve_button.isVisible() and page.resolve_button.isEnabled()
    assert not page.recount_button.isEnabled()  # differing entries are settled with both in view
    assert not page.save_button.isEnabled()

    seen: list[list[list[str]]] = []

    def decide(teller: str | None, reason: str) -> Callable[[QDialog], bool]:
        def drive(dialog: QDialog) -> bool:
            assert isinstance(dialog, DisputeDialog)
            model = dialog.model
            seen.append([[model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]]
                        + [[model.index(r, c).data() for c in range(model.columnCount())]
                           for r in range(model.rowCount())])
            assert not dialog.ok_button.isEnabled()  # nothing chosen, no reason
            dialog.choose(teller)
            assert not dialog.ok_button.isEnabled()  # the reason is required
            qtbot.keyClicks(dialog.reason_edit, reason)
            assert dialog.ok_button.isEnabled()
            click(qtbot, dialog.ok_button)
            return dialog.result() == QDialog.DialogCode.Accepted
        return drive

    # recount, decided with both entries in view: they are set aside and the box waits for a first entry again
    scripted.on_dialog = decide(None, "bundles mixed up")
    with qtbot.waitSignal(context.changed) as signal:
        click(qtbot, page.resolve_button)
    assert signal.args == ["count.recount"]
    assert seen[0] == [["Figure", "Entry by Ann", "Entry by Bob", "Differs"],
                       ["papers found", "4", "4", ""], ["For", "3", "2", "≠ differs"],
                       ["Against", "1", "2", "≠ differs"], ["abstentions and blank papers", "0", "0", ""],
                       ["rejected papers", "0", "0", ""]]
    assert state_of(page, OVERFLOW) == "Waiting for the first entry"

    as_teller(qtbot, page, scripted, "Ann")
    enter(qtbot, page, OVERFLOW, "4", "3", "1", "0", "0")
    as_teller(qtbot, page, scripted, "Bob")
    enter(qtbot, page, OVERFLOW, "4", "2", "2", "0", "0")
    page.select_box(OVERFLOW)
    scripted.on_dialog = decide("Bob", "recounted the bundle in front of both tellers")
    click(qtbot, page.resolve_button)
    assert state_of(page, OVERFLOW) == "Definitive"
    assert errors == []
    (state,) = [s for s in counting.box_states(service, ballot_id) if s.name == OVERFLOW]
    assert state.figures == CountFigures(4, (2, 2), 0, 0)
    assert state.how.startswith("entry by Bob accepted by the chair")


def test_a_short_box_is_explained_by_the_chair(qtbot, page, service, scripted):
    as_teller(qtbot, page, scripted, "Ann")
    enter(qtbot, page, OVERFLOW, "3", "2", "1", "0", "0")
    as_teller(qtbot, page, scripted, "Bob")
    enter(qtbot, page, OVERFLOW, "3", "2", "1", "0", "0")
    page.select_box(OVERFLOW)
    assert state_of(page, OVERFLOW) == "Definitive; shortfall to be explained by the chair"
    assert "1 paper not returned" in page.account_message.text()
    assert page.explain_button.isEnabled()
    scripted.answers.append("one member left with their paper")
    click(qtbot, page.explain_button)
    assert state_of(page, OVERFLOW) == "Definitive"
    assert "Explained: one member left with their paper" in page.account_message.text()


def test_an_open_ballot_cannot_be_counted_yet(qtbot, page, service, context):
    ballot_id = B.create_ballot(service, motion_spec("Motion 2"))
    B.open_ballot(service, ballot_id)
    context.notify("ballot.open")
    page.picker.select(ballot_id)
    assert "still open" in page.entry_note.text()
    assert not page.form.papers.isEnabled()


def test_box_states_model_passes_the_model_tester(qtmodeltester, service, ballot_id):
    counting.enter_count(service, ballot_id, "Main hall", "Ann", CountFigures(6, (4, 1), 1, 0))
    model = BoxStatesModel()
    model.set_rows(counting.box_states(service, ballot_id))
    qtmodeltester.check(model)
    assert model.index(0, 3).data() == "Waiting for a second teller"
    assert model.index(1, 3).data() == "Waiting for the first entry"
