"""Message boxes and short questions behind one small, replaceable object.

Pages keep a ``dialogs`` attribute holding a :class:`Prompts`; nothing calls ``QMessageBox`` or
``QInputDialog`` deep in a handler. Tests (and scripted screenshots) swap in
:class:`ScriptedPrompts`, so every refusal a page shows can be asserted as text and no modal
window ever blocks an offscreen test run.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


class Prompts:
    """The real thing: Qt's standard message boxes and input dialogs."""

    def error(self, parent: QWidget | None, text: str) -> None:
        """Say why something was refused (a DomainError's words), never a traceback."""
        QMessageBox.warning(parent, QCoreApplication.translate("Prompts", "Not done"), text)

    def info(self, parent: QWidget | None, text: str) -> None:
        """Report what happened, e.g. papers issued and the refusals among them."""
        QMessageBox.information(parent, "BallotDesk", text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        """Ask before a step that cannot be undone (opening or closing a ballot, drawing a lot)."""
        answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def ask_text(self, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
        """One line of text (a name, a reason); None when cancelled, so "" still means "left empty"."""
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def ask_pin(self, parent: QWidget | None, why: str) -> str | None:
        """The chair types the PIN (hidden as typed); None when cancelled."""
        value, ok = QInputDialog.getText(parent, QCoreApplication.translate("Prompts", "Chair's PIN"),
                                         QCoreApplication.translate("Prompts", "{0}\n\nChair's PIN:").format(why),
                                         QLineEdit.EchoMode.Password)
        return value if ok else None

    def choose(self, parent: QWidget | None, title: str, label: str, items: Sequence[str]) -> str | None:
        """Pick one of a few names (e.g. who a physical draw favoured); None when cancelled."""
        value, ok = QInputDialog.getItem(parent, title, label, list(items), 0, False)
        return value if ok else None

    def run(self, dialog: QDialog) -> bool:
        """Show one of our own dialogs modally; True when the user accepted it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def save_file(self, parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
        """Where to write a file (an export); None when cancelled."""
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        return Path(chosen) if chosen else None


class ScriptedPrompts(Prompts):
    """Answers queued in advance, and a record of every message shown.

    Used by the GUI tests and the screenshot script: ``answers`` feeds ``ask_text``,
    ``choose`` and ``confirm`` in order; ``on_dialog`` drives one of our dialogs as a user
    would (typing into its fields) and returns whether it was accepted.
    """

    def __init__(self) -> None:
        self.answers: deque[Any] = deque()
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.asked: list[str] = []
        self.on_dialog: Callable[[QDialog], bool] | None = None

    def _next(self, what: str, default: Any) -> Any:
        self.asked.append(what)
        return self.answers.popleft() if self.answers else default

    def ask_pin(self, parent: QWidget | None, why: str) -> str | None:
        """The next queued answer (the PIN), else cancel."""
        return self._next(why, None)

    def error(self, parent: QWidget | None, text: str) -> None:
        """Record the refusal."""
        self.errors.append(text)

    def info(self, parent: QWidget | None, text: str) -> None:
        """Record the report."""
        self.infos.append(text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        """The next queued answer, else yes."""
        return bool(self._next(title, True))

    def ask_text(self, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
        """The next queued answer, else cancel."""
        value = self._next(title, None)
        return None if value is None else str(value)

    def choose(self, parent: QWidget | None, title: str, label: str, items: Sequence[str]) -> str | None:
        """The next queued answer, else cancel."""
        value = self._next(title, None)
        return None if value is None else str(value)

    def save_file(self, parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
        """The next queued answer (a path), else cancel."""
        value = self._next(title, None)
        return None if value is None else Path(value)

    def run(self, dialog: QDialog) -> bool:
        """Show the dialog (not modally) and let the test drive it; without a driver it is cancelled."""
        self.asked.append(dialog.windowTitle())
        if self.on_dialog is None:
            return False
        dialog.show()
        try:
            return bool(self.on_dialog(dialog))
        finally:
            dialog.hide()
