"""The desk on a small screen with a large font: 1024 x 700 pixels, the system font at 12 points.

A steward with poor sight sets a larger font; the hall's laptop is an old 1024-pixel one. The
panel must still say everything, the list must still offer a few names, and nothing may be
squeezed to nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from ballotdesk.domain.ballot import motion_spec
from ballotdesk.services import ballots
from ballotdesk.ui.desk.page import RESULT_ROWS, DeskPage
from ballotdesk.ui.shell.main_window import MainWindow
from ballotdesk.ui.widgets.status_panel import PANEL_BORDER, PANEL_PADDING
from tests.helpers import INQUORATE


@pytest.fixture
def big_font(qapp: QApplication) -> Iterator[None]:
    """The application font at 12 points while the test runs (the desk scales from it when built)."""
    normal = QFont(qapp.font())
    font = QFont(normal)
    font.setPointSizeF(12.0)
    qapp.setFont(font)
    yield
    qapp.setFont(normal)


@pytest.fixture
def small_screen(qtbot, big_font, meeting_path: Path, guard: Callable[[MainWindow], None]) -> Iterator[MainWindow]:
    """The main window, built at 12 points, open on the small meeting, 1024 x 700."""
    window = MainWindow()
    qtbot.addWidget(window)
    guard(window)
    window.dialogs.info = lambda title, message: None
    assert window.open_path(meeting_path)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def open_desk_ballot(window: MainWindow, title: str) -> None:
    service = window.context.service
    assert service is not None
    ballot_id = ballots.create_ballot(service, motion_spec(title, "Does the meeting support the motion?"))
    ballots.open_ballot(service, ballot_id, inquorate=INQUORATE)
    ballots.set_desk_issue(service, ballot_id, True, "Main hall")


def fits(label: QLabel) -> bool:
    """Whether a label is tall enough for its wrapped text."""
    return label.height() >= label.heightForWidth(label.width())


def register_with_two_papers(qtbot, window, *titles: str) -> DeskPage:
    """Open two desk-issued ballots and register a member with a long name and reason: a tall panel."""
    for title in titles:
        open_desk_ballot(window, title)
    window.show_page(DeskPage)
    desk = window.page(DeskPage)
    qtbot.keyClicks(desk.search, "10601")  # Adébáyọ̀ Ọláolúwa: a long name, a long reason and two papers
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    qtbot.wait(50)  # the layout settles on the panel's new height
    return desk


def test_the_desk_fits_1024_by_700_at_12_points(qtbot, small_screen):
    window = small_screen
    desk = register_with_two_papers(
        qtbot, window, "Nomination for parliamentary candidate",
        "Motion 1: that the branch supports the proposed boundary changes for the ward")
    assert desk.font().pointSizeF() == 12.0
    assert desk.status.text().count("\nBallot paper: ") == 2

    # Nothing forces the window wider than the screen.
    assert desk.minimumSizeHint().width() <= 1000
    assert window.width() == 1024

    # The panel: all of it is reachable (the label holds all its lines; what the area cannot show, it scrolls
    # to), and the verdict is always in view.
    area = desk.status_area
    assert fits(desk.status)
    assert area.verticalScrollBar().maximum() >= desk.status.height() - area.viewport().height()
    assert area.viewport().height() >= QFontMetrics(desk.status.font()).height() + 2 * (PANEL_BORDER + PANEL_PADDING)

    # The list still offers a few names, in rows tall enough for its font.
    rows = desk.results.verticalHeader().defaultSectionSize()
    assert rows >= QFontMetrics(desk.results.font()).height()
    assert desk.results.viewport().height() >= RESULT_ROWS * rows

    # Figures and quorum are whole; the staff name and the buttons are not squeezed.
    assert fits(desk.figures) and fits(desk.quorum)
    assert desk.staff.width() >= desk.staff.fontMetrics().horizontalAdvance("Gareth Bowen-Jones")
    buttons = [b for b in desk.findChildren(QPushButton) if b.isVisible()]
    assert len(buttons) == 3
    assert all(b.width() >= b.sizeHint().width() for b in buttons)


def test_a_new_outcome_starts_at_the_verdict(qtbot, small_screen):
    window = small_screen
    desk = register_with_two_papers(
        qtbot, window, "Motion 1: that the branch supports the proposed boundary changes for the ward",
        "Motion 2: that the branch asks the council to keep the library in Llanelli open")
    scrollbar = desk.status_area.verticalScrollBar()
    assert scrollbar.maximum() > 0  # this one needs scrolling at this size
    scrollbar.setValue(scrollbar.maximum())  # the steward scrolled down to the papers
    qtbot.keyClicks(desk.search, "10733")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert desk.status.text().startswith("REGISTERED — MAY VOTE: Gruffydd Llywelyn")
    assert scrollbar.value() == 0


def test_a_usual_outcome_shows_whole_without_scrolling(qtbot, small_screen):
    window = small_screen
    open_desk_ballot(window, "Nomination for parliamentary candidate")
    window.show_page(DeskPage)
    desk = window.page(DeskPage)
    qtbot.keyClicks(desk.search, "10601")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert desk.status.text().count("\n") == 1  # the registration and one ballot paper
    assert desk.status_area.verticalScrollBar().maximum() == 0  # the panel grew to its words
    assert desk.status.heightForWidth(desk.status.width()) <= desk.status_area.viewport().height()


def test_at_its_smallest_the_window_keeps_the_list_and_the_verdict(qtbot, small_screen):
    window = small_screen
    window.show_page(DeskPage)
    desk = window.page(DeskPage)
    qtbot.keyClicks(desk.search, "10234")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    window.resize(1024, 200)  # as small as it will go
    qtbot.waitUntil(lambda: window.height() < 700)
    assert window.height() <= 600  # still fits a small screen, with room for a taskbar
    rows = desk.results.verticalHeader().defaultSectionSize()
    assert desk.results.viewport().height() >= RESULT_ROWS * rows
    assert desk.status_area.viewport().height() >= QFontMetrics(desk.status.font()).height() + 2 * (PANEL_BORDER + PANEL_PADDING)


def test_no_page_pushes_the_window_off_a_1024_pixel_screen(qtbot, small_screen):
    """At 12 points the Ballots page needs more than 1,024 pixels: it scrolls sideways in its tab (the Count
    page and the desk fit)."""
    from ballotdesk.ui.pages import page_classes
    from ballotdesk.ui.shell.page_tabs import PageArea

    window = small_screen
    open_desk_ballot(window, "Nomination for parliamentary candidate")
    wider = []
    for cls in page_classes():
        window.show_page(cls)
        qtbot.wait(20)
        assert window.width() == 1024, cls.__name__
        page = window.page(cls)
        area = next(a for a in window.findChildren(PageArea) if a.widget() is page)
        assert page.height() == area.viewport().height()  # never scrolled up and down
        assert page.width() >= page.minimumSizeHint().width()  # never squeezed below what it needs
        if area.horizontalScrollBar().maximum() > 0:
            wider.append(cls.__name__)
    assert "BallotsPage" in wider and "CountPage" not in wider and "DeskPage" not in wider
