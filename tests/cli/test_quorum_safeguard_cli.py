"""`ballot open` and `declare` while the meeting is inquorate: refused in words, or overridden by the chair."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ballotdesk.__main__ import main
from ballotdesk.services.meeting import MeetingService


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def inquorate(tmp_path, capsys, monkeypatch) -> str:
    """Three members on the roll, one registered, a quorum of 2 and a chair's PIN; ballot 1 is a motion."""
    monkeypatch.delenv("BALLOTDESK_CHAIR_PIN", raising=False)
    path = str(tmp_path / "q.ballotdesk")
    assert run(capsys, "new", path, "--title", "T", "--date", "2026-11-28", "--cutoff", "2016-01-12",
               "--quorum", "2", "--voting-status", "Current", "--pin", "246802")[0] == 0
    roll = tmp_path / "roll.csv"
    roll.write_text("Member No;Forename;Surname;Ward;Postcode;Joined;Status\n"
                    + "".join(f"100{i};F{i};L{i};N;X;01/05/2010;Current\n" for i in (1, 2, 3)), encoding="utf-8")
    assert run(capsys, "roll", "import", path, str(roll))[0] == 0
    assert run(capsys, "register", path, "1001")[0] == 0
    assert run(capsys, "ballot", "add", path, "--title", "M", "--motion")[0] == 0
    return path


def test_opening_while_inquorate_is_refused_then_overridden_with_pin_and_reason(inquorate, capsys):
    path = inquorate
    code, out, err = run(capsys, "ballot", "open", path, "1")
    assert code != 0 and out == ""
    assert "The meeting is not quorate (1 present and entitled to vote, 2 needed): the ballot cannot be opened." in err
    code, _, err = run(capsys, "ballot", "open", path, "1", "--inquorate", "quorum applies at the start")
    assert code != 0 and "PIN" in err
    code, out, err = run(capsys, "ballot", "open", path, "1", "--inquorate", "quorum applies at the start",
                         "--pin", "246802", "--json")
    assert code == 0, err
    opened = json.loads(out)
    assert (opened["ballot"], opened["status"]) == (1, "open") and dict(opened["fixed_terms"])["Kind"]


def test_declaring_while_inquorate_needs_the_chair_s_reason(inquorate, capsys):
    path = inquorate
    assert run(capsys, "register", path, "1002")[0] == 0  # quorate at the opening
    assert run(capsys, "ballot", "open", path, "1")[0] == 0
    assert run(capsys, "issue", path, "1", "1001", "1002")[0] == 0
    assert run(capsys, "ballot", "close", path, "1")[0] == 0
    for teller in ("Ann", "Bob"):
        assert run(capsys, "count", path, "1", "--box", "Main hall", "--teller", teller, "--papers", "2",
                   "For=2", "Against=0")[0] == 0
    with MeetingService.open(Path(path)) as svc:  # 1002 leaves the hall before the declaration
        svc.set_departed([svc.store.attendee_by_member("1002")["id"]], True)
    code, out, err = run(capsys, "declare", path, "1", "--chair", "C", "--pin", "246802")
    assert code != 0 and "the result cannot be declared" in err
    code, out, err = run(capsys, "declare", path, "1", "--chair", "C", "--pin", "246802", "--inquorate",
                         "the chair ruled the quorum applies at the start", "--json")
    assert code == 0, err
    quorum = json.loads(out)["quorum"]
    assert quorum["at_opening"] == {"rule": "2", "needed": 2, "present": 2, "override": "", "quorate": True}
    assert quorum["at_declaration"] == {"rule": "2", "needed": 2, "present": 1, "quorate": False,
                                        "override": "the chair ruled the quorum applies at the start"}
