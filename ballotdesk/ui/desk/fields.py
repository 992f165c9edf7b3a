"""The desk's two fields: the search field the keyboard never leaves, and the "At the desk" name.

They turn keys into the desk's own commands (arrows move the highlighted result, Ctrl+Z undoes a
registration, Enter or Esc hands the keyboard back to the search); the page decides what the
commands do. Apart from the page so its module holds the desk's work rather than key handling.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit

SEARCH_LIMIT = 50
"""Results the desk lists at most (the search field's Ctrl+Home and Ctrl+End step past them)."""


class StaffField(QLineEdit):
    """The "At the desk" name: Enter or Esc hands the keyboard back to the search field.

    The name is typed once a shift; if the cursor stayed here, the next member's name would be
    typed into it and become the name of whoever is at the desk.
    """

    finished = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter (after the usual returnPressed) and Esc say the name is done."""
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            super().keyPressEvent(event)
            event.accept()
            self.finished.emit()
            return
        super().keyPressEvent(event)


class SearchField(QLineEdit):
    """The desk's search field: arrows move the highlighted result, Ctrl+Z undoes a registration.

    A line edit would use Up/Down for nothing and Ctrl+Z for its own text; at the desk both are
    more useful for the list and for the last registration. Ctrl+Home and Ctrl+End go to the first
    and last result (plain Home and End still move the text cursor, as in any field), and Esc
    clears what was typed, so a steward who gives up on a name starts the next one at once.
    """

    move_requested = Signal(int)
    undo_requested = Signal()

    _MOVES: ClassVar[dict[Qt.Key, int]] = {
        Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10,
    }
    _ENDS: ClassVar[dict[Qt.Key, int]] = {Qt.Key.Key_Home: -SEARCH_LIMIT, Qt.Key.Key_End: SEARCH_LIMIT}
    """Ctrl+Home/Ctrl+End: a step past either end of the list, which :meth:`DeskPage.move_highlight` stops at."""

    def event(self, event: QEvent) -> bool:
        """Claim Ctrl+Z before any window shortcut, so it always reaches :meth:`keyPressEvent`."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.matches(QKeySequence.StandardKey.Undo):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows and Ctrl+Z act on the desk; everything else edits the text."""
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
            return
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        step = self._MOVES.get(key) if modifiers == Qt.KeyboardModifier.NoModifier else (
            self._ENDS.get(key) if modifiers == Qt.KeyboardModifier.ControlModifier else None)
        if step is not None:
            self.move_requested.emit(step)
            return
        if key == Qt.Key.Key_Escape and modifiers == Qt.KeyboardModifier.NoModifier and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


def scaled(factor: float) -> float:
    """A point size ``factor`` times the system's font, so the desk grows with the user's setting.

    Sized for a 9-point system font the desk reads 18, 22 and 13 points; someone who has made
    their system font larger gets a larger desk.
    """
    base = QApplication.font().pointSizeF()
    return factor * (base if base > 0 else 9.0)
