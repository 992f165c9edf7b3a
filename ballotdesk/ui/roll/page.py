"""The membership roll: find, import a CSV export (or drop one here), add or correct a member."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ballotdesk.domain.roll_csv import MemberRecord
from ballotdesk.ui.actions import ActionName, action_button
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.dialogs import Dialogs
from ballotdesk.ui.pages import ShownPage
from ballotdesk.ui.roll.model import NUMBER_ROLE, PAGE_SIZE, RollModel
from ballotdesk.ui.widgets.accessible import show_words
from ballotdesk.ui.widgets.page_tools import row_table

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

CSV_SUFFIXES = {".csv", ".txt", ".tsv"}
STRETCHED = frozenset({1, 2, 3})
"""First name, last name and ward: the columns of any length (see :data:`~ballotdesk.ui.roll.model.COLUMNS`)."""


def dropped_csv(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local CSV file being dragged, if that is what it is."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in CSV_SUFFIXES else None


class RollPage(ShownPage):
    """The roll, paged from the file as the table scrolls."""


    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAcceptDrops(True)

        self.filter = QLineEdit()
        self.filter.setObjectName("roll_filter")
        self.filter.setAccessibleName(self.tr("Find on the roll"))
        self.filter.setPlaceholderText(self.tr("Find by name, membership number or postcode…"))
        self.filter.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Roll count"))

        self.model = RollModel()
        self.filter.textChanged.connect(self._filter_changed)
        self.table = QTableView()
        self.table.setObjectName("roll_table")
        row_table(self.table, self.tr("Members on the roll"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the roll (arrows move in it), not cell by cell
        self.table.setModel(self.model)
        # Names and wards share what the short columns leave, so every column (and its title) fits the
        # window without a horizontal scroll bar, at 1024 pixels as on a wide screen.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(PAGE_SIZE)  # one page of rows is a fair sample; the roll may be 100,000
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in STRETCHED
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.edit_member())
        self.model.rowsInserted.connect(lambda *_: self._update_count())

        self.hint = QLabel(self.tr("Tip: drop a CSV export on this page to import it."))
        self.hint.setAccessibleName(self.tr("Roll hint"))
        self.hint.setAccessibleDescription(self.hint.text())  # the name alone would hide the tip
        self.hint.setWordWrap(True)  # beside the buttons, at a large font, it would push the window off the screen
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        self.refresh()

    def bind(self, actions: dict[ActionName, QAction], dialogs: Dialogs) -> None:
        """Use the main window's dialogs; its roll actions act on this page."""
        super().bind(actions, dialogs)
        for name in self.commands:
            self.buttons.addWidget(action_button(actions[name], self))

    # -- showing ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Start the table again from the first page."""
        self._stale = False
        self.model.set_service(self.context.service)
        self.setEnabled(self.context.service is not None)
        self._update_count()

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()

    def _update_count(self) -> None:
        if self.context.service is None:
            show_words(self.count, self.tr("No meeting is open."))
            return
        total, loaded = self.model.total, self.model.rowCount()
        shown = self.tr("{0:,} members").format(total) if not self.filter.text().strip() \
            else self.tr("{0:,} matching").format(total)
        show_words(self.count, shown + (self.tr(" ({0:,} loaded)").format(loaded) if loaded < total else ""))

    # -- changing ---------------------------------------------------------------------------

    def import_csv(self) -> None:
        """File chooser, then the import dialog."""
        if self.context.service is None:
            return
        path = self.dialogs.open_csv_file()
        if path is not None:
            self.import_path(path)

    def import_path(self, path: Path) -> None:
        """Open the import dialog on ``path``; a file that is not usable CSV is refused in words."""
        if self.context.service is None:
            return
        self.dialogs.attempt(self.tr("Import roll"), lambda: self.dialogs.import_roll(self.context, path))

    def selected_number(self) -> str | None:
        """Membership number of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(NUMBER_ROLE)) if rows else None

    def add_member(self) -> None:
        """Add a member by hand (logged as member.add)."""
        self._save(None)

    def edit_member(self) -> None:
        """Correct the selected member (logged as member.correct with old and new values)."""
        service = self.context.service
        number = self.selected_number()
        if service is None:
            return
        if number is None:
            self.dialogs.error(self.tr("Edit member"), self.tr("Select a member on the roll first."))
            return
        member = service.roll_member(number)
        if member is None:
            return
        self._save(member.record)

    def _save(self, record: MemberRecord | None) -> None:
        service = self.context.service
        if service is None:
            return
        statuses = [s for s, _n in service.statuses() if s]
        entered = self.dialogs.member(record, statuses)
        if entered is None:
            return
        outcome = self.dialogs.attempt(self.tr("Save member"), lambda: service.save_member(entered, new=record is None))
        if outcome in ("added", "corrected"):
            self.context.notify("member.add" if outcome == "added" else "member.correct")

    # -- drag and drop ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept one CSV file dragged from the file manager."""
        if self.context.service is not None and dropped_csv(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Import the dropped CSV."""
        path = dropped_csv(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_path(path)

