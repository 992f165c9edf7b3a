"""What a screen reader hears: a label's words as its description, and announcements of what just happened.

Shared by the desk (every registration is announced), the window's status bar, and the Roll and
Attendance pages, so a blind steward hears what a sighted one reads.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtGui import QAccessible, QTextDocumentFragment
from PySide6.QtWidgets import QLabel, QWidget


def plain_words(text: str) -> str:
    """``text`` without any HTML markup: what a screen reader should say."""
    return QTextDocumentFragment.fromHtml(text).toPlainText() if QtGui.Qt.mightBeRichText(text) else text


def show_words(label: QLabel, text: str) -> None:
    """Set a label's text and repeat it, as plain words, in its accessible description.

    A label that has an accessible name is read by that name alone (the name replaces the text
    for assistive technology), so "Registration status" would be all a blind steward heard.
    The description carries what the label says now.
    """
    label.setText(text)
    label.setAccessibleDescription(plain_words(text))


def announce(widget: QWidget, text: str, *, urgent: bool) -> None:
    """Ask the screen reader to say ``text`` now (Qt 6.8+; older Qt has no announcements and says nothing).

    A changed description is read only when the user moves to the panel; the steward keeps the
    cursor in the search field, so each outcome is announced as it happens. ``urgent`` ones
    (refusals, may not vote, already registered) interrupt whatever is being read.
    """
    event_type = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
    if event_type is None:
        return
    event = event_type(widget, text)
    politeness = getattr(QAccessible, "AnnouncementPoliteness", None)
    if politeness is not None:
        event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QAccessible.updateAccessibility(event)
