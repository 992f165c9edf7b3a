"""Attendance register, printed sign-in sheet, and the attendance CSV.

The register is the secretary's record of who was present and who could vote, which is what a
challenge to a result turns on, so it prints each person's registration and departure times and
the reason anyone could not vote, with totals at the end. The sign-in sheet is the paper
fallback printed before the meeting, in case the laptop fails at the desk.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TextIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate
from ballotdesk.reports.base import (
    BaseDocument,
    fmt_date,
    fmt_datetime,
    fmt_time,
    grid_table,
    header_width,
    para,
)
from ballotdesk.reports.csvsafe import write_csv
from ballotdesk.reports.model import AttendanceLine, MeetingInfo, RosterLine

_KIND_LABEL = {
    "member": QT_TRANSLATE_NOOP("Reports", "Member"),
    "guest": QT_TRANSLATE_NOOP("Reports", "Guest"),
    "provisional": QT_TRANSLATE_NOOP("Reports", "Provisional"),
}
"""Kinds of attendee as printed (English, marked for lupdate; translated when printed)."""


def _when(t: datetime.datetime | None, day: datetime.date) -> str:
    """Time only on the meeting day (the usual case), date and time otherwise."""
    if t is None:
        return "—"
    return fmt_time(t) if t.date() == day else fmt_datetime(t)


def _heading(meeting: MeetingInfo, what: str) -> list[Flowable]:
    return [
        para(meeting.organisation, "Title"),
        para(f"{meeting.title} · {meeting.venue} · {fmt_date(meeting.date)}", "Subtitle"),
        para(what, "Heading"),
    ]


def _doc(meeting: MeetingInfo, what: str) -> BaseDocument:
    ident = f"{what} — {meeting.organisation} · {meeting.title} · {fmt_date(meeting.date)}"
    return BaseDocument(
        meeting.page_size,
        title=f"{what} — {meeting.title}",
        author=meeting.organisation,
        subject=f"{meeting.title}, {fmt_date(meeting.date)}",
        footer_lines=(ident,),
        running_title=ident,
    )


def attendance_totals(lines: Sequence[AttendanceLine]) -> list[tuple[str, int]]:
    """Return the labelled totals printed at the end of the register (and useful on screen)."""
    registered = [x for x in lines if x.registered_at is not None]
    present = [x for x in registered if x.departed_at is None]
    return [
        (translate("Reports", "Registered"), len(registered)),
        (translate("Reports", "Members"), sum(1 for x in registered if x.kind == "member")),
        (translate("Reports", "Guests"), sum(1 for x in registered if x.kind == "guest")),
        (translate("Reports", "Provisional"), sum(1 for x in registered if x.kind == "provisional")),
        (translate("Reports", "May vote"), sum(1 for x in registered if x.may_vote)),
        (translate("Reports", "May not vote"), sum(1 for x in registered if not x.may_vote)),
        (translate("Reports", "Departed"), sum(1 for x in registered if x.departed_at is not None)),
        (translate("Reports", "Still present"), len(present)),
        (translate("Reports", "Still present and may vote"), sum(1 for x in present if x.may_vote)),
    ]


def build_register_pdf(meeting: MeetingInfo, lines: Sequence[AttendanceLine]) -> bytes:
    """Print the attendance register in the order given, with totals at the end.

    Args:
        meeting: The meeting.
        lines: Attendees, already in the order the secretary wants (e.g. by registration).

    Returns:
        PDF bytes (identical input gives identical bytes).
    """
    what = translate("Reports", "Attendance register")
    doc = _doc(meeting, what)
    heads = [translate("Reports", "No."), translate("Reports", "Name"), translate("Reports", "Kind"),
             translate("Reports", "Registered"), translate("Reports", "May vote"), translate("Reports", "Departed")]
    kinds = [translate("Reports", k) for k in _KIND_LABEL.values()]
    widths = [17 * mm, 0.0, max(header_width(k) for k in [*kinds, heads[2]]), header_width(heads[3]), 40 * mm,
              header_width(heads[5])]
    widths[1] = doc.width - sum(widths)
    rows: list[list[object]] = [[para(h, "CellHead") for h in heads]]
    for x in lines:
        vote = translate("Reports", "Yes") if x.may_vote else translate("Reports", "No")
        if x.reason:
            vote += f" — {x.reason}"
        rows.append([
            para(x.number or "—", "Cell"),
            para(x.name, "Cell"),
            para(translate("Reports", _KIND_LABEL[x.kind]) if x.kind in _KIND_LABEL else x.kind.capitalize(),
                 "Cell"),
            para(_when(x.registered_at, meeting.date), "Cell"),
            para(vote, "Cell" if x.may_vote else "CellBold"),
            para(_when(x.departed_at, meeting.date), "Cell"),
        ])
    story: list[Flowable] = [*_heading(meeting, what), grid_table(rows, widths)]
    totals = attendance_totals(lines)
    t_rows: list[list[object]] = [[para(k, "Cell"), para(v, "CellNum")] for k, v in totals]
    story.append(Spacer(1, 4 * mm))
    story.append(KeepTogether([
        para(translate("Reports", "Totals"), "Heading"),
        grid_table(t_rows, [70 * mm, 25 * mm], header_rows=0, total_rows=[-1]),
    ]))
    return doc.build(story)


def build_signin_sheet(meeting: MeetingInfo, roster: Sequence[RosterLine]) -> bytes:
    """Print a blank sign-in sheet of the roll, one signature box per name.

    Args:
        meeting: The meeting.
        roster: Names on the roll, in the order to print them: the caller sorts by surname,
            since only the roll knows which part of a name is the surname.

    Returns:
        PDF bytes (identical input gives identical bytes).
    """
    what = translate("Reports", "Sign-in sheet")
    doc = _doc(meeting, what)
    heads = [translate("Reports", "No."), translate("Reports", "Name"), translate("Reports", "Ward"),
             translate("Reports", "May vote"), translate("Reports", "Signature")]
    widths = [17 * mm, 0.0, 30 * mm, header_width(heads[3]), 50 * mm]
    widths[1] = doc.width - sum(widths)
    rows: list[list[object]] = [[para(h, "CellHead") for h in heads]]
    for r in roster:
        rows.append([para(r.number, "Cell"), para(r.name, "Cell"), para(r.ward, "Cell"),
                     para(translate("Reports", "Yes") if r.may_vote else translate("Reports", "No"),
                          "Cell" if r.may_vote else "CellBold"),
                     ""])
    # Generous padding leaves room to sign; rows with wrapped names still grow as needed
    # (fixed row heights would let a long name spill out of its row).
    table = grid_table(rows, widths, extra=[
        ("TOPPADDING", (0, 1), (-1, -1), 3 * mm),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 3 * mm),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
    ])
    may = sum(1 for r in roster if r.may_vote)
    story: list[Flowable] = [
        *_heading(meeting, what),
        para(translate("Reports", "Please sign beside your name. If your name is missing, see the registration desk."),
             "Small"),
        Spacer(1, 2 * mm),
        table,
        Spacer(1, 3 * mm),
        para(translate("Reports", "{0} names on the roll; {1} may vote.").format(len(roster), may), "Small"),
    ]
    return doc.build(story)


def write_attendance_csv(lines: Sequence[AttendanceLine], out: TextIO) -> None:
    """Write the register as an Excel-safe CSV (see ``csvsafe``).

    Args:
        lines: Attendees in the order to write them.
        out: Text stream opened with ``newline=""``, UTF-8.
    """
    header = ["number", "name", "kind", "registered_at", "may_vote", "reason", "departed_at"]
    rows: list[list[object]] = [list(header)]
    for x in lines:
        rows.append([x.number, x.name, x.kind, x.registered_at, x.may_vote, x.reason,
                     x.departed_at])
    write_csv(rows, out)
