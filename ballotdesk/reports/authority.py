"""An organisation's own signing authority: one root, and a certificate for each chair.

Why: an installation's self-signed key proves only "this laptop signed it"; a branch officer who
receives a sheet cannot know whose laptop that is. An organisation that wants sheets anyone can
check creates a signing authority once (``ballotdesk ca init``), publishes its root certificate,
and issues each chair (or installation) a certificate as a password-protected PKCS#12 file
(``ballotdesk ca issue``). ``ballotdesk verify --trust ROOT.pem`` then names the chair from the
certificate, and pyHanko's path validation, not this module, decides whether to trust it.

The authority is a folder, kept off the meeting laptops (a USB stick in the secretary's drawer):

- ``root-key.pem``: the root's private key, PKCS#8 encrypted with the authority's password, mode 0600;
- ``root.pem``: the root certificate, public, the file to publish;
- ``issued/``: a copy of every certificate issued (public), named by serial number and holder.

Keys are ECDSA P-256 (what the installation key uses; small, fast, accepted by Acrobat and EU DSS).
"""

from __future__ import annotations

import datetime
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ballotdesk.domain.errors import os_reason
from ballotdesk.domain.words import translate
from ballotdesk.reports.identity import SigningError, _common_name, _fingerprint, _write_private

if TYPE_CHECKING:
    from cryptography import x509 as cx509
    from cryptography.hazmat.primitives.asymmetric import ec

ROOT_KEY_FILE = "root-key.pem"
ROOT_CERT_FILE = "root.pem"
ISSUED_FOLDER = "issued"
ROOT_YEARS = 20
MIN_PASSWORD = 8
MAX_NAME = 64  # X.509's upper bound for a common name
_DAY = datetime.timedelta(days=1)


@dataclass(frozen=True)
class Authority:
    """An organisation's signing authority, as found in its folder.

    Attributes:
        organisation: The organisation's name (the root's common name).
        fingerprint: SHA-256 fingerprint of the root certificate, to publish beside it.
        root_path: The root certificate (public) to publish and to give to ``verify --trust``.
    """

    organisation: str
    fingerprint: str
    root_path: Path


@dataclass(frozen=True)
class IssuedCertificate:
    """A certificate the authority issued.

    Attributes:
        holder: The chair's (or installation's) name in the certificate.
        fingerprint: Its SHA-256 fingerprint; sheets signed with it print this.
        valid_until: Last day it can sign.
        path: The PKCS#12 file written.
    """

    holder: str
    fingerprint: str
    valid_until: datetime.date
    path: Path


def check_password(password: str | None, whose: str) -> str:
    """A password good enough to protect a key: at least 8 characters, not only spaces.

    Raises:
        SigningError: Naming whose password it is.
    """
    if password is None or not password.strip():
        raise SigningError(translate("Authority", "{0} is empty; a key is protected only by a password.").format(whose))
    if len(password) < MIN_PASSWORD:
        raise SigningError(translate("Authority", "{0} is too short: use at least {1} characters.").format(
            whose, MIN_PASSWORD))
    return password


def _check_name(text: str, what: str) -> str:
    name = " ".join(text.split())
    if not name or len(name) > MAX_NAME or re.search(r"[\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]", text):
        raise SigningError(translate("Authority", "{0} must be 1 to {1} printable characters.").format(
            what, MAX_NAME))
    return name


def _name(common_name: str, organisation: str) -> cx509.Name:
    from cryptography import x509 as cx509
    from cryptography.x509.oid import NameOID

    return cx509.Name([cx509.NameAttribute(NameOID.COMMON_NAME, common_name),
                       cx509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation)])


def _usage(*, sign_certificates: bool) -> cx509.KeyUsage:
    from cryptography import x509 as cx509

    return cx509.KeyUsage(
        digital_signature=not sign_certificates, content_commitment=not sign_certificates,
        key_encipherment=False, data_encipherment=False, key_agreement=False,
        key_cert_sign=sign_certificates, crl_sign=sign_certificates, encipher_only=False, decipher_only=False)


