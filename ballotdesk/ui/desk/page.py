"""The registration desk: the screen at the door, driven entirely from the keyboard.

A steward types a few letters of a name or a membership number; the list follows each
keystroke; Up/Down choose; Enter registers. The search field never loses the focus, so the
next person can be typed at once, and a large panel says in words what just happened, so the
steward can read it aloud and a colour-blind steward is never left guessing.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, ClassVar

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.search import looks_like_number
from ballotdesk.services.meeting import Figures, MeetingService, Registration
from ballotdesk.ui.actions import ActionName, action_button
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.desk.model import SearchResultsModel
from ballotdesk.ui.dialogs import Dialogs
from ballotdesk.ui.models.format import clock
from ballotdesk.ui.pages import Page
from ballotdesk.ui.tones import Tone, style_text, style_tint
from ballotdesk.ui.widgets.page_tools import row_table

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

SEARCH_LIMIT = 50

# What each panel kind means, as a tone (colours come from the theme). Every kind goes with a headline in words.
STATUS_TONES = {
    "vote": Tone.OK,
    "no_vote": Tone.WARNING,
    "already": Tone.INFO,
    "error": Tone.PROBLEM,
    "info": Tone.MUTED,
}
URGENT_KINDS = frozenset({"no_vote", "already", "error"})
"""Outcomes a screen reader should say at once, interrupting: the steward must act on them."""
RESULT_ROWS = 4
"""Rows of results that always stay visible, however little room the window leaves the desk."""


def quorum_text(figures: Figures) -> str:
    """The quorum in words, e.g. "Quorum met: 312 present, 232 needed" (the window and pages share it).

    Present and needed are named separately: "312 of 232 needed" read as if 312 were a share of 232.
    """
    present, needed = figures.may_vote_present, figures.quorum
    if needed <= 0:
        return QCoreApplication.translate("DeskPage", "No quorum set: {0} present may vote").format(f"{present:,}")
    if figures.quorate:
        return QCoreApplication.translate("DeskPage", "Quorum met: {0} present, {1} needed").format(
            f"{present:,}", f"{needed:,}")
    return QCoreApplication.translate("DeskPage", "Quorum NOT met: {0} present, {1} needed ({2} more)").format(
        f"{present:,}", f"{needed:,}", f"{needed - present:,}")


def figures_text(figures: Figures) -> str:
    """The live counts of the desk, in one line (the meeting page splits it at the four-space gaps)."""
    return QCoreApplication.translate(
        "DeskPage", "Registered: {0}    May vote and present: {1}    Guests: {2}    Departed: {3}").format(
        f"{figures.registered:,}", f"{figures.may_vote_present:,}", f"{figures.guests:,}", f"{figures.departed:,}")


def plain_words(text: str) -> str:
    """``text`` without any HTML markup: what a screen reader should say."""
    return QTextDocumentFragment.fromHtml(text).toPlainText() if QtGui.Qt.mightBeRichText(text) else text


def show_words(label: QLabel, text: str) -> None:
    """Set a label's text and repeat it, as plain words, in its accessible description.

    A label that has an accessible name is read by that name alone (the name replaces the text
    for assistive technology), so "Registration status" would be all a blind steward heard.
    The description carries what the label says now.
    """
    label.setText(text)
    label.setAccessibleDescription(plain_words(text))


def announce(widget: QWidget, text: str, *, urgent: bool) -> None:
    """Ask the screen reader to say ``text`` now (Qt 6.8+; older Qt has no announcements and says nothing).

    A changed description is read only when the user moves to the panel; the steward keeps the
    cursor in the search field, so each outcome is announced as it happens. ``urgent`` ones
    (refusals, may not vote, already registered) interrupt whatever is being read.
    """
    event_type = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
    if event_type is None:
        return
    event = event_type(widget, text)
    politeness = getattr(QAccessible, "AnnouncementPoliteness", None)
    if politeness is not None:
        event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QAccessible.updateAccessibility(event)


_DATE = re.compile(r"(?<!\d)(\d{1,2}) ([^\W\d_]{3,}\.?) (\d{4})(?!\d)")
"""A date as :func:`~ballotdesk.domain.eligibility.long_date` writes it ("3 Feb 2015", "3 Chwef 2015")."""
_FIGURE = re.compile(r": (?=\d)")
"""The space between a label and its figure ("Departed: 0")."""

DETAIL_SCALE = 0.62
"""The panel's detail lines, as a share of the verdict's point size."""
PANEL_BORDER, PANEL_PADDING = 3, 12
"""The panel's border and padding, in pixels."""


