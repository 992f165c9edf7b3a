"""Print preview, Print… and Save as PDF… for every document BallotDesk makes.

The dialog shows the very PDF that the reports module built: pages are drawn by PDFium
(``pypdfium2``), one visible page at a time and cached, so 1,250 pages of ballot papers open
at once. Print… paints each page image onto a ``QPrinter`` at up to 300 dpi, scaled to the
paper; Save as PDF… writes the exact bytes it was given. For the result sheet those bytes are
the *signed* file: nothing is ever re-rendered, so a saved sheet verifies.

PDFium is not thread-safe: every call into it happens on the GUI thread, here and in
:mod:`~ballotdesk.ui.documents.pdf_pages` (which opens, draws and lists the pages).
Tests replace :attr:`PrintPreviewDialog.ask_printer` (the QPrintDialog step) and
:attr:`PrintPreviewDialog.ask_save_path` (the file dialog).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QMarginsF, QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPalette
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ballotdesk.domain.errors import DomainError
from ballotdesk.services.documents import write_bytes
from ballotdesk.ui.background import run_in_background
from ballotdesk.ui.documents.pdf_pages import MARGIN, PageDelegate, PdfPagesModel, page_size_of, render_page
from ballotdesk.ui.i18n import QT_TRANSLATE_NOOP
from ballotdesk.ui.tones import Tone, style_text
from ballotdesk.ui.widgets.page_tools import fit_on_screen

translate = QCoreApplication.translate

PRINT_DPI = 300
"""Page images for the printer: sharp text on any office laser, and a few MB per page at most."""

ZOOMS = ((QT_TRANSLATE_NOOP("PrintPreviewDialog", "Fit width"), 0.0), ("50%", 0.5), ("75%", 0.75), ("100%", 1.0),
         ("150%", 1.5), ("200%", 2.0))
LETTER_TERRITORIES = frozenset({QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
                                QLocale.Country.Philippines, QLocale.Country.Chile, QLocale.Country.Colombia})


def default_page_size() -> str:
    """"Letter" where letter paper is the norm (North America and a few others), else "A4"."""
    return "Letter" if QLocale.system().territory() in LETTER_TERRITORIES else "A4"


def file_name(*parts: str) -> str:
    """A file name from words, safe on Windows and on FAT-formatted USB sticks."""
    text = " - ".join(p.strip() for p in parts if p and p.strip())
    return "".join("-" if c in '\\/:*?"<>|' or ord(c) < 32 else c for c in text).strip(" .")[:150] or "document"


def _default_save_path(parent: QWidget, suggested: Path) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, translate("PrintPreviewDialog", "Save as PDF"), str(suggested),
                                            translate("PrintPreviewDialog", "PDF files (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def _default_ask_printer(parent: QWidget, printer: QPrinter, pages: int) -> bool:
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("PrintPreviewDialog", "Print"))
    dialog.setMinMax(1, max(pages, 1))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    return dialog.exec() == QDialog.DialogCode.Accepted


class PrintPreviewDialog(QDialog):
    """A document's pages, with Print…, Save as PDF… and (for the result sheet) A4 or Letter.

    Args:
        title: Window title, e.g. "Result sheet — Election of officers".
        pdf: The document; None while it is still being made (call :meth:`set_pdf` when ready).
        suggested: File name offered by Save as PDF….
        note: A sentence above the pages (e.g. that the sheet is signed).
        page_sizes: Offer a paper size choice (["A4", "Letter"]); a change emits
            :attr:`page_size_changed` and the owner calls :meth:`set_pdf` with the new document.
        page_size: The paper size of ``pdf``.
    """

    page_size_changed = Signal(str)

    def __init__(self, title: str, pdf: bytes | None, suggested: Path, *, note: str = "",
                 page_sizes: Sequence[str] = (), page_size: str = "A4", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("print_preview")
        fit_on_screen(self, 860, 900)
        self.pdf: bytes | None = None
        self.suggested = suggested
        self.saved_to: Path | None = None
        self.printed_pages = 0
        self.ask_save_path: Callable[[Path], Path | None] = lambda path: _default_save_path(self, path)
        self.ask_printer: Callable[[QPrinter], bool] = lambda printer: _default_ask_printer(self, printer,
                                                                                            self.page_count())

        self.model = PdfPagesModel(self)
        self.delegate = PageDelegate(self.model, self)
        self.view = QListView()
        self.view.setObjectName("preview_pages")
        self.view.setAccessibleName(self.tr("Pages of the document"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(self.delegate)
        self.view.setUniformItemSizes(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        palette = self.view.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor("#6b6f75"))
        self.view.setPalette(palette)
        self.view.viewport().installEventFilter(self)

        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("About this document"))
        self.note.setVisible(bool(note))
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pages_label = QLabel()
        self.pages_label.setAccessibleName(self.tr("Number of pages"))

        self.zoom = QComboBox()
        self.zoom.setAccessibleName(self.tr("Zoom"))
        for text, factor in ZOOMS:
            self.zoom.addItem(self.tr(text), factor)
        self.zoom.currentIndexChanged.connect(lambda _i: self._relayout())
        zoom_label = QLabel(self.tr("&Zoom:"))
        zoom_label.setBuddy(self.zoom)

        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItems(list(page_sizes))
        if page_size in page_sizes:
            self.paper.setCurrentText(page_size)
        self.paper.currentTextChanged.connect(self._paper_changed)
        paper_label = QLabel(self.tr("&Paper:"))
        paper_label.setBuddy(self.paper)
        for widget in (self.paper, paper_label):
            widget.setVisible(bool(page_sizes))

        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print"))
        self.print_button.setToolTip(self.tr("Choose a printer and print these pages"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save as PDF"))
        self.save_button.setToolTip(self.tr("Save exactly this file, e.g. to e-mail it"))
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the preview"))
        self.close_button.clicked.connect(self.accept)
        for push in (self.print_button, self.save_button):
            push.setAutoDefault(False)  # Return closes the preview; it never prints by accident
        self.close_button.setDefault(True)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Print and save status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        bar = QHBoxLayout()
        bar.addWidget(self.pages_label)
        bar.addSpacing(16)
        bar.addWidget(zoom_label)
        bar.addWidget(self.zoom)
        bar.addSpacing(16)
        bar.addWidget(paper_label)
        bar.addWidget(self.paper)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.set_pdf(pdf)

    # -- document -----------------------------------------------------------------------------

    def set_pdf(self, pdf: bytes | None) -> None:
        """Show ``pdf`` (None: "Preparing…", with Print and Save disabled)."""
        problem = ""
        try:
            self.model.set_pdf(pdf)
        except DomainError as error:
            problem = str(error)
            pdf = None
            self.model.set_pdf(None)
        self.pdf = pdf
        ready = pdf is not None
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        self.paper.setEnabled(ready)
        count = self.model.rowCount()
        if problem:
            self.pages_label.setText(self.tr("Nothing to show"))
            self.show_problem(problem)
        elif not ready:
            self.pages_label.setText(self.tr("Preparing the document…"))
        else:
            self.pages_label.setText(self.tr("1 page") if count == 1 else self.tr("{0:,} pages").format(count))
        self._relayout()

    def page_count(self) -> int:
        """Pages in the document shown."""
        return self.model.rowCount()

    def show_problem(self, text: str) -> None:
        """Say in words why something did not work (shown under the pages, in red)."""
        style_text(self.status, Tone.PROBLEM, bold=True)
        self.status.setText(text)

    def _say(self, text: str) -> None:
        style_text(self.status, None)
        self.status.setText(text)

    def _paper_changed(self, size: str) -> None:
        if size:
            self.set_pdf(None)
            self.page_size_changed.emit(size)

    # -- layout -------------------------------------------------------------------------------

    def _relayout(self) -> None:
        factor = float(self.zoom.currentData() or 0.0)
        points = self.model.page_points()
        if factor <= 0:  # fit width
            width = self.view.viewport().width() - 2 * MARGIN - 4
        else:
            width = round(points.width() / 72.0 * self.logicalDpiX() * factor)
        self.model.width_px = max(width, 120)
        self.delegate.dpr = self.devicePixelRatioF()
        self.view.doItemsLayout()
        self.view.viewport().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refit the pages when the preview is resized and the zoom is "Fit width"."""
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize and not self.zoom.currentData():
            self._relayout()
        return super().eventFilter(watched, event)

    # -- save and print -----------------------------------------------------------------------

    def save_pdf(self) -> None:
        """Save as PDF…: the exact bytes shown (for a result sheet, the signed file)."""
        if self.pdf is None:
            return
        path = self.ask_save_path(self.suggested)
        if path is None:
            return
        try:
            write_bytes(path, self.pdf)
        except DomainError as error:
            self.show_problem(str(error))
            return
        self.saved_to = path
        self._say(self.tr("Saved to {0}.").format(path))

    def print_document(self) -> None:
        """Print…: the system's print dialog, then every chosen page, scaled to the paper."""
        if self.pdf is None or self.model.document is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        points = self.model.page_points()
        printer.setPageSize(QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if points.width() > points.height()
                                   else QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
        printer.setDocName(self.suggested.stem)
        if not self.ask_printer(printer):
            return
        try:
            printed = self.print_to(printer)
        except DomainError as error:
            self.show_problem(str(error))
            return
        self.printed_pages = printed
        if printed:
            self._say(self.tr("Sent {0:,} page(s) to {1}.").format(
                printed, printer.printerName() or printer.outputFileName() or self.tr("the printer")))

    def print_to(self, printer: QPrinter) -> int:
        """Paint the chosen pages onto ``printer``; returns how many were printed (0 when cancelled)."""
        doc = self.model.document
        if doc is None:
            return 0
        count = self.page_count()
        first, last = printer.fromPage(), printer.toPage()
        rows = list(range(first - 1, last)) if first and last else list(range(count))
        rows = [r for r in rows if 0 <= r < count]
        painter = QPainter()
        if not painter.begin(printer):
            raise DomainError(self.tr("The printer could not be started; check that it is connected and "
                                      "switched on, then try again."))
        progress: QProgressDialog | None = None
        if len(rows) > 4:
            progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, len(rows), self)
            progress.setWindowTitle(self.tr("Print"))
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(800)
        dpi = min(printer.resolution(), PRINT_DPI)
        done = 0
        try:
            for n, row in enumerate(rows):
                if progress is not None:
                    progress.setValue(n)
                    if progress.wasCanceled():
                        printer.abort()
                        return 0
                if n:
                    printer.newPage()
                target = painter.viewport()
                page_pt = page_size_of(doc, row)
                image = render_page(doc, row, round(page_pt.width() / 72.0 * dpi))
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                x = target.x() + (target.width() - scaled.width()) // 2
                y = target.y() + (target.height() - scaled.height()) // 2
                painter.drawImage(QRect(x, y, scaled.width(), scaled.height()), image)
                done += 1
        finally:
            painter.end()
            if progress is not None:
                progress.close()
        return done

    def done(self, result: int) -> None:
        """Closing releases the document."""
        self.model.close()
        super().done(result)


