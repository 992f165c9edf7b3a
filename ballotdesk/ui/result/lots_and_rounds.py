"""The Result page's equality of votes and further rounds: shown, and settled by the chair.

A tie that decides the outcome is settled by lot (drawn by the app, or in the hall and recorded);
an exhaustive ballot without a majority goes to another round. Part of
:class:`~ballotdesk.ui.result.page.ResultPage` (a mixin it is built from), kept apart so the page's
module holds the result itself and its declaration. Its words keep the page's translation context,
``ResultPage``, so the catalogue still finds them.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QTableView

from ballotdesk.domain.ballot import Status
from ballotdesk.domain.errors import DomainError
from ballotdesk.services import ballots as ballot_service
from ballotdesk.services import results as result_service
from ballotdesk.services.result_view import ResultView, result_view
from ballotdesk.ui.dialogs import APP_NAME, not_done
from ballotdesk.ui.i18n import QT_TRANSLATE_NOOP
from ballotdesk.ui.result.model import RoundRow, RoundsModel
from ballotdesk.ui.widgets.page_tools import fit_rows

if TYPE_CHECKING:
    from ballotdesk.ui.pages import Page

    _Page = Page
else:
    _Page = object

translate = QCoreApplication.translate

_METHOD = {"app": QT_TRANSLATE_NOOP("ResultPage", "drawn by the app"),
           "physical": QT_TRANSLATE_NOOP("ResultPage", "drawn in the hall")}


def _join(names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    return QCoreApplication.translate("ResultPage", "{0} and {1}").format(", ".join(names[:-1]), names[-1])


class LotsAndRounds(_Page):
    """The lot panel and the rounds panel, and the chair's Draw lot, Record physical draw and Start next round."""

    result: ResultView | None
    """The chosen ballot's result as its document records it (the page's), None before it has one."""
    _actions: result_service.BallotActions | None
    """What the services allow now for the chosen ballot (the page's)."""
    lot_group: QGroupBox
    lot_text: QLabel
    draw_button: QPushButton
    physical_button: QPushButton
    rounds_group: QGroupBox
    rounds_model: RoundsModel
    rounds_view: QTableView
    next_round_button: QPushButton
    rounds_note: QLabel

    if TYPE_CHECKING:
        def ballot(self) -> ballot_service.Ballot | None:
            """The chosen ballot (the page's)."""
            raise NotImplementedError

        def select_ballot(self, ballot_id: int) -> None:
            """Show another ballot (the page's)."""
            raise NotImplementedError

    # -- shown --------------------------------------------------------------------------------

    def _show_lot(self, status: Status, result: ResultView) -> None:
        tie = list(result.tally.tie)
        lines = [translate("ResultPage", "A lot {0} among {1} favoured <b>{2}</b>.").format(
                     translate("ResultPage", _METHOD[x.method]), _join(list(x.among)), x.chosen)
                 + (f" ({x.note})" if x.note else "") for x in result.tally.lots]
        draw = bool(self._actions and self._actions.draw_lot)  # the services' rule, not the page's
        if tie:
            lines.append(translate("ResultPage", "The votes of <b>{0}</b> are equal and decide the outcome; settle it "
                                   "by lot before declaring.").format(_join(tie)))
            if not draw and self._actions is not None:
                lines.append(html.escape(self._actions.draw_lot.reason))
        self.lot_text.setText("<br>".join(lines))
        self.lot_group.setTitle(translate("ResultPage", "Equality of votes: settle by lot") if tie
                                else translate("ResultPage", "Lot"))
        self.lot_group.setVisible(bool(lines))
        self.draw_button.setVisible(bool(tie))
        self.physical_button.setVisible(bool(tie))
        self.draw_button.setEnabled(draw)
        self.physical_button.setEnabled(draw)

    def _show_rounds(self, ballot: ballot_service.Ballot, result: ResultView) -> None:
        svc = self.service
        if svc is None:
            return
        chain = ballot_service.round_list(svc, ballot.id)
        needs = result.tally.needs_next_round
        self.rounds_group.setVisible(len(chain) > 1 or needs)
        if len(chain) <= 1 and not needs:
            return
        found: list[ResultView | None] = []
        for row in chain:
            try:
                found.append(result_view(svc, row.id))
            except DomainError:
                found.append(None)
        names = list(chain[0].spec.options)
        rows = []
        for name in names:
            votes: list[int | None] = []
            fate = translate("ResultPage", "continuing")
            for number, (row, round_result) in enumerate(zip(chain, found, strict=True), start=1):
                listed = {o.name: o.votes for o in round_result.tally.options} if round_result else {}
                stood = name in row.spec.options
                votes.append(listed.get(name) if stood else None)
                if stood and round_result:
                    if name in round_result.tally.winners:
                        fate = translate("ResultPage", "{0} in round {1}").format(ballot.spec.elected_word, number)
                    elif name in round_result.tally.eliminated:
                        fate = translate("ResultPage", "dropped out after round {0}").format(number)
            rows.append(RoundRow(name, tuple(votes), fate))
        self.rounds_model.set_rounds(len(chain), rows)
        fit_rows(self.rounds_view)
        last = chain[-1].id == ballot.id
        start = bool(self._actions and self._actions.next_round)
        self.next_round_button.setVisible(needs and last)
        self.next_round_button.setEnabled(start)
        if needs and last:
            words = (translate("ResultPage", "No candidate has the required majority. Continuing: {0}; dropping out: "
                               "{1}.").format(_join(list(result.tally.continuing)),
                                              _join(list(result.tally.eliminated)))
                     if result.tally.continuing else translate(
                         "ResultPage", "No candidate has the required majority; settle the equality by lot first."))
            self.rounds_note.setText(words)
        elif not last:
            self.rounds_note.setText(translate("ResultPage", "This round was followed by round {0}.").format(
                chain[-1].round))
        else:
            self.rounds_note.clear()

    # -- the chair's steps --------------------------------------------------------------------

    def draw_in_app(self) -> None:
        """Let the app draw the lot (cryptographic randomness) and show who it favoured."""
        svc, ballot = self.service, self.ballot()
        if svc is None or ballot is None or self.result is None:
            return
        tie = list(self.result.tally.tie)
        if not self.dialogs.confirm(translate("ResultPage", "Draw lot in the app"), translate(
                "ResultPage", "The app will draw at random among {0}. The draw is recorded and cannot be repeated. "
                "Draw now?").format(_join(tie))):
            return
        lot = self.dialogs.attempt(not_done(), lambda: result_service.record_lot(svc, ballot.id,
                                                                                 note="drawn in the app"))
        if lot is not None:
            self.context.notify("ballot.lot")
            # A preferential count's lot falls on the one it names: excluded, elected or transferred first.
            said = (translate("ResultPage", "The lot drawn by the app among {0} fell on {1}.")
                    if self.result.lot_question is not None
                    else translate("ResultPage", "The lot drawn by the app among {0} favoured {1}."))
            self.dialogs.info(APP_NAME, said.format(_join(list(lot.among)), lot.chosen))

    def record_physical(self) -> None:
        """Record who a draw in the hall favoured, with a note of how it was drawn."""
        svc, ballot = self.service, self.ballot()
        if svc is None or ballot is None or self.result is None:
            return
        tie = list(self.result.tally.tie)
        needed = self.result.lot_question
        question = (translate("ResultPage", "{0}. Whom did the draw fall on?").format(needed) if needed is not None
                    else translate("ResultPage", "Who did the draw favour?"))
        chosen = self.dialogs.choose(translate("ResultPage", "Record physical draw"), question, tie)
        if chosen is None:
            return
        note = self.dialogs.text(translate("ResultPage", "Record physical draw"), translate(
            "ResultPage", "How was it drawn, and by whom? (e.g. names from a hat, drawn by the secretary)"))
        if note is None:
            return
        if self.dialogs.done(not_done(), lambda: result_service.record_lot(svc, ballot.id, chosen=chosen,
                                                                           note=note.strip())):
            self.context.notify("ballot.lot")

    def start_next_round(self) -> None:
        """Create the next round of an exhaustive ballot, as a draft to open on the ballots page."""
        svc, ballot = self.service, self.ballot()
        if svc is None or ballot is None:
            return
        new_id = self.dialogs.attempt(not_done(), lambda: result_service.next_round(svc, ballot.id))
        if new_id is not None:
            self.context.notify("ballot.create")
            self.select_ballot(new_id)
            self.dialogs.info(APP_NAME, translate("ResultPage", "Round {0} has been created as a draft. Open it on the "
                                                  "Ballots page to issue papers.").format(ballot.round + 1))
