"""The registration desk, driven from the keyboard as a steward would."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QTextDocument
from PySide6.QtWidgets import QApplication

from ballotdesk.domain.ballot import BallotSpec, Kind, Rule
from ballotdesk.domain.errors import DomainError
from ballotdesk.services import ballots, papers
from ballotdesk.ui.actions import ActionName
from ballotdesk.ui.desk.page import DeskPage
from ballotdesk.ui.models.format import clock
from ballotdesk.ui.shell.main_window import MainWindow
from ballotdesk.ui.tones import Tone, tint
from tests.helpers import INQUORATE

# Qt's offscreen platform warns whenever a shown top-level window's size constraints change.


def desk_of(window: MainWindow) -> DeskPage:
    window.show_page(DeskPage)
    return window.page(DeskPage)


def test_type_arrow_enter_registers_the_highlighted_member(qtbot, window, reopen):
    desk = desk_of(window)
    qtbot.keyClicks(desk.search, "obrien")
    names = [desk.model.hit(r).name for r in range(desk.model.rowCount())]
    assert names == ["Zoë O'Brien", "Seán O'Brien-Jones"]
    assert desk.highlighted_row() == 0
    qtbot.keyClick(desk.search, Qt.Key.Key_Down)
    assert desk.highlighted_row() == 1
    qtbot.keyClick(desk.search, Qt.Key.Key_Down)
    assert desk.highlighted_row() == 1  # stops at the end
    qtbot.keyClick(desk.search, Qt.Key.Key_Up)
    assert desk.highlighted_row() == 0
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)

    assert desk.status.text() == ("REGISTERED — MAY VOTE: Zoë O'Brien (10234) — joined 3 Feb 2015, "
                                  "on or before the cut-off of 12 Jan 2016")
    assert desk.status_kind == "vote"
    assert desk.figures.text().startswith("Registered: 1    May vote and present: 1")
    assert desk.quorum.text() == "Quorum NOT met: 1 present, 2 needed (1 more)"
    assert desk.search.text() == ""
    assert QApplication.focusWidget() is desk.search

    fresh = reopen()
    people = fresh.attendees()
    assert [(a.number, a.name, a.may_vote) for a in people] == [("10234", "Zoë O'Brien", True)]
    event = fresh.store.events(1)[0]
    assert event["action"] == "attendee.register"
    assert json.loads(event["details"])["number"] == "10234"


def register(qtbot, desk: DeskPage, text: str) -> str:
    qtbot.keyClicks(desk.search, text)
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    return desk.status.text()


def test_exact_membership_number_comes_first(qtbot, window):
    desk = desk_of(window)
    qtbot.keyClicks(desk.search, "10388")
    assert desk.model.hit(0).number == "10388"
    assert "Up/Down" in desk.hint.text()


def test_accents_and_punctuation_are_ignored(qtbot, window):
    desk = desk_of(window)
    qtbot.keyClicks(desk.search, "lukasz woj")
    assert desk.model.hit(0).name == "Łukasz Wójcik"
    desk.search.clear()
    qtbot.keyClicks(desk.search, "adebayo")
    assert desk.model.hit(0).name == "Adébáyọ̀ Ọláolúwa"


def test_may_attend_but_not_vote_says_why(qtbot, window):
    desk = desk_of(window)
    text = register(qtbot, desk, "sian ap rhys")
    assert text == ("REGISTERED — MAY ATTEND BUT NOT VOTE: Siân ap Rhys (10388) because joined 14 Jun 2019, "
                    "after the cut-off of 12 Jan 2016")
    assert desk.status_kind == "no_vote"
    assert desk.figures.text().startswith("Registered: 1    May vote and present: 0")
    text = register(qtbot, desk, "wojcik")
    assert "MAY ATTEND BUT NOT VOTE: Łukasz Wójcik (10412) because membership status 'Lapsed'" in text


def test_registering_twice_says_already_registered_with_the_time(qtbot, window, service):
    desk = desk_of(window)
    register(qtbot, desk, "10234")
    at = service.attendees()[0].registered_at[11:16]
    qtbot.keyClicks(desk.search, "zoe")
    assert desk.model.data(desk.model.index(0, 5)) == f"Yes, {at}"
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert desk.status.text() == f"ALREADY REGISTERED at {at}: Zoë O'Brien (10234) — may vote"
    assert desk.status_kind == "already"
    assert len(service.attendees()) == 1


def test_a_member_who_left_and_comes_back_is_told_so_and_counted_again(qtbot, window, service):
    desk = desk_of(window)
    register(qtbot, desk, "10234")
    zoe = service.attendees()[0]
    service.set_departed([zoe.id], True)
    window.context.notify("attendee.departed")
    left = service.attendees()[0].departed_at
    assert desk.figures.text().startswith("Registered: 1    May vote and present: 0")
    text = register(qtbot, desk, "zoe obrien")
    assert text == (f"BACK IN THE HALL: Zoë O'Brien (10234) — registered at {clock(zoe.registered_at)}, "
                    f"had left at {clock(left)}; may vote")
    assert desk.status_kind == "already"
    assert desk.figures.text().startswith("Registered: 1    May vote and present: 1")  # present again
    assert desk.search.text() == "" and QApplication.focusWidget() is desk.search


def test_unknown_number_is_refused_in_words(qtbot, window, service):
    desk = desk_of(window)
    text = register(qtbot, desk, "99999")
    assert text.startswith("NOT ON THE ROLL: membership number 99999 is not on the roll")
    assert desk.status_kind == "error"
    assert service.attendees() == []
    assert desk.search.text() == "99999"  # left for correcting


def test_ctrl_z_undoes_the_last_registration(qtbot, window, reopen):
    desk = desk_of(window)
    register(qtbot, desk, "10234")
    register(qtbot, desk, "10577")
    qtbot.keyClick(desk.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.status.text() == "UNDONE: registration of Gül Yıldız (10577) taken back."
    assert desk.figures.text().startswith("Registered: 1 ")
    assert QApplication.focusWidget() is desk.search
    fresh = reopen()
    assert [a.number for a in fresh.attendees()] == ["10234"]
    assert fresh.store.events(1)[0]["action"] == "attendee.undo"


def test_undo_with_nothing_registered(qtbot, window):
    desk = desk_of(window)
    window.action(ActionName.UNDO_REGISTRATION).trigger()
    assert desk.status.text() == ("Nothing to undo: Ctrl+Z takes back only the latest registration made at this "
                                  "desk, once.")


def test_guest_and_provisional_through_their_shortcuts(qtbot, window, service):
    desk = desk_of(window)
    window.dialogs.guest = lambda: ("Carys Bevan", "Llanelli Star")
    window.dialogs.provisional = lambda: ("Dylan Morgan", "renewed on Monday")
    qtbot.keyClick(desk.search, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert desk.status.text() == "GUEST REGISTERED — MAY ATTEND, NEVER VOTES: Carys Bevan"
    assert QApplication.focusWidget() is desk.search
    qtbot.keyClick(desk.search, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert desk.status.text() == ("PROVISIONAL — MAY ATTEND; MAY VOTE ONLY IF THE CHAIR APPROVES: "
                                  "Dylan Morgan (renewed on Monday)\n"
                                  "The chair approves a vote on the Attendance page (Approve vote…).")
    assert QApplication.focusWidget() is desk.search
    assert desk.figures.text() == "Registered: 2    May vote and present: 0    Guests: 1    Departed: 0"
    assert [(a.kind, a.name) for a in service.attendees()] == [("guest", "Carys Bevan"),
                                                                ("provisional", "Dylan Morgan")]


def test_a_second_guest_of_the_same_name_is_asked_about(qtbot, window, service, scripted):
    desk = desk_of(window)
    window.dialogs.guest = lambda: ("Carys Bevan", "Llanelli Star")
    window.action(ActionName.ADD_GUEST).trigger()
    assert scripted.asked == []  # the first: no question
    window.dialogs.guest = lambda: ("carys  bevan", "")
    scripted.answers.append(False)  # No: the same person, added twice by mistake
    window.action(ActionName.ADD_GUEST).trigger()
    assert scripted.asked == ["Add guest"]
    assert [a.name for a in service.attendees()] == ["Carys Bevan"]
    window.dialogs.provisional = lambda: ("Carys Bevan", "renewed on Monday")
    scripted.answers.append(True)  # Yes: another person of that name
    window.action(ActionName.ADD_PROVISIONAL).trigger()
    assert scripted.asked == ["Add guest", "Add provisional attendee"]
    assert [(a.kind, a.name) for a in service.attendees()] == [("guest", "Carys Bevan"),
                                                                ("provisional", "Carys Bevan")]
    assert QApplication.focusWidget() is desk.search


def test_cancelled_or_refused_guest_changes_nothing(qtbot, window, service, errors):
    desk = desk_of(window)
    window.dialogs.guest = lambda: None
    window.action(ActionName.ADD_GUEST).trigger()
    window.dialogs.provisional = lambda: ("Dylan Morgan", "  ")
    window.action(ActionName.ADD_PROVISIONAL).trigger()
    assert errors and "Say why this person is admitted provisionally" in errors[0][1]
    assert service.attendees() == []
    assert QApplication.focusWidget() is desk.search


def test_quorum_in_words(qtbot, window):
    desk = desk_of(window)
    register(qtbot, desk, "10234")
    register(qtbot, desk, "10577")
    assert desk.quorum.text() == "Quorum met: 2 present, 2 needed"
    assert window.quorum_label.text() == "Quorum met: 2 present, 2 needed"


def _desk_ballot(service) -> int:
    spec = BallotSpec(title="Nomination for parliamentary candidate", question="", kind=Kind.ELECTION,
                      options=("Catrin Howells", "Rhodri Pugh"), rule=Rule.ABSOLUTE, elected_word="nominated")
    ballot_id = ballots.create_ballot(service, spec)
    ballots.open_ballot(service, ballot_id, inquorate=INQUORATE)
    ballots.set_desk_issue(service, ballot_id, True, "Main hall")
    return ballot_id


def test_registration_issues_the_desk_ballot_paper(qtbot, window, service):
    ballot_id = _desk_ballot(service)
    desk = desk_of(window)
    text = register(qtbot, desk, "zoe obrien")
    assert text.splitlines()[1] == "Ballot paper: Nomination for parliamentary candidate — box Main hall"
    assert len(service.store.papers(ballot_id)) == 1
    text = register(qtbot, desk, "sian")  # may not vote: no paper, no refusal either
    assert "Ballot paper" not in text and "NO ballot paper" not in text
    assert len(service.store.papers(ballot_id)) == 1


def test_the_desk_paper_is_issued_in_the_same_logged_change_as_the_registration(qtbot, window, service):
    ballot_id = _desk_ballot(service)
    before = service.audit_head()[0]
    register(qtbot, desk_of(window), "zoe obrien")
    assert service.audit_head()[0] == before + 1
    event = service.store.events(1)[0]
    assert event["action"] == "attendee.register"
    assert json.loads(event["details"])["papers"][0]["ballot_id"] == ballot_id


def test_someone_registered_before_papers_were_issued_gets_one_when_they_come_back_to_the_desk(
        qtbot, window, service):
    desk = desk_of(window)
    register(qtbot, desk, "zoe obrien")  # before the ballot opens: no paper
    ballot_id = _desk_ballot(service)
    text = register(qtbot, desk, "zoe obrien")
    assert text.startswith("ALREADY REGISTERED at ")
    assert text.splitlines()[1] == "Ballot paper: Nomination for parliamentary candidate — box Main hall"
    assert len(service.store.papers(ballot_id)) == 1
    text = register(qtbot, desk, "zoe obrien")  # and again: told they hold one, and where
    assert text.splitlines()[1].startswith(
        "Ballot paper for Nomination for parliamentary candidate: Zoë O'Brien already holds a paper for this "
        "ballot in Main hall at ")
    assert len(service.store.papers(ballot_id)) == 1


def test_a_refused_paper_is_shown_and_the_registration_stands(qtbot, window, service, monkeypatch):
    _desk_ballot(service)

    def refuse(*_args, **_kwargs):
        raise DomainError("the box is sealed")

    monkeypatch.setattr(papers, "check_holder", refuse)
    desk = desk_of(window)
    text = register(qtbot, desk, "10234")
    assert text.startswith("REGISTERED — MAY VOTE: Zoë O'Brien (10234)")
    assert text.splitlines()[1] == "NO ballot paper for Nomination for parliamentary candidate: the box is sealed"
    assert [a.number for a in service.attendees()] == ["10234"]


def test_a_wrong_enter_at_a_desk_issuing_papers_is_undone_with_its_paper(qtbot, window, service, errors):
    ballot_id = _desk_ballot(service)
    desk = desk_of(window)
    register(qtbot, desk, "10234")
    assert len(service.store.papers(ballot_id)) == 1
    qtbot.keyClick(desk.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.status.text() == ("UNDONE: registration of Zoë O'Brien (10234) taken back.\n"
                                  "The ballot paper for Nomination for parliamentary candidate (Main hall) is "
                                  "cancelled too: keep it back.")
    assert errors == []  # said in the panel: no dialog stops the door
    assert service.attendees() == [] and service.store.papers(ballot_id) == []


def test_undo_refused_once_the_paper_is_withdrawn(qtbot, window, service, errors):
    ballot_id = _desk_ballot(service)
    desk = desk_of(window)
    register(qtbot, desk, "10234")
    attendee = service.attendees()[0].id
    papers.withdraw_paper(service, ballot_id, attendee, "handed back")
    qtbot.keyClick(desk.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.status.text().startswith("NOT UNDONE: Zoë O'Brien already holds a ballot paper")
    assert "Ballots page" in desk.status.text()  # where to withdraw it
    assert errors == []
    assert len(service.attendees()) == 1


def test_ctrl_z_while_typing_undoes_the_typing_not_a_registration(qtbot, window, service):
    desk = desk_of(window)
    register(qtbot, desk, "10234")
    qtbot.keyClicks(desk.search, "smi")
    qtbot.keyClick(desk.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.search.text() != "smi"
    assert [a.number for a in service.attendees()] == ["10234"]
    desk.search.clear()
    qtbot.keyClick(desk.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # an empty field: the registration
    assert service.attendees() == []


def test_double_click_registers_for_mouse_users(qtbot, window, service):
    desk = desk_of(window)
    qtbot.keyClicks(desk.search, "gul")
    rect = desk.results.visualRect(desk.model.index(0, 0))
    # QTest's double click needs the press that precedes it, as a real mouse sends.
    qtbot.mouseClick(desk.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(desk.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert desk.status.text().startswith("REGISTERED — MAY VOTE: Gül Yıldız (10577)")


def test_results_model(qtmodeltester, window):
    desk = desk_of(window)
    desk.run_search("o")
    assert desk.model.rowCount() > 2
    qtmodeltester.check(desk.model)


def test_accessible_names_on_the_desk(window):
    desk = desk_of(window)
    assert desk.search.accessibleName() == "Search members"
    assert desk.results.accessibleName() == "Search results"
    assert desk.status.accessibleName() == "Registration status"
    assert desk.status.font().bold() and desk.status.font().pointSize() >= 20


def test_desk_staff_are_named_in_the_audit_log(qtbot, window, reopen):
    desk = desk_of(window)
    assert desk.staff.accessibleName() == "Desk staff name"
    register(qtbot, desk, "10234")
    assert desk.staff.text() == "Steward"  # asked when the desk was first used, and kept
    qtbot.mouseClick(desk.staff, Qt.MouseButton.LeftButton)
    desk.staff.selectAll()
    qtbot.keyClicks(desk.staff, "  Gareth   Bowen ")
    qtbot.keyClick(desk.staff, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is desk.search  # the next member's name goes into the search
    register(qtbot, desk, "obrien jones")
    fresh = reopen()
    events = [e for e in reversed(fresh.store.events()) if e["action"] == "attendee.register"]
    assert [e["actor"] for e in events] == ["Steward", "Gareth Bowen"]  # the name given when the desk was first used
    assert [a.registered_by for a in fresh.attendees()] == ["Steward", "Gareth Bowen"]


def test_desk_type_follows_the_system_font_size(qtbot, window):
    from ballotdesk.ui.context import MeetingContext

    app = QApplication.instance()
    normal = app.font()
    try:
        sizes = []
        for points in (9.0, 14.0):
            font = app.font()
            font.setPointSizeF(points)
            app.setFont(font)
            desk = DeskPage(MeetingContext())
            qtbot.addWidget(desk)
            sizes.append((desk.search.font().pointSizeF(), desk.status.font().pointSizeF()))
        assert sizes[0] == (18.0, 22.05)
        assert sizes[1][0] == 28.0 and sizes[1][1] > sizes[0][1]
    finally:
        app.setFont(normal)


# -- what a screen reader hears ------------------------------------------------------------------


def described(widget) -> str:
    """What assistive technology is given as the widget's description."""
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


