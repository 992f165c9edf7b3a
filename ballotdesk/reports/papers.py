"""Printable ballot papers: several to a page, with cut marks and serial numbers.

Papers are drawn directly on the canvas rather than flowed, because they are cut apart: each
paper must sit exactly in its cell. The layout is chosen by measuring, not by counting options:
the most papers per page (4, then 2, then 1) whose cell holds the whole paper with every
option's name wrapped in full. A paper too long for a whole page continues on further sheets,
each carrying the serial number and "sheet k of n", so nothing is ever cut off or shrunk to an
unreadable size.

Every paper carries its serial ("No. 000123", with an optional prefix) so the tellers can
reconcile papers issued against papers found, and the box label printed large so papers for
the overflow room are not mixed with the main hall's.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from ballotdesk.domain.words import translate
from ballotdesk.reports.base import (
    FONT,
    FONT_BOLD,
    esc,
    fmt_date,
    new_canvas,
    page_size,
    register_fonts,
)
from ballotdesk.reports.model import PapersData
from ballotdesk.reports.text import instruction, serial_text

_CELL_PAD = 11 * mm  # from the cut line to the printed content
_MARK_BOX = 8 * mm
_GAP = 4 * mm
_ROW_PAD = 2.2 * mm
_CUT_GREY = colors.HexColor("#9a9a9a")


@dataclass(frozen=True)
class _Layout:
    cols: int
    rows: int
    scale: float  # font scale: smaller type on quarter-page papers

    @property
    def per_page(self) -> int:
        return self.cols * self.rows


# Tried in order; the last two are one paper a page, at normal then slightly smaller type, before
# a paper is allowed to run onto a second sheet.
_LAYOUTS = (_Layout(2, 2, 0.85), _Layout(1, 2, 1.0), _Layout(1, 1, 1.1), _Layout(1, 1, 0.9))


def _style(name: str, size: float, *, bold: bool = False, right: bool = False) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=FONT_BOLD if bold else FONT,
        fontSize=size,
        leading=size * 1.25,
        alignment=TA_RIGHT if right else 0,
    )


@dataclass(frozen=True)
class _Styles:
    label: ParagraphStyle
    serial: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    body: ParagraphStyle
    instruction: ParagraphStyle
    option: ParagraphStyle


def _styles(scale: float) -> _Styles:
    register_fonts()
    return _Styles(
        label=_style("label", 20 * scale, bold=True),
        serial=_style("serial", 12 * scale, bold=True, right=True),
        small=_style("small", 7.5 * scale),
        title=_style("title", 12 * scale, bold=True),
        body=_style("body", 10 * scale),
        instruction=_style("instr", 10 * scale, bold=True),
        option=_style("option", 11.5 * scale),
    )


class _Paper:
    """One paper's blocks, measured for a given content width."""

    def __init__(self, data: PapersData, width: float, styles: _Styles) -> None:
        self.data = data
        self.width = width
        self.styles = styles
        m = data.meeting
        self.serial_w = 40 * mm * (styles.serial.fontSize / 12)
        self.label = Paragraph(esc(data.box_label), styles.label)
        _w, self.label_h = self.label.wrap(width - self.serial_w - _GAP - 4 * mm, 10_000)
        self.label_w = max(self.label.getActualLineWidths0() or [self.label.width])
        self.head = [
            Paragraph(esc(" · ".join(part for part in (m.organisation, m.title, m.venue, fmt_date(m.date)) if part)),
                      styles.small),
            Paragraph(esc(data.ballot_title), styles.title),
            Paragraph(esc(data.question), styles.body),
            Paragraph(esc((translate("Reports", "{0} — put a cross (X) in the box beside your choice.")
                           if data.seats <= 1 else
                           translate("Reports", "{0} — put a cross (X) in the box beside each of your choices."))
                          .format(instruction(data.seats))),
                      styles.instruction),
        ]
        self.head_h = [p.wrap(width, 10_000)[1] for p in self.head]
        name_w = width - _MARK_BOX - _GAP
        self.options = [Paragraph(esc(o), styles.option) for o in data.options]
        self.option_h = [max(p.wrap(name_w, 10_000)[1], _MARK_BOX) + 2 * _ROW_PAD
                         for p in self.options]
        self.foot = Paragraph(
            esc(translate("Reports", "Fold once and put this paper in the {0} ballot box.").format(data.box_label)),
            styles.small,
        )
        self.foot_h = self.foot.wrap(width, 10_000)[1]

    @property
    def top_h(self) -> float:
        """Height of the label row and heading blocks."""
        return max(self.label_h + 3 * mm, 10 * mm) + 3 * mm + sum(h + 2 * mm for h in self.head_h)

    def total_h(self) -> float:
        return self.top_h + 2 * mm + sum(self.option_h) + 3 * mm + self.foot_h


