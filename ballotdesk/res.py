"""Access to the files under ``resources/`` through ``importlib.resources``.

The repository keeps ``resources/`` at the top level; ``ballotdesk/resources`` links to it in a
source checkout and the wheel build copies it there, so the same lookup works from the source
tree, an installed wheel and a frozen bundle, with no paths guessed from ``__file__``.
"""

from __future__ import annotations

import contextlib
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

_stack = contextlib.ExitStack()


def resource(*parts: str) -> Traversable:
    """Return a resource by its path under ``resources/``, e.g. ``resource("fonts", "x.ttf")``."""
    node = resources.files("ballotdesk").joinpath("resources")
    for part in parts:
        node = node.joinpath(part)
    return node


def resource_path(*parts: str) -> Path:
    """Return a real file path for APIs (reportlab, Qt) that need one; kept until exit."""
    return _stack.enter_context(resources.as_file(resource(*parts)))
