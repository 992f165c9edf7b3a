"""The headless backup, verify, restore and pin commands say what a chair at the laptop would be told."""

from __future__ import annotations

import datetime as dt
import json

from ballotdesk.__main__ import main
from ballotdesk.services.backup import HEADS, backup_now, list_backups
from ballotdesk.services.privacy import purge_personal_data
from tests.helpers import make_meeting

PIN = "246802"


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
    assert run(capsys, "pin", path, "--new-pin", "135790", "--pin", PIN) == (0, "The chair's PIN has been changed.\n", "")


def test_cli_backup_restore_verify(closed, tmp_path, capsys):
    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, err = run(capsys, "backup", closed, usb, "--reason", "before the count")
    assert code == 0 and out.startswith(f"Backed up to {usb}/m ") and out.splitlines()[0].endswith(" before the count.ballotdesk")
    made = list_backups(usb, closed)[0]
    code, out, err = run(capsys, "verify", made, "--json")
    verdict = json.loads(out)
    assert code == 0 and {k: verdict[k] for k in ("intact", "events", "broken_at", "message", "authenticated")} == {
        "intact": True, "events": 10, "broken_at": None, "authenticated": True,
        "message": "Intact: 10 events; the meeting matches its audit log."}
    assert [(p["first"], p["last"], p["this_installation"]) for p in verdict["keys"]] == [(1, 10, True)]
    anchored = (usb / HEADS).read_text("utf-8").split("\t")
    assert verdict["head"] == anchored[3]
    code, out, err = run(capsys, "restore", made, closed)
    assert code == 1 and err == (f"ballotdesk restore: m.ballotdesk already exists in {tmp_path}; nothing was "
                                 "restored. Add --replace to keep it as m.ballotdesk.before-restore-<time> and put "
                                 "the backup in its place.\n")
    code, out, err = run(capsys, "restore", made, tmp_path / "again.ballotdesk")
    assert code == 0 and out == f"Restored {made.name} to {tmp_path / 'again.ballotdesk'}\n"
    code, out, err = run(capsys, "restore", made, closed, "--replace")
    assert code == 0 and out.startswith(f"Restored {made.name} to {closed}; the previous file is now "
                                        "m.ballotdesk.before-restore-")
