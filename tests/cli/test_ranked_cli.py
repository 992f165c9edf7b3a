"""``ballot add --method``, ``ranked import|enter|settle|batches|export`` and ``result --json`` for a preferential ballot."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from ballotdesk.__main__ import main
from ballotdesk.domain.roll_csv import MemberRecord
from tests.helpers import make_meeting

PIN = "246802"
DATA = Path(__file__).resolve().parents[1] / "data" / "blt"


def run(capsys, *args):
    try:
        code = main(list(args))
    except SystemExit as stop:
        code = stop.code
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def meeting(tmp_path) -> Path:
    svc = make_meeting(tmp_path, pin=PIN)
    for i in range(6):
        number = str(7000 + i)
        svc.save_member(MemberRecord(number, "Voter", number, "North", "", dt.date(2005, 1, 1), "Current", ""))
        svc.register(number)
    svc.close()
    return tmp_path / "m.ballotdesk"


def add_and_issue(capsys, path: Path, *method: str) -> int:
    code, out, err = run(capsys, "ballot", "add", str(path), "--title", "Committee", "--option", "Ann",
                         "--option", "Bob", "--option", "Cai", *method, "--json")
    assert code == 0, err
    ballot = json.loads(out)["id"]
    assert run(capsys, "ballot", "open", str(path), str(ballot))[0] == 0
    assert run(capsys, "issue", str(path), str(ballot), *(str(7000 + i) for i in range(6)))[0] == 0
    assert run(capsys, "ballot", "close", str(path), str(ballot))[0] == 0
    return ballot


def test_ballot_add_takes_a_method_and_refuses_what_does_not_fit(capsys, meeting):
    code, _, err = run(capsys, "ballot", "add", str(meeting), "--title", "C", "--option", "Ann", "--option", "Bob",
                       "--method", "irv", "--seats", "2")
    assert code == 1 and err.strip() == "ballotdesk ballot add: The alternative vote (irv) fills one seat; for 2 " \
                                        "seats use stv."
    code, _, err = run(capsys, "ballot", "add", str(meeting), "--title", "C", "--option", "Ann", "--option", "Bob",
                       "--method", "stv")
    assert code == 1 and "STV needs its rules: scottish, ers97 or meek" in err
    code, _, err = run(capsys, "ballot", "add", str(meeting), "--title", "C", "--option", "Ann", "--option", "Bob",
                       "--rules", "meek")
    assert code == 1 and "--rules is for --method stv" in err


def test_keyed_twice_settled_counted_declared_and_exported(capsys, meeting, tmp_path):
    ballot = add_and_issue(capsys, meeting, "--method", "stv", "--rules", "ers97", "--seats", "2")
    base = ("ranked", "enter", str(meeting), str(ballot), "--box", "Main hall", "--batch", "1")
    code, out, err = run(capsys, *base, "--teller", "Ann", "--counted", "3", "--pile", "Ann=2", "--pile", "Bob=1",
                         "1 2 3", "1 3 2", "2 1 -", "--json")
    assert code == 0, err
    assert json.loads(out)["state"] == "second entry"
    code, out, _ = run(capsys, *base, "--teller", "Bob", "--counted", "3", "1 2 3", "1 2 3", "2 1 -", "--json")
    data = json.loads(out)
    assert data["state"] == "differs" and data["differing"] == [{"paper": 2, "first": "1 3 2", "second": "1 2 3"}]
    code, out, _ = run(capsys, "ranked", "batches", str(meeting), str(ballot))
    assert "paper 2: 1 3 2  |  1 2 3" in out
    [box] = json.loads(run(capsys, "ranked", "batches", str(meeting), str(ballot), "--json")[1])
    assert box["definitive"] is False and box["batches"][0]["state"] == "differs"
    assert box["batches"][0]["tellers"] == ["Ann", "Bob"] and box["batches"][0]["differing"] == [
        {"paper": 2, "first": "1 3 2", "second": "1 2 3"}]
    code, out, err = run(capsys, "ranked", "settle", str(meeting), str(ballot), "--box", "Main hall", "--batch", "1",
                         "--paper", "2=1 3 2", "--reason", "read by the chair", "--pin", PIN)
    assert code == 0 and "is settled and definitive (3 papers)" in out, err
    base = ("ranked", "enter", str(meeting), str(ballot), "--box", "Main hall", "--batch", "2", "--last")
    for teller in ("Ann", "Bob"):
        code, out, err = run(capsys, *base, "--teller", teller, "3 1 2", "- 1 2", "2 - 1")
        assert code == 0, err
    assert "Every batch of Main hall is definitive" in out
    code, out, err = run(capsys, "result", str(meeting), str(ballot), "--json")
    doc = json.loads(out)
    blt = tmp_path / "out.blt"
    assert run(capsys, "ranked", "export", str(meeting), str(ballot), "-o", str(blt))[0] == 0
    code, out, _ = run(capsys, "stv", str(blt), "--rules", "ers97", "--json")
    alone = json.loads(out)
    assert (doc["quota"], doc["elected"], doc["stages"]) == (alone["quota"], alone["elected"], alone["stages"])
    assert doc["stages"][0]["votes"] == {"Ann": "2.00", "Bob": "3.00", "Cai": "1.00"}
    code, out, err = run(capsys, "declare", str(meeting), str(ballot), "--chair", "Mary Jones", "--pin", PIN)
    assert code == 0 and out.startswith("Declared: "), err
    sheet = tmp_path / "sheet.pdf"
    code, _, err = run(capsys, "sheet", str(meeting), str(ballot), "-o", str(sheet))
    assert code == 0 and sheet.stat().st_size > 1000, err


def test_two_imports_make_the_four_eyes_pair(capsys, meeting, tmp_path):
    ballot = add_and_issue(capsys, meeting, "--method", "irv")
    blt = tmp_path / "box.blt"
    blt.write_text('3 1\n3 1 2 0\n1 2 0\n1 3 1 0\n1 2 3 0\n0\n"Ann"\n"Bob"\n"Cai"\n"Chair"\n', encoding="utf-8")
    code, out, err = run(capsys, "ranked", "import", str(meeting), str(ballot), str(blt), "--box", "Main hall",
                         "--teller", "Ann", "--batch-size", "4")
    assert code == 0 and out.startswith("6 papers imported in 2 batches by Ann."), err
    code, out, err = run(capsys, "ranked", "import", str(meeting), str(ballot), str(blt), "--box", "Main hall",
                         "--teller", "Bob", "--batch-size", "4", "--json")
    assert code == 0 and [b["state"] for b in json.loads(out)["batches"]] == ["definitive", "definitive"]
    doc = json.loads(run(capsys, "result", str(meeting), str(ballot), "--json")[1])
    assert doc["method"] == "irv" and doc["elected"] == ["Ann"] and doc["status"] == "counted"


def test_bad_input_is_one_line_and_leaves_the_meeting_alone(capsys, meeting, tmp_path):
    ballot = add_and_issue(capsys, meeting, "--method", "irv")
    before = meeting.read_bytes()
    blt = tmp_path / "bad.blt"
    blt.write_text('3 1\n1 1 9 0\n0\n"Ann"\n"Bob"\n"Cai"\n', encoding="utf-8")
    code, _, err = run(capsys, "ranked", "import", str(meeting), str(ballot), str(blt), "--box", "Main hall",
                       "--teller", "Ann")
    assert code == 1 and err == "ballotdesk ranked import: bad.blt, line 2: a preference for candidate 9 of 3\n"
    code, _, err = run(capsys, "ranked", "enter", str(meeting), str(ballot), "--box", "Main hall", "--teller", "Ann",
                       "--batch", "1", "1 2")
    assert code == 1 and err == ("ballotdesk ranked enter: Batch 1, paper 1: 2 marks for 3 candidates: type one for "
                                 "each candidate, '-' for a blank box.\n")
    code, _, err = run(capsys, "ranked", "export", str(meeting), str(ballot), "-o", str(tmp_path / "x.blt"))
    assert code == 1 and "no papers to write" in err
    assert meeting.read_bytes() == before
