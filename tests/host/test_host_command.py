"""`ballotdesk host FILE --json`: one line once listening; SIGTERM and SIGINT stop it cleanly."""

import os
import re
import signal
import subprocess
import sys

import pytest

from ballotdesk.services.meeting import MeetingService
from tests.host.desk_client import Device, start_host


def env():
    return {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}


@pytest.fixture
def path(meeting):
    svc, _ = meeting
    svc.close()
    return svc.path


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_host_json_line_then_a_clean_stop(path, ballot, sig):
    proc, line = start_host(path, env=env())
    try:
        assert set(line) == {"url", "join_code", "fingerprint"}
        assert re.fullmatch(r"[0-9]{6}", line["join_code"])
        assert re.fullmatch(r"([0-9A-F]{2}:){31}[0-9A-F]{2}", line["fingerprint"])
        assert re.fullmatch(r"https://127\.0\.0\.1:[0-9]+/", line["url"])
        desk = Device(line["url"], line["join_code"], "Overflow desk")
        status, body = desk.register("1001", ballot)
        assert status == 200 and body["paper"]["box"] == "Main hall"
        proc.send_signal(sig)
        assert proc.wait(20) == 0
        assert proc.stdout.read() == "" and proc.stderr.read() == ""  # exactly one line, and no traceback
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    with MeetingService.open(path) as svc:  # the lock was released
        assert [(a.number, a.registered_by) for a in svc.attendees()] == [("1001", "Overflow desk (desk)")]
    done = subprocess.run([sys.executable, "-m", "ballotdesk", "verify", str(path)], capture_output=True, text=True,
                          env=env(), timeout=60)
    assert done.returncode == 0, done.stderr


def test_plain_http_has_no_fingerprint(path):
    proc, line = start_host(path, "--plain-http", env=env())
    try:
        assert line["fingerprint"] is None and line["url"].startswith("http://127.0.0.1:")
        desk = Device(line["url"], line["join_code"], "Door")
        assert desk.call("GET", "/api/v1/attendance")[0] == 200
    finally:
        proc.terminate()
        assert proc.wait(20) == 0


def test_a_meeting_held_elsewhere_or_a_bad_port_is_one_line(path):
    with MeetingService.open(path):
        done = subprocess.run([sys.executable, "-m", "ballotdesk", "host", str(path), "--json"], capture_output=True,
                              text=True, env=env(), timeout=60)
    assert done.returncode == 1 and done.stdout == "" and len(done.stderr.splitlines()) == 1
    assert done.stderr.startswith("ballotdesk host: ")
    done = subprocess.run([sys.executable, "-m", "ballotdesk", "host", str(path), "--port", "70000"],
                          capture_output=True, text=True, env=env(), timeout=60)
    assert done.returncode == 2 and "'70000' is not a port" in done.stderr


def test_text_output_says_where_and_how_to_stop(path):
    proc = subprocess.Popen([sys.executable, "-m", "ballotdesk", "host", str(path), "--port", "0", "--bind",
                             "127.0.0.1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env())
    try:
        lines = [proc.stdout.readline() for _ in range(4)]
        assert lines[0].startswith("Hosting at https://127.0.0.1:")
        assert lines[1].startswith("Join code: ") and lines[2].startswith("Certificate fingerprint (SHA-256): ")
        assert lines[3] == "Stop with Ctrl+C.\n"
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0 and out == "Hosting stopped; every device is disconnected.\n" and err == ""