def _measure(data: PapersData, size: tuple[float, float]) -> tuple[_Layout, _Paper]:
    for layout in _LAYOUTS:
        cell_w, cell_h = size[0] / layout.cols, size[1] / layout.rows
        paper = _Paper(data, cell_w - 2 * _CELL_PAD, _styles(layout.scale))
        if paper.total_h() <= cell_h - 2 * _CELL_PAD or layout is _LAYOUTS[-1]:
            return layout, paper
    raise AssertionError("unreachable: the last layout always fits")  # pragma: no cover


def _cut_marks(c: Canvas, size: tuple[float, float], layout: _Layout) -> None:
    """Dashed guides plus solid ticks at the page edges on every cut line."""
    w, h = size
    tick, edge = 6 * mm, 5 * mm
    c.saveState()
    xs = [w * i / layout.cols for i in range(1, layout.cols)]
    ys = [h * j / layout.rows for j in range(1, layout.rows)]
    c.setStrokeColor(_CUT_GREY)
    c.setLineWidth(0.3)
    c.setDash(2, 3)
    for x in xs:
        c.line(x, edge + tick, x, h - edge - tick)
    for y in ys:
        c.line(edge + tick, y, w - edge - tick, y)
    c.setDash()
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.6)
    for x in xs:
        c.line(x, edge, x, edge + tick)
        c.line(x, h - edge, x, h - edge - tick)
    for y in ys:
        c.line(edge, y, edge + tick, y)
        c.line(w - edge, y, w - edge - tick, y)
    for x in xs:
        for y in ys:
            c.line(x - 3 * mm, y, x + 3 * mm, y)
            c.line(x, y - 3 * mm, x, y + 3 * mm)
    c.restoreState()


def _draw_label_row(c: Canvas, paper: _Paper, x: float, top: float, serial: str) -> float:
    """Draw the boxed label and the serial; return the y below the row."""
    s = paper.styles
    pad = 2 * mm
    box_h = paper.label_h + 2 * pad - (s.label.leading - s.label.fontSize) * 0.6
    c.saveState()
    c.setLineWidth(1.6)
    c.rect(x, top - box_h, paper.label_w + 2 * pad, box_h, stroke=1, fill=0)
    c.restoreState()
    paper.label.drawOn(c, x + pad, top - pad - paper.label_h + 1)
    serial_p = Paragraph(esc(serial), s.serial)
    _sw, sh = serial_p.wrap(paper.serial_w, 200)
    serial_p.drawOn(c, x + paper.width - paper.serial_w, top - sh - 1 * mm)
    return top - max(box_h, sh + 1 * mm) - 3 * mm


def _draw_options(c: Canvas, paper: _Paper, x: float, top: float,
                  indexes: Sequence[int]) -> float:
    c.saveState()
    c.setLineWidth(0.5)
    c.setStrokeColor(colors.HexColor("#555555"))
    c.line(x, top, x + paper.width, top)
    y = top
    name_w = paper.width - _MARK_BOX - _GAP
    for i in indexes:
        row_h = paper.option_h[i]
        para = paper.options[i]
        _w, ph = para.wrap(name_w, 10_000)
        para.drawOn(c, x, y - _ROW_PAD - max(ph, _MARK_BOX) / 2 - ph / 2)
        c.setStrokeColor(colors.black)
        c.setLineWidth(1.2)
        c.rect(x + paper.width - _MARK_BOX, y - row_h / 2 - _MARK_BOX / 2, _MARK_BOX, _MARK_BOX)
        y -= row_h
        c.setStrokeColor(colors.HexColor("#555555"))
        c.setLineWidth(0.5)
        c.line(x, y, x + paper.width, y)
    c.restoreState()
    return y


