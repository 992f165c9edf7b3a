"""The result page: combined figures, lots, rounds, declaration and amendment, clicked through."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from ballotdesk.domain.ballot import BallotSpec, Kind, Rule, motion_spec
from ballotdesk.domain.count import CountFigures
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, papers, results
from ballotdesk.services.meeting import MeetingService
from ballotdesk.ui.result.amend_dialog import AmendDialog
from ballotdesk.ui.result.model import ResultModel, ResultRow, RoundRow, RoundsModel
from ballotdesk.ui.result.page import ResultPage
from ballotdesk.ui.widgets.result_bars import ResultBars

# Qt's offscreen platform warns whenever a shown top-level widget's size constraints change;
# that says nothing about the page, so it is the one message these tests let through.

OVERFLOW = "Overflow (outside)"


pytestmark = pytest.mark.hall(20, four_eyes=False)  # single entry per box (four eyes: the count page)

def run_ballot(svc: MeetingService, spec: BallotSpec, counts: dict[str, CountFigures] | None) -> int:
    """Open, issue every box's papers, close and (when ``counts``) count a ballot."""
    ballot_id = B.create_ballot(svc, spec)
    B.open_ballot(svc, ballot_id)
    people = iter(svc.attendees())
    issue = counts or {"Main hall": CountFigures(4, (), 0, 0)}
    for box, figures in issue.items():
        for _ in range(figures.papers):
            papers.issue_paper(svc, ballot_id, next(people).id, box)
    B.close_ballot(svc, ballot_id)
    for box, figures in (counts or {}).items():
        counting.enter_count(svc, ballot_id, box, "Ann", figures)
    return ballot_id


@pytest.fixture
def make_page(window, scripted):
    """The window's result page showing a ballot made through the services; ``scripted`` answers its questions."""
    def make(ballot_id: int) -> ResultPage:
        window.context.notify("ballot.create")  # the ballot was made behind the pages' backs
        window.show_page(ResultPage)
        page = window.page(ResultPage)
        assert page.dialogs is window.dialogs
        page.select_ballot(ballot_id)
        return page
    return make


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def cells(page: ResultPage) -> list[list[str]]:
    model = page.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_combined_result_and_declaration(qtbot, service, context, make_page, scripted):
    ballot_id = run_ballot(service, motion_spec("Motion 1"), {
        "Main hall": CountFigures(11, (7, 3), 1, 0), OVERFLOW: CountFigures(5, (3, 1), 0, 1)})
    page = make_page(ballot_id)
    # Until the chair declares, the page says what the count would decide, under a PROVISIONAL mark.
    assert page.outcome_text() == ("The motion would be carried by the required absolute majority "
                                   "(10 of 14 votes cast; 8 necessary).")
    assert not page.provisional_badge.isHidden() and page.provisional_badge.text() == "PROVISIONAL"
    assert page.outcome.font().pointSizeF() > page.font().pointSizeF() * 1.5
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == ["Option", "Main hall", OVERFLOW, "Total", "% of base"]
    assert cells(page) == [
        ["For  ✔", "7", "3", "10", "71.4%"],
        ["Against", "3", "1", "4", "28.6%"],
        ["Abstentions and blank papers", "1", "0", "1", ""],
        ["Rejected papers", "0", "1", "1", ""],
    ]
    summary = page.summary.text()
    for words in ("Papers found: <b>16</b>", "Votes cast: <b>14</b>", "Number necessary: <b>8</b>"):
        assert words in summary
    assert page.bars.rows() == [("For", 10, 71.4), ("Against", 4, 28.6)]
    assert page.bars.marker() == 8

    scripted.answers.append("Revd J. Price")
    with qtbot.waitSignal(context.changed) as signal:
        click(qtbot, page.declare_button)
    assert signal.args == ["ballot.declare"]
    assert service.store.ballot(ballot_id)["status"] == "declared"
    assert "Version 1: declared at" in page.versions.text() and "by Revd J. Price" in page.versions.text()
    assert not page.declare_button.isEnabled() and page.amend_button.isEnabled()
    assert page.amended_badge.isHidden()
    assert page.provisional_badge.isHidden()
    assert page.outcome_text() == ("The motion is carried by the required absolute majority "
                                   "(10 of 14 votes cast; 8 necessary).")


def test_declaring_before_the_count_is_refused_in_words(qtbot, service, make_page, scripted, errors):
    ballot_id = run_ballot(service, motion_spec("Motion 1"), None)
    page = make_page(ballot_id)
    assert page.outcome_text() == "Voting is closed; the tellers have not counted yet."
    assert "necessary" not in page.summary.text()  # nothing counted: no majority of nothing to show
    assert page.bars.marker() is None
    scripted.answers.append("Chair")
    click(qtbot, page.declare_button)
    assert errors == [("Not done", "The ballot is closed; it must be counted before a result can be declared.")]


