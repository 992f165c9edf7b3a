"""Printed documents from the meeting file: the signed result sheet, ballot papers, registers.

This module turns stored rows into the plain records of ``ballotdesk.reports.model`` and hands
them to the report builders, which never see the database. Results also export as CSV and JSON.

Printed documents are in the meeting's language (``meeting.language``), whatever the interface
speaks: the records are made and the PDF laid out inside ``words.using(...)`` with the translator
the GUI or CLI provides (``words.set_language_provider``). The ``*_job`` functions look the
language up on the calling thread and apply it again inside the call they return, because a
context variable does not follow the call onto the GUI's worker thread.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ballotdesk.domain import words
from ballotdesk.domain.ballot import MOTION_FOR, RULE_LABELS, Base, Kind, Rule, Status, option_label, shown_options
from ballotdesk.domain.count import label_text
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate
from ballotdesk.reports.model import (
    Amendment,
    AttendanceLine,
    BoxLine,
    DisputeLine,
    MeetingInfo,
    OptionLine,
    PapersData,
    QuorumLine,
    ResultSheetData,
    RosterLine,
    RoundLine,
    Turnout,
)
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, results
from ballotdesk.services.quorum import QuorumRecord

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService


_BASE_SHORT = {
    Base.CAST: QT_TRANSLATE_NOOP("Reports", "votes cast"),
    Base.CAST_REJECTED: QT_TRANSLATE_NOOP("Reports", "votes cast and rejected papers"),
    Base.CAST_ABSTAIN: QT_TRANSLATE_NOOP("Reports", "votes cast and abstentions"),
    Base.PAPERS: QT_TRANSLATE_NOOP("Reports", "all papers found"),
    Base.PRESENT: QT_TRANSLATE_NOOP("Reports", "eligible members present"),
}

Words = tuple[words.Translator | None, words.DateFormatter | None]


def meeting_language(svc: MeetingService) -> str:
    """The language the meeting's documents are printed in ("en" unless the chair chose another)."""
    code = str(svc.details().get("language") or words.SOURCE_LANGUAGE)
    return code if code in words.DOCUMENT_LANGUAGES else words.SOURCE_LANGUAGE


def document_words(svc: MeetingService) -> Words:
    """The translator and date formatter of the meeting's language, for ``words.using`` (now, this thread)."""
    return words.language_words(meeting_language(svc))


def _in_language(found: Words, build: Callable[[], bytes]) -> Callable[[], bytes]:
    """``build`` made to run in the document language on whatever thread calls it.

    A text too long for a page (a name of thousands of characters from a broken export) makes
    reportlab give up half-way; that is said in words, as a refusal, not as a crash.
    """

    def run() -> bytes:
        from reportlab.platypus.doctemplate import LayoutError

        with words.using(*found):
            try:
                return build()
            except LayoutError:
                raise DomainError(translate(
                    "Documents", "The document could not be laid out: a name or text in it is too long to fit "
                    "on a page. Correct it (a member on the Roll page, a ballot on the Ballots page) and make "
                    "the document again.")) from None

    return run


def _stamp(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text).replace(tzinfo=None) if text else None


def meeting_info(svc: MeetingService, page_size: str = "A4") -> MeetingInfo:
    """The heading every document carries."""
    row = svc.details()
    date = dt.date.fromisoformat(row["date"])
    if page_size.lower() == "letter":
        return MeetingInfo(row["organisation"], row["title"], row["venue"], date, "Letter")
    return MeetingInfo(row["organisation"], row["title"], row["venue"], date, "A4")


def _lot_text(lot: dict[str, Any] | None) -> str:
    if not lot:
        return ""
    lots = lot.get("all", [lot])
    parts = []
    for item in lots:
        how = (translate("Reports", "drawn by BallotDesk with a cryptographic random source") if item["method"] == "app"
               else translate("Reports", "drawn by hand in the hall and recorded by the chair"))
        note = f" ({item['note']})" if item.get("note") else ""
        parts.append(translate(
            "Reports", "An equality of votes between {0} was settled by lot, {1}: the lot favoured {2}{3}."
        ).format(", ".join(item["among"]), how, item["chosen"], note))
    return " ".join(parts)


