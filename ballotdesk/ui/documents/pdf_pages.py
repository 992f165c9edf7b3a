"""A PDF's pages on screen: PDFium opens and draws them, a list model serves them, a delegate paints them.

The print preview shows and prints through these; :func:`open_pdf` and :func:`render_page` are also
what the frozen build's smoke test checks. PDFium is not thread-safe: every call into it happens on
the GUI thread. ``pypdfium2`` is imported when the first document is opened, not at start-up.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ballotdesk.domain.errors import DomainError

if TYPE_CHECKING:
    import pypdfium2 as pdfium

translate = QCoreApplication.translate

CACHE_PAGES = 16
MARGIN = 12  # around each page in the preview, in pixels
IndexLike = QModelIndex | QPersistentModelIndex


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    """Open PDF bytes with PDFium; an unreadable file is a DomainError in words."""
    import pypdfium2 as pdfium  # loaded on first preview, not at start-up

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise DomainError(translate("PrintPreviewDialog", "The document could not be shown: {0}.").format(
            error)) from None


def render_page(doc: pdfium.PdfDocument, index: int, width_px: int) -> QImage:
    """Page ``index`` as an opaque image ``width_px`` pixels wide (height follows the page)."""
    page = doc[index]
    try:
        scale = max(width_px, 1) / page.get_width()
        bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True, fill_color=(255, 255, 255, 255),
                             optimize_mode="print")
        try:
            return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                          QImage.Format.Format_RGBX8888).copy()
        finally:
            bitmap.close()
    finally:
        page.close()


def page_size_of(doc: pdfium.PdfDocument, index: int = 0) -> QSizeF:
    """A page's size in points (1/72 inch)."""
    width, height = doc.get_page_size(index)
    return QSizeF(width, height)


class PdfPagesModel(QAbstractListModel):
    """One row per page; the image is drawn only when a view asks for it, and kept in a small cache."""

    IMAGE_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc: pdfium.PdfDocument | None = None
        self._count = 0
        self._page = QSizeF(595.0, 842.0)
        self._cache: OrderedDict[tuple[int, int], QImage] = OrderedDict()
        self.width_px = 600

    def set_pdf(self, data: bytes | None) -> None:
        """Show another document (or none); the previous one is closed."""
        self.beginResetModel()
        self._cache.clear()
        if self._doc is not None:
            self._doc.close()
            self._doc = None
        self._count = 0
        if data is not None:
            self._doc = open_pdf(data)
            self._count = len(self._doc)
            if self._count:
                self._page = page_size_of(self._doc)
        self.endResetModel()

    @property
    def document(self) -> pdfium.PdfDocument | None:
        """The open PDFium document (GUI thread only)."""
        return self._doc

    def page_points(self) -> QSizeF:
        """The first page's size in points (all BallotDesk documents use one page size)."""
        return QSizeF(self._page)

    def rowCount(self, parent: IndexLike = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Pages in the document."""
        return 0 if parent.isValid() else self._count

    def data(self, index: IndexLike, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """"Page 3 of 12" for display and screen readers; the page image for :attr:`IMAGE_ROLE`."""
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("Page {0} of {1}").format(index.row() + 1, self._count)
        if role == self.IMAGE_ROLE:
            return self.image(index.row(), self.width_px)
        return None

    def image(self, row: int, width_px: int) -> QImage:
        """The page drawn ``width_px`` wide, from the cache when it was drawn before."""
        key = (row, width_px)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        assert self._doc is not None
        image = render_page(self._doc, row, width_px)
        self._cache[key] = image
        while len(self._cache) > CACHE_PAGES:
            self._cache.popitem(last=False)
        return image

    def close(self) -> None:
        """Release PDFium's hold on the document."""
        self.set_pdf(None)


class PageDelegate(QStyledItemDelegate):
    """Draws one page as a sheet of paper with a shadow, centred, its number beneath it."""

    def __init__(self, model: PdfPagesModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.dpr = 1.0

    def page_pixels(self) -> QSize:
        """The page's size on screen at the current width."""
        points = self.model.page_points()
        width = self.model.width_px
        return QSize(width, round(width * points.height() / max(points.width(), 1.0)))

    def sizeHint(self, option: QStyleOptionViewItem, index: IndexLike) -> QSize:
        """The page plus its margin and a line for the page number."""
        size = self.page_pixels()
        return QSize(size.width() + 2 * MARGIN, size.height() + 2 * MARGIN + option.fontMetrics.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: IndexLike) -> None:
        """The page image at the view's width (drawn at device resolution so text stays sharp)."""
        size = self.page_pixels()
        rect: QRect = option.rect  # type: ignore[attr-defined]
        left = rect.x() + max((rect.width() - size.width()) // 2, MARGIN)
        page = QRect(left, rect.y() + MARGIN, size.width(), size.height())
        painter.save()
        painter.fillRect(page.translated(3, 3), QColor(0, 0, 0, 70))
        image = self.model.image(index.row(), round(size.width() * self.dpr))
        painter.drawImage(page, image)
        state = option.state  # type: ignore[attr-defined]
        if state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(option.palette.highlight().color())  # type: ignore[attr-defined]
            painter.drawRect(page.adjusted(-2, -2, 1, 1))
        painter.setPen(QColor("white"))
        label = QRect(rect.x(), page.bottom() + 2, rect.width(), option.fontMetrics.height())  # type: ignore[attr-defined]
        painter.drawText(label, Qt.AlignmentFlag.AlignHCenter, str(index.data()))
        painter.restore()
