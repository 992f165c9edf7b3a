"""A steward who has never seen the desk, keyboard only: clearing, jumping, titles, the quorum heard.

The service-level checks (no window needed) live here too: a ``tests/unit`` module of the same
name would stop pytest collecting the whole suite (two modules of one name).
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from ballotdesk.domain.ballot import BallotSpec, Kind, Rule
from ballotdesk.domain.errors import DomainError
from ballotdesk.services import ballots, papers
from ballotdesk.ui.desk.page import DeskPage
from ballotdesk.ui.shell.main_window import MainWindow
from tests.helpers import INQUORATE


def desk_of(window: MainWindow) -> DeskPage:
    window.show_page(DeskPage)
    return window.page(DeskPage)


def register(qtbot, desk: DeskPage, text: str) -> str:
    qtbot.keyClicks(desk.search, text)
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    return desk.status.text()


def test_esc_clears_the_search_and_keeps_the_keyboard(qtbot, window):
    desk = desk_of(window)
    qtbot.keyClicks(desk.search, "obrien")
    assert desk.model.rowCount() == 2
    qtbot.keyClick(desk.search, Qt.Key.Key_Escape)
    assert desk.search.text() == ""
    assert desk.model.rowCount() == 0
    assert QApplication.focusWidget() is desk.search
    qtbot.keyClicks(desk.search, "gul")  # the next person is typed at once
    assert desk.model.hit(0).number == "10577"


def test_ctrl_end_and_ctrl_home_jump_to_the_last_and_first_result(qtbot, window):
    desk = desk_of(window)
    qtbot.keyClicks(desk.search, "sa15")  # five members live in SA15
    count = desk.model.rowCount()
    assert count >= 3
    qtbot.keyClick(desk.search, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert desk.highlighted_row() == count - 1
    qtbot.keyClick(desk.search, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert desk.highlighted_row() == 0
    qtbot.keyClick(desk.search, Qt.Key.Key_End)  # plain End still edits the text
    assert desk.highlighted_row() == 0 and desk.search.cursorPosition() == len("sa15")
    assert desk.search.text() == "sa15"


def test_a_member_who_gives_a_title_is_found_and_registered(qtbot, window, service):
    desk = desk_of(window)
    status = register(qtbot, desk, "Dr. Zoe O'Brien")
    assert status.startswith("REGISTERED — MAY VOTE: Zoë O'Brien (10234)")
    assert [a.number for a in service.attendees()] == ["10234"]


def test_the_hint_says_what_to_do_before_anything_is_typed(window):
    desk = desk_of(window)
    assert desk.hint.text() == "Type a name or membership number."


def test_the_quorum_is_announced_when_it_is_reached(qtbot, window, monkeypatch):
    heard: list[str] = []

    def listen(event) -> None:
        if event.type() == QAccessible.Event.Announcement:
            heard.append(event.message())

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(listen))
    desk = desk_of(window)  # quorum 2
    register(qtbot, desk, "10234")
    assert not any(text.startswith("Quorum") for text in heard)  # not met yet, nothing changed
    register(qtbot, desk, "10577")
    assert heard[-1] == "Quorum met: 2 present, 2 needed"  # after the outcome that reached it
    assert heard[-2].startswith("REGISTERED — MAY VOTE: Gül Yıldız (10577)")
    register(qtbot, desk, "10733")
    assert heard[-1].startswith("REGISTERED — MAY VOTE: Gruffydd Llywelyn")  # still met: said once only
    qtbot.keyClick(desk.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # back to 2: still met
    assert heard[-1].startswith("UNDONE: registration of Gruffydd Llywelyn")
    service = window.context.service
    service.set_departed([papers.attendee_for_member(service, "10577")], True)  # someone leaves the hall
    window.context.notify("attendee.departed")
    assert heard[-1] == "Quorum NOT met: 1 present, 2 needed (1 more)"  # and when it is lost


def test_ctrl_z_takes_back_only_the_latest_registration_at_this_desk_once(qtbot, window):
    desk = desk_of(window)
    register(qtbot, desk, "10234")
    register(qtbot, desk, "10577")
    qtbot.keyClick(desk.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.status.text().startswith("UNDONE: registration of Gül Yıldız (10577)")
    # A second press must not reach back to someone registered earlier and already in the hall.
    qtbot.keyClick(desk.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.status.text() == ("Nothing to undo: Ctrl+Z takes back only the latest registration made at this "
                                  "desk, once.")
    service = window.context.service
    assert [a.number for a in service.attendees()] == ["10234"]
    assert service.store.events(1)[0]["action"] == "attendee.undo"
    register(qtbot, desk, "10733")  # a new registration can be taken back again
    qtbot.keyClick(desk.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.status.text().startswith("UNDONE: registration of Gruffydd Llywelyn (10733)")


# -- the services beneath, without a window ---------------------------------------------------------


@pytest.mark.parametrize("query", ["Dr. Zoe O'Brien", "dr zoe obrien", "Cllr O'Brien", "Mrs Zoë O'Brien",
                                   "Prof 1001"])
def test_a_name_given_with_a_title_still_finds_the_member(svc, query):
    assert [hit.number for hit in svc.search(query)][:1] == ["1001"]


def test_a_title_is_not_dropped_while_it_matches_a_name(svc):
    # "dr" alone is the start of names too; only a search that finds nothing drops the title
    assert svc.search("Dr. Nobody Atall") == []


def test_a_wrong_enter_is_undone_together_with_the_paper_the_desk_issued(svc):
    from ballotdesk.store.chain import verify_chain

    spec = BallotSpec(title="Motion", question="", kind=Kind.ELECTION, options=("A", "B"), rule=Rule.ABSOLUTE)
    ballot_id = ballots.create_ballot(svc, spec)
    ballots.open_ballot(svc, ballot_id, inquorate=INQUORATE)
    registration = svc.register("1001")
    paper = papers.issue_paper(svc, ballot_id, registration.attendee_id)  # as the desk does with each Enter
    undone = svc.undo_last_registration()
    assert undone.attendee.number == "1001" and undone.papers == (("Motion", "Main hall"),)
    assert svc.attendees() == [] and svc.store.papers(ballot_id) == []
    event = svc.store.events(1)[0]
    assert event["action"] == "attendee.undo"
    assert json.loads(event["details"])["papers_taken_back"] == [
        {"paper_id": paper.id, "ballot_id": ballot_id, "box": "Main hall"}]
    assert verify_chain(svc.store.conn).intact
    assert svc.register("1001").registered  # and they can be registered properly again


def test_undo_after_a_paper_was_withdrawn_or_numbered_never_sends_the_steward_round_in_a_circle(svc):
    spec = BallotSpec(title="Motion", question="", kind=Kind.ELECTION, options=("A", "B"), rule=Rule.ABSOLUTE)
    ballot_id = ballots.create_ballot(svc, spec)
    ballots.open_ballot(svc, ballot_id, inquorate=INQUORATE)
    registration = svc.register("1001")
    papers.issue_paper(svc, ballot_id, registration.attendee_id)
    papers.withdraw_paper(svc, ballot_id, registration.attendee_id, "registered by mistake")
    with pytest.raises(DomainError, match="Zoë O'Brien already holds a ballot paper, so the registration cannot be undone") as first:  # the withdrawn paper stays on the ballot paper account
        svc.undo_last_registration()
    numbered = svc.register("1004")
    papers.issue_paper(svc, ballot_id, numbered.attendee_id, serial="17")  # paper 17 was handed over
    with pytest.raises(DomainError, match="Łukasz Wójcik already holds a ballot paper, so the registration cannot be undone") as second:
        svc.undo_last_registration()
    for refusal in (str(first.value), str(second.value)):  # the refusal must not promise what cannot be
        assert "then undo" not in refusal
        assert "cannot be undone" in refusal
        assert "departed (Attendance page)" in refusal  # what to do instead, so they are not counted present
    assert [a.number for a in svc.attendees()] == ["1001", "1004"]
