"""Meeting › Host on the Network…: the window the chair keeps open while other devices join.

It shows what a steward needs to join (the address, a QR code of it, the 6-digit join code and
the certificate's fingerprint), who has joined, and lets the chair disconnect a device at once.
The server itself is the host helper's (``ballotdesk.host``); this window only starts it beside
the Qt event loop, shows its state, and stops it cleanly when the window closes. Devices' changes
reach the rest of the window through :meth:`MeetingContext.notify`, so the desk figures, quorum
and Count page redraw exactly as after a change made on this laptop.
"""

from __future__ import annotations

from collections.abc import Callable

import qrcode
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFont, QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ballotdesk.domain.errors import DomainError
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.dialogs import Dialogs
from ballotdesk.ui.host.devices import DevicesModel, HostHandle, HostStarter
from ballotdesk.ui.tones import Tone, style_text, style_tint

DEFAULT_PORT = 8765
REFRESH_MS = 2000
"""How often the devices' "last seen" is redrawn while nothing else changes."""
REDRAW_MS = 150
"""Devices' changes within this time redraw the window's pages once (four desks at the door: not forty redraws)."""


def start_host(context: MeetingContext, https: bool, port: int, on_change: Callable[[str], None]) -> HostHandle:
    """The real server (imported here: a window that never hosts never loads the HTTP stack)."""
    from ballotdesk.ui.host.bridge import start

    return start(context, https=https, port=port, on_change=on_change)


def qr_image(text: str, scale: int = 6, border: int = 4) -> QImage:
    """``text`` as a QR code, black modules on white, ``scale`` pixels a module, with the quiet zone.

    The ``qrcode`` package computes the matrix in pure Python; drawing it here needs no Pillow.
    Medium error correction survives a phone camera at an angle across a table.
    """
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=border)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()
    size = len(matrix) * scale
    stride = (size + 3) // 4 * 4  # QImage wants each line on a 4-byte boundary
    pixels = bytearray(b"\xff" * (stride * size))
    for y, row in enumerate(matrix):
        line = bytearray(stride)
        line[:] = b"\xff" * stride
        for x, dark in enumerate(row):
            if dark:
                line[x * scale:(x + 1) * scale] = b"\x00" * scale
        for dy in range(scale):
            start = (y * scale + dy) * stride
            pixels[start:start + stride] = line
    # Built from bytes in one go: a pixel-by-pixel setPixel() is slow, and millions of calls returning
    # None trip a reference-count bug in PySide6 6.12 at exit. copy() gives the image its own buffer.
    return QImage(bytes(pixels), size, size, stride, QImage.Format.Format_Grayscale8).copy()


def valid_join_code(text: str) -> bool:
    """Exactly six digits (0–9): what a phone's number pad types and the join page accepts."""
    return len(text) == 6 and all("0" <= c <= "9" for c in text)

class _Changes(QObject):
    """Carries the server's change notices from its thread to the Qt thread (a queued signal)."""

    changed = Signal(str)


