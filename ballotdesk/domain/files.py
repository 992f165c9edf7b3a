"""Reading a file the user named, safely: regular files only, and never more than a limit.

A path typed or chosen by a user may be ``/dev/zero`` (endless, exhausts memory), ``/dev/urandom``
or a FIFO (a read that blocks for ever until someone writes to it). Every file BallotDesk reads
on a user's say-so (a roll CSV, a meeting file, a PDF to verify, a certificate) goes through here:
the file is opened without blocking, checked to be a regular file *on the opened descriptor*
(so it cannot be swapped between the check and the read), and read with a limit.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate


class NotRegularFileError(ValueError):
    """The path names a device, a FIFO, a socket or a folder, or a file over the limit; one sentence."""


def open_flags() -> int:
    """Read-only, and non-blocking where the platform has it (opening a FIFO would otherwise wait)."""
    return os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def check_regular(path: Path) -> os.stat_result:
    """Refuse anything but a regular file, without opening it for long (a FIFO is never read).

    Args:
        path: The file the user named.

    Returns:
        Its ``stat`` (following symlinks), for the caller's size checks.

    Raises:
        NotRegularFileError: A device, FIFO or socket, said in words.
        IsADirectoryError, FileNotFoundError: A folder, or nothing there (the caller words these itself).
    """
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise NotRegularFileError(_not_regular(path, info.st_mode))
    return info


def read_regular(path: Path, limit: int, what: str = "file", *, first: int | None = None) -> bytes:
    """A regular file's bytes, at most ``limit`` of them (or only its ``first`` bytes, whatever its size).

    Raises:
        NotRegularFileError: A device, FIFO or socket, or larger than ``limit`` bytes.
        OSError: It cannot be opened or read (missing, a folder, no permission).
    """
    fd = os.open(path, open_flags())
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFileError(_not_regular(path, info.st_mode))
        if first is None and info.st_size > limit:
            raise NotRegularFileError(_too_large(path, what))
        chunks = []
        left = limit + 1 if first is None else first
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if first is None and len(data) > limit:  # it grew while being read
        raise NotRegularFileError(_too_large(path, what))
    return data


def _not_regular(path: Path, mode: int) -> str:
    """The refusal's words; a folder raises ``IsADirectoryError`` instead, which every caller already words."""
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if stat.S_ISFIFO(mode):
        kind = QT_TRANSLATE_NOOP("Files", "a pipe (FIFO)")
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = QT_TRANSLATE_NOOP("Files", "a device")
    else:
        kind = QT_TRANSLATE_NOOP("Files", "a socket")
    return translate("Files", "{0} is {1}, not a file; nothing was read from it. Choose the file itself.").format(
        Path(path).name, translate("Files", kind))


def _too_large(path: Path, what: str) -> str:
    """``what`` is marked by the caller with ``QT_TRANSLATE_NOOP("Files", ...)`` and said in the user's language."""
    return translate("Files", "{0} is far larger than a {1} can be; nothing was read from it. Choose the right "
                     "file.").format(Path(path).name, translate("Files", what))
