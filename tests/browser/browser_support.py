"""What the real-browser tests share: the hosted meeting, the host process, phone width, screenshots.

The meeting is hosted exactly as a chair without a screen would: ``ballotdesk host FILE --json``
in its own process, whose one JSON line gives the address, the join code and the fingerprint.
The browser accepts the meeting's own certificate (a steward compares the fingerprint instead).
``.ci/run`` installs ``chromium`` and ``chromium-driver``; a machine without them cannot run
these tests, and says so in the skip reason.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ballotdesk.domain.ballot import BallotSpec, Kind
from ballotdesk.domain.roll_csv import MemberRecord
from ballotdesk.services import ballots, papers
from ballotdesk.services.meeting import MeetingService

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
SHOTS = Path(os.environ.get("BALLOTDESK_SHOTS", "")) if os.environ.get("BALLOTDESK_SHOTS") else None
"""Set BALLOTDESK_SHOTS to a folder to keep the screenshots the tests take (phone and laptop widths)."""



def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Host:
    """A running ``ballotdesk host`` process and what it printed."""

    process: subprocess.Popen[str]
    url: str
    join_code: str
    fingerprint: str | None
    path: Path

    def kill(self) -> None:
        """As a power cut would: no clean stop."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)

    def stop(self) -> None:
        """As the chair's Ctrl+C: requests in flight finish, then it exits."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()


def start_host(path: Path, port: int) -> Host:
    # The same data folder as the test's own process (the conftest sets it): the meeting's record is
    # authenticated with this installation's key, which lives there.
    env = dict(os.environ)
    process = subprocess.Popen(
        [sys.executable, "-m", "ballotdesk", "host", str(path), "--port", str(port), "--bind", "127.0.0.1", "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line:
        process.wait(timeout=10)
        raise AssertionError(f"ballotdesk host did not start: {process.stderr.read() if process.stderr else ''}")
    info = json.loads(line)
    url = info["url"].replace("0.0.0.0", "127.0.0.1")
    return Host(process, url if url.endswith("/") else url + "/", info["join_code"], info.get("fingerprint"), path)



def phone(driver: Any, width: int = 360, height: int = 780) -> None:
    """Lay the page out as a 360-pixel-wide phone does (headless windows cannot be made that narrow)."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})


def shot(driver: Any, name: str, tmp_path: Path) -> Path:
    """Save a screenshot (into BALLOTDESK_SHOTS when set, else the test's folder) and return its path."""
    folder = SHOTS or tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert driver.save_screenshot(str(path))
    return path


MEMBERS = [
    ("10234", "Siân", "O'Brien", "Elli", "SA15 1AB", dt.date(2015, 2, 3), "Current"),
    ("10235", "Sean", "O'Brien-Jones", "Hengoed", "SA15 5LM", dt.date(2001, 1, 13), "Current"),
    ("10236", "Gwen", "Obrien", "Bigyn", "SA15 2CD", dt.date(2019, 6, 14), "Current"),
    ("10412", "Łukasz", "Wójcik", "Dafen", "SA14 8EF", dt.date(2009, 11, 2), "Lapsed"),
    ("10733", "Gruffydd", "Llywelyn", "Llangennech", "SA14 9NP", dt.date(1998, 9, 21), "Current"),
]
OPEN_BALLOT = "Nomination"
COUNT_BALLOT = "Motion 1: new banner"


def make_meeting(path: Path) -> Path:
    """Create the meeting: "Motion 1" closed with two papers in the Main hall, "Nomination" open."""
    service = MeetingService.create(path, title="Branch AGM", date=dt.date(2026, 3, 21), venue="Church hall",
                                    organisation="Llanelli CLP", cutoff=dt.date(2016, 1, 12), quorum="2",
                                    voting_statuses=["Current"])
    try:
        for number, first, last, ward, postcode, joined, status in MEMBERS:
            service.save_member(MemberRecord(number, first, last, ward, postcode, joined, status, ""))
        ballots.ensure_main_box(service)
        ballots.add_box(service, "Overflow (outside)")
        motion = ballots.create_ballot(service, BallotSpec(COUNT_BALLOT, "Buy a new banner", Kind.MOTION,
                                                           ("For", "Against")))
        registered = [service.register(number) for number in ("10235", "10733")]  # quorate: 2 may vote
        ballots.open_ballot(service, motion)
        for attendee in registered:
            assert attendee.attendee_id is not None
            papers.issue_paper(service, motion, attendee.attendee_id, "Main hall")
        ballots.close_ballot(service, motion)
        nomination = ballots.create_ballot(service, BallotSpec(OPEN_BALLOT, "Nominate a candidate", Kind.ELECTION,
                                                               ("Jeremy Corbyn", "Other")))
        ballots.open_ballot(service, nomination)
    finally:
        service.close()
    return path
