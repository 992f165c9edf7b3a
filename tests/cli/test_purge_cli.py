"""``ballotdesk purge``: the chair's PIN, what was purged in words and as JSON, and a chain still intact."""

from __future__ import annotations

import json

import pytest

from ballotdesk.__main__ import main
from ballotdesk.services.meeting import MeetingService
from tests.helpers import finish_meeting

PIN = "246802"
pytestmark = pytest.mark.meeting(people=False, pin=PIN)


def test_cli_purge(svc, tmp_path, capsys, monkeypatch):
    finish_meeting(svc, tmp_path, PIN)
    svc.close()
    code = main(["purge", str(svc.path)])
    err = capsys.readouterr().err
    assert code == 1 and err == "ballotdesk purge: To purge personal data, enter the chair's PIN.\n"
    monkeypatch.setenv("BALLOTDESK_CHAIR_PIN", PIN)
    code = main(["purge", str(svc.path)])
    out = capsys.readouterr().out
    assert code == 0 and out == (
        "Purged the personal data of 3 members and 2 guests or provisional attendees. Numbers, statuses, "
        "registrations, counts and results are kept. 2 earlier audit events still hold names (members added or "
        "corrected by hand, guests); the audit chain forbids changing them.\n")
    code = main(["purge", str(svc.path), "--json"])
    assert code == 0 and json.loads(capsys.readouterr().out) == {"members": 0, "attendees": 0,
                                                                "events_with_names": 2}
    code = main(["verify", str(svc.path)])
    assert code == 0 and capsys.readouterr().out.startswith("Intact: ")
    svc.store = MeetingService.open(svc.path).store