def test_a_tie_is_settled_by_a_lot_drawn_in_the_app(qtbot, service, context, make_page, scripted, errors):
    spec = BallotSpec("Treasurer", "", Kind.ELECTION, ("Alice Grey", "Ben Hart", "Chris Ode"))
    ballot_id = run_ballot(service, spec, {"Main hall": CountFigures(10, (4, 4, 2), 0, 0)})
    page = make_page(ballot_id)
    assert not page.lot_group.isHidden()
    assert "The votes of <b>Alice Grey and Ben Hart</b> are equal" in page.lot_text.text()

    scripted.answers.append("Chair")
    click(qtbot, page.declare_button)
    ((title, refusal),) = errors
    assert title == "Not done" and "settle it by lot before declaring" in refusal

    scripted.answers.append(True)  # confirm the draw
    with qtbot.waitSignal(context.changed) as signal:
        click(qtbot, page.draw_button)
    assert signal.args == ["ballot.lot"]
    lot = json.loads(service.store.ballot(ballot_id)["lot"])[0]
    assert lot["method"] == "app" and lot["chosen"] in ("Alice Grey", "Ben Hart")
    assert scripted.infos == [("BallotDesk", f"The lot drawn by the app among Alice Grey and Ben Hart favoured {lot['chosen']}.")]
    assert f"favoured <b>{lot['chosen']}</b>" in page.lot_text.text()
    assert page.draw_button.isHidden()
    assert f"{lot['chosen']}, who would be elected" in page.outcome_text()

    scripted.answers.append("Chair")
    click(qtbot, page.declare_button)
    assert service.store.ballot(ballot_id)["status"] == "declared"


def test_a_physical_draw_is_recorded_with_a_note(qtbot, service, make_page, scripted):
    spec = BallotSpec("Treasurer", "", Kind.ELECTION, ("Alice Grey", "Ben Hart", "Chris Ode"))
    ballot_id = run_ballot(service, spec, {"Main hall": CountFigures(10, (4, 4, 2), 0, 0)})
    page = make_page(ballot_id)
    scripted.answers.extend(["Ben Hart", "names from a hat, drawn by the secretary"])
    click(qtbot, page.physical_button)
    lot = json.loads(service.store.ballot(ballot_id)["lot"])[0]
    assert (lot["method"], lot["chosen"], lot["note"]) == ("physical", "Ben Hart",
                                                            "names from a hat, drawn by the secretary")
    assert "A lot drawn in the hall among Alice Grey and Ben Hart favoured Ben Hart" in page.outcome_text()


def test_an_amended_result_is_marked_and_keeps_its_versions(qtbot, service, context, make_page, scripted):
    ballot_id = run_ballot(service, motion_spec("Motion 1"), {
        "Main hall": CountFigures(11, (7, 3), 1, 0), OVERFLOW: CountFigures(5, (3, 1), 0, 1)})
    results.declare(service, ballot_id, "Revd J. Price")
    context.notify("ballot.declare")
    page = make_page(ballot_id)

    def correct(dialog: AmendDialog) -> bool:
        dialog.box_combo.setCurrentText(OVERFLOW)
        assert dialog.form.papers.text() == "5"  # the chair corrects the declared figures
        for field, value in ((dialog.form.votes[0], "2"), (dialog.form.votes[1], "2")):
            field.selectAll()
            qtbot.keyClicks(field, value)
        assert not dialog.amend_button.isEnabled()  # no reason yet
        qtbot.keyClicks(dialog.reason_edit, "one For paper was an Against")
        dialog.chair_edit.clear()
        qtbot.keyClicks(dialog.chair_edit, "Revd J. Price")
        assert dialog.amend_button.isEnabled()
        click(qtbot, dialog.amend_button)
        return dialog.result() == QDialog.DialogCode.Accepted

    scripted.on_dialog = correct
    with qtbot.waitSignal(context.changed) as signal:
        click(qtbot, page.amend_button)
    assert signal.args == ["ballot.amend"]
    assert not page.amended_badge.isHidden()
    assert page.amended_badge.text() == "AMENDED"
    assert cells(page)[0][:4] == ["For  ✔", "7", "2", "9"]
    versions = page.versions.text()
    assert "Version 1: declared" in versions
    assert "Version 2: amended at" in versions and "one For paper was an Against" in versions


