"""The live figures in words: the quorum line and the desk's counts, shared by the window and three pages.

The status bar, the desk, the Meeting page and the Attendance page all say the same figures the
same way; they live here rather than in the desk page, which the others would otherwise import.
Their words keep the context ``DeskPage``, where they were first written and translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ballotdesk.services.desk import Figures


def quorum_text(figures: Figures) -> str:
    """The quorum in words, e.g. "Quorum met: 312 present, 232 needed" (the window and pages share it).

    Present and needed are named separately: "312 of 232 needed" read as if 312 were a share of 232.
    """
    present, needed = figures.may_vote_present, figures.quorum
    if needed <= 0:
        return QCoreApplication.translate("DeskPage", "No quorum set: {0} present may vote").format(f"{present:,}")
    if figures.quorate:
        return QCoreApplication.translate("DeskPage", "Quorum met: {0} present, {1} needed").format(
            f"{present:,}", f"{needed:,}")
    return QCoreApplication.translate("DeskPage", "Quorum NOT met: {0} present, {1} needed ({2} more)").format(
        f"{present:,}", f"{needed:,}", f"{needed - present:,}")


def figures_text(figures: Figures) -> str:
    """The live counts of the desk, in one line (the meeting page splits it at the four-space gaps)."""
    return QCoreApplication.translate(
        "DeskPage", "Registered: {0}    May vote and present: {1}    Guests: {2}    Departed: {3}").format(
        f"{figures.registered:,}", f"{figures.may_vote_present:,}", f"{figures.guests:,}", f"{figures.departed:,}")
