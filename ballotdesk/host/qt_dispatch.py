"""Running the server's service calls on the Qt GUI thread, for the host window (QtCore only, no widgets).

The app's pages call the services on the GUI thread, which alone uses the meeting's SQLite
connection. Rather than make every page take a lock, the host window builds its
:class:`~ballotdesk.host.server.HostServer` with ``dispatch=QtDispatcher(service)``: each call
from the network is posted to the GUI thread as a queued event and the server's worker waits
for its result. The GUI's calls and the network's then never interleave, and never need to.

One care: a modal progress dialog processes events *inside* a long change (a roll import), so a
posted call could land inside that transaction and be rolled back with it after the device was
told it succeeded. A call that finds a transaction open is put back in the queue until it ends.

    dispatcher = QtDispatcher(service)
    server = HostServer(service, dispatch=dispatcher)
    server.start()
    ...
    stop_with_qt_running(server)   # on closing the window: the GUI thread keeps serving until done
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot

if TYPE_CHECKING:
    from ballotdesk.host.server import HostServer
    from ballotdesk.services.meeting import MeetingService

RETRY_MS = 20


class _Call:
    """One posted call, its outcome, and the event its caller waits on."""

    def __init__(self, fn: Callable[[], object]) -> None:
        self.fn = fn
        self.result: object = None
        self.error: BaseException | None = None
        self.done = threading.Event()


class QtDispatcher(QObject):
    """Runs the gate's calls on the thread this object lives on (create it on the GUI thread)."""

    _posted = Signal(object)

    def __init__(self, service: MeetingService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._posted.connect(self._execute, Qt.ConnectionType.QueuedConnection)

    def __call__(self, fn: Callable[[], object]) -> object:
        """Run ``fn`` on the GUI thread and return its result (or raise its error); called by the gate's worker."""
        if QThread.currentThread() is self.thread():
            return fn()
        call = _Call(fn)
        self._posted.emit(call)
        call.done.wait()
        if call.error is not None:
            raise call.error
        return call.result

    @Slot(object)
    def _execute(self, call: Any) -> None:
        if self._service.store.conn.in_transaction:  # inside a change that processes events: after it
            QTimer.singleShot(RETRY_MS, lambda: self._execute(call))
            return
        try:
            call.result = call.fn()
        except BaseException as error:  # handed to the waiting worker, which raises it in the request
            call.error = error
        finally:
            call.done.set()


def stop_with_qt_running(server: HostServer, timeout_s: float = 20.0) -> None:
    """Stop hosting from the GUI thread, running the Qt loop meanwhile so calls in flight can finish."""
    stopped = server.request_stop()
    deadline = QDeadlineTimer(int(timeout_s * 1000))
    while not stopped.done() and not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)
    server.stop(timeout=max(0.1, deadline.remainingTime() / 1000))
