"""The declared result sheet: one ballot, the tellers' report, the outcome, signatures.

This is the document the chair reads from and then signs, and the one that may be challenged
later, so it prints every figure the tellers produced (per box and in total), how the outcome
follows from them, and enough identification on every page (audit digest, certificate
fingerprint, page X of Y) that a loose or substituted page is noticed.

QR payload format (``qr_payload``), version ``BD1``, fields separated by ``|``::

    BD1|<ballot_id>|<title>|<option>=<votes>;...|abst=<n>|rej=<n>|win=<name>;...|<digest[:16]>

Example: ``BD1|3|Motion 3|For=266;Against=100|abst=4|rej=0|win=For|9f2c4e71a0b35d6e``.
Names have the separator characters ``|``, ``;`` and ``=`` replaced by spaces. To keep the code
scannable from paper the payload is held to ``QR_MAX_BYTES`` of UTF-8: the title is cut to 48
characters and option names are cut progressively (40, 24, 16, 10, 6 characters, an ellipsis
marking a cut); if that is still too long, options are written by paper position (``#1=266``)
and winners likewise (``win=#1``).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from ballotdesk.domain.words import translate
from ballotdesk.reports.base import (
    BaseDocument,
    TurnedHeader,
    cell,
    clean,
    esc,
    fmt_date,
    fmt_datetime,
    grid_table,
    header_width,
    markup,
    para,
    turned_header_fits,
)
from ballotdesk.reports.model import ResultSheetData, RoundLine

QR_MAX_BYTES = 600
QR_SIZE = 38 * mm
_AMENDED_RED = colors.HexColor("#b00020")
_NAME_LIMITS = (40, 24, 16, 10, 6)
_KEEP_WITH_HEADING = 34 * mm
"""Room a section heading needs below it for its table's header and first rows: with less left on
the page, the section starts on the next page, so a heading is never left alone at the foot of one."""


def _qr_clean(text: str, limit: int | None = None) -> str:
    text = " ".join(clean(text).replace("|", " ").replace(";", " ").replace("=", " ").split())
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def qr_payload(data: ResultSheetData) -> str:
    """Return the compact summary encoded in the sheet's QR code (format in the module doc).

    Args:
        data: The declared result.

    Returns:
        A single-line string of at most ``QR_MAX_BYTES`` UTF-8 bytes for realistic input.
    """
    title = _qr_clean(data.ballot_title, 48)
    tail = f"abst={data.abstentions}|rej={data.rejected}"
    digest = data.audit_digest[:16]
    payload = ""
    for limit in (*_NAME_LIMITS, 0):
        if limit:
            names = [_qr_clean(o.name, limit) for o in data.options]
            by_name = {o.name: n for o, n in zip(data.options, names, strict=True)}
            wins = [by_name.get(w, _qr_clean(w, limit)) for w in data.winners]
        else:
            names = [f"#{i}" for i in range(1, len(data.options) + 1)]
            index = {o.name: f"#{i}" for i, o in enumerate(data.options, 1)}
            wins = [index.get(w, "#?") for w in data.winners]
        opts = ";".join(f"{n}={o.votes}" for n, o in zip(names, data.options, strict=True))
        payload = f"BD1|{data.ballot_id}|{title}|{opts}|{tail}|win={';'.join(wins)}|{digest}"
        if len(payload.encode("utf-8")) <= QR_MAX_BYTES:
            break
    return payload


QR_BORDER = 4  # quiet zone, in modules, on each side (the minimum the QR standard asks for)

QrMatrix = tuple[tuple[bool, ...], ...]


@functools.lru_cache(maxsize=64)
def qr_modules(payload: str) -> QrMatrix:
    """Return the QR code of ``payload`` (error correction level M) as rows of dark modules.

    The encoding and the module placement are reportlab's own (``qrencoder``, exactly what
    ``QrCodeWidget`` prints), and so is the choice of mask: each of the eight candidates gets
    reportlab's score (:func:`qr_penalty`). Only the work is done a row at a time, on integers,
    instead of module by module: reportlab's own loop took some 40 ms of a 50 ms sheet. The
    result is cached, so a preview followed by a save, or a reprint, encodes it once.
    """
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(payload)
    qr.version = qr.calculate_version()
    qr.makeImpl(True, 0)  # function patterns, format bits left light (as reportlab scores), and the data
    size = qr.moduleCount
    bits = list(qr.dataBitIterator(qr.dataCache))
    places, data = [0] * size, [0] * size  # per row: where data goes, and which of it is dark unmasked
    for index, (col, row) in enumerate(qr.dataPosIterator()):
        bit = 1 << (size - 1 - col)
        places[row] |= bit
        if index < len(bits) and bits[index]:
            data[row] |= bit
    fixed = [_row_bits(row) & ~place for row, place in zip(qr.modules, places, strict=True)]
    scores = [_penalty([format(f | ((d ^ m) & p), f"0{size}b") for f, d, m, p in zip(fixed, data, flips, places,
                                                                                    strict=True)])
              for flips in _mask_rows(size)]
    qr.makeImpl(False, scores.index(min(scores)))  # the first of equal scores, as reportlab picks
    return tuple(tuple(bool(m) for m in row) for row in qr.modules)


def _row_bits(row: Sequence[bool]) -> int:
    return int("".join("1" if module else "0" for module in row), 2)


@functools.lru_cache(maxsize=8)
def _mask_rows(size: int) -> tuple[tuple[int, ...], ...]:
    """The eight mask patterns of a symbol this size, each as rows of bits (1 where it flips a module)."""
    return tuple(tuple(_row_bits([flips(r, c) for c in range(size)]) for r in range(size))
                 for flips in map(qrencoder.QRUtil.getMask, range(8)))


_RUN_OF_FIVE = re.compile("0{5,}|1{5,}")
_FINDER_LIKE = "10111010000"


def qr_penalty(modules: Sequence[Sequence[bool]]) -> int:
    """reportlab's ``QRUtil.getLostPoint`` for a candidate symbol (see :func:`_penalty`)."""
    return _penalty(["".join("1" if module else "0" for module in row) for row in modules])