def preview_document(parent: QWidget, run: Callable[[QDialog], object], title: str, job: Callable[[], bytes],
                     suggested: Path, *, note: str = "", page_sizes: Sequence[str] = (), page_size: str = "A4",
                     remake: Callable[[str], Callable[[], bytes] | None] | None = None,
                     on_ready: Callable[[PrintPreviewDialog], None] | None = None) -> None:
    """Open the preview at once ("Preparing…") and build the document on a worker thread.

    Args:
        parent: The page asking.
        run: How the page shows a dialog (its ``dialogs.run``, replaced in tests).
        title: The preview's window title.
        job: Builds the PDF; touches no database (see the ``*_job`` functions in services.documents).
        suggested: File offered by Save as PDF….
        note: Sentence above the pages.
        page_sizes: Paper sizes to offer; ``remake(size)`` returns the job for another size (or
            None when refused, having said why).
        page_size: The paper size ``job`` builds.
        on_ready: Called with the dialog each time a document has been shown.
    """
    dialog = PrintPreviewDialog(title, None, suggested, note=note, page_sizes=page_sizes, page_size=page_size,
                                parent=parent)

    def shown(pdf: object) -> None:
        dialog.set_pdf(pdf if isinstance(pdf, bytes) else None)
        if on_ready is not None and dialog.pdf is not None:
            on_ready(dialog)

    def refused(message: str) -> None:
        dialog.pages_label.setText(translate("PrintPreviewDialog", "Nothing to show"))
        dialog.show_problem(message)

    # Each paper-size change starts another build; builds may finish in any order, so only the
    # newest one is shown (else A4 → Letter → A4 could end showing, and saving, Letter pages).
    newest = [0]

    def start(work: Callable[[], bytes] | None) -> None:
        newest[0] += 1
        ticket = newest[0]
        if work is None:
            refused(translate("PrintPreviewDialog", "The document could not be made."))
            return

        def done(pdf: object) -> None:
            if ticket == newest[0]:
                shown(pdf)

        def failed(message: str) -> None:
            if ticket == newest[0]:
                refused(message)

        run_in_background(dialog, work, done, failed, busy_cursor=False)

    start(job)
    if remake is not None:
        dialog.page_size_changed.connect(lambda size: start(remake(size)))
    try:
        run(dialog)
    finally:
        dialog.model.close()
        dialog.deleteLater()
