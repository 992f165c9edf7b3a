"""The hosting laptop's HTTPS certificate: made once for a meeting, kept in the installation's data folder.

No certificate authority vouches for a laptop in a church hall, so a browser warns about any
certificate it is shown. What makes the connection trustworthy is the SHA-256 fingerprint: the
host shows it, the join page shows the one the browser received, and the steward compares them.
That only works if the fingerprint stays the same all evening (and after a restart of the
host), so the certificate is made once per meeting and kept, never remade on each start.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import os
import re
import socket
import ssl
from dataclasses import dataclass
from pathlib import Path

from ballotdesk.paths import data_dir

VALID_DAYS = 825


@dataclass(frozen=True)
class HostCertificate:
    """Where a meeting's certificate and key are, and the fingerprint devices compare."""

    cert_path: Path
    key_path: Path
    fingerprint: str

    def server_context(self) -> ssl.SSLContext:
        """A TLS server context holding this certificate."""
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.load_cert_chain(self.cert_path, self.key_path)
        return context


def fingerprint_of(der: bytes) -> str:
    """SHA-256 of a certificate as browsers show it: ``AB:CD:…`` (32 pairs)."""
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def local_addresses() -> list[str]:
    """This laptop's IPv4 addresses that other devices may reach, best guess first (never raises)."""
    found: list[str] = []
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))  # UDP: nothing is sent; the OS picks the outgoing address
        found.append(probe.getsockname()[0])
    except OSError:
        pass
    finally:
        probe.close()
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            address = str(info[4][0])
            if address not in found:
                found.append(address)
    except OSError:
        pass
    return [a for a in found if not a.startswith("127.")] + ["127.0.0.1"]


def meeting_certificate(meeting_key: str, title: str) -> HostCertificate:
    """The certificate for the meeting identified by ``meeting_key`` (made now if there is none yet)."""
    folder = data_dir() / "host"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stem = re.sub(r"[^0-9a-f]", "", meeting_key.lower())[:32] or "meeting"
    cert_path, key_path = folder / f"{stem}.crt", folder / f"{stem}.key"
    if not (cert_path.is_file() and key_path.is_file()):
        _make(cert_path, key_path, title)
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
    return HostCertificate(cert_path, key_path, fingerprint_of(cert.public_bytes(Encoding.DER)))


def _make(cert_path: Path, key_path: Path, title: str) -> None:
    """A self-signed ECDSA P-256 certificate for this laptop's names and addresses, key readable only by us."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "BallotDesk host"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, (title.strip() or "BallotDesk")[:64])])
    alt_names: list[x509.GeneralName] = [x509.DNSName("localhost")]
    hostname = socket.gethostname()
    if hostname and hostname.isascii():
        alt_names.append(x509.DNSName(hostname))
    alt_names += [x509.IPAddress(ipaddress.ip_address(a)) for a in local_addresses()]
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=VALID_DAYS))
            .add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    key_bytes = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption())
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(key_bytes)
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
