"""The main window's other windows: the user guide, the projector, backups, hosting, and signed sheets.

Part of :class:`~ballotdesk.ui.shell.main_window.MainWindow` (a mixin it is built from), kept apart
so the window's module only assembles. Each window is made when first asked for, and its module
loaded then, not at start-up; the guide, the projector panel and the host window are kept once made.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ballotdesk.ui.backups.dialog import BackupsDialog
from ballotdesk.ui.backups.keeper import BackupKeeper
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.dialogs import Dialogs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from ballotdesk.ui.host.window import HostWindow
    from ballotdesk.ui.projector.control import ProjectorControl
    from ballotdesk.ui.shell.guide import GuideDialog

    _Window = QMainWindow
else:
    _Window = object


class ToolWindows(_Window):
    """Help › User Guide, View › Projector Display, File › Backups…, Meeting › Host, and the signing commands."""

    context: MeetingContext
    dialogs: Dialogs
    backups: BackupKeeper
    projector: ProjectorControl | None
    guide: GuideDialog | None
    host_window: HostWindow | None

    if TYPE_CHECKING:
        def open_path(self, path: Path) -> bool:
            """Open a meeting file (File › Open's)."""
            raise NotImplementedError

        def _folder(self) -> Path:
            """Where file dialogs start (File › Open's)."""
            raise NotImplementedError

    def show_guide(self) -> None:
        """Help › User Guide (F1): the guide in the interface language, beside the window (not modal)."""
        if self.guide is None:
            from ballotdesk.ui.shell.guide import GuideDialog  # loaded when first asked for, not at start-up

            self.guide = GuideDialog(self)
        self.guide.show()
        self.guide.raise_()

    def show_projector(self) -> None:
        """View › Projector Display: the chair's panel that drives the full-screen hall display."""
        if self.projector is None:
            from ballotdesk.ui.projector.control import ProjectorControl  # loaded when first shown

            self.projector = ProjectorControl(self.context, self)
        self.projector.show()
        self.projector.raise_()

    def verify_sheet(self) -> None:
        """File › Verify a Result Sheet…: is a PDF exactly as signed, by whom, with which certificate."""
        from ballotdesk.ui.documents.integrity import verify_sheet  # with pyHanko behind it: loaded when first used

        verify_sheet(self, self.dialogs, self._folder())

    def export_certificate(self) -> None:
        """File › Export Signing Certificate…: the public certificate, for members to check sheets with."""
        from ballotdesk.ui.documents.integrity import export_signing_certificate

        export_signing_certificate(self.dialogs, self.context, self._folder())

    def import_certificate(self) -> None:
        """File › Import Organisation Certificate…: sign sheets with the chair's certificate (.p12) from now on."""
        from ballotdesk.ui.documents.integrity import import_organisation_certificate

        import_organisation_certificate(self.dialogs, self._folder())

    def show_backups(self) -> None:
        """File › Backups…: the folder (a USB stick), Back up now, recent backups, restore."""
        if self.context.service is None:
            return
        dialog = BackupsDialog(self.backups, self.dialogs, self)
        dialog.open_requested.connect(self.open_path)
        try:
            self.dialogs.run(dialog)
        finally:
            dialog.deleteLater()

    def show_host(self) -> None:
        """Meeting › Host on the Network…: one window, kept while hosting (closing it stops hosting)."""
        if self.context.service is None:
            return
        if self.host_window is None:
            from ballotdesk.ui.host.window import HostWindow

            self.host_window = HostWindow(self.context, self.dialogs, self)
        self.host_window.show()
        self.host_window.raise_()
        self.host_window.activateWindow()

    def _rebuild_projector(self) -> None:
        old = self.projector
        if old is None:
            return
        visible = old.isVisible()
        old.detach()
        from ballotdesk.ui.projector.control import ProjectorControl

        self.projector = ProjectorControl(self.context, self)
        self.projector.take_over(old)
        old.hide()
        old.deleteLater()
        if visible:
            self.projector.show()
