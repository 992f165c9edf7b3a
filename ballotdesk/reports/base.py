"""Shared page furniture for every printed report (pretix-style base document).

Every report is built the same way so that they look alike and behave alike on paper:

* one stylesheet using the embedded DejaVu fonts, registered once per process, because the
  standard PDF fonts cannot print Welsh ŵ/ŷ, Polish ł/ż, Turkish ğ/ş/İ or Yoruba ẹ/ọ/ṣ;
* a canvas that knows the page count, so every page says "Page X of Y" and carries the
  caller's footer lines (the result sheet puts its audit digest and certificate there, so a
  single loose page can still be matched to its sheet);
* ``invariant=1`` so identical input gives byte-identical PDFs: a re-print can be compared
  with the original and the benchmarks measure only layout work;
* tables whose header rows repeat on every page and whose text cells are Paragraphs, so long
  names wrap instead of running over the next column.
"""

from __future__ import annotations

import functools
import io
import itertools
import unicodedata
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.rl_config import paraFontSizeHeightOffset

from ballotdesk.domain.words import translate
from ballotdesk.reports.text import fmt_date, fmt_datetime, fmt_time
from ballotdesk.res import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FALLBACK = "DroidSansFallback"
"""For the characters DejaVu Sans lacks (Chinese, Japanese): a member named 李 prints as written, not as boxes."""
MARGIN = 18 * mm
FOOTER_SIZE = 6.5
FRAME_PADDING = 6  # reportlab's default Frame padding, on each side
GRID = colors.HexColor("#8a8a8a")
HEAD_FILL = colors.HexColor("#e4e4e4")
TOTAL_FILL = colors.HexColor("#f2f2f2")

_PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}


@functools.cache
def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) with reportlab, once per process.

    Registering is cached because reportlab keeps a global registry and re-reading the
    700 kB TTF files for every report would dominate the time to print a small sheet.
    """
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    # No italic face is shipped: <i> falls back to upright. The plain mappings are added last
    # so the regular and bold faces map back to (family, bold, italic=0).
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)


def page_size(name: str) -> tuple[float, float]:
    """Return the portrait page size in points for "A4" or "Letter".

    Raises:
        ValueError: For any other name, so a typo never silently prints on the wrong paper.
    """
    try:
        return _PAGE_SIZES[name]
    except KeyError:
        raise ValueError(f"Unknown page size {name!r}; expected 'A4' or 'Letter'") from None


@functools.cache
def stylesheet() -> StyleSheet1:
    """Return the one named stylesheet every report uses (built once, then shared).

    Styles: Body, Small, Title, Subtitle, Heading, Cell, CellBold, CellNum, CellNumBold,
    CellHead, CellHeadNum, Outcome, Banner, Centre.
    """
    register_fonts()
    sheet = StyleSheet1()

    def add(name: str, **kw: Any) -> None:
        params: dict[str, Any] = {"fontName": FONT, "fontSize": 9.5, "leading": 12}
        params.update(kw)
        sheet.add(ParagraphStyle(name, **params))

    add("Body")
    add("Small", fontSize=8, leading=10)
    add("Title", fontName=FONT_BOLD, fontSize=16, leading=20, spaceAfter=2)
    add("Subtitle", fontSize=10.5, leading=14)
    add("Heading", fontName=FONT_BOLD, fontSize=11.5, leading=15, spaceBefore=9, spaceAfter=4)
    add("Cell", fontSize=8.5, leading=10.5)
    add("CellBold", fontName=FONT_BOLD, fontSize=8.5, leading=10.5)
    add("CellNum", fontSize=8.5, leading=10.5, alignment=TA_RIGHT)
    add("CellNumBold", fontName=FONT_BOLD, fontSize=8.5, leading=10.5, alignment=TA_RIGHT)
    add("CellHead", fontName=FONT_BOLD, fontSize=8, leading=10)
    add("CellHeadNum", fontName=FONT_BOLD, fontSize=8, leading=10, alignment=TA_RIGHT)
    add("Outcome", fontName=FONT_BOLD, fontSize=17, leading=22, alignment=TA_CENTER)
    add("Banner", fontName=FONT_BOLD, fontSize=15, leading=19, alignment=TA_CENTER,
        textColor=colors.white)
    add("Centre", alignment=TA_CENTER)
    return sheet


def clean(text: str) -> str:
    """Normalise to NFC so precomposed glyphs are used wherever the font has them."""
    return unicodedata.normalize("NFC", text)


def esc(text: object) -> str:
    """Escape user text for Paragraph markup (names may contain ``&`` or ``<``).

    Runs of characters that DejaVu Sans lacks but the fallback font has are set in the fallback
    font, so every name on the roll prints in its own script.
    """
    text = clean(str(text))
    if not needs_fallback(text):
        return escape(text)
    fallback = _fallback_chars()
    dejavu = _dejavu_chars()
    parts = []
    for other, run in itertools.groupby(text, lambda c: ord(c) not in dejavu and ord(c) in fallback):
        chars = escape("".join(run))
        parts.append(f'<font face="{FALLBACK}">{chars}</font>' if other else chars)
    return "".join(parts)


def needs_fallback(text: str) -> bool:
    """Whether ``text`` holds a character DejaVu Sans cannot print (plain ASCII never does)."""
    if text.isascii():
        return False
    dejavu = _dejavu_chars()
    return any(ord(c) not in dejavu for c in text)


@functools.cache
def _dejavu_chars() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(FONT)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


@functools.cache
def _fallback_chars() -> frozenset[int]:
    """The fallback font's characters; it is read (4 MB) only when a document first needs it."""
    font = TTFont(FALLBACK, str(resource_path("fonts", "DroidSansFallbackFull.ttf")))
    pdfmetrics.registerFont(font)
    # It has one weight: bold text in Chinese prints regular rather than as boxes.
    pdfmetrics.registerFontFamily(FALLBACK, normal=FALLBACK, bold=FALLBACK, italic=FALLBACK, boldItalic=FALLBACK)
    return frozenset(font.face.charToGlyph)


