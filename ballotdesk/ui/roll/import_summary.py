"""The import dialog's last page: what the import did, the rows it skipped, and what the chair should check.

Part of :class:`~ballotdesk.ui.roll.import_dialog.ImportDialog` (a mixin it is built from), kept
apart so the dialog's module holds the mapping and the import itself. Its words keep the dialog's
translation context, ``ImportDialog``, so the catalogue still finds them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ballotdesk.ui.domain_text import field_label
from ballotdesk.ui.tones import Tone, style_text

if TYPE_CHECKING:
    from ballotdesk.services.roll_import import ImportSummary

    _Dialog = QDialog
else:
    _Dialog = object

translate = QCoreApplication.translate


def _shown(value: str | None) -> str:
    """A roll value as the summary shows it; a blank one in words, so "kept ''" is never shown."""
    return value if value else QCoreApplication.translate("ImportDialog", "(blank)")


class ImportSummaryPage(_Dialog):
    """Builds and fills the summary page; the dialog shows it once the import has stopped."""

    path: Path
    """The export being imported (set by the dialog)."""
    pages: QStackedWidget
    """The dialog's two pages: the mapping (0) and this summary (1)."""

    def _summary_page(self) -> QWidget:
        page = QWidget()
        self.headline = QLabel()
        self.headline.setAccessibleName(translate("ImportDialog", "Import result"))
        self.headline.setWordWrap(True)
        font = QFont(self.headline.font())
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.headline.setFont(font)
        self.figures = QLabel()
        self.figures.setAccessibleName(translate("ImportDialog", "Import figures"))
        figures_font = QFont(self.figures.font())
        figures_font.setPointSize(figures_font.pointSize() + 2)
        self.figures.setFont(figures_font)
        self.skipped = QListWidget()
        self.skipped.setObjectName("import_skipped")
        self.skipped.setAccessibleName(translate("ImportDialog", "Skipped rows"))
        self.skipped_box = QGroupBox(translate("ImportDialog", "Skipped rows"))
        skipped_layout = QVBoxLayout(self.skipped_box)
        skipped_layout.addWidget(self.skipped)
        # Thousands of lines go back to the membership office whole, not one Ctrl+C at a time.
        self.skipped_lines: list[str] = []
        self.copy_skipped_button = QPushButton(translate("ImportDialog", "Copy list"))
        self.copy_skipped_button.setAccessibleName(translate("ImportDialog", "Copy the skipped rows"))
        self.copy_skipped_button.setAutoDefault(False)
        self.copy_skipped_button.clicked.connect(self.copy_skipped)
        self.save_skipped_button = QPushButton(translate("ImportDialog", "Save list…"))
        self.save_skipped_button.setAccessibleName(translate("ImportDialog", "Save the skipped rows"))
        self.save_skipped_button.setAutoDefault(False)
        self.save_skipped_button.clicked.connect(self.save_skipped)
        self.list_note = QLabel()
        self.list_note.setAccessibleName(translate("ImportDialog", "Skipped rows list"))
        self.list_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        list_row = QHBoxLayout()
        list_row.addWidget(self.list_note, 1)
        list_row.addWidget(self.copy_skipped_button)
        list_row.addWidget(self.save_skipped_button)
        skipped_layout.addLayout(list_row)
        # What the import did not do, or did to people already registered: the user must see it.
        self.notices = QListWidget()
        self.notices.setObjectName("import_notices")
        self.notices.setAccessibleName(translate("ImportDialog", "Check these"))
        self.notices_box = QGroupBox(translate("ImportDialog", "Check these"))
        QVBoxLayout(self.notices_box).addWidget(self.notices)
        self.notices_box.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(self.headline)
        layout.addWidget(self.figures)
        layout.addWidget(self.notices_box, 1)
        layout.addWidget(self.skipped_box, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _show_summary(self, summary: ImportSummary) -> None:
        headline = translate("ImportDialog", "Import finished: {0}").format(self.path.name)
        in_file = summary.imported + summary.updated + summary.unchanged
        if summary.left > in_file:
            # Importing one branch's list into a whole roll marks everyone else as left: say so plainly.
            headline += translate(
                "ImportDialog", "\nCheck: {0:,} members were not in this file and are now marked as left. "
                "If this was not the complete export, import the complete one.").format(summary.left)
        self.headline.setText(headline)
        self.figures.setText(translate("ImportDialog",
            "New members imported: {0:,}\nMembers updated: {1:,}\nUnchanged: {2:,}\n"
            "Marked as left (not in this file): {3:,}\nRows skipped: {4:,}").format(
            summary.imported, summary.updated, summary.unchanged, summary.left, len(summary.skipped)))
        self.skipped.clear()
        line = translate("ImportDialog", "Line {0}: {1}")
        self.skipped_lines = [line.format(problem.line, problem.reason) for problem in summary.skipped]
        self.skipped.addItems(self.skipped_lines)
        self.skipped_box.setTitle(translate(
            "ImportDialog", "Skipped rows ({0}) — fix them in the file and import again").format(len(summary.skipped)))
        self.skipped_box.setVisible(bool(summary.skipped))  # "Rows skipped: 0" says it; no empty list below
        self._show_notices(summary)
        self.pages.setCurrentIndex(1)

    def _show_notices(self, summary: ImportSummary) -> None:
        """List the hand entries the file did not overwrite and the registered members whose vote changed."""
        self.notices.clear()
        for entry in summary.kept:
            self.notices.addItem(translate("ImportDialog",
                "Line {0}: {1}, {2}: kept \"{3}\", entered by hand; the file says \"{4}\". "
                "To take the file's value, correct the member.").format(
                entry.line, entry.number, field_label(entry.field), _shown(entry.kept), _shown(entry.export)))
        for change in summary.verdicts:
            text = translate("ImportDialog", "{0} {1}, already registered, may now vote: {2}") if change.may_vote else \
                translate("ImportDialog", "{0} {1}, already registered, may no longer vote: {2}")
            self.notices.addItem(text.format(change.number, change.name, change.reason))
        self.notices_box.setTitle(translate("ImportDialog", "Check these ({0})").format(self.notices.count()))
        self.notices_box.setVisible(self.notices.count() > 0)

    def copy_skipped(self) -> None:
        """Put every skipped row on the clipboard, one a line, to paste into an e-mail to the membership office."""
        QGuiApplication.clipboard().setText("\n".join(self.skipped_lines))
        self.list_note.setText(translate("ImportDialog", "{0:,} lines copied.").format(len(self.skipped_lines)))
        style_text(self.list_note, None)

    def ask_save_path(self, suggested: Path) -> Path | None:
        """Where to save the skipped rows (tests replace this rather than face a file chooser)."""
        chosen, _ = QFileDialog.getSaveFileName(self, translate("ImportDialog", "Save the skipped rows"),
                                                str(suggested), translate("ImportDialog", "Text files (*.txt)"))
        return Path(chosen) if chosen else None

    def save_skipped(self) -> None:
        """Write every skipped row to a UTF-8 text file beside the export, or say why it could not be."""
        suggested = self.path.with_name(translate("ImportDialog", "{0} - skipped rows.txt").format(self.path.stem))
        target = self.ask_save_path(suggested)
        if target is None:
            return
        try:
            target.write_text("".join(f"{line}\n" for line in self.skipped_lines), encoding="utf-8")
        except OSError as error:
            self.list_note.setText(translate("ImportDialog", "Could not save {0}: {1}").format(
                target.name, error.strerror or error))
            style_text(self.list_note, Tone.PROBLEM)
            return
        self.list_note.setText(translate("ImportDialog", "Saved to {0}").format(target))
        style_text(self.list_note, Tone.OK)
