"""Who is here: filter, sort, select several, mark departed or returned, approve a provisional vote."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ballotdesk.services import documents
from ballotdesk.ui.attendance.model import ID_ROLE, AttendanceFilter, AttendanceModel
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.pages import ShownPage
from ballotdesk.ui.widgets.accessible import show_words
from ballotdesk.ui.widgets.figures import figures_text, quorum_text
from ballotdesk.ui.widgets.page_tools import row_table

REASON_COLUMN = 7
"""The eligibility reason (see :data:`~ballotdesk.ui.attendance.model.COLUMNS`)."""
NAME_CAP = 260
"""The name column's widest first size: a very long name should not push the reason off the page."""


class AttendancePage(ShownPage):
    """The attendance list; selection follows Ctrl/Shift as in any file manager."""


    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)

        self.filter = QLineEdit()
        self.filter.setObjectName("attendance_filter")
        self.filter.setAccessibleName(self.tr("Filter attendees"))
        self.filter.setPlaceholderText(self.tr("Filter by name, number, ward, kind…"))
        self.filter.setClearButtonEnabled(True)

        self.model = AttendanceModel()
        self.proxy = AttendanceFilter()
        self.proxy.setSourceModel(self.model)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.filter.textChanged.connect(lambda _text: self._update_count())

        self.table = QTableView()
        self.table.setObjectName("attendance_table")
        row_table(self.table, self.tr("Attendees"), several=True)  # add to or take from the selection
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it), not cell by cell
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The reason takes whatever width is left: a provisional attendee's reason is a sentence, and the
        # chair reads it before approving a vote. (Cut short, it still shows in full as the row's tooltip.)
        header.setSectionResizeMode(REASON_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_count())

        self.departed_button = self._button(self.tr("Mark departed"),
                                            self.tr("Mark the selected attendees as having left the hall"),
                                            lambda: self.set_departed(True))
        self.returned_button = self._button(self.tr("Mark returned"),
                                            self.tr("Mark the selected attendees as back in the hall"),
                                            lambda: self.set_departed(False))
        self.approve_button = self._button(self.tr("Approve vote…"),
                                           self.tr("Let the selected provisional attendee vote (the chair's decision)"),
                                           lambda: self.approve(True))
        self.withdraw_button = self._button(self.tr("Withdraw approval…"),
                                            self.tr("The selected provisional attendee may no longer vote"),
                                            lambda: self.approve(False))

        self.register_button = self._button(self.tr("Print &register…"), self.tr(
            "The attendance register: who came, when, and whether they may vote (preview, print or save as PDF)"),
                                            self.print_register)
        self.signin_button = self._button(self.tr("Print &sign-in sheet…"), self.tr(
            "A blank sign-in sheet of the roll, sorted by surname, for the door (preview, print or save as PDF)"),
                                          self.print_signin_sheet)

        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Attendee count"))
        self.figures = QLabel()
        self.figures.setAccessibleName(self.tr("Attendance figures"))
        self.figures.setWordWrap(True)
        font = QFont(self.figures.font())
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.figures.setFont(font)

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for button in (self.departed_button, self.returned_button, self.approve_button, self.withdraw_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.signin_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.figures)
        self.setFocusProxy(self.filter)
        self.refresh()

    def _button(self, text: str, description: str, handler: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.clicked.connect(handler)
        return button

    # -- reading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the attendees again, keeping the selection by attendee id."""
        self._stale = False
        service = self.context.service
        keep = set(self.selected_ids())
        self.model.set_attendees(service.attendees() if service else [])
        if keep:
            selection = QItemSelection()
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                if index.data(ID_ROLE) in keep:
                    selection.select(index, self.proxy.index(row, self.proxy.columnCount() - 1))
            self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if self.model.rowCount() and not self._sized:
            self.table.resizeColumnsToContents()  # the reason column stretches instead
            self.table.setColumnWidth(0, min(self.table.columnWidth(0), NAME_CAP))
            self._sized = True
        if service is None:
            show_words(self.figures, self.tr("No meeting is open."))
        else:
            figures = service.figures()
            show_words(self.figures, f"{figures_text(figures)}\n{quorum_text(figures)}")
        self._update_count()
        self._update_buttons()
        self.setEnabled(service is not None)

    _sized = False

    def showEvent(self, event: QShowEvent) -> None:
        """Arriving at the list puts the cursor in the filter: finding someone is why people come here."""
        super().showEvent(event)
        self.filter.setFocus()

    def _update_count(self) -> None:
        """How many are listed, and how many are selected: Shift-clicking down a list of 400 should show
        how many people a click on Mark departed is about to move."""
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        text = (self.tr("{0} of {1} shown").format(f"{shown:,}", f"{total:,}") if shown != total
                else self.tr("{0} attendees").format(f"{total:,}"))
        selected = len(self.table.selectionModel().selectedRows())
        if selected:
            text = self.tr("{0}, {1} selected").format(text, f"{selected:,}")
        show_words(self.count, text)

    def selected_ids(self) -> list[int]:
        """Attendee ids of the selected rows, in the order shown."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [int(index.data(ID_ROLE)) for index in rows]

    def _selected(self) -> list[int]:
        return [self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()]

    def _update_buttons(self) -> None:
        people = [self.model.attendee(r) for r in self._selected()]
        self.departed_button.setEnabled(any(p and not p.departed_at for p in people))
        self.returned_button.setEnabled(any(p and p.departed_at for p in people))
        provisional = [p for p in people if p and p.kind == "provisional"]
        self.approve_button.setEnabled(any(not p.may_vote for p in provisional))
        self.withdraw_button.setEnabled(any(p.may_vote for p in provisional))

    # -- changing -----------------------------------------------------------------------

    def set_departed(self, departed: bool) -> None:
        """Mark every selected attendee as departed (or returned); the figures follow."""
        service = self.context.service
        ids = self.selected_ids()
        if service is None or not ids:
            return
        changed = self.dialogs.attempt(self.tr("Attendance"), lambda: service.set_departed(ids, departed))
        if changed:
            self.context.notify("attendee.departed" if departed else "attendee.returned")

    def approve(self, approved: bool) -> None:
        """The chair lets a provisional attendee vote, or withdraws it; asked once per person."""
        service = self.context.service
        if service is None:
            return
        people = [p for p in (self.model.attendee(r) for r in self._selected())
                  if p and p.kind == "provisional" and p.may_vote != approved]
        if not people:
            self.dialogs.error(self.tr("Approve vote"), self.tr(
                "Select a provisional attendee first (added at the desk with Add provisional attendee)."))
            return
        done = False
        for person in people:
            question = (self.tr("Let {0} vote? They are not on the roll: {1}.") if approved
                        else self.tr("Withdraw {0}'s vote? ({1})")).format(person.name, person.reason)
            if not self.dialogs.confirm(self.tr("Approve vote") if approved else self.tr("Withdraw approval"),
                                        question):
                continue
            if self.dialogs.attempt(self.tr("Approve vote"), partial(service.approve_provisional, person.id,
                                                                     approved)) is not None:
                done = True
        if done:
            self.context.notify("attendee.approve_vote")

    # -- printing -----------------------------------------------------------------------

    def print_register(self) -> None:
        """Preview the attendance register; print it or save it as PDF."""
        # Loaded on first use: the preview brings PDFium and Qt's printing, which start-up does without.
        from ballotdesk.ui.documents.print_preview import file_name, preview_document

        service = self.context.service
        if service is None:
            return
        job = self.dialogs.attempt(self.tr("Attendance register"), lambda: documents.register_pdf_job(service))
        if job is not None:
            name = file_name(service.path.stem, self.tr("Attendance register")) + ".pdf"
            preview_document(self, self.dialogs.run, self.tr("Attendance register"), job,
                             service.path.parent / name)

    def print_signin_sheet(self) -> None:
        """Preview the blank sign-in sheet of the roll; print it or save it as PDF."""
        from ballotdesk.ui.documents.print_preview import file_name, preview_document

        service = self.context.service
        if service is None:
            return
        job = self.dialogs.attempt(self.tr("Sign-in sheet"), lambda: documents.signin_sheet_job(service))
        if job is not None:
            name = file_name(service.path.stem, self.tr("Sign-in sheet")) + ".pdf"
            preview_document(self, self.dialogs.run, self.tr("Sign-in sheet"), job, service.path.parent / name,
                             note=self.tr("Everyone on the roll, sorted by surname, for the door."))