def _change_lines(amendment: dict[str, Any], options: list[str]) -> tuple[str, ...]:
    before, after = amendment.get("from") or {}, amendment["to"]
    box = amendment["box"]
    lines = []
    labels = [("papers", translate("Reports", "papers found")),
              ("abstain", translate("Reports", "abstentions and blank")),
              ("rejected", translate("Reports", "rejected"))]
    for key, label in labels:
        if before.get(key) != after.get(key):
            lines.append(f"{box}: {label} {before.get(key, '–')} → {after.get(key)}")
    for i, name in enumerate(options):
        old = (before.get("votes") or [None] * len(options))[i]
        new = after["votes"][i]
        if old != new:
            lines.append(f"{box}: {name} {'–' if old is None else old} → {new}")
    return tuple(lines)


def _round_title(title: str, ballot_title: str) -> str:
    """A round's own title for the rounds table, or "" when it is only the ballot's title again.

    Later rounds are titled "<ballot title> (round N)"; the table already heads each column
    "Round N" and the sheet's heading names the ballot, so repeating it in a narrow column adds
    nothing but a tall, broken header.
    """
    return "" if B.base_title(title) == B.base_title(ballot_title) else title


def audit_digest_for(svc: MeetingService, ballot_id: int) -> str:
    """The hash of the audit event that declared (or last amended) the ballot.

    Printed on the sheet, it ties the paper to one link of the meeting's audit chain: anyone with
    the file can run ``ballotdesk verify`` and find that event.
    """
    for event in svc.store.events():
        if event["action"] in ("ballot.declare", "ballot.amend") and json.loads(event["details"]).get(
                "ballot_id") == ballot_id:
            return str(event["hash"])
    raise DomainError(translate("Documents", "Ballot {0} has not been declared.").format(ballot_id))


def result_sheet_data(svc: MeetingService, ballot_id: int, page_size: str = "A4") -> ResultSheetData:
    """Everything the result sheet prints, from the declared result (refuses undeclared ballots)."""
    row = B.ballot_row(svc, ballot_id)
    if Status(row["status"]) is not Status.DECLARED:
        raise DomainError(translate("Documents", "Ballot {0} is {1}, not declared; a result sheet is printed only "
                                        "for a declared result.").format(ballot_id, row["status"]))
    doc = results.result_json(svc, ballot_id)
    options = doc["options_order"]
    # Every box with final figures: definitive, or blocked (an amendment found more papers than issued).
    counted = {b["name"]: b for b in doc["boxes"] if b["found"] is not None}
    names = {b["id"]: b["name"] for b in svc.store.boxes()}
    counts = {names[bid]: counting.figures_of(r["figures"]) for bid, r in svc.store.box_counts(ballot_id).items()}
    boxes = tuple(
        BoxLine(name, b["issued"], b["found"], b["spoilt"], b["variance"], b["explanation"],
                counts[name].rejected, counts[name].abstain, counts[name].valid, counts[name].votes,
                blocked=b.get("state") == "blocked")
        for name, b in counted.items()
    )
    rounds: tuple[RoundLine, ...] = ()
    chain = B.rounds(svc, ballot_id)
    if len(chain) > 1:
        lines = []
        for r in chain:
            if r["id"] == ballot_id or Status(r["status"]) in (Status.COUNTED, Status.DECLARED):
                result = results.result_json(svc, r["id"])
                votes = tuple((o["name"], o["votes"]) for o in result["options"])
                lines.append(RoundLine(r["round"], _round_title(r["title"], row["title"]), votes,
                                       tuple(result.get("eliminated", []))))
        rounds = tuple(lines)
    turnout = doc.get("turnout") or {}
    data = ResultSheetData(
        meeting=meeting_info(svc, page_size),
        ballot_id=ballot_id,
        ballot_title=row["title"],
        question=row["question"],
        rule_label=translate("Domain", RULE_LABELS[Rule(row["rule"])]),
        base_label=translate("Reports", _BASE_SHORT[Base(row["base"])]),
        seats=row["seats"],
        election=row["kind"] == Kind.ELECTION,
        boxes=boxes,
        options=tuple(OptionLine(option_label(row["kind"], o["name"]), o["votes"], o["percent"])
                      for o in doc["options"]),
        abstentions=doc["abstentions"],
        rejected=doc["rejected"],
        votes_cast=doc["votes_cast"],
        papers=doc["papers"],
        base_value=doc["base_value"],
        necessary=doc["necessary"],
        outcome=results.shown_outcome(svc, doc),
        winners=tuple(option_label(row["kind"], w) for w in doc["winners"])
        or ((option_label(row["kind"], MOTION_FOR),) if doc.get("carried") else ()),
        lot_text=_lot_text(doc.get("lot")),
        rounds=rounds,
        turnout=Turnout(turnout.get("on_roll", 0), turnout.get("eligible", 0), turnout.get("registered", 0),
                        turnout.get("eligible_present", 0)),
        amendments=tuple(Amendment(_stamp(a["at"]) or dt.datetime.now(), a["reason"], _change_lines(a, options))
                         for a in doc.get("amendments", [])),
        chair=doc.get("declared_by", ""),
        tellers=tuple(doc.get("tellers", [])),
        declared_at=_stamp(doc.get("declared_at")) or dt.datetime.now(),
        audit_digest=audit_digest_for(svc, ballot_id),
        record_events=svc.store.audit_head()[0],
        record_head=svc.store.audit_head()[1],
        record_key=svc.store.record_key.key_id,
        quorum=_quorum_line(doc.get("quorum")),
        disputes=tuple(_dispute_line(d) for d in doc.get("disputes", [])),
    )
    return _preferential_sheet(data, doc)


