"""The import dialog's preview of the first rows: every column in view, each title whole, at any width.

:func:`share_width` decides the widths (plain arithmetic, tested on its own); :class:`PreviewTable`
applies them whenever the dialog is resized.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTableWidget


def share_width(wanted: list[int], floors: list[int], room: int) -> list[int]:
    """Column widths that fit ``room``: each as ``wanted``, the widest cut back first, none below its floor.

    With room to spare the last column takes the rest (as a stretched last section would). Short
    of room, every column wider than some cap is cut to it, the cap as high as the room allows, so
    one long e-mail address gives way before a postcode does. If even the floors do not fit, the
    table will scroll anyway: values no wider than the widest floor are then left whole.
    """
    widths = [max(w, f) for w, f in zip(wanted, floors, strict=True)]
    if not widths or sum(widths) <= room:
        return [*widths[:-1], widths[-1] + room - sum(widths)] if widths else []

    def capped(cap: int) -> list[int]:
        return [max(f, min(w, cap)) for w, f in zip(widths, floors, strict=True)]

    if sum(floors) > room:
        return capped(max(floors))

    low, high = 0, max(widths)  # the highest cap whose widths fit: capped(low) fits, capped(high) does not
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if sum(capped(middle)) <= room else (low, middle)
    return capped(low)



class PreviewTable(QTableWidget):
    """The first rows of the file with every column in view, each title whole, at any width of the dialog.

    Sized to its contents, an eight-column export with e-mail addresses runs past the right edge
    and the last column, the one most often mapped wrongly, is the one nobody sees. Long values
    are cut instead (each cell's tooltip has it in full), and the table is as tall as its rows,
    so "the first 8 rows" are all on screen.
    """

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width shares the columns out again."""
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Share the visible width among the columns (see :func:`share_width`), then fit the height to the rows."""
        header = self.horizontalHeader()
        columns = range(self.columnCount())
        floors = [header.sectionSizeHint(c) for c in columns]
        wanted = [self.sizeHintForColumn(c) for c in columns]
        room = self.viewport().width()  # never less a vertical scroll bar: the table shows every row
        widths = share_width(wanted, floors, room)
        for column, width in zip(columns, widths, strict=True):
            header.resizeSection(column, width)
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        scrolls = sum(widths) > room
        height = (header.sizeHint().height() + rows + 2 * self.frameWidth()
                  + (self.horizontalScrollBar().sizeHint().height() if scrolls else 0))
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)
