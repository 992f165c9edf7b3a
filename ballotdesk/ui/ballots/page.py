"""The ballots page: set ballots up, open and close them, and manage boxes and papers.

What the chair and the secretary do between "we will now vote" and "the ballot is closed":
create the motion or election, open it, decide where papers go (the main hall, an overflow box
outside), issue papers from the attendance list or at the desk, and deal with a spoilt or
mistaken paper. Every figure on the page is redrawn from the service on ``context.changed``,
so papers issued at the desk show up here as they happen. The commands on papers (issue,
spoil, withdraw, print) are in :mod:`~ballotdesk.ui.ballots.paper_commands`.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ballotdesk.domain.ballot import Status, opening_summary
from ballotdesk.services import ballots as ballot_service
from ballotdesk.services import papers as paper_service
from ballotdesk.services import ranked
from ballotdesk.services.quorum import quorum_now
from ballotdesk.ui.ballots.ballot_dialog import BallotDialog
from ballotdesk.ui.ballots.model import (
    BallotRow,
    BallotsModel,
    BoxesModel,
    BoxRow,
    PaperRow,
    PapersModel,
)
from ballotdesk.ui.ballots.paper_commands import PaperCommands
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.dialogs import not_done
from ballotdesk.ui.domain_text import status_label
from ballotdesk.ui.pages import Page
from ballotdesk.ui.widgets.page_tools import button, select_id, selected_id, table
from ballotdesk.ui.widgets.quorum_reason import inquorate_reason


class BallotsPage(PaperCommands, Page):
    """Ballots, boxes and papers for the chair and secretary."""


    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._refreshing = False

        self.ballots_model = BallotsModel(self)
        self.ballots_view = table(self.ballots_model, self.tr("Ballots"))
        self.ballots_view.doubleClicked.connect(lambda _index: self.edit_ballot())
        self.new_button = button(self.tr("&New ballot…"), self.tr("New ballot"), self.new_ballot,
                                 self.tr("Set up a motion or an election (starts as a draft)"))
        self.edit_button = button(self.tr("&Edit…"), self.tr("Edit ballot"), self.edit_ballot,
                                  self.tr("Change the ballot while it is a draft; afterwards shows it read-only"))
        self.open_button = button(self.tr("&Open…"), self.tr("Open ballot"), self.open_selected,
                                  self.tr("Open for voting: papers may be issued, the options are fixed"))
        self.close_button = button(self.tr("&Close…"), self.tr("Close ballot"), self.close_selected,
                                   self.tr("Close the ballot: no more papers; the tellers can count"))
        self.print_papers_button = button(self.tr("&Print ballot papers…"), self.tr("Print ballot papers"),
                                          self.print_papers,
                                          self.tr("Numbered papers for one box: preview, print or save as PDF"))
        self.key_papers_button = button(self.tr("&Key papers…"), self.tr("Key papers"), self.key_papers,
                                        self.tr("A preferential ballot: key each paper as marked, batch by batch, "
                                                "twice by two tellers"))
        self.settle_button = button(self.tr("Se&ttle batches…"), self.tr("Settle batches"), self.settle_batches,
                                    self.tr("The chair settles batches whose two keyings differ"))
        self.ballot_status = QLabel()
        self.ballot_status.setWordWrap(True)
        self.ballot_status.setAccessibleName(self.tr("Selected ballot"))

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("<b>Ballots</b>"))
        top_layout.addWidget(heading)
        top_layout.addWidget(self.ballots_view)
        actions = QHBoxLayout()
        for widget in (self.new_button, self.edit_button, self.open_button, self.close_button,
                       self.print_papers_button, self.key_papers_button, self.settle_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        top_layout.addLayout(actions)
        top_layout.addWidget(self.ballot_status)

        # boxes
        self.boxes_model = BoxesModel(self)
        self.boxes_view = table(self.boxes_model, self.tr("Boxes"))
        # A box's name is never cut short: its column fits the longest name, and the figures share the rest
        # (the Welsh headers are long; the table scrolls sideways rather than eliding "Gorlif (y tu allan)").
        boxes_header = self.boxes_view.horizontalHeader()
        boxes_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        boxes_header.setStretchLastSection(True)
        self.add_box_button = button(self.tr("Add &box…"), self.tr("Add box"), self.add_box,
                                     self.tr("Add a box such as 'Overflow (outside)'"))
        self.desk_check = QCheckBox(self.tr("Issue at the &desk, into:"))
        self.desk_check.setAccessibleName(self.tr("Issue at the desk"))
        self.desk_check.setToolTip(
            self.tr("Registration at the desk also issues this ballot's paper, into the chosen box"))
        self.desk_check.toggled.connect(self._desk_toggled)
        self.desk_box = QComboBox()
        self.desk_box.setAccessibleName(self.tr("Box for papers issued at the desk"))
        self.desk_box.setMinimumContentsLength(18)
        self.desk_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.desk_box.activated.connect(lambda _i: self._desk_box_changed())
        self.boxes_group = QGroupBox(self.tr("Boxes"))
        boxes_layout = QVBoxLayout(self.boxes_group)
        boxes_layout.addWidget(self.boxes_view)
        row = QHBoxLayout()
        row.addWidget(self.add_box_button)
        row.addStretch(1)
        boxes_layout.addLayout(row)
        desk = QHBoxLayout()
        desk.addWidget(self.desk_check)
        desk.addWidget(self.desk_box)
        desk.addStretch(1)
        boxes_layout.addLayout(desk)

        # papers
        self.papers_model = PapersModel(self)
        self.papers_proxy = QSortFilterProxyModel(self)
        self.papers_proxy.setSourceModel(self.papers_model)
        self.papers_proxy.setFilterKeyColumn(-1)
        self.papers_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.papers_view = table(self.papers_proxy, self.tr("Papers issued"))
        self.papers_filter = QLineEdit()
        self.papers_filter.setAccessibleName(self.tr("Find a paper holder"))
        self.papers_filter.setPlaceholderText(self.tr("Find by name, number or box"))
        self.papers_filter.setClearButtonEnabled(True)
        self.papers_filter.textChanged.connect(self.papers_proxy.setFilterFixedString)
        self.issue_button = button(self.tr("&Issue papers…"), self.tr("Issue papers"), self.issue_papers,
                                   self.tr("Issue papers to attendees chosen from the attendance list"))
        self.spoil_button = button(self.tr("&Spoil and replace…"), self.tr("Spoil and replace"), self.spoil_selected,
                                   self.tr("Cancel the selected attendee's spoilt paper and issue a replacement"))
        self.withdraw_button = button(self.tr("&Withdraw…"), self.tr("Withdraw paper"), self.withdraw_selected,
                                      self.tr("Withdraw a paper issued by mistake (a reason is required)"))
        self.papers_group = QGroupBox(self.tr("Papers"))
        papers_layout = QVBoxLayout(self.papers_group)
        papers_layout.addWidget(self.papers_filter)
        papers_layout.addWidget(self.papers_view)
        row = QHBoxLayout()
        for widget in (self.issue_button, self.spoil_button, self.withdraw_button):
            row.addWidget(widget)
        row.addStretch(1)
        papers_layout.addLayout(row)

        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.boxes_group)
        bottom.addWidget(self.papers_group)
        bottom.setStretchFactor(0, 1)
        bottom.setStretchFactor(1, 1)
        bottom.setChildrenCollapsible(False)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Last action"))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(self.message)

        self.ballots_view.selectionModel().selectionChanged.connect(lambda *_: self._ballot_selected())
        self.papers_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    # -- reading ------------------------------------------------------------------------------

    def selected_ballot(self) -> ballot_service.Ballot | None:
        """The selected ballot, read afresh (its status or desk box may have changed since it was listed)."""
        ballot_id = selected_id(self.ballots_view)
        if self.service is None or ballot_id is None:
            return None
        return ballot_service.get_ballot(self.service, int(ballot_id))

    def select_ballot(self, ballot_id: int) -> None:
        """Select a ballot by id (after creating it, or from a test)."""
        select_id(self.ballots_view, ballot_id)

    def refresh(self) -> None:
        """Redraw ballots, boxes and papers from the service, keeping the selection."""
        if not hasattr(self, "ballots_model"):
            return
        self._refreshing = True
        try:
            keep = selected_id(self.ballots_view)
            svc = self.service
            rows: list[BallotRow] = []
            if svc is not None:
                for b in ballot_service.ballot_list(svc):
                    rows.append(BallotRow(b.id, b.title, str(b.spec.kind), b.status, b.round,
                                          paper_service.papers_held(svc, b.id)))
            self.ballots_model.set_rows(rows)
            if rows and not (keep is not None and select_id(self.ballots_view, keep)):
                select_id(self.ballots_view, rows[-1].id)
        finally:
            self._refreshing = False
        self._ballot_selected()

    def _ballot_selected(self) -> None:
        if self._refreshing:
            return
        svc = self.service
        ballot = self.selected_ballot()
        keep_paper = selected_id(self.papers_view)
        box_rows: list[BoxRow] = []
        paper_rows: list[PaperRow] = []
        names: list[str] = []
        if svc is not None:
            counts = paper_service.paper_counts(svc, ballot.id) if ballot else {}
            for box in ballot_service.box_list(svc):
                c = counts.get(box.id, paper_service.PaperCount())
                desk = bool(ballot and ballot.desk_issue and ballot.desk_box_id == box.id)
                box_rows.append(BoxRow(box.id, box.name, c.live, c.spoilt, c.withdrawn, desk))
                names.append(box.name)
            if ballot is not None:
                people = {a.id: a for a in svc.attendees()}
                for paper in paper_service.live_papers(svc, ballot.id):
                    person = people.get(paper.attendee_id)
                    paper_rows.append(PaperRow(paper.attendee_id, person.name if person else "?",
                                               person.number if person else "", paper.box, paper.serial,
                                               paper.issued_at))
        self.boxes_model.set_rows(box_rows)
        self.papers_model.set_rows(paper_rows)
        if keep_paper is not None:
            select_id(self.papers_view, keep_paper)
        if ballot:
            title = self.tr("“{0}”").format(ballot.title)
            self.boxes_group.setTitle(self.tr("Boxes — papers for {0}").format(title))
            self.papers_group.setTitle(self.tr("Papers held for {0}: {1:,}").format(title, len(paper_rows)))
        else:
            self.boxes_group.setTitle(self.tr("Boxes"))
            self.papers_group.setTitle(self.tr("Papers"))
        self.desk_check.blockSignals(True)
        self.desk_box.blockSignals(True)
        self.desk_box.clear()
        self.desk_box.addItems(names)
        if ballot is not None:
            self.desk_check.setChecked(ballot.desk_issue)
            desk_name = next((b.name for b in box_rows if b.id == ballot.desk_box_id), ballot_service.MAIN_HALL)
            self.desk_box.setCurrentText(desk_name)
        else:
            self.desk_check.setChecked(False)
        self.desk_check.blockSignals(False)
        self.desk_box.blockSignals(False)
        if ballot is None:
            self.ballot_status.setText(self.tr("No ballot yet: use New ballot… to set up a motion or an election.")
                                       if svc is not None else self.tr("No meeting is open."))
        else:
            options = ", ".join(ballot.spec.options)
            self.ballot_status.setText(self.tr("<b>{0}</b> is {1}. Options: {2}.").format(
                ballot.title, status_label(ballot.status), options))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ballot = self.selected_ballot()
        status = ballot.status if ballot else None
        has_meeting = self.service is not None
        self.new_button.setEnabled(has_meeting)
        self.add_box_button.setEnabled(has_meeting)
        self.edit_button.setEnabled(ballot is not None)
        self.edit_button.setText(self.tr("&Edit…") if status in (Status.DRAFT, None) else self.tr("&View…"))
        self.open_button.setEnabled(status is Status.DRAFT)
        self.close_button.setEnabled(status is Status.OPEN)
        self.print_papers_button.setEnabled(status in (Status.DRAFT, Status.OPEN))
        preferential = ballot is not None and self.service is not None and ranked.ranked_ballot(
            self.service, ballot.id) is not None
        keying = preferential and status in (Status.CLOSED, Status.COUNTING)
        self.key_papers_button.setVisible(preferential)
        self.settle_button.setVisible(preferential)
        self.key_papers_button.setEnabled(keying)
        self.settle_button.setEnabled(bool(keying and ballot is not None and self.service is not None
                                           and ranked.disputes(self.service, ballot.id)))
        is_open = status is Status.OPEN
        self.issue_button.setEnabled(is_open)
        has_paper = selected_id(self.papers_view) is not None
        self.spoil_button.setEnabled(is_open and has_paper)
        self.withdraw_button.setEnabled(is_open and has_paper)
        self.desk_check.setEnabled(is_open or self.desk_check.isChecked())
        self.desk_box.setEnabled(is_open)

    def _done(self, action: str, message: str) -> None:
        self.message.setText(message)
        self.context.notify(action)

    # -- ballots ------------------------------------------------------------------------------

    def new_ballot(self) -> None:
        """Create a ballot (as a draft) from the ballot dialog."""
        svc = self.service
        if svc is None:
            return
        dialog = BallotDialog(self)
        if not self.dialogs.run(dialog):
            return
        method, rules = dialog.method()
        if method == "vote":
            new_id = self.dialogs.attempt(not_done(), lambda: ballot_service.create_ballot(svc, dialog.spec()))
        else:
            new_id = self.dialogs.attempt(not_done(), lambda: ranked.create_ballot(svc, dialog.spec(), method, rules))
        if new_id is not None:
            self._done("ballot.create", self.tr("“{0}” created as a draft.").format(dialog.spec().title))
            self.select_ballot(new_id)

    def key_papers(self) -> None:
        """Key the papers of the selected preferential ballot (one teller, batch by batch)."""
        from ballotdesk.ui.ballots.ranked_entry import RankedEntryDialog

        svc, ballot = self.service, self.selected_ballot()
        if svc is None or ballot is None:
            return
        dialog = RankedEntryDialog(self, svc, ballot.id, self.dialogs.attempt, self.context.notify)
        self.dialogs.run(dialog)
        self._update_buttons()

    def settle_batches(self) -> None:
        """The chair settles each batch whose keyings differ, the differing papers side by side."""
        from ballotdesk.ui.ballots.ranked_entry import SettleDialog

        svc, ballot = self.service, self.selected_ballot()
        if svc is None or ballot is None:
            return
        for dispute in ranked.disputes(svc, ballot.id):
            dialog = SettleDialog(self, dispute)
            if not self.dialogs.run(dialog):
                return
            settle = partial(ranked.settle_batch, svc, ballot.id, dispute.box, dispute.batch,
                             **dialog.settlement())
            outcome = self.dialogs.attempt(self.tr("The batch was not settled"), settle)
            if outcome is None:
                return
            self._done("ranked.settle", outcome.message)

    def edit_ballot(self) -> None:
        """Edit the selected draft, or show a ballot read-only with the reason."""
        svc, ballot = self.service, self.selected_ballot()
        if svc is None or ballot is None:
            return
        dialog = BallotDialog(self, ballot.spec, ballot.status, ranked.ranked_methods(svc).get(ballot.id))
        if not self.dialogs.run(dialog) or dialog.read_only:
            return
        if self.dialogs.done(not_done(), lambda: ballot_service.update_ballot(svc, ballot.id, dialog.spec())):
            self._done("ballot.edit", self.tr("“{0}” saved.").format(dialog.spec().title))

    def open_selected(self) -> None:
        """Open the selected ballot for voting, after confirmation."""
        svc, ballot = self.service, self.selected_ballot()
        if svc is None or ballot is None:
            return
        if not self.dialogs.confirm(self.tr("Open ballot"), self.tr(
                "Open “{0}” for voting?\n\nPapers can then be issued, and these can no longer change:\n\n{1}"
                ).format(ballot.title, opening_summary(ballot.spec))):
            return
        reason = inquorate_reason(self.dialogs, quorum_now(svc), "open")
        if reason is None:
            return
        if self.dialogs.done(not_done(), lambda: ballot_service.open_ballot(svc, ballot.id,
                                                                           inquorate=reason or None)):
            self._done("ballot.open", self.tr("“{0}” is open for voting.").format(ballot.title))

    def close_selected(self) -> None:
        """Close the selected ballot, after confirmation."""
        svc, ballot = self.service, self.selected_ballot()
        if svc is None or ballot is None:
            return
        issued = sum(b.issued for b in self.boxes_model.rows())
        if not self.dialogs.confirm(self.tr("Close ballot"), self.tr(
                "Close “{0}”?\n\n{1:,} papers have been issued. No more papers can be issued; the tellers can "
                "then count.").format(ballot.title, issued)):
            return
        if self.dialogs.done(not_done(), lambda: ballot_service.close_ballot(svc, ballot.id)):
            self._done("ballot.closed", self.tr("“{0}” is closed; the tellers can count.").format(ballot.title))

    # -- boxes --------------------------------------------------------------------------------

    def add_box(self) -> None:
        """Add a box, suggesting "Overflow (outside)"."""
        svc = self.service
        if svc is None:
            return
        have = {b.name for b in self.boxes_model.rows()}
        overflow = self.tr("Overflow (outside)")
        suggestion = "" if overflow in have else overflow
        name = self.dialogs.text(self.tr("Add box"), self.tr("Name of the box (where papers are put):"), suggestion)
        if name is None:
            return
        if self.dialogs.done(not_done(), lambda: ballot_service.add_box(svc, name)):
            self._done("box.add", self.tr("Box “{0}” added.").format(" ".join(name.split())))

    def _desk_toggled(self, enabled: bool) -> None:
        self._set_desk(enabled)

    def _desk_box_changed(self) -> None:
        if self.desk_check.isChecked():
            self._set_desk(True)

    def _set_desk(self, enabled: bool) -> None:
        svc, ballot = self.service, self.selected_ballot()
        if svc is None or ballot is None:
            return
        box = self.desk_box.currentText()
        if self.dialogs.done(not_done(), lambda: ballot_service.set_desk_issue(svc, ballot.id, enabled, box)):
            words = (self.tr("The desk now issues “{0}” papers into {1}.").format(ballot.title, box) if enabled
                     else self.tr("The desk no longer issues “{0}” papers.").format(ballot.title))
            self._done("ballot.desk_issue", words)
        else:
            self.refresh()
