"""`sheet` and `verify` print nothing on stderr when they succeed: no library warning breaks the one-line promise."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.helpers import declared_motion, make_meeting


def ballotdesk(*args: str) -> subprocess.CompletedProcess[str]:
    """A fresh interpreter, as a script runs the command: libraries are imported (and warn) afresh."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONWARNINGS",)}  # this installation's folders
    return subprocess.run([sys.executable, "-m", "ballotdesk", *args], capture_output=True, text=True, env=env,
                          timeout=120, check=False)


def test_sheet_and_verify_keep_stderr_clean(tmp_path):
    svc = make_meeting(tmp_path)
    ballot_id = declared_motion(svc)
    path = svc.path
    svc.close()
    sheet = tmp_path / "sheet.pdf"
    made = ballotdesk("sheet", str(path), str(ballot_id), "-o", str(sheet))
    assert made.returncode == 0 and made.stderr == "", made.stderr
    checked = ballotdesk("verify", str(sheet))
    assert checked.returncode == 0 and checked.stderr == "", checked.stderr
    assert "Warning" not in checked.stdout
