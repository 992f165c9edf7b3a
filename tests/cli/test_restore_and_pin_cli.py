"""The headless restore and pin commands say what a chair at the laptop would be told."""

from __future__ import annotations

import datetime as dt
import json

from ballotdesk.__main__ import main
from ballotdesk.services.backup import backup_now
from ballotdesk.services.privacy import purge_personal_data
from tests.helpers import make_meeting

PIN = "2468"


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_restoring_a_backup_made_before_the_purge_says_the_names_are_back(tmp_path, capsys):
    svc = make_meeting(tmp_path, pin=PIN)
    usb = tmp_path / "usb"
    usb.mkdir()
    before = backup_now(svc, usb, now=dt.datetime(2026, 11, 28, 19, 0))
    purge_personal_data(svc, pin=PIN)
    after = backup_now(svc, usb, now=dt.datetime(2026, 11, 28, 22, 0))
    path = svc.path
    svc.close()
    code, out, _ = run(capsys, "restore", after, path, "--replace", "--json")
    assert code == 0 and json.loads(out)["purge_undone"] is None
    code, out, _ = run(capsys, "restore", before, path, "--replace")
    assert code == 0
    assert out.splitlines()[1].startswith(f"Note: personal data was purged from {path.name} on ")
    assert out.splitlines()[1].endswith("this backup was made before that and holds the names, emails and postcodes "
                                        "again.")


def test_pin_says_set_the_first_time_and_changed_after(tmp_path, capsys):
    svc = make_meeting(tmp_path)
    path = svc.path
    svc.close()
    assert run(capsys, "pin", path, "--new-pin", PIN) == (0, "The chair's PIN has been set.\n", "")
    assert run(capsys, "pin", path, "--new-pin", "1357", "--pin", PIN) == (0, "The chair's PIN has been changed.\n", "")
