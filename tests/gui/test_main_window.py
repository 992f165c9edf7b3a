"""The main window: File menu through its actions, recent files, title bar, accessible names."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTabBar,
    QWidget,
)

from ballotdesk.services.meeting import MeetingService
from ballotdesk.ui.actions import SPECS, ActionName
from ballotdesk.ui.dialogs import NewMeeting, NewMeetingDialog
from ballotdesk.ui.pages import page_classes
from ballotdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def empty(qtbot, errors, guard) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    guard(win)
    win.dialogs.error = lambda title, message: errors.append((title, message))
    win.show()
    return win


def test_title_bar_names_the_meeting_and_the_file(window):
    assert window.windowTitle() == "Branch AGM — branch.ballotdesk — BallotDesk"
    window.action(ActionName.CLOSE).trigger()
    assert window.windowTitle() == "BallotDesk"
    assert window.context.service is None
    assert not window.action(ActionName.SAVE_COPY).isEnabled()
    assert not window.action(ActionName.ADD_GUEST).isEnabled()
    assert window.action(ActionName.OPEN).isEnabled()


def test_file_new_through_its_action(qtbot, empty, tmp_path):
    path = tmp_path / "nomination.ballotdesk"
    empty.dialogs.new_meeting = lambda folder: NewMeeting(
        path, "Nomination meeting", dt.date(2026, 11, 28), "Church hall", "Llanelli CLP", dt.date(2016, 1, 12), "5%")
    empty.action(ActionName.NEW).trigger()
    service = empty.context.service
    assert service is not None and service.path == path
    assert service.details()["organisation"] == "Llanelli CLP"
    assert str(service.quorum()) == "5%"
    assert empty.windowTitle() == "Nomination meeting — nomination.ballotdesk — BallotDesk"
    assert empty.recent_files()[0] == str(path.resolve())


def test_file_new_refusal_is_a_message(empty, tmp_path, errors):
    existing = tmp_path / "taken.ballotdesk"
    existing.write_bytes(b"")
    empty.dialogs.new_meeting = lambda folder: NewMeeting(existing, "X", dt.date(2026, 1, 1), "", "", None, "0")
    empty.action(ActionName.NEW).trigger()
    assert errors == [("New meeting", "taken.ballotdesk already exists; choose another name.")]
    assert empty.context.service is None


def test_new_meeting_dialog_checks_before_closing(qtbot, tmp_path):
    dialog = NewMeetingDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.problem.text() == "A meeting needs a title."
    qtbot.keyClicks(dialog.title, "Branch AGM")
    assert dialog.path.text() == str(tmp_path / "Branch AGM.ballotdesk")
    dialog.quorum.setText("lots")
    dialog.accept()
    assert "The quorum must be a whole number" in dialog.problem.text()
    dialog.quorum.setText("10%")
    dialog.has_cutoff.setChecked(True)
    dialog.accept()
    assert dialog.result() == NewMeetingDialog.DialogCode.Accepted
    values = dialog.values()
    assert (values.title, values.quorum, values.path.name) == ("Branch AGM", "10%", "Branch AGM.ballotdesk")
    assert values.cutoff == dt.date.today()


@pytest.mark.parametrize(("content", "expected"), [
    (b"", "is empty (0 bytes); it is not a BallotDesk meeting file."),
    (b"Membership No.,First name\n1,Ann\n", "is not a BallotDesk meeting file (it is not a database)."),
])
def test_opening_a_bad_file_shows_the_message(empty, tmp_path, errors, content, expected):
    bad = tmp_path / "bad.ballotdesk"
    bad.write_bytes(content)
    empty.dialogs.open_meeting_file = lambda folder=None: bad
    empty.action(ActionName.OPEN).trigger()
    assert errors == [("Open meeting", f"bad.ballotdesk {expected}")]
    assert empty.context.service is None
    assert empty.windowTitle() == "BallotDesk"


def test_open_recent_is_persisted_and_reopens(qtbot, window, meeting_path, errors):
    window.action(ActionName.CLOSE).trigger()
    window.close()
    again = MainWindow()  # a new session reads the same ini file
    qtbot.addWidget(again)
    actions = [a for a in again.recent_menu.actions() if a.data()]
    assert [a.data() for a in actions] == [str(meeting_path.resolve())]
    actions[0].trigger()
    assert again.context.service is not None
    assert again.context.service.path.resolve() == meeting_path.resolve()
    again.close()


def test_save_a_copy(window, tmp_path, service):
    dest = tmp_path / "copy.ballotdesk"
    service.register("10234")
    window.dialogs.save_copy_file = lambda suggested: dest
    window.action(ActionName.SAVE_COPY).trigger()
    copy = MeetingService.open(dest)
    try:
        assert [a.number for a in copy.attendees()] == ["10234"]
    finally:
        copy.close()
    assert "A copy was saved" in window.statusBar().currentMessage()


def test_save_a_copy_onto_itself_is_refused(window, service, errors):
    window.dialogs.save_copy_file = lambda suggested: service.path
    window.action(ActionName.SAVE_COPY).trigger()
    assert errors == [("Save a copy", "A copy must go to another file than the open meeting.")]


def test_pages_menus_and_shortcuts(window):
    assert [type(p) for p in window.pages] == page_classes()
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [p.title for p in window.pages]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Meeting", "&View", "&Help"]
    shortcuts = [a.shortcut().toString() for a in [*window.action_map.values(), *window.page_actions]
                 if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)), "two actions share a shortcut"
    assert set(window.action_map) == set(SPECS) == set(ActionName)
    window.page_actions[1].trigger()
    assert window.tabs.currentIndex() == 1


def test_about(window):
    shown = []
    window.dialogs.info = lambda title, message: shown.append(message)
    window.action(ActionName.ABOUT).trigger()
    assert shown and shown[0].startswith("BallotDesk ")


def _internal(widget: QWidget) -> bool:
    """Parts Qt builds inside other widgets (a spin box's line edit, a table's corner button)."""
    parent = widget.parentWidget()
    return (isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar, QHeaderView))
            or (isinstance(widget, QHeaderView) and isinstance(parent, QAbstractItemView))
            or (isinstance(widget, QAbstractButton) and isinstance(parent, QLineEdit))  # its clear button
            or type(widget).__name__ == "QTableCornerButton"
            or (parent is not None and isinstance(parent.parentWidget(), QComboBox))  # a combo box's popup list
            or widget.objectName().startswith("qt_"))


def test_every_interactive_widget_has_an_accessible_name(window):
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)
    missing = [f"{type(w).__name__} {w.objectName()} in {type(w.parentWidget()).__name__}"
               for page in window.pages for w in page.findChildren(QWidget)
               if isinstance(w, kinds) and not _internal(w) and not w.accessibleName()]
    assert missing == [], "\n".join(missing)


def test_every_interactive_widget_in_the_document_and_integrity_dialogs_has_an_accessible_name(qtbot, window,
                                                                                              tmp_path):
    from ballotdesk.reports.verification import Outcome, Verification
    from ballotdesk.ui.backups.dialog import BackupsDialog
    from ballotdesk.ui.ballots.papers_dialog import PapersDialog
    from ballotdesk.ui.documents.integrity import VerificationDialog, describe
    from ballotdesk.ui.documents.print_preview import PrintPreviewDialog
    from ballotdesk.ui.meeting.pin_dialog import ChangePinDialog

    verdict = Verification(True, "Llanelli CLP", None, "Intact.", "AB:CD", Outcome.TRUSTED, "this installation")
    dialogs = [
        PrintPreviewDialog("Preview", None, tmp_path / "x.pdf", note="Note", page_sizes=("A4", "Letter")),
        PapersDialog("Motion", ["Main hall", "Overflow"], 40),
        VerificationDialog(tmp_path / "x.pdf", describe(verdict, None), "AB:CD"),
        BackupsDialog(window.backups, window.dialogs),
        ChangePinDialog(True, lambda new, current: None),
    ]
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        missing = [f"{type(w).__name__} {w.objectName()}" for w in dialog.findChildren(QWidget)
                   if isinstance(w, kinds) and not _internal(w) and not w.accessibleName()]
        assert missing == [], f"{type(dialog).__name__}: {missing}"


def test_only_the_shown_page_is_built_at_start(window):
    """Start-up builds the first tab's page; the others wait in empty slots until first shown."""
    from ballotdesk.ui.ballots.page import BallotsPage
    from ballotdesk.ui.pages import Page

    built = {type(p) for p in window.findChildren(Page)}
    assert built == {page_classes()[window.tabs.currentIndex()]}
    window.tabs.setCurrentIndex(page_classes().index(BallotsPage))  # a click on the tab
    assert window.tabs.currentWidget().findChild(BallotsPage) is window.page(BallotsPage)
    assert {type(p) for p in window.findChildren(Page)} == built | {BallotsPage}


