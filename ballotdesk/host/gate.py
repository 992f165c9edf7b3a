"""The one way into the hosting laptop's meeting: every service call from the network passes this gate.

Why a gate: the meeting has one SQLite connection (``MeetingStore.conn``) and one writer. The
services are not written for two threads at once: a read on the connection in the middle of
another thread's transaction would see half a change, and two registrations interleaved could
each pass the "one live paper" rule before either wrote. So the server never calls a service
itself; it hands a function to :meth:`ServiceGate.call`, and the gate runs the functions one
after another:

* Headless (``ballotdesk host``), the gate runs them on one worker thread of its own, under
  :attr:`ServiceGate.lock`. Nothing else touches the meeting.
* In the Qt app, the GUI thread already calls the services all evening (the desk, the count
  page). The host window builds the gate with a ``dispatch`` that runs each function *on the GUI
  thread* (:mod:`ballotdesk.host.qt_dispatch`): the server's worker waits while the Qt loop runs
  it between two of its own events. Then every call on the connection, the GUI's and the
  network's, is made by one thread, one at a time, and the GUI needs no lock at all.

Either way each use case keeps its single transaction, so every rule (one live paper per member,
four eyes, locks) is checked and written in one step whichever device asked.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService

T = TypeVar("T")
Dispatch = Callable[[Callable[[], object]], object]
"""Runs a function where the meeting may be touched and returns its result (or raises its error)."""


class ServiceGate:
    """Serialises every service call the server makes, and records each as its device.

    ``dispatch``: where a call runs. None (headless) runs it on the gate's worker thread; the Qt
    host window passes one that runs it on the GUI thread (see the module's docstring).
    """

    def __init__(self, service: MeetingService, dispatch: Dispatch | None = None) -> None:
        self.service = service
        self.lock = threading.RLock()
        """Held while a call runs; a headless caller outside the server may take it too."""
        self._dispatch = dispatch
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ballotdesk-host")

    def call(self, fn: Callable[[MeetingService], T], actor: str | None = None) -> Future[T]:
        """Run ``fn(service)`` after every call before it, as ``actor`` in the audit log; a future of its result."""
        return self._worker.submit(self._run, fn, actor)

    def _run(self, fn: Callable[[MeetingService], T], actor: str | None) -> T:
        def inner() -> T:
            with self.lock, self._as(actor):
                return fn(self.service)

        if self._dispatch is None:
            return inner()
        return self._dispatch(inner)  # type: ignore[return-value]

    @contextmanager
    def _as(self, actor: str | None) -> Iterator[None]:
        """Record changes made in the block as ``actor`` ("Overflow desk (desk)"), then put the actor back.

        Only one call runs at a time, so the service's own actor (the GUI's steward) is never seen
        by a device's change or the other way round.
        """
        if actor is None:
            yield
            return
        previous = self.service.actor
        self.service.actor = actor
        try:
            yield
        finally:
            self.service.actor = previous

    def close(self) -> None:
        """Finish the calls already handed in (none is cut off halfway), then stop the worker."""
        self._worker.shutdown(wait=True)
