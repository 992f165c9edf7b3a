"""The standard streams of a headless command: unencodable names escaped, a closed pipe never fatal.

``ballotdesk.__main__`` sets them up before it knows whether it runs a command or the GUI (and for
``ballotdesk --help``), so they live apart from the commands: importing them loads no argparse and
no command module.
"""

from __future__ import annotations

import io
import os
import sys
from typing import TextIO


def tolerant_streams() -> None:
    """Never let a name the console cannot encode crash a command after its change was saved.

    A Windows console (cp1252) or ``PYTHONIOENCODING`` can make ``print`` fail on 'Ł' after
    the registration is committed; the script then sees a failure for a change that happened.
    Unencodable characters are written as ``\\u0141`` escapes instead. JSON is ASCII anyway.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, io.UnsupportedOperation):  # a closed or unusual stream: leave it
                pass


class _ClosedPipeSafe(io.TextIOBase):
    """A stdout that drops what it cannot deliver once the reader has gone (``| head -0``).

    A command's output is a report of what it did; the change itself is already committed (or,
    for ``issue``, is being committed member by member). If the reader closes the pipe, Python
    raises BrokenPipeError from ``print`` and the command would die halfway with a traceback,
    issuing papers to some members and not others. Instead, the rest of the output is sent to
    the null device, so the command finishes its work and its exit status still says how it went.
    """

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream
        self._gone = False

    @property
    def wrapped(self) -> TextIO:
        """The stream this wraps (to put back after a command, and to recognise a wrapped one)."""
        return self._stream

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._stream.encoding

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    def write(self, text: str) -> int:
        if not self._gone:
            try:
                return self._stream.write(text)
            except BrokenPipeError:
                self._reader_gone()
        return len(text)

    def flush(self) -> None:
        if not self._gone:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._reader_gone()

    def _reader_gone(self) -> None:
        """Point the real descriptor at the null device, so Python's flush at exit cannot fail either."""
        self._gone = True
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
            os.close(devnull)
        except (OSError, ValueError, io.UnsupportedOperation):  # no real descriptor (a test's capture)
            pass


def closed_pipe_safe_stdout() -> TextIO:
    """Wrap ``sys.stdout`` (once) so a closed pipe never interrupts a command; returns what was there."""
    previous = sys.stdout
    if previous is not None and not isinstance(previous, _ClosedPipeSafe):
        sys.stdout = _ClosedPipeSafe(previous)  # type: ignore[assignment]
    return previous
