"""The declared result sheet: one ballot, the tellers' report, the outcome, signatures.

This is the document the chair reads from and then signs, and the one that may be challenged
later, so it prints every figure the tellers produced (per box and in total), how the outcome
follows from them, and enough identification on every page (audit digest, certificate
fingerprint, page X of Y) that a loose or substituted page is noticed.

The QR code in its heading (what it encodes, and how it is drawn) is ``reports/sheet_qr.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from ballotdesk.domain.words import translate
from ballotdesk.reports.base import (
    BaseDocument,
    TurnedHeader,
    cell,
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
from ballotdesk.reports.sheet_qr import QR_SIZE, QrFlowable, qr_payload

_AMENDED_RED = colors.HexColor("#b00020")
_KEEP_WITH_HEADING = 34 * mm
"""Room a section heading needs below it for its table's header and first rows: with less left on
the page, the section starts on the next page, so a heading is never left alone at the foot of one."""


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
        markup((translate("Reports", "<b>Counted by:</b> {0}.").format(esc(data.rule_label)) if data.stages else
                translate("Reports", "<b>Rule:</b> {0}. <b>Percentages of:</b> {1} ({2}).").format(
                    esc(data.rule_label), esc(data.base_label), data.base_value)) + " "
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
    if q is None or (q.needed == 0 and not q.needed_at_opening):
        return []  # the meeting set no quorum: nothing was enforced, and a line of zeros says nothing
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
        if part is _votes_table and data.stages is not None:
            from ballotdesk.reports.stages import stages_story

            story += stages_story(data.stages, doc)
            continue
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