def test_rounds_of_an_exhaustive_ballot_are_shown_together(qtbot, service, context, make_page, scripted):
    spec = BallotSpec("Churchwarden", "", Kind.ELECTION, ("Alice Grey", "Ben Hart", "Chris Ode"),
                      rule=Rule.ABSOLUTE)
    first = run_ballot(service, spec, {"Main hall": CountFigures(10, (4, 4, 2), 0, 0)})
    page = make_page(first)
    assert not page.rounds_group.isHidden()
    assert page.next_round_button.isEnabled()
    assert "dropping out: Chris Ode" in page.rounds_note.text()
    with qtbot.waitSignal(context.changed):
        click(qtbot, page.next_round_button)
    second = max(r["id"] for r in service.store.ballots())
    assert page.picker.ballot_id() == second
    ((title, report),) = scripted.infos
    assert title == "BallotDesk" and "Round 2 has been created as a draft" in report
    row = service.store.ballot(second)
    assert (row["round"], json.loads(row["options"])) == (2, ["Alice Grey", "Ben Hart"])

    B.open_ballot(service, second)
    people = service.attendees()
    for person in people[:9]:
        papers.issue_paper(service, second, person.id)
    B.close_ballot(service, second)
    counting.enter_count(service, second, "Main hall", "Ann", CountFigures(9, (6, 3), 0, 0))
    context.notify("count.entry")
    model = page.rounds_model
    table = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert table == [["Alice Grey", "4", "6", "elected in round 2"],
                     ["Ben Hart", "4", "3", "continuing"],
                     ["Chris Ode", "2", "—", "dropped out after round 1"]]
    assert page.next_round_button.isHidden()


def test_result_bars_show_rows_and_describe_them(qtbot):
    bars = ResultBars()
    qtbot.addWidget(bars)
    bars.set_rows([("For", 266, 72.7), ("Against", 100, 27.3)], highlight=["For"])
    bars.set_marker(184)
    bars.resize(500, bars.sizeHint().height())
    bars.show()
    assert bars.rows() == [("For", 266, 72.7), ("Against", 100, 27.3)]
    assert bars.accessibleDescription() == "For: 266  (72.7%); Against: 100  (27.3%)"
    assert not bars.grab().isNull()


def test_result_models_pass_the_model_tester(qtmodeltester):
    result = ResultModel()
    result.set_result(("Main hall", OVERFLOW), [ResultRow("For", (214, 52), 266, 72.7, True),
                                                ResultRow("Abstentions and blank papers", (3, None), 4, None,
                                                          summary=True)])
    qtmodeltester.check(result)
    assert result.index(1, 2).data() == "—"
    rounds = RoundsModel()
    rounds.set_rounds(2, [RoundRow("Alice", (4, 6), "elected in round 2"), RoundRow("Chris", (2, None), "out")])
    qtmodeltester.check(rounds)


def test_declaring_asks_for_the_chairs_pin_and_refuses_a_wrong_one(qtbot, service, make_page, scripted, errors):
    from ballotdesk.services.roles import set_pin

    set_pin(service, "246802", current_pin=None)
    ballot_id = run_ballot(service, motion_spec("Motion 1"), {"Main hall": CountFigures(3, (2, 1), 0, 0)})
    page = make_page(ballot_id)
    scripted.answers.extend(["Revd J. Price", "111111", None])  # chair's name, a wrong PIN, then Cancel
    click(qtbot, page.declare_button)
    assert scripted.asked[-2] == "To declare the result, enter the chair's PIN."
    assert scripted.asked[-1] == ("Wrong chair PIN (1 wrong attempt).\n\n"
                                  "To declare the result, enter the chair's PIN.")  # asked again, not dropped
    assert errors == []
    assert service.store.ballot(ballot_id)["status"] == "counted"
    scripted.answers.extend(["Revd J. Price", "246802"])
    click(qtbot, page.declare_button)
    assert service.store.ballot(ballot_id)["status"] == "declared"
    assert service.chair_pin is None  # the PIN is not kept after the action
    assert not page.declare_button.isEnabled()  # a declared ballot is read-only
    assert scripted.asked.count("To declare the result, enter the chair's PIN.") == 2


def test_declaring_while_inquorate_asks_the_chair_why_and_keeps_the_reason(qtbot, service, make_page, scripted,
                                                                           errors):
    ballot_id = run_ballot(service, motion_spec("Motion 1"), {"Main hall": CountFigures(3, (2, 1), 0, 0)})
    service.update_details({"quorum": "25"})  # 20 present
    page = make_page(ballot_id)
    scripted.answers.extend(["Chair", None])  # the chair reads the figures and cancels
    click(qtbot, page.declare_button)
    assert scripted.asked[-1] == "Meeting not quorate" and not errors
    assert service.store.ballot(ballot_id)["status"] == "counted"
    scripted.answers.extend(["Chair", "  "])  # no reason: refused in words
    click(qtbot, page.declare_button)
    assert errors[-1][1].startswith("The meeting is not quorate (20 present and entitled to vote, 25 needed): the "
                                    "result cannot be declared.")
    scripted.answers.extend(["Chair", "the quorum applies at the start"])
    click(qtbot, page.declare_button)
    assert service.store.ballot(ballot_id)["status"] == "declared"
    assert results.result_json(service, ballot_id)["quorum"]["at_declaration"]["override"] == \
        "the quorum applies at the start"
