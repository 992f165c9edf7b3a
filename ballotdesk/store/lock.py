"""One BallotDesk at a time per meeting file.

An OS lock on a small side file, released by the OS if the process dies, so a crash never
leaves a meeting locked. The side file holds no meeting data.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path
from typing import IO


class FileLockedError(Exception):
    """Another BallotDesk holds the meeting file."""


def lock_path(meeting: Path) -> Path:
    """The side file next to the meeting, e.g. ``.branch.ballotdesk.lock``."""
    return meeting.with_name(f".{meeting.name}.lock")


class MeetingLock:
    """An exclusive, non-blocking lock held while the meeting is open for writing."""

    def __init__(self, meeting: Path) -> None:
        self.path = lock_path(meeting)
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise FileLockedError naming who holds it."""
        handle = open(self.path, "a+", encoding="utf-8")
        try:
            _lock(handle)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "another program"
            handle.close()
            raise FileLockedError(holder) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"BallotDesk (process {os.getpid()} on {socket.gethostname()})")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        """Drop the lock and remove the side file."""
        if self._handle is None:
            return
        try:
            self.path.unlink(missing_ok=True)
        finally:
            self._handle.close()
            self._handle = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
