"""A membership number typed in another case at the command line is the same member (A17 and a17)."""

from __future__ import annotations

import datetime as dt
import json

from ballotdesk.__main__ import main
from ballotdesk.domain.roll_csv import MemberRecord


def test_headless_register_takes_a_number_in_another_case(svc, capsys):
    svc.save_member(MemberRecord("A17", "Ann", "Price", "Elli", "SA15 1AA", dt.date(2010, 1, 1), "Current", ""))
    path = str(svc.path)
    svc.close()
    assert main(["register", path, "a17", "--json"]) == 0
    [entry] = json.loads(capsys.readouterr().out)
    assert (entry["number"], entry["registered"], entry["may_vote"]) == ("A17", True, True)
    assert main(["register", path, "A17", "--json"]) == 0  # already registered: still a success
    assert json.loads(capsys.readouterr().out)[0]["status"] == "already"