def para(text: object, style: str = "Body") -> Paragraph:
    """Return a Paragraph of plain user text in a named style (escaped, NFC)."""
    return Paragraph(esc(text), stylesheet()[style])


def markup(text: str, style: str = "Body") -> Paragraph:
    """Return a Paragraph of trusted markup (callers escape any user text with ``esc``)."""
    return Paragraph(text, stylesheet()[style])


class TextLine(Flowable):
    """Plain text on one line, laid out and drawn exactly as a one-line Paragraph would be.

    A table of figures has dozens of cells like "266" or "72.7%". As Paragraphs each one is
    parsed as markup, broken into lines and wrapped again every time the table measures or
    draws it, which costs more than the rest of the table. This flowable measures the text once
    and draws it with one ``drawString``: same font, size, leading, alignment and baseline
    (reportlab puts a paragraph's first baseline one font size below its top). Text that does
    not fit the width on one line, or that holds anything a Paragraph treats specially (runs of
    spaces, tabs, line breaks, non-breaking or invisible characters), is handed to a real
    Paragraph instead, so the cell prints the same glyphs in the same places as ``para`` would.
    """

    def __init__(self, text: object, style: str = "Cell") -> None:
        super().__init__()
        self.text = clean(str(text))
        self.style = stylesheet()[style]
        self._para: Paragraph | None = None
        st = self.style
        self._text_width = pdfmetrics.stringWidth(self.text, st.fontName, st.fontSize)
        simple = (
            self.text
            and self.text.isprintable()
            and self.text == self.text.strip()
            and "  " not in self.text
            and not needs_fallback(self.text)
            and st.alignment in (TA_LEFT, TA_CENTER, TA_RIGHT)
            and not (st.leftIndent or st.rightIndent or st.firstLineIndent or st.backColor or st.borderWidth)
            and not getattr(st, "autoLeading", "")
        )
        if not simple:
            self._para = Paragraph(esc(self.text), st)

    def _fallback(self) -> Paragraph:
        if self._para is None:
            self._para = Paragraph(esc(self.text), self.style)
        return self._para

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Full width, one leading high; a Paragraph's size when the text does not fit."""
        if self._para is None and self._text_width > availWidth + 1e-8:
            self._fallback()
        if self._para is not None:
            self.width, self.height = self._para.wrap(availWidth, availHeight)
        else:
            self.width, self.height = availWidth, self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """One line cannot be split; a wrapped fallback splits as its Paragraph does."""
        return self._para.split(availWidth, availHeight) if self._para is not None else []

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        """Draw at (x, y), the bottom left of the wrapped box, without moving the origin."""
        if self._para is not None:
            self._para.drawOn(canvas, x, y, _sW)
            return
        st = self.style
        x = self._hAlignAdjust(x, _sW)
        baseline = y + self.height - (st.fontSize if paraFontSizeHeightOffset
                                      else pdfmetrics.getAscent(st.fontName, st.fontSize))
        canvas.saveState()
        canvas.setFillColor(st.textColor)
        canvas.setFont(st.fontName, st.fontSize, st.leading)
        if st.alignment == TA_RIGHT:
            canvas.drawString(x + self.width - self._text_width, baseline, self.text)
        elif st.alignment == TA_CENTER:
            canvas.drawString(x + (self.width - self._text_width) / 2, baseline, self.text)
        else:
            canvas.drawString(x, baseline, self.text)
        canvas.restoreState()


