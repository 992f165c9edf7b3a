"""Every command of the main window, declared once by name.

Menus, buttons, shortcuts and tests all reach a command through :class:`ActionName`, so a
shortcut is defined in one place and a test can ``actions[ActionName.NEW].trigger()`` exactly
as a menu click would. The main window connects each action to its handler; pages borrow
the same QAction objects for their buttons (see :func:`action_button`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget


class ActionName(StrEnum):
    """The names of the main window's commands."""

    NEW = "new"
    OPEN = "open"
    SAVE_COPY = "save_copy"
    CLOSE = "close"
    QUIT = "quit"
    UNDO_REGISTRATION = "undo_registration"
    ADD_GUEST = "add_guest"
    ADD_PROVISIONAL = "add_provisional"
    IMPORT_CSV = "import_csv"
    ADD_MEMBER = "add_member"
    EDIT_MEMBER = "edit_member"
    FOCUS_SEARCH = "focus_search"
    PROJECTOR = "projector"
    ABOUT = "about"
    VERIFY_SHEET = "verify_sheet"
    EXPORT_CERTIFICATE = "export_certificate"
    BACKUPS = "backups"
    CHANGE_PIN = "change_pin"
    PURGE_PERSONAL = "purge_personal"


@dataclass(frozen=True)
class ActionSpec:
    """Text, shortcut and the longer description read by screen readers and the status bar."""

    text: str
    shortcut: QKeySequence.StandardKey | str | None
    description: str


def _tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


SPECS: dict[ActionName, ActionSpec] = {
    ActionName.NEW: ActionSpec("&New meeting…", QKeySequence.StandardKey.New,
                               "Create a new meeting file"),
    ActionName.OPEN: ActionSpec("&Open meeting…", QKeySequence.StandardKey.Open,
                                "Open an existing meeting file"),
    ActionName.SAVE_COPY: ActionSpec("Save a &Copy…", "Ctrl+Shift+S",
                                     "Write a consistent copy of the open meeting to another file"),
    ActionName.CLOSE: ActionSpec("&Close meeting", QKeySequence.StandardKey.Close,
                                 "Close the open meeting (every change is already saved)"),
    ActionName.QUIT: ActionSpec("&Quit", QKeySequence.StandardKey.Quit, "Quit BallotDesk"),
    ActionName.UNDO_REGISTRATION: ActionSpec("&Undo last registration", QKeySequence.StandardKey.Undo,
                                             "Take back the most recent registration at the desk"),
    ActionName.ADD_GUEST: ActionSpec("Add &guest…", "Ctrl+G",
                                     "Register a guest who may attend but never votes"),
    ActionName.ADD_PROVISIONAL: ActionSpec("Add &provisional attendee…", "Ctrl+Shift+P",
                                           "Register someone not on the roll, pending the chair's approval"),
    ActionName.IMPORT_CSV: ActionSpec("&Import roll from CSV…", "Ctrl+I",
                                      "Merge a membership export (CSV) into the roll"),
    ActionName.ADD_MEMBER: ActionSpec("&Add member…", "Ctrl+Shift+N", "Add a member to the roll by hand"),
    ActionName.EDIT_MEMBER: ActionSpec("&Edit member…", "Ctrl+E", "Correct the selected member's details"),
    ActionName.FOCUS_SEARCH: ActionSpec("Go to &registration desk", "F2",
                                        "Show the registration desk with the search field focused"),
    ActionName.PROJECTOR: ActionSpec("&Projector display…", "F5",
                                     "Show arrivals, the ballot or a declared result full screen on the projector"),
    ActionName.ABOUT: ActionSpec("&About BallotDesk", None, "Version and licence"),
    ActionName.VERIFY_SHEET: ActionSpec("&Verify a Result Sheet…", None,
                                        "Check that a result sheet PDF is exactly as it was signed, and by whom"),
    ActionName.EXPORT_CERTIFICATE: ActionSpec("Export Si&gning Certificate…", None,
                                              "Save the public certificate that result sheets are signed with"),
    ActionName.BACKUPS: ActionSpec("&Backups…", "Ctrl+B",
                                   "Choose the backup folder (a USB stick), back up now, or restore a backup"),
    ActionName.CHANGE_PIN: ActionSpec("Change chair &PIN…", None, "Set or change the chair's PIN"),
    ActionName.PURGE_PERSONAL: ActionSpec("P&urge personal data…", None,
                                          "After the meeting, remove members' names and contact details; "
                                          "keep the figures and the audit log"),
}

MEETING_ACTIONS = frozenset(set(ActionName) - {ActionName.NEW, ActionName.OPEN, ActionName.QUIT, ActionName.ABOUT,
                                               ActionName.VERIFY_SHEET, ActionName.EXPORT_CERTIFICATE})
"""Actions that need an open meeting; the main window disables them while none is open."""


def build_actions(parent: QWidget) -> dict[ActionName, QAction]:
    """Create every QAction with its text, shortcut, tip and accessible description.

    QAction has no accessible name of its own; the description goes into the tool and status
    tips (which assistive tools read), and :func:`action_button` turns it into the button's
    accessible name and description.
    """
    actions: dict[ActionName, QAction] = {}
    for name, spec in SPECS.items():
        action = QAction(_tr(spec.text), parent)
        action.setObjectName(f"action_{name}")
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        description = _tr(spec.description)
        action.setToolTip(description)
        action.setStatusTip(description)
        action.setWhatsThis(description)
        action.setProperty("accessibleName", plain_text(action))
        actions[name] = action
    return actions


def plain_text(action: QAction) -> str:
    """The action's text without the mnemonic ampersand or trailing ellipsis, e.g. "Add guest"."""
    return action.text().replace("&", "").rstrip("…").strip()


def page_action(title: str, index: int, parent: QWidget) -> QAction:
    """The View menu entry for a page, with Alt+1… so every page is one chord away."""
    action = QAction(title, parent)
    action.setObjectName(f"action_page_{index}")
    if index < 9:
        action.setShortcut(QKeySequence(f"Alt+{index + 1}"))
    action.setStatusTip(_tr("Show the {0} page").format(title))
    return action


def action_button(action: QAction, parent: QWidget | None = None, *, take_focus: bool = True) -> QPushButton:
    """A push button that triggers ``action`` and follows its enabled state.

    Buttons on the registration desk pass ``take_focus=False`` so the search field keeps the
    keyboard focus; the action's shortcut is shown on the button so nobody needs the mouse.
    """
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    text = action.text().replace("&", "")
    button = QPushButton(f"{text}  ({shortcut})" if shortcut else text, parent)
    button.setAccessibleName(plain_text(action))
    button.setAccessibleDescription(action.statusTip())
    button.setToolTip(action.statusTip())
    button.setEnabled(action.isEnabled())
    if not take_focus:
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.clicked.connect(action.trigger)
    action.enabledChanged.connect(button.setEnabled)
    return button
