"""Horizontal bars with the numbers beside them: the result as a hall reads it at a glance.

Standalone on purpose (no service, no domain import): the result page uses it now and the
projector display will reuse it, so it takes plain ``(label, votes, percent)`` rows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

Row = tuple[str, int, float | None]

_BREAKS = re.compile(r"(\s+|(?<=-))")
"""Where a name may break: at spaces, and after a hyphen ("Llewellyn-|Featherstonehaugh")."""


def _number(votes: int, percent: float | None) -> str:
    return f"{votes:,}" if percent is None else f"{votes:,}  ({percent:.1f}%)"


class ResultBars(QWidget):
    """Paints one bar per option, longest for the most votes, with the votes and percent beside it.

    The bar length is relative to the largest figure shown (or the marker, if larger), so the
    leading option always spans the width and small differences stay visible. An optional
    marker draws the number necessary as a dashed line, so the hall sees who crossed it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._marker: tuple[int, str] | None = None
        self._highlight: set[str] = set()
        self.setAccessibleName(self.tr("Result bars"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(260)

    # -- data ---------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row], *, highlight: Sequence[str] = ()) -> None:
        """Show these rows; ``highlight`` names the options drawn in the emphasis colour (winners)."""
        self._rows = [(str(label), int(votes), percent) for label, votes, percent in rows]
        self._highlight = set(highlight)
        words = "; ".join(f"{label}: {_number(votes, pct)}" for label, votes, pct in self._rows)
        self.setAccessibleDescription(words or self.tr("No figures yet"))
        self.updateGeometry()
        self.update()

    def set_marker(self, value: int | None, label: str | None = None) -> None:
        """Draw a dashed line at ``value`` votes (the number necessary); None removes it."""
        self._marker = None if value is None else (int(value), self.tr("necessary") if label is None else label)
        self.update()

    def rows(self) -> list[Row]:
        """The rows shown, for tests and the projector."""
        return list(self._rows)

    def marker(self) -> int | None:
        """The number the dashed "necessary" line stands at, or None when there is none."""
        return self._marker[0] if self._marker else None

    # -- geometry -----------------------------------------------------------------------

    def _row_height(self) -> int:
        """One line a row, or two for every row once a name must wrap (rows stay evenly spaced)."""
        lines = 2 if self._wraps() else 1
        return max(28, lines * QFontMetrics(self.font()).height() + 14)

    def _wraps(self) -> bool:
        """Whether some name is wider than the label column at the current width."""
        if not self._rows or self.width() <= 0:
            return False
        bold = QFont(self.font())
        bold.setBold(True)
        width = self._label_width() - 8
        return any(QFontMetrics(bold if label in self._highlight else self.font()).horizontalAdvance(label) > width
                   for label, _votes, _percent in self._rows)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width may make names wrap (or stop wrapping): the rows' height follows."""
        wrapped = self._wraps()
        super().resizeEvent(event)
        if wrapped != self._wraps():
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        """Tall enough for every row plus the marker caption."""
        extra = QFontMetrics(self.font()).height() + 8 if self._marker else 0
        return QSize(480, max(1, len(self._rows)) * self._row_height() + 12 + extra)

    def minimumSizeHint(self) -> QSize:
        """Never squash a row below legibility."""
        return QSize(260, self.sizeHint().height())

    def _label_width(self) -> int:
        """The label column: as wide as the longest name, capped at 45% of the width so the bars keep room.

        A third (the old cap) cut two candidates who share a first name and the start of a
        surname to the same few letters at 1024 pixels; the bars need far less than two thirds.
        """
        bold = QFont(self.font())
        bold.setBold(True)
        widest = max((QFontMetrics(bold).horizontalAdvance(r[0]) for r in self._rows), default=0)
        return min(widest + 12, self.width() * 45 // 100)

    @staticmethod
    def _elided(label: str, metrics: QFontMetrics, width: int) -> str:
        """A long name on two lines, broken between words (or after a hyphen), never cut in the middle.

        The hall cannot hover for a tooltip. Only a name too long even for two lines loses letters,
        from the middle of its second line, so its start and its end still tell candidates apart.
        """
        if metrics.horizontalAdvance(label) <= width:
            return label
        pieces = [piece for piece in _BREAKS.split(label) if piece]
        for cut in range(len(pieces) - 1, 0, -1):
            first = "".join(pieces[:cut]).rstrip()
            if metrics.horizontalAdvance(first) <= width:
                rest = "".join(pieces[cut:]).strip()
                return first + "\n" + metrics.elidedText(rest, Qt.TextElideMode.ElideMiddle, width)
        return metrics.elidedText(label, Qt.TextElideMode.ElideMiddle, width)

    def shown_labels(self) -> list[str]:
        """The labels as painted at the current width (on two lines, or cut with "…", when long), for tests."""
        bold = QFont(self.font())
        bold.setBold(True)
        width = self._label_width() - 8
        return [self._elided(label, QFontMetrics(bold if label in self._highlight else self.font()), width)
                for label, _votes, _percent in self._rows]

    def event(self, event: QEvent) -> bool:
        """A tooltip over a row gives its full name and figures, since a long name may be cut on the bar."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = int((event.pos().y() - 6) // self._row_height())
            if 0 <= index < len(self._rows) and event.pos().y() >= 6:
                label, votes, percent = self._rows[index]
                QToolTip.showText(event.globalPos(), f"{label}: {_number(votes, percent)}", self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # -- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Label column, bar, then the figures beside the bar's end."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        if not self._rows:
            painter.setPen(text_colour)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No figures yet"))
            return
        metrics = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        label_width = self._label_width()
        number_width = max(metrics.horizontalAdvance(_number(v, p)) for _, v, p in self._rows) + 12
        left = 6 + label_width
        span = max(10, self.width() - left - number_width - 8)
        top_value = max([v for _, v, _ in self._rows] + [self._marker[0] if self._marker else 0] + [1])
        height = self._row_height()
        bar_colour = palette.color(QPalette.ColorRole.Highlight)
        plain_colour = QColor(bar_colour)
        plain_colour.setAlpha(150)
        if self._marker:  # first, so bars and figures are painted over it
            value, caption = self._marker
            x = left + span * value / top_value
            painter.setPen(QPen(text_colour, 1.5, Qt.PenStyle.DashLine))
            bottom = 6 + len(self._rows) * height
            painter.drawLine(int(x), 2, int(x), bottom)
            painter.setPen(text_colour)
            text = f"{value:,} {caption}"
            width = metrics.horizontalAdvance(text) + 4
            painter.drawText(QRectF(max(2, min(x - width / 2, self.width() - width - 2)), bottom + 2, width,
                                    metrics.height() + 4), Qt.AlignmentFlag.AlignCenter, text)
        for index, (label, votes, percent) in enumerate(self._rows):
            y = 6 + index * height
            emphasis = label in self._highlight
            painter.setFont(bold if emphasis else self.font())
            painter.setPen(text_colour)
            label_rect = QRectF(6, y, label_width - 8, height)
            elided = self._elided(label, bold_metrics if emphasis else metrics, int(label_rect.width()))
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, elided)
            length = span * votes / top_value
            bar = QRectF(left, y + 5, max(length, 2 if votes else 0), height - 10)
            painter.fillRect(bar, bar_colour if emphasis or not self._highlight else plain_colour)
            painter.setFont(self.font())
            figures = _number(votes, percent)
            text_rect = QRectF(left + length + 4, y + 4, metrics.horizontalAdvance(figures) + 6, height - 8)
            painter.fillRect(text_rect, palette.color(QPalette.ColorRole.Window))  # legible over the marker
            painter.drawText(QRectF(left + length + 6, y, number_width, height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, figures)
