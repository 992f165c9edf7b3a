"""Keep every test away from the real home folder and any real screen."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The whole run is one installation of BallotDesk: one record key, made here before any fixture (a
# module-scoped meeting is written under it too), copied into each test's own private folders.
_INSTALLATION = Path(tempfile.mkdtemp(prefix="ballotdesk-tests-"))
os.environ["BALLOTDESK_DATA_DIR"] = str(_INSTALLATION / "data")
os.environ["BALLOTDESK_CONFIG_DIR"] = str(_INSTALLATION / "config")


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from ballotdesk.store.record_keys import installation_keys

    installation_keys()  # the run's key, made once
    base = tmp_path_factory.mktemp("appdirs")
    (base / "data").mkdir(mode=0o700)
    shutil.copytree(_INSTALLATION / "data" / "record-keys", base / "data" / "record-keys")
    monkeypatch.setenv("BALLOTDESK_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("BALLOTDESK_CONFIG_DIR", str(base / "config"))
    yield


@pytest.fixture
def data_dir() -> Path:
    return Path(__file__).parent / "data"
