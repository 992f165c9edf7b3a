"""Import a membership export: check how it was read, map the columns, import, read the summary.

The file is read (and fully checked) before the dialog opens, so a file that cannot be used is
refused with :class:`CsvReadError`'s message rather than half-way through. The import itself
runs in a worker thread so the window keeps painting while 100,000 rows are merged; a modal
progress dialog keeps the user away from the meeting meanwhile (the service's connection may be
used from the worker, but never from two threads at once), and Cancel rolls everything back.

The threads live in :mod:`~ballotdesk.ui.roll.import_worker`, the preview of the first rows in
:mod:`~ballotdesk.ui.roll.preview_table`, and the summary page in :mod:`~ballotdesk.ui.roll.import_summary`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ballotdesk.domain.roll_csv import DATE_FORMATS, FIELDS, CsvTable, guess_mapping, parse_date, read_csv
from ballotdesk.services.meeting import MeetingService
from ballotdesk.services.roll_import import ImportSummary
from ballotdesk.ui.background import collect_on_gui_thread
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.domain_text import field_label
from ballotdesk.ui.i18n import QT_TRANSLATE_NOOP
from ballotdesk.ui.roll.import_summary import ImportSummaryPage
from ballotdesk.ui.roll.import_worker import ImportWorker
from ballotdesk.ui.roll.preview_table import PreviewTable
from ballotdesk.ui.tones import Tone, style_text
from ballotdesk.ui.widgets.page_tools import fit_on_screen

PREVIEW_ROWS = 8
DELIMITER_NAMES = {
    ",": QT_TRANSLATE_NOOP("ImportDialog", "comma"),
    ";": QT_TRANSLATE_NOOP("ImportDialog", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("ImportDialog", "tab"),
    "|": QT_TRANSLATE_NOOP("ImportDialog", "vertical bar"),
}
ENCODING_NAMES = {
    "utf-8": "UTF-8", "utf-8-sig": "UTF-8 (with byte-order mark)", "utf-16": "UTF-16 (Excel Unicode text)",
    "utf-16-le": "UTF-16 little-endian", "utf-16-be": "UTF-16 big-endian", "cp1252": "Windows-1252 (Western)",
    "cp1251": "Windows-1251 (Cyrillic)", "latin-1": "Latin-1", "ascii": "ASCII",
    "utf-8+cp1252": "UTF-8, some lines Windows-1252",
}
NOT_IMPORTED = QT_TRANSLATE_NOOP("ImportDialog", "— not imported —")
DATE_FORMAT_NAMES = {
    "dmy": QT_TRANSLATE_NOOP("ImportDialog", "Day first (31/12/2024)"),
    "mdy": QT_TRANSLATE_NOOP("ImportDialog", "Month first (12/31/2024)"),
    "ymd": QT_TRANSLATE_NOOP("ImportDialog", "Year first (2024-12-31)"),
}
"""The date orders of :data:`DATE_FORMATS` in words lupdate can find (the domain's labels are English only)."""
PREVIEW_DATE = "d MMM yyyy"
"""How the preview shows a date as read: the month in words, so 3 Feb and 2 Mar cannot be confused."""


class ImportDialog(ImportSummaryPage, QDialog):
    """Mapping, preview, import with progress, then the summary with every skipped row.

    Raises:
        CsvReadError: from the constructor when the file cannot be read as CSV.
    """

    import_started = Signal()
    import_done = Signal(str)
    """Emitted with "imported", "cancelled" or "failed" when the worker has stopped."""

    def __init__(self, context: MeetingContext, path: Path, parent: QWidget | None = None,
                 table: CsvTable | None = None) -> None:
        super().__init__(parent)
        if context.service is None:
            raise RuntimeError("no meeting is open")
        self.context = context
        self.service: MeetingService = context.service
        self.path = Path(path)
        self.table: CsvTable = table if table is not None else read_csv(self.path)
        self.summary: ImportSummary | None = None
        self.outcome = ""
        self._thread: QThread | None = None
        self._worker: ImportWorker | None = None
        self.progress: QProgressDialog | None = None
        self.cancel_button: QPushButton | None = None

        self.setWindowTitle(self.tr("Import roll — {0}").format(self.path.name))
        fit_on_screen(self, 980, 700)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._summary_page())

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(self.tr("Import"))
        self.import_button.setDefault(True)
        self.close_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setAccessibleName(self.tr("Cancel"))
        # After a failed or cancelled import nothing was written: the chair goes back to the
        # mapping to put it right (another date format, another column) instead of starting over.
        self.back_button = self.buttons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.ActionRole)
        self.back_button.setAccessibleName(self.tr("Back to the column mapping"))
        self.back_button.hide()
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(self.back_to_mapping)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self._mapping_changed()

    # -- the mapping page ------------------------------------------------------------------

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        t = self.table
        encoding = ENCODING_NAMES.get(t.encoding.lower(), t.encoding)
        delimiter = self.tr(DELIMITER_NAMES[t.delimiter]) if t.delimiter in DELIMITER_NAMES else repr(t.delimiter)
        self.detected = QLabel(self.tr("File: {0}\nEncoding: {1}    Delimiter: {2}    Columns: {3}").format(
            self.path.name, encoding, delimiter, len(t.headers)))
        self.detected.setAccessibleName(self.tr("Detected file format"))
        self.detected.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        preview_rows = t.preview(PREVIEW_ROWS)
        self._preview_rows = preview_rows
        guessed = guess_mapping(t.headers)
        by_column = {column: field for field, column in guessed.items()}
        self.mapping_table = QTableWidget(len(t.headers), 3)
        self.mapping_table.setObjectName("import_mapping")
        self.mapping_table.setAccessibleName(self.tr("Column mapping"))
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Imported as"),
                                                      self.tr("First value")])
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.combos: list[QComboBox] = []
        for column, header in enumerate(t.headers):
            name = header or self.tr("(column {0})").format(column + 1)
            self.mapping_table.setItem(column, 0, QTableWidgetItem(name))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field for column {0}").format(header or column + 1))
            combo.addItem(self.tr(NOT_IMPORTED), "")
            for field in FIELDS:
                combo.addItem(field_label(field), field)
            combo.setCurrentIndex(max(combo.findData(by_column.get(column, "")), 0))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_table.setCellWidget(column, 1, combo)
            self.combos.append(combo)
            first = preview_rows[0][column] if preview_rows and column < len(preview_rows[0]) else ""
            self.mapping_table.setItem(column, 2, QTableWidgetItem(first))
        header_view = self.mapping_table.horizontalHeader()
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.mapping_table.resizeRowsToContents()

        self.date_format = QComboBox()
        self.date_format.setAccessibleName(self.tr("Date format"))
        for key, label in DATE_FORMATS.items():
            self.date_format.addItem(self.tr(DATE_FORMAT_NAMES[key]) if key in DATE_FORMAT_NAMES else label, key)
        self.date_format.setCurrentIndex(self.date_format.findData("dmy"))
        self.date_format.currentIndexChanged.connect(self._mapping_changed)  # the preview shows dates as read
        self.date_note = QLabel()
        self.date_note.setAccessibleName(self.tr("Join dates"))
        self.date_note.setWordWrap(True)
        self.date_note.hide()
        style_text(self.date_note, Tone.WARNING, bold=True)

        self.problem = QLabel()
        self.problem.setAccessibleName(self.tr("Mapping problem"))
        self.problem.setWordWrap(True)
        style_text(self.problem, Tone.PROBLEM, bold=True)

        self.preview = PreviewTable(len(preview_rows), len(t.headers))
        self.preview.setObjectName("import_preview")
        self.preview.setAccessibleName(self.tr("Preview of the first rows"))
        self.preview.setHorizontalHeaderLabels(t.headers)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.preview.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # every row is shown
        for r, values in enumerate(preview_rows):
            for c, value in enumerate(values[: len(t.headers)]):
                item = QTableWidgetItem(value)
                item.setToolTip(value)  # in full, should the column be too narrow for it
                self.preview.setItem(r, c, item)
        self.preview.verticalHeader().setDefaultSectionSize(self.preview.fontMetrics().height() + 8)

        mapping_box = QGroupBox(self.tr("Columns"))
        mapping_layout = QVBoxLayout(mapping_box)
        mapping_layout.addWidget(self.mapping_table)
        form = QFormLayout()
        form.addRow(self.tr("Join dates are written:"), self.date_format)
        mapping_layout.addLayout(form)
        mapping_layout.addWidget(self.date_note)
        mapping_layout.addWidget(self.problem)
        preview_box = QGroupBox(self.tr("Preview: the first {0} rows").format(len(preview_rows)) if preview_rows
                                else self.tr("Preview: no rows under the header"))
        QVBoxLayout(preview_box).addWidget(self.preview)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)  # the dialog's own margins are enough; the preview needs the width
        layout.addWidget(self.detected)
        layout.addWidget(mapping_box, 1)
        layout.addWidget(preview_box)
        return page

    def mapping(self) -> dict[str, int]:
        """``{field: column}`` as chosen in the combos."""
        return {combo.currentData(): column for column, combo in enumerate(self.combos) if combo.currentData()}

    def set_field(self, column: int, field: str) -> None:
        """Choose the field for a column ("" for not imported), as the user would in its combo."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field))

    def mapping_problem(self) -> str:
        """What stops the import, in words, or ""."""
        if not self._preview_rows:  # refused here, not as "The import failed" after Import is pressed
            return self.tr("{0} has only a header row: there are no members in it to import.").format(self.path.name)
        chosen = [combo.currentData() for combo in self.combos if combo.currentData()]
        twice = sorted({field_label(f) for f in chosen if chosen.count(f) > 1})
        if twice:
            return self.tr("{0} is chosen for more than one column; choose it once.").format(", ".join(twice))
        if "number" not in chosen:
            return self.tr("Choose the column holding the membership number: members are matched by it.")
        return ""

    def _mapping_changed(self) -> None:
        problem = self.mapping_problem()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.import_button.setEnabled(not problem)
        labels = []
        mapping = self.mapping()
        by_column = {column: field for field, column in mapping.items()}
        for column, header in enumerate(self.table.headers):
            field = by_column.get(column)
            labels.append(f"{header}\n→ {field_label(field)}" if field else f"{header}\n({self.tr('not imported')})")
        self.preview.setHorizontalHeaderLabels(labels)
        self._show_dates(mapping.get("join_date"))
        self.preview.fit_columns()

    def _show_dates(self, date_column: int | None) -> None:
        """Show each preview date as it will be read, and warn when none can be.

        A chair who picks "Month first" must see 02/03 become 3 Feb rather than 2 Mar before
        importing 400 members; and when not one date in view can be read in the chosen order,
        every such row would be skipped, which is said here rather than after the import.
        """
        date_format = self.date_format.currentData()
        written = readable = 0
        for r, values in enumerate(self._preview_rows):
            for c, value in enumerate(values[: len(self.table.headers)]):
                item = self.preview.item(r, c)
                if item is None:
                    continue
                text, tip = value, value
                if c == date_column and value:
                    written += 1
                    try:
                        date = parse_date(value, date_format)
                    except ValueError:
                        text = f"{value} → {self.tr('unreadable')}"
                        tip = self.tr("{0} cannot be read as \"{1}\": this row will be skipped.").format(
                            value, self.date_format.currentText())
                    else:
                        readable += 1
                        if date is not None:
                            shown = QLocale().toString(QDate(date.year, date.month, date.day), PREVIEW_DATE)
                            text = f"{value} → {shown}"
                item.setText(text)
                item.setToolTip(tip)
        self.date_note.setText(self.tr(
            "No join date shown above can be read as \"{0}\": choose how the dates are written, "
            "or these rows will be skipped.").format(self.date_format.currentText()))
        self.date_note.setVisible(written > 0 and readable == 0)

    # -- importing ------------------------------------------------------------------------

    def start_import(self) -> None:
        """Run the import in a worker thread behind a modal progress dialog with Cancel."""
        if self.mapping_problem() or self._thread is not None:
            return
        self.import_button.setEnabled(False)
        self.close_button.setEnabled(False)
        worker = ImportWorker(self.service, self.path, self.mapping(), self.date_format.currentData(), self.table)
        collect_on_gui_thread()  # the import runs Python on another thread: see ui.background
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_finished)
        worker.cancelled.connect(self._on_cancelled)
        worker.failed.connect(self._on_failed)
        for signal in (worker.finished, worker.cancelled, worker.failed):
            signal.connect(thread.quit)
        thread.finished.connect(self._thread_finished)

        progress = QProgressDialog(self.tr("Importing {0}…").format(self.path.name), "", 0, 0, self)
        progress.setWindowTitle(self.tr("Importing the roll"))
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        cancel = QPushButton(self.tr("Cancel import"))
        cancel.setAccessibleName(self.tr("Cancel import"))
        progress.setCancelButton(cancel)
        progress.canceled.connect(self.cancel_import)
        progress.setAccessibleName(self.tr("Import progress"))
        self.progress, self.cancel_button = progress, cancel
        self._worker, self._thread = worker, thread
        progress.show()
        self.import_started.emit()
        thread.start()

    @property
    def importing(self) -> bool:
        """True while the worker writes the roll (its transaction is open on the meeting's connection)."""
        return self._thread is not None

    def cancel_import(self) -> None:
        """Ask the worker to stop at its next progress report; the transaction is rolled back."""
        if self._worker is not None:
            self._worker.cancel_requested.set()
            if self.progress is not None:
                self.progress.setLabelText(self.tr("Cancelling: undoing everything imported so far…"))

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, max(total, 1)))

    def _on_finished(self, summary: ImportSummary) -> None:
        self.summary = summary
        self.outcome = "imported"
        self._show_summary(summary)
        self.context.notify("roll.import")

    def _on_cancelled(self) -> None:
        self.outcome = "cancelled"
        self.headline.setText(self.tr("Import cancelled: nothing was written; the roll is unchanged."))
        self.figures.setText("")
        self.skipped.clear()
        self.skipped_box.hide()
        self.pages.setCurrentIndex(1)

    def _on_failed(self, message: str) -> None:
        self.outcome = "failed"
        self.headline.setText(self.tr("The import failed and nothing was written:\n{0}").format(message))
        self.figures.setText("")
        self.skipped_box.hide()
        self.pages.setCurrentIndex(1)

    def _thread_finished(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if self._thread is not None:
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = self._worker = None
        self.import_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setEnabled(True)
        self.back_button.setVisible(self.outcome in ("failed", "cancelled"))
        (self.back_button if self.back_button.isVisible() else self.close_button).setFocus()
        self.import_done.emit(self.outcome)

    def back_to_mapping(self) -> None:
        """From a failed or cancelled import back to the mapping, as the chair left it (nothing was written)."""
        self.outcome = ""
        self.back_button.hide()
        self.pages.setCurrentIndex(0)
        self.import_button.show()
        self.close_button.setText(self.tr("Cancel"))
        self.close_button.setAccessibleName(self.tr("Cancel"))
        self._mapping_changed()
        self.import_button.setFocus()

    def reject(self) -> None:
        """Closing is refused while the worker runs: the transaction must finish or roll back first."""
        if self._thread is not None:
            self.cancel_import()
            return
        super().reject()
