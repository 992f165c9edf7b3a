"""Labels that keep dates and figures whole, and the desk's big status panel that scrolls when room is short.

:class:`WordsLabel` draws plain words so that "3 Feb 2015" or "Departed: 0" never breaks across
lines; :class:`StatusPanel` heads them with the verdict in large type, and :class:`StatusArea`
keeps every word of it reachable on a small screen. The desk page builds its panel from these; they
are apart from it so the page holds the desk's behaviour and this module only how its words are drawn.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

_DATE = re.compile(r"(?<!\d)(\d{1,2}) ([^\W\d_]{3,}\.?) (\d{4})(?!\d)")
"""A date as :func:`~ballotdesk.domain.eligibility.long_date` writes it ("3 Feb 2015", "3 Chwef 2015")."""
_FIGURE = re.compile(r": (?=\d)")
"""The space between a label and its figure ("Departed: 0")."""

DETAIL_SCALE = 0.62
"""The panel's detail lines, as a share of the verdict's point size."""
PANEL_BORDER, PANEL_PADDING = 3, 12
"""The panel's border and padding, in pixels."""


def _rich(line: str) -> str:
    """One line as HTML: escaped, each date and each "label: figure" held together by non-breaking spaces."""
    line = _DATE.sub(r"\1&nbsp;\2&nbsp;\3", html.escape(line, quote=False))
    return _FIGURE.sub(":&nbsp;", line)


class WordsLabel(QLabel):
    """A label whose :meth:`text` is its plain words, drawn so that a date or a figure never breaks apart.

    Other pages, the tests and assistive technology read the words; only the drawing differs
    ("Departed:" at the end of one line and its "0" on the next is easily misread). The accessible
    description repeats the words, because the label's accessible name would hide them
    (see :func:`~ballotdesk.ui.widgets.accessible.show_words`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self._words = ""

    def text(self) -> str:
        """The words shown, as plain text (lines separated by newlines); :meth:`rich_text` is how they are drawn."""
        return self._words

    def setText(self, text: str) -> None:
        """Show ``text`` (plain words)."""
        self._words = text
        self._render()

    def rich_text(self) -> str:
        """The HTML the label draws."""
        return super().text()

    def _html(self) -> str:
        return "<br>".join(map(_rich, self._words.split("\n"))) if self._words else ""

    def _render(self) -> None:
        # pre-wrap: HTML would fold the figures' four-space gaps into one, yet lines must still wrap.
        markup = f'<div style="white-space:pre-wrap">{self._html()}</div>'
        super().setText(markup)
        self.setAccessibleDescription(self.text())


class StatusPanel(WordsLabel):
    """The desk's big panel: the verdict large on a line of its own, the details smaller.

    The verdict is the first line up to its first ": " ("REGISTERED — MAY VOTE", "ALREADY
    REGISTERED at 11:02"), so the outcome is read at a glance from across the desk while the
    words themselves (and their translations) stay as they are. Once the steward starts on the
    next person, :meth:`mark_previous` heads the words with whom they were about.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._previous = ""

    def text(self) -> str:
        """The words shown, headed by the "Previous" line while they are about the previous person."""
        return f"{self._previous}\n{self._words}" if self._previous else self._words

    def setText(self, text: str) -> None:
        """Show ``text`` (plain words) as the current outcome."""
        self._previous = ""
        super().setText(text)

    def mark_previous(self, heading: str) -> None:
        """Show the same words under ``heading`` ("Previous: Zoë O'Brien (10234)"), all at the detail size."""
        self._previous = heading
        self._render()

    @property
    def is_previous(self) -> bool:
        """True while the words are about the previous person."""
        return bool(self._previous)

    def _html(self) -> str:
        detail = f"font-size:{self.font().pointSizeF() * DETAIL_SCALE:.1f}pt"
        lines = self._words.split("\n")
        if self._previous:
            return (f'<div style="{detail}">{_rich(self._previous)}</div>'
                    f'<div style="{detail}; font-weight:normal">{"<br>".join(map(_rich, lines))}</div>')
        verdict, colon, rest = lines[0].partition(": ")
        details = [rest, *lines[1:]] if colon else lines[1:]
        body = f"<div>{_rich(verdict)}</div>"
        if details:
            body += f'<div style="{detail}">{"<br>".join(map(_rich, details))}</div>'
        return body


class StatusArea(QScrollArea):
    """Holds the panel: as tall as its words need while there is room, scrolling when there is not.

    On a small screen with a large font a label would simply be cut off at the bottom, and the
    cut-off part may be the "NO ballot paper" line. Here every word stays reachable, the verdict
    line always fits, and the results list keeps its rows (:data:`~ballotdesk.ui.desk.page.RESULT_ROWS`).
    """

    def __init__(self, panel: StatusPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.setWidget(panel)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search field keeps the keyboard
        self.viewport().setAutoFillBackground(False)  # the panel's rounded corners show the window
        line = QFontMetrics(panel.font()).height()
        detail_font = QFont(panel.font())
        detail_font.setPointSizeF(panel.font().pointSizeF() * DETAIL_SCALE)
        detail = QFontMetrics(detail_font).height()
        chrome = 2 * (PANEL_BORDER + PANEL_PADDING) + 4  # and a little air
        self.setMinimumHeight(line + chrome)
        self._usual = line + 2 * detail + chrome
        """Room for a usual outcome (the verdict and two lines), so the layout does not jump at each person."""

    def sizeHint(self) -> QSize:
        """The panel's height for the width it has (a label's own hint guesses a width), at least a usual outcome."""
        width = self.viewport().width() if self.isVisible() else self.width()
        return QSize(super().sizeHint().width(), max(self.panel.heightForWidth(max(width, 1)), self._usual))

    def show_top(self) -> None:
        """Scroll back to the verdict and let the layout reconsider the panel's height."""
        self.verticalScrollBar().setValue(0)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width wraps the words anew: ask the layout for the height that now fits."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()
