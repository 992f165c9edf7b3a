"""The projector display: a second, full-screen window for the hall (the chair's controls are in ``control``).

The window only paints a :class:`ballotdesk.services.display.Screen`; what may be shown (never a
result before it is declared) is decided in ``services.display``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeyEvent, QPalette, QResizeEvent, QScreen
from PySide6.QtWidgets import QLabel, QLayout, QVBoxLayout, QWidget

from ballotdesk.services import display
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.widgets.result_bars import ResultBars

BACKGROUND, TEXT = "#101820", "#ffffff"
"""The hall display is light on dark whatever the laptop's theme: it reads best on a projector."""

SMALLEST_SCALE = 0.35
"""How far the type may shrink to fit everything on the screen (a long result on a small projector)."""


class ProjectorWindow(QWidget):
    """Large type readable from the back of a hall; redraws whenever the meeting changes."""

    def __init__(self, context: MeetingContext) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.context = context
        self.mode = display.Mode.LOGO
        self.ballot_id: int | None = None
        self.stage = 0
        """The stage shown of a preferential count (Mode.STAGES), from 0."""
        self.setWindowTitle(self.tr("BallotDesk — projector"))
        self.setAccessibleName(self.tr("Projector display"))
        self.setAutoFillBackground(True)
        self.setStyleSheet(f"ProjectorWindow {{ background: {BACKGROUND}; }} QLabel {{ color: {TEXT}; }}")
        self.headline = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.headline.setAccessibleName(self.tr("Projector headline"))
        self.body = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.body.setAccessibleName(self.tr("Projector text"))
        self.bars_box = QVBoxLayout()
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addStretch(1)
        layout.addWidget(self.headline)
        layout.addWidget(self.body)
        layout.addLayout(self.bars_box)
        layout.addStretch(1)
        # The window is as big as its screen, never bigger: without this the layout's minimum (a long
        # result in large type) would stretch a full-screen window past the projector's bottom edge.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.bar_widgets: list[ResultBars] = []
        self.bar_headings: list[QLabel] = []
        context.changed.connect(self._context_changed)
        context.opened.connect(self.refresh)
        context.closed.connect(self.refresh)
        self.refresh()

    def _context_changed(self, _action: str) -> None:
        self.refresh()

    def retranslate(self) -> None:
        """Names a screen reader reads, in the language just installed (the window outlives a switch)."""
        self.headline.setAccessibleName(self.tr("Projector headline"))
        self.body.setAccessibleName(self.tr("Projector text"))

    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on the chosen screen (the laptop keeps the controls); the primary one if it is gone."""
        if screen is None or screen not in QGuiApplication.screens():
            screen = QGuiApplication.primaryScreen()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def set_mode(self, mode: display.Mode, ballot_id: int | None = None) -> None:
        """Switch what the hall sees."""
        if (mode, ballot_id) != (self.mode, self.ballot_id):
            self.stage = 0
        self.mode, self.ballot_id = mode, ballot_id
        self.refresh()

    def step(self, by: int) -> None:
        """Show the next (1) or previous (-1) stage of a preferential count."""
        self.stage = max(0, self.stage + by)
        self.refresh()

    def _point_size(self, factor: float, smallest: float, scale: float = 1.0) -> float:
        """Type in proportion to the screen: 40 pt body text on a 1080-line projector, never under ``smallest``.

        ``scale`` shrinks everything together when the content would not fit (see :meth:`_apply_sizes`).
        """
        return max(smallest, self.height() / 1080 * 40 * factor) * scale

    def _scaled(self, label: QLabel, factor: float, bold: bool, scale: float) -> None:
        font = QFont(self.font())
        font.setPointSizeF(self._point_size(factor, 18.0, scale))
        font.setBold(bold)
        label.setFont(font)

    def _set_fonts(self, scale: float) -> None:
        self._scaled(self.headline, 1.6, True, scale)
        self._scaled(self.body, 1.0, False, scale)
        for widget in self.bar_widgets:
            font = QFont(self.font())
            font.setPointSizeF(self._point_size(0.75, 16.0, scale))
            widget.setFont(font)
        for heading in self.bar_headings:
            self._scaled(heading, 0.9, True, scale)

    def content_height(self) -> int:
        """The height the headline, text and bars need at the window's width with the fonts set now.

        Measured from the parts rather than asked of the layout, whose cached hints lag behind a font
        change made before the window is first shown.
        """
        layout = self._layout
        margins = layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        parts = [label.heightForWidth(width) for label in (self.headline, self.body, *self.bar_headings)
                 if label.text()]
        parts += [widget.sizeHint().height() for widget in self.bar_widgets]
        return margins.top() + margins.bottom() + sum(parts) + layout.spacing() * max(0, len(parts) - 1)

    def _apply_sizes(self) -> None:
        """The largest type that fits: a long title over twelve candidates on a 1024x768 projector must still
        show the last candidate, not cut it off below the screen's edge (the hall cannot scroll)."""
        scale = 1.0
        self._set_fonts(scale)
        while scale > SMALLEST_SCALE and self.content_height() > self.height():
            scale = max(SMALLEST_SCALE, scale * 0.9)
            self._set_fonts(scale)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Size the type again: the window is built small and only then goes full screen on the projector."""
        super().resizeEvent(event)
        self._apply_sizes()

    def refresh(self) -> None:
        """Repaint from the service: the content is recomputed, never cached."""
        content = display.screen(self.context.service, self.mode, self.ballot_id, self.stage)
        if content.stage is not None:
            self.stage = content.stage  # stepping past the last stage stays on it
        self.headline.setText(content.headline)
        self.body.setText("\n".join(content.lines))
        for widget in [*self.bar_widgets, *self.bar_headings]:
            self.bars_box.removeWidget(widget)  # out of the layout now, not when Qt deletes it
            widget.hide()
            widget.deleteLater()
        self.bar_widgets, self.bar_headings = [], []
        for bars in content.bars:
            if bars.heading:  # the rounds of an exhaustive ballot: the hall must see which round is which
                heading = QLabel(bars.heading, self, alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
                self.bars_box.addWidget(heading)
                self.bar_headings.append(heading)
            widget = ResultBars(self)
            widget.setPalette(self._bars_palette(widget.palette()))
            widget.set_rows(bars.rows, highlight=bars.winners)
            widget.set_marker(bars.necessary)
            if bars.heading:
                widget.setAccessibleName(bars.heading)
            self.bars_box.addWidget(widget)
            self.bar_widgets.append(widget)
        self._apply_sizes()

    @staticmethod
    def _bars_palette(palette: QPalette) -> QPalette:
        """The bars paint their figures on the Window colour in the WindowText colour: the hall's, not the laptop's."""
        palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
        return palette

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape closes the display (the controls stay on the laptop)."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        elif self.mode is display.Mode.STAGES and event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Space,
                                                                  Qt.Key.Key_PageDown):
            self.step(1)
        elif self.mode is display.Mode.STAGES and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.step(-1)
        else:
            super().keyPressEvent(event)
