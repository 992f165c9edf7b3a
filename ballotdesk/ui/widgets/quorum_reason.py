"""Asking the chair why a ballot goes ahead while the meeting is inquorate (the services refuse without it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ballotdesk.services.quorum import QuorumRecord, refusal

if TYPE_CHECKING:
    from ballotdesk.ui.dialogs import Dialogs


def inquorate_reason(dialogs: Dialogs, record: QuorumRecord | None, step: str) -> str | None:
    """The chair's reason for opening (``step`` "open") or declaring ("declare") while inquorate.

    Returns "" when the meeting is quorate (nothing to ask), None when the chair cancels. The
    refusal's own words head the question, so the chair reads the figures before answering; the
    service still checks the reason and the PIN.
    """
    if record is None or record.quorate:
        return ""
    return dialogs.text(QCoreApplication.translate("Quorum", "Meeting not quorate"),
                        refusal(record, step) + "\n\n"
                        + QCoreApplication.translate("Quorum", "The chair's reason for going ahead (required):"))
