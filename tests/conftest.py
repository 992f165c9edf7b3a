"""Keep every test away from the real home folder and any real screen; the shared ``svc`` meeting."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from ballotdesk.services import ballots as B
from ballotdesk.services.meeting import MeetingService
from tests.helpers import make_meeting

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The whole run is one installation of BallotDesk: one record key, made here before any fixture (a
# module-scoped meeting is written under it too), copied into each test's own private folders.
_INSTALLATION = Path(tempfile.mkdtemp(prefix="ballotdesk-tests-"))
os.environ["BALLOTDESK_DATA_DIR"] = str(_INSTALLATION / "data")
os.environ["BALLOTDESK_CONFIG_DIR"] = str(_INSTALLATION / "config")
# A chair's PIN is checked with a cheap scrypt in tests (the real cost is half a second per check; the
# benchmarks print it, and test_roles checks that a PIN made without this variable has the real cost).
os.environ["BALLOTDESK_TEST_KDF"] = "1"


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


@pytest.fixture
def svc(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[MeetingService]:
    """The helpers' meeting (:func:`tests.helpers.make_meeting`: six members), open, closed after the test.

    A module describes the meeting it needs with ``pytestmark = pytest.mark.meeting(...)``:
    ``register`` (member numbers registered, in order), ``four_eyes`` (set first), ``boxes``
    (added beside the Main hall), and any option of ``make_meeting`` (``pin=``, ``people=False``).
    Anything more particular is an autouse fixture of the module that builds on ``svc``.
    """
    marker = request.node.get_closest_marker("meeting")
    options = dict(marker.kwargs) if marker else {}
    register = options.pop("register", ())
    four_eyes = options.pop("four_eyes", None)
    boxes = options.pop("boxes", ())
    service = make_meeting(tmp_path, **options)
    if four_eyes is not None:
        service.update_details({"four_eyes": four_eyes})
    for number in register:
        service.register(number)
    for box in boxes:
        B.add_box(service, box)
    yield service
    service.close()


@pytest.fixture
def closed(tmp_path):
    """The helpers' meeting with 1001 and 1002 registered, closed: a file not open anywhere."""
    service = make_meeting(tmp_path)
    for n in ("1001", "1002"):
        service.register(n)
    service.close()
    return service.path
