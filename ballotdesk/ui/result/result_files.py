"""The Result page's files: the signed result sheet (preview, print, save) and the CSV or JSON export.

Part of :class:`~ballotdesk.ui.result.page.ResultPage` (a mixin it is built from), kept apart so the
page's module holds the result and the chair's steps towards it. The preview and the certificate
questions are loaded when first used, not at start-up. Its words keep the page's translation
context, ``ResultPage``, so the catalogue still finds them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ballotdesk.reports.identity import load_identity, organisation_certificate
from ballotdesk.services import ballots as ballot_service
from ballotdesk.services import documents
from ballotdesk.ui.dialogs import APP_NAME, not_done

if TYPE_CHECKING:
    from ballotdesk.ui.pages import Page

    _Page = Page
else:
    _Page = object

translate = QCoreApplication.translate


class ResultFiles(_Page):
    """Result sheet… and Export… for the chosen ballot."""

    if TYPE_CHECKING:
        def ballot(self) -> ballot_service.Ballot | None:
            """The chosen ballot (the page's)."""
            raise NotImplementedError

    def _file_stem(self, ballot: ballot_service.Ballot, what: str) -> Path:
        # Loaded on first use: the preview brings PDFium and Qt's printing, which start-up does without.
        from ballotdesk.ui.documents.print_preview import file_name

        svc = self.service
        assert svc is not None
        round_words = translate("ResultPage", "round {0}").format(ballot.round) if ballot.round > 1 else ""
        return svc.path.parent / file_name(svc.path.stem, what, ballot.title, round_words)

    def result_sheet(self) -> None:
        """Preview the declared result sheet, signed; print it or save the signed PDF."""
        from ballotdesk.ui.documents.print_preview import PrintPreviewDialog, default_page_size, preview_document

        svc, ballot = self.service, self.ballot()
        if svc is None or ballot is None:
            return
        ballot_id = ballot.id
        from ballotdesk.ui.documents.integrity import certificate_password

        secret = certificate_password(self.dialogs)  # asked once per preview, only for an organisation certificate
        if secret is None:
            return

        def job(size: str) -> Any:
            return self.dialogs.attempt(not_done(), lambda: documents.signed_result_sheet_job(
                svc, ballot_id, size, secret or None))

        size = default_page_size()
        first = job(size)
        if first is None:
            return

        def signed(dialog: PrintPreviewDialog) -> None:
            identity = organisation_certificate() or load_identity()
            if identity is not None and identity.p12:
                dialog.note.setText(translate(
                    "ResultPage",
                    "This sheet is signed with the certificate of {0}, issued by {1} (fingerprint {2}): anyone who "
                    "trusts {1} can check it with 'ballotdesk verify --trust'; a printed copy shows the fingerprint "
                    "in its footer.").format(identity.organisation, identity.issuer, identity.fingerprint))
            elif identity is not None:
                dialog.note.setText(translate(
                    "ResultPage",
                    "This sheet is signed with this installation's certificate (fingerprint {0}). Save as PDF "
                    "keeps the signature, so anyone can check the file with File › Verify a Result Sheet…; a "
                    "printed copy shows the fingerprint in its footer.").format(identity.fingerprint))

        stem = self._file_stem(ballot, translate("ResultPage", "Result"))
        preview_document(self, self.dialogs.run, translate("ResultPage", "Result sheet — {0}").format(ballot.title),
                         first, stem.with_name(stem.name + ".pdf"),
                         note=translate("ResultPage", "Preparing and signing the result sheet…"),
                         page_sizes=("A4", "Letter"), page_size=size, remake=job, on_ready=signed)

    def export_result(self) -> None:
        """Save the result as CSV or JSON, chosen by the file name's extension."""
        svc, ballot = self.service, self.ballot()
        if svc is None or ballot is None:
            return
        stem = self._file_stem(ballot, translate("ResultPage", "Result"))
        path = self.dialogs.save_file(translate("ResultPage", "Export result"), stem.with_name(stem.name + ".csv"),
                                      translate("ResultPage", "CSV for a spreadsheet (*.csv);;JSON (*.json)"))
        if path is None:
            return
        if not path.suffix:
            path = path.with_name(path.name + ".csv")
        suffix = path.suffix.lower()
        if suffix not in (".csv", ".json"):
            self.dialogs.error(not_done(), translate(
                "ResultPage", "Choose a file name ending in .csv (for a spreadsheet) or .json."))
            return
        write = documents.result_json_file if suffix == ".json" else documents.result_csv
        if self.dialogs.done(not_done(), lambda: write(svc, ballot.id, path)):
            self.dialogs.info(APP_NAME, translate("ResultPage", "The result was saved to {0}.").format(path))
