"""The host window's side of the server: ``ballotdesk.host`` started beside the Qt loop, told and telling.

The server (the host helper's :class:`~ballotdesk.host.server.HostServer`) runs on its own thread;
every service call it makes is posted to the GUI thread by :class:`~ballotdesk.host.qt_dispatch.QtDispatcher`,
so the pages' calls and the devices' never interleave on the meeting's connection. This module adds
the two notices the window needs, both ways:

* a device changed the meeting (the audit log moved during a call): the window's pages redraw,
  exactly as after a change made on this laptop;
* the chair changed the meeting here (:class:`MeetingContext` says so): the devices' pages hear
  it at once rather than at the server's next look.
"""

from __future__ import annotations

from collections.abc import Callable

from ballotdesk.host.qt_dispatch import QtDispatcher, stop_with_qt_running
from ballotdesk.host.server import HostServer
from ballotdesk.services.meeting import MeetingService
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.host.devices import JoinedDevice

DEVICE_CHANGE = "host.device"
"""The action named to the window when a device joined, left or was seen (no change to the meeting)."""
MEETING_CHANGE = "host.change"
"""The action named to the pages when a device changed the meeting."""


class QtHost:
    """A running :class:`HostServer` for the open meeting, as :class:`~ballotdesk.ui.host.devices.HostHandle`."""

    def __init__(self, context: MeetingContext, *, https: bool, port: int, on_change: Callable[[str], None],
                 bind: str = "0.0.0.0") -> None:
        service = context.service
        if service is None:
            raise RuntimeError("No meeting is open.")
        self._context = context
        self._service: MeetingService = service
        self._on_change = on_change
        self._dispatcher = QtDispatcher(service)
        self.server = HostServer(service, port=port, bind=bind, https=https, dispatch=self._dispatch)
        self.server.add_listener(lambda: on_change(DEVICE_CHANGE))
        self.server.start()
        context.changed.connect(self._chair_changed)

    def _dispatch(self, fn: Callable[[], object]) -> object:
        """Run a device's call on the GUI thread; if it changed the meeting, say so (a read says nothing)."""

        def watched() -> object:
            before = self._service.audit_head()
            try:
                return fn()
            finally:
                if self._service.audit_head() != before:
                    self._on_change(MEETING_CHANGE)

        return self._dispatcher(watched)

    def _chair_changed(self, action: str) -> None:
        if action != MEETING_CHANGE:  # the devices already heard of their own changes
            self.server.notify()

    @property
    def url(self) -> str:
        """The join address."""
        return self.server.url

    @property
    def join_code(self) -> str:
        """The six digits to join with."""
        return self.server.join_code

    @property
    def fingerprint(self) -> str | None:
        """The certificate's SHA-256 fingerprint, None on plain HTTP."""
        return self.server.fingerprint

    def set_join_code(self, code: str | None = None) -> str:
        """A new code (``code`` or random); devices already joined stay."""
        return self.server.set_join_code(code)

    def devices(self) -> list[JoinedDevice]:
        """The devices joined, as the window lists them."""
        return [JoinedDevice(str(d.id), d.name, d.role, d.last_seen, d.address) for d in self.server.devices()]

    def disconnect(self, device_id: str) -> None:
        """Revoke one device at once."""
        self.server.disconnect(int(device_id))

    def stop(self) -> None:
        """Stop with the Qt loop still running, so calls in flight (waiting for the GUI thread) finish."""
        try:
            self._context.changed.disconnect(self._chair_changed)
        except (RuntimeError, TypeError):
            pass  # already disconnected
        stop_with_qt_running(self.server)


def start(context: MeetingContext, *, https: bool, port: int, on_change: Callable[[str], None]) -> QtHost:
    """Start hosting the open meeting on every interface of this laptop."""
    return QtHost(context, https=https, port=port, on_change=on_change)
