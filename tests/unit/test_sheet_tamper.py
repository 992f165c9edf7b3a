"""A forger's attempts on a signed result sheet: none is ever reported as trusted.

Each case is something a hostile tester did or would do with the genuine sheet in hand: strip the
signature, overlay "Bob is elected", re-sign with a new self-signed key called "BallotDesk" (or
with the chair's name, or with a certificate from a look-alike authority), and combinations. Each
is checked by ``verify_pdf`` and by ``ballotdesk verify`` (exit code, one line, nothing on stderr),
both on the installation that signed the genuine sheet and on a stranger's holding only the
organisation's root (``--trust``) or its published fingerprint (``--fingerprint``).
"""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.stamp import TextStamp, TextStampStyle

from ballotdesk.__main__ import main
from ballotdesk.reports.authority import init_authority, issue_certificate
from ballotdesk.reports.identity import import_organisation_certificate, signing_identity
from ballotdesk.reports.model import sample_result_sheet
from ballotdesk.reports.result_sheet import build_result_sheet
from ballotdesk.reports.signing import sign_pdf
from ballotdesk.reports.verification import Outcome, verify_pdf

CA_PASSWORD = "authority-secret"
CHAIR_PASSWORD = "chair-secret-1"


@dataclass(frozen=True)
class Genuine:
    """The genuine sheet, and what a checker elsewhere is given to trust."""

    unsigned: bytes
    signed: bytes
    fingerprint: str
    root: Path


def _self_signed(common_name: str, *, ca: bool = False) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    return key, cert


def _issued_by(issuer_key: ec.EllipticCurvePrivateKey, issuer: x509.Certificate,
               common_name: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]))
            .issuer_name(issuer.subject).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .sign(issuer_key, hashes.SHA256()))
    return key, cert


def _fingerprint(cert: x509.Certificate) -> str:
    digest = cert.fingerprint(hashes.SHA256()).hex().upper()
    return ":".join(digest[i : i + 2] for i in range(0, 64, 2))


def _sign_with(pdf: bytes, key: ec.EllipticCurvePrivateKey, cert: x509.Certificate,
               chain: list[x509.Certificate] | None = None, field: str = "BallotDeskSignature") -> bytes:
    """Sign as BallotDesk would (PAdES, same field), but with the forger's key."""
    p12 = pkcs12.serialize_key_and_certificates(b"forger", key, cert, chain or None,
                                                serialization.NoEncryption())
    signer = signers.SimpleSigner.load_pkcs12_data(p12, [], passphrase=None)
    meta = signers.PdfSignatureMetadata(field_name=field, subfilter=fields.SigSeedSubFilter.PADES,
                                        md_algorithm="sha256", reason="Result sheet declared")
    return signers.PdfSigner(meta, signer=signer).sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf))).getvalue()


def _overlay(pdf: bytes, text: str, *, page: int = 0, x: int = 60, y: int = 520) -> bytes:
    """Stamp ``text`` on a page as an incremental update (what an editor's "add text" does)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    TextStamp(writer, TextStampStyle(stamp_text=text, border_width=0)).apply(page, x, y)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture
def genuine(tmp_path: Path) -> Genuine:
    """A sheet signed with Mary Jones's organisation certificate, issued by the branch's own authority."""
    authority = init_authority(tmp_path / "ca", "Llanelli CLP", CA_PASSWORD)
    issue_certificate(tmp_path / "ca", "Mary Jones", tmp_path / "chair.p12", password=CA_PASSWORD,
                      cert_password=CHAIR_PASSWORD)
    import_organisation_certificate(tmp_path / "chair.p12", CHAIR_PASSWORD)
    identity = signing_identity("Llanelli CLP")
    unsigned = build_result_sheet(sample_result_sheet(), cert_fingerprint=identity.fingerprint)
    signed = sign_pdf(unsigned, identity, password=CHAIR_PASSWORD)
    assert signed.startswith(unsigned)  # PAdES: the signature is an incremental update
    return Genuine(unsigned, signed, identity.fingerprint, authority.root_path)


def _stranger(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Check as a branch officer would: another computer, with none of the signer's certificates."""
    monkeypatch.setenv("BALLOTDESK_DATA_DIR", str(tmp_path / "stranger"))


def _forger_key_ballotdesk(g: Genuine) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    return _self_signed("BallotDesk")


