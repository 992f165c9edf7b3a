"""Kill BallotDesk mid-meeting many times: nothing confirmed is lost, the chain stays intact.

The long version (500 kills) is ``benchmarks/crash_long.py``.
"""

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from ballotdesk.services.backup import verify_file
from ballotdesk.services.meeting import MeetingService
from tests.crash.harness import ROOT, Script, Summary, _check, run, run_new, setup_meeting

posix_only = pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILL and fork are POSIX")


@posix_only
def test_fifty_kills_lose_nothing(tmp_path):
    summary = run(50, seed=2026, folder=tmp_path, members=600)
    assert summary.failures == []
    assert summary.kills == 50
    assert summary.ops_confirmed > 150  # the children really worked between kills
    assert summary.ops_found == summary.ops_confirmed
    assert summary.ops_in_file >= summary.ops_confirmed
    assert summary.events > summary.ops_in_file  # meeting.create and the box come first


@posix_only
def test_fresh_interpreter_children(tmp_path):
    """The exec path: ``python -m tests.crash.harness child ...``, as a real BallotDesk starts."""
    summary = run(4, seed=11, folder=tmp_path, members=200, spawn="exec", early_share=0.0)
    assert summary.failures == []
    assert summary.kills == 4 and summary.ops_found == summary.ops_confirmed > 0


@posix_only
def test_kills_during_new_leave_no_meeting_or_a_whole_one(tmp_path):
    """``new`` builds in a hidden temporary file and links it into place: never an empty or box-less meeting."""
    summary = run_new(15, seed=14, folder=tmp_path)
    assert summary.failures == []
    assert summary.kills == 15 == summary.whole + summary.none
    assert summary.whole >= 1 and summary.none >= 1  # kills landed both before and after the name appeared
    assert not list(tmp_path.glob("*.ballotdesk-journal"))
    assert summary.strays <= 1  # each new clears what a killed one left; only the last kill's may remain


def test_the_checks_can_fail(tmp_path):
    """A DONE that is not in the file is caught (the harness is not vacuous)."""
    path = setup_meeting(tmp_path, 50)
    script = Script(1, 50)
    svc = MeetingService.open(path)
    try:
        summary = Summary(kills=1)
        _check(svc, script, [0], -1, 50, summary)  # op 0 (the roll import) never ran
    finally:
        svc.close()
    assert summary.failures == ["kill 1: op 0 import (ballot 0) was reported DONE but is not in the file",
                                "kill 1: op 0 is missing but op 0 was done"]


_INTERRUPT = textwrap.dedent("""
    import sys, time
    from ballotdesk.services.meeting import MeetingService
    svc = MeetingService.open(sys.argv[1])
    svc.store.db.execute("PRAGMA cache_size = 2")  # spill pages to the file mid-transaction, as a big import does
    with svc.store.change("child", "roll.import", {}):
        svc.store.insert_members((str(n), "F", "L", "", "", None, "Current", "", str(n), "") for n in range(20000))
        print("IN_TRANSACTION", flush=True)
        time.sleep(60)
""")


@pytest.fixture
def interrupted(tmp_path):
    """A meeting whose BallotDesk was killed in the middle of a large change (a hot journal is left)."""
    path = setup_meeting(tmp_path, 10)
    child = subprocess.Popen([sys.executable, "-c", _INTERRUPT, str(path)], stdout=subprocess.PIPE, cwd=ROOT)
    assert child.stdout is not None
    assert child.stdout.readline() == b"IN_TRANSACTION\n"
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert path.with_name(path.name + "-journal").stat().st_size > 0
    return path


@posix_only
def test_verify_reads_an_interrupted_meeting_without_changing_it(interrupted):
    before = interrupted.read_bytes()
    journal = interrupted.with_name(interrupted.name + "-journal").read_bytes()
    report = verify_file(interrupted)
    assert report.intact and report.events == 2
    assert report.message.endswith("that unfinished change was rolled back in a temporary copy, as BallotDesk will "
                                   "do when it next opens the file. The file itself was not changed.")
    assert interrupted.read_bytes() == before
    assert interrupted.with_name(interrupted.name + "-journal").read_bytes() == journal


@posix_only
def test_meeting_opens_after_a_crash_mid_change(interrupted):
    svc = MeetingService.open(interrupted)
    try:
        assert svc.store.member_count() == 0  # the interrupted import is rolled back, entirely
    finally:
        svc.close()
