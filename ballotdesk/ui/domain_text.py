"""The domain's fixed wording (rules, bases, statuses, count labels, roll fields) in the interface language.

``domain/`` stays free of Qt, so its labels are plain English strings. The interface translates
them here, under the ``Domain`` context: each label is listed once with ``QT_TRANSLATE_NOOP`` so
``lupdate`` extracts it, and :func:`domain_text` looks it up at run time. A test checks that every
label the domain defines is listed, so a new rule or status cannot slip through untranslated.
Domain error messages (refusals) are not translated and stay English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ballotdesk.domain.ballot import BASE_LABELS, RULE_LABELS, STATUS_LABELS, Base, Rule, Status
from ballotdesk.domain.roll_csv import FIELD_LABELS
from ballotdesk.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Domain"

LISTED: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Domain", "most votes (plurality)"),
    QT_TRANSLATE_NOOP("Domain", "absolute majority (more than half)"),
    QT_TRANSLATE_NOOP("Domain", "two-thirds majority (at least two-thirds)"),
    QT_TRANSLATE_NOOP("Domain", "three-quarters majority (at least three-quarters)"),
    QT_TRANSLATE_NOOP("Domain", "votes cast for options (abstentions, blank and rejected papers not counted)"),
    QT_TRANSLATE_NOOP("Domain",
                      "votes cast for options plus rejected papers (abstentions and blank papers not counted)"),
    QT_TRANSLATE_NOOP("Domain",
                      "votes cast for options plus abstentions and blank papers (rejected papers not counted)"),
    QT_TRANSLATE_NOOP("Domain", "all papers found in the boxes"),
    QT_TRANSLATE_NOOP("Domain", "members present and entitled to vote"),
    QT_TRANSLATE_NOOP("Domain", "draft (being set up)"),
    QT_TRANSLATE_NOOP("Domain", "open (voting in progress)"),
    QT_TRANSLATE_NOOP("Domain", "closed (voting finished, not yet counted)"),
    QT_TRANSLATE_NOOP("Domain", "counting"),
    QT_TRANSLATE_NOOP("Domain", "counted (waiting to be declared)"),
    QT_TRANSLATE_NOOP("Domain", "declared"),
    QT_TRANSLATE_NOOP("Domain", "Papers found"),
    QT_TRANSLATE_NOOP("Domain", "Abstentions and blank papers"),
    QT_TRANSLATE_NOOP("Domain", "Rejected papers"),
    QT_TRANSLATE_NOOP("Domain", "Membership number"),
    QT_TRANSLATE_NOOP("Domain", "First name"),
    QT_TRANSLATE_NOOP("Domain", "Last name"),
    QT_TRANSLATE_NOOP("Domain", "Ward or branch"),
    QT_TRANSLATE_NOOP("Domain", "Postcode"),
    QT_TRANSLATE_NOOP("Domain", "Join date"),
    QT_TRANSLATE_NOOP("Domain", "Membership status"),
    QT_TRANSLATE_NOOP("Domain", "Email address"),
)
"""Every domain label the interface shows, as lupdate must see them (literal strings)."""


def domain_text(text: str) -> str:
    """``text`` (one of :data:`LISTED`) in the interface language; unknown text comes back unchanged."""
    return QCoreApplication.translate(CONTEXT, text)


def rule_label(rule: Rule) -> str:
    """The majority rule as the chair reads it."""
    return domain_text(RULE_LABELS[rule])


def base_label(base: Base) -> str:
    """What percentages are measured against."""
    return domain_text(BASE_LABELS[base])


def status_label(status: Status) -> str:
    """A ballot's status in words."""
    return domain_text(STATUS_LABELS[status])


def field_label(field: str) -> str:
    """A roll field's name (membership number, first name …), for forms and the import mapping."""
    return domain_text(FIELD_LABELS[field])