def test_the_outcome_reaches_a_screen_reader_as_well_as_the_names(qtbot, window):
    desk = desk_of(window)
    register(qtbot, desk, "10234")
    assert desk.status.accessibleName() == "Registration status"
    assert described(desk.status) == desk.status.text()
    assert described(desk.status).startswith("REGISTERED — MAY VOTE: Zoë O'Brien (10234)")
    assert "<" not in described(desk.status)  # words, not the panel's HTML
    register(qtbot, desk, "sian")
    assert described(desk.status).startswith("REGISTERED — MAY ATTEND BUT NOT VOTE: Siân ap Rhys (10388)")
    assert described(desk.figures) == "Registered: 2    May vote and present: 1    Guests: 0    Departed: 0"
    assert described(desk.quorum) == "Quorum NOT met: 1 present, 2 needed (1 more)"
    qtbot.keyClicks(desk.search, "gul")
    assert described(desk.hint) == "1 found. Up/Down to choose, Enter to register."


def test_each_outcome_is_announced_and_refusals_interrupt(qtbot, window, monkeypatch):
    if not hasattr(QAccessible, "AnnouncementPoliteness"):
        pytest.skip("this Qt has no accessibility announcements")
    heard: list[tuple[str, object]] = []

    def listen(event) -> None:
        if event.type() == QAccessible.Event.Announcement:
            heard.append((event.message(), event.politeness()))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(listen))
    desk = desk_of(window)
    register(qtbot, desk, "10234")
    register(qtbot, desk, "99999")
    assert [text for text, _ in heard] == [
        "REGISTERED — MAY VOTE: Zoë O'Brien (10234) — joined 3 Feb 2015, on or before the cut-off of 12 Jan 2016",
        desk.status.text()]
    assert heard[1][0].startswith("NOT ON THE ROLL")
    assert [politeness for _, politeness in heard] == [QAccessible.AnnouncementPoliteness.Polite,
                                                       QAccessible.AnnouncementPoliteness.Assertive]


