"""Reading and importing a membership export off the GUI thread, so the window keeps painting.

:func:`read_table` reads a large export on a worker behind a small "Reading…" window;
:class:`ImportWorker` runs the import itself on a ``QThread`` and reports through signals. The
import dialog drives both; they are apart from it because they are about threads, not the form.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.roll_csv import CsvReadError, CsvTable, read_csv
from ballotdesk.services.files import MeetingFileError
from ballotdesk.services.meeting import MeetingService
from ballotdesk.services.roll_import import ImportCancelled
from ballotdesk.ui.background import run_in_background


class ImportWorker(QObject):
    """Runs ``import_roll`` off the GUI thread and reports back through signals only."""

    progress = Signal(int, int)
    finished = Signal(object)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, service: MeetingService, path: Path, mapping: dict[str, int], date_format: str,
                 table: CsvTable | None = None) -> None:
        super().__init__()
        self.service = service
        self.path = path
        self.table = table
        self.mapping = mapping
        self.date_format = date_format
        self.cancel_requested = threading.Event()

    def _progress(self, done: int, total: int) -> bool:
        self.progress.emit(done, total)
        return not self.cancel_requested.is_set()

    @Slot()
    def run(self) -> None:
        """Import; exactly one of finished/cancelled/failed is emitted."""
        try:
            summary = self.service.import_roll(self.path, self.mapping, self.date_format, self._progress, self.table)
        except ImportCancelled:
            self.cancelled.emit()
        except (DomainError, MeetingFileError, CsvReadError, ValueError, OSError) as error:
            self.failed.emit(str(error))
        else:
            self.finished.emit(summary)


READ_ON_A_THREAD_BYTES = 1_000_000
"""Files larger than this (about 20,000 members) are read on a worker thread: see :func:`read_table`."""


def read_table(parent: QWidget | None, path: Path) -> CsvTable:
    """Read and check a membership export for the import dialog without freezing the window.

    A 100,000-row export takes about half a second to read and check; on the GUI thread that
    froze the window. A large file is read on a worker thread behind a small modal "Reading…"
    window (the main window keeps repainting); a small one is read at once, without a window
    flashing up for a few milliseconds.

    Raises:
        CsvReadError: The file cannot be used, in ``read_csv``'s words.
    """
    try:
        small = Path(path).stat().st_size <= READ_ON_A_THREAD_BYTES
    except OSError:
        small = True  # read_csv says what is wrong with it
    if small:
        return read_csv(Path(path))

    def work() -> CsvTable | CsvReadError:
        try:
            return read_csv(Path(path))
        except CsvReadError as error:  # handed back as a value: its words go to the chair unchanged
            return error

    outcome: list[object] = []
    loop = QEventLoop()
    waiting = QProgressDialog(QCoreApplication.translate("ImportDialog", "Reading {0}…").format(Path(path).name),
                              "", 0, 0, parent)
    waiting.setWindowTitle(QCoreApplication.translate("ImportDialog", "Import roll"))
    waiting.setCancelButton(None)  # type: ignore[arg-type]  # reading cannot be stopped half-way; it is brief
    waiting.setWindowModality(Qt.WindowModality.ApplicationModal)
    waiting.setMinimumDuration(0)
    waiting.show()

    def finished(value: object) -> None:
        outcome.append(value)
        loop.quit()

    def failed(message: str) -> None:
        outcome.append(CsvReadError(message))
        loop.quit()

    run_in_background(waiting, work, finished, failed)
    loop.exec()
    waiting.close()
    waiting.deleteLater()
    if isinstance(outcome[0], CsvReadError):
        raise outcome[0]
    assert isinstance(outcome[0], CsvTable)
    return outcome[0]
