"""The registration desk: the screen at the door, driven entirely from the keyboard.

A steward types a few letters of a name or a membership number; the list follows each
keystroke; Up/Down choose; Enter registers. The search field never loses the focus, so the
next person can be typed at once, and a large panel says in words what just happened, so the
steward can read it aloud and a colour-blind steward is never left guessing.

The search and name fields are in :mod:`~ballotdesk.ui.desk.fields`; how the panel draws its words,
in :mod:`ballotdesk.ui.widgets.status_panel`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.search import looks_like_number
from ballotdesk.services.desk import Figures, Registration
from ballotdesk.services.meeting import MeetingService
from ballotdesk.ui.actions import ActionName, action_button
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.desk.fields import SEARCH_LIMIT, SearchField, StaffField, scaled
from ballotdesk.ui.desk.model import SearchResultsModel
from ballotdesk.ui.dialogs import Dialogs
from ballotdesk.ui.models.format import clock
from ballotdesk.ui.pages import Page
from ballotdesk.ui.tones import Tone, style_text, style_tint
from ballotdesk.ui.widgets.accessible import announce
from ballotdesk.ui.widgets.figures import figures_text, quorum_text
from ballotdesk.ui.widgets.page_tools import row_table
from ballotdesk.ui.widgets.status_panel import PANEL_BORDER, PANEL_PADDING, StatusArea, StatusPanel, WordsLabel

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

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
