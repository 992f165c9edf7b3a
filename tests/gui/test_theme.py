"""The interface follows a dark or light theme, and every coloured status stays readable in both.

Each check reads what a person would see: the desk's panel and the labels are grabbed as
images and their ink measured against their paper; the models' colours are compared with the
palette colour the view draws them on. A palette is applied the way a system theme switch
applies one (``QApplication.setPalette``) and the original is always restored.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ballotdesk.domain.ballot import motion_spec
from ballotdesk.domain.count import CountFigures
from ballotdesk.domain.roll_csv import MemberRecord
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, papers
from ballotdesk.services.meeting import MeetingService
from ballotdesk.ui.count.model import BoxStatesModel
from ballotdesk.ui.count.page import CountPage
from ballotdesk.ui.desk.page import DeskPage
from ballotdesk.ui.shell.main_window import MainWindow
from ballotdesk.ui.tones import MINIMUM_CONTRAST, Tone, badge, contrast_ratio, foreground, is_dark, tint
from ballotdesk.ui.widgets.count_form import CountForm

DARK = {
    QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#2b2c30", QPalette.ColorRole.AlternateBase: "#323338",
    QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.Button: "#303134",
    QPalette.ColorRole.ButtonText: "#e8eaed", QPalette.ColorRole.Highlight: "#3d6fb4",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#9aa0a6",
}
LIGHT = {
    QPalette.ColorRole.Window: "#efefef", QPalette.ColorRole.WindowText: "#000000",
    QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#f7f7f7",
    QPalette.ColorRole.Text: "#000000", QPalette.ColorRole.Button: "#efefef",
    QPalette.ColorRole.ButtonText: "#000000", QPalette.ColorRole.Highlight: "#308cc6",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#7f7f7f",
}
THEMES = {"dark": DARK, "light": LIGHT}


def palette_of(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette(QApplication.palette())
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[object]:
    """``theme("dark")`` applies that palette to the whole application; the original comes back after the test."""
    original = QPalette(qapp.palette())

    def apply(name: str) -> QPalette:
        QApplication.setPalette(palette_of(THEMES[name]))
        qapp.processEvents()
        return QApplication.palette()

    yield apply
    QApplication.setPalette(original)
    qapp.processEvents()


def ink_and_paper(widget: QWidget, inset: int = 0) -> tuple[QColor, QColor]:
    """The background a widget shows (its commonest pixel) and the colour that stands out most on it."""
    widget.repaint()
    image = widget.grab().toImage()
    counts: Counter[int] = Counter()
    for y in range(inset, image.height() - inset):
        for x in range(inset, image.width() - inset, 2):
            counts[image.pixel(x, y)] += 1
    paper = QColor.fromRgb(counts.most_common(1)[0][0])
    ink = max((QColor.fromRgb(p) for p in counts), key=lambda c: contrast_ratio(c, paper))
    return ink, paper


def desk_of(window: MainWindow) -> DeskPage:
    window.show_page(DeskPage)
    return window.page(DeskPage)


def register(qtbot, desk: DeskPage, text: str) -> None:
    qtbot.keyClicks(desk.search, text)
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)


# -- the registration desk ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["dark", "light"])
@pytest.mark.parametrize(("who", "kind"), [("10234", "vote"), ("10388", "no_vote"), ("99999", "error")])
def test_desk_status_panel_reads_and_matches_the_theme(qtbot, window, theme, name, who, kind):
    palette = theme(name)
    desk = desk_of(window)
    register(qtbot, desk, who)
    assert desk.status_kind == kind
    ink, paper = ink_and_paper(desk.status, inset=8)  # inside the 3px border and the rounded corners
    assert contrast_ratio(ink, paper) >= MINIMUM_CONTRAST, (ink.name(), paper.name())
    assert is_dark(palette) == (paper.lightness() < 128)  # a deep panel in a dark window, a pale one in a light
    assert paper.name() != palette.color(QPalette.ColorRole.Window).name()  # a panel, not the window


@pytest.mark.parametrize("name", ["dark", "light"])
def test_desk_quorum_line_reads_on_the_window(qtbot, window, theme, name):
    palette = theme(name)
    desk = desk_of(window)
    register(qtbot, desk, "10234")
    assert desk.quorum.text().startswith("Quorum NOT met")
    ink, paper = ink_and_paper(desk.quorum)
    assert paper.name() == palette.color(QPalette.ColorRole.Window).name()
    assert contrast_ratio(ink, paper) >= MINIMUM_CONTRAST, (ink.name(), paper.name())
    register(qtbot, desk, "10577")
    assert desk.quorum.text().startswith("Quorum met")
    ink, paper = ink_and_paper(desk.quorum)
    assert contrast_ratio(ink, paper) >= MINIMUM_CONTRAST, (ink.name(), paper.name())


@pytest.mark.parametrize("name", ["dark", "light"])
def test_desk_results_may_vote_colours_read_on_the_list(qtbot, window, theme, name):
    palette = theme(name)
    desk = desk_of(window)
    register(qtbot, desk, "10234")  # so the Registered column is coloured too
    qtbot.keyClicks(desk.search, "10")
    rows = {desk.model.hit(r).number: r for r in range(desk.model.rowCount())}
    may_vote, may_not = rows["10234"], rows["10412"]  # Zoë O'Brien may vote; Łukasz Wójcik (lapsed) may not
    assert desk.model.data(desk.model.index(may_vote, 4)) == "Yes"
    assert desk.model.data(desk.model.index(may_not, 4)) == "No"
    for row, column in ((may_vote, 4), (may_not, 4), (may_vote, 5)):
        brush = desk.model.data(desk.model.index(row, column), Qt.ItemDataRole.ForegroundRole)
        assert brush is not None
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
            background = palette.color(role)
            assert contrast_ratio(brush.color(), background) >= MINIMUM_CONTRAST, (row, column, background.name())
    yes = desk.model.data(desk.model.index(may_vote, 4), Qt.ItemDataRole.ForegroundRole).color()
    no = desk.model.data(desk.model.index(may_not, 4), Qt.ItemDataRole.ForegroundRole).color()
    assert yes != no


def test_desk_panel_follows_a_theme_switch_while_it_is_shown(qtbot, window, theme):
    theme("light")
    desk = desk_of(window)
    register(qtbot, desk, "10234")
    _ink, light_paper = ink_and_paper(desk.status, inset=8)
    assert light_paper.lightness() >= 128
    theme("dark")  # the system switched to dark mode mid-meeting
    ink, paper = ink_and_paper(desk.status, inset=8)
    assert paper.lightness() < 128
    assert contrast_ratio(ink, paper) >= MINIMUM_CONTRAST
    ink, paper = ink_and_paper(desk.quorum)
    assert contrast_ratio(ink, paper) >= MINIMUM_CONTRAST
    theme("light")
    _ink, paper = ink_and_paper(desk.status, inset=8)
    assert paper.name() == light_paper.name()


# -- the count ---------------------------------------------------------------------------------------------------


@pytest.fixture
def counted(tmp_path) -> Iterator[tuple[MeetingService, int]]:
    """A closed motion in four boxes: definitive, differing, awaiting a second entry, not yet counted."""
    svc = MeetingService.create(tmp_path / "agm", title="AGM", date=dt.date(2025, 5, 1), voting_statuses=["Full"])
    for i in range(8):
        svc.save_member(MemberRecord(f"M{i}", f"First{i}", f"Last{i}", "", "", None, "Full", ""))
        svc.register(f"M{i}")
    for name in ("Overflow", "Balcony", "Annexe"):
        B.add_box(svc, name)
    ballot_id = B.create_ballot(svc, motion_spec("Motion 1"))
    B.open_ballot(svc, ballot_id)
    boxes = ["Main hall", "Main hall", "Overflow", "Overflow", "Balcony", "Balcony", "Annexe", "Annexe"]
    for person, box in zip(svc.attendees(), boxes, strict=True):
        papers.issue_paper(svc, ballot_id, person.id, box)
    B.close_ballot(svc, ballot_id)
    counting.enter_count(svc, ballot_id, "Main hall", "Ann", CountFigures(2, (1, 1)))
    counting.enter_count(svc, ballot_id, "Main hall", "Bob", CountFigures(2, (1, 1)))
    counting.enter_count(svc, ballot_id, "Overflow", "Ann", CountFigures(2, (2, 0)))
    counting.enter_count(svc, ballot_id, "Overflow", "Bob", CountFigures(2, (0, 2)))
    counting.enter_count(svc, ballot_id, "Balcony", "Ann", CountFigures(2, (1, 1)))
    yield svc, ballot_id
    svc.close()


@pytest.mark.parametrize("name", ["dark", "light"])
def test_box_states_tint_and_text_read_together(qapp, theme, counted, name):
    palette = theme(name)
    svc, ballot_id = counted
    model = BoxStatesModel()
    model.set_rows(counting.box_states(svc, ballot_id))
    states = {}
    for row in range(model.rowCount()):
        index = model.index(row, 3)
        background = model.data(index, Qt.ItemDataRole.BackgroundRole)
        text = model.data(index, Qt.ItemDataRole.ForegroundRole)
        states[model.data(model.index(row, 0))] = (model.data(index), background is not None)
        if background is None:  # untinted: the view draws the palette's text on its base
            assert text is None
            continue
        background, text = QColor(background), QColor(text)
        assert contrast_ratio(text, background) >= MINIMUM_CONTRAST, (row, text.name(), background.name())
        assert is_dark(palette) == (background.lightness() < 128)
    # The words say what the tint says; the untinted box says it in words alone.
    assert states == {
        "Main hall": ("Definitive", True),
        "Overflow": ("Entries differ (For, Against): chair to resolve", True),
        "Balcony": ("Waiting for a second teller", True),
        "Annexe": ("Waiting for the first entry", False),
    }


@pytest.mark.parametrize("name", ["dark", "light"])
def test_count_form_check_line_reads_on_the_window(qtbot, theme, name):
    palette = theme(name)
    form = CountForm()
    qtbot.addWidget(form)
    form.set_options(("For", "Against"))
    form.show()
    qtbot.waitExposed(form)
    for values, sign in ((("3", "2", "2", "0", "0"), "⚠"), (("4", "2", "2", "0", "0"), "✔")):
        for field, value in zip(form.number_fields(), values, strict=True):
            field.setText(value)
        assert form.check_text().startswith(sign)  # the words carry it; the colour repeats it
        ink, paper = ink_and_paper(form.check)
        assert paper.name() == palette.color(QPalette.ColorRole.Window).name()
        assert contrast_ratio(ink, paper) >= MINIMUM_CONTRAST, (sign, ink.name(), paper.name())


@pytest.mark.parametrize("name", ["dark", "light"])
def test_count_page_messages_read_on_the_window(qtbot, theme, counted, name):
    from ballotdesk.ui.context import MeetingContext

    theme(name)
    svc, _ballot_id = counted
    context = MeetingContext()
    context.service = svc
    context.teller = "Ann"
    page = CountPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    page.box_combo.setCurrentText("Balcony")  # Ann entered it first: a second teller must
    assert "a different teller must enter the second" in page.entry_note.text()
    labels: list[QLabel] = [page.entry_note]
    page.box_combo.setCurrentText("Main hall")
    assert page.account_message.text().startswith("Balanced")
    labels.append(page.account_message)
    for label in labels:
        ink, paper = ink_and_paper(label)
        assert contrast_ratio(ink, paper) >= MINIMUM_CONTRAST, (label.text(), ink.name(), paper.name())


# -- the tones themselves, as the running application chooses them ----------------------------------------------


@pytest.mark.parametrize("name", ["dark", "light"])
def test_every_tone_reads_in_the_applied_palette(theme, name):
    palette = theme(name)
    assert is_dark(palette) == (name == "dark")
    for tone in Tone:
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
            colour = foreground(tone, palette, role)
            assert contrast_ratio(colour, palette.color(role)) >= MINIMUM_CONTRAST, (tone, role)
        shade, solid = tint(tone, palette), badge(tone, palette)
        assert contrast_ratio(shade.text, shade.background) >= MINIMUM_CONTRAST, tone
        assert contrast_ratio(solid.text, solid.background) >= MINIMUM_CONTRAST, tone


def test_an_unusual_palette_still_gets_readable_tones(qapp):
    """A mid-grey window (a high-contrast or custom theme) is neither theme's; the foreground is mended."""
    palette = palette_of({QPalette.ColorRole.Window: "#6e6e6e", QPalette.ColorRole.Base: "#7a7a7a"})
    for tone in Tone:
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            assert contrast_ratio(foreground(tone, palette, role), palette.color(role)) >= MINIMUM_CONTRAST
