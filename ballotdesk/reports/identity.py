"""This installation's signing identity: its own key, or an imported organisation certificate.

Separate from signing and from verifying a sheet because it is about files kept on this laptop (made,
imported, exported, removed), not about PDFs: ``ballotdesk cert`` and the Result page use it alone,
and the signer and the verifier both ask it which keys are this installation's.

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
stay valid.
"""

from __future__ import annotations

import datetime
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ballotdesk.paths import data_dir

if TYPE_CHECKING:
    from cryptography import x509 as cx509
from ballotdesk.domain.errors import DomainError, os_reason
from ballotdesk.domain.words import translate

KEY_FILE = "key.pem"
CERT_FILE = "cert.pem"
ORG_P12_FILE = "organisation.p12"
ORG_CERT_FILE = "organisation.pem"
MAX_P12_BYTES = 1024 * 1024  # a certificate file is a few KB
VALID_DAYS = 3653  # ten years, leap days included


class SigningError(DomainError):
    """Signing or importing a certificate failed, said in one sentence (a wrong password, a damaged file)."""


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
    from ballotdesk.domain.files import read_regular

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