def cell(text: object, style: str = "Cell") -> Flowable:
    """Return a table cell of plain user text (a ``TextLine``; wraps like ``para`` when long)."""
    return TextLine(text, style)


class TurnedHeader(Flowable):
    """A column header turned a quarter, reading upwards, for tables with many narrow columns.

    With six or more ballot boxes the per-box columns are too narrow for their names: set level,
    "Committee room" broke as "Com mitt ee r oom". Turned, a name needs only a line's height of
    width, and its words stay whole (a long name takes a second turned line, broken between words).
    """

    TURN_AT = 38 * mm
    """Longest turned line before the name breaks between words onto a second one."""

    def __init__(self, text: object, style: str = "CellHeadNum") -> None:
        super().__init__()
        st = stylesheet()[style]
        self.font, self.size, self.leading = st.fontName, st.fontSize, st.leading
        words = clean(str(text)).split()
        lines = [" ".join(words)]
        if self._width_of(lines[0]) > self.TURN_AT and len(words) > 1:
            cut = max(range(1, len(words)), key=lambda i: -abs(self._width_of(" ".join(words[:i]))
                                                              - self._width_of(" ".join(words[i:]))))
            lines = [" ".join(words[:cut]), " ".join(words[cut:])]
        self.lines = lines

    def _width_of(self, text: str) -> float:
        return float(pdfmetrics.stringWidth(text, self.font, self.size))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """One line's height of width per turned line; as tall as the longest line is long."""
        self.width = len(self.lines) * self.leading
        self.height = max(self._width_of(line) for line in self.lines) + 2
        return self.width, self.height

    def draw(self) -> None:
        """Each line reads upwards from the cell's foot, the last line against the column's right edge."""
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(self.font, self.size)
        for index, line in enumerate(self.lines):
            canvas.saveState()
            canvas.translate((index + 0.78) * self.leading, 0)
            canvas.rotate(90)
            canvas.drawString(0, 0, line)
            canvas.restoreState()
        canvas.restoreState()


def turned_header_fits(text: str) -> bool:
    """Whether :class:`TurnedHeader` can print ``text`` in the regular font (no fallback script needed)."""
    return not needs_fallback(clean(text))


def grid_table(
    rows: Sequence[Sequence[object]],
    col_widths: Sequence[float],
    *,
    header_rows: int = 1,
    total_rows: Sequence[int] = (),
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """Build a ruled table whose header repeats on every page.

    Args:
        rows: Cell contents; put Paragraphs in any cell whose text may be long, so it wraps.
        col_widths: Column widths in points; they must add up to no more than the frame.
        header_rows: Rows to shade and repeat at the top of each page the table flows onto.
        total_rows: Row indexes (negative allowed) to shade as totals.
        extra: Additional TableStyle commands (spans, colours).

    Returns:
        A Table that splits between rows across pages.
    """
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        style.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL))
        style.append(("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"))
    for r in total_rows:
        style.append(("BACKGROUND", (0, r), (-1, r), TOTAL_FILL))
    style.extend(extra)
    table = Table(
        [list(r) for r in rows],
        colWidths=list(col_widths),
        repeatRows=header_rows,
        hAlign="LEFT",
    )
    table.setStyle(TableStyle(style))
    return table


def header_width(label: str, *, minimum: float = 14 * mm, font_size: float = 8) -> float:
    """Return a column width in which every word of ``label`` fits unbroken in a header cell.

    Narrow numeric columns otherwise break header words mid-word ("Abstenti-ons"), which is
    hard to read on a tellers' sheet.
    """
    words = clean(label).split() or [""]
    widest = max(pdfmetrics.stringWidth(w, FONT_BOLD, font_size) for w in words)
    return max(minimum, widest + 10)


