"""Keying a preferential ballot's papers, and the chair's settlement of batches whose keyings differ.

The teller works at the keyboard only: the numbers as marked, in the candidates' printed order
("2 1 - 3"), Enter, next paper. Each Enter only reads the one paper and appends one row to the
batch's model; nothing is written to the meeting until the batch is saved (one change, one audit
event), so keying keeps up with a fast typist. Every rule (what a paper may hold, four eyes, the
batch checks) is in ``services/ranked.py`` and ``domain/preferential/entry.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.preferential.entry import BATCH_SIZE, parse_marks
from ballotdesk.services import ballots, ranked
from ballotdesk.services.meeting import MeetingService
from ballotdesk.ui.tones import Tone, style_text

Index = QModelIndex | QPersistentModelIndex


class BatchPapersModel(QAbstractTableModel):
    """The papers of the batch being keyed: running number and marks; one row inserted per Enter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.papers: list[str] = []
        self.first = 1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.papers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = index.row()
        return str(self.first + row) if index.column() == 0 else self.papers[row]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Paper"), self.tr("Marks, in the candidates' order"))[section]
        return None

    def append(self, marks: str) -> None:
        """Add one paper at the end (what each Enter does)."""
        row = len(self.papers)
        self.beginInsertRows(QModelIndex(), row, row)
        self.papers.append(marks)
        self.endInsertRows()

    def remove_last(self) -> str | None:
        """Take the last paper back (a slip noticed after Enter); returns its marks."""
        if not self.papers:
            return None
        row = len(self.papers) - 1
        self.beginRemoveRows(QModelIndex(), row, row)
        marks = self.papers.pop()
        self.endRemoveRows()
        return marks

    def restart(self, first: int) -> None:
        """An empty batch whose first paper has the running number ``first``."""
        self.beginResetModel()
        self.papers, self.first = [], first
        self.endResetModel()


