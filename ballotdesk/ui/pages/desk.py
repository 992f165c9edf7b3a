"""The registration desk: the screen at the door, driven entirely from the keyboard.

A steward types a few letters of a name or a membership number; the list follows each
keystroke; Up/Down choose; Enter registers. The search field never loses the focus, so the
next person can be typed at once, and a large panel says in words what just happened, so the
steward can read it aloud and a colour-blind steward is never left guessing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ballotdesk.domain.errors import DomainError
from ballotdesk.services import ballots
from ballotdesk.services.meeting import Figures, Registration
from ballotdesk.ui.actions import ActionName, action_button
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.dialogs import Dialogs
from ballotdesk.ui.models.desk import SearchResultsModel
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


def quorum_text(figures: Figures) -> str:
    """The quorum in words, e.g. "Quorum met: 312 of 232 needed" (a module function: the window and pages share it)."""
    present, needed = figures.may_vote_present, figures.quorum
    if needed <= 0:
        return QCoreApplication.translate("DeskPage", "No quorum set: {0} present may vote").format(f"{present:,}")
    if figures.quorate:
        return QCoreApplication.translate("DeskPage", "Quorum met: {0} of {1} needed").format(
            f"{present:,}", f"{needed:,}")
    return QCoreApplication.translate("DeskPage", "Quorum NOT met: {0} of {1} needed ({2} more)").format(
        f"{present:,}", f"{needed:,}", f"{needed - present:,}")


def figures_text(figures: Figures) -> str:
    """The live counts of the desk, in one line (the meeting page splits it at the four-space gaps)."""
    return QCoreApplication.translate(
        "DeskPage", "Registered: {0}    May vote and present: {1}    Guests: {2}    Departed: {3}").format(
        f"{figures.registered:,}", f"{figures.may_vote_present:,}", f"{figures.guests:,}", f"{figures.departed:,}")


class SearchField(QLineEdit):
    """The desk's search field: arrows move the highlighted result, Ctrl+Z undoes a registration.

    A line edit would use Up/Down for nothing and Ctrl+Z for its own text; at the desk both are
    more useful for the list and for the last registration.
    """

    move_requested = Signal(int)
    undo_requested = Signal()

    _MOVES: ClassVar[dict[Qt.Key, int]] = {
        Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10,
    }

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
        step = self._MOVES.get(Qt.Key(event.key()))
        if step is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.move_requested.emit(step)
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

    title = "Registration desk"
    commands: ClassVar[dict[ActionName, str]] = {
        ActionName.ADD_GUEST: "add_guest",
        ActionName.ADD_PROVISIONAL: "add_provisional",
        ActionName.UNDO_REGISTRATION: "undo_last",
    }

    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)

        self.search = SearchField()
        self.search.setObjectName("desk_search")
        self.search.setAccessibleName(self.tr("Search members"))
        self.search.setAccessibleDescription(self.tr(
            "Type a name or membership number; Up and Down choose a result; Enter registers; Ctrl+Z undoes."))
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
        self.results.verticalHeader().setDefaultSectionSize(30)
        self.results.doubleClicked.connect(lambda index: self._register_row(index.row()))

        self.hint = QLabel()
        self.hint.setAccessibleName(self.tr("Search hint"))
        self.hint.setWordWrap(True)

        self.status = QLabel()
        self.status.setObjectName("desk_status")
        self.status.setAccessibleName(self.tr("Registration status"))
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(150)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        status_font = QFont(self.status.font())
        status_font.setPointSizeF(max(20.0, scaled(2.45)))
        status_font.setBold(True)
        self.status.setFont(status_font)
        self.status_kind = "info"

        self.figures = QLabel()
        self.figures.setAccessibleName(self.tr("Attendance figures"))
        self.quorum = QLabel()
        self.quorum.setAccessibleName(self.tr("Quorum"))
        for label, size in ((self.figures, scaled(1.55)), (self.quorum, scaled(1.8))):
            f = QFont(label.font())
            f.setPointSizeF(size)
            f.setBold(True)
            label.setFont(f)
            label.setWordWrap(True)

        # Who is at the desk: named in the audit log for every registration they make.
        self.staff = QLineEdit()
        self.staff.setAccessibleName(self.tr("Desk staff name"))
        self.staff.setPlaceholderText(self.tr("your name"))
        self.staff.setMaximumWidth(220)
        self.staff.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.staff.textChanged.connect(self._staff_changed)
        staff_label = QLabel(self.tr("At the desk:"))
        staff_label.setBuddy(self.staff)

        self.buttons = QHBoxLayout()
        self.buttons.addWidget(staff_label)
        self.buttons.addWidget(self.staff)
        self.buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.hint)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.figures)
        layout.addWidget(self.quorum)
        layout.addLayout(self.buttons)
        self.setFocusProxy(self.search)
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

    def register_number(self, number: str) -> Registration | None:
        """Register one member, issue any desk ballot paper, and say what happened."""
        service = self.service
        if service is None:
            return None
        result = self.dialogs.attempt(self.tr("Registration"), lambda: service.register(number))
        if result is None:
            self.search.setFocus()
            return None
        who = f"{result.name} ({result.number})"
        if result.outcome == "unknown":
            self.show_status("error", self.tr(
                "NOT ON THE ROLL: {0}. Check the number, or add a provisional attendee (Ctrl+Shift+P).")
                .format(result.reason))
        elif result.outcome == "already":
            vote = self.tr("may vote") if result.may_vote else self.tr("may not vote because {0}").format(result.reason)
            self.show_status("already", self.tr("ALREADY REGISTERED at {0}: {1} — {2}").format(
                clock(result.at), who, vote))
            self.search.clear()
        else:
            if result.may_vote:
                text = self.tr("REGISTERED — MAY VOTE: {0} — {1}").format(who, result.reason)
            else:
                text = self.tr("REGISTERED — MAY ATTEND BUT NOT VOTE: {0} because {1}").format(who, result.reason)
            papers = self._issue_desk_papers(result) if result.may_vote else []
            self.show_status("vote" if result.may_vote else "no_vote", "\n".join([text, *papers]))
            self.search.clear()
            self.context.notify("attendee.register")
        self.search.setFocus()
        return result

    def _issue_desk_papers(self, result: Registration) -> list[str]:
        """Issue a paper for each open ballot set to be issued at the desk; refusals are reported, not raised."""
        service = self.service
        if service is None or result.attendee_id is None:
            return []
        lines: list[str] = []
        boxes = {b["id"]: b["name"] for b in ballots.all_boxes(service)}
        for row in ballots.all_ballots(service):
            if row["status"] != "open" or not row["desk_issue"]:
                continue
            try:
                paper = ballots.issue_paper(service, row["id"], result.attendee_id, boxes.get(row["desk_box_id"]))
            except DomainError as error:
                lines.append(self.tr("NO ballot paper for {0}: {1}").format(row["title"], error))
                continue
            lines.append(self.tr("Ballot paper: {0} — box {1}").format(row["title"], paper.box))
        if lines:
            self.context.notify("paper.issue")
        return lines

    def undo_last(self) -> None:
        """Ctrl+Z: take back the latest registration and say whose it was."""
        service = self.service
        if service is None:
            return
        try:
            undone = service.undo_last_registration()
        except DomainError as error:
            self.show_status("error", self.tr("NOT UNDONE: {0}").format(error))
            self.dialogs.error(self.tr("Undo registration"), str(error))
            self.search.setFocus()
            return
        if undone is None:
            self.show_status("info", self.tr("Nothing to undo: nobody is registered."))
        else:
            number = f" ({undone.number})" if undone.number else ""
            self.show_status("info", self.tr("UNDONE: registration of {0}{1} taken back.").format(undone.name, number))
            self.context.notify("attendee.undo")
            self.run_search()
        self.search.setFocus()

    def add_guest(self) -> None:
        """Register a guest (press, visitor): may attend, never votes."""
        service = self.service
        answer = self.dialogs.guest() if service else None
        if service is not None and answer is not None:
            name, note = answer
            person = self.dialogs.attempt(self.tr("Add guest"), lambda: service.add_guest(name, note))
            if person is not None:
                self.show_status("no_vote", self.tr("GUEST REGISTERED — MAY ATTEND, NEVER VOTES: {0}").format(
                    person.name))
                self.context.notify("attendee.guest")
        self.search.setFocus()

    def add_provisional(self) -> None:
        """Register someone not on the roll; they vote only once the chair approves."""
        service = self.service
        answer = self.dialogs.provisional() if service else None
        if service is not None and answer is not None:
            name, reason = answer
            person = self.dialogs.attempt(self.tr("Add provisional attendee"),
                                          lambda: service.add_provisional(name, reason))
            if person is not None:
                self.show_status("no_vote", self.tr(
                    "PROVISIONAL — MAY ATTEND; MAY VOTE ONLY IF THE CHAIR APPROVES: {0} ({1})").format(
                    person.name, reason))
                self.context.notify("attendee.provisional")
        self.search.setFocus()

    # -- display --------------------------------------------------------------------------------

    def show_status(self, kind: str, text: str) -> None:
        """Fill the big panel: the words carry the meaning, the colour repeats it.

        The panel's colours come from the theme now and again whenever the palette changes
        (:func:`~ballotdesk.ui.tones.style_tint`), so a switch to dark mode mid-meeting keeps it legible.
        """
        self.status_kind = kind
        self.status.setText(text)
        style_tint(self.status, STATUS_TONES[kind], border="3px", extra="border-radius: 6px; padding: 12px;")

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
            self.model.set_hits([])
            self.figures.setText(self.tr("No meeting is open. Use File › Open or File › New."))
            self.quorum.setText("")
            return
        figures = service.figures()
        self.figures.setText(figures_text(figures))
        self.quorum.setText(quorum_text(figures))
        style_text(self.quorum, Tone.OK if figures.quorate or figures.quorum <= 0 else Tone.PROBLEM)
        if self.search.text().strip():
            self.run_search()

    def showEvent(self, event: QShowEvent) -> None:
        """Arriving at the desk puts the cursor in the search field."""
        super().showEvent(event)
        self.search.setFocus()