class _NumberedCanvas(Canvas):
    """Canvas that holds pages back until the end so it can print "Page X of Y".

    The usual reportlab recipe: ``showPage`` stores the page state; ``save`` replays every page,
    now knowing the total, and draws the footer and running head on each.
    """

    def __init__(
        self,
        *args: Any,
        footer_lines: Sequence[str] = (),
        running_title: str = "",
        margin: float = MARGIN,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []
        self._footer_lines = [clean(line) for line in footer_lines]
        self._running_title = clean(running_title)
        self._margin = margin

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._draw_furniture(total)
            super().showPage()
        super().save()

    def _draw_furniture(self, total: int) -> None:
        width, _height = self._pagesize
        m = self._margin
        self.saveState()
        self.setStrokeColor(GRID)
        self.setLineWidth(0.4)
        lines = self._footer_lines
        top = m - 4 * mm
        self.line(m, top + 2.5 * mm, width - m, top + 2.5 * mm)
        self.setFillColor(colors.black)
        self.setFont(FONT, 8)
        page = translate("Reports", "Page {0} of {1}").format(self._pageNumber, total)
        self.drawRightString(width - m, top - 1, page)
        self.setFont(FONT, FOOTER_SIZE)
        y = top
        for line in lines:
            self.drawString(m, y, line)
            y -= FOOTER_SIZE + 2.5
        if self._running_title and self._pageNumber > 1:
            _w, h = self._pagesize
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.HexColor("#444444"))
            continued = translate("Reports", "(continued)")
            self.drawRightString(width - m, h - m + 4 * mm, continued)
            # Shorten the title to the room left of "(continued)" so the two never overlap.
            room = width - 2 * m - pdfmetrics.stringWidth(continued, FONT, 7.5) - 4 * mm
            head, sep, tail = self._running_title.rpartition(" · ")
            if not sep or len(tail) > 20:  # a short last part ("AMENDED") is kept whole
                head, sep, tail = self._running_title, "", ""
            title = head + sep + tail
            while head and pdfmetrics.stringWidth(title, FONT, 7.5) > room:
                head = head[:-2].rstrip()
                title = head + "…" + sep + tail
            self.drawString(m, h - m + 4 * mm, title)
        self.restoreState()


class BaseDocument:
    """A report document: page size, margins, footer, and deterministic building.

    Subclasses (or callers) assemble a story of flowables and call ``build``.

    Args:
        size: "A4" or "Letter".
        title: PDF metadata title (shown in viewers' title bar).
        author: PDF metadata author (the organisation).
        subject: PDF metadata subject.
        footer_lines: Lines printed bottom-left on every page, under the rule.
        running_title: Printed at the top of every page after the first, so loose pages of a
            long report can be put back together.
    """

    def __init__(
        self,
        size: str = "A4",
        *,
        title: str = "",
        author: str = "",
        subject: str = "",
        footer_lines: Sequence[str] = (),
        running_title: str = "",
    ) -> None:
        register_fonts()
        self.pagesize = page_size(size)
        self.title = clean(title)
        self.author = clean(author)
        self.subject = clean(subject)
        self.footer_lines = tuple(footer_lines)
        self.running_title = running_title
        self.margin = MARGIN
        # Room for the footer lines under the frame.
        self.bottom_margin = MARGIN + max(0, len(self.footer_lines) - 1) * (FOOTER_SIZE + 2.5)

    @property
    def width(self) -> float:
        """Usable frame width in points, for sizing table columns (net of frame padding)."""
        return self.pagesize[0] - 2 * self.margin - 2 * FRAME_PADDING

    @property
    def height(self) -> float:
        """Usable frame height in points."""
        return self.pagesize[1] - self.margin - self.bottom_margin

    def build(self, story: Sequence[Flowable]) -> bytes:
        """Lay the story out and return the PDF bytes (identical input → identical bytes)."""
        buf = io.BytesIO()
        doc = SimpleDocTemplate(
            buf,
            pagesize=self.pagesize,
            leftMargin=self.margin,
            rightMargin=self.margin,
            topMargin=self.margin,
            bottomMargin=self.bottom_margin,
            title=self.title,
            author=self.author,
            subject=self.subject,
            creator="BallotDesk",
            invariant=1,
        )
        canvasmaker = functools.partial(
            _NumberedCanvas,
            footer_lines=self.footer_lines,
            running_title=self.running_title,
            margin=self.margin,
        )
        doc.build(list(story), canvasmaker=canvasmaker)
        return buf.getvalue()


def new_canvas(buf: io.BytesIO, size: str, *, title: str, author: str) -> Canvas:
    """Return a bare deterministic canvas for reports drawn by hand (ballot papers)."""
    register_fonts()
    canv = Canvas(buf, pagesize=page_size(size), invariant=1)
    canv.setTitle(clean(title))
    canv.setAuthor(clean(author))
    canv.setCreator("BallotDesk")
    return canv


__all__ = ["fmt_date", "fmt_datetime", "fmt_time"]  # re-exported: the report modules import them from here