def _preferential_sheet(data: ResultSheetData, doc: dict[str, Any]) -> ResultSheetData:
    """A preferential count's stage table and rules on the sheet (unchanged for a ballot counted by votes)."""
    if "stages" not in doc:
        return data
    import dataclasses

    from ballotdesk.domain.preferential.table import stage_table
    from ballotdesk.services.ranked import lot_words, method_rules_label

    return dataclasses.replace(data, stages=stage_table(doc), rule_label=method_rules_label(doc.get("rules", "")),
                               necessary=None, lot_text=" ".join(lot_words(lot) for lot in doc.get("count_lots", [])))


def _quorum_line(data: dict[str, Any] | None) -> QuorumLine | None:
    """The quorum as the sheet prints it; None for a result declared before quorums were recorded."""
    declared = QuorumRecord.from_json((data or {}).get("at_declaration"))
    if declared is None:
        return None
    opened = QuorumRecord.from_json((data or {}).get("at_opening"))
    return QuorumLine(declared.rule_words(), declared.needed, declared.present,
                      opened.present if opened else None, opened.needed if opened else None,
                      opened.override if opened else "", declared.override)


def _dispute_line(data: dict[str, Any]) -> DisputeLine:
    """A chair's decision on differing entries, in the document's language (figure labels included)."""
    decision = (translate("Reports", "Entry by {0} accepted").format(data["accepted"]) if data["decision"] == "accept"
                else translate("Reports", "Recount ordered"))
    first, second = data["tellers"]
    return DisputeLine(data["box"], (first, second),
                       tuple((label_text(d["label"]), d["first"], d["second"]) for d in data["differing"]),
                       decision, data["reason"])


