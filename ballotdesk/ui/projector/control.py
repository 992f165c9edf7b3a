"""The chair's projector panel on the laptop: which screen, what to show, which ballot, which stage.

It drives the :class:`~ballotdesk.ui.projector.display.ProjectorWindow` in the hall; what may be
shown at all (never a result before it is declared) is decided in ``services.display``.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from ballotdesk.services import ballots as ballot_service
from ballotdesk.services import display
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.i18n import QT_TRANSLATE_NOOP
from ballotdesk.ui.projector.display import ProjectorWindow

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
