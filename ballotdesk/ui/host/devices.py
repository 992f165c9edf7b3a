"""What the host window knows of a running server and the devices joined to it.

:class:`HostHandle` is all the window needs of a host (the real one is
:class:`~ballotdesk.ui.host.bridge.QtHost`; tests give a fake), :class:`JoinedDevice` one device
as the chair sees it, and :class:`DevicesModel` the list of them. Apart from the window so the
bridge to the server can hand back devices without importing the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import Qt

from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.i18n import QT_TRANSLATE_NOOP
from ballotdesk.ui.models.base import Index, ListTableModel
from ballotdesk.ui.models.format import clock


@dataclass(frozen=True)
class JoinedDevice:
    """A device as the chair sees it in the list."""

    id: str
    name: str
    role: str
    last_seen: str | None
    address: str = ""


class HostHandle(Protocol):
    """What the window needs of a running host (``ballotdesk.host`` provides it)."""

    @property
    def url(self) -> str:
        """The join address devices type or scan."""
        ...

    @property
    def join_code(self) -> str:
        """The 6 digits a device types to join."""
        ...

    @property
    def fingerprint(self) -> str | None:
        """The certificate's SHA-256 fingerprint (None on plain HTTP)."""
        ...

    def set_join_code(self, code: str | None = None) -> str:
        """A new join code (``code``, or random when None); devices already joined stay."""
        ...

    def devices(self) -> Sequence[JoinedDevice]:
        """The devices joined now."""
        ...

    def disconnect(self, device_id: str) -> None:
        """Revoke one device's token at once."""
        ...

    def stop(self) -> None:
        """Stop listening, finishing requests in flight, and revoke every token."""
        ...


HostStarter = Callable[[MeetingContext, bool, int, Callable[[str], None]], HostHandle]
"""Starts a host for the open meeting: (context, https, port, on_change(action)) → a running host."""


class DevicesModel(ListTableModel[JoinedDevice]):
    """The devices joined: name, role and when each was last heard from."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("Header", "Device"),
        QT_TRANSLATE_NOOP("Header", "Role"),
        QT_TRANSLATE_NOOP("Header", "Last seen"),
        QT_TRANSLATE_NOOP("Header", "Address"),
    )

    def device(self, row: int) -> JoinedDevice | None:
        """The device on ``row``, or None."""
        return self.item(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Words only; the role is said in the interface language."""
        device = self.device(index.row()) if index.isValid() else None
        if device is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        roles = {"desk": self.tr("Desk"), "teller": self.tr("Teller")}
        values = (device.name, roles.get(device.role, device.role), clock(device.last_seen), device.address)
        return values[index.column()]