# -- the staff name -------------------------------------------------------------------------------


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape])
def test_the_staff_name_hands_the_keyboard_back_to_the_search(qtbot, window, service, key):
    desk = desk_of(window)
    qtbot.mouseClick(desk.staff, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is desk.staff
    qtbot.keyClicks(desk.staff, "Gareth")
    qtbot.keyClick(desk.staff, key)
    assert QApplication.focusWidget() is desk.search
    assert desk.staff.text() == "Gareth" and service.actor == "Gareth"  # Esc too keeps the name
    qtbot.keyClicks(QApplication.focusWidget(), "10234")  # the next name goes where the steward expects
    assert desk.search.text() == "10234" and desk.staff.text() == "Gareth"


# -- how the panel reads --------------------------------------------------------------------------


def rendered(desk: DeskPage) -> QTextDocument:
    """The panel's text laid out as the label lays it out."""
    document = QTextDocument()
    document.setDefaultFont(desk.status.font())
    document.setHtml(desk.status.rich_text())
    return document


def sizes(document: QTextDocument) -> list[float]:
    """The point size of each block's first character."""
    found, block = [], document.begin()
    while block.isValid():
        it = block.begin()
        found.append(it.fragment().charFormat().font().pointSizeF() if not it.atEnd() else 0.0)
        block = block.next()
    return found


def test_the_verdict_stands_out_from_the_details(qtbot, window, service):
    desk = desk_of(window)
    register(qtbot, desk, "10234")
    document = rendered(desk)
    blocks = document.toPlainText().splitlines()
    assert blocks[0] == "REGISTERED — MAY VOTE"
    assert blocks[1].startswith("Zoë O'Brien (10234) — joined 3")
    verdict, detail = sizes(document)[:2]
    assert verdict >= 20 and detail <= verdict * 0.75
    register(qtbot, desk, "10234")
    at = service.attendees()[0].registered_at[11:16]
    assert rendered(desk).toPlainText().splitlines()[:2] == [f"ALREADY REGISTERED at {at}",
                                                               "Zoë O'Brien (10234) — may vote"]


def test_dates_never_break_across_lines(qtbot, window):
    desk = desk_of(window)
    register(qtbot, desk, "10234")
    document = rendered(desk)
    raw = document.toRawText()
    for date in ("3 Feb 2015", "12 Jan 2016"):
        glued = date.replace(" ", "\u00a0")
        assert glued in raw
    for width in range(120, 700, 9):  # wherever the panel's edge falls, no date is split
        document.setTextWidth(width)
        for date in ("3 Feb 2015", "12 Jan 2016"):
            start = raw.index(date.replace(" ", "\u00a0"))
            block = document.findBlock(start)
            layout, offset = block.layout(), start - block.position()
            first = layout.lineForTextPosition(offset)
            last = layout.lineForTextPosition(offset + len(date) - 1)
            assert first.lineNumber() == last.lineNumber(), (width, date)
    assert desk.status.text().endswith("joined 3 Feb 2015, on or before the cut-off of 12 Jan 2016")  # plain words


def test_typing_the_next_name_marks_the_outcome_as_the_previous_persons(qtbot, window):
    desk = desk_of(window)
    register(qtbot, desk, "10234")
    assert not desk.status.is_previous  # clearing the field after Enter is not the next person yet
    vote_paper = tint(Tone.OK).background
    assert vote_paper in desk.status.styleSheet()

    qtbot.keyClicks(desk.search, "g")
    assert desk.status.is_previous
    assert desk.status.text().splitlines() == [
        "Previous: Zoë O'Brien (10234)",
        "REGISTERED — MAY VOTE: Zoë O'Brien (10234) — joined 3 Feb 2015, on or before the cut-off of 12 Jan 2016"]
    assert vote_paper not in desk.status.styleSheet() and tint(Tone.MUTED).background in desk.status.styleSheet()
    assert max(sizes(rendered(desk))) < desk.status.font().pointSizeF()  # no verdict-sized "MAY VOTE" left
    assert described(desk.status).startswith("Previous: Zoë O'Brien (10234)")

    qtbot.keyClicks(desk.search, "ul")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert not desk.status.is_previous
    assert desk.status.text().startswith("REGISTERED — MAY VOTE: Gül Yıldız (10577)")
    assert vote_paper in desk.status.styleSheet()


def test_a_refusal_left_for_correcting_is_marked_once_it_is_corrected(qtbot, window):
    desk = desk_of(window)
    register(qtbot, desk, "99999")
    assert desk.status_kind == "error" and not desk.status.is_previous
    qtbot.keyClick(desk.search, Qt.Key.Key_Backspace)
    assert desk.status.text().startswith("Previous: 99999\nNOT ON THE ROLL")


def test_already_registered_by_another_steward_names_them(qtbot, window, service):
    desk = desk_of(window)
    desk.staff.setText("Gareth")
    desk.staff.finished.emit()
    qtbot.keyClicks(desk.search, "10234")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    at = clock(service.attendees()[0].registered_at)
    desk.staff.setText("Nia")
    desk.staff.finished.emit()
    qtbot.keyClicks(desk.search, "10234")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert desk.status.text() == f"ALREADY REGISTERED at {at} by Gareth: Zoë O'Brien (10234) — may vote"
    desk.staff.setText("Gareth")  # the same steward again: no need to name them
    desk.staff.finished.emit()
    qtbot.keyClicks(desk.search, "10234")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert desk.status.text() == f"ALREADY REGISTERED at {at}: Zoë O'Brien (10234) — may vote"
