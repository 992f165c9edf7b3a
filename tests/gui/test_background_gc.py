"""Cyclic garbage is never collected on a worker thread while BallotDesk runs work in the background.

A collection on a worker can destroy Qt objects away from the GUI thread, which crashed the suite
(a segmentation fault while a sign-in sheet was built). These tests watch every collection.
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from ballotdesk.ui.background import GuiThreadCollector, run_in_background


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_busy_worker_never_collects_and_the_gui_thread_does(qtbot) -> None:
    collections: list[int] = []

    def watch(phase: str, _info: dict) -> None:
        if phase == "start":
            collections.append(threading.get_ident())

    def churn() -> int:
        for _ in range(200_000):  # far past the first generation's threshold, many times over
            _Cycle()
        return threading.get_ident()

    gc.callbacks.append(watch)
    owner = QObject()
    try:
        results: list[int] = []
        job = run_in_background(owner, churn, results.append, lambda message: results.append(-1), busy_cursor=False)
        assert not gc.isenabled()  # automatic collection is off while the worker runs
        qtbot.waitUntil(lambda: bool(results), timeout=30_000)
        worker = results[0]
        assert worker not in (-1, threading.get_ident())
        assert worker not in collections  # not one collection on the worker thread
        before = len(collections)
        qtbot.wait(GuiThreadCollector.INTERVAL_MS * 3)
        assert len(collections) > before  # the timer collects, on the GUI thread
        assert set(collections[before:]) == {threading.get_ident()}
        assert not job.running
    finally:
        gc.callbacks.remove(watch)
        owner.deleteLater()


def test_a_job_finishing_while_the_app_quits_says_nothing(qtbot) -> None:
    """At exit Python deletes the relay while a daemon worker may still be running; its outcome is dropped."""
    import shiboken6

    from ballotdesk.ui.background import BackgroundJob, _Relay

    relay = _Relay()
    shiboken6.delete(relay)
    job = BackgroundJob(lambda: 42)
    job._run(relay)  # no RuntimeError ("Signal source has been deleted") escapes the worker
    assert job.running is False and shiboken6.isValid(job)
