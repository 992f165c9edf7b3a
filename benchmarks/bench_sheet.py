"""Figure 6: a signed result sheet from the meeting file, against a bare reportlab page plus pyHanko.

The ballot is run through the real services on a copy of the big-roll meeting (registrations,
papers issued, two matching teller entries, declaration with the chair's PIN), so the sheet's
turnout figures come from 100,000 members. The floor builds a one-page reportlab document with
a heading and a small table and signs it with pyHanko exactly as BallotDesk does (PAdES,
SHA-256, a self-signed ECDSA P-256 certificate, key and certificate loaded from PEM files).
The first call of each is reported apart: it loads fonts and, for the app, creates the key.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import time
from pathlib import Path
from typing import Any

from common import PIN, Row, Workspace, median, profile

TARGET_RATIO = 1.5
TARGET_SECONDS = 1.0
CANDIDATES = ("Catrin Howells", "Rhodri Pugh", "Adaeze Okafor-Jones")
INQUORATE = "a sample of the roll; the quorum applies at the start"


def declared_ballot(svc: Any, numbers: list[str]) -> int:
    """Register members, run an election through to a declaration; returns the ballot id."""
    from ballotdesk.domain.ballot import BallotSpec, Kind, Rule
    from ballotdesk.domain.count import CountFigures
    from ballotdesk.domain.errors import DomainError
    from ballotdesk.services import ballots as B
    from ballotdesk.services import counting, papers, results

    attendees = [r.attendee_id for n in numbers if (r := svc.register(n)).may_vote and r.attendee_id]
    spec = BallotSpec(title="Nomination for parliamentary candidate", question="Whom should the branch nominate?",
                      kind=Kind.ELECTION, options=CANDIDATES, rule=Rule.ABSOLUTE, elected_word="nominated")
    bid = B.create_ballot(svc, spec)
    # 60 of a large roll is below its 5% quorum: the chair goes ahead, as a chair may (with the PIN and a reason).
    B.open_ballot(svc, bid, inquorate=INQUORATE, pin=PIN)
    issued = 0
    for attendee in attendees:
        try:
            papers.issue_paper(svc, bid, attendee)
            issued += 1
        except DomainError:
            continue
    B.close_ballot(svc, bid)
    first = issued // 2 + 1
    rest = issued - first
    figures = CountFigures(issued, (first, rest // 2, rest - rest // 2))
    for teller in ("Ann Teller", "Bob Teller"):
        counting.enter_count(svc, bid, B.MAIN_HALL, teller, figures)
    results.declare(svc, bid, "Eleri Prydderch", pin=PIN, inquorate=INQUORATE)
    return bid


def make_key(folder: Path) -> tuple[Path, Path]:
    """A self-signed ECDSA P-256 key and certificate in PEM files, as BallotDesk makes its own."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Floor")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=365)).sign(key, hashes.SHA256()))
    key_path, cert_path = folder / "floor-key.pem", folder / "floor-cert.pem"
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key_path, cert_path


def bare_signed_page(key_path: Path, cert_path: Path) -> bytes:
    """One reportlab page (heading, a dozen lines of figures) signed by pyHanko: the floor."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setFont("Helvetica-Bold", 16)
    page.drawString(60, 780, "Result of the ballot")
    page.setFont("Helvetica", 10)
    for i, name in enumerate([*CANDIDATES, "Votes cast", "Abstentions", "Rejected", "Necessary", "Turnout"] * 2):
        page.drawString(60, 740 - 16 * i, name)
        page.drawRightString(500, 740 - 16 * i, str(100 + i))
    page.showPage()
    page.save()
    signer = signers.SimpleSigner.load(key_file=str(key_path), cert_file=str(cert_path))
    meta = signers.PdfSignatureMetadata(field_name="Signature", subfilter=fields.SigSeedSubFilter.PADES,
                                        md_algorithm="sha256")
    signed = signers.PdfSigner(meta, signer=signer).sign_pdf(IncrementalPdfFileWriter(io.BytesIO(out.getvalue())))
    return bytes(signed.getbuffer())


def run(ws: Workspace) -> list[Row]:
    """Median of several warm calls, alternating app and floor; the cold first calls noted."""
    try:
        from ballotdesk.reports.sheet_qr import qr_modules, qr_path
        from ballotdesk.services.documents import signed_result_sheet
        from ballotdesk.services.meeting import MeetingService
    except ImportError as error:
        return [Row.skip("Signed result sheet", f"the documents service cannot be imported ({error})")]
    repeats = 5 if ws.quick else 11

    def forget_codes() -> None:
        """Drop the QR code cached per payload, as for a result whose sheet has not been made yet."""
        qr_modules.cache_clear()
        qr_path.cache_clear()

    svc = MeetingService.open(ws.meeting_copy("sheet"))
    try:
        bid = declared_ballot(svc, random.Random(11).sample(ws.roll_numbers(), 60))
        key_path, cert_path = make_key(ws.dir)
        start = time.perf_counter()
        pdf = signed_result_sheet(svc, bid)
        app_cold = time.perf_counter() - start
        start = time.perf_counter()
        floor_pdf = bare_signed_page(key_path, cert_path)
        floor_cold = time.perf_counter() - start
        app_times, fresh_times, floor_times = [], [], []
        for _ in range(repeats):
            start = time.perf_counter()
            signed_result_sheet(svc, bid)
            app_times.append(time.perf_counter() - start)
            forget_codes()
            start = time.perf_counter()
            signed_result_sheet(svc, bid)
            fresh_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            bare_signed_page(key_path, cert_path)
            floor_times.append(time.perf_counter() - start)
        if ws.profile:
            profile("signed_result_sheet", lambda: signed_result_sheet(svc, bid))
    finally:
        svc.close()
    value, floor = median(app_times), median(floor_times)
    note = (f"warm median of {repeats}; first call {app_cold:.2f} s (floor {floor_cold:.2f} s); "
            f"{len(pdf) // 1024} KiB vs {len(floor_pdf) // 1024} KiB")
    fresh = median(fresh_times)
    return [Row("Signed result sheet", value, floor, "s", f"<= {TARGET_RATIO:g}x floor and < {TARGET_SECONDS:g} s",
                value <= TARGET_RATIO * floor and value < TARGET_SECONDS, note),
            Row("  (first sheet of a result: QR encoded afresh)", fresh, floor, "s", "", None,
                "the QR code is cached per result, so a preview, its save and a reprint encode it once; "
                "this row encodes it every time; information")]
