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


_SQLITE_SHARED_FIRST = 0x40000000 + 2  # SQLite's lock bytes: PENDING_BYTE, RESERVED, then the SHARED range
_SQLITE_SHARED_SIZE = 510


def sqlite_lock_holder(meeting: Path) -> str:
    """Who holds SQLite's read (or write) lock on the meeting, in words; "another program" when it cannot tell.

    A reader (``ballotdesk attendance``, a database viewer, a backup tool) takes no lock file, so
    the lock file cannot name it. SQLite's own locks are POSIX record locks on fixed bytes of the
    file; ``F_GETLK`` asks the system which process holds one, and on Linux ``/proc`` says what that
    process is. A writer that had to give up can then say whom to ask to finish.
    """
    if sys.platform == "win32":  # pragma: no cover - Windows has no F_GETLK
        return "another program"
    import fcntl
    import struct

    layout = "hhqqi4x" if sys.platform == "linux" else "qqihh"  # struct flock: Linux, else BSD/macOS order
    try:
        fd = os.open(meeting, os.O_RDWR)
    except OSError:
        return "another program"
    try:
        if sys.platform == "linux":
            request = struct.pack(layout, fcntl.F_WRLCK, os.SEEK_SET, _SQLITE_SHARED_FIRST - 2,
                                  _SQLITE_SHARED_SIZE + 2, 0)
        else:
            request = struct.pack(layout, _SQLITE_SHARED_FIRST - 2, _SQLITE_SHARED_SIZE + 2, 0, fcntl.F_WRLCK,
                                  os.SEEK_SET)
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, request)
    except OSError:
        return "another program"
    finally:
        os.close(fd)
    fields = struct.unpack(layout, answer)
    lock_type, pid = (fields[0], fields[4]) if sys.platform == "linux" else (fields[3], fields[2])
    if lock_type == fcntl.F_UNLCK or pid <= 0:
        return "another program"
    return f"{_program(pid)} (process {pid})"


def _program(pid: int) -> str:
    """A process's command line, short ("ballotdesk attendance", "sqlite3"), where the system tells it."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "another program"
    words = [w.decode(errors="replace") for w in raw if w]
    if not words:
        return "another program"
    names = [Path(w).name for w in words[:3]]
    if "ballotdesk" in names:
        at = names.index("ballotdesk")
        return " ".join(["ballotdesk", *words[at + 1 : at + 2]])
    if len(names) > 2 and names[1] == "-m" and names[2] == "ballotdesk":
        return " ".join(["ballotdesk", *words[3:4]])
    return names[0]
