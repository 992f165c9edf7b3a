"""A long reader makes a change wait; if the change must give up, it says who holds the meeting (issue 14)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ballotdesk.__main__ import main
from ballotdesk.services.backup import verify_file
from ballotdesk.store import meeting_store
from ballotdesk.store.meeting_store import MeetingFileError
from tests.helpers import make_meeting

READER = textwrap.dedent("""
    import sqlite3, sys, time
    conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True, isolation_level=None)
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM members").fetchone()  # a read transaction: SQLite's shared lock
    print("READING", flush=True)
    time.sleep(float(sys.argv[2]))
""")


@pytest.fixture
def meeting(tmp_path: Path) -> Path:
    svc = make_meeting(tmp_path)
    path = svc.path
    svc.close()
    return path


@pytest.fixture
def reader() -> Iterator[Callable[[Path, float], subprocess.Popen[bytes]]]:
    """Start another program that reads the meeting for ``seconds`` (as a database viewer or a long report does)."""
    started: list[subprocess.Popen[bytes]] = []

    def start(path: Path, seconds: float) -> subprocess.Popen[bytes]:
        proc = subprocess.Popen([sys.executable, "-c", READER, str(path), str(seconds)], stdout=subprocess.PIPE)
        started.append(proc)
        assert proc.stdout is not None and proc.stdout.readline() == b"READING\n"
        return proc

    yield start
    for proc in started:
        proc.kill()
        proc.wait()
        assert proc.stdout is not None
        proc.stdout.close()


def test_a_change_waits_for_a_short_reader(meeting, reader, monkeypatch):
    monkeypatch.setattr(meeting_store, "BUSY_TIMEOUT_SECONDS", 5)
    from ballotdesk.services.meeting import MeetingService

    with MeetingService.open(meeting) as svc:
        reader(meeting, 1.0)
        begun = time.monotonic()
        result = svc.register("1001")
        waited = time.monotonic() - begun
    assert result.registered
    assert waited > 0.3  # it waited for the reader rather than failing at once


def test_a_change_that_must_give_up_names_the_reader_and_changes_nothing(meeting, reader, monkeypatch, capsys):
    monkeypatch.setattr(meeting_store, "BUSY_TIMEOUT_SECONDS", 1)
    from ballotdesk.services.meeting import MeetingService

    with MeetingService.open(meeting) as svc:
        events = svc.store.audit_head()[0]
        proc = reader(meeting, 30)
        name = Path(sys.executable).name
        with pytest.raises(MeetingFileError, match=(
                rf"^m\.ballotdesk is being read by {name} \(process {proc.pid}\), which held it for more than 1 "
                r"seconds, so the change was not saved \(the meeting is as it was before it\)\. Try again when it "
                r"has finished\.$")):
            svc.register("1001")
        assert svc.store.audit_head()[0] == events
        proc.kill()
        proc.wait()
        assert svc.register("1001").registered  # the reader gone, the desk goes on
    assert not meeting.with_name(meeting.name + "-journal").exists()
    assert verify_file(meeting).intact


def test_the_command_line_says_it_in_one_line(meeting, reader, monkeypatch, capsys):
    monkeypatch.setattr(meeting_store, "BUSY_TIMEOUT_SECONDS", 1)
    proc = reader(meeting, 30)
    code = main(["register", str(meeting), "1001"])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and err.startswith("ballotdesk register: m.ballotdesk is being read by ")
    assert f"(process {proc.pid})" in err and "Traceback" not in err
