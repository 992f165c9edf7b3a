"""Print ballot papers…: how many, for which box, numbered from where, with what prefix."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ballotdesk.reports.text import serial_text
from ballotdesk.ui.widgets.page_tools import dialog_buttons

MAX_PAPERS = 5000
"""The service refuses more in one go; a bigger meeting prints a second batch numbered on."""


@dataclass(frozen=True)
class PapersRequest:
    """What the secretary asked for."""

    count: int
    box: str
    first_serial: int
    prefix: str


class PapersDialog(QDialog):
    """The four questions before numbered ballot papers are laid out, with what they will look like."""

    def __init__(self, ballot_title: str, boxes: Sequence[str], suggested_count: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print ballot papers"))
        self.setMinimumWidth(480)
        intro = QLabel(self.tr("Numbered papers for <b>{0}</b>. Each box gets its own batch with the box's "
                               "name printed large, so papers cannot stray between boxes.").format(ballot_title))
        intro.setWordWrap(True)

        self.count = QSpinBox()
        self.count.setRange(1, MAX_PAPERS)
        self.count.setGroupSeparatorShown(True)
        self.count.setValue(max(1, min(suggested_count, MAX_PAPERS)))
        self.count.setAccessibleName(self.tr("How many papers"))
        self.box = QComboBox()
        self.box.addItems(list(boxes))
        self.box.setAccessibleName(self.tr("Box"))
        self.first = QSpinBox()
        self.first.setRange(0, 9_999_999)
        self.first.setValue(1)
        self.first.setAccessibleName(self.tr("First serial number"))
        self.first.setToolTip(self.tr("A second batch continues the numbering, e.g. from 501"))
        self.prefix = QLineEdit()
        self.prefix.setAccessibleName(self.tr("Serial prefix (optional)"))
        self.prefix.setPlaceholderText(self.tr("optional, e.g. OF- for the overflow batch"))
        self.prefix.setMaxLength(8)
        self.prefix.setValidator(QRegularExpressionValidator(QRegularExpression(r"[A-Za-z0-9\-/.]{0,8}"), self))

        form = QFormLayout()
        form.addRow(self.tr("How &many:"), self.count)
        form.addRow(self.tr("&Box:"), self.box)
        form.addRow(self.tr("&First serial:"), self.first)
        form.addRow(self.tr("&Prefix:"), self.prefix)
        self.example = QLabel()
        self.example.setAccessibleName(self.tr("Serial numbers that will be printed"))
        self.example.setWordWrap(True)
        for signal in (self.count.valueChanged, self.first.valueChanged, self.prefix.textChanged):
            signal.connect(lambda *_: self._update_example())

        self.buttons = dialog_buttons(self, self.tr("Preview"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.example)
        layout.addWidget(self.buttons)
        self._update_example()

    def _update_example(self) -> None:
        first, count, prefix = self.first.value(), self.count.value(), self.prefix.text()
        self.example.setText(self.tr("Papers {0} to {1} ({2:,} in all).").format(
            serial_text(first, prefix), serial_text(first + count - 1, prefix), count))

    def request(self) -> PapersRequest:
        """The answers."""
        return PapersRequest(self.count.value(), self.box.currentText(), self.first.value(), self.prefix.text())
