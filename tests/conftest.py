"""Keep every test away from the real home folder and any real screen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    base = tmp_path_factory.mktemp("appdirs")
    monkeypatch.setenv("BALLOTDESK_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("BALLOTDESK_CONFIG_DIR", str(base / "config"))
    yield


@pytest.fixture
def data_dir() -> Path:
    return Path(__file__).parent / "data"
