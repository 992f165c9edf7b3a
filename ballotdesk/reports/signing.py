"""PAdES signatures on result sheets: one signature with this installation's key, or the chair's certificate.

Separate from the identity (``reports/identity.py``: which key, where it is kept) and from the verdict
on a sheet someone hands you (``reports/verification.py``): this module only signs. ``sign_pdf`` reads
the installation key once per process and again only when either file changes (a restored backup, a
re-created identity), so signing a sheet costs one signature, not a parse of the PEM files as well.

pyHanko runs its signing and validation on ``asyncio.run``; call these functions from a worker
thread, never from inside a running event loop. Its log records (path-building tracebacks) and
import-time warnings are kept off stderr (``quiet_pyhanko``, which the verifier calls too): a
command's verdict is one line.
"""

from __future__ import annotations

import io
import logging
import re
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ballotdesk.domain.words import translate
from ballotdesk.reports.identity import MAX_P12_BYTES, SigningIdentity, _open_p12, _read_limited

FIELD_NAME = "BallotDeskSignature"
_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")


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
