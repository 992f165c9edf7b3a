"""When Qt cannot open its window on Linux, say which packages are missing instead of Qt's bare message.

A fresh Debian or Ubuntu desktop installs BallotDesk with pip and then stops at "Could not load
the Qt platform plugin "xcb"": Qt's X11 plugin needs a few X libraries that such a system does not
have until asked (``libxcb-cursor0`` first among them). Qt ends the program itself, from inside
``QApplication()``, so the words are given from Qt's own fatal message: the libraries the plugin
needs are looked for, and the missing ones named by their Debian/Ubuntu package.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
"""The shared libraries Qt's xcb platform plugin loads, with the Debian/Ubuntu package of each."""


def missing_packages(load: Callable[[str], object] = ctypes.CDLL) -> list[str]:
    """The packages whose libraries cannot be loaded here (in :data:`XCB_LIBRARIES` order)."""
    missing = []
    for library, package in XCB_LIBRARIES.items():
        try:
            load(library)
        except OSError:
            missing.append(package)
    return missing


def explanation(qt_message: str, missing: list[str], display: str | None) -> str:
    """What the person starting BallotDesk is told, in place of Qt's message alone."""
    first = qt_message.strip().splitlines()[0] if qt_message.strip() else "no Qt platform plugin could be loaded"
    if missing:
        return (f"BallotDesk cannot open its window: the X11 libraries Qt needs are missing "
                f"({', '.join(missing)}).\n"
                f"Install them, then start BallotDesk again:\n"
                f"    sudo apt install {' '.join(missing)}\n"
                f"(Qt said: {first})\n")
    if not display and not os.environ.get("WAYLAND_DISPLAY"):
        return ("BallotDesk cannot open its window: there is no graphical display here (DISPLAY is not set). "
                "Start it from a desktop session, or use the headless commands ('ballotdesk --help').\n"
                f"(Qt said: {first})\n")
    return (f"BallotDesk cannot open its window on display {display or os.environ.get('WAYLAND_DISPLAY')}: "
            f"{first}\nCheck that the display is running and that this user may use it.\n")


def _on_fatal(message: str) -> None:
    """Qt is about to end the program: say why in words, and end it ourselves with status 1."""
    sys.stderr.write(explanation(message, missing_packages() if sys.platform.startswith("linux") else [],
                                 os.environ.get("DISPLAY")))
    sys.stderr.flush()
    os._exit(1)


@contextmanager
def platform_guard() -> Iterator[None]:
    """Around ``QApplication()``: Qt's fatal "could not load the platform plugin" becomes :func:`explanation`.

    Qt's other messages pass to the handler that was there before (or are printed as Qt would).
    """
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    previous: Callable[..., None] | None = None

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        if kind == QtMsgType.QtFatalMsg and "platform plugin" in message:
            _on_fatal(message)
        if previous is not None:
            previous(kind, context, message)
        elif kind != QtMsgType.QtDebugMsg:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