def _rich(line: str) -> str:
    """One line as HTML: escaped, each date and each "label: figure" held together by non-breaking spaces."""
    line = _DATE.sub(r"\1&nbsp;\2&nbsp;\3", html.escape(line, quote=False))
    return _FIGURE.sub(":&nbsp;", line)


class WordsLabel(QLabel):
    """A label whose :meth:`text` is its plain words, drawn so that a date or a figure never breaks apart.

    Other pages, the tests and assistive technology read the words; only the drawing differs
    ("Departed:" at the end of one line and its "0" on the next is easily misread). The accessible
    description repeats the words, because the label's accessible name would hide them
    (see :func:`show_words`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self._words = ""

    def text(self) -> str:
        """The words shown, as plain text (lines separated by newlines); :meth:`rich_text` is how they are drawn."""
        return self._words

    def setText(self, text: str) -> None:
        """Show ``text`` (plain words)."""
        self._words = text
        self._render()

    def rich_text(self) -> str:
        """The HTML the label draws."""
        return super().text()

    def _html(self) -> str:
        return "<br>".join(map(_rich, self._words.split("\n"))) if self._words else ""

    def _render(self) -> None:
        # pre-wrap: HTML would fold the figures' four-space gaps into one, yet lines must still wrap.
        markup = f'<div style="white-space:pre-wrap">{self._html()}</div>'
        super().setText(markup)
        self.setAccessibleDescription(self.text())


class StatusPanel(WordsLabel):
    """The desk's big panel: the verdict large on a line of its own, the details smaller.

    The verdict is the first line up to its first ": " ("REGISTERED — MAY VOTE", "ALREADY
    REGISTERED at 11:02"), so the outcome is read at a glance from across the desk while the
    words themselves (and their translations) stay as they are. Once the steward starts on the
    next person, :meth:`mark_previous` heads the words with whom they were about.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._previous = ""

    def text(self) -> str:
        """The words shown, headed by the "Previous" line while they are about the previous person."""
        return f"{self._previous}\n{self._words}" if self._previous else self._words

    def setText(self, text: str) -> None:
        """Show ``text`` (plain words) as the current outcome."""
        self._previous = ""
        super().setText(text)

    def mark_previous(self, heading: str) -> None:
        """Show the same words under ``heading`` ("Previous: Zoë O'Brien (10234)"), all at the detail size."""
        self._previous = heading
        self._render()

    @property
    def is_previous(self) -> bool:
        """True while the words are about the previous person."""
        return bool(self._previous)

    def _html(self) -> str:
        detail = f"font-size:{self.font().pointSizeF() * DETAIL_SCALE:.1f}pt"
        lines = self._words.split("\n")
        if self._previous:
            return (f'<div style="{detail}">{_rich(self._previous)}</div>'
                    f'<div style="{detail}; font-weight:normal">{"<br>".join(map(_rich, lines))}</div>')
        verdict, colon, rest = lines[0].partition(": ")
        details = [rest, *lines[1:]] if colon else lines[1:]
        body = f"<div>{_rich(verdict)}</div>"
        if details:
            body += f'<div style="{detail}">{"<br>".join(map(_rich, details))}</div>'
        return body


class StatusArea(QScrollArea):
    """Holds the panel: as tall as its words need while there is room, scrolling when there is not.

    On a small screen with a large font a label would simply be cut off at the bottom, and the
    cut-off part may be the "NO ballot paper" line. Here every word stays reachable, the verdict
    line always fits, and the results list keeps its rows (:data:`RESULT_ROWS`).
    """

    def __init__(self, panel: StatusPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.setWidget(panel)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search field keeps the keyboard
        self.viewport().setAutoFillBackground(False)  # the panel's rounded corners show the window
        line = QFontMetrics(panel.font()).height()
        detail_font = QFont(panel.font())
        detail_font.setPointSizeF(panel.font().pointSizeF() * DETAIL_SCALE)
        detail = QFontMetrics(detail_font).height()
        chrome = 2 * (PANEL_BORDER + PANEL_PADDING) + 4  # and a little air
        self.setMinimumHeight(line + chrome)
        self._usual = line + 2 * detail + chrome
        """Room for a usual outcome (the verdict and two lines), so the layout does not jump at each person."""

    def sizeHint(self) -> QSize:
        """The panel's height for the width it has (a label's own hint guesses a width), at least a usual outcome."""
        width = self.viewport().width() if self.isVisible() else self.width()
        return QSize(super().sizeHint().width(), max(self.panel.heightForWidth(max(width, 1)), self._usual))

    def show_top(self) -> None:
        """Scroll back to the verdict and let the layout reconsider the panel's height."""
        self.verticalScrollBar().setValue(0)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width wraps the words anew: ask the layout for the height that now fits."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()


class StaffField(QLineEdit):
    """The "At the desk" name: Enter or Esc hands the keyboard back to the search field.

    The name is typed once a shift; if the cursor stayed here, the next member's name would be
    typed into it and become the name of whoever is at the desk.
    """

    finished = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter (after the usual returnPressed) and Esc say the name is done."""
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            super().keyPressEvent(event)
            event.accept()
            self.finished.emit()
            return
        super().keyPressEvent(event)


class SearchField(QLineEdit):
    """The desk's search field: arrows move the highlighted result, Ctrl+Z undoes a registration.

    A line edit would use Up/Down for nothing and Ctrl+Z for its own text; at the desk both are
    more useful for the list and for the last registration. Ctrl+Home and Ctrl+End go to the first
    and last result (plain Home and End still move the text cursor, as in any field), and Esc
    clears what was typed, so a steward who gives up on a name starts the next one at once.
    """

    move_requested = Signal(int)
    undo_requested = Signal()

    _MOVES: ClassVar[dict[Qt.Key, int]] = {
        Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10,
    }
    _ENDS: ClassVar[dict[Qt.Key, int]] = {Qt.Key.Key_Home: -SEARCH_LIMIT, Qt.Key.Key_End: SEARCH_LIMIT}
    """Ctrl+Home/Ctrl+End: a step past either end of the list, which :meth:`DeskPage.move_highlight` stops at."""

    def event(self, event: QEvent) -> bool:
        """Claim Ctrl+Z before any window shortcut, so it always reaches :meth:`keyPressEvent`."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.matches(QKeySequence.StandardKey.Undo):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows and Ctrl+Z act on the desk; everything else edits the text."""
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
            return
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        step = self._MOVES.get(key) if modifiers == Qt.KeyboardModifier.NoModifier else (
            self._ENDS.get(key) if modifiers == Qt.KeyboardModifier.ControlModifier else None)
        if step is not None:
            self.move_requested.emit(step)
            return
        if key == Qt.Key.Key_Escape and modifiers == Qt.KeyboardModifier.NoModifier and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


def scaled(factor: float) -> float:
    """A point size ``factor`` times the system's font, so the desk grows with the user's setting.

    Sized for a 9-point system font the desk reads 18, 22 and 13 points; someone who has made
    their system font larger gets a larger desk.
    """
    base = QApplication.font().pointSizeF()
    return factor * (base if base > 0 else 9.0)


class DeskPage(Page):
    """Search, register, undo, guests and provisional attendees, with the live figures."""


    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._undoable: tuple[MeetingService, int] | None = None
        """The registration Ctrl+Z may take back: the latest made at this desk, in this meeting, once.
        A second press must not reach back to someone registered an hour ago and already in the hall."""

        self.search = SearchField()
        self.search.setObjectName("desk_search")
        self.search.setAccessibleName(self.tr("Search members"))
        self.search.setAccessibleDescription(self.tr(
            "Type a name or membership number; Up and Down choose a result (Page Up, Page Down, Ctrl+Home "
            "and Ctrl+End jump); Enter registers; Esc clears; Ctrl+Z undoes."))
        self.search.setPlaceholderText(self.tr("Type a name or membership number, then press Enter"))
        self.search.setClearButtonEnabled(True)
        font = self.search.font()
        font.setPointSizeF(scaled(2.0))
        self.search.setFont(font)
        self.search.setMinimumHeight(44)
        self.search.textChanged.connect(self.run_search)
        self.search.returnPressed.connect(self.register_highlighted)
        self.search.move_requested.connect(self.move_highlight)
        self.search.undo_requested.connect(self.undo_last)

        self.model = SearchResultsModel()
        self.results = QTableView()
        self.results.setObjectName("desk_results")
        row_table(self.results, self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        results_font = self.results.font()
        results_font.setPointSizeF(scaled(1.45))
        self.results.setFont(results_font)
        row_height = max(30, QFontMetrics(results_font).height() + 6)  # a larger system font needs taller rows
        self.results.verticalHeader().setDefaultSectionSize(row_height)
        # However little room is left, the steward still sees a few names to choose from.
        self.results.setMinimumHeight(header.sizeHint().height() + RESULT_ROWS * row_height
                                      + 2 * self.results.frameWidth())
        self.results.doubleClicked.connect(lambda index: self._register_row(index.row()))

        self.hint = WordsLabel()
        self.hint.setAccessibleName(self.tr("Search hint"))
        self.hint.setWordWrap(True)

        self.status = StatusPanel()
        self.status.setObjectName("desk_status")
        self.status.setAccessibleName(self.tr("Registration status"))
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        status_font = QFont(self.status.font())
        status_font.setPointSizeF(max(20.0, scaled(2.45)))
        status_font.setBold(True)
        self.status.setFont(status_font)
        self.status_area = StatusArea(self.status)
        self.status_kind = "info"
        self._status_about = ""
        """Whom the panel's outcome is about ("" for none), for marking it once the next search starts."""
        self._quorate: tuple[MeetingService, bool] | None = None
        """The meeting and whether it was quorate at the last redraw, to announce the moment that changes."""

        self.figures = WordsLabel()
        self.figures.setAccessibleName(self.tr("Attendance figures"))
        self.quorum = WordsLabel()
        self.quorum.setAccessibleName(self.tr("Quorum"))
        for label, size in ((self.figures, scaled(1.55)), (self.quorum, scaled(1.8))):
            f = QFont(label.font())
            f.setPointSizeF(size)
            f.setBold(True)
            label.setFont(f)
            label.setWordWrap(True)

        # Who is at the desk: named in the audit log for every registration they make.
        self.staff = StaffField()
        self.staff.setObjectName("desk_staff")
        self.staff.setAccessibleName(self.tr("Desk staff name"))
        self.staff.setPlaceholderText(self.tr("your name"))
        room = self.staff.fontMetrics().averageCharWidth()
        self.staff.setMinimumWidth(22 * room)  # a first name and a double-barrelled surname, at any font size
        self.staff.setMaximumWidth(32 * room)
        self.staff.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.staff.textChanged.connect(self._staff_changed)
        self.staff.finished.connect(self.search.setFocus)
        # A mnemonic: the field takes no Tab focus (the search keeps the keyboard), so Alt+A is how a
        # keyboard-only helper reaches it.
        staff_label = QLabel(self.tr("&At the desk:"))
        staff_label.setBuddy(self.staff)

        # The name sits beside the hint rather than among the buttons: with a large font the
        # buttons alone fill a 1024-pixel screen, and the name field was squeezed to nothing.
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.hint, 1)
        hint_row.addWidget(staff_label)
        hint_row.addWidget(self.staff)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(hint_row)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status_area)
        layout.addWidget(self.figures)
        layout.addWidget(self.quorum)
        layout.addLayout(self.buttons)
        self.setFocusProxy(self.search)
        self.search.textChanged.connect(self._search_edited)
        self.show_status("info", self.tr("Ready. Type a name or membership number."))
        self.refresh()

    def bind(self, actions: dict[ActionName, QAction], dialogs: Dialogs) -> None:
        """Use the main window's dialogs and actions; add their buttons (which never take the focus)."""
        super().bind(actions, dialogs)
        for name in self.commands:
            button = action_button(actions[name], self, take_focus=False)
            button.setMinimumHeight(36)
            font = button.font()
            font.setPointSize(font.pointSize() + 1)
            button.setFont(font)
            self.buttons.insertWidget(self.buttons.count() - 1, button)

    # -- searching ----------------------------------------------------------------------------

    def run_search(self, text: str | None = None) -> None:
        """Show the members matching the field (an exact number first) and highlight the first."""
        text = self.search.text() if text is None else text
        hits = self.service.search(text, SEARCH_LIMIT) if self.service and text.strip() else []
        self.model.set_hits(hits)
        if hits:
            self._select(0)
            full = len(hits) >= SEARCH_LIMIT
            more = self.tr(" (first {0}; type more to narrow)").format(SEARCH_LIMIT) if full else ""
            self.hint.setText(self.tr("{0} found{1}. Up/Down to choose, Enter to register.").format(len(hits), more))
        elif text.strip():
            self.hint.setText(self.tr(
                "No member matches '{0}'. Enter looks up a full membership number; "
                "Ctrl+Shift+P adds a provisional attendee.").format(text.strip()))
        else:
            self.hint.setText(self.tr("Type a name or membership number."))

    def _select(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.results.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.results.scrollTo(index)

    def highlighted_row(self) -> int:
        """The row Enter would register, or -1."""
        rows = self.results.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def move_highlight(self, step: int) -> None:
        """Move the highlighted result up or down, stopping at either end."""
        count = self.model.rowCount()
        if count:
            current = self.highlighted_row()
            self._select(min(max((current if current >= 0 else 0) + step, 0), count - 1))

    # -- registering ----------------------------------------------------------------------------

    def register_highlighted(self) -> None:
        """Enter: register the highlighted member, or the membership number typed in full."""
        row = self.highlighted_row()
        if row >= 0:
            self._register_row(row)
        elif self.search.text().strip():
            self.register_number(self.search.text().strip())
        self.search.setFocus()

    def _register_row(self, row: int) -> None:
        hit = self.model.hit(row)
        if hit is not None:
            self.register_number(hit.number)

    def named_steward(self) -> bool:
        """Whether the desk knows who is at it, asking the first time it is used.

        The record says who registered each person: without a name, File › New left every
        registration logged as "chair". The name is kept in "At the desk" for this desk.
        """
        if self.staff.text().strip():
            return True
        name = " ".join((self.dialogs.steward_name() or "").split())
        if not name:
            self.show_status("info", self.tr("Nobody is registered until the desk has a name: type yours in "
                                             "“At the desk”, so the record says who registered each person."))
            return False
        self.staff.setText(name)
        return True

    def register_number(self, number: str) -> Registration | None:
        """Register one member, issue any desk ballot paper, and say what happened."""
        service = self.service
        if service is None or not self.named_steward():
            return None
        result = self.dialogs.attempt(self.tr("Registration"), lambda: service.register_at_desk(number))
        if result is None:
            self.search.setFocus()
            return None
        who = f"{result.name} ({result.number})"
        if result.outcome == "unknown":
            self.show_status("error", self.tr(
                "NOT ON THE ROLL: {0}. Check the number, or add a provisional attendee (Ctrl+Shift+P).")
                .format(result.reason), who=result.number)
            self.search.setFocus()
            if not looks_like_number(number):
                self.search.selectAll()  # a name found nobody: the next arrival's name replaces it
            return result
        elif result.outcome in ("already", "returned"):
            vote = self.tr("may vote") if result.may_vote else self.tr("may not vote because {0}").format(result.reason)
            if result.outcome == "returned":  # marked as departed earlier: counted as present again
                self.context.notify("attendee.returned")
                text = self.tr("BACK IN THE HALL: {0} — registered at {1}, had left at {2}; {3}").format(
                    who, clock(result.at), clock(result.departed_at), vote)
            elif result.by and result.by != service.actor:  # another steward: the one to ask
                text = self.tr("ALREADY REGISTERED at {0} by {1}: {2} — {3}").format(
                    clock(result.at), result.by, who, vote)
            else:
                text = self.tr("ALREADY REGISTERED at {0}: {1} — {2}").format(clock(result.at), who, vote)
            # Someone registered before the desk began issuing papers gets theirs now; someone who
            # has one is told so, with where and when, rather than left to guess.
            papers = self._paper_lines(result, already=True)
            self.show_status("already", "\n".join([text, *papers]), who=who)
            self.search.clear()
        else:
            if result.may_vote:
                text = self.tr("REGISTERED — MAY VOTE: {0} — {1}").format(who, result.reason)
            else:
                text = self.tr("REGISTERED — MAY ATTEND BUT NOT VOTE: {0} because {1}").format(who, result.reason)
            papers = self._paper_lines(result)
            self._undoable = (service, result.attendee_id) if result.attendee_id is not None else None
            self.show_status("vote" if result.may_vote else "no_vote", "\n".join([text, *papers]), who=who)
            self.search.clear()
            self.context.notify("attendee.register")
        self.search.setFocus()
        return result

    def _paper_lines(self, result: Registration, *, already: bool = False) -> list[str]:
        """A line for each paper the registration issued or was refused; refusals are reported, not raised.

        ``already``: the person was registered earlier, so a refusal (usually "already holds a
        paper") is news, not an alarm.
        """
        lines: list[str] = []
        for paper in result.papers:
            if paper.issued:
                lines.append(self.tr("Ballot paper: {0} — box {1}").format(paper.ballot_title, paper.box))
            else:
                refused = self.tr("Ballot paper for {0}: {1}") if already else self.tr("NO ballot paper for {0}: {1}")
                lines.append(refused.format(paper.ballot_title, paper.refused))
        if any(paper.issued for paper in result.papers):
            self.context.notify("paper.issue")
        return lines

    def undo_last(self) -> None:
        """Ctrl+Z: take back the latest registration and say whose it was.

        While the search field holds typing, Ctrl+Z undoes the typing, as in any text field: a
        steward correcting a name must not take back the last person's registration. A refusal
        is said in the panel (and to a screen reader), without a dialog that would stop the door.
        """
        service = self.service
        if service is None:
            return
        if self.search.hasFocus() and self.search.text() and self.search.isUndoAvailable():
            self.search.undo()
            return
        if self._undoable is None or self._undoable[0] is not service:
            self.show_status("info", self.tr(
                "Nothing to undo: Ctrl+Z takes back only the latest registration made at this desk, once."))
            self.search.setFocus()
            return
        try:
            undone = service.undo_last_registration(self._undoable[1])
        except DomainError as error:
            self.show_status("error", self.tr("NOT UNDONE: {0}").format(error))
            self.search.setFocus()
            return
        self._undoable = None
        if undone is None:
            self.show_status("info", self.tr("Nothing to undo: nobody is registered."))
        else:
            person = undone.attendee
            number = f" ({person.number})" if person.number else ""
            lines = [self.tr("UNDONE: registration of {0}{1} taken back.").format(person.name, number)]
            # The desk had issued a paper with the registration: its record is gone, so the paper must not be used.
            lines += [self.tr("The ballot paper for {0} ({1}) is cancelled too: keep it back.").format(ballot, box)
                      for ballot, box in undone.papers]
            self.show_status("info", "\n".join(lines), who=f"{person.name}{number}")
            self.context.notify("attendee.undo")
            self.run_search()
        self.search.setFocus()

    def add_guest(self) -> None:
        """Register a guest (press, visitor): may attend, never votes."""
        service = self.service if self.named_steward() else None
        answer = self.dialogs.guest() if service else None
        if service is not None and answer is not None and self._not_a_twin(self.tr("Add guest"), answer[0]):
            name, note = answer
            person = self.dialogs.attempt(self.tr("Add guest"), lambda: service.add_guest(name, note))
            if person is not None:
                self._undoable = (service, person.id)
                self.show_status("no_vote", self.tr("GUEST REGISTERED — MAY ATTEND, NEVER VOTES: {0}").format(
                    person.name), who=person.name)
                self.context.notify("attendee.guest")
        self.search.setFocus()

    def add_provisional(self) -> None:
        """Register someone not on the roll; they vote only once the chair approves."""
        service = self.service if self.named_steward() else None
        answer = self.dialogs.provisional() if service else None
        if service is not None and answer is not None and self._not_a_twin(self.tr("Add provisional attendee"),
                                                                            answer[0]):
            name, reason = answer
            person = self.dialogs.attempt(self.tr("Add provisional attendee"),
                                          lambda: service.add_provisional(name, reason))
            if person is not None:
                self._undoable = (service, person.id)
                verdict = self.tr("PROVISIONAL — MAY ATTEND; MAY VOTE ONLY IF THE CHAIR APPROVES: {0} ({1})").format(
                    person.name, reason)
                where = self.tr("The chair approves a vote on the Attendance page (Approve vote…).")
                self.show_status("no_vote", f"{verdict}\n{where}", who=person.name)
                self.context.notify("attendee.provisional")
        self.search.setFocus()

    def _not_a_twin(self, title: str, name: str) -> bool:
        """True unless a guest or provisional attendee of that name is already here and the steward says no."""
        service = self.service
        twins = service.namesakes(name) if service is not None else []
        if not twins:
            return True
        kinds = {"guest": self.tr("a guest"), "provisional": self.tr("a provisional attendee")}
        twin = twins[-1]
        return self.dialogs.confirm(title, self.tr(
            "{0} is already registered as {1} (at {2}). Register another person of the same name?").format(
            twin.name, kinds.get(twin.kind, twin.kind), clock(twin.registered_at)))

    # -- display --------------------------------------------------------------------------------

    def show_status(self, kind: str, text: str, who: str = "") -> None:
        """Fill the big panel: the words carry the meaning, the colour repeats it, a screen reader says it.

        The panel's colours come from the theme now and again whenever the palette changes
        (:func:`~ballotdesk.ui.tones.style_tint`), so a switch to dark mode mid-meeting keeps it legible.
        ``who`` names the person the outcome is about, for :meth:`_search_edited` to mark it as theirs
        once the steward moves on.
        """
        self.status_kind = kind
        self._status_about = who
        self.status.setText(text)
        self._tint_status(STATUS_TONES[kind])
        self.status_area.show_top()
        if self.isVisible():
            announce(self.status, text, urgent=kind in URGENT_KINDS)

    def _tint_status(self, tone: Tone) -> None:
        style_tint(self.status, tone, border=f"{PANEL_BORDER}px",
                   extra=f"border-radius: 6px; padding: {PANEL_PADDING}px;")

    def _search_edited(self, text: str) -> None:
        """The steward has started on the next person: mark the panel's outcome as the previous person's.

        Otherwise a glance at a green "MAY VOTE" while the next member stands at the desk reads as
        that member's answer. The panel turns grey and says whom it was about, until the next outcome.
        """
        if text.strip() and self._status_about and not self.status.is_previous:
            self.status.mark_previous(self.tr("Previous: {0}").format(self._status_about))
            self._tint_status(Tone.MUTED)

    def _staff_changed(self, name: str) -> None:
        """Changes are recorded under the name of whoever is at the desk ("desk" until one is given)."""
        if self.service is not None:
            self.service.actor = " ".join(name.split()) or "desk"

    def refresh(self) -> None:
        """Redraw the figures and the results (a registration elsewhere changes the Registered column)."""
        service = self.service
        enabled = service is not None
        if service is not None and self.staff.text().strip():
            service.actor = " ".join(self.staff.text().split())
        self.search.setEnabled(enabled)
        if service is None:
            self._quorate = None
            self.model.set_hits([])
            self.figures.setText(self.tr("No meeting is open. Use File › Open or File › New."))
            self.quorum.setText("")
            return
        figures = service.figures()
        self.figures.setText(figures_text(figures))
        self.quorum.setText(quorum_text(figures))
        style_text(self.quorum, Tone.OK if figures.quorate or figures.quorum <= 0 else Tone.PROBLEM)
        self._announce_quorum(service, figures)
        self.run_search()  # with nothing typed, this says what to type (the hint line was blank at first)

    def _announce_quorum(self, service: MeetingService, figures: Figures) -> None:
        """Tell a screen reader when the quorum is reached or lost; sighted stewards see the line turn.

        Only a change is said (not every redraw, nor a meeting just opened), after the outcome
        that caused it, so the chair who is listening knows the moment the meeting may proceed.
        """
        quorate = figures.quorate and figures.quorum > 0
        before, self._quorate = self._quorate, (service, quorate)
        if before is not None and before[0] is service and before[1] != quorate and self.isVisible():
            announce(self.quorum, self.quorum.text(), urgent=False)

    def showEvent(self, event: QShowEvent) -> None:
        """Arriving at the desk puts the cursor in the search field."""
        super().showEvent(event)
        self.search.setFocus()
