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

from ballotdesk.ui.i18n import QT_TRANSLATE_NOOP


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
    USER_GUIDE = "user_guide"
    VERIFY_SHEET = "verify_sheet"
    EXPORT_CERTIFICATE = "export_certificate"
    IMPORT_CERTIFICATE = "import_certificate"
    BACKUPS = "backups"
    CHANGE_PIN = "change_pin"
    PURGE_PERSONAL = "purge_personal"
    HOST = "host"


@dataclass(frozen=True)
class ActionSpec:
    """Text, shortcut and the longer description read by screen readers and the status bar."""

    text: str
    shortcut: QKeySequence.StandardKey | str | None
    description: str


def _tr(text: str) -> str:
    """A string already marked with ``QT_TRANSLATE_NOOP("Actions", ...)``, in the interface language now."""
    return QCoreApplication.translate("Actions", text)


SPECS: dict[ActionName, ActionSpec] = {
    ActionName.NEW: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&New meeting…"), QKeySequence.StandardKey.New,
        QT_TRANSLATE_NOOP("Actions", "Create a new meeting file")),
    ActionName.OPEN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Open meeting…"), QKeySequence.StandardKey.Open,
        QT_TRANSLATE_NOOP("Actions", "Open an existing meeting file")),
    ActionName.SAVE_COPY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Save a &Copy…"), "Ctrl+Shift+S",
        QT_TRANSLATE_NOOP("Actions", "Write a consistent copy of the open meeting to another file")),
    ActionName.CLOSE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Close meeting"), QKeySequence.StandardKey.Close,
        QT_TRANSLATE_NOOP("Actions", "Close the open meeting (every change is already saved)")),
    ActionName.QUIT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Quit"), QKeySequence.StandardKey.Quit,
        QT_TRANSLATE_NOOP("Actions", "Quit BallotDesk")),
    ActionName.UNDO_REGISTRATION: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Undo last registration"), QKeySequence.StandardKey.Undo,
        QT_TRANSLATE_NOOP("Actions", "Take back the most recent registration at the desk")),
    ActionName.ADD_GUEST: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Add &guest…"), "Ctrl+G",
        QT_TRANSLATE_NOOP("Actions", "Register a guest who may attend but never votes")),
    ActionName.ADD_PROVISIONAL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Add &provisional attendee…"), "Ctrl+Shift+P",
        QT_TRANSLATE_NOOP("Actions", "Register someone not on the roll, pending the chair's approval")),
    ActionName.IMPORT_CSV: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Import roll from CSV…"), "Ctrl+I",
        QT_TRANSLATE_NOOP("Actions", "Merge a membership export (CSV) into the roll")),
    ActionName.ADD_MEMBER: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Add member…"), "Ctrl+Shift+N",
        QT_TRANSLATE_NOOP("Actions", "Add a member to the roll by hand")),
    ActionName.EDIT_MEMBER: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Edit member…"), "Ctrl+E",
        QT_TRANSLATE_NOOP("Actions", "Correct the selected member's details")),
    ActionName.FOCUS_SEARCH: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Go to &registration desk"), "F2",
        QT_TRANSLATE_NOOP("Actions", "Show the registration desk with the search field focused")),
    ActionName.PROJECTOR: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Projector display…"), "F5",
        QT_TRANSLATE_NOOP("Actions", "Show arrivals, the ballot or a declared result full screen on the projector")),
    ActionName.ABOUT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&About BallotDesk"), None,
        QT_TRANSLATE_NOOP("Actions", "Version and licence")),
    ActionName.USER_GUIDE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "User &Guide"), QKeySequence.StandardKey.HelpContents,
        QT_TRANSLATE_NOOP("Actions", "How to run a meeting with BallotDesk, step by step, with pictures")),
    ActionName.VERIFY_SHEET: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Verify a Result Sheet…"), None,
        QT_TRANSLATE_NOOP("Actions", "Check that a result sheet PDF is exactly as it was signed, and by whom")),
    ActionName.EXPORT_CERTIFICATE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Export Si&gning Certificate…"), None,
        QT_TRANSLATE_NOOP("Actions", "Save the public certificate that result sheets are signed with")),
    ActionName.IMPORT_CERTIFICATE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Import &Organisation Certificate…"), None,
        QT_TRANSLATE_NOOP("Actions", "Sign result sheets with the certificate your organisation issued to you "
                                     "(.p12)")),
    ActionName.BACKUPS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Backups…"), "Ctrl+B",
        QT_TRANSLATE_NOOP("Actions", "Choose the backup folder (a USB stick), back up now, or restore a backup")),
    ActionName.CHANGE_PIN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Change chair &PIN…"), None,
        QT_TRANSLATE_NOOP("Actions", "Set or change the chair's PIN")),
    ActionName.PURGE_PERSONAL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "P&urge personal data…"), None,
        QT_TRANSLATE_NOOP("Actions", "After the meeting, remove members' names and contact details; "
                                     "keep the figures and the audit log")),
    ActionName.HOST: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Host on the Network…"), None,
        QT_TRANSLATE_NOOP("Actions", "Let phones, tablets and laptops on the hall's network join as desks "
                                     "or tellers")),
}
"""Every command in English, marked for lupdate; :func:`build_actions` translates them when it runs, so
actions built after a language switch speak the new language."""

MEETING_ACTIONS = frozenset(set(ActionName) - {ActionName.NEW, ActionName.OPEN, ActionName.QUIT, ActionName.ABOUT,
                                               ActionName.USER_GUIDE, ActionName.VERIFY_SHEET,
                                               ActionName.EXPORT_CERTIFICATE, ActionName.IMPORT_CERTIFICATE})
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
    action.setStatusTip(QCoreApplication.translate("Actions", "Show the {0} page").format(title))
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
