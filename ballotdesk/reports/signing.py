"""PAdES signatures on result sheets, and the verdict on a sheet someone hands you.

Why sign at all: a result sheet is e-mailed round after the meeting, and the question later is
always "is this the sheet the chair declared?". A PAdES signature answers that offline, in any
PDF reader. Integrity alone is not enough: anyone can make a key called "BallotDesk" and sign a
sheet of their own. So a verdict has three clearly different outcomes, as PAdES validators (EU DSS,
Acrobat) give them: *trusted* (intact, and signed by a key the checker trusts: this installation's,
a certificate given with ``--trust`` (an organisation's root or the signer's own), or a fingerprint
given with ``--fingerprint``), *identity unknown* (intact, but nothing vouches for the key) and
*modified*. A sheet whose printed fingerprint is not its signer's is *forged*: someone re-signed a
genuine page with another key. Trust is decided by pyHanko's path validation
(``ValidationContext(trust_roots=...)``), never by certificate checks of our own.

Two kinds of key sign sheets. Every installation has a self-signed key of its own, made on first
use; an organisation that wants sheets any branch officer can check runs its own signing authority
(``reports/authority.py``) and issues each chair a PKCS#12 certificate, which the chair imports
(``import_organisation_certificate``); from then on sheets are signed with it, after its password.

Fingerprint format: SHA-256 of the DER certificate as upper-case hex pairs separated by colons
(``"3F:A0:…"``, 95 characters), the form ``openssl x509 -fingerprint -sha256`` prints, so anyone
can check it with standard tools.

Key storage: ``data_dir()/signing/key.pem`` (PKCS#8, unencrypted, mode 0600) and ``cert.pem``
(mode 0600) in a folder of mode 0700; an imported organisation certificate is kept as its
PKCS#12 file, still encrypted with its own password (``organisation.p12``), beside its public
certificate (``organisation.pem``). The installation key is created on first use and reused
thereafter, even if the organisation is later renamed: fingerprints already printed on sheets must
stay valid. ``sign_pdf`` reads the installation key once per process and again only when either
file changes (a restored backup, a re-created identity), so signing a sheet costs one signature,
not a parse of the PEM files as well.

pyHanko runs its signing and validation on ``asyncio.run``; call these functions from a worker
thread, never from inside a running event loop. Its log records (path-building tracebacks) and
import-time warnings are kept off stderr: a command's verdict is one line.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import logging
import os
import re
import threading
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ballotdesk.paths import data_dir

if TYPE_CHECKING:
    from cryptography import x509 as cx509
from ballotdesk.domain.errors import DomainError, os_reason
from ballotdesk.domain.words import translate
from ballotdesk.reports.text import fmt_datetime

KEY_FILE = "key.pem"
CERT_FILE = "cert.pem"
ORG_P12_FILE = "organisation.p12"
ORG_CERT_FILE = "organisation.pem"
MAX_P12_BYTES = 1024 * 1024  # a certificate file is a few KB
VALID_DAYS = 3653  # ten years, leap days included
FIELD_NAME = "BallotDeskSignature"
_HEX_GAP = re.compile(rb"<([0-9A-F]*)>")
_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")
_PRINTED_FINGERPRINT = re.compile(r"(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{2}:){7,}[0-9A-Fa-f]{2}(?![0-9A-Fa-f:])")
"""A colon-separated hex fingerprint as the footer prints it (8 pairs or more, so a look-alike counts too)."""


class SigningError(DomainError):
    """Signing or importing a certificate failed, said in one sentence (a wrong password, a damaged file)."""


class Outcome(StrEnum):
    """The verdict on a sheet; ``ballotdesk verify`` exits 0 only for ``TRUSTED``."""

    TRUSTED = "trusted"
    UNKNOWN = "identity_unknown"
    FORGED = "forged"
    MODIFIED = "modified"
    UNSIGNED = "unsigned"
    NOT_PDF = "not_pdf"


@dataclass(frozen=True)
class SigningIdentity:
    """The installation's signing key and certificate.

    Attributes:
        organisation: Common name in the certificate.
        fingerprint: SHA-256 of the DER certificate, "AB:CD:…" (see module doc).
        certificate_pem: The certificate, PEM text, safe to share.
        key_path: Where the private key is kept (the PKCS#12 file for an organisation certificate).
        cert_path: Where the certificate is kept.
        issuer: Common name of the authority that issued an organisation certificate ("" for the
            installation's self-signed one).
        p12: True for an organisation certificate, whose key is unlocked with its own password.
    """

    organisation: str
    fingerprint: str
    certificate_pem: str
    key_path: Path = field(repr=False)
    cert_path: Path = field(repr=False)
    issuer: str = ""
    p12: bool = False


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
        outcome: The verdict (see ``Outcome``); ``intact`` is true for trusted and identity unknown.
        trusted_by: What vouches for the signer when trusted: "this installation", "fingerprint"
            or "certificate" ("" otherwise).
        issuer: Common name of the certificate the checker trusts that vouched for the signer
            (an organisation's root, or the signer's own certificate), "" otherwise.
    """

    intact: bool
    signer: str
    signed_at: datetime.datetime | None
    message: str
    fingerprint: str = ""
    outcome: Outcome = Outcome.NOT_PDF
    trusted_by: str = ""
    issuer: str = ""

    @property
    def trusted(self) -> bool:
        """Intact and signed by a key the checker trusts: the only verdict that proves whose sheet it is."""
        return self.outcome is Outcome.TRUSTED


def quiet_pyhanko() -> None:
    """Keep pyHanko's log records and its dependencies' import warnings off stderr.

    pyHanko logs "Failed to build path" with a whole traceback for every signer it cannot trust,
    and cryptography warns about DSA when pyHanko imports it. A command prints one line; the
    verdict already says what those records would.
    """
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
        logger.propagate = False
    warnings.filterwarnings("ignore", module=r"pyhanko(_certvalidator)?(\.|$)")
    warnings.filterwarnings("ignore", message=r".*DSA is deprecated.*")


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


def _read_limited(path: Path, limit: int) -> bytes:
    """A regular file's bytes, refusing devices, FIFOs and anything larger than ``limit``, in one sentence."""
    from ballotdesk.files import read_regular

    try:
        return read_regular(path, limit, translate("Signing", "certificate file"))
    except OSError as error:
        raise SigningError(translate("Signing", "{0} cannot be read: {1}.").format(
            path.name, os_reason(error))) from None
    except ValueError as error:
        raise SigningError(str(error)) from None


def _open_p12(data: bytes, password: str | None, label: str) -> tuple[Any, Any, list[Any]]:
    """The key, certificate and chain of a PKCS#12 file, or one sentence saying why not."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    if not password:
        raise SigningError(translate("Signing", "{0} is protected by a password; give it to unlock the "
                                     "certificate.").format(label))
    try:
        key, cert, chain = pkcs12.load_key_and_certificates(data, password.encode("utf-8"))
    except ValueError:
        raise SigningError(translate("Signing", "{0} could not be opened: the password is wrong, or it is not a "
                                     "certificate file (PKCS#12, .p12).").format(label)) from None
    if key is None or cert is None:
        raise SigningError(translate("Signing", "{0} holds no signing key and certificate.").format(label))
    return key, cert, list(chain)


def import_organisation_certificate(source: Path, password: str | None) -> SigningIdentity:
    """Keep an organisation certificate (PKCS#12) so that sheets are signed with it from now on.

    The file is checked with its password (a wrong one is refused now, not at the meeting) and
    kept as it is, still encrypted: the password is asked again every time a sheet is signed, so
    the laptop alone cannot sign in the chair's name.

    Args:
        source: The ``.p12`` file ``ballotdesk ca issue`` wrote.
        password: The certificate's own password.

    Returns:
        The imported identity (holder's name, issuer, fingerprint).

    Raises:
        SigningError: The file is not a certificate file, the password is wrong, or the certificate
            cannot sign (a CA certificate, one without the signing usage, or one out of date).
    """
    from cryptography import x509 as cx509
    from cryptography.hazmat.primitives import serialization

    data = _read_limited(Path(source), MAX_P12_BYTES)
    _key, cert, chain = _open_p12(data, password, Path(source).name)
    try:
        usage = cert.extensions.get_extension_for_class(cx509.KeyUsage).value
        can_sign = usage.digital_signature or usage.content_commitment
    except cx509.ExtensionNotFound:
        can_sign = True
    try:
        is_ca = cert.extensions.get_extension_for_class(cx509.BasicConstraints).value.ca
    except cx509.ExtensionNotFound:
        is_ca = False
    if is_ca or not can_sign:
        raise SigningError(translate("Signing", "{0} is not a certificate for signing documents (it is an "
                                     "authority's or has no signing use).").format(Path(source).name))
    now = datetime.datetime.now(datetime.UTC)
    if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
        raise SigningError(translate("Signing", "The certificate in {0} is valid from {1} to {2}, not "
                                     "today.").format(Path(source).name, cert.not_valid_before_utc.date(),
                                                      cert.not_valid_after_utc.date()))
    folder = _signing_dir()
    pem = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in [cert, *chain])
    _write_private(folder / ORG_P12_FILE, data)
    _write_private(folder / ORG_CERT_FILE, pem)  # last: its presence marks a complete import
    identity = organisation_certificate()
    assert identity is not None
    return identity


def organisation_certificate() -> SigningIdentity | None:
    """The imported organisation certificate, or ``None`` when sheets are signed with the installation's key."""
    folder = data_dir() / "signing"
    p12_path, cert_path = folder / ORG_P12_FILE, folder / ORG_CERT_FILE
    if not (p12_path.is_file() and cert_path.is_file()):
        return None
    from cryptography import x509 as cx509
    from cryptography.hazmat.primitives import serialization

    pem = cert_path.read_bytes()
    certs = cx509.load_pem_x509_certificates(pem)
    leaf = certs[0]
    issuer = next((_common_name(c) for c in certs[1:] if c.subject == leaf.issuer), "")
    if not issuer:
        from cryptography.x509.oid import NameOID

        names = leaf.issuer.get_attributes_for_oid(NameOID.COMMON_NAME)
        issuer = str(names[0].value) if names else ""
    return SigningIdentity(
        organisation=_common_name(leaf),
        fingerprint=_fingerprint(leaf.public_bytes(serialization.Encoding.DER)),
        certificate_pem=pem.decode("ascii"),
        key_path=p12_path,
        cert_path=cert_path,
        issuer=issuer,
        p12=True,
    )


def remove_organisation_certificate() -> bool:
    """Go back to signing with the installation's own key; True if a certificate was removed."""
    folder = data_dir() / "signing"
    found = (folder / ORG_CERT_FILE).is_file()
    (folder / ORG_CERT_FILE).unlink(missing_ok=True)
    (folder / ORG_P12_FILE).unlink(missing_ok=True)
    return found


def installation_fingerprints() -> dict[str, str]:
    """The fingerprints this installation signs with, each with the holder's name: trusted without asking."""
    found = {}
    for ident in (load_identity(), organisation_certificate()):
        if ident is not None:
            found[ident.fingerprint] = ident.organisation
    return found


def organisation_roots() -> list[bytes]:
    """The authority certificates that came with an imported organisation certificate (DER), trusted here.

    Importing the chair's certificate accepts the organisation's authority that issued it, so this
    installation also trusts sheets signed by the organisation's other chairs.
    """
    identity = organisation_certificate()
    if identity is None:
        return []
    from cryptography import x509 as cx509
    from cryptography.hazmat.primitives import serialization

    certs = cx509.load_pem_x509_certificates(identity.cert_path.read_bytes())
    return [c.public_bytes(serialization.Encoding.DER) for c in certs[1:]]


def signing_identity(organisation: str) -> SigningIdentity:
    """The identity sheets are signed with here: an imported organisation certificate, else the installation's."""
    return organisation_certificate() or ensure_identity(organisation)


def _p12_signer(identity: SigningIdentity, password: str | None) -> Any:
    """A pyHanko signer for an organisation certificate, unlocked with its password (never cached)."""
    quiet_pyhanko()
    from pyhanko.sign import signers

    data = _read_limited(identity.key_path, MAX_P12_BYTES)
    _open_p12(data, password, translate("Signing", "The certificate of {0}").format(identity.organisation))
    assert password is not None
    return signers.SimpleSigner.load_pkcs12_data(data, [], passphrase=password.encode("utf-8"))


def sign_pdf(
    pdf: bytes,
    identity: SigningIdentity,
    *,
    reason: str = "Result sheet declared",
    location: str = "",
    password: str | None = None,
) -> bytes:
    """Add a PAdES baseline signature to ``pdf`` and return the signed file.

    Args:
        pdf: The PDF to sign (e.g. from ``build_result_sheet``).
        identity: Key and certificate from ``signing_identity`` or ``ensure_identity``.
        reason: Shown by PDF readers in the signature panel.
        location: Where it was signed, e.g. the venue.
        password: The organisation certificate's own password (ignored for the installation's key).

    Returns:
        The signed PDF; the signature covers every byte of it.

    Raises:
        RuntimeError: If the key or certificate cannot be loaded.
        SigningError: If an organisation certificate's password is missing or wrong.
    """
    # pyHanko (and the HTTP client it brings) is imported only when a sheet is signed or
    # checked, so the window opens without it.
    quiet_pyhanko()
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.general import SigningError as PdfSigningError

    if identity.p12:
        meta = signers.PdfSignatureMetadata(
            field_name=FIELD_NAME, subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256",
            reason=reason, location=location or None, name=identity.organisation)
        out = signers.PdfSigner(meta, signer=_p12_signer(identity, password)).sign_pdf(
            IncrementalPdfFileWriter(io.BytesIO(pdf)))
        return bytes(out.getbuffer())
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
        except PdfSigningError:  # cannot happen with the same key; re-estimate rather than fail
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
    return Verification(False, signer, when, message, fingerprint, Outcome.MODIFIED)


def _not_pdf(message: str) -> Verification:
    return Verification(False, "", None, message, "", Outcome.NOT_PDF)


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
    there would otherwise go unnoticed. BallotDesk writes one signer, its certificate (and, for an
    organisation certificate, the authority's that issued it), no CRLs and no unsigned attributes;
    insist on exactly that. This is a tamper check on bytes, not a trust decision: whether the
    signer is trusted is pyHanko's path validation's to say.
    """
    try:
        infos = signed_data["signer_infos"]
        certs = signed_data["certificates"]
        if len(infos) != 1 or not certs or len(certs) > 2:
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
        # Names compare case-insensitively in X.509, so match the signer id byte for byte.
        sid = info["sid"]
        if sid.name != "issuer_and_serial_number":
            return False
        embedded = [c.chosen for c in certs]
        signers_found = [c for c in embedded if sid.chosen["issuer"].dump() == c.issuer.dump()
                         and sid.chosen["serial_number"].native == c.serial_number]
        if len(signers_found) != 1:
            return False
        from cryptography import x509 as cx509

        loaded = {id(c): cx509.load_der_x509_certificate(c.dump()) for c in embedded}
        leaf = loaded[id(signers_found[0])]
        others = [loaded[id(c)] for c in embedded if c is not signers_found[0]]
        if others:
            leaf.verify_directly_issued_by(others[0])  # the one other certificate must be its issuer
        for cert in (leaf, *others):
            if cert.issuer == cert.subject:
                cert.verify_directly_issued_by(cert)
    except Exception:  # anything unexpected means the structure was altered
        return False
    return True


def normalise_fingerprint(text: str) -> str:
    """A SHA-256 fingerprint as typed (any case, colons, spaces or none) in the printed form, or "".

    Raises:
        ValueError: If it is not 64 hex digits once separators are removed.
    """
    digits = re.sub(r"[\s:\-]", "", text).upper()
    if not re.fullmatch(r"[0-9A-F]{64}", digits):
        raise ValueError(f"'{text.strip()}' is not a SHA-256 fingerprint (64 hexadecimal digits, e.g. "
                         "3F:A0:…, as 'ballotdesk verify' prints it)")
    return ":".join(digits[i : i + 2] for i in range(0, 64, 2))


def load_certificates(data: bytes, label: str) -> list[bytes]:
    """The certificates in a PEM (one or more) or DER file, as DER, for ``verify_pdf(trust=...)``.

    Raises:
        SigningError: If the file holds no certificate.
    """
    from cryptography import x509 as cx509
    from cryptography.hazmat.primitives import serialization

    try:
        if b"-----BEGIN" in data:
            certs = cx509.load_pem_x509_certificates(data)
        else:
            certs = [cx509.load_der_x509_certificate(data)]
    except ValueError:
        raise SigningError(translate("Signing", "{0} is not a certificate (PEM or DER).").format(label)) from None
    return [c.public_bytes(serialization.Encoding.DER) for c in certs]


MAX_PAGES_READ = 500
"""A result sheet is a few pages; the printed-fingerprint check reads no more than this."""


def printed_fingerprints(pdf: bytes) -> list[set[str]] | None:
    """The fingerprints each page prints (upper-case), or ``None`` if the pages cannot be read.

    Read from the page text with PDFium, as a person reads the footer, not from anything the
    signature structure says: a page re-signed by someone else still prints the genuine key's
    fingerprint, and that mismatch is what unmasks it.
    """
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(pdf)
    except Exception:  # PDFium's error, or a file it refuses
        return None
    try:
        pages: list[set[str]] = []
        for index in range(min(len(doc), MAX_PAGES_READ)):
            page = doc[index]
            textpage = page.get_textpage()
            text = textpage.get_text_bounded()
            textpage.close()
            page.close()
            pages.append({m.group(0).upper() for m in _PRINTED_FINGERPRINT.finditer(text)})
        return pages
    except Exception:
        return None
    finally:
        doc.close()


def _forged_where(pages: list[set[str]] | None, fingerprint: str) -> str:
    """Where the printed fingerprint contradicts the signer's ("" when every page prints exactly it)."""
    if pages is None:
        return "its pages cannot be read to compare the fingerprint printed on them"
    if not pages:
        return "it has no pages"
    for number, found in enumerate(pages, start=1):
        if not found:
            return f"page {number} prints no certificate fingerprint"
        if found != {fingerprint}:
            return f"page {number} prints the fingerprint of another certificate"
    return ""


def _trusted_by_roots(sig: Any, trust: Sequence[bytes]) -> str | None:
    """The common name of the trusted certificate pyHanko's path validation reached, or ``None``."""
    from asn1crypto import x509 as ax509
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    roots = [ax509.Certificate.load(der) for der in trust]
    embedded = [c.chosen for c in sig.signed_data["certificates"]]
    vc = ValidationContext(trust_roots=roots, other_certs=embedded, allow_fetching=False)
    status = validate_pdf_signature(sig, signer_validation_context=vc)
    if not (status.bottom_line and status.trusted and status.validation_path is not None):
        return None
    anchor = status.validation_path[0]
    return str(anchor.subject.native.get("common_name", "")) or "an unnamed certificate"


def verify_pdf(pdf: bytes, *, trust: Sequence[bytes] = (), fingerprints: Iterable[str] = (),
               installation: bool = True) -> Verification:
    """Say, in plain words, whether a signed sheet is exactly as signed, and whether its signer is trusted.

    Integrity first: a file counts as intact only if every signature is cryptographically valid,
    its digest matches and it covers the entire file (no incremental update after it, no byte
    changed anywhere, including the signature's own hex string and the unsigned parts of its CMS
    structure). Then the fingerprint printed on every page must be the signer's (else *forged*).
    Then trust: the signer is trusted if its certificate is this installation's, has one of
    ``fingerprints``, or pyHanko validates a path from it to one of ``trust``; otherwise its
    identity is unknown, whatever name it carries.

    Args:
        pdf: The file's bytes.
        trust: DER certificates the checker trusts (an organisation's root, or a signer's own).
        fingerprints: SHA-256 fingerprints the checker trusts, in the printed form
            (``normalise_fingerprint``).
        installation: Trust this installation's own certificates too, and the authority that issued an
            imported organisation certificate (off to check as a stranger would).

    Returns:
        A ``Verification``; never raises for bad input.
    """
    if not pdf.strip():
        return _not_pdf("Not a PDF: the file is empty.")
    if b"%PDF-" not in pdf[:1024]:
        return _not_pdf("Not a PDF: the file does not start like a PDF.")
    quiet_pyhanko()
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
        return _not_pdf(f"Not a PDF: it could not be read ({exc}).")
    if not sigs:
        if looks_signed:
            return _modified(detail="its signature is damaged")
        return Verification(False, "", None, "Unsigned: this PDF carries no signature.", "", Outcome.UNSIGNED)
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
            # Integrity only: the signer's own certificate is the trust root for this check.
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
    where = _forged_where(printed_fingerprints(pdf), fingerprint)
    if where:
        return Verification(False, signer, when, f"Forged: the sheet is signed by '{signer}'{when_text}, but {where}: "
                            "someone signed it with a key that is not the one it was printed for.", fingerprint,
                            Outcome.FORGED)
    trusted_by, issuer = "", ""
    own = installation_fingerprints() if installation else {}
    if installation:
        trust = [*trust, *organisation_roots()]
    pinned = set()
    for text in fingerprints:
        try:
            pinned.add(normalise_fingerprint(text))
        except ValueError:
            continue
    if fingerprint in own:
        trusted_by, why = "this installation", "with this installation's certificate"
    elif fingerprint in pinned:
        trusted_by, why = "fingerprint", "with the certificate whose fingerprint you gave"
    elif trust:
        try:
            anchor = _trusted_by_roots(sigs[-1], trust)
        except Exception:  # pyHanko's own failure to build a path is "not trusted", never a crash
            anchor = None
        if anchor is not None:
            trusted_by, issuer = "certificate", anchor
            why = (f"with the certificate of {anchor}, which you trust" if anchor == signer
                   else f"with a certificate issued by {anchor}, which you trust")
    if trusted_by:
        return Verification(True, signer, when, f"Intact and trusted: signed by {signer}{when_text} {why}; the sheet "
                            "has not been changed since.", fingerprint, Outcome.TRUSTED, trusted_by, issuer)
    return Verification(
        True, signer, when,
        "Intact, but identity unknown: compare the fingerprint with the one your organisation published. "
        f"The sheet is exactly as signed{when_text} by a key calling itself '{signer}', but nothing you trust "
        "vouches for that key (anyone can make one with any name).",
        fingerprint, Outcome.UNKNOWN)
