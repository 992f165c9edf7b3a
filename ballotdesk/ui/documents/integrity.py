"""File › Verify a Result Sheet…, File › Export Signing Certificate… and File › Import Organisation Certificate….

Verification gives the verifier's verdict plainly: intact and signed by a key this installation
trusts (its own, or one issued by the authority of the organisation certificate it imported),
intact but identity unknown (compare the fingerprint with the one the organisation published),
forged (the printed fingerprint is another key's) or modified.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ballotdesk.reports.identity import (
    SigningError,
    SigningIdentity,
    ensure_identity,
    export_certificate,
    load_identity,
    organisation_certificate,
)
from ballotdesk.reports.identity import import_organisation_certificate as import_certificate_file
from ballotdesk.reports.text import fmt_datetime
from ballotdesk.reports.verification import Outcome, Verification, verify_pdf
from ballotdesk.services.files import SUFFIX
from ballotdesk.services.meeting_details import meeting_details
from ballotdesk.ui.background import run_in_background
from ballotdesk.ui.documents.print_preview import file_name
from ballotdesk.ui.i18n import QT_TRANSLATE_NOOP
from ballotdesk.ui.tones import Tone, style_text

if TYPE_CHECKING:
    from ballotdesk.ui.context import MeetingContext
    from ballotdesk.ui.dialogs import Dialogs

PDF_FILTER = QT_TRANSLATE_NOOP("Integrity", "PDF files (*.pdf);;All files (*)")
CERT_FILTER = QT_TRANSLATE_NOOP("Integrity", "Certificates (*.pem *.crt);;All files (*)")
P12_FILTER = QT_TRANSLATE_NOOP("Integrity", "Certificate files (*.p12 *.pfx);;All files (*)")
MAX_PDF_BYTES = 200 * 1024 * 1024  # a result sheet is a few hundred KB; refuse to read a whole disk image
_DETAILS = {
    "it can no longer be read": QT_TRANSLATE_NOOP("Integrity", "it can no longer be read"),
    "its signature is damaged": QT_TRANSLATE_NOOP("Integrity", "its signature is damaged"),
}
"""The verifier's reasons for "Modified" (English, as ``ballotdesk verify`` prints them), for translation."""
translate = QCoreApplication.translate  # lupdate reads translate("Integrity", "...") as it reads the long form


def _tr(text: str) -> str:
    """A string marked with ``QT_TRANSLATE_NOOP("Integrity", ...)``, in the interface language."""
    return translate("Integrity", text)


@dataclass(frozen=True)
class Finding:
    """What the verify dialog shows.

    Attributes:
        level: "intact" (and trusted), "unknown" (intact, identity unknown), "forged", "modified" or
            "unsigned" (also for a file that is no PDF).
        headline: One or two words, large.
        message: The verifier's sentence.
        certificate: How the signing certificate compares with this installation's ("" if none).
    """

    level: str
    headline: str
    message: str
    certificate: str


def describe(result: Verification, own: SigningIdentity | None) -> Finding:
    """Turn a :class:`Verification` into what the user reads: trusted, identity unknown, forged, modified.

    ``own`` is kept for callers that pass it; whose certificate signed is the verifier's to say
    (``result.trusted_by``), as ``ballotdesk verify`` says it.
    """
    del own
    when = fmt_datetime(result.signed_at.astimezone()) if result.signed_at else ""
    if result.outcome is Outcome.TRUSTED:
        if when:
            message = translate(
                "Integrity", "The sheet is exactly as it was signed by {0} on {1}; nothing has been changed since."
            ).format(result.signer, when)
        else:
            message = translate(
                "Integrity", "The sheet is exactly as it was signed by {0}; nothing has been changed since."
            ).format(result.signer)
        if result.trusted_by == "this installation":
            certificate = translate("Integrity", "Signed with this installation's certificate.")
        elif result.trusted_by == "fingerprint":
            certificate = translate("Integrity", "Signed with the certificate whose fingerprint you trust.")
        else:
            certificate = translate("Integrity", "Signed with a certificate issued by {0}, which you trust.").format(
                result.issuer)
        return Finding("intact", translate("Integrity", "Intact"), message, certificate)
    if result.outcome is Outcome.UNKNOWN:
        message = translate(
            "Integrity", "The sheet is exactly as it was signed, but by a key this installation does not know, "
            "calling itself \u201c{0}\u201d. Anyone can make a key with any name.").format(result.signer)
        certificate = translate(
            "Integrity", "Identity unknown: compare the fingerprint with the one your organisation published "
            "before trusting this sheet.")
        return Finding("unknown", translate("Integrity", "Identity unknown"), message, certificate)
    if result.outcome is Outcome.FORGED:
        message = translate(
            "Integrity", "The fingerprint printed on the sheet is not the one of the key that signed it: someone "
            "signed it again with another key. It is not the sheet that was declared. Ask the secretary for the "
            "original.")
        return Finding("forged", translate("Integrity", "Forged"), message, "")
    if result.message.startswith("Modified"):
        detail = result.message.partition("(")[2].rstrip(").")
        detail = _tr(_DETAILS[detail]) if detail in _DETAILS else detail
        message = translate("Integrity", "This file was changed after it was signed, so it is not the sheet that "
                            "was declared. Ask the secretary for the original.")
        return Finding("modified", translate("Integrity", "Modified"),
                       message + (f" ({detail}.)" if detail else ""), "")
    if result.message.startswith("Unsigned"):
        return Finding("unsigned", translate("Integrity", "Not signed"), translate(
            "Integrity", "This PDF carries no signature, so nothing shows who made it or whether it was changed. A "
            "BallotDesk result sheet saved with Save as PDF… is always signed."), "")
    # The verifier's own words are English (they are the headless command's); say it in the interface language.
    if result.message == "Not a PDF: the file is empty.":
        message = translate("Integrity", "Not a PDF: the file is empty, so it is not a result sheet. Ask the "
                            "secretary for the sheet again.")
    else:
        message = translate("Integrity", "Not a PDF: this file cannot be read as a PDF, so it is not a result "
                            "sheet. Ask the secretary for the sheet again.")
    return Finding("unsigned", translate("Integrity", "Not a result sheet"), message, "")


