"""The projector display: a second, full-screen window for the hall, and the chair's controls.

The window only paints a :class:`ballotdesk.services.display.Screen`; what may be shown (never a
result before it is declared) is decided in ``services.display``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
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
)
"""``display.MODE_LABELS`` as lupdate must see them (services/ has no Qt); a test keeps the two in step."""


BACKGROUND, TEXT = "#101820", "#ffffff"
"""The hall display is light on dark whatever the laptop's theme: it reads best on a projector."""


class ProjectorWindow(QWidget):
    """Large type readable from the back of a hall; redraws whenever the meeting changes."""

    def __init__(self, context: MeetingContext) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.context = context
        self.mode = display.Mode.LOGO
        self.ballot_id: int | None = None
        self.setWindowTitle(self.tr("BallotDesk — projector"))
        self.setAccessibleName(self.tr("Projector display"))
        self.setAutoFillBackground(True)
        self.setStyleSheet(f"ProjectorWindow {{ background: {BACKGROUND}; }} QLabel {{ color: {TEXT}; }}")
        self.headline = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.headline.setAccessibleName(self.tr("Projector headline"))
        self.body = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.body.setAccessibleName(self.tr("Projector text"))
        self.bars_box = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addStretch(1)
        layout.addWidget(self.headline)
        layout.addWidget(self.body)
        layout.addLayout(self.bars_box)
        layout.addStretch(1)
        self.bar_widgets: list[ResultBars] = []
        context.changed.connect(self._context_changed)
        context.opened.connect(self.refresh)
        context.closed.connect(self.refresh)
        self.refresh()

    def _context_changed(self, _action: str) -> None:
        self.refresh()

    def show_on(self, screen_index: int) -> None:
        """Full screen on the chosen screen (the laptop keeps the controls)."""
        screens = QGuiApplication.screens()
        screen = screens[screen_index] if 0 <= screen_index < len(screens) else QGuiApplication.primaryScreen()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def set_mode(self, mode: display.Mode, ballot_id: int | None = None) -> None:
        """Switch what the hall sees."""
        self.mode, self.ballot_id = mode, ballot_id
        self.refresh()

    def _point_size(self, factor: float, smallest: float) -> float:
        """Type in proportion to the screen: 40 pt body text on a 1080-line projector, never under ``smallest``."""
        return max(smallest, self.height() / 1080 * 40 * factor)

    def _scaled(self, label: QLabel, factor: float, bold: bool) -> None:
        font = QFont(self.font())
        font.setPointSizeF(self._point_size(factor, 18.0))
        font.setBold(bold)
        label.setFont(font)

    def _apply_sizes(self) -> None:
        self._scaled(self.headline, 1.6, True)
        self._scaled(self.body, 1.0, False)
        for widget in self.bar_widgets:
            font = QFont(self.font())
            font.setPointSizeF(self._point_size(0.75, 16.0))
            widget.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Size the type again: the window is built small and only then goes full screen on the projector."""
        super().resizeEvent(event)
        self._apply_sizes()

    def refresh(self) -> None:
        """Repaint from the service: the content is recomputed, never cached."""
        content = display.screen(self.context.service, self.mode, self.ballot_id)
        self.headline.setText(content.headline)
        self.body.setText("\n".join(content.lines))
        for widget in self.bar_widgets:
            widget.deleteLater()
        self.bar_widgets = []
        for bars in content.bars:
            widget = ResultBars(self)
            widget.setPalette(self._bars_palette(widget.palette()))
            widget.set_rows(bars.rows, highlight=bars.winners)
            widget.set_marker(bars.necessary)
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
        for i, screen in enumerate(QGuiApplication.screens()):
            size = screen.geometry()
            self.screen_combo.addItem(f"{i + 1}: {screen.name()} ({size.width()}×{size.height()})", i)
        if self.screen_combo.count() > 1:
            self.screen_combo.setCurrentIndex(1)
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
        form.addRow(self.tr("Show:"), self.mode_combo)
        form.addRow(self.tr("Ballot:"), self.ballot_combo)
        form.addRow(self.show_button)
        form.addRow(self.hide_button)
        self.show_button.clicked.connect(self.open_display)
        self.hide_button.clicked.connect(self.close_display)
        self.mode_combo.currentIndexChanged.connect(self._apply)
        self.ballot_combo.currentIndexChanged.connect(self._apply)
        context.changed.connect(self._context_changed)
        context.opened.connect(self._fill_ballots)
        self._fill_ballots()

    def _context_changed(self, _action: str) -> None:
        self._fill_ballots()

    def detach(self) -> None:
        """Stop following the meeting (before this panel is replaced after a language switch)."""
        self.context.changed.disconnect(self._context_changed)
        self.context.opened.disconnect(self._fill_ballots)

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

    def _fill_ballots(self) -> None:
        current = self.ballot_combo.currentData()
        self.ballot_combo.blockSignals(True)
        self.ballot_combo.clear()
        self.ballot_combo.addItem(self.tr("The current ballot"), None)
        if self.context.service is not None:
            for row in ballot_service.all_ballots(self.context.service):
                self.ballot_combo.addItem(f"{row['id']}: {row['title']}", row["id"])
        index = self.ballot_combo.findData(current)
        self.ballot_combo.setCurrentIndex(max(0, index))
        self.ballot_combo.blockSignals(False)

    def open_display(self) -> None:
        """Open (or move) the full-screen window."""
        if self.window_ is None:
            self.window_ = ProjectorWindow(self.context)
        self._apply()
        self.window_.show_on(int(self.screen_combo.currentData() or 0))

    def close_display(self) -> None:
        """Close the full-screen window."""
        if self.window_ is not None:
            self.window_.close()
            self.window_ = None

    def _apply(self) -> None:
        if self.window_ is not None:
            self.window_.set_mode(display.Mode(self.mode_combo.currentData()), self.ballot_combo.currentData())