def _paper_sheets(paper: _Paper, avail_h: float) -> list[list[int]]:
    """Split the options over sheets: the first sheet has the full heading, later a short one."""
    if paper.total_h() <= avail_h:
        return [list(range(len(paper.option_h)))]
    note = 14 * mm  # the "continued on the next sheet" line
    cont_head = 14 * mm
    sheets: list[list[int]] = [[]]
    room = avail_h - paper.top_h - 2 * mm - 3 * mm - paper.foot_h - note
    for i, h in enumerate(paper.option_h):
        if h > room and sheets[-1]:
            sheets.append([])
            room = avail_h - cont_head - 2 * mm - 3 * mm - paper.foot_h - note
        sheets[-1].append(i)
        room -= h
    return sheets


def _draw_paper(c: Canvas, paper: _Paper, x: float, top: float, bottom: float, serial: str,
                options: Sequence[int], sheet: int, sheets: int) -> None:
    s = paper.styles
    if sheet == 1:
        y = _draw_label_row(c, paper, x, top, serial)
        for block, h in zip(paper.head, paper.head_h, strict=True):
            block.wrap(paper.width, 10_000)
            block.drawOn(c, x, y - h)
            y -= h + 2 * mm
    else:
        cont = Paragraph(
            f"<b>{esc(serial)}</b> · {esc(paper.data.box_label)} · {esc(paper.data.ballot_title)} — "
            + translate("Reports", "continued, sheet {0} of {1}").format(sheet, sheets),
            s.body,
        )
        _w, ch = cont.wrap(paper.width, 10_000)
        cont.drawOn(c, x, top - ch)
        y = top - ch - 3 * mm
    y = _draw_options(c, paper, x, y - 2 * mm, options)
    if sheet < sheets:
        more = Paragraph(translate("Reports", "<b>Continued on the next sheet</b> ({0}, sheet {1} of {2}).").format(
            esc(serial), sheet, sheets) + " " + translate("Reports", "Hand in all sheets together."), s.small)
        _w, mh = more.wrap(paper.width, 10_000)
        more.drawOn(c, x, y - 3 * mm - mh)
    paper.foot.wrap(paper.width, 10_000)
    paper.foot.drawOn(c, x, bottom)


def build_ballot_papers(
    data: PapersData,
    *,
    count: int,
    first_serial: int = 1,
    serial_prefix: str = "",
) -> bytes:
    """Lay out ``count`` numbered ballot papers for one box.

    Args:
        data: What the papers say.
        count: How many papers (serials ``first_serial`` to ``first_serial + count - 1``).
        first_serial: Serial of the first paper, so a second batch continues the numbering.
        serial_prefix: Printed before the number, e.g. "OF-" for the overflow batch.

    Returns:
        PDF bytes (identical input gives identical bytes).

    Raises:
        ValueError: If ``count`` is less than 1 or ``first_serial`` is negative.
    """
    if count < 1:
        raise ValueError("count must be at least 1")
    if first_serial < 0:
        raise ValueError("first_serial must not be negative")
    size = page_size(data.meeting.page_size)
    layout, paper = _measure(data, size)
    cell_w, cell_h = size[0] / layout.cols, size[1] / layout.rows
    sheets = _paper_sheets(paper, cell_h - 2 * _CELL_PAD)
    buf = io.BytesIO()
    c = new_canvas(buf, data.meeting.page_size,
                   title=translate("Reports", "Ballot papers — {0} — {1}").format(data.ballot_title, data.box_label),
                   author=data.meeting.organisation)
    slot = 0
    for n in range(count):
        serial = serial_text(first_serial + n, serial_prefix)
        for k, options in enumerate(sheets, 1):
            col, row = slot % layout.cols, (slot // layout.cols) % layout.rows
            x = col * cell_w + _CELL_PAD
            top = size[1] - row * cell_h - _CELL_PAD
            bottom = size[1] - (row + 1) * cell_h + _CELL_PAD
            _draw_paper(c, paper, x, top, bottom, serial, options, k, len(sheets))
            slot += 1
            if slot % layout.per_page == 0:
                _cut_marks(c, size, layout)
                c.showPage()
    if slot % layout.per_page:
        _cut_marks(c, size, layout)
        c.showPage()
    c.save()
    return buf.getvalue()


def papers_per_page(data: PapersData) -> int:
    """Return how many papers fit on a page for this ballot (1, 2 or 4)."""
    layout, _paper = _measure(data, page_size(data.meeting.page_size))
    return layout.per_page

