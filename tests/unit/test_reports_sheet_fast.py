"""The result sheet's fast paths print exactly what the slow ones did (QR code, table cells, signer).

The sheet used to draw its QR code as a reportlab ``Drawing`` of one shape per run, lay out every
table cell as a Paragraph and read the signing key from disk for every signature. These tests pin
the faster replacements to the old behaviour: the same QR modules in the same place, cells that
render pixel for pixel like Paragraphs, and a cached signer that still notices a replaced key.
"""

from __future__ import annotations

import dataclasses
import io
import random

import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from ballotdesk.reports import signing
from ballotdesk.reports.base import FRAME_PADDING, MARGIN, TextLine, esc, register_fonts, stylesheet
from ballotdesk.reports.identity import SigningIdentity, ensure_identity
from ballotdesk.reports.model import OptionLine, sample_result_sheet
from ballotdesk.reports.result_sheet import build_result_sheet
from ballotdesk.reports.sheet_qr import QR_BORDER, QR_SIZE, qr_modules, qr_payload, qr_penalty, qr_runs
from ballotdesk.reports.signing import sign_pdf
from ballotdesk.reports.verification import Outcome, verify_pdf

FP = ":".join(["3F", "A0"] * 16)
SCALE = 4  # pixels per point when rendering


def _payloads() -> list[str]:
    seed = sample_result_sheet()
    odd = dataclasses.replace(seed, options=(OptionLine("Yes|No;Maybe=1 ŵŷ", 266, None), seed.options[1]),
                              winners=("Yes|No;Maybe=1 ŵŷ",))
    return [qr_payload(seed), qr_payload(odd), qr_payload(sample_result_sheet(20)), "x"]