def _penalty(rows: list[str]) -> int:
    """The four penalty rules of the QR standard, as reportlab applies them, on rows of "0"/"1".

    Runs of five or more modules of one colour in rows and columns (length - 2 each), 2x2 blocks
    of one colour (3 each), the finder-like pattern 1011101 followed by four light modules (40
    each, in rows only and not ending on the last module: reportlab's column check compares
    tuples with a list and never matches, and the same mask must be chosen), and the distance
    of the dark share from half.
    """
    size = len(rows)
    columns = ["".join(column) for column in zip(*rows, strict=True)]
    score = sum(len(run.group()) - 2 for line in rows + columns for run in _RUN_OF_FIVE.finditer(line))
    bits = [int(row, 2) for row in rows]
    pairs = (1 << (size - 1)) - 1  # one bit for each pair of neighbouring columns
    for upper, lower in itertools.pairwise(bits):
        same = ~(upper ^ lower)  # the two rows agree in this column
        score += 3 * (same & (same >> 1) & ~(upper ^ (upper >> 1)) & pairs).bit_count()
    score += 40 * sum(row[: size - 1].count(_FINDER_LIKE) for row in rows)
    dark = sum(row.count("1") for row in rows)
    return score + 10 * (abs(100 * dark // (size * size) - 50) // 5)


def qr_runs(matrix: QrMatrix) -> list[tuple[int, int, int]]:
    """Return the dark modules as horizontal runs ``(row, first column, length)``.

    One rectangle per run rather than per module keeps the page's drawing short.
    """
    runs: list[tuple[int, int, int]] = []
    for r, row in enumerate(matrix):
        c, n = 0, len(row)
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                runs.append((r, start, c - start))
            else:
                c += 1
    return runs


@functools.lru_cache(maxsize=64)
def qr_path(payload: str) -> PDFPathObject:
    """Return the dark modules of ``payload``'s QR code as one path, in module units.

    Module (column, row) covers the unit square from (column, row) to (column + 1, row + 1),
    quiet zone included, rows counted downwards; ``QrFlowable`` scales it to size. Integer
    coordinates keep the page stream short, and the path is cached with the matrix: drawing it
    again only copies its operators into the page.
    """
    path = PDFPathObject()
    for r, c, count in qr_runs(qr_modules(payload)):
        path.rect(c + QR_BORDER, r + QR_BORDER, count, 1)
    return path


class QrFlowable(Flowable):
    """A QR code drawn straight onto the canvas as one filled path.

    Same size, quiet zone and placement as reportlab's ``QrCodeWidget`` in a ``Drawing``, but
    without building a graphics shape per run and rendering each one with its own state
    changes, which cost more than the rest of the sheet's layout put together.
    """

    def __init__(self, payload: str, size: float = QR_SIZE) -> None:
        super().__init__()
        self.payload = payload
        self.size = size
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Fixed size, whatever room is offered."""
        return self.size, self.size

    def draw(self) -> None:
        """Scale module units to points, top row at the top, and fill the cached path."""
        modules = len(qr_modules(self.payload)) + 2 * QR_BORDER
        box = self.size / modules
        canv = self.canv
        canv.saveState()
        canv.transform(box, 0, 0, -box, 0, self.size)  # y grows downwards, one unit per module
        canv.setFillColor(colors.black)
        canv.drawPath(qr_path(self.payload), stroke=0, fill=1)
        canv.restoreState()


def _signed(n: int) -> str:
    return f"+{n}" if n > 0 else ("0" if n == 0 else f"−{-n}")


def _pct(p: float | None) -> str:
    return "—" if p is None else f"{p:.1f}%"


def _heading(data: ResultSheetData, doc: BaseDocument) -> list[Flowable]:
    m = data.meeting
    left: list[Flowable] = [
        para(m.organisation, "Title"),
        para(f"{m.title} · {m.venue} · {fmt_date(m.date)}", "Subtitle"),
        Spacer(1, 3 * mm),
        markup("<b>" + translate("Reports", "Result sheet — Ballot {0}: {1}").format(
            data.ballot_id, esc(data.ballot_title)) + "</b>", "Heading"),
        *([markup(translate("Reports", "<b>Question:</b> {0}").format(esc(data.question)))]
          if data.question.strip() else []),  # a motion put without a separate question has none to print
        markup(translate("Reports", "<b>Rule:</b> {0}. <b>Percentages of:</b> {1} ({2}).").format(
            esc(data.rule_label), esc(data.base_label), data.base_value) + " "
            + (translate("Reports", "<b>Places to fill:</b> {0}.") if data.seats != 1
               else translate("Reports", "<b>Places:</b> {0}.")).format(data.seats)),
    ]
    head = Table(
        [[left, QrFlowable(qr_payload(data))]],
        colWidths=[doc.width - QR_SIZE - 2 * mm, QR_SIZE + 2 * mm],
        hAlign="LEFT",
    )
    head.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    story: list[Flowable] = [head]
    if data.amendments:
        banner = Table(
            [[markup((translate("Reports", "AMENDED — corrected {0} time after first declaration; see Amendments")
                      if len(data.amendments) == 1 else
                      translate("Reports", "AMENDED — corrected {0} times after first declaration; see Amendments"))
                     .format(len(data.amendments)), "Banner")]],
            colWidths=[doc.width],
            hAlign="LEFT",
        )
        banner.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), _AMENDED_RED),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]))
        story += [Spacer(1, 3 * mm), banner]
    return story


def _tellers_table(data: ResultSheetData, doc: BaseDocument) -> list[Flowable]:
    heads = [translate("Reports", "Papers issued"), translate("Reports", "Papers found"),
             translate("Reports", "Spoilt"), translate("Reports", "Variance"), translate("Reports", "Rejected"),
             translate("Reports", "Abstentions and blank"), translate("Reports", "Votes cast")]
    head_w = [header_width(h) for h in heads]
    rows: list[list[object]] = [[cell(translate("Reports", "Box"), "CellHead"),
                                 *(cell(h, "CellHeadNum") for h in heads)]]
    extra: list[tuple[object, ...]] = []
    for box in data.boxes:
        figures = (box.issued, box.found, box.spoilt, _signed(box.variance), box.rejected,
                   box.abstentions, box.votes_cast)
        rows.append([cell(box.name, "Cell"), *(cell(f, "CellNum") for f in figures)])
        if box.blocked:
            r = len(rows)
            rows.append([markup(translate("Reports", "<b>{0} is blocked</b> — more papers were found than issued; "
                                                     "the box must be recounted.").format(esc(box.name)), "Cell"),
                         *([""] * len(heads))])
            extra.append(("SPAN", (0, r), (-1, r)))
            extra.append(("LEFTPADDING", (0, r), (-1, r), 14))
        if box.explanation or box.variance:
            why = box.explanation or translate("Reports", "No explanation recorded.")
            r = len(rows)
            rows.append([markup(translate("Reports", "<b>Variance {0} in {1}</b> — chair’s explanation: {2}").format(
                _signed(box.variance), esc(box.name), esc(why)), "Cell"),
                         *([""] * len(heads))])
            extra.append(("SPAN", (0, r), (-1, r)))
            extra.append(("LEFTPADDING", (0, r), (-1, r), 14))
    total = (
        sum(b.issued for b in data.boxes), data.papers, sum(b.spoilt for b in data.boxes),
        _signed(sum(b.variance for b in data.boxes)), data.rejected, data.abstentions,
        data.votes_cast,
    )
    rows.append([cell(translate("Reports", "Total"), "CellBold"), *(cell(f, "CellNumBold") for f in total)])
    widths = [doc.width - sum(head_w), *head_w]
    table = grid_table(rows, widths, total_rows=[-1], extra=extra)
    return [CondPageBreak(_KEEP_WITH_HEADING), para(translate("Reports", "Tellers’ report"), "Heading"), table]


def _disputes(data: ResultSheetData, doc: BaseDocument) -> list[Flowable]:
    """Each box whose two entries differed: the tellers, the figures, the chair's decision and reason."""
    if not data.disputes:
        return []
    rows: list[list[object]] = [[cell(translate("Reports", "Box"), "CellHead"),
                                 cell(translate("Reports", "Tellers"), "CellHead"),
                                 cell(translate("Reports", "Figures that differed (first / second entry)"), "CellHead"),
                                 cell(translate("Reports", "Chair’s decision"), "CellHead"),
                                 cell(translate("Reports", "Reason"), "CellHead")]]
    for d in data.disputes:
        figures = "<br/>".join(f"{esc(label)}: {'—' if a is None else a} / {'—' if b is None else b}"
                               for label, a, b in d.differing) or "—"
        rows.append([cell(d.box, "Cell"), cell(" / ".join(d.tellers), "Cell"), markup(figures, "Cell"),
                     cell(d.decision, "Cell"), cell(d.reason, "Cell")])
    w = doc.width
    return [CondPageBreak(_KEEP_WITH_HEADING),
            para(translate("Reports", "Entries that differed"), "Heading"),
            grid_table(rows, [w * 0.17, w * 0.17, w * 0.26, w * 0.17, w * 0.23])]


def _quorum(data: ResultSheetData) -> list[Flowable]:
    """The quorum rule, the number needed, the members present at the opening and at the declaration.

    A short paragraph under the turnout (a whole section would push a one-page sheet onto two);
    any override by the chair gets its own line with the reason.
    """
    q = data.quorum
    if q is None:
        return []
    opening = (translate("Reports", "not recorded") if q.at_opening is None
               else f"{q.at_opening}" if q.needed_at_opening in (None, q.needed)
               else translate("Reports", "{0} (of {1} needed)").format(q.at_opening, q.needed_at_opening))
    story: list[Flowable] = [Spacer(1, 2 * mm), markup(translate(
        "Reports", "<b>Quorum:</b> {0} present and entitled to vote; <b>{1}</b> needed. Present at the opening: "
                   "<b>{2}</b>; at the declaration: <b>{3}</b>.").format(esc(q.rule), q.needed, opening,
                                                                          q.at_declaration))]
    for reason, words in ((q.opening_override, translate("Reports", "<b>Opened while the meeting was not quorate.</b> "
                                                                     "The chair’s reason: {0}")),
                          (q.declaration_override, translate("Reports", "<b>Declared while the meeting was not "
                                                                         "quorate.</b> The chair’s reason: {0}"))):
        if reason:
            story.append(markup(words.format(esc(reason))))
    return story


def _votes_table(data: ResultSheetData, doc: BaseDocument) -> list[Flowable]:
    boxes = data.boxes
    box_w = [header_width(b.name) for b in boxes]
    turned = False
    if sum(box_w) > doc.width * 0.45:  # many boxes: share the space rather than squeeze names
        shared = doc.width * 0.45 / len(boxes)
        # A word wider than its share would break mid-word ("Com mitt ee"): turn the names instead.
        turned = any(w > shared for w in box_w) and all(turned_header_fits(b.name) for b in boxes)
        box_w = [shared] * len(boxes)
    total_label = translate("Reports", "Total")
    pct_label = translate("Reports", "% of {0}").format(data.base_label)
    total_w = header_width(total_label)
    pct_w = header_width(pct_label, minimum=17 * mm)
    name_w = doc.width - sum(box_w) - total_w - pct_w
    rows: list[list[object]] = [[
        cell(translate("Reports", "Candidate") if data.election else translate("Reports", "Option"), "CellHead"),
        *((TurnedHeader(b.name) if turned else cell(b.name, "CellHeadNum")) for b in boxes),
        cell(total_label, "CellHeadNum"),
        cell(pct_label, "CellHeadNum"),
    ]]
    winners = set(data.winners)
    for i, opt in enumerate(data.options):
        won = opt.name in winners
        name_style, num_style = ("CellBold", "CellNumBold") if won else ("Cell", "CellNum")
        per_box = [b.votes[i] if i < len(b.votes) else 0 for b in boxes]
        label = cell(opt.name + (" ✔" if won else ""), name_style)
        rows.append([label, *(cell(v, "CellNum") for v in per_box),
                     cell(opt.votes, num_style), cell(_pct(opt.percent), num_style)])
    table = grid_table(rows, [name_w, *box_w, total_w, pct_w])
    if data.necessary is None:
        necessary = translate("Reports", "Number necessary: none under this rule (the most votes win).")
    else:
        necessary = translate("Reports", "<b>Number necessary:</b> {0}").format(data.necessary)
    return [
        CondPageBreak(_KEEP_WITH_HEADING),
        para(translate("Reports", "Votes for each candidate") if data.election
             else translate("Reports", "Votes for each option"), "Heading"),
        table,
        Spacer(1, 2 * mm),
        markup(necessary),
    ]


def _outcome(data: ResultSheetData, doc: BaseDocument) -> list[Flowable]:
    content: list[Flowable] = [para(data.outcome, "Outcome")]
    if data.winners:
        label = (translate("Reports", "<b>Elected:</b> {0}") if data.election
                 else translate("Reports", "<b>Prevailing option:</b> {0}"))
        content.append(Spacer(1, 1.5 * mm))
        content.append(markup(label.format("; ".join(esc(w) for w in data.winners)), "Centre"))
    box = Table([[content]], colWidths=[doc.width], hAlign="LEFT")
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 2, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    story: list[Flowable] = [para(translate("Reports", "Outcome"), "Heading"), box]
    if data.lot_text:
        story += [Spacer(1, 2 * mm), markup(translate("Reports", "<b>Lot drawn:</b> {0}").format(esc(data.lot_text)))]
    # The outcome is read as one statement: its heading, the box and how any lot settled it stay on one page.
    return [KeepTogether(story)]


def _round_head(rnd: RoundLine) -> str:
    """A rounds-table header: "Round 2", with the round's own title under it when it has one."""
    head = translate("Reports", "Round {0}").format(rnd.number)
    return head + (f"<br/>{esc(rnd.title)}" if rnd.title.strip() else "")


def _round_width(rnd: RoundLine) -> float:
    """A column in which no word of the round's header breaks ("Nominatio-n" is unreadable)."""
    words = [translate("Reports", "Round {0}").format(rnd.number), *rnd.title.split()]
    return max(header_width(w, minimum=20 * mm) for w in words)


def _rounds(data: ResultSheetData, doc: BaseDocument) -> list[Flowable]:
    if not data.rounds:
        return []
    story: list[Flowable] = [CondPageBreak(_KEEP_WITH_HEADING), para(translate("Reports", "Rounds"), "Heading")]
    # As many rounds to a table as fit beside a name column of at least 40% of the width (at most six),
    # so long names and long round titles both stay readable.
    chunks: list[list[tuple[RoundLine, float]]] = [[]]
    room = doc.width * 0.6
    for rnd in data.rounds:
        width = min(_round_width(rnd), room)
        chunk = chunks[-1]
        if chunk and (len(chunk) == 6 or sum(w for _r, w in chunk) + width > room):
            chunks.append(chunk := [])
        chunk.append((rnd, width))
    for chunk in chunks:
        names: list[str] = []
        for rnd, _w in chunk:
            names += [n for n, _v in rnd.options if n not in names]
        widths = [w for _r, w in chunk]
        rows: list[list[object]] = [[
            cell(translate("Reports", "Candidate") if data.election else translate("Reports", "Option"), "CellHead"),
            *(markup(_round_head(r), "CellHeadNum") for r, _w in chunk),
        ]]
        for name in names:
            cells: list[object] = [cell(name, "Cell")]
            for rnd, _w in chunk:
                votes = dict(rnd.options).get(name)
                cells.append(cell("—" if votes is None else votes, "CellNum"))
            rows.append(cells)
        story.append(grid_table(rows, [doc.width - sum(widths), *widths]))
        story.append(Spacer(1, 2 * mm))
    for rnd in data.rounds:
        if rnd.eliminated:
            story.append(markup(translate("Reports", "<b>After round {0}, eliminated:</b> {1}").format(
                rnd.number, "; ".join(esc(n) for n in rnd.eliminated)), "Small"))
    return story


def _turnout(data: ResultSheetData, doc: BaseDocument) -> list[Flowable]:
    t = data.turnout
    heads = [translate("Reports", "On the roll"), translate("Reports", "Eligible to vote"),
             translate("Reports", "Registered at the desk"), translate("Reports", "Eligible and present")]
    w = doc.width / 4
    table = grid_table(
        [[cell(h, "CellHeadNum") for h in heads],
         [cell(v, "CellNum") for v in (t.on_roll, t.eligible, t.registered, t.eligible_present)]],
        [w] * 4,
    )
    return [KeepTogether([para(translate("Reports", "Turnout"), "Heading"), table, *_quorum(data)])]


def _amendments(data: ResultSheetData, doc: BaseDocument) -> list[Flowable]:
    if not data.amendments:
        return []
    rows: list[list[object]] = [[cell(translate("Reports", "When"), "CellHead"),
                                 cell(translate("Reports", "What changed"), "CellHead"),
                                 cell(translate("Reports", "Reason"), "CellHead")]]
    for a in data.amendments:
        changes = "<br/>".join(esc(c) for c in a.changes) or "—"
        rows.append([cell(fmt_datetime(a.at), "Cell"), markup(changes, "Cell"),
                     cell(a.reason, "Cell")])
    when_w = 34 * mm
    rest = doc.width - when_w
    heading = markup(translate("Reports", "{0}AMENDED{1} — amendments").format(
        f'<font color="{_AMENDED_RED.hexval().replace("0x", "#")}">', "</font>"), "Heading")
    return [CondPageBreak(_KEEP_WITH_HEADING), heading, grid_table(rows, [when_w, rest * 0.5, rest * 0.5])]


def _signatures(data: ResultSheetData, doc: BaseDocument) -> list[Flowable]:
    people = ([(translate("Reports", "Chair"), data.chair)]
              + [(translate("Reports", "Teller"), t) for t in data.tellers])
    gap = 12 * mm
    col = (doc.width - gap) / 2
    rows: list[list[object]] = []
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    for i in range(0, len(people), 2):
        pair = people[i : i + 2]
        r = len(rows)
        rows.append(["", "", ""])
        rows.append([markup(f"<b>{esc(role)}:</b> {esc(name)}", "Small") for role, name in pair[:1]]
                    + [""]
                    + [markup(f"<b>{esc(role)}:</b> {esc(name)}", "Small") for role, name in pair[1:]])
        while len(rows[-1]) < 3:
            rows[-1].append("")
        style.append(("LINEBELOW", (0, r), (0, r), 0.8, colors.black))
        if len(pair) == 2:
            style.append(("LINEBELOW", (2, r), (2, r), 0.8, colors.black))
    table = Table(rows, colWidths=[col, gap, col],
                  rowHeights=[14 * mm if i % 2 == 0 else None for i in range(len(rows))],
                  hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return [KeepTogether([
        para(translate("Reports", "Declaration and signatures"), "Heading"),
        markup(translate("Reports", "Result declared by the chair on <b>{0}</b>.").format(
            fmt_datetime(data.declared_at))
               + " " + translate("Reports", "We certify that the figures above are the true result of the count.")),
        table,
    ])]


def result_story(data: ResultSheetData, doc: BaseDocument) -> list[Flowable]:
    """Return the flowables of the sheet, in reading order (split out for testing layout)."""
    story: list[Flowable] = []
    for part in (_heading, _tellers_table, _disputes, _votes_table, _outcome, _rounds, _turnout,
                 _amendments, _signatures):
        story += part(data, doc)
    return story


def footer_lines(data: ResultSheetData, cert_fingerprint: str) -> Sequence[str]:
    """Return the lines printed at the foot of every page of the sheet."""
    lines = [translate("Reports", "Audit digest: {0}").format(data.audit_digest)]
    if data.record_head:
        # The chain's head when the sheet was made, anchored outside the file: `ballotdesk verify FILE
        # --sheet SHEET.pdf` finds it again, so a record cut short or rewritten since is caught.
        lines.append(translate("Reports", "Record head: {0} after {1} events, record key {2}").format(
            data.record_head, data.record_events, data.record_key))
    lines.append(translate("Reports", "Certificate: {0}").format(cert_fingerprint))
    return tuple(lines)


def build_result_sheet(data: ResultSheetData, *, cert_fingerprint: str) -> bytes:
    """Lay out one declared ballot's result sheet as an unsigned PDF.

    Args:
        data: The declared result, as plain data.
        cert_fingerprint: Fingerprint of the certificate that will sign the sheet, printed on
            every page so a paper copy can be checked against the signed file.

    Returns:
        PDF bytes; identical input gives identical bytes. Sign them with
        ``signing.sign_pdf`` before handing the file out.
    """
    m = data.meeting
    doc = BaseDocument(
        m.page_size,
        title=translate("Reports", "Result — Ballot {0}: {1}").format(data.ballot_id, data.ballot_title),
        author=m.organisation,
        subject=f"{m.title}, {fmt_date(m.date)}",
        footer_lines=footer_lines(data, cert_fingerprint),
        running_title=(f"{m.organisation} · {m.title} · "
                       + translate("Reports", "Ballot {0}: {1}").format(data.ballot_id, data.ballot_title)
                       + (" · " + translate("Reports", "AMENDED") if data.amendments else "")),
    )
    return doc.build(result_story(data, doc))


def bench_result_sheet(candidates: int = 20, repeats: int = 1) -> int:
    """Build the sample sheet ``repeats`` times; for benchmarks (times nothing itself).

    Args:
        candidates: 0 for the seed motion, else an election with this many long names.
        repeats: How many builds.

    Returns:
        Total bytes produced, so the work cannot be optimised away.
    """
    from ballotdesk.reports.model import sample_result_sheet

    data = sample_result_sheet(candidates)
    fp = "AB:" * 31 + "CD"
    return sum(len(build_result_sheet(data, cert_fingerprint=fp)) for _ in range(repeats))
