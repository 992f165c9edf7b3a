"""Run slow, database-free work (laying out 5,000 ballot papers, signing, verifying) off the GUI thread.

The services split such work in two: a part that reads the meeting on the GUI thread (SQLite
connections stay on the thread that opened them) and returns a plain call that builds the
document. :func:`run_in_background` runs that call on a worker thread and hands its result,
or the refusal in words, back on the GUI thread. pyHanko's ``asyncio.run`` is then always
inside a thread of its own, never inside a running event loop.
"""

from __future__ import annotations

import gc
import importlib
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from ballotdesk.domain.errors import DomainError
from ballotdesk.services.files import MeetingFileError


class GuiThreadCollector(QObject):
    """Python's cycle collector, run on the GUI thread only, from a timer.

    Python collects cyclic garbage on whichever thread happens to allocate when a threshold is
    crossed. A worker laying out a PDF would then, now and then, destroy Qt objects left in
    reference cycles (a closed dialog, a replaced page) away from the GUI thread, and Qt crashes
    (seen as a segmentation fault while a sign-in sheet was being built). So while the app has
    worker threads, automatic collection is off and this timer collects, by the same generation
    thresholds, on the GUI thread: the technique long used by PyQt applications such as calibre.
    """

    INTERVAL_MS = 500

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, youngest first."""
        young, middle, old = gc.get_count()
        if young > self.threshold[0]:
            gc.collect(0)
            if middle > self.threshold[1]:
                gc.collect(1)
                if old > self.threshold[2]:
                    gc.collect(2)

    def stop(self) -> None:
        """Hand collection back to Python (tests do, once no worker runs)."""
        self.timer.stop()
        gc.enable()
        self.deleteLater()


_collector: GuiThreadCollector | None = None


def collect_on_gui_thread() -> GuiThreadCollector | None:
    """Make sure cyclic garbage is collected on the GUI thread; call it on that thread before starting a worker."""
    global _collector
    app = QCoreApplication.instance()
    if app is None:
        return None
    if _collector is None or not shiboken6.isValid(_collector):
        _collector = GuiThreadCollector(app)
    return _collector


def stop_collecting_on_gui_thread() -> None:
    """Undo :func:`collect_on_gui_thread` (for tests between worker runs; the app keeps it)."""
    global _collector
    if _collector is not None and shiboken6.isValid(_collector):
        _collector.stop()
    _collector = None


def load_in_background(*modules: str) -> threading.Thread:
    """Import ``modules`` on a thread, so that what the first change needs is ready by then.

    Start-up shows the meeting without sqlite-utils (see ``MeetingStore.db``); loading it on
    the GUI thread afterwards would freeze the window for a tenth of a second just when the
    steward may start typing. Python's import lock makes a use before it is done simply wait.
    """
    def load() -> None:
        for name in modules:
            try:
                importlib.import_module(name)
            except ImportError:  # the first real use reports it, in words
                pass

    thread = threading.Thread(target=load, name="load-in-background", daemon=True)
    thread.start()
    return thread


class _Relay(QObject):
    """Carries a worker's outcome to the GUI thread; one for the whole process, never deleted.

    A worker must never emit a signal of an object that the GUI may delete meanwhile (a window
    closed, a test torn down): that races with the deletion. The relay outlives every job, and
    the GUI thread checks that the job still exists before handing it the outcome.
    """

    outcome = Signal(object, bool, object)


_relay: _Relay | None = None


def _get_relay() -> _Relay:
    """The relay, created on the GUI thread the first time a job starts."""
    global _relay
    if _relay is None:
        _relay = _Relay()
        _relay.outcome.connect(_dispatch, Qt.ConnectionType.QueuedConnection)
    return _relay


def _dispatch(job: object, ok: bool, value: object) -> None:
    if isinstance(job, BackgroundJob) and shiboken6.isValid(job):
        job._deliver(ok, value)


class BackgroundJob(QObject):
    """One call on a worker thread; ``finished`` and ``failed`` are emitted on the GUI thread."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.running = False

    def start(self) -> None:
        """Start the worker thread (a daemon: quitting never waits for a half-built document)."""
        self.running = True
        collect_on_gui_thread()
        relay = _get_relay()
        threading.Thread(target=self._run, args=(relay,), name="ballotdesk-job", daemon=True).start()

    def _run(self, relay: _Relay) -> None:
        try:
            ok, value = True, self._work()
        except (DomainError, MeetingFileError, OSError, ValueError) as error:
            ok, value = False, str(error)
        except Exception as error:  # a bug must still reach the user as words, not kill the thread silently
            ok, value = False, QCoreApplication.translate("BackgroundJob", "Something went wrong: {0}: {1}").format(
                type(error).__name__, error)
        try:
            relay.outcome.emit(self, ok, value)
        except RuntimeError:
            # The app is quitting and Python has already deleted the relay; nobody is left to tell,
            # and a traceback on the way out would only alarm whoever reads the console.
            pass

    def _deliver(self, ok: bool, value: object) -> None:
        self.running = False
        if ok:
            self.finished.emit(value)
        else:
            self.failed.emit(str(value))
        self.deleteLater()


def run_in_background(parent: QObject, work: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[str], None], *, busy_cursor: bool = True) -> BackgroundJob:
    """Run ``work`` on a worker thread; call ``on_done(result)`` or ``on_error(message)`` on the GUI thread.

    The job is parented to ``parent`` so it lives as long as it runs; the mouse shows a busy
    cursor meanwhile (the window still repaints and answers).
    """
    job = BackgroundJob(work, parent)
    busy = [busy_cursor]
    if busy_cursor:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def restore(*_args: object) -> None:
        if busy[0]:  # exactly once, also when the parent (and so the job) goes away first
            busy[0] = False
            QGuiApplication.restoreOverrideCursor()

    job.destroyed.connect(restore)
    def done(value: object) -> None:
        restore()
        on_done(value)

    def failed(message: str) -> None:
        restore()
        on_error(message)

    job.finished.connect(done)
    job.failed.connect(failed)
    job.start()
    return job