def _widget_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The module matrix reportlab's QrCodeWidget (the sheet's former QR code) draws."""
    widget = QrCodeWidget(payload, barLevel="M", barBorder=4)
    widget.draw()
    return tuple(tuple(bool(m) for m in row) for row in widget.qr.modules)


def _render(pdf: bytes, page: int = 0) -> Image.Image:
    return pdfium.PdfDocument(pdf)[page].render(scale=SCALE, grayscale=True).to_pil()


@pytest.mark.parametrize("payload", _payloads())
def test_qr_matrix_is_the_one_reportlabs_widget_prints(payload: str) -> None:
    assert qr_modules(payload) == _widget_matrix(payload)


@pytest.mark.parametrize("length", [1, 7, 20, 45, 90, 150, 230, 330, 480, 700])
def test_qr_penalty_is_reportlabs_for_every_mask(length: int) -> None:
    """The mask is chosen by the same score reportlab gives each candidate, rule quirks and all."""
    from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel, QRUtil

    rng = random.Random(length)
    payload = "".join(rng.choice("BallotDesk|0123456789;=ŵŷ abc") for _ in range(length))
    qr = QRCode(None, QRErrorCorrectLevel.M)
    qr.addData(payload)
    qr.version = qr.calculate_version()
    for mask in range(8):
        qr.makeImpl(True, mask)
        assert qr_penalty(qr.modules) == QRUtil.getLostPoint(qr), (length, mask)
    assert qr_modules(payload) == _widget_matrix(payload)


def test_qr_runs_cover_exactly_the_dark_modules() -> None:
    matrix = qr_modules(qr_payload(sample_result_sheet(20)))
    rebuilt = [[False] * len(matrix) for _ in matrix]
    for r, c, count in qr_runs(matrix):
        assert count >= 1
        for i in range(c, c + count):
            assert not rebuilt[r][i], "runs overlap"
            rebuilt[r][i] = True
    assert tuple(tuple(row) for row in rebuilt) == matrix
    # Runs are maximal: a run never ends beside another dark module of its row.
    for r, c, count in qr_runs(matrix):
        assert c + count == len(matrix) or not matrix[r][c + count]


@pytest.mark.parametrize("candidates", [0, 20])
def test_printed_qr_reads_back_in_its_old_place(candidates: int) -> None:
    """Render the page and read each module's centre: the payload's matrix, where it always was."""
    data = sample_result_sheet(candidates)
    matrix = qr_modules(qr_payload(data))
    image = _render(build_result_sheet(data, cert_fingerprint=FP))
    page_w = image.width / SCALE
    # The heading table's right column starts the QR cell; the code sits at its top left.
    left = page_w - MARGIN - FRAME_PADDING - QR_SIZE - 2 * mm
    top = MARGIN + FRAME_PADDING
    box = QR_SIZE / (len(matrix) + 2 * QR_BORDER)
    crop = image.crop((int(left * SCALE), int(top * SCALE),
                       int((left + QR_SIZE) * SCALE) + 1, int((top + QR_SIZE) * SCALE) + 1))
    dark = crop.point(lambda v: 255 if v < 128 else 0).getbbox()
    assert dark is not None
    # The finder patterns put dark modules in the first and last row and column of the symbol.
    expected = (QR_BORDER * box, QR_BORDER * box, (QR_BORDER + len(matrix)) * box, (QR_BORDER + len(matrix)) * box)
    assert all(abs(got / SCALE - want) < 0.6 for got, want in zip(dark, expected, strict=True)), (dark, expected)
    read = tuple(
        tuple(crop.getpixel((int((QR_BORDER + c + 0.5) * box * SCALE), int((QR_BORDER + r + 0.5) * box * SCALE))) < 128
              for c in range(len(matrix)))
        for r in range(len(matrix)))
    assert read == matrix


def test_qr_is_one_path_on_the_page() -> None:
    """The code is one filled path, not a shape per run (hundreds of them) as it used to be."""
    import pypdfium2.raw as pdfium_c

    data = sample_result_sheet()
    runs = len(qr_runs(qr_modules(qr_payload(data))))
    page = pdfium.PdfDocument(build_result_sheet(data, cert_fingerprint=FP))[0]
    paths = [o for o in page.get_objects() if o.type == pdfium_c.FPDF_PAGEOBJ_PATH]
    assert runs > 300
    assert len(paths) < 100  # table rules and boxes; the QR code adds one


@pytest.mark.parametrize(("text", "style"), [
    ("266", "CellNum"), ("−12", "CellNumBold"), ("72.7%", "CellNum"), ("Main hall", "Cell"),
    ("Total", "CellBold"), ("Siân Ŵyn Llewellyn ✔", "CellBold"), ("Spoilt", "CellHeadNum"), ("Box", "CellHead"),
    ("Smith & Jones <b>Ward 3</b>", "Cell"),
])
def test_text_line_renders_like_a_paragraph(text: str, style: str) -> None:
    """Same size from ``wrap``, same glyphs in the same places as ``Paragraph(esc(text))``."""
    register_fonts()
    para = Paragraph(esc(text), stylesheet()[style])
    line = TextLine(text, style)
    width = 60 * mm
    assert line.wrap(width, 500) == para.wrap(width, 500)
    pages = []
    for flowable in (para, line):
        buf = io.BytesIO()
        canv = Canvas(buf, pagesize=(80 * mm, 20 * mm))
        flowable.drawOn(canv, 5 * mm, 5 * mm)
        canv.showPage()
        canv.save()
        pages.append(pdfium.PdfDocument(buf.getvalue())[0])
    texts = [page.get_textpage() for page in pages]
    assert texts[0].get_text_range() == texts[1].get_text_range() == text
    for i in range(len(text)):
        assert texts[0].get_charbox(i) == pytest.approx(texts[1].get_charbox(i), abs=0.01)
    images = [page.render(scale=SCALE, grayscale=True).to_pil() for page in pages]
    assert images[1].point(lambda v: 255 if v < 128 else 0).getbbox() is not None
    if not any(c in text for c in "&<>"):  # a Paragraph writes those as separate strings
        assert images[0].tobytes() == images[1].tobytes()


def test_text_line_that_does_not_fit_wraps_like_a_paragraph() -> None:
    text = "Overflow (outside) box in the church vestry"
    para = Paragraph(esc(text), stylesheet()["Cell"])
    line = TextLine(text, "Cell")
    assert line.wrap(20 * mm, 500) == para.wrap(20 * mm, 500)
    assert line.height > stylesheet()["Cell"].leading  # really wrapped onto more lines
    spaced = TextLine("two  spaces", "Cell")  # a Paragraph collapses them; so must the cell
    assert spaced.wrap(60 * mm, 500) == Paragraph("two  spaces", stylesheet()["Cell"]).wrap(60 * mm, 500)


def test_signer_is_read_once_and_reloaded_when_the_key_is_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    from pyhanko.sign import signers

    loads = []
    real_load = signers.SimpleSigner.load

    def counting_load(*args: object, **kwargs: object) -> object:
        loads.append(kwargs.get("key_file"))
        return real_load(*args, **kwargs)

    monkeypatch.setattr(signers.SimpleSigner, "load", counting_load)
    first = ensure_identity("Branch")
    pdf = build_result_sheet(sample_result_sheet(), cert_fingerprint=first.fingerprint)
    one, two = sign_pdf(pdf, first), sign_pdf(pdf, first)
    assert len(loads) == 1
    assert verify_pdf(one).fingerprint == verify_pdf(two).fingerprint == first.fingerprint

    # A new key and certificate at the same paths (restored from a backup, say) are used at once.
    first.key_path.unlink()
    first.cert_path.unlink()
    second = ensure_identity("Branch")
    assert (second.key_path, second.cert_path) == (first.key_path, first.cert_path)
    assert second.fingerprint != first.fingerprint
    result = verify_pdf(sign_pdf(pdf, second))
    assert len(loads) == 2
    # The new key signed it: the sheet still prints the first key's fingerprint, so it reads as forged.
    assert result.outcome is Outcome.FORGED and result.fingerprint == second.fingerprint


def test_reused_signature_space_gives_the_same_layout_and_a_valid_file() -> None:
    identity: SigningIdentity = ensure_identity("Branch")
    pdf = build_result_sheet(sample_result_sheet(), cert_fingerprint=identity.fingerprint)
    sized_by_pyhanko = sign_pdf(pdf, identity)
    reused = sign_pdf(pdf, identity)
    assert len(reused) == len(sized_by_pyhanko)
    assert verify_pdf(reused).intact

    # Should the remembered size ever be too small, the signature is sized afresh, not refused.
    cached = signing._signer_cache
    assert cached is not None and cached.reserved is not None
    cached.reserved = 64
    resized = sign_pdf(pdf, identity)
    assert verify_pdf(resized).intact
    assert cached.reserved is not None and cached.reserved > 64  # pyHanko's fresh estimate