def signed_result_sheet_job(svc: MeetingService, ballot_id: int, page_size: str = "A4",
                            cert_password: str | None = None) -> Callable[[], bytes]:
    """Read the declared result now; return a call that builds and signs the sheet later.

    The returned call touches no database (SQLite connections stay on their own thread), so the
    GUI runs it on a worker thread, where pyHanko may run its own asyncio loop and a slow build
    never freezes the window. Refuses undeclared ballots at once, before any work is queued, and
    a missing password for an imported organisation certificate too (the chair's PIN is never
    asked: printing a declared result changes nothing).

    Args:
        svc: The open meeting.
        ballot_id: A declared ballot.
        page_size: "A4" or "Letter".
        cert_password: The organisation certificate's own password, when one is imported
            (``identity.organisation_certificate``); unused otherwise.
    """
    from ballotdesk.reports.identity import SigningError, signing_identity
    from ballotdesk.reports.result_sheet import build_result_sheet
    from ballotdesk.reports.signing import sign_pdf

    found = document_words(svc)
    with words.using(*found):
        data = result_sheet_data(svc, ballot_id, page_size)
    identity = signing_identity(data.meeting.organisation or "BallotDesk")
    if identity.p12 and not cert_password:
        raise SigningError(translate(
            "Documents", "Sheets here are signed with the certificate of {0}; its password is needed to sign "
            "(the certificate's own password, not the chair's PIN).").format(identity.organisation))

    def build() -> bytes:
        pdf = build_result_sheet(data, cert_fingerprint=identity.fingerprint)
        reason = translate("Documents", "Result of ballot {0} declared").format(ballot_id)
        return sign_pdf(pdf, identity, reason=reason, location=data.meeting.venue, password=cert_password)

    return _in_language(found, build)


def signed_result_sheet(svc: MeetingService, ballot_id: int, page_size: str = "A4",
                        cert_password: str | None = None) -> bytes:
    """The declared result sheet, signed (PAdES) with the organisation certificate or this installation's key."""
    return signed_result_sheet_job(svc, ballot_id, page_size, cert_password)()


def ballot_papers_job(svc: MeetingService, ballot_id: int, box: str | None, count: int, first_serial: int = 1,
                      serial_prefix: str = "") -> Callable[[], bytes]:
    """Check and read now; return a call that lays out the papers later (any thread, no database)."""
    from ballotdesk.reports.papers import build_ballot_papers

    if not 1 <= count <= 5000:
        raise DomainError(translate("Documents", "Print between 1 and 5,000 papers at a time."))
    if first_serial < 0:
        raise DomainError(translate("Documents", "The first serial number cannot be negative."))
    row = B.ballot_row(svc, ballot_id)
    _, box_name = B.box_id(svc, box)
    spec = B.spec_of(row)
    found = document_words(svc)
    with words.using(*found):  # a motion's For/Against in the meeting's language
        options = shown_options(spec)
    data = PapersData(meeting_info(svc), row["title"], row["question"], options, spec.seats, box_name.upper())
    return _in_language(found, lambda: build_ballot_papers(data, count=count, first_serial=first_serial,
                                                                         serial_prefix=serial_prefix))


def ballot_papers(svc: MeetingService, ballot_id: int, box: str | None, count: int, first_serial: int = 1,
                  serial_prefix: str = "") -> bytes:
    """Numbered ballot papers for one box, with the box label printed large."""
    return ballot_papers_job(svc, ballot_id, box, count, first_serial, serial_prefix)()


def attendance_lines(svc: MeetingService) -> list[AttendanceLine]:
    """The attendance register's rows."""
    return [AttendanceLine(a.number, a.name, _stamp(a.registered_at), a.may_vote, a.reason, _stamp(a.departed_at),
                           a.kind) for a in svc.attendees()]


def register_pdf_job(svc: MeetingService) -> Callable[[], bytes]:
    """Read the attendees now; return a call that lays out the register later (any thread)."""
    from ballotdesk.reports.attendance import build_register_pdf

    info, lines = meeting_info(svc), attendance_lines(svc)
    return _in_language(document_words(svc), lambda: build_register_pdf(info, lines))


def register_pdf(svc: MeetingService) -> bytes:
    """The attendance register as a PDF."""
    return register_pdf_job(svc)()


def signin_sheet_job(svc: MeetingService) -> Callable[[], bytes]:
    """Read the roll now; return a call that lays out the blank sign-in sheet later (any thread)."""
    from ballotdesk.reports.attendance import build_signin_sheet

    roster = [RosterLine(m["number"], f"{m['last_name']}, {m['first_name']}".strip(", "), m["ward"],
                         svc.eligibility_of(m).may_vote) for m in svc.store.roll_in_order()]
    info = meeting_info(svc)
    return _in_language(document_words(svc), lambda: build_signin_sheet(info, roster))


