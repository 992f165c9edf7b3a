"""Four desks register and issue to the same 200 members at once: each once, and nothing told is lost to kill -9."""

import os
import random
import signal
import subprocess
import sys
import threading
import urllib.error
from collections import Counter

import pytest

from ballotdesk.domain.ballot import motion_spec
from ballotdesk.host.server import HostServer
from ballotdesk.services import ballots as B
from ballotdesk.services.meeting import MeetingService
from tests.helpers import INQUORATE, make_meeting
from tests.host.conftest import CODE
from tests.host.desk_client import Device, start_host

MEMBERS = [str(2000 + i) for i in range(200)]
DESKS = ("Door desk", "Overflow desk", "Side desk", "Stage desk")


@pytest.fixture
def crowd(tmp_path):
    """A meeting with 200 members who may vote and an open motion; closed, for a host to open."""
    svc = make_meeting(tmp_path, people=False)
    roll = tmp_path / "roll.csv"
    roll.write_text("Member No,Forename,Surname,Ward,Joined,Status\n"
                    + "".join(f"{n},First{n},Last{n},North,01/05/2010,Current\n" for n in MEMBERS), encoding="utf-8")
    svc.import_roll(roll)
    ballot = B.create_ballot(svc, motion_spec("Motion 1"))
    B.open_ballot(svc, ballot, inquorate=INQUORATE)  # nobody registered yet
    svc.close()
    return svc.path, ballot


def env():
    return {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}


def desks_at_once(base, ballot, told, stop=None):
    """Four threads, each its own device and token, through the 200 in its own order; answers into ``told``."""
    errors = []

    def work(seed, name):
        order = MEMBERS[:]
        random.Random(seed).shuffle(order)
        try:
            desk = Device(base, CODE if stop is None else stop["code"], name)
            for number in order:
                if stop is not None and stop["killed"].is_set():
                    return
                status, body = desk.register(number, ballot)
                told.append((name, number, status, body))
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as error:
            if stop is None or not stop["killed"].is_set():
                errors.append(error)

    threads = [threading.Thread(target=work, args=(seed, name)) for seed, name in enumerate(DESKS)]
    for thread in threads:
        thread.start()
    return threads, errors


def test_four_desks_register_and_issue_the_same_200_at_once(crowd):
    path, ballot = crowd
    svc = MeetingService.open(path, actor="host")
    server = HostServer(svc, port=0, bind="127.0.0.1", https=False, join_code=CODE)
    server.start()
    told = []
    try:
        threads, errors = desks_at_once(f"http://127.0.0.1:{server.port}", ballot, told)
        for thread in threads:
            thread.join(170)
    finally:
        server.stop()
    assert errors == []
    assert len(told) == 800 and all(status == 200 for _, _, status, _ in told)
    statuses = Counter(body["status"] for *_, body in told)
    assert statuses == {"registered": 200, "already": 600}
    issued = [number for _, number, _, body in told if body["paper"]]
    assert sorted(issued) == sorted(MEMBERS)  # each member's paper issued once, by whichever desk came first
    assert len(svc.attendees()) == 200
    papers = svc.store.papers(ballot)
    assert len(papers) == 200 and len({p["attendee_id"] for p in papers}) == 200
    svc.close()
    verify = subprocess.run([sys.executable, "-m", "ballotdesk", "verify", str(path)], capture_output=True,
                            text=True, env=env(), timeout=120)
    assert verify.returncode == 0, verify.stderr


def test_kill_9_midway_loses_nothing_a_desk_was_told(crowd):
    path, ballot = crowd
    proc, line = start_host(path, "--plain-http", env=env())
    told = []
    stop = {"killed": threading.Event(), "code": line["join_code"]}
    try:
        threads, errors = desks_at_once(line["url"], ballot, told, stop)
        while len(told) < 150 and any(t.is_alive() for t in threads):
            threading.Event().wait(0.01)
        os.kill(proc.pid, signal.SIGKILL)
        stop["killed"].set()
        proc.wait(20)
        for thread in threads:
            thread.join(60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    assert errors == [] and len(told) >= 150
    verify = subprocess.run([sys.executable, "-m", "ballotdesk", "verify", str(path)], capture_output=True,
                            text=True, env=env(), timeout=120)
    assert verify.returncode == 0, verify.stdout + verify.stderr
    with MeetingService.open(path) as svc:
        present = {a.number for a in svc.attendees()}
        holders = {svc.attendee(p["attendee_id"]).number for p in svc.store.papers(ballot) if p["state"] == "live"}
        assert len(svc.store.papers(ballot)) == len(holders)  # never two papers for one member
    succeeded = [(number, body) for _, number, status, body in told
                 if status == 200 and body["status"] in ("registered", "already")]
    assert succeeded and {number for number, _ in succeeded} <= present
    assert {number for number, body in succeeded if body["paper"]} <= holders
