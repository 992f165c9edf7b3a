"""The Ballots page's papers: issue them from the attendance list, spoil and replace, withdraw, print.

Part of :class:`~ballotdesk.ui.ballots.page.BallotsPage` (a mixin it is built from), kept apart so
the page's module holds the ballots, their boxes and the redrawing. Its words keep the page's
translation context, ``BallotsPage``, so the catalogue still finds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QTableView

from ballotdesk.domain.errors import DomainError
from ballotdesk.services import ballots as ballot_service
from ballotdesk.services import documents
from ballotdesk.services import papers as paper_service
from ballotdesk.services.meeting import MeetingService
from ballotdesk.ui.ballots.issue_dialog import IssueDialog
from ballotdesk.ui.ballots.model import BoxesModel, PaperRow, PapersModel
from ballotdesk.ui.ballots.papers_dialog import PapersDialog
from ballotdesk.ui.dialogs import APP_NAME, not_done
from ballotdesk.ui.widgets.page_tools import selected_id

if TYPE_CHECKING:
    from ballotdesk.ui.pages import Page

    _Page = Page
else:
    _Page = object

translate = QCoreApplication.translate


class PaperCommands(_Page):
    """Issue, Spoil and replace, Withdraw and Print ballot papers, for the ballot selected on the page."""

    boxes_model: BoxesModel
    desk_box: QComboBox
    """The box the desk issues into: the default box for papers issued here."""
    papers_view: QTableView
    papers_model: PapersModel

    if TYPE_CHECKING:
        def selected_ballot(self) -> ballot_service.Ballot | None:
            """The selected ballot (the page's)."""
            raise NotImplementedError

        def _done(self, action: str, message: str) -> None:
            """Say what was done and tell the meeting it changed (the page's)."""
            raise NotImplementedError

    def issue_papers(self) -> None:
        """Issue papers to attendees picked from the attendance list; refusals are listed."""
        svc, ballot = self.service, self.selected_ballot()
        if svc is None or ballot is None:
            return
        holding = {p.attendee_id for p in paper_service.live_papers(svc, ballot.id)}
        people = svc.attendees()
        present = [a for a in people if a.departed_at is None]
        eligible = [a for a in present if a.may_vote and a.id not in holding]
        eligible.sort(key=lambda a: a.name.casefold())
        no_vote = sum(1 for a in present if not a.may_vote)
        departed = len(people) - len(present)
        notes = []
        if no_vote:
            notes.append(translate("BallotsPage", "{0:,} present may not vote").format(no_vote))
        if departed:
            notes.append(translate("BallotsPage", "{0:,} have departed").format(departed))
        if holding:
            notes.append(translate("BallotsPage", "{0:,} already hold a paper").format(len(holding)))
        not_listed = translate("BallotsPage", "Not listed: {0}.").format("; ".join(notes)) if notes else ""
        boxes = [b.name for b in self.boxes_model.rows()]
        default_box = self.desk_box.currentText() or ballot_service.MAIN_HALL
        dialog = IssueDialog(self, ballot.title, eligible, boxes, default_box, not_listed)
        if not self.dialogs.run(dialog):
            return
        box = dialog.box()
        issued = 0
        refused: list[str] = []
        names = {a.id: a.name for a in people}
        for attendee_id in dialog.selected_ids():
            try:
                paper_service.issue_paper(svc, ballot.id, attendee_id, box)
                issued += 1
            except DomainError as error:  # listed in words; the others are still issued
                refused.append(f"• {names.get(attendee_id, attendee_id)}: {error}")
        summary = (translate("BallotsPage", "1 paper issued into {0}.").format(box) if issued == 1
                   else translate("BallotsPage", "{0:,} papers issued into {1}.").format(issued, box))
        if issued:
            self._done("paper.issue", summary)
        if refused:
            self.dialogs.info(APP_NAME, translate("BallotsPage", "{0}\n\nNot issued:\n{1}").format(
                summary, "\n".join(refused)))

    def _selected_paper(self) -> tuple[MeetingService, ballot_service.Ballot, PaperRow] | None:
        svc, ballot = self.service, self.selected_ballot()
        attendee_id = selected_id(self.papers_view)
        if svc is None or ballot is None or attendee_id is None:
            return None
        paper = next((p for p in self.papers_model.rows() if p.attendee_id == attendee_id), None)
        return (svc, ballot, paper) if paper else None

    def spoil_selected(self) -> None:
        """Cancel the selected attendee's spoilt paper and issue its replacement (optional number)."""
        chosen = self._selected_paper()
        if chosen is None:
            return
        svc, ballot, paper = chosen
        serial = self.dialogs.text(
            translate("BallotsPage", "Spoil and replace"),
            translate("BallotsPage", "{0}'s paper is cancelled and a new one issued into {1}.\n"
                      "Number of the replacement paper (optional):").format(paper.name, paper.box))
        if serial is None:
            return
        if self.dialogs.done(not_done(),
                             lambda: paper_service.spoil_paper(svc, ballot.id, paper.attendee_id, serial)):
            self._done("paper.spoil", translate(
                "BallotsPage", "{0}'s spoilt paper was cancelled and replaced in {1}.").format(paper.name, paper.box))

    def withdraw_selected(self) -> None:
        """Withdraw the selected attendee's paper, with a reason."""
        chosen = self._selected_paper()
        if chosen is None:
            return
        svc, ballot, paper = chosen
        reason = self.dialogs.text(
            translate("BallotsPage", "Withdraw paper"),
            translate("BallotsPage", "Why is {0}'s paper withdrawn? (required)").format(paper.name))
        if reason is None:
            return
        if self.dialogs.done(not_done(),
                             lambda: paper_service.withdraw_paper(svc, ballot.id, paper.attendee_id, reason)):
            self._done("paper.withdraw", translate("BallotsPage", "{0}'s paper was withdrawn: {1}").format(
                paper.name, reason.strip()))

    # -- printing -----------------------------------------------------------------------------

    def print_papers(self) -> None:
        """Ask how many papers, for which box and numbered from where; then preview them."""
        # Loaded on first use: the preview brings PDFium and Qt's printing, which start-up does without.
        from ballotdesk.ui.documents.print_preview import file_name, preview_document

        svc, ballot = self.service, self.selected_ballot()
        if svc is None or ballot is None:
            return
        boxes = [b.name for b in ballot_service.box_list(svc)]
        dialog = PapersDialog(ballot.title, boxes, svc.eligible_on_roll(), self)
        if not self.dialogs.run(dialog):
            return
        request = dialog.request()
        job = self.dialogs.attempt(not_done(), lambda: documents.ballot_papers_job(
            svc, ballot.id, request.box, request.count, request.first_serial, request.prefix))
        if job is None:
            return
        name = file_name(svc.path.stem, translate("BallotsPage", "Ballot papers"), ballot.title,
                         request.box) + ".pdf"
        title = translate("BallotsPage", "Ballot papers — {0} — {1}").format(ballot.title, request.box)
        preview_document(self, self.dialogs.run, title, job, svc.path.parent / name,
                         note=translate("BallotsPage", "{0:,} papers for the box {1}. Cut along the marks; keep unused "
                                        "papers for the ballot paper account.").format(request.count, request.box))