class VerificationDialog(QDialog):
    """The verdict on one file, in large plain words, with the certificate comparison."""

    TONES: ClassVar[dict[str, Tone]] = {"intact": Tone.OK, "modified": Tone.PROBLEM, "forged": Tone.PROBLEM,
                                        "unknown": Tone.WARNING, "unsigned": Tone.WARNING}
    """The headline's colour repeats its words ("Intact", "Changed since it was signed", "Not signed")."""

    def __init__(self, path: Path, finding: Finding, fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding = finding
        self.setWindowTitle(self.tr("Verify a result sheet"))
        self.setMinimumWidth(560)
        self.file_label = QLabel(self.tr("File: {0}").format(path.name))
        self.file_label.setToolTip(str(path))
        self.file_label.setAccessibleName(self.tr("File checked"))
        self.headline = QLabel(finding.headline)
        self.headline.setAccessibleName(self.tr("Verdict"))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.headline.setFont(font)
        style_text(self.headline, self.TONES[finding.level])
        self.message = QLabel(finding.message)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("What the check found"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.certificate = QLabel(finding.certificate)
        self.certificate.setWordWrap(True)
        self.certificate.setAccessibleName(self.tr("Signing certificate"))
        self.certificate.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.certificate.setVisible(bool(finding.certificate))
        self.fingerprint = QLabel(self._two_lines(fingerprint))
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint.setAccessibleName(self.tr("Certificate fingerprint (SHA-256)"))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setVisible(bool(fingerprint) and finding.level in ("intact", "unknown"))
        fingerprint_title = QLabel(self.tr("Certificate fingerprint (SHA-256), as printed in the sheet's footer:"))
        fingerprint_title.setVisible(self.fingerprint.isVisibleTo(self))
        fingerprint_title.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in buttons.buttons():
            button.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.headline)
        layout.addWidget(self.message)
        layout.addSpacing(6)
        layout.addWidget(self.certificate)
        layout.addWidget(fingerprint_title)
        layout.addWidget(self.fingerprint)
        layout.addStretch(1)
        layout.addWidget(buttons)

    @staticmethod
    def _two_lines(fingerprint: str) -> str:
        half = len(fingerprint) // 2 + 1 if len(fingerprint) > 48 else len(fingerprint)
        return f"{fingerprint[:half]}\n{fingerprint[half:]}" if half < len(fingerprint) else fingerprint

    def text(self) -> str:
        """Everything the dialog says, for tests and screen readers."""
        parts = [self.headline.text(), self.message.text(), self.certificate.text()]
        return "\n".join(p for p in parts if p)


def _read_pdf(path: Path) -> bytes:
    """The chosen file's bytes: a regular file only (a FIFO would hang the check), and never a whole disk image."""
    from ballotdesk.domain.files import read_regular

    size = path.stat().st_size
    if size > MAX_PDF_BYTES:
        raise ValueError(translate(
            "Integrity", "{0} is {1:,} MB; a result sheet is far smaller. Choose the sheet itself.").format(
            path.name, size // (1024 * 1024)))
    return read_regular(path, MAX_PDF_BYTES, QT_TRANSLATE_NOOP("Files", "PDF"))


def verify_sheet(parent: QWidget, dialogs: Dialogs, folder: Path | None) -> None:
    """File › Verify a Result Sheet…: pick a PDF, check it on a worker thread, show the verdict."""
    path = dialogs.open_file(translate("Integrity", "Verify a result sheet"), folder, _tr(PDF_FILTER))
    if path is None:
        return

    def check() -> Verification:
        return verify_pdf(_read_pdf(path))

    def show(result: Verification) -> None:
        finding = describe(result, load_identity())
        dialog = VerificationDialog(path, finding, result.fingerprint, parent)
        try:
            dialogs.run(dialog)
        finally:
            dialog.deleteLater()

    def failed(message: str) -> None:
        dialogs.error(translate("Integrity", "Verify a result sheet"),
                      translate("Integrity", "{0} could not be read: {1}").format(path.name, message))

    run_in_background(parent, check, show, failed)


def export_signing_certificate(dialogs: Dialogs, context: MeetingContext, folder: Path | None) -> Path | None:
    """File › Export Signing Certificate…: write the public certificate for members to check sheets with.

    With no certificate yet, one is made for the open meeting's organisation (so it can be
    published before the meeting); with no meeting open either, the user is told how to get one.
    """
    title = translate("Integrity", "Export signing certificate")
    identity = organisation_certificate() or load_identity()
    if identity is None:
        svc = context.service
        if svc is None:
            dialogs.error(title, translate("Integrity", "This installation has no signing certificate yet. Open a "
                                           "meeting and choose this again to make one, or sign a result sheet, "
                                           "which makes it."))
            return None
        organisation = meeting_details(svc).organisation or "BallotDesk"
        if not dialogs.confirm(title, translate(
                "Integrity", "This installation has no signing certificate yet. Make one now for {0}? Every result "
                "sheet signed here will carry it, so publish its fingerprint before the meeting."
        ).format(organisation)):
            return None
        try:
            identity = ensure_identity(organisation)
        except OSError as error:
            dialogs.error(title, translate("Integrity", "The certificate could not be made: {0}").format(
                error.strerror or error))
            return None
    name = file_name(identity.organisation, translate("Integrity", "signing certificate"))
    suggested = (folder or Path.home()) / (name + ".pem")
    dest = dialogs.save_file(title, suggested, _tr(CERT_FILTER))
    if dest is None:
        return None
    if not dest.suffix:
        dest = dest.with_name(dest.name + ".pem")
    if dest.suffix.lower() == SUFFIX:  # the file dialog would let a certificate replace a meeting
        dialogs.error(title, translate(
            "Integrity", "{0} is a meeting file; the certificate was not written over it. Choose a name ending "
            "in .pem.").format(dest.name))
        return None
    try:
        export_certificate(dest, identity)
    except OSError as error:
        dialogs.error(title, translate("Integrity", "{0} could not be written to {1}: {2}").format(
            dest.name, dest.parent, error.strerror or error))
        return None
    dialogs.info(title, translate(
        "Integrity", "The certificate of {0} was saved to {1}.\n\nIts fingerprint (SHA-256) is\n{2}\n\nPublish the "
        "fingerprint (newsletter, website, notice board) so members can check that a result sheet was signed "
        "here.").format(identity.organisation, dest, identity.fingerprint))
    return dest


def import_organisation_certificate(dialogs: Dialogs, folder: Path | None) -> bool:
    """File › Import Organisation Certificate…: pick the chair's ``.p12``, unlock it once to check it, keep it.

    From then on result sheets are signed with it, and its password is asked each time a sheet is
    signed (the file stays encrypted on this laptop).

    Returns:
        Whether a certificate was imported.
    """
    title = translate("Integrity", "Import organisation certificate")
    path = dialogs.open_file(title, folder, _tr(P12_FILTER))
    if path is None:
        return False
    secret = dialogs.password(title, translate("Integrity", "The password of {0}:").format(path.name))
    if secret is None:
        return False
    try:
        identity = import_certificate_file(path, secret)
    except SigningError as error:
        dialogs.error(title, str(error))
        return False
    dialogs.info(title, translate(
        "Integrity", "Result sheets are signed from now on with the certificate of {0}, issued by {1}. Its "
        "password is asked each time a sheet is signed.\n\nIts fingerprint (SHA-256) is\n{2}").format(
        identity.organisation, identity.issuer, identity.fingerprint))
    return True


def certificate_password(dialogs: Dialogs) -> str | None:
    """The organisation certificate's password, to sign a sheet: "" when none is imported, None if cancelled."""
    identity = organisation_certificate()
    if identity is None:
        return ""
    return dialogs.password(translate("Integrity", "Sign the result sheet"), translate(
        "Integrity", "The password of the certificate of {0} (not the chair's PIN):").format(identity.organisation))
