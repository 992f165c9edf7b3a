"""The result page: the combined result of a ballot, lots, rounds, declaration and amendment.

What the chair reads out and signs: per option the votes in each box and in total, the
percentage of the base, abstentions, rejected papers, votes cast, the number necessary and the
outcome in words, in large type. Everything shown comes from the result document
(``result_json``, read as a :class:`~ballotdesk.services.result_view.ResultView`) so a declared
(or amended) result shows exactly the version that was declared, with every earlier version
listed beneath it.

The lot and rounds panels with their commands are in :mod:`~ballotdesk.ui.result.lots_and_rounds`,
the result sheet and the export in :mod:`~ballotdesk.ui.result.result_files`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ballotdesk.domain.ballot import Status, option_label
from ballotdesk.domain.count import CountFigures
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.words import clock
from ballotdesk.services import ballots as ballot_service
from ballotdesk.services import counting as count_service
from ballotdesk.services import results as result_service
from ballotdesk.services.counting import BoxState
from ballotdesk.services.meeting_details import meeting_details
from ballotdesk.services.quorum import quorum_now
from ballotdesk.services.result_view import ResultView, result_view
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.dialogs import not_done
from ballotdesk.ui.domain_text import base_label, domain_text, rule_label, status_label
from ballotdesk.ui.i18n import QT_TRANSLATE_NOOP
from ballotdesk.ui.pages import Page
from ballotdesk.ui.result.amend_dialog import AmendDialog
from ballotdesk.ui.result.lots_and_rounds import LotsAndRounds
from ballotdesk.ui.result.model import ResultModel, ResultRow, RoundsModel
from ballotdesk.ui.result.result_files import ResultFiles
from ballotdesk.ui.result.stages_view import StagesPanel
from ballotdesk.ui.tones import Tone, style_badge
from ballotdesk.ui.widgets.ballot_picker import BallotPicker
from ballotdesk.ui.widgets.page_tools import button, fit_rows, table
from ballotdesk.ui.widgets.quorum_reason import inquorate_reason
from ballotdesk.ui.widgets.result_bars import ResultBars

_BASE_WORDS = {
    "cast": QT_TRANSLATE_NOOP("ResultPage", "votes cast"),
    "cast+rejected": QT_TRANSLATE_NOOP("ResultPage", "votes cast and rejected papers"),
    "cast+abstain": QT_TRANSLATE_NOOP("ResultPage", "votes cast and abstentions"),
    "papers": QT_TRANSLATE_NOOP("ResultPage", "papers found"),
    "present": QT_TRANSLATE_NOOP("ResultPage", "members present and entitled to vote"),
}


def _tr(text: str) -> str:
    """A string marked with ``QT_TRANSLATE_NOOP("ResultPage", ...)``, in the interface language."""
    return QCoreApplication.translate("ResultPage", text)


class ResultPage(LotsAndRounds, ResultFiles, Page):
    """The combined result of one ballot, and the chair's steps from count to declaration."""


    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.result: ResultView | None = None
        self._actions: result_service.BallotActions | None = None

        self.picker = BallotPicker()
        self.picker.ballot_changed.connect(lambda _id: self.refresh())
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Status of the ballot"))
        bar = QHBoxLayout()
        label = QLabel(self.tr("&Ballot:"))
        label.setBuddy(self.picker)
        bar.addWidget(label)
        bar.addWidget(self.picker)
        bar.addSpacing(12)
        bar.addWidget(self.status_label, 1)

        self.amended_badge = QLabel(self.tr("AMENDED"))
        self.amended_badge.setAccessibleName(self.tr("Amended"))
        style_badge(self.amended_badge, Tone.PROBLEM, extra="font-weight: bold; padding: 3px 8px; border-radius: 3px;")
        self.amended_badge.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        # Until the chair declares, the figures and the outcome are what the count says so far, not a decision.
        self.provisional_badge = QLabel(self.tr("PROVISIONAL"))
        self.provisional_badge.setAccessibleName(self.tr("Provisional: not declared"))
        self.provisional_badge.setToolTip(self.tr("Not declared: only the chair's declaration decides the result"))
        style_badge(self.provisional_badge, Tone.WARNING,
                    extra="font-weight: bold; padding: 3px 8px; border-radius: 3px;")
        self.provisional_badge.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self.provisional_badge.hide()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Ballot"))
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.provisional_badge, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.amended_badge, 0, Qt.AlignmentFlag.AlignTop)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setAccessibleName(self.tr("Question"))

        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.7)
        big.setBold(True)
        self.outcome.setFont(big)
        self.outcome.setFrameShape(QFrame.Shape.StyledPanel)
        self.outcome.setMargin(10)

        self.model = ResultModel()
        self.model.setParent(self)
        self.view = table(self.model, self.tr("Result per option and box"))
        self.bars = ResultBars()
        self.bars.setAccessibleName(self.tr("Result as bars"))
        figures = QHBoxLayout()
        figures.addWidget(self.view, 3)
        figures.addWidget(self.bars, 2)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Votes cast, abstentions, rejected papers and the number necessary"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # lots
        self.lot_group = QGroupBox(self.tr("Equality of votes: settle by lot"))
        self.lot_text = QLabel()
        self.lot_text.setWordWrap(True)
        self.lot_text.setAccessibleName(self.tr("Lot"))
        self.draw_button = button(self.tr("&Draw lot in the app"), self.tr("Draw lot in the app"), self.draw_in_app,
                                  self.tr("The app draws at random (operating system randomness); the draw is "
                                          "recorded"))
        self.physical_button = button(self.tr("Record &physical draw…"), self.tr("Record physical draw"),
                                      self.record_physical,
                                      self.tr("Record who a draw in the hall (e.g. names from a hat) favoured"))
        lot_layout = QVBoxLayout(self.lot_group)
        lot_layout.addWidget(self.lot_text)
        lot_row = QHBoxLayout()
        lot_row.addWidget(self.draw_button)
        lot_row.addWidget(self.physical_button)
        lot_row.addStretch(1)
        lot_layout.addLayout(lot_row)

        # rounds
        self.rounds_group = QGroupBox(self.tr("Rounds of this ballot"))
        self.rounds_model = RoundsModel()
        self.rounds_model.setParent(self)
        self.rounds_view = table(self.rounds_model, self.tr("Rounds"))
        self.next_round_button = button(self.tr("Start &next round"), self.tr("Start next round"),
                                        self.start_next_round,
                                        self.tr("Create the next round without the candidates who drop out"))
        self.rounds_note = QLabel()
        self.rounds_note.setWordWrap(True)
        rounds_layout = QVBoxLayout(self.rounds_group)
        rounds_layout.addWidget(self.rounds_view)
        rounds_layout.addWidget(self.rounds_note)
        rounds_row = QHBoxLayout()
        rounds_row.addWidget(self.next_round_button)
        rounds_row.addStretch(1)
        rounds_layout.addLayout(rounds_row)

        # declaration
        self.declare_button = button(self.tr("D&eclare…"), self.tr("Declare result"), self.declare_result,
                                     self.tr("The chair declares the result; the ballot is then locked"))
        self.amend_button = button(self.tr("&Amend…"), self.tr("Amend result"), self.amend_result,
                                   self.tr("Correct a declared result (one box, with the chair's reason); versions "
                                           "are kept"))
        self.declare_note = QLabel()
        self.declare_note.setWordWrap(True)
        self.declare_note.setAccessibleName(self.tr("About declaring"))
        self.versions = QLabel()
        self.versions.setWordWrap(True)
        self.versions.setAccessibleName(self.tr("Versions of the result"))
        self.versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sheet_button = button(self.tr("Result &sheet…"), self.tr("Result sheet"), self.result_sheet,
                                   self.tr("Preview, print or save the signed result sheet (A4 or Letter)"))
        self.export_button = button(self.tr("E&xport…"), self.tr("Export result"), self.export_result,
                                    self.tr("Save the result as CSV (for a spreadsheet) or JSON"))
        actions = QHBoxLayout()
        actions.addWidget(self.declare_button)
        actions.addWidget(self.amend_button)
        actions.addWidget(self.sheet_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.declare_note, 1)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(head)
        layout.addWidget(self.question)
        layout.addWidget(self.outcome)
        layout.addLayout(figures)
        layout.addWidget(self.summary)
        self.stages = StagesPanel()  # a preferential count, stage by stage (hidden for other ballots)
        layout.addWidget(self.stages)
        layout.addWidget(self.lot_group)
        layout.addWidget(self.rounds_group)
        layout.addLayout(actions)
        layout.addWidget(self.versions)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addLayout(bar)
        outer.addWidget(scroll)
        self.refresh()

    # -- reading ------------------------------------------------------------------------------

    def ballot(self) -> ballot_service.Ballot | None:
        """The chosen ballot."""
        return self.picker.ballot(self.service)

    def select_ballot(self, ballot_id: int) -> None:
        """Show a ballot's result (after creating a round, or from a test)."""
        self.picker.select(ballot_id)

    def outcome_text(self) -> str:
        """The outcome as shown."""
        return self.outcome.text()

    # -- redraw -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Redraw the chosen ballot's result from the service."""
        if not hasattr(self, "versions"):
            return
        svc = self.service
        rows = ballot_service.ballot_list(svc) if svc else []
        prefer = next((b.id for b in reversed(rows)
                       if b.status in (Status.COUNTED, Status.COUNTING, Status.DECLARED)), None)
        self.picker.blockSignals(True)
        self.picker.set_ballots(rows, prefer)
        self.picker.blockSignals(False)
        ballot = self.ballot()
        self.result = None
        self._actions = None
        states: list[BoxState] = []
        problem = ""
        if svc is not None and ballot is not None:
            try:
                self._actions = result_service.ballot_actions(svc, ballot.id)
                self.result = result_view(svc, ballot.id)
                states = count_service.box_states(svc, ballot.id)
            except DomainError as error:
                problem = str(error)
        self._show(ballot, self.result, states, problem)

    def _show(self, ballot: ballot_service.Ballot | None, result: ResultView | None, states: list[BoxState],
              problem: str) -> None:
        self.stages.show_result(result)
        if ballot is None:
            self.heading.setText(self.tr("No ballot yet") if self.service else self.tr("No meeting is open"))
            self.question.clear()
            self.status_label.clear()
            self.outcome.setText("")
            self.outcome.setVisible(False)
            self.amended_badge.hide()
            self.provisional_badge.hide()
            self.model.set_result((), [])
            self.bars.set_rows([])
            self.bars.set_marker(None)
            self.summary.clear()
            self.lot_group.hide()
            self.rounds_group.hide()
            self.versions.clear()
            for widget in (self.declare_button, self.amend_button, self.sheet_button, self.export_button):
                widget.setEnabled(False)
            self.declare_note.clear()
            return
        status = ballot.status
        self.outcome.setVisible(True)
        self.status_label.setText(self.tr("Status: {0}").format(status_label(status)))
        self.heading.setText(self.tr("{0} — round {1}").format(ballot.title, ballot.round)
                             if ballot.round > 1 else ballot.title)
        spec = ballot.spec
        rule_words = self.tr("Rule: {0}; measured against {1}.").format(rule_label(spec.rule), base_label(spec.base))
        if result is not None and result.method:  # a preferential ballot: its rules, not a majority rule, decide
            from ballotdesk.services.ranked import method_rules_label

            rule_words = self.tr("Counted by: {0}.").format(method_rules_label(result.rules))
        seats = " " + self.tr("Seats: {0}.").format(spec.seats) if spec.seats > 1 else ""
        self.question.setText((f"{spec.question}\n" if spec.question else "") + rule_words + seats)
        if result is None:
            self.outcome.setText(problem or self.tr("No result yet."))
            self.model.set_result((), [])
            self.bars.set_rows([])
            self.summary.clear()
            self.lot_group.hide()
            self.rounds_group.hide()
            self.amended_badge.hide()
            self.provisional_badge.hide()
            self._show_actions(status, result)
            return
        self.amended_badge.setVisible(result.amended)
        counted = any(s.counted for s in states)
        self.provisional_badge.setVisible(result.provisional and counted)
        if status in (Status.DRAFT, Status.OPEN, Status.CLOSED) and not counted:
            waiting = {Status.DRAFT: self.tr("This ballot is a draft; there is no result yet."),
                       Status.OPEN: self.tr("Voting is in progress; there is no result yet."),
                       Status.CLOSED: self.tr("Voting is closed; the tellers have not counted yet.")}
            self.outcome.setText(waiting[status])
        else:
            # A declared document keeps its outcome in English; shown_outcome says it in the interface language.
            outcome = result.shown_outcome
            if status in (Status.COUNTED, Status.DECLARED):
                self.outcome.setText(outcome)
            else:
                self.outcome.setText(self.tr("Provisional (count not complete): {0}").format(outcome))
        self._show_figures(result, states)
        self._show_lot(status, result)
        self._show_rounds(ballot, result)
        self._show_actions(status, result)

    def _show_figures(self, result: ResultView, states: list[BoxState]) -> None:
        boxes = tuple(s.name for s in states if s.counted)
        figures = result.tally
        winners = result.winning_options
        kind = result.kind
        rows = [ResultRow(option_label(kind, o.name), tuple(o.per_box.get(b) for b in boxes), o.votes,
                          o.percent, o.name in winners) for o in figures.options]
        by_box = {s.name: s.figures for s in states if s.figures is not None}
        rows.append(ResultRow(domain_text("Abstentions and blank papers"),
                              tuple(f.abstain if (f := by_box.get(b)) else None for b in boxes),
                              figures.abstentions, None, summary=True))
        rows.append(ResultRow(domain_text("Rejected papers"),
                              tuple(f.rejected if (f := by_box.get(b)) else None for b in boxes),
                              figures.rejected, None, summary=True))
        self.model.set_result(boxes, rows)
        fit_rows(self.view)
        self.bars.set_rows([(option_label(kind, o.name), o.votes, o.percent) for o in figures.options],
                           highlight=sorted(option_label(kind, w) for w in winners))
        # Until a box is counted there are no votes to need a majority of: no "1 necessary" of nothing.
        necessary = figures.necessary if boxes else None
        self.bars.set_marker(necessary)
        base_words = _tr(_BASE_WORDS[result.base])
        parts = [self.tr("Papers found: <b>{0:,}</b>").format(figures.papers),
                 self.tr("Votes cast: <b>{0:,}</b>").format(figures.votes_cast),
                 self.tr("Abstentions and blank papers: <b>{0:,}</b>").format(figures.abstentions),
                 self.tr("Rejected papers: <b>{0:,}</b>").format(figures.rejected),
                 self.tr("Percentages of <b>{0:,}</b> {1}").format(figures.base_value, base_words)]
        if necessary is not None:
            parts.append(self.tr("Number necessary: <b>{0:,}</b>").format(necessary))
        pending = [s.name for s in states if not s.counted and s.state != "no papers"]
        text = " · ".join(parts)
        if pending:
            text += "<br>" + self.tr("Not yet definitive: {0}.").format(", ".join(pending))
        blocked = [s.name for s in states if s.blocked]
        if blocked:  # in the totals, but to be recounted; the note by Declare says why in full
            text += "<br><b>" + self.tr("Blocked, to be recounted (more papers found than issued): {0}.").format(
                html.escape(", ".join(blocked))) + "</b>"
        # Papers not returned are part of the result (as on the result sheet), with the chair's words.
        for box in result.boxes:
            if (box.variance or 0) > 0:
                why = box.explanation or self.tr("no explanation recorded yet")
                text += "<br>" + self.tr("Papers not returned from {0}: <b>{1:,}</b>; the chair's explanation: "
                                         "{2}").format(html.escape(box.name), box.variance, html.escape(why))
        self.summary.setText(text)

    def _show_actions(self, status: Status, result: ResultView | None) -> None:
        svc = self.service
        declared = status is Status.DECLARED
        actions = self._actions
        # Enabled while the step is still ahead, so the chair who presses it is told in words what stands in the
        # way (the service's refusal); only the declared ballot has nothing left to declare.
        self.declare_button.setEnabled(not declared)
        self.amend_button.setEnabled(bool(actions and actions.amend))
        self.sheet_button.setEnabled(declared)
        self.export_button.setEnabled(result is not None and status in (Status.COUNTED, Status.DECLARED))
        if declared:
            self.declare_note.setText(self.tr("Declared. A correction is made with Amend…, giving a reason; "
                                              "every version is kept."))
        elif status is Status.COUNTED and actions is not None and actions.tie:
            self.declare_note.setText(self.tr("Settle the equality by lot before declaring."))
        elif actions is not None and actions.declare:
            self.declare_note.setText(self.tr("Counted: the chair may declare the result."))
        elif actions is not None and actions.blockers:
            self.declare_note.setText(actions.declare.reason)
        else:
            self.declare_note.setText(self.tr("The result can be declared once every box is definitive and "
                                              "balanced or explained."))
        lines = []
        if svc is not None and result is not None:
            ballot = self.ballot()
            versions = result_service.versions_of(svc, ballot.id) if ballot else []
            for v in versions:
                if v.version == 1:
                    lines.append(self.tr("Version 1: declared at {0} by {1}.").format(
                        clock(v.declared_at), v.declared_by))
                else:
                    lines.append(self.tr("Version {0}: amended at {1} by {2}: {3}").format(
                        v.version, clock(v.declared_at), v.declared_by, v.reason))
            if len(versions) > 1:
                lines[-1] += "  " + self.tr("(this version is shown)")
        self.versions.setText(self.tr("<b>Versions of the result</b><br>{0}").format("<br>".join(lines))
                              if lines else "")
        self.versions.setVisible(bool(lines))

    # -- actions ------------------------------------------------------------------------------

    def declare_result(self) -> None:
        """The chair declares; refused in words while the count is incomplete or a tie is unsettled."""
        svc, ballot = self.service, self.ballot()
        if svc is None or ballot is None:
            return
        chair = self.dialogs.text(self.tr("Declare result"), self.tr("The chair's name, to declare the result:"),
                                  meeting_details(svc).chair)
        if chair is None:
            return
        reason = inquorate_reason(self.dialogs, quorum_now(svc), "declare")
        if reason is None:
            return
        if self.dialogs.done(not_done(), lambda: result_service.declare(svc, ballot.id, chair,
                                                                        inquorate=reason or None)):
            self.context.notify("ballot.declare")

    def amend_result(self) -> None:
        """Correct one box of a declared result, with the chair's name and reason."""
        svc, ballot = self.service, self.ballot()
        if svc is None or ballot is None:
            return
        spec = ballot.spec
        states = self.dialogs.attempt(not_done(), lambda: count_service.box_states(svc, ballot.id))
        if states is None:
            return
        boxes: dict[str, CountFigures | None] = {s.name: s.figures for s in states}
        dialog = AmendDialog(self, spec.options, spec.seats, boxes, meeting_details(svc).chair)
        if not self.dialogs.run(dialog):
            return
        figures = dialog.figures()
        if figures is None:
            return
        if self.dialogs.done(not_done(), lambda: result_service.amend(
                svc, ballot.id, dialog.box(), figures, chair=dialog.chair(), reason=dialog.reason())):
            self.context.notify("ballot.amend")
