"""Hosting a meeting on the hall's network: the server on a thread of its own, beside whatever else runs.

:class:`HostServer` is what both faces use: ``ballotdesk host`` (headless, :func:`serve`) and the
Qt host window. It runs aiohttp on its own thread with its own asyncio loop, so the Qt event loop
is never blocked by the network and the network never waits for a repaint; every service call
goes through one :class:`~ballotdesk.host.gate.ServiceGate` (read its docstring for how the GUI's
calls and the server's never interleave on the meeting's connection).

Python API for the host window: :attr:`HostServer.url`, :attr:`HostServer.fingerprint`,
:attr:`HostServer.join_code` and :meth:`HostServer.set_join_code`, :meth:`HostServer.devices`,
:meth:`HostServer.disconnect`, :meth:`HostServer.add_listener` (devices joined or left) and
:meth:`HostServer.notify` (the GUI changed the meeting: tell the pages).
"""

from __future__ import annotations

import asyncio
import errno
import ipaddress
import json
import signal
import socket
import threading
from collections.abc import Callable
from concurrent.futures import Future
from importlib.resources.abc import Traversable
from typing import TYPE_CHECKING

from aiohttp import web

from ballotdesk.domain import words
from ballotdesk.domain.errors import DomainError
from ballotdesk.host.api import HostState, create_app, refresh, schedule_refresh
from ballotdesk.host.cert import local_addresses, meeting_certificate
from ballotdesk.host.devices import DeviceInfo, Devices
from ballotdesk.host.gate import Dispatch, ServiceGate

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService

DEFAULT_PORT = 8765
POLL_SECONDS = 1.0
"""How often the server looks for changes it did not make itself (the chair's, on the host)."""
SHUTDOWN_SECONDS = 10.0
"""How long stopping waits for requests in flight before it gives up on them."""


class HostError(DomainError):
    """Hosting could not start (the port is taken, the address is not this laptop's)."""


def web_root() -> Traversable:
    """The web pages, ``resources/web``, wherever the resources are (source tree, wheel, frozen app)."""
    from ballotdesk.res import resource

    return resource("web")


def meeting_key(service: MeetingService) -> str:
    """What names the meeting's certificate: the hash of its first audit event (the same file after a move)."""
    first = next(iter(service.store.iter_events()), None)
    return str(first["hash"]) if first else str(abs(hash(str(service.path.resolve()))))


