"""Where BallotDesk keeps its own files.

One module decides, so tests and portable builds can redirect everything with
``BALLOTDESK_DATA_DIR`` / ``BALLOTDESK_CONFIG_DIR`` and never touch the real home folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "BallotDesk"


def data_dir() -> Path:
    """Folder for the signing key, certificate and demo meetings (created, private)."""
    override = os.environ.get("BALLOTDESK_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def config_dir() -> Path:
    """Folder for settings such as recent files and window layout (created)."""
    override = os.environ.get("BALLOTDESK_CONFIG_DIR")
    path = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
