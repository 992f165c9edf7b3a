"""Issue papers from the attendance list: the chair picks attendees without a paper and the box.

The dialog only gathers the choice; the ballots page issues the papers one by one through the
service and lists any refusals. Apart from the ballot dialog, which sets a ballot up.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ballotdesk.services.desk import Attendee
from ballotdesk.ui.widgets.page_tools import fit_on_screen


class IssueDialog(QDialog):
    """Issue papers to attendees chosen from the attendance list.

    Lists registered attendees who may vote, are present and hold no paper for the ballot; the
    chair selects several (or all shown) and picks the box. The page issues them one by one and
    lists any refusals with their reasons (someone may have been issued a paper at the desk
    while this dialog was open).
    """

    def __init__(self, parent: QWidget | None, ballot_title: str, attendees: Sequence[Attendee],
                 boxes: Sequence[str], box: str, not_listed: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Issue papers: {0}").format(ballot_title))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Registered attendees who may vote and hold no paper for this ballot. "
                       "Select one or more (Ctrl or Shift for several), choose the box, then Issue."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.filter_edit = QLineEdit()
        self.filter_edit.setAccessibleName(self.tr("Find by name or number"))
        self.filter_edit.setPlaceholderText(self.tr("Find by name or number"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        layout.addWidget(self.filter_edit)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Attendees without a paper"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMinimumHeight(220)
        for person in attendees:
            text = f"{person.name}  —  {person.number}" if person.number else f"{person.name}  —  {person.kind}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
        self.list.itemSelectionChanged.connect(self._update_count)
        layout.addWidget(self.list)
        if not_listed:
            note = QLabel(not_listed)
            note.setWordWrap(True)
            layout.addWidget(note)
        row = QHBoxLayout()
        self.select_all_button = QPushButton(self.tr("Select &all shown"))
        self.select_all_button.setAccessibleName(self.tr("Select all shown"))
        self.select_all_button.setAutoDefault(False)
        self.select_all_button.clicked.connect(self._select_all)
        row.addWidget(self.select_all_button)
        row.addStretch(1)
        box_label = QLabel(self.tr("Into &box:"))
        self.box_combo = QComboBox()
        self.box_combo.setAccessibleName(self.tr("Box"))
        self.box_combo.addItems(list(boxes))
        self.box_combo.setCurrentText(box)
        box_label.setBuddy(self.box_combo)
        row.addWidget(box_label)
        row.addWidget(self.box_combo)
        layout.addLayout(row)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.issue_button = self.buttons.addButton(self.tr("&Issue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.issue_button.setAccessibleName(self.tr("Issue"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_count()
        fit_on_screen(self, 520, 480)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(not all(w in item.text().casefold() for w in words))

    def _select_all(self) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setSelected(not item.isHidden())

    def _update_count(self) -> None:
        count = len(self.selected_ids())
        self.count_label.setText(self.tr("{0} selected").format(count) if self.list.count()
                                 else self.tr("Everyone present holds a paper."))
        self.issue_button.setEnabled(count > 0)

    def selected_ids(self) -> list[int]:
        """The chosen attendees, in list order."""
        return [int(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
                if self.list.item(i).isSelected() and not self.list.item(i).isHidden()]

    def select_names(self, names: Sequence[str]) -> None:
        """Select the attendees whose line starts with one of these names (scripts and tests)."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setSelected(any(item.text().startswith(n) for n in names))

    def box(self) -> str:
        """The chosen box's name."""
        return self.box_combo.currentText()
