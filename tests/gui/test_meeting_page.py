"""The meeting page: details and rules edited in a form, saved through update_details (logged)."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import Qt

from ballotdesk.ui.actions import ActionName
from ballotdesk.ui.meeting.page import MeetingPage
from ballotdesk.ui.widgets.date_field import qdate

PAGE = MeetingPage

def test_shows_details_rules_and_summaries(page):
    assert page.edits["title"].text() == "Branch AGM"
    assert page.edits["venue"].text() == "Church hall"
    assert page.has_cutoff.isChecked() and page.cutoff.date() == qdate(dt.date(2016, 1, 12))
    assert {s: b.isChecked() for s, b in page._status_boxes.items()} == {"Current": True, "Lapsed": False}
    assert page._status_boxes["Current"].text() == "Current (6 members)"
    assert page.quorum.text() == "2"
    assert page.four_eyes.isChecked()
    assert page.roll_summary.text().splitlines()[:3] == [
        "On the roll: 7", "May vote under the rules: 5", "May attend but not vote: 2"]
    assert "Quorum NOT met: 0 present, 2 needed (2 more)" in page.attendance_summary.text()


def test_edit_and_save_is_logged_and_followed_everywhere(qtbot, page, window, service):
    page.edits["venue"].clear()
    qtbot.keyClicks(page.edits["venue"], "St Elli's Church Hall")
    qtbot.keyClicks(page.edits["chair"], "Eleri Prydderch")
    page.edits["title"].selectAll()
    qtbot.keyClicks(page.edits["title"], "Nomination meeting")
    page.quorum.selectAll()
    qtbot.keyClicks(page.quorum, "50%")
    qtbot.keyClick(page._status_boxes["Lapsed"], Qt.Key.Key_Space)  # as a keyboard user ticks a box
    qtbot.keyClick(page.four_eyes, Qt.Key.Key_Space)
    assert page.saved.text() == "Unsaved changes."
    window.context.notify("attendee.register")  # a change elsewhere must not wipe the edits
    assert page.edits["chair"].text() == "Eleri Prydderch"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    event = service.store.events(1)[0]
    assert event["action"] == "meeting.update"
    details = json.loads(event["details"])
    assert details["venue"] == {"from": "Church hall", "to": "St Elli's Church Hall"}
    assert details["chair"] == {"from": "", "to": "Eleri Prydderch"}
    assert details["quorum"] == {"from": "2", "to": "50%"}
    assert details["voting_statuses"] == {"from": '["Current"]', "to": '["Current", "Lapsed"]'}
    assert details["four_eyes"] == {"from": 1, "to": 0}
    assert page.saved.text().startswith("Saved 6 change(s)")
    assert window.windowTitle() == "Nomination meeting — branch.ballotdesk — BallotDesk"
    assert "May vote under the rules: 6" in page.roll_summary.text()
    assert page.quorum_help.text() == "50% of 6 eligible members = 3 needed."


def test_cut_off_can_be_removed_and_nothing_changed_is_not_logged(qtbot, page, service):
    head = service.store.audit_head()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.saved.text() == "Nothing changed."
    assert service.store.audit_head() == head
    qtbot.keyClick(page.has_cutoff, Qt.Key.Key_Space)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert service.rules().cutoff is None
    assert not page.cutoff.isEnabled()


def test_a_refused_value_is_shown_not_raised(qtbot, page, service, errors):
    page.quorum.selectAll()
    qtbot.keyClicks(page.quorum, "150%")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert errors == [("Save meeting", "A quorum of 150% is impossible; use 100% or less.")]
    assert service.details()["quorum"] == "2"
    page.edits["title"].clear()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert errors[-1] == ("Save meeting", "A meeting needs a title.")


def test_discard_restores_the_saved_values(qtbot, page):
    qtbot.keyClicks(page.edits["secretary"], "Gareth")
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert page.edits["secretary"].text() == ""


# -- chair's PIN and the personal data purge ---------------------------------------------------


def _pin_dialog_driver(qtbot, answers):
    """Type ``answers`` (current, new, again) into the PIN dialog and press OK, as a user would."""
    from PySide6.QtWidgets import QDialogButtonBox

    from ballotdesk.ui.meeting.pin_dialog import ChangePinDialog

    seen: list[ChangePinDialog] = []

    def run(dialog):
        assert isinstance(dialog, ChangePinDialog)
        seen.append(dialog)
        dialog.show()
        for edit, text in zip((dialog.current, dialog.new, dialog.repeat), answers, strict=True):
            if text is not None:
                qtbot.keyClicks(edit, text)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        accepted = dialog.result() == dialog.DialogCode.Accepted
        problem = dialog.problem.text() if dialog.problem.isVisibleTo(dialog) else ""
        seen.append(problem)
        dialog.hide()
        return accepted

    return run, seen


def test_set_then_change_the_chair_pin(qtbot, page, window, service):
    from ballotdesk.services.roles import has_pin, require_chair

    told: list[str] = []
    window.dialogs.info = lambda title, message: told.append(message)
    assert not has_pin(service)
    assert page.pin_button.text() == "Set chair PIN…"
    run, seen = _pin_dialog_driver(qtbot, (None, "246802", "246802"))
    window.dialogs.run = run
    qtbot.mouseClick(page.pin_button, Qt.MouseButton.LeftButton)
    assert seen[1] == "" and told == ["The chair's PIN was set."]
    assert has_pin(service) and page.pin_button.text() == "Change chair PIN…"
    assert service.store.events(1)[0]["action"] == "chair.pin_set"

    run, seen = _pin_dialog_driver(qtbot, ("111111", "135791", "135791"))  # wrong current PIN
    window.dialogs.run = run
    qtbot.mouseClick(page.pin_button, Qt.MouseButton.LeftButton)
    assert seen[1] == "Wrong chair PIN (1 wrong attempt)."
    run, seen = _pin_dialog_driver(qtbot, ("246802", "135791", "135790"))  # the two new ones differ
    window.dialogs.run = run
    qtbot.mouseClick(page.pin_button, Qt.MouseButton.LeftButton)
    assert seen[1] == "The two new PINs differ; type the new PIN twice."
    run, seen = _pin_dialog_driver(qtbot, ("246802", "12", "12"))  # too short
    window.dialogs.run = run
    window.action(ActionName.CHANGE_PIN).trigger()  # Edit › Change chair PIN… reaches the same dialog
    assert seen[1] == "The chair's PIN must be 6 to 12 digits."
    run, seen = _pin_dialog_driver(qtbot, ("246802", "135791", "135791"))
    window.dialogs.run = run
    qtbot.mouseClick(page.pin_button, Qt.MouseButton.LeftButton)
    assert seen[1] == "" and told[-1] == "The chair's PIN was changed."
    require_chair(service, "135791", "test")


def test_purge_says_what_goes_and_what_stays_and_asks_for_the_pin(qtbot, page, window, service):
    from ballotdesk.services.roles import set_pin

    set_pin(service, "246802", current_pin=None)
    service.register("10234")
    questions: list[str] = []
    told: list[str] = []
    pins: list[str] = []
    window.dialogs.confirm = lambda title, message: questions.append(message) or True
    window.dialogs.chair_pin = lambda why: pins.append(why) or "246802"
    window.dialogs.info = lambda title, message: told.append(message)
    qtbot.mouseClick(page.purge_button, Qt.MouseButton.LeftButton)
    question = questions[0]
    for words in ("Removed: members' first and last names, e-mail addresses and postcodes",
                  "Kept: membership numbers, wards, join dates and statuses",
                  "the audit log, which still verifies", "Not removed: names recorded earlier in the audit log",
                  "The chair's PIN is needed."):
        assert words in question
    assert pins == ["To purge personal data, enter the chair's PIN."]
    assert told and told[0].startswith("Removed the personal data of 7 member(s)")
    assert service.store.events(1)[0]["action"] == "personal.purge"


def test_purge_is_refused_in_words_while_a_ballot_is_in_progress(qtbot, page, window, service, errors):
    from ballotdesk.domain.ballot import motion_spec
    from ballotdesk.services import ballots as B
    from tests.helpers import INQUORATE

    B.open_ballot(service, B.create_ballot(service, motion_spec("Motion")), inquorate=INQUORATE)
    window.dialogs.confirm = lambda title, message: True
    qtbot.mouseClick(page.purge_button, Qt.MouseButton.LeftButton)
    assert errors and errors[0][0] == "Purge personal data"
    assert errors[0][1].startswith("Personal data can be purged only when no ballot is in progress.")


def test_purge_cancelled_changes_nothing(qtbot, page, window, service):
    events = service.store.audit_head()
    window.dialogs.confirm = lambda title, message: False
    qtbot.mouseClick(page.purge_button, Qt.MouseButton.LeftButton)
    assert service.store.audit_head() == events


def test_language_of_printed_documents_is_saved_and_logged(qtbot, page, service):
    from ballotdesk.ui.i18n import LANGUAGES

    combo = page.language
    assert combo.accessibleName() == "Language of printed documents"
    assert [combo.itemData(i) for i in range(combo.count())] == list(LANGUAGES)
    assert combo.currentData() == "en"
    combo.setCurrentIndex(combo.findData("cy"))
    assert page.saved.text() == "Unsaved changes."
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    event = service.store.events(1)[0]
    assert event["action"] == "meeting.update"
    assert json.loads(event["details"]) == {"language": {"from": "en", "to": "cy"}}
    assert service.details()["language"] == "cy"
    page.refresh()
    assert combo.currentData() == "cy"