def signin_sheet(svc: MeetingService) -> bytes:
    """A blank sign-in sheet of the roll, sorted by surname, for printing before the meeting."""
    return signin_sheet_job(svc)()


def attendance_csv(svc: MeetingService, out: Path) -> None:
    """The attendance register as CSV, safe to open in Excel."""
    from ballotdesk.reports.attendance import write_attendance_csv

    buffer = io.StringIO()
    write_attendance_csv(attendance_lines(svc), buffer)
    _write_text(out, buffer.getvalue())


def result_csv(svc: MeetingService, ballot_id: int, out: Path) -> None:
    """Per-box and total votes as CSV, safe to open in Excel."""
    from ballotdesk.reports.csvsafe import write_csv

    with words.using(*document_words(svc)):  # labels and outcome in the meeting's language, like the sheet
        doc = results.result_json(svc, ballot_id)
        boxes = [b["name"] for b in doc["boxes"] if b["found"] is not None]  # the boxes in the totals
        gap = [""] * len(boxes)
        rows: list[list[object]] = [[translate("Documents", "Option"), *boxes, translate("Documents", "Total"),
                                     translate("Documents", "Percent")]]
        for o in doc["options"]:
            rows.append([o["name"], *(o["per_box"].get(b, 0) for b in boxes), o["votes"],
                         "" if o["percent"] is None else o["percent"]])
        necessary = "" if doc["necessary"] is None else doc["necessary"]
        rows += [[translate("Documents", "Abstentions and blank papers"), *gap, doc["abstentions"], ""],
                 [translate("Documents", "Rejected papers"), *gap, doc["rejected"], ""],
                 [translate("Documents", "Votes cast"), *gap, doc["votes_cast"], ""],
                 [translate("Documents", "Number necessary"), *gap, necessary, ""],
                 [translate("Documents", "Outcome"), results.shown_outcome(svc, doc)]]
    buffer = io.StringIO()
    write_csv(rows, buffer)
    _write_text(out, buffer.getvalue())


def result_json_file(svc: MeetingService, ballot_id: int, out: Path) -> None:
    """The result document as JSON."""
    _write_text(out, json.dumps(results.result_json(svc, ballot_id), ensure_ascii=False, indent=2) + "\n")


def write_bytes(out: Path, data: bytes) -> None:
    """Write a document whole or not at all (temp file, then rename)."""
    out = Path(out)
    tmp = out.with_name(out.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(out)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise DomainError(translate("Documents", "{0} could not be written to {1}: {2}.").format(
            out.name, out.parent, error.strerror)) from None


def _write_text(out: Path, text: str) -> None:
    write_bytes(out, text.encode("utf-8"))


def sheet_record_head(pdf: Path) -> str:
    """The record head printed on a result sheet (its footer), for ``verify FILE --sheet SHEET.pdf``.

    Raises:
        DomainError: the file is not a result sheet that carries a record head.
    """
    import re

    import pypdfium2 as pdfium

    from ballotdesk.domain.files import read_regular

    try:  # a regular file only, read with a limit: PDFium would wait for ever on a FIFO
        document = pdfium.PdfDocument(read_regular(Path(pdf), 200 * 1024 * 1024, QT_TRANSLATE_NOOP("Files", "PDF")))
    except (pdfium.PdfiumError, OSError):
        raise DomainError(translate("Documents", "{0} is not a PDF that can be read.").format(pdf.name)) from None
    try:
        text = " ".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()
    # The words around it are in the sheet's language; the head, its count and the key id are not.
    found = re.search(r"([0-9a-f]{64})\D{1,40}\d[\d,]*\D{1,40}[0-9A-F]{4}(?:-[0-9A-F]{4}){4}", text)
    if not found:
        raise DomainError(translate("Documents", "{0} carries no record head: it is not a result sheet printed by "
                                    "this version of BallotDesk.").format(pdf.name))
    return found.group(1)
