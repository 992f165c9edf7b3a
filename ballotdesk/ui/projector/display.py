"""The projector display: a second, full-screen window for the hall, and the chair's controls.

The window only paints a :class:`ballotdesk.services.display.Screen`; what may be shown (never a
result before it is declared) is decided in ``services.display``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeyEvent, QPalette, QResizeEvent, QScreen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ballotdesk.services import ballots as ballot_service
from ballotdesk.services import display
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.i18n import QT_TRANSLATE_NOOP
from ballotdesk.ui.widgets.result_bars import ResultBars

MODE_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ProjectorControl", "Blank screen"),
    QT_TRANSLATE_NOOP("ProjectorControl", "Meeting title"),
    QT_TRANSLATE_NOOP("ProjectorControl", "Arrivals and quorum"),
    QT_TRANSLATE_NOOP("ProjectorControl", "Current ballot"),
    QT_TRANSLATE_NOOP("ProjectorControl", "Declared result"),
    QT_TRANSLATE_NOOP("ProjectorControl", "Rounds of an exhaustive ballot"),
    QT_TRANSLATE_NOOP("ProjectorControl", "Stages of a preferential count"),
)
"""``display.MODE_LABELS`` as lupdate must see them (services/ has no Qt); a test keeps the two in step."""


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


class ProjectorControl(QDialog):
    """The chair's panel on the laptop: which screen, what to show, which ballot."""

    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.window_: ProjectorWindow | None = None
        self.setWindowTitle(self.tr("Projector display"))
        self.screen_combo = QComboBox()
        self.screen_combo.setAccessibleName(self.tr("Projector screen"))
        self.screen_note = QLabel(wordWrap=True)
        self.screen_note.setAccessibleName(self.tr("About the screens"))
        self.mode_combo = QComboBox()
        self.mode_combo.setAccessibleName(self.tr("What the projector shows"))
        for mode, label in display.MODE_LABELS.items():
            self.mode_combo.addItem(self.tr(label), mode)
        self.mode_combo.setCurrentIndex(list(display.MODE_LABELS).index(display.Mode.LOGO))
        self.ballot_combo = QComboBox()
        self.ballot_combo.setAccessibleName(self.tr("Ballot shown"))
        self.show_button = QPushButton(self.tr("&Show on projector"))
        self.show_button.setAccessibleName(self.tr("Show on projector"))
        self.hide_button = QPushButton(self.tr("&Close projector"))
        self.hide_button.setAccessibleName(self.tr("Close projector"))
        form = QFormLayout(self)
        form.addRow(self.tr("Screen:"), self.screen_combo)
        form.addRow(self.screen_note)
        form.addRow(self.tr("Show:"), self.mode_combo)
        form.addRow(self.tr("Ballot:"), self.ballot_combo)
        self.previous_stage_button = QPushButton(self.tr("◀ Pre&vious stage"))
        self.previous_stage_button.setAccessibleName(self.tr("Previous stage"))
        self.next_stage_button = QPushButton(self.tr("Ne&xt stage ▶"))
        self.next_stage_button.setAccessibleName(self.tr("Next stage"))
        stages = QHBoxLayout()
        stages.addWidget(self.previous_stage_button)
        stages.addWidget(self.next_stage_button)
        form.addRow(stages)
        self.previous_stage_button.clicked.connect(lambda: self.step(-1))
        self.next_stage_button.clicked.connect(lambda: self.step(1))
        form.addRow(self.show_button)
        form.addRow(self.hide_button)
        self.show_button.clicked.connect(self.open_display)
        self.hide_button.clicked.connect(self.close_display)
        self.mode_combo.currentIndexChanged.connect(self._apply)
        self.ballot_combo.currentIndexChanged.connect(self._apply)
        context.changed.connect(self._context_changed)
        context.opened.connect(self._fill_ballots)
        context.closed.connect(self._fill_ballots)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        # A projector is often plugged in (or knocked out) after this panel was first opened.
        app.screenAdded.connect(self._screen_added)
        app.screenRemoved.connect(self._screen_removed)
        self._fill_screens()
        self._fill_ballots()

    def _controls_screen(self) -> QScreen | None:
        """The screen the chair works on: the main window's (this panel's parent), else this panel's."""
        return (self.parentWidget() or self).screen()

    def _fill_screens(self, note: str = "") -> None:
        """List the screens attached now; keep the chair's choice, else propose one the controls are not on."""
        chosen = self.screen_combo.currentData()
        screens = QGuiApplication.screens()
        names = [screen.name() for screen in screens]
        self.screen_combo.clear()
        for i, screen in enumerate(screens):
            size = screen.geometry()
            self.screen_combo.addItem(f"{i + 1}: {screen.name()} ({size.width()}×{size.height()})", screen.name())
        controls = self._controls_screen()
        here = controls.name() if controls is not None else None
        if chosen in names and (chosen != here or len(names) == 1):
            index = names.index(chosen)
        else:
            index = next((i for i, name in enumerate(names) if name != here), 0)
        self.screen_combo.setCurrentIndex(index)
        if len(screens) < 2:
            note = " ".join(filter(None, (note, self.tr(
                "There is one screen only: the display will cover it. Press Esc on the display to come back."))))
        self.screen_note.setText(note)
        self.screen_note.setVisible(bool(note))

    def _screen_added(self, _screen: QScreen) -> None:
        self._fill_screens()

    def _screen_removed(self, screen: QScreen) -> None:
        """Qt would move a display whose screen is unplugged onto the laptop, full screen over the controls."""
        gone = self.window_ is not None and self.window_.isVisible() and self.window_.screen() is screen
        if gone and self.window_ is not None:
            self.window_.close()
        self._fill_screens(self.tr("The projector's screen was disconnected, so the display was closed.")
                           if gone else "")

    def _context_changed(self, _action: str) -> None:
        self._fill_ballots()

    def detach(self) -> None:
        """Stop following the meeting (before this panel is replaced after a language switch)."""
        self.context.changed.disconnect(self._context_changed)
        self.context.opened.disconnect(self._fill_ballots)
        self.context.closed.disconnect(self._fill_ballots)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.disconnect(self._screen_added)
        app.screenRemoved.disconnect(self._screen_removed)

    def take_over(self, old: ProjectorControl) -> None:
        """Carry on from ``old`` (rebuilt in another language): same screen, mode, ballot and open display."""
        for mine, theirs in ((self.screen_combo, old.screen_combo), (self.mode_combo, old.mode_combo),
                             (self.ballot_combo, old.ballot_combo)):
            index = mine.findData(theirs.currentData())
            if index >= 0:
                mine.setCurrentIndex(index)
        self.window_, old.window_ = old.window_, None
        if self.window_ is not None:
            self.window_.setWindowTitle(self.tr("BallotDesk — projector"))
            self.window_.setAccessibleName(self.tr("Projector display"))
            self.window_.retranslate()
            self._apply()  # the hall's words are in the new language at once, not at the next change

    def _fill_ballots(self) -> None:
        current = self.ballot_combo.currentData()
        self.ballot_combo.blockSignals(True)
        self.ballot_combo.clear()
        self.ballot_combo.addItem(self.tr("The current ballot"), None)
        if self.context.service is not None:
            for ballot in ballot_service.ballot_list(self.context.service):
                self.ballot_combo.addItem(f"{ballot.id}: {ballot.title}", ballot.id)
        index = self.ballot_combo.findData(current)
        self.ballot_combo.setCurrentIndex(max(0, index))
        self.ballot_combo.blockSignals(False)

    def open_display(self) -> None:
        """Open (or move) the full-screen window."""
        if self.window_ is None:
            self.window_ = ProjectorWindow(self.context)
        self._apply()
        chosen = self.screen_combo.currentData()
        self.window_.show_on(next((s for s in QGuiApplication.screens() if s.name() == chosen), None))

    def close_display(self) -> None:
        """Close the full-screen window."""
        if self.window_ is not None:
            self.window_.close()
            self.window_ = None

    def step(self, by: int) -> None:
        """Step the projected preferential count a stage forward (1) or back (-1)."""
        if self.window_ is not None:
            self.window_.step(by)

    def _apply(self) -> None:
        if self.window_ is not None:
            self.window_.set_mode(display.Mode(self.mode_combo.currentData()), self.ballot_combo.currentData())
