"""The verdict on a signed result sheet someone hands you: trusted, identity unknown, forged or modified.

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

Separate from signing (``reports/signing.py``) because checking a sheet is its own task, done by
anyone, often on a laptop that never signed one: the byte-level tamper checks, the fingerprint
printed on every page, and the trust decision.

pyHanko runs its validation on ``asyncio.run``; call ``verify_pdf`` from a worker thread, never from
inside a running event loop.
"""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ballotdesk.domain.words import translate
from ballotdesk.reports.identity import SigningError, _fingerprint, installation_fingerprints, organisation_roots
from ballotdesk.reports.signing import quiet_pyhanko
from ballotdesk.reports.text import fmt_datetime

_HEX_GAP = re.compile(rb"<([0-9A-F]*)>")
_PRINTED_FINGERPRINT = re.compile(r"(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{2}:){7,}[0-9A-Fa-f]{2}(?![0-9A-Fa-f:])")
"""A colon-separated hex fingerprint as the footer prints it (8 pairs or more, so a look-alike counts too)."""


class Outcome(StrEnum):
    """The verdict on a sheet; ``ballotdesk verify`` exits 0 only for ``TRUSTED``."""

    TRUSTED = "trusted"
    UNKNOWN = "identity_unknown"
    FORGED = "forged"
    MODIFIED = "modified"
    UNSIGNED = "unsigned"
    NOT_PDF = "not_pdf"


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
