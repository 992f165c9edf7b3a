"""A ballot chooser that keeps its choice across refreshes.

Pages redraw on every ``context.changed`` (a registration at the desk, a paper issued); a
plain combo box would jump back to the first ballot each time and, on the count page, wipe the
teller's half-typed figures. This one re-selects the same ballot id and only announces a real
change of ballot.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from ballotdesk.domain.ballot import Status
from ballotdesk.services import ballots as ballot_service
from ballotdesk.services.ballots import Ballot
from ballotdesk.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService

SHORT_STATUS: dict[Status, str] = {
    Status.DRAFT: QT_TRANSLATE_NOOP("BallotPicker", "draft"),
    Status.OPEN: QT_TRANSLATE_NOOP("BallotPicker", "open"),
    Status.CLOSED: QT_TRANSLATE_NOOP("BallotPicker", "closed, to count"),
    Status.COUNTING: QT_TRANSLATE_NOOP("BallotPicker", "counting"),
    Status.COUNTED: QT_TRANSLATE_NOOP("BallotPicker", "counted"),
    Status.DECLARED: QT_TRANSLATE_NOOP("BallotPicker", "declared"),
}


class BallotPicker(QComboBox):
    """Combo box of ballots by title and status; ``ballot_changed`` carries the id (or None)."""

    ballot_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Ballot"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(34)
        self._current: int | None = None
        self.currentIndexChanged.connect(self._changed)

    def set_ballots(self, ballots: Iterable[Ballot], prefer: int | None = None) -> None:
        """Fill from ballots; keep the current ballot if it is still listed, else ``prefer``, else the last."""
        rows = list(ballots)
        self.blockSignals(True)
        self.clear()
        for ballot in rows:
            status = QCoreApplication.translate("BallotPicker", SHORT_STATUS[ballot.status])
            self.addItem(f"{ballot.title} — {status}", ballot.id)
        wanted = self._current if self._current is not None else prefer
        index = self.findData(wanted) if wanted is not None else -1
        if index < 0 and rows:
            index = self.findData(prefer) if prefer is not None else -1
            index = index if index >= 0 else len(rows) - 1
        self.setCurrentIndex(index)
        self.blockSignals(False)
        self._changed()

    def select(self, ballot_id: int) -> None:
        """Choose a ballot by id (e.g. the next round just created)."""
        index = self.findData(ballot_id)
        if index >= 0:
            self.setCurrentIndex(index)

    def ballot_id(self) -> int | None:
        """The chosen ballot's id."""
        data = self.currentData()
        return None if data is None else int(data)

    def ballot(self, service: MeetingService | None) -> Ballot | None:
        """The chosen ballot, or None (no meeting, no ballot, or one gone since)."""
        ballot_id = self.ballot_id()
        if service is None or ballot_id is None:
            return None
        return ballot_service.get_ballot(service, ballot_id)

    def _changed(self) -> None:
        now = self.ballot_id()
        if now != self._current:
            self._current = now
            self.ballot_changed.emit(now)
