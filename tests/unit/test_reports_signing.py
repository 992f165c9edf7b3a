"""Signing identity, PAdES signatures and tamper detection."""

from __future__ import annotations

import datetime
import hashlib
import io
import os
import re
import stat
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from ballotdesk.paths import data_dir
from ballotdesk.reports.base import fmt_datetime
from ballotdesk.reports.identity import SigningIdentity, ensure_identity, export_certificate, load_identity
from ballotdesk.reports.model import sample_result_sheet
from ballotdesk.reports.result_sheet import build_result_sheet
from ballotdesk.reports.signing import sign_pdf
from ballotdesk.reports.verification import verify_pdf

ORG = "Llanelli Labour Party"


@pytest.fixture
def identity() -> SigningIdentity:
    return ensure_identity(ORG)


@pytest.fixture
def signed(identity: SigningIdentity) -> bytes:
    pdf = build_result_sheet(sample_result_sheet(), cert_fingerprint=identity.fingerprint)
    return sign_pdf(pdf, identity, location="St Elli's Church Hall")


def flip(pdf: bytes, offset: int, mask: int = 0x01) -> bytes:
    b = bytearray(pdf)
    b[offset] ^= mask
    return bytes(b)


def contents_span(pdf: bytes) -> tuple[int, int]:
    m = re.search(rb"/Contents <", pdf)
    assert m
    return m.end(), pdf.index(b">", m.end())


def test_identity_created_once_private_and_reused() -> None:
    assert load_identity() is None
    first = ensure_identity(ORG)
    folder = data_dir() / "signing"
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE(first.key_path.stat().st_mode) == 0o600
        assert stat.S_IMODE(first.cert_path.stat().st_mode) == 0o600
    again = ensure_identity("A Renamed Organisation")
    assert again.fingerprint == first.fingerprint
    assert again.organisation == ORG
    assert load_identity() == first


def test_certificate_names_and_validity(identity: SigningIdentity) -> None:
    cert = x509.load_pem_x509_certificate(identity.certificate_pem.encode())
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == ORG
    assert cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == ORG
    assert cert.issuer == cert.subject
    life = cert.not_valid_after_utc - cert.not_valid_before_utc
    assert datetime.timedelta(days=3650) <= life <= datetime.timedelta(days=3656)
    assert re.fullmatch(r"([0-9A-F]{2}:){31}[0-9A-F]{2}", identity.fingerprint)
    der = cert.public_bytes(encoding=__import__("cryptography.hazmat.primitives.serialization",
                                                fromlist=["Encoding"]).Encoding.DER)
    assert identity.fingerprint.replace(":", "").lower() == hashlib.sha256(der).hexdigest()


def test_export_certificate(identity: SigningIdentity, tmp_path: Path) -> None:
    dest = tmp_path / "llanelli.pem"
    export_certificate(dest)
    assert dest.read_text() == identity.certificate_pem
    export_certificate(tmp_path / "b.pem", identity)
    assert (tmp_path / "b.pem").read_text().startswith("-----BEGIN CERTIFICATE-----")


def test_export_without_identity_fails(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="No signing certificate has been created yet"):
        export_certificate(tmp_path / "x.pem")


def test_sign_and_verify_intact(identity: SigningIdentity, signed: bytes) -> None:
    result = verify_pdf(signed)
    assert result.intact and result.trusted, result.message
    assert result.signer == ORG
    assert result.fingerprint == identity.fingerprint
    assert result.signed_at is not None
    now = datetime.datetime.now(datetime.UTC)
    assert abs(now - result.signed_at) < datetime.timedelta(minutes=5)
    assert result.message == (
        f"Intact and trusted: signed by {ORG} on {fmt_datetime(result.signed_at.astimezone())} with this "
        "installation's certificate; the sheet has not been changed since."
    )
    # PAdES baseline: ETSI subfilter, and the unsigned sheet is a prefix of the signed file.
    assert b"/ETSI.CAdES.detached" in signed


def test_unsigned_and_not_a_pdf() -> None:
    unsigned = build_result_sheet(sample_result_sheet(), cert_fingerprint="x")
    result = verify_pdf(unsigned)
    assert not result.intact
    assert result.message == "Unsigned: this PDF carries no signature."
    result = verify_pdf(b"Name,Votes\r\nFor,266\r\n")
    assert not result.intact
    assert result.message.startswith("Not a PDF:")
    assert not verify_pdf(b"").intact


@pytest.mark.parametrize("where", ["first", "content", "middle", "byterange", "hex",
                                   "hex-end", "eof", "last"])
def test_single_byte_change_is_detected(signed: bytes, where: str) -> None:
    start, end = contents_span(signed)
    offsets = {
        "first": 0,
        "content": signed.index(b"stream") + 40,
        "middle": len(signed) // 2,
        "byterange": signed.index(b"/ByteRange") + 14,
        "hex": start + 120,
        "hex-end": end - 3,  # zero padding inside the signature's hex string
        "eof": signed.rindex(b"%%EOF") + 2,
        "last": len(signed) - 1,
    }
    result = verify_pdf(flip(signed, offsets[where]))
    assert not result.intact
    assert result.message.startswith(("Modified:", "Not a PDF:"))


def test_every_byte_sampled_across_the_file(signed: bytes) -> None:
    start, end = contents_span(signed)
    offsets = [*range(0, len(signed), max(1, len(signed) // 60)),
               *range(start, start + 120, 3), *range(end - 60, end + 2)]
    for offset in offsets:
        assert not verify_pdf(flip(signed, offset)).intact, offset


def test_hex_case_change_in_signature_is_detected(signed: bytes) -> None:
    start, end = contents_span(signed)
    hexpart = signed[start:end]
    pos = next(i for i, ch in enumerate(hexpart) if chr(ch) in "ABCDEF")
    result = verify_pdf(flip(signed, start + pos, 0x20))  # 'A' -> 'a': same bytes decoded
    assert not result.intact


def test_appended_incremental_update_is_detected(signed: bytes) -> None:
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    writer.root["/BallotDeskNote"] = generic.TextStringObject("For 300")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    result = verify_pdf(out.getvalue())
    assert not result.intact
    assert result.message.startswith("Modified: the sheet was changed after it was signed.")
    assert result.signer == ORG


def test_appended_bytes_and_truncation_are_detected(signed: bytes) -> None:
    assert not verify_pdf(signed + b"\n% note\n").intact
    assert not verify_pdf(signed[:-10]).intact
    assert not verify_pdf(signed[: len(signed) // 2]).intact


def test_other_installation_is_told_apart(identity: SigningIdentity, signed: bytes,
                                          monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    monkeypatch.setenv("BALLOTDESK_DATA_DIR", str(tmp_path / "other"))
    impostor = ensure_identity(ORG)
    assert impostor.fingerprint != identity.fingerprint
    pdf = build_result_sheet(sample_result_sheet(), cert_fingerprint=impostor.fingerprint)
    result = verify_pdf(sign_pdf(pdf, impostor))
    # Same name, so the verifier is intact, but the fingerprint differs from the real sheet; here (the impostor's
    # own installation) it is trusted, but back on the real one its identity is unknown.
    assert result.intact and result.signer == ORG
    assert result.fingerprint == impostor.fingerprint != identity.fingerprint
    assert verify_pdf(signed).fingerprint == identity.fingerprint
