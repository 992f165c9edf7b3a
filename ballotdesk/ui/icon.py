"""BallotDesk's own icon for its windows, title bars and task bar."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from ballotdesk.res import resource_path

ICON_SIZES = (32, 64, 256)
"""The sizes drawn for the icon; Qt picks the nearest for each screen, so a 200% screen stays sharp."""


def app_icon() -> QIcon:
    """The icon at every size we ship (the files are read only when a size is first drawn)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path("icons", f"ballotdesk-{size}.png")))
    return icon