def init_authority(folder: Path, organisation: str, password: str | None) -> Authority:
    """Create the organisation's signing authority in ``folder``, once.

    Args:
        folder: An empty or new folder (made, mode 0700).
        organisation: The organisation's name, as sheets and verifiers will show it.
        password: Protects the root key; asked for every certificate issued.

    Raises:
        SigningError: An authority is already there (it is never replaced: every certificate it
            issued would stop verifying), a poor password, or the folder cannot be written.
    """
    from cryptography import x509 as cx509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    organisation = _check_name(organisation, translate("Authority", "The organisation's name"))
    secret = check_password(password, translate("Authority", "The authority's password"))
    folder = Path(folder)
    if (folder / ROOT_CERT_FILE).exists() or (folder / ROOT_KEY_FILE).exists():
        raise SigningError(translate("Authority", "{0} already holds a signing authority; it is never replaced, as "
                                     "every certificate it issued would stop verifying.").format(folder))
    key = ec.generate_private_key(ec.SECP256R1())
    name = _name(organisation, organisation)
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    cert = (
        cx509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(cx509.random_serial_number())
        .not_valid_before(now - _DAY)
        .not_valid_after(now + datetime.timedelta(days=365 * ROOT_YEARS + 5))
        .add_extension(cx509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(sign_certificates=True), critical=True)
        .add_extension(cx509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        _write_private(folder / ROOT_KEY_FILE, key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(secret.encode("utf-8"))))
        # The certificate last: its presence marks a complete authority.
        _write_private(folder / ROOT_CERT_FILE, cert.public_bytes(serialization.Encoding.PEM))
        os.chmod(folder / ROOT_CERT_FILE, 0o644)  # public: the file to publish
    except OSError as error:
        raise SigningError(translate("Authority", "The authority could not be written to {0}: {1}.").format(
            folder, os_reason(error))) from None
    return load_authority(folder)


def load_authority(folder: Path) -> Authority:
    """The authority in ``folder``.

    Raises:
        SigningError: If there is none.
    """
    from cryptography import x509 as cx509
    from cryptography.hazmat.primitives import serialization

    root_path = Path(folder) / ROOT_CERT_FILE
    try:
        cert = cx509.load_pem_x509_certificate(root_path.read_bytes())
    except (OSError, ValueError):
        raise SigningError(translate("Authority", "{0} holds no signing authority; create one with 'ballotdesk ca "
                                     "init'.").format(folder)) from None
    return Authority(_common_name(cert), _fingerprint(cert.public_bytes(serialization.Encoding.DER)), root_path)


def _root_key(folder: Path, password: str | None) -> ec.EllipticCurvePrivateKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    if not password:
        raise SigningError(translate("Authority", "The authority's password is needed to issue a certificate."))
    try:
        data = (Path(folder) / ROOT_KEY_FILE).read_bytes()
    except OSError as error:
        raise SigningError(translate("Authority", "The authority's key in {0} cannot be read: {1}.").format(
            folder, os_reason(error))) from None
    try:
        key = serialization.load_pem_private_key(data, password.encode("utf-8"))
    except (ValueError, TypeError):
        raise SigningError(translate("Authority", "The authority's password is wrong (or its key file is "
                                     "damaged).")) from None
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise SigningError(translate("Authority", "The authority's key file holds an unexpected kind of key."))
    return key


def issue_certificate(folder: Path, holder: str, out: Path, *, password: str | None, cert_password: str | None,
                      years: int = 3) -> IssuedCertificate:
    """Issue a signing certificate to a chair or installation, as a password-protected PKCS#12 file.

    Args:
        folder: The authority's folder.
        holder: The chair's name ("Mary Jones"), as verifiers will report it.
        out: The ``.p12`` file to write (mode 0600; give it to the holder with its password apart).
        password: The authority's password.
        cert_password: The new file's own password, asked whenever a sheet is signed with it.
        years: How long it can sign (1 to 10).

    Raises:
        SigningError: A wrong password, a poor new one, a name that cannot be printed, or ``out``
            cannot be written.
    """
    from cryptography import x509 as cx509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12

    authority = load_authority(folder)
    holder = _check_name(holder, translate("Authority", "The holder's name"))
    secret = check_password(cert_password, translate("Authority", "The certificate's password"))
    if not 1 <= years <= 10:
        raise SigningError(translate("Authority", "A certificate is issued for 1 to 10 years."))
    root_key = _root_key(folder, password)
    root = cx509.load_pem_x509_certificate(authority.root_path.read_bytes())
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    until = min(now + datetime.timedelta(days=365 * years + years // 4), root.not_valid_after_utc)
    cert = (
        cx509.CertificateBuilder()
        .subject_name(_name(holder, authority.organisation))
        .issuer_name(root.subject)
        .public_key(key.public_key())
        .serial_number(cx509.random_serial_number())
        .not_valid_before(now - _DAY)
        .not_valid_after(until)
        .add_extension(cx509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(sign_certificates=False), critical=True)
        .add_extension(cx509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(cx509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), critical=False)
        .sign(root_key, hashes.SHA256())
    )
    encryption = (serialization.PrivateFormat.PKCS12.encryption_builder()
                  .kdf_rounds(100_000)
                  .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
                  .hmac_hash(hashes.SHA256())
                  .build(secret.encode("utf-8")))
    p12 = pkcs12.serialize_key_and_certificates(holder.encode("utf-8"), key, cert, [root], encryption)
    fingerprint = _fingerprint(cert.public_bytes(serialization.Encoding.DER))
    safe = re.sub(r"[^A-Za-z0-9]+", "-", holder).strip("-") or "holder"
    try:
        _write_private(Path(out), p12)
        issued = Path(folder) / ISSUED_FOLDER
        issued.mkdir(exist_ok=True, mode=0o700)
        (issued / f"{cert.serial_number:x}-{safe}.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    except OSError as error:
        raise SigningError(translate("Authority", "{0} could not be written to {1}: {2}.").format(
            Path(out).name, Path(out).parent, os_reason(error))) from None
    return IssuedCertificate(holder, fingerprint, until.date(), Path(out))