class RankedEntryDialog(QDialog):
    """One teller keys the papers of a box, batch by batch.

    ``attempt`` runs a service call and shows a refusal (the window's :meth:`Dialogs.attempt`);
    ``saved`` is told after each batch is saved, so the pages redraw.
    """

    def __init__(self, parent: QWidget | None, svc: MeetingService, ballot_id: int,
                 attempt: Callable[[str, Callable[[], Any]], Any], saved: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.svc, self.ballot_id, self._attempt, self._saved = svc, ballot_id, attempt, saved
        found = ranked.require_ranked(svc, ballot_id)
        self.candidates = found.candidates
        self.setWindowTitle(self.tr("Key papers: {0}").format(found.title))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.box_combo = QComboBox()
        self.box_combo.setAccessibleName(self.tr("Box"))
        self.box_combo.addItems([b.name for b in ballots.box_list(svc)])
        form.addRow(self.tr("&Box:"), self.box_combo)
        self.teller_edit = QLineEdit()
        self.teller_edit.setAccessibleName(self.tr("Teller's name"))
        form.addRow(self.tr("&Teller:"), self.teller_edit)
        self.batch_spin = QSpinBox()
        self.batch_spin.setRange(1, 9999)
        self.batch_spin.setAccessibleName(self.tr("Batch number"))
        form.addRow(self.tr("B&atch:"), self.batch_spin)
        self.counted_edit = QLineEdit()
        self.counted_edit.setAccessibleName(self.tr("Papers counted into the batch by hand"))
        self.counted_edit.setPlaceholderText(self.tr("e.g. {0} (as written on the batch slip)").format(BATCH_SIZE))
        form.addRow(self.tr("&Counted by hand:"), self.counted_edit)
        self.piles_edit = QLineEdit()
        self.piles_edit.setAccessibleName(self.tr("First-preference piles"))
        self.piles_edit.setPlaceholderText(self.tr("papers in each first-preference pile, in the candidates' "
                                                   "order, e.g. 10 8 7 (optional)"))
        form.addRow(self.tr("First-preference &piles:"), self.piles_edit)
        self.last_check = QCheckBox(self.tr("This is the &last batch of the box"))
        self.last_check.setAccessibleName(self.tr("Last batch of the box"))
        form.addRow("", self.last_check)
        layout.addLayout(form)

        order = QLabel(self.tr("Candidates, in the order printed: {0}").format(
            "  ·  ".join(f"{i}. {name}" for i, name in enumerate(self.candidates, 1))))
        order.setWordWrap(True)
        order.setAccessibleName(self.tr("Candidates in order"))
        layout.addWidget(order)
        row = QHBoxLayout()
        self.paper_label = QLabel()
        self.paper_label.setAccessibleName(self.tr("Running paper number"))
        self.paper_edit = QLineEdit()
        self.paper_edit.setAccessibleName(self.tr("The paper's marks"))
        self.paper_edit.setPlaceholderText(self.tr("the number beside each candidate, '-' for none, then Enter"))
        self.paper_label.setBuddy(self.paper_edit)
        row.addWidget(self.paper_label)
        row.addWidget(self.paper_edit, 1)
        layout.addLayout(row)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem with the paper"))
        style_text(self.problem, Tone.PROBLEM)
        layout.addWidget(self.problem)
        self.model = BatchPapersModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Papers of this batch"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        layout.addWidget(self.view, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("What happened"))
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save batch (Ctrl+Enter)"))
        self.save_button.setAccessibleName(self.tr("Save batch"))
        self.save_button.setAutoDefault(False)
        self.undo_button = QPushButton(self.tr("Take back last paper (Ctrl+Z)"))
        self.undo_button.setAccessibleName(self.tr("Take back last paper"))
        self.undo_button.setAutoDefault(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self.paper_edit.returnPressed.connect(self.key_paper)
        self.save_button.clicked.connect(self.save_batch)
        self.undo_button.clicked.connect(self.take_back)
        self.close_button.clicked.connect(self.accept)
        # The teller's hands stay on the paper line: Ctrl+Enter saves the batch, Ctrl+Z takes a paper back.
        self.paper_edit.installEventFilter(self)
        self.teller_edit.editingFinished.connect(self._place)
        self.box_combo.currentIndexChanged.connect(self._place)
        self.batch_spin.valueChanged.connect(self._renumber)
        self._place()
        self.resize(620, 560)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter and Ctrl+Z on the paper line (a line edit would take Ctrl+Z for its own undo)."""
        if watched is self.paper_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.save_batch()
                return True
            if ctrl and event.key() == Qt.Key.Key_Z:
                self.take_back()
                return True
        return super().eventFilter(watched, event)

    # -- where the teller is ------------------------------------------------------------------

    def _place(self) -> None:
        """The teller's next batch in this box, and the running number of its first paper."""
        if self.model.papers:
            return  # a batch being keyed keeps its number until saved
        start = ranked.next_keying(self.svc, self.ballot_id, self.box_combo.currentText(),
                                   self.teller_edit.text() or "?")
        self.batch_spin.blockSignals(True)
        self.batch_spin.setValue(start.batch)
        self.batch_spin.blockSignals(False)
        self.model.restart(start.first_paper)
        self._show_number()

    def _renumber(self) -> None:
        if not self.model.papers:
            self.model.restart(self.model.first)
        self._show_number()

    def _show_number(self) -> None:
        self.paper_label.setText(self.tr("Paper {0}:").format(self.model.first + len(self.model.papers)))

    # -- keying -------------------------------------------------------------------------------

    def key_paper(self) -> None:
        """Enter: read the paper typed; a slip stays in the line with the reason, else the next paper."""
        try:
            marks = parse_marks(self.paper_edit.text(), len(self.candidates))
        except DomainError as error:
            self.problem.setText(f"⚠ {error}")
            return
        self.model.append(marks)
        self.problem.clear()
        self.paper_edit.clear()
        self._show_number()

    def key(self, papers: Sequence[str]) -> None:
        """Key several papers as typed (scripts and tests): each goes through the Enter a teller presses."""
        for text in papers:
            self.paper_edit.setText(text)
            self.key_paper()

    def take_back(self) -> None:
        """Take the last paper back into the line, to correct it."""
        marks = self.model.remove_last()
        if marks is not None:
            self.paper_edit.setText(marks)
            self._show_number()

    def _hand_counts(self) -> tuple[int | None, list[int] | None]:
        counted_text = self.counted_edit.text().strip()
        if counted_text and not (counted_text.isascii() and counted_text.isdigit()):
            raise DomainError(self.tr("Counted by hand: '{0}' is not a number of papers.").format(counted_text))
        counted = int(counted_text) if counted_text else None
        piles_text = self.piles_edit.text().replace(",", " ").split()
        if not piles_text:
            return counted, None
        if len(piles_text) != len(self.candidates) or not all(p.isascii() and p.isdigit() for p in piles_text):
            raise DomainError(self.tr("First-preference piles: give one number for each of the {0} candidates.")
                              .format(len(self.candidates)))
        return counted, [int(p) for p in piles_text]

    def save_batch(self) -> None:
        """Save the batch as this teller's keying; the next batch starts empty."""
        if not self.model.papers:
            self.problem.setText(self.tr("⚠ Key the batch's papers first."))
            return
        try:
            counted, piles = self._hand_counts()
        except DomainError as error:
            self.problem.setText(f"⚠ {error}")
            return
        outcome = self._attempt(self.tr("The batch was not saved"), lambda: ranked.enter_batch(
            self.svc, self.ballot_id, self.box_combo.currentText(), self.teller_edit.text(), self.batch_spin.value(),
            list(self.model.papers), counted=counted, piles=piles, last=self.last_check.isChecked()))
        if outcome is None:
            return
        self.message.setText(outcome.message)
        self.counted_edit.clear()
        self.piles_edit.clear()
        self.last_check.setChecked(False)
        self.model.restart(1)
        self._saved("ranked.batch")
        self._place()
        self.paper_edit.setFocus()


class SettleDialog(QDialog):
    """The chair settles a batch whose keyings differ: the differing papers side by side.

    The chair reads each differing paper and types its marks (the first teller's keying is offered),
    accepts one teller's keying, or has the batch keyed again; a reason is required. The PIN is asked
    for by the window when the settlement is made.
    """

    def __init__(self, parent: QWidget | None, dispute: ranked.Dispute) -> None:
        super().__init__(parent)
        self.dispute = dispute
        self.setWindowTitle(self.tr("Settle batch {0} of {1}").format(dispute.batch, dispute.box))
        layout = QVBoxLayout(self)
        first, second = dispute.tellers
        intro = QLabel(self.tr("The two keyings of this batch do not agree. Find each paper in the batch and give "
                               "its marks as written."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        for check in dispute.checks:
            note = QLabel(f"⚠ {check}")
            note.setWordWrap(True)
            layout.addWidget(note)
        self.table = QTableWidget(len(dispute.differences), 4)
        self.table.setAccessibleName(self.tr("Differing papers"))
        self.table.setHorizontalHeaderLabels([self.tr("Paper in batch"), first, second, self.tr("Chair's reading")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        for r, difference in enumerate(dispute.differences):
            for c, text in enumerate((str(difference.position), difference.first or self.tr("(no paper)"),
                                      difference.second or self.tr("(no paper)"))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
            self.table.setItem(r, 3, QTableWidgetItem(difference.first or ""))
        layout.addWidget(self.table)
        self.read_radio = QRadioButton(self.tr("&Read the papers: the chair's reading above"))
        self.first_radio = QRadioButton(self.tr("Accept {0}'s keying").format(first))
        self.second_radio = QRadioButton(self.tr("Accept {0}'s keying").format(second))
        self.rekey_radio = QRadioButton(self.tr("Have the batch &keyed again by two tellers"))
        group = QButtonGroup(self)
        for radio in (self.read_radio, self.first_radio, self.second_radio, self.rekey_radio):
            group.addButton(radio)
            layout.addWidget(radio)
        self.read_radio.setChecked(bool(dispute.differences))
        self.first_radio.setChecked(not dispute.differences)
        self.read_radio.setEnabled(bool(dispute.differences))
        form = QFormLayout()
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. paper 7 read by the chair with both tellers"))
        form.addRow(self.tr("Rea&son:"), self.reason_edit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, 420)

    def set_reading(self, position: int, marks: str) -> None:
        """Type the chair's reading of a paper (scripts and tests)."""
        for r, difference in enumerate(self.dispute.differences):
            if difference.position == position:
                item = self.table.item(r, 3)
                assert item is not None
                item.setText(marks)

    def settlement(self) -> dict[str, Any]:
        """The keyword arguments of :func:`ranked.settle_batch` the chair chose."""
        choice: dict[str, Any] = {"reason": self.reason_edit.text()}
        if self.rekey_radio.isChecked():
            choice["rekey"] = True
        elif self.first_radio.isChecked():
            choice["accept_teller"] = self.dispute.tellers[0]
        elif self.second_radio.isChecked():
            choice["accept_teller"] = self.dispute.tellers[1]
        else:
            readings = {}
            for r, difference in enumerate(self.dispute.differences):
                item = self.table.item(r, 3)
                readings[difference.position] = item.text() if item is not None else ""
            choice["readings"] = readings
        return choice