def test_page_commands_work_before_their_page_is_built(window, service):
    """Edit › Add Guest from the Meeting tab builds the desk, brings it forward and registers the guest."""
    from ballotdesk.ui.desk.page import DeskPage
    from ballotdesk.ui.pages import Page

    assert DeskPage not in {type(p) for p in window.findChildren(Page)}
    window.dialogs.guest = lambda: ("Sian Press", "Llanelli Star")
    window.action(ActionName.ADD_GUEST).trigger()
    desk = window.page(DeskPage)
    assert window.tabs.currentIndex() == page_classes().index(DeskPage)
    assert [a.name for a in service.attendees() if a.kind == "guest"] == ["Sian Press"]
    assert "GUEST REGISTERED" in desk.status.text()
    window.dialogs.guest = lambda: ("Rhys Press", "Carmarthen Journal")
    window.action(ActionName.ADD_GUEST).trigger()  # connected once: a second guest, not two
    assert sum(a.kind == "guest" for a in service.attendees()) == 2


def test_the_search_index_is_built_on_a_thread_as_a_meeting_opens(qtbot, window, service):
    import threading

    from ballotdesk.domain import search

    built_on: list[str] = []
    original = search.SearchIndex.of.__func__

    def watched(cls, entries):
        built_on.append(threading.current_thread().name)
        return original(cls, entries)

    service.roll_changed()  # as if the meeting had just opened: no index yet
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search.SearchIndex, "of", classmethod(watched))
        window.context.opened.emit()
        qtbot.waitUntil(lambda: service._search_index is not None, timeout=5000)
    assert built_on and built_on[0] != threading.main_thread().name
    assert [h.number for h in service.search("obrien")][:1] == ["10234"]
    assert window.quorum_label.accessibleDescription() == window.quorum_label.text()


def test_an_index_built_while_the_roll_changed_is_not_kept(service):
    job = service.search_index_job()
    service.roll_changed()  # a hand edit while the worker was building
    job()
    assert not service.search_ready()


def test_a_search_waits_for_the_index_being_built_instead_of_building_another(service):
    import threading

    from ballotdesk.domain import search

    service.roll_changed()
    job = service.search_index_job()
    builds = []
    original = search.SearchIndex.of.__func__
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search.SearchIndex, "of", classmethod(lambda cls, e: builds.append(1) or original(cls, e)))
        worker = threading.Thread(target=job)
        worker.start()
        hits = service.search("obrien")
        worker.join()
    assert builds == [1] and [h.number for h in hits][:1] == ["10234"]