class HostWindow(QDialog):
    """Start or stop hosting; the join address, QR code, code, fingerprint and devices.

    ``starter`` is replaceable (tests give a fake server), as the main window's dialogs are.
    """

    starter: HostStarter = staticmethod(start_host)

    def __init__(self, context: MeetingContext, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialogs = dialogs
        self.host: HostHandle | None = None
        self.port = DEFAULT_PORT
        """The port to listen on (0: any free one, as tests use)."""
        self._changes = _Changes(self)
        self._changes.changed.connect(self._device_changed, Qt.ConnectionType.QueuedConnection)
        self.setWindowTitle(self.tr("Host on the Network"))
        self.setObjectName("host_window")

        # -- how to host ----------------------------------------------------------------------
        self.https = QRadioButton(self.tr("&Encrypted (HTTPS, recommended)"))
        self.https.setChecked(True)
        self.plain = QRadioButton(self.tr("&Plain HTTP"))
        group = QButtonGroup(self)
        group.addButton(self.https)
        group.addButton(self.plain)
        self.plain_note = QLabel(self.tr(
            "Plain HTTP is not encrypted: anyone on the same network can read names, registrations and counts, "
            "and could pretend to be this laptop. Use it only on a private hotspot that only the meeting's "
            "devices have the password for."))
        self.plain_note.setWordWrap(True)
        self.https_note = QLabel(self.tr(
            "Encrypted: each browser warns once that the certificate is the meeting's own; compare the "
            "fingerprint it shows with the one here, then accept it."))
        self.https_note.setWordWrap(True)
        self.https.toggled.connect(self._mode_changed)
        self.start_button = QPushButton(self.tr("&Start hosting"))
        self.start_button.setObjectName("host_start")
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(self.tr("S&top hosting"))
        self.stop_button.setObjectName("host_stop")
        self.stop_button.clicked.connect(self.stop)
        mode = QGroupBox(self.tr("Connection"))
        mode_layout = QVBoxLayout(mode)
        for widget in (self.https, self.https_note, self.plain, self.plain_note):
            mode_layout.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        mode_layout.addLayout(buttons)

        # -- how to join ----------------------------------------------------------------------
        self.address = QLabel()
        self.address.setObjectName("host_address")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = QFont(self.address.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        self.address.setFont(big)
        self.qr = QLabel()
        self.qr.setObjectName("host_qr")
        self.qr.setAccessibleName(self.tr("QR code of the join address"))
        self.code = QLabel()
        self.code.setObjectName("host_code")
        code_font = QFont(big)
        code_font.setPointSizeF(big.pointSizeF() * 1.6)
        code_font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 6)
        self.code.setFont(code_font)
        self.code.setAccessibleName(self.tr("Join code"))
        self.new_code = QLineEdit()
        self.new_code.setObjectName("host_new_code")
        self.new_code.setPlaceholderText(self.tr("6 digits, or empty for a random code"))
        self.new_code.setMaxLength(6)
        hint_width = self.new_code.fontMetrics().horizontalAdvance(self.new_code.placeholderText())
        self.new_code.setMinimumWidth(hint_width + 24)
        self.new_code.setAccessibleName(self.tr("New join code"))
        self.new_code.returnPressed.connect(self.change_code)
        self.change_button = QPushButton(self.tr("&Change code"))
        self.change_button.setObjectName("host_change_code")
        self.change_button.clicked.connect(self.change_code)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("host_fingerprint")
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.fingerprint.setFont(mono)
        self.problem = QLabel()
        self.problem.setObjectName("host_problem")
        self.problem.setWordWrap(True)
        style_tint(self.problem, Tone.PROBLEM, extra="padding: 6px;")
        self.problem.hide()
        code_row = QHBoxLayout()
        code_row.addWidget(self.code)
        code_row.addStretch(1)
        code_row.addWidget(self.new_code)
        code_row.addWidget(self.change_button)
        self.join = QGroupBox(self.tr("Joining"))
        form = QFormLayout()
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Join code:"), code_row)
        form.addRow(self.tr("Certificate fingerprint (SHA-256):"), self.fingerprint)
        join_layout = QHBoxLayout(self.join)
        join_layout.addLayout(form, 1)
        join_layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        self.firewall = QLabel(self.tr(
            "If Windows asks whether BallotDesk may communicate on networks, allow it on private networks: "
            "otherwise no other device can reach this laptop."))
        self.firewall.setWordWrap(True)

        # -- who has joined -------------------------------------------------------------------
        self.model = DevicesModel()
        self.devices = QTableView()
        self.devices.setObjectName("host_devices")
        self.devices.setModel(self.model)
        self.devices.setAccessibleName(self.tr("Devices joined"))
        self.devices.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.devices.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.devices.verticalHeader().hide()
        header = self.devices.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # "Gwelwyd ddiwethaf" is long
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.disconnect_button = QPushButton(self.tr("&Disconnect device"))
        self.disconnect_button.setObjectName("host_disconnect")
        self.disconnect_button.clicked.connect(self.disconnect_selected)
        devices_box = QGroupBox(self.tr("Devices joined"))
        devices_layout = QVBoxLayout(devices_box)
        devices_layout.addWidget(self.devices)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.disconnect_button)
        devices_layout.addLayout(row)

        layout = QVBoxLayout(self)
        layout.addWidget(mode)
        layout.addWidget(self.problem)
        layout.addWidget(self.join)
        layout.addWidget(self.firewall)
        layout.addWidget(devices_box, 1)

        # Enter in the code field changes the code; no button is a dialog default that Enter would also press
        # (Stop hosting, pressed by an Enter meant for the code, would cut every device off).
        for push in self.findChildren(QPushButton):
            push.setAutoDefault(False)
            push.setDefault(False)

        self._pending: set[str] = set()
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(REDRAW_MS)
        self._redraw.timeout.connect(self._redraw_pages)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh_devices)
        self.devices.selectionModel().selectionChanged.connect(self._update_buttons)
        self.context.closing.connect(self.stop)  # before the meeting's connection closes under the server
        self._mode_changed()
        self._show_state()

    # -- hosting ----------------------------------------------------------------------------------

    @property
    def hosting(self) -> bool:
        """True while the server listens."""
        return self.host is not None

    def start(self) -> bool:
        """Start the server for the open meeting; a failure (a port in use) is said in the window."""
        if self.host is not None or self.context.service is None:
            return False
        self._say("")
        try:
            self.host = type(self).starter(self.context, self.https.isChecked(), self.port,
                                           self._changes.changed.emit)
        except (DomainError, OSError, RuntimeError, ValueError) as error:
            self._say(self.tr("Hosting could not start: {0}").format(error))
            self.host = None
        self._show_state()
        if self.host is not None:
            self.timer.start()
        return self.host is not None

    @Slot()
    def stop(self) -> None:
        """Stop the server (requests in flight finish) and forget every device."""
        host, self.host = self.host, None
        self.timer.stop()
        if host is not None:
            host.stop()
        self._show_state()

    def change_code(self) -> None:
        """Set the code typed (six digits), or a random one when the field is empty."""
        if self.host is None:
            return
        typed = self.new_code.text().strip()
        if typed and not valid_join_code(typed):
            self._say(self.tr("A join code is exactly 6 digits: '{0}' is not.").format(typed))
            self.new_code.setFocus()
            return
        self._say("")
        self.host.set_join_code(typed or None)
        self.new_code.clear()
        self._show_state()

    def disconnect_selected(self) -> None:
        """Revoke the selected device at once; it must join again with the code."""
        rows = self.devices.selectionModel().selectedRows()
        device = self.model.device(rows[0].row()) if rows else None
        if self.host is None or device is None:
            return
        self.host.disconnect(device.id)
        self.refresh_devices()

    @Slot()
    def refresh_devices(self) -> None:
        """Redraw the list of devices, keeping the selected one selected."""
        rows = self.devices.selectionModel().selectedRows()
        chosen = self.model.device(rows[0].row()) if rows else None
        self.model.set_items(list(self.host.devices()) if self.host is not None else [])
        if chosen is not None:
            for row in range(self.model.rowCount()):
                device = self.model.device(row)
                if device is not None and device.id == chosen.id:
                    self.devices.selectRow(row)
        self._update_buttons()

    @Slot(str)
    def _device_changed(self, action: str) -> None:
        """A device changed the meeting (or joined): the pages redraw soon after, as after a change made here."""
        self._pending.add(action)
        if not self._redraw.isActive():
            self._redraw.start()

    @Slot()
    def _redraw_pages(self) -> None:
        changes, self._pending = self._pending, set()
        for action in sorted(a for a in changes if a and not a.startswith("host.device")):
            self.context.notify(action)
        self.refresh_devices()

    # -- display ----------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _mode_changed(self) -> None:
        https = self.https.isChecked()
        style_text(self.plain_note, None if https else Tone.WARNING, bold=not https)

    def _update_buttons(self) -> None:
        self.disconnect_button.setEnabled(self.hosting and bool(self.devices.selectionModel().selectedRows()))

    def _show_state(self) -> None:
        host = self.host
        self.start_button.setEnabled(host is None and self.context.service is not None)
        self.stop_button.setEnabled(host is not None)
        self.https.setEnabled(host is None)
        self.plain.setEnabled(host is None)
        self.join.setEnabled(host is not None)
        self.change_button.setEnabled(host is not None)
        self.new_code.setEnabled(host is not None)
        if host is None:
            self.address.setText(self.tr("Not hosting"))
            self.code.setText("——————")
            self.fingerprint.setText("")
            self.qr.clear()
        else:
            self.address.setText(host.url)
            self.code.setText(host.join_code)
            self.fingerprint.setText(host.fingerprint or self.tr("None: plain HTTP is not encrypted."))
            self.qr.setPixmap(QPixmap.fromImage(qr_image(host.url)))
        self.refresh_devices()

    def _may_stop(self) -> bool:
        """Closing the window stops hosting: with devices joined, only once the chair says so.

        An Esc meant for something else must not cut four desks off in the middle of the queue.
        """
        joined = len(self.host.devices()) if self.host is not None else 0
        return joined == 0 or self.dialogs.confirm(self.tr("Stop hosting"), self.tr(
            "Stop hosting? The {0} device(s) joined are disconnected at once and must join again "
            "with a new code.").format(joined))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window stops hosting: no device keeps a way in that nobody is watching."""
        if not self._may_stop():
            event.ignore()
            return
        self.stop()
        super().closeEvent(event)

    def reject(self) -> None:
        """Esc and the close button stop hosting too (QDialog's reject hides without a close event)."""
        if not self._may_stop():
            return
        self.stop()
        super().reject()
