"""Access to the files under ``resources/`` through ``importlib.resources``.

The repository keeps ``resources/`` at the top level, and that is the only copy: there is no
link inside the package (a link is a plain text file in a Windows checkout, and hatchling
followed it and then added the same files a second time). The wheel build places the folder
inside the package as ``ballotdesk/resources`` (pyproject's ``sources``), and so does the
PyInstaller spec, so an installed wheel and a frozen bundle find it in the package; a source
checkout (the README's editable install) finds it beside the package. Either way the lookup
starts from ``importlib.resources``, never from ``__file__`` or ``sys.executable``.
"""

from __future__ import annotations

import contextlib
import functools
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

_stack = contextlib.ExitStack()


@functools.cache
def resources_root() -> Traversable:
    """The ``resources`` folder: inside the package when installed or frozen, beside it in a checkout.

    Raises:
        FileNotFoundError: neither place holds it (a broken install), named so the fault is clear.
    """
    package = resources.files("ballotdesk")
    inside = package.joinpath("resources")
    if inside.is_dir():
        return inside
    if isinstance(package, Path) and (package.parent / "resources").is_dir():
        return package.parent / "resources"
    raise FileNotFoundError(f"BallotDesk's resources folder is missing: neither {inside} nor one beside the package")


def resource(*parts: str) -> Traversable:
    """Return a resource by its path under ``resources/``, e.g. ``resource("fonts", "x.ttf")``."""
    node = resources_root()
    for part in parts:
        node = node.joinpath(part)
    return node


def resource_path(*parts: str) -> Path:
    """Return a real file path for APIs (reportlab, Qt) that need one; kept until exit."""
    return _stack.enter_context(resources.as_file(resource(*parts)))
