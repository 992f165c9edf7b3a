"""PAdES signatures on result sheets, with a self-signed certificate per installation.

Why sign at all: a result sheet is e-mailed round after the meeting, and the question later is
always "is this the sheet the chair declared?". A PAdES signature answers that offline, in any
PDF reader, without a certificate authority. The certificate is self-signed, so the signature
proves *integrity* and *which installation signed*, not identity in the legal sense; to tie a
file to the organisation, compare the certificate fingerprint printed in each page's footer (and
in the exported certificate) with the one the verifier reports.

Fingerprint format: SHA-256 of the DER certificate as upper-case hex pairs separated by colons
(``"3F:A0:…"``, 95 characters), the form ``openssl x509 -fingerprint -sha256`` prints, so anyone
can check it with standard tools.

Key storage: ``data_dir()/signing/key.pem`` (PKCS#8, unencrypted, mode 0600) and ``cert.pem``
(mode 0600) in a folder of mode 0700. The key is created on first use and reused thereafter,
even if the organisation is later renamed: fingerprints already printed on sheets must stay
valid. ``sign_pdf`` reads the key once per process and again only when either file changes
(a restored backup, a re-created identity), so signing a sheet costs one signature, not a
parse of the PEM files as well.

pyHanko runs its signing and validation on ``asyncio.run``; call these functions from a worker
thread, never from inside a running event loop.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ballotdesk.paths import data_dir

if TYPE_CHECKING:
    from cryptography import x509 as cx509
from ballotdesk.domain.words import translate
from ballotdesk.reports.text import fmt_datetime

KEY_FILE = "key.pem"
CERT_FILE = "cert.pem"
VALID_DAYS = 3653  # ten years, leap days included
FIELD_NAME = "BallotDeskSignature"
_HEX_GAP = re.compile(rb"<([0-9A-F]*)>")
_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")


@dataclass(frozen=True)
class SigningIdentity:
    """The installation's signing key and certificate.

    Attributes:
        organisation: Common name in the certificate.
        fingerprint: SHA-256 of the DER certificate, "AB:CD:…" (see module doc).
        certificate_pem: The certificate, PEM text, safe to share.
        key_path: Where the private key is kept.
        cert_path: Where the certificate is kept.
    """

    organisation: str
    fingerprint: str
    certificate_pem: str
    key_path: Path = field(repr=False)
    cert_path: Path = field(repr=False)


@dataclass(frozen=True)
class Verification:
    """What a verifier tells the user about a PDF.

    Attributes:
        intact: True only if the file is exactly as signed (every byte covered, nothing
            appended, signature valid).
        signer: Common name in the signing certificate ("" if unsigned or unreadable).
        signed_at: Signing time claimed by the signer, if any.
        message: One plain-words sentence for the user.
        fingerprint: SHA-256 fingerprint of the signing certificate ("" if none), to compare
            with the one printed on the sheet.
    """

    intact: bool
    signer: str
    signed_at: datetime.datetime | None
    message: str
    fingerprint: str = ""


def _signing_dir() -> Path:
    path = data_dir() / "signing"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)
    return path


def _fingerprint(der: bytes) -> str:
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def _write_private(path: Path, data: bytes) -> None:
    """Write a file readable by the owner only, atomically (no half-written key on a crash)."""
    tmp = path.with_name(path.name + ".tmp")
    if tmp.exists():
        tmp.unlink()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def _common_name(cert: cx509.Certificate) -> str:
    from cryptography.x509.oid import NameOID

    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    value = names[0].value if names else ""
    return value.decode() if isinstance(value, bytes) else value


def _identity_from_files(key_path: Path, cert_path: Path) -> SigningIdentity:
    pem = cert_path.read_bytes()
    # cryptography is imported where it is used, so opening the window does not load it.
    from cryptography import x509 as cx509
    from cryptography.hazmat.primitives import serialization

    cert = cx509.load_pem_x509_certificate(pem)
    return SigningIdentity(
        organisation=_common_name(cert),
        fingerprint=_fingerprint(cert.public_bytes(serialization.Encoding.DER)),
        certificate_pem=pem.decode("ascii"),
        key_path=key_path,
        cert_path=cert_path,
    )


def _create(organisation: str, key_path: Path, cert_path: Path) -> None:
    from cryptography import x509 as cx509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = cx509.Name([
        cx509.NameAttribute(NameOID.COMMON_NAME, organisation),
        cx509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
    ])
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    cert = (
        cx509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(cx509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))  # tolerate a slow desk clock
        .not_valid_after(now + datetime.timedelta(days=VALID_DAYS))
        .add_extension(cx509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            cx509.KeyUsage(
                digital_signature=True, content_commitment=True, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=False,
                crl_sign=False, encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(cx509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .sign(key, hashes.SHA256())
    )
    _write_private(key_path, key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ))
    # The certificate goes last: its presence marks a complete identity.
    _write_private(cert_path, cert.public_bytes(serialization.Encoding.PEM))


def ensure_identity(organisation: str) -> SigningIdentity:
    """Return this installation's signing identity, creating it on first use.

    Args:
        organisation: Name for CN and O of a new certificate. Ignored when an identity
            already exists (see module doc for why).

    Returns:
        The identity, with its fingerprint and certificate.
    """
    folder = _signing_dir()
    key_path, cert_path = folder / KEY_FILE, folder / CERT_FILE
    if not (key_path.is_file() and cert_path.is_file()):
        _create(organisation.strip() or "BallotDesk", key_path, cert_path)
    return _identity_from_files(key_path, cert_path)


def load_identity() -> SigningIdentity | None:
    """Return the stored identity, or ``None`` if none has been created yet."""
    folder = data_dir() / "signing"
    key_path, cert_path = folder / KEY_FILE, folder / CERT_FILE
    if key_path.is_file() and cert_path.is_file():
        return _identity_from_files(key_path, cert_path)
    return None


def export_certificate(dest: Path, identity: SigningIdentity | None = None) -> None:
    """Write the certificate (PEM, public, shareable) to ``dest`` for members to verify with.

    Args:
        dest: File to write, e.g. chosen in a save dialog.
        identity: Identity to export; defaults to the stored one.

    Raises:
        FileNotFoundError: If no identity has been created yet.
    """
    ident = identity or load_identity()
    if ident is None:
        raise FileNotFoundError(translate("Signing", "No signing certificate has been created yet."))
    Path(dest).write_text(ident.certificate_pem, encoding="ascii")


def sign_pdf(
    pdf: bytes,
    identity: SigningIdentity,
    *,
    reason: str = "Result sheet declared",
    location: str = "",
) -> bytes:
    """Add a PAdES baseline signature to ``pdf`` and return the signed file.

    Args:
        pdf: The PDF to sign (e.g. from ``build_result_sheet``).
        identity: Key and certificate from ``ensure_identity``.
        reason: Shown by PDF readers in the signature panel.
        location: Where it was signed, e.g. the venue.

    Returns:
        The signed PDF; the signature covers every byte of it.

    Raises:
        RuntimeError: If the key or certificate cannot be loaded.
    """
    # pyHanko (and the HTTP client it brings) is imported only when a sheet is signed or
    # checked, so the window opens without it.
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.general import SigningError

    loaded = _load_signer(identity.key_path, identity.cert_path)
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason,
        location=location or None,
        name=identity.organisation,
    )
    pdf_signer = signers.PdfSigner(meta, signer=loaded.signer)
    reserved = loaded.reserved
    if reserved is not None:
        try:
            out = pdf_signer.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)), bytes_reserved=reserved)
            return bytes(out.getbuffer())
        except SigningError:  # cannot happen with the same key; re-estimate rather than fail
            loaded.reserved = None
    out = pdf_signer.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)))
    signed = bytes(out.getbuffer())
    loaded.reserved = _reserved_size(signed)
    return signed


@dataclass
class _LoadedSigner:
    """A pyHanko signer loaded from the identity's files, and the signature space it needs.

    Attributes:
        stamp: Path, inode, size and modification time of the key and certificate files when
            they were read; a replaced key or certificate gives a different stamp.
        signer: The ``SimpleSigner``; it holds no per-signature state, so one serves every call.
        reserved: Hex digits pyHanko reserved for the signature when it last sized it itself,
            or ``None`` before the first signature with this key.
    """

    stamp: tuple[object, ...]
    signer: Any
    reserved: int | None = None


_signer_lock = threading.Lock()
_signer_cache: _LoadedSigner | None = None


def _file_stamp(path: Path) -> tuple[object, ...]:
    info = path.stat()
    return (str(path), info.st_ino, info.st_size, info.st_mtime_ns)


def _load_signer(key_path: Path, cert_path: Path) -> _LoadedSigner:
    """Return the signer for these files, read from disk only when they have changed.

    Parsing the PEM key and certificate on every signature is wasted work: they change only
    when the identity is re-created or restored, which changes the files' stamps (inode, size,
    modification time), and then they are read afresh. Only the latest pair is kept.

    Raises:
        RuntimeError: If the key or certificate cannot be loaded.
    """
    global _signer_cache
    from pyhanko.sign import signers

    try:
        stamp = (*_file_stamp(key_path), *_file_stamp(cert_path))
    except OSError:
        raise RuntimeError(translate("Signing", "The signing key or certificate could not be loaded.")) from None
    with _signer_lock:
        cached = _signer_cache
        if cached is not None and cached.stamp == stamp:
            return cached
        signer = signers.SimpleSigner.load(key_file=str(key_path), cert_file=str(cert_path))
        if signer is None:
            raise RuntimeError(translate("Signing", "The signing key or certificate could not be loaded."))
        _signer_cache = _LoadedSigner(stamp, signer)
        return _signer_cache


def _reserved_size(signed: bytes) -> int | None:
    """Return how many hex digits the signature's ``/Contents`` string has room for.

    Unless told, pyHanko sizes that space by first making a throw-away signature with the same
    key and attributes, which costs as much as the real one (about half of all signing time).
    The size depends only on the key and certificate (an ECDSA signature varies by a byte or
    two, well inside the 50 % margin pyHanko adds), so it is read from the first file signed
    with a key and passed as ``bytes_reserved`` thereafter: the same room pyHanko chose then.
    """
    found = list(_BYTE_RANGE.finditer(signed))
    if not found:
        return None
    _start, first_len, second_start, _second_len = (int(g) for g in found[-1].groups())
    reserved = second_start - first_len - 2  # less the "<" and ">" around the hex digits
    return reserved if reserved > 0 and reserved % 2 == 0 else None


def _modified(signer: str = "", when: datetime.datetime | None = None,
              fingerprint: str = "", detail: str = "") -> Verification:
    message = "Modified: the sheet was changed after it was signed."
    if detail:
        message += f" ({detail})"
    return Verification(False, signer, when, message, fingerprint)


def _contents_canonical(pdf: bytes, byte_range: list[int]) -> bool:
    """Check the one uncovered region holds exactly what pyHanko wrote.

    The ``/ByteRange`` leaves the signature's hex string out of the digest. Case changes in
    the hex digits or altered zero padding would otherwise slip through, so insist on upper-case
    hex of one strictly encoded DER object followed by zero padding only.
    """
    if len(byte_range) != 4 or byte_range[0] != 0:
        return False
    gap = pdf[byte_range[1] : byte_range[2]]
    match = _HEX_GAP.fullmatch(gap)
    if match is None or len(match.group(1)) % 2:
        return False
    raw = bytes.fromhex(match.group(1).decode("ascii"))
    end = _der_end(raw, 0, len(raw))
    return end is not None and not any(raw[end:])


def _der_end(buf: bytes, pos: int, limit: int) -> int | None:
    """Return where the DER element at ``pos`` ends, or ``None`` if it is not strict DER.

    Walks constructed elements recursively and insists on minimal length encodings and on
    children that exactly fill their parent. A single bent length byte (say, one stretched to
    swallow some of the zero padding after the signature) always breaks one of those rules,
    which a lenient parser would accept.
    """
    if pos + 2 > limit or buf[pos] == 0 or buf[pos] & 0x1F == 0x1F:
        return None  # tag 0 is end-of-contents (not DER); multi-byte tags are never used here
    constructed = bool(buf[pos] & 0x20)
    first = buf[pos + 1]
    pos += 2
    if first < 0x80:
        length = first
    else:
        n = first & 0x7F
        if n == 0 or n > 4 or pos + n > limit or buf[pos] == 0:
            return None
        length = int.from_bytes(buf[pos : pos + n], "big")
        if length < 0x80:
            return None
        pos += n
    end = pos + length
    if end > limit:
        return None
    if constructed:
        while pos < end:
            child = _der_end(buf, pos, end)
            if child is None:
                return None
            pos = child
    return end


def _cms_sound(signed_data: Any) -> bool:
    """Check the parts of the CMS structure that no signature protects are exactly as written.

    Path validation does not check a trust anchor's own signature, and the digest-algorithm
    list, version numbers and content type sit outside the signed attributes, so a changed byte
    there would otherwise go unnoticed. BallotDesk writes one signer, one self-signed
    certificate, no CRLs and no unsigned attributes; insist on exactly that.
    """
    try:
        infos = signed_data["signer_infos"]
        certs = signed_data["certificates"]
        if len(infos) != 1 or not certs or len(certs) != 1:
            return False
        info = infos[0]
        if signed_data["version"].native != "v1" or info["version"].native != "v1":
            return False
        algos = signed_data["digest_algorithms"]
        if len(algos) != 1 or algos[0].dump() != info["digest_algorithm"].dump():
            return False
        encap = signed_data["encap_content_info"]
        if encap["content_type"].native != "data" or encap["content"].native is not None:
            return False
        if signed_data["crls"].native or info["unsigned_attrs"].native:
            return False
        embedded = certs[0].chosen
        # Names compare case-insensitively in X.509, so match the signer id byte for byte.
        sid = info["sid"]
        if sid.name != "issuer_and_serial_number":
            return False
        if (sid.chosen["issuer"].dump() != embedded.issuer.dump()
                or sid.chosen["serial_number"].native != embedded.serial_number):
            return False
        from cryptography import x509 as cx509

        cert = cx509.load_der_x509_certificate(embedded.dump())
        cert.verify_directly_issued_by(cert)
    except Exception:  # anything unexpected means the structure was altered
        return False
    return True


def verify_pdf(pdf: bytes) -> Verification:
    """Say, in plain words, whether a signed sheet is exactly as it was signed.

    Integrity only: the self-signed certificate embedded in the file is trusted for the check,
    and the signer is reported by the name in that certificate (compare ``fingerprint`` with the
    one printed on the sheet to know it is yours). A file counts as intact only if every
    signature is cryptographically valid, its digest matches and it covers the entire file (no
    incremental update after it, no byte changed anywhere, including the signature's own hex
    string and the unsigned parts of its CMS structure).

    Args:
        pdf: The file's bytes.

    Returns:
        A ``Verification``; never raises for bad input.
    """
    if not pdf.strip():
        return Verification(False, "", None, "Not a PDF: the file is empty.")
    if b"%PDF-" not in pdf[:1024]:
        return Verification(False, "", None, "Not a PDF: the file does not start like a PDF.")
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    looks_signed = b"/ByteRange" in pdf
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        sigs = list(reader.embedded_regular_signatures)
    except Exception as exc:  # any parse failure is reported, never raised
        if looks_signed:
            return _modified(detail="it can no longer be read")
        return Verification(False, "", None, f"Not a PDF: it could not be read ({exc}).")
    if not sigs:
        if looks_signed:
            return _modified(detail="its signature is damaged")
        return Verification(False, "", None, "Unsigned: this PDF carries no signature.")
    signer = ""
    when: datetime.datetime | None = None
    fingerprint = ""
    for sig in sigs:
        try:
            # Cheap structural checks first: they settle most tampering without the (slower)
            # cryptographic validation.
            if not _contents_canonical(pdf, list(sig.byte_range)):
                return _modified()
            cert = sig.signer_cert
            signer = str(cert.subject.native.get("common_name", "")) or "an unnamed signer"
            fingerprint = _fingerprint(cert.dump())
            when = sig.self_reported_timestamp
            if not _cms_sound(sig.signed_data):
                return _modified(signer, when, fingerprint)
            vc = ValidationContext(trust_roots=[cert], allow_fetching=False)
            status = validate_pdf_signature(sig, signer_validation_context=vc)
            if when is None:
                when = status.signer_reported_dt
        except Exception:  # a mangled signature is a modification
            return _modified(signer, when, fingerprint)
        # Every signature must cover the whole file: a sheet is signed once, so a second
        # signature is itself a change after signing (and could carry a look-alike name).
        ok = (
            status.intact
            and status.valid
            and status.docmdp_ok is not False
            and status.coverage == SignatureCoverageLevel.ENTIRE_FILE
        )
        if not ok:
            return _modified(signer, when, fingerprint)
    when_text = f" on {fmt_datetime(when.astimezone())}" if when else ""
    return Verification(
        True,
        signer,
        when,
        f"Intact: signed by {signer}{when_text}; the sheet has not been changed since.",
        fingerprint,
    )