def case_stripped(g: Genuine) -> bytes:
    """The signature removed: the revision before it (the unsigned sheet) handed round as the sheet."""
    return g.signed[: len(g.unsigned)]


def case_contents_zeroed(g: Genuine) -> bytes:
    """The signature's value blanked in place."""
    return re.sub(rb"/Contents <([0-9A-Fa-f]+)>", lambda m: b"/Contents <" + b"0" * len(m.group(1)) + b">",
                  g.signed, count=1)


def case_overlay_after_signing(g: Genuine) -> bytes:
    """'Bob is elected' stamped on the signed sheet (an incremental update after the signature)."""
    return _overlay(g.signed, "Bob is elected")


def case_resigned_ballotdesk(g: Genuine) -> bytes:
    """Signature stripped and the genuine page re-signed with a new self-signed key called 'BallotDesk'."""
    return _sign_with(g.unsigned, *_forger_key_ballotdesk(g))


def case_resigned_as_chair(g: Genuine) -> bytes:
    """Re-signed with a self-signed key that carries the chair's own name."""
    return _sign_with(g.unsigned, *_self_signed("Mary Jones"))


def case_overlay_resigned(g: Genuine) -> bytes:
    """Stripped, 'Bob is elected' stamped, then re-signed with a new 'BallotDesk' key."""
    return _sign_with(_overlay(g.unsigned, "Bob is elected"), *_forger_key_ballotdesk(g))


def case_overlay_own_fingerprint_resigned(g: Genuine) -> bytes:
    """Stripped, the forger's fingerprint stamped over the footer and 'Bob is elected' added, re-signed."""
    key, cert = _forger_key_ballotdesk(g)
    pdf = g.unsigned
    for page in range(len(pdfium.PdfDocument(pdf))):
        pdf = _overlay(pdf, f"Certificate: {_fingerprint(cert)}", page=page, x=40, y=20)
    return _sign_with(_overlay(pdf, "Bob is elected"), key, cert)


def case_lookalike_authority(g: Genuine) -> bytes:
    """Stripped and re-signed by 'Mary Jones' from a forged authority that copies the real one's name."""
    ca_key, ca_cert = _self_signed("Llanelli CLP", ca=True)
    key, cert = _issued_by(ca_key, ca_cert, "Mary Jones")
    return _sign_with(g.unsigned, key, cert, [ca_cert])


def case_lookalike_authority_regenerated(g: Genuine) -> bytes:
    """A new sheet printing its own fingerprint, signed by 'Mary Jones' of a look-alike 'Llanelli CLP' authority.

    The printed fingerprint matches, so only path validation to the real root can refuse it.
    """
    ca_key, ca_cert = _self_signed("Llanelli CLP", ca=True)
    key, cert = _issued_by(ca_key, ca_cert, "Mary Jones")
    pdf = build_result_sheet(sample_result_sheet(), cert_fingerprint=_fingerprint(cert))
    return _sign_with(_overlay(pdf, "Bob is elected"), key, cert, [ca_cert])


def case_regenerated_own_fingerprint(g: Genuine) -> bytes:
    """A whole new sheet ('Bob is elected' in the figures) printing and signed with the forger's key."""
    key, cert = _self_signed("BallotDesk")
    data = sample_result_sheet()
    pdf = build_result_sheet(data, cert_fingerprint=_fingerprint(cert))
    return _sign_with(_overlay(pdf, "Bob is elected"), key, cert)


def case_second_signature(g: Genuine) -> bytes:
    """The genuine signed sheet, overlaid and signed again on top by the forger (two signatures)."""
    return _sign_with(_overlay(g.signed, "Bob is elected"), *_self_signed("Llanelli CLP"), field="Approval")