class HostServer:
    """The meeting served on the network, started with :meth:`start` and stopped with :meth:`stop`.

    Args:
        service: the open meeting (its lock held by this process: the only writer).
        port: TCP port (0 picks a free one; :attr:`port` says which).
        bind: the address to listen on; ``0.0.0.0`` is every interface of this laptop.
        https: serve HTTPS with the meeting's certificate (the default); False is plain HTTP.
        dispatch: where service calls run (see :class:`ServiceGate`); None for headless.
        join_code: a fixed code (tests); None makes a random one.
        pages: the web pages to serve at ``/`` (default ``resources/web``).
    """

    def __init__(self, service: MeetingService, *, port: int = DEFAULT_PORT, bind: str = "0.0.0.0",
                 https: bool = True, dispatch: Dispatch | None = None, join_code: str | None = None,
                 pages: Traversable | None = None) -> None:
        self.service = service
        self.bind = bind
        self.https = https
        self.devices_registry = Devices(join_code)
        self.gate = ServiceGate(service, dispatch)
        self._requested_port = port
        self._pages = pages
        self._socket: socket.socket | None = None
        self._certificate = meeting_certificate(meeting_key(service), str(service.details().get("title") or "")) \
            if https else None
        self.state = HostState(self.gate, self.devices_registry,
                               self._certificate.fingerprint if self._certificate else None)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stop_requested: asyncio.Event | None = None
        self._started: Future[None] = Future()
        self._stopped: Future[None] = Future()
        self.devices_registry.add_listener(self._end_revoked_streams)

    # -- what the host window shows --------------------------------------------------------------

    @property
    def port(self) -> int:
        """The port listened on (known once started)."""
        return int(self._socket.getsockname()[1]) if self._socket else self._requested_port

    @property
    def url(self) -> str:
        """The address devices open: ``https://192.168.1.20:8765/``."""
        host = self.bind
        if host in ("0.0.0.0", "", "::"):
            host = local_addresses()[0]
        if ":" in host:
            host = f"[{host}]"
        return f"{'https' if self.https else 'http'}://{host}:{self.port}/"

    @property
    def fingerprint(self) -> str | None:
        """SHA-256 of the certificate (``AB:CD:…``), None for plain HTTP."""
        return self._certificate.fingerprint if self._certificate else None

    @property
    def join_code(self) -> str:
        """The six digits a device types to join."""
        return self.devices_registry.join_code

    def set_join_code(self, code: str | None = None) -> str:
        """The chair changes the join code (None: a new random one); devices already joined stay."""
        return self.devices_registry.set_join_code(code)

    def devices(self) -> list[DeviceInfo]:
        """The devices joined, with role, box and last seen."""
        return self.devices_registry.devices()

    def disconnect(self, device_id: int) -> bool:
        """End a device's token at once (its next call gets 401, its event stream ends)."""
        return self.devices_registry.disconnect(device_id)

    def add_listener(self, callback: Callable[[], None]) -> None:
        """``callback()`` (on the thread that made the change) when a device joins or leaves or the code changes."""
        self.devices_registry.add_listener(callback)

    def notify(self) -> None:
        """The meeting changed outside the API (the chair opened a ballot): tell the pages now, not at the next poll."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(schedule_refresh, self.state)

    def _end_revoked_streams(self) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            return

        def end() -> None:
            for sub in list(self.state.hub._subscribers):
                if not self.devices_registry.is_joined(sub.device_id):
                    self.state.hub.end_device(sub.device_id)

        loop.call_soon_threadsafe(end)

    # -- starting and stopping ---------------------------------------------------------------------

    def start(self) -> None:
        """Listen, then return; a port already in use or an address not this laptop's is refused in words."""
        try:
            family = socket.AF_INET6 if ":" in self.bind else socket.AF_INET
            if self.bind:
                ipaddress.ip_address(self.bind)
            self._socket = socket.create_server((self.bind, self._requested_port), family=family, backlog=128)
        except ValueError:
            raise HostError(f"'{self.bind}' is not an IP address of this computer (e.g. 0.0.0.0 or 192.168.1.20).") \
                from None
        except OSError as error:
            hint = ("Is another program (or another BallotDesk) using that port?" if error.errno == errno.EADDRINUSE
                    else "Is that an address of this computer?" if error.errno == errno.EADDRNOTAVAIL else "")
            raise HostError(f"Cannot listen on {self.bind}:{self._requested_port}: {error.strerror or error}. "
                            f"{hint}".strip()) from None
        for code in words.DOCUMENT_LANGUAGES:  # loaded here, on the main thread: Qt's translators must be
            words.language_words(code)          # made where the first QObject is, never on the gate's worker
        self._thread = threading.Thread(target=self._run, name="ballotdesk-host-server", daemon=True)
        self._thread.start()
        self._started.result(timeout=30)

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        try:
            loop.run_until_complete(self._serve())
        except BaseException as error:  # reported to start() or stop(); never lost on a daemon thread
            if not self._started.done():
                self._started.set_exception(error)
        finally:
            loop.close()
            if not self._stopped.done():
                self._stopped.set_result(None)

    async def _serve(self) -> None:
        assert self._socket is not None
        self._stop_requested = asyncio.Event()
        self.state.web_root = self._pages if self._pages is not None else web_root()
        runner = web.AppRunner(create_app(self.state), access_log=None, shutdown_timeout=SHUTDOWN_SECONDS,
                               handle_signals=False)
        await runner.setup()
        site = web.SockSite(runner, self._socket,
                            ssl_context=self._certificate.server_context() if self._certificate else None)
        await site.start()
        poll = asyncio.create_task(self._poll())
        self._started.set_result(None)
        try:
            await self._stop_requested.wait()
        finally:
            poll.cancel()
            await runner.cleanup()  # stops listening, ends the streams, waits for requests in flight
            await asyncio.get_running_loop().run_in_executor(None, self.gate.close)
            self.devices_registry.revoke_all()

    async def _poll(self) -> None:
        while True:
            await asyncio.sleep(POLL_SECONDS)
            if self.state.hub.has_subscribers():
                try:
                    await refresh(self.state)
                except Exception:  # a failed look is tried again at the next poll
                    continue

    @property
    def running(self) -> bool:
        """Whether the server is listening (started, and neither stopped nor ended by a failure)."""
        return self._thread is not None and self._thread.is_alive() and not self._stopped.done()

    def request_stop(self) -> Future[None]:
        """Begin stopping without waiting (for the GUI thread, which must keep running the gate's calls)."""
        loop, stop = self._loop, self._stop_requested
        if loop is not None and stop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(stop.set)
        elif not self._stopped.done():
            self._stopped.set_result(None)
        return self._stopped

    def stop(self, timeout: float = SHUTDOWN_SECONDS + 5) -> None:
        """Stop listening, finish the requests in flight, end every token; returns once done.

        Not for the GUI thread when the gate dispatches onto it (it would wait for itself): use
        :meth:`request_stop` there and keep the Qt loop running until its future is done.
        """
        self.request_stop().result(timeout=timeout)
        if self._thread is not None:
            self._thread.join(timeout=timeout)


def serve(service: MeetingService, *, port: int, bind: str, https: bool, announce: Callable[[HostServer], None]
          ) -> None:
    """Host ``service`` until SIGINT or SIGTERM, then stop cleanly (headless ``ballotdesk host``)."""
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    server = HostServer(service, port=port, bind=bind, https=https)
    try:
        server.start()
        announce(server)
        while not stop.wait(0.5):
            if not server.running:  # the server's thread ended by itself: say so rather than wait forever
                raise HostError("Hosting stopped unexpectedly; every device is disconnected. Start it again.")
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def announcement(server: HostServer) -> str:
    """The one line ``host --json`` prints once listening."""
    return json.dumps({"url": server.url, "join_code": server.join_code, "fingerprint": server.fingerprint})
