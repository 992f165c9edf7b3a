"""Real-browser fixtures: Debian's chromium driven by Selenium, against the real host server.

The meeting is hosted exactly as a chair without a screen would: ``ballotdesk host FILE --json``
in its own process (see :func:`browser_support.start_host`). ``.ci/run`` installs ``chromium``
and ``chromium-driver``; a machine without them cannot run these tests, and says so in the skip reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from browser_support import CHROMIUM, DRIVER, Host, free_port, make_meeting, start_host
from selenium import webdriver
from selenium.webdriver.remote.webdriver import WebDriver

HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Without a browser to drive, these tests cannot run: each says why instead of failing."""
    if CHROMIUM and DRIVER:
        return
    reason = pytest.mark.skip(reason="Debian's chromium and chromium-driver are not installed (.ci/run installs them)")
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(reason)


@pytest.fixture
def meeting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The meeting, made by this installation: the test and the host process share one data folder."""
    monkeypatch.setenv("BALLOTDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("BALLOTDESK_CONFIG_DIR", str(tmp_path / "config"))
    return make_meeting(tmp_path / "branch.ballotdesk")


@pytest.fixture
def host(meeting: Path) -> Iterator[Host]:
    running = start_host(meeting, free_port())
    yield running
    running.stop()


@pytest.fixture
def browser() -> Iterator[Callable[[], WebDriver]]:
    """Makes headless Chromium windows (each its own profile, so its own localStorage); all quit after the test."""
    made: list[WebDriver] = []

    def make() -> WebDriver:
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--window-size=1280,900", "--lang=en-GB"):
            options.add_argument(argument)
        options.accept_insecure_certs = True  # the meeting's own certificate; its fingerprint is what is compared
        driver = webdriver.Chrome(service=webdriver.ChromeService(str(DRIVER)), options=options)
        driver.implicitly_wait(0)
        made.append(driver)
        return driver

    yield make
    for driver in made:
        driver.quit()
