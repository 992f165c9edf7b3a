"""``ballotdesk roll import`` after hand corrections: the JSON and the text say what was kept and whose vote changed."""

from __future__ import annotations

import json

from ballotdesk.__main__ import main
from tests.helpers import ROLL_ROWS as ROWS
from tests.helpers import correct_member as correct
from tests.helpers import make_meeting
from tests.helpers import roll_export as export


def test_headless_import_json_agrees_with_the_summary(tmp_path, capsys):
    path = tmp_path / "m.ballotdesk"
    svc = make_meeting(tmp_path, people=False)
    svc.import_roll(export(tmp_path, list(ROWS.values()), "first.csv"))
    correct(svc, "1002", ward="Central")
    svc.register("1001")
    svc.close()
    rows = {**ROWS, "1001": "1001,Zoë,O'Brien,North,SA15 1AA,01/05/2020,Current", "A17": "a17,Ann,Case,West,,,"}
    assert main(["roll", "import", str(path), str(export(tmp_path, list(rows.values()))), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["imported"], data["updated"], data["unchanged"], data["left"]) == (0, 2, 2, 0)
    assert [(k["number"], k["field"]) for k in data["kept_by_hand"]] == [("1002", "ward")]
    assert [(v["number"], v["may_vote"]) for v in data["vote_changed"]] == [("1001", False)]


def test_headless_import_text_names_what_to_check(tmp_path, capsys):
    path = tmp_path / "m.ballotdesk"
    svc = make_meeting(tmp_path, people=False)
    svc.import_roll(export(tmp_path, list(ROWS.values()), "first.csv"))
    correct(svc, "1002", ward="Central")
    svc.register("1001")
    svc.close()
    rows = {**ROWS, "1001": "1001,Zoë,O'Brien,North,SA15 1AA,01/05/2020,Current"}
    assert main(["roll", "import", str(path), str(export(tmp_path, list(rows.values())))]) == 0
    out = capsys.readouterr().out
    assert "1002 ward: kept 'Central', entered by hand; the file says " in out
    assert "1001 Zoë O'Brien, already registered, may no longer vote: joined 1 May 2020" in out