CASES: dict[str, tuple[Callable[[Genuine], bytes], set[Outcome]]] = {
    "stripped": (case_stripped, {Outcome.UNSIGNED}),
    "contents_zeroed": (case_contents_zeroed, {Outcome.MODIFIED}),
    "overlay_after_signing": (case_overlay_after_signing, {Outcome.MODIFIED}),
    "resigned_ballotdesk": (case_resigned_ballotdesk, {Outcome.FORGED}),
    "resigned_as_chair": (case_resigned_as_chair, {Outcome.FORGED}),
    "overlay_resigned": (case_overlay_resigned, {Outcome.FORGED}),
    "overlay_own_fingerprint_resigned": (case_overlay_own_fingerprint_resigned, {Outcome.FORGED}),
    "lookalike_authority": (case_lookalike_authority, {Outcome.FORGED}),
    "lookalike_authority_regenerated": (case_lookalike_authority_regenerated, {Outcome.UNKNOWN}),
    "regenerated_own_fingerprint": (case_regenerated_own_fingerprint, {Outcome.UNKNOWN}),
    "second_signature": (case_second_signature, {Outcome.MODIFIED}),
}
"""Each forgery and the verdicts it may get; none of them is ``TRUSTED``."""

CHECKERS = ("signer's installation", "stranger with --trust root", "stranger with --fingerprint")


def _check(pdf: bytes, checker: str, g: Genuine) -> Outcome:
    root = g.root.read_bytes()
    if checker == "signer's installation":
        return verify_pdf(pdf).outcome
    from ballotdesk.reports.verification import load_certificates

    if checker == "stranger with --trust root":
        return verify_pdf(pdf, trust=load_certificates(root, "root"), installation=False).outcome
    return verify_pdf(pdf, fingerprints=[g.fingerprint], installation=False).outcome


def test_the_genuine_sheet_is_trusted_by_every_checker(genuine: Genuine) -> None:
    outcomes = {checker: _check(genuine.signed, checker, genuine) for checker in CHECKERS}
    assert outcomes == dict.fromkeys(CHECKERS, Outcome.TRUSTED)
    assert verify_pdf(genuine.signed, installation=False).outcome is Outcome.UNKNOWN  # nothing to trust it by


@pytest.mark.parametrize("case", list(CASES))
def test_no_forgery_is_ever_trusted(genuine: Genuine, case: str) -> None:
    make, expected = CASES[case]
    forged = make(genuine)
    outcomes = {checker: _check(forged, checker, genuine) for checker in CHECKERS}
    assert Outcome.TRUSTED not in outcomes.values(), (case, outcomes)
    assert set(outcomes.values()) <= expected, (case, outcomes)


def _cli(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_verify_command_exit_codes_and_one_quiet_verdict(genuine: Genuine, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """On a stranger's computer: trusted by the root (0), unknown (3), forged or modified (1); stderr stays empty."""
    _stranger(monkeypatch, tmp_path)
    sheet = tmp_path / "sheet.pdf"
    sheet.write_bytes(genuine.signed)
    code, out, err = _cli(capsys, "verify", sheet, "--trust", genuine.root)
    assert (code, err) == (0, "")
    assert out.startswith("Intact and trusted: signed by Mary Jones on ")
    assert "with a certificate issued by Llanelli CLP, which you trust" in out
    code, out, err = _cli(capsys, "verify", sheet)
    assert (code, err) == (3, "")
    assert out.startswith("Intact, but identity unknown: compare the fingerprint with the one your organisation "
                          "published.")
    assert f"Certificate fingerprint: {genuine.fingerprint}" in out
    tried = detected = 0
    for case, (make, _expected) in CASES.items():
        path = tmp_path / f"{case}.pdf"
        path.write_bytes(make(genuine))
        for extra in (["--trust", genuine.root], ["--fingerprint", genuine.fingerprint.lower()], []):
            code, out, err = _cli(capsys, "verify", path, *extra, "--json")
            tried += 1
            detected += code != 0
            assert code in (1, 3) and err == "", (case, extra, code, err)
    assert detected == tried == 3 * len(CASES) == 33


def test_forged_verdict_names_the_page_and_json_fields(genuine: Genuine, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    import json

    path = tmp_path / "forged.pdf"
    path.write_bytes(case_resigned_ballotdesk(genuine))
    code, out, err = _cli(capsys, "verify", path, "--json")
    data = json.loads(out)
    assert (code, err) == (1, "")
    assert data["outcome"] == "forged" and data["intact"] is False and data["trusted"] is False
    assert data["signer"] == "BallotDesk" and data["fingerprint"] != genuine.fingerprint
    assert data["message"].startswith("Forged: the sheet is signed by 'BallotDesk'")
    assert "page 1 prints the fingerprint of another certificate" in data["message"]
    assert set(data) >= {"intact", "message", "signer", "fingerprint", "this_installation"}
