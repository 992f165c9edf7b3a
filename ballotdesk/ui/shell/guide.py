"""Help › User Guide: the short guide for the chair, the tellers and the secretary, in the app.

The guide is plain HTML under ``resources/guide`` (one file per language, screenshots beside it
in ``images/``), read through :mod:`ballotdesk.res` so it works from the source tree, a wheel and
a frozen bundle alike, and offline: a church hall rarely has a network to fetch a manual from.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ballotdesk.res import resource, resource_path
from ballotdesk.ui.i18n import DEFAULT_LANGUAGE, current_language
from ballotdesk.ui.widgets.page_tools import fit_on_screen


def guide_file(code: str) -> str:
    """The guide's file name for a language, falling back to English when it has none."""
    name = f"guide_{code}.html"
    return name if resource("guide", name).is_file() else f"guide_{DEFAULT_LANGUAGE}.html"


class GuideDialog(QDialog):
    """A non-modal window with the guide in the current language; links inside it stay inside it."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("BallotDesk User Guide"))
        self.setAccessibleName(self.tr("User guide"))
        self.language = language or current_language()
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("User guide text"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        path = resource_path("guide", guide_file(self.language))
        # The folder as search path lets <img src="images/x.png"> resolve beside the HTML file.
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the guide"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        fit_on_screen(self, 900, 700)

    def html(self) -> str:
        """The guide's text as loaded (for tests)."""
        return self.browser.toHtml()
