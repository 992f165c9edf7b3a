"""``ballotdesk stv``: a .blt file counted with no meeting, as text and as JSON; failures are one line."""

import json
from pathlib import Path

import pytest

from ballotdesk.__main__ import main

DATA = Path(__file__).resolve().parents[1] / "data" / "blt"


def run(capsys, *args):
    try:
        code = main(list(args))
    except SystemExit as stop:  # argparse's usage errors
        code = stop.code
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_has_the_public_fields(capsys):
    code, out, err = run(capsys, "stv", str(DATA / "Govan-2007.blt"), "--rules", "scottish", "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["quota"] == "1913.00000"
    assert data["elected"] == ["Allison Hunter", "John Flanagan", "Stephen Dornan", "Shaukat Butt"]
    first = data["stages"][0]
    assert set(first) >= {"action", "votes", "non_transferable", "elected", "excluded"}
    assert first["action"] == "first preferences"
    assert first["votes"]["Allison Hunter"] == "2694.00000"
    assert first["elected"] == ["Allison Hunter"]
    assert data["stages"][1]["action"] == "surplus of Allison Hunter"
    assert data["stages"][2]["excluded"] == ["Carolina Perez"]


def test_text_prints_the_stage_table(capsys):
    code, out, _ = run(capsys, "stv", str(DATA / "Greater-Pollock-2007.blt"), "--rules", "scottish")
    assert code == 0
    assert "Quota: 1737.00000" in out
    assert "Stage 4: exclusion of Fleming Carswell; elected Alex Glass" in out
    table = [line for line in out.splitlines() if line.startswith("Alex Glass")]
    assert table[0].split()[2:6] == ["1637.00000", "1680.94016", "1701.94656", "1801.36704"]
    assert out.rstrip().endswith("Elected, in order: Patricia Duffy, Alex Glass, Tommy Morrison, William O'Rourke")


def test_seats_override_and_irv(capsys):
    code, out, _ = run(capsys, "stv", str(DATA / "Govan-2007.blt"), "--rules", "irv", "--seats", "1", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["seats"] == 1 and len(data["elected"]) == 1
    last = data["stages"][-1]
    assert int(last["votes"][data["elected"][0]]) * 2 > sum(int(v) for v in last["votes"].values())


def test_a_lot_is_asked_for_then_drawn_and_said(capsys, tmp_path):
    path = tmp_path / "tie.blt"
    path.write_text('3 1\n2 1 0\n2 2 0\n1 3 0\n0\n"Ann"\n"Bob"\n"Cai"\n"Tie"\n', encoding="utf-8")
    code, out, err = run(capsys, "stv", str(path), "--rules", "irv")
    # Cai goes first; then Ann and Bob are equal at every stage: a lot decides who is excluded.
    assert code == 1 and out == ""
    assert err == ("ballotdesk stv: stage 3: Ann, Bob are equal at every stage; a lot decides which to exclude; "
                   "draw it (--lot) and count again\n")
    code, out, err = run(capsys, "stv", str(path), "--rules", "irv", "--lot", "bob")
    assert code == 0
    assert "A lot was drawn at stage 3 (which to exclude) between Ann, Bob: it fell on Bob." in out
    assert out.rstrip().endswith("Elected, in order: Ann")
    code, out, _ = run(capsys, "stv", str(path), "--rules", "irv", "--lot-seed", "7", "--json")
    data = json.loads(out)
    assert data["lots"][0]["tied"] == ["Ann", "Bob"] and data["lots"][0]["chosen"] in ("Ann", "Bob")
    assert data["elected"] == [({"Ann", "Bob"} - {data["lots"][0]["chosen"]}).pop()]


@pytest.mark.parametrize(("args", "message", "status"), [
    (["missing.blt", "--rules", "scottish"], "ballotdesk stv: missing.blt cannot be read: the file or folder is not there\n", 1),
    (["BAD", "--rules", "scottish"], "ballotdesk stv: bad.blt, line 2: a preference for candidate 9 of 3\n", 1),
    (["BAD", "--rules", "stv"], None, 2),
    (["GOOD", "--rules", "irv"], "ballotdesk stv: the alternative vote (irv) fills one seat, not 2; give --seats 1, "
                                 "or count by STV rules\n", 1),
    (["GOOD", "--rules", "meek", "--seats", "0"], None, 2),
    (["GOOD", "--rules", "meek", "--seats", "4"], "ballotdesk stv: 4 seats but only 3 candidates standing\n", 1),
    (["GOOD", "--rules", "meek", "--lot", "Ann", "--lot-seed", "1"],
     "ballotdesk stv: give either --lot or --lot-seed, not both\n", 1),
])
def test_failures_are_one_line(capsys, tmp_path, monkeypatch, args, message, status):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.blt").write_text("3 1\n1 1 9 0\n0\n", encoding="utf-8")
    (tmp_path / "good.blt").write_text('3 2\n1 1 2 0\n0\n"Ann"\n"Bob"\n"Cai"\n"T"\n', encoding="utf-8")
    args = [{"BAD": "bad.blt", "GOOD": "good.blt"}.get(a, a) for a in args]
    code, out, err = run(capsys, "stv", *args)
    assert code == status and out == ""
    assert err.count("\n") == 1
    if message:
        assert err == message


def test_ers97_and_meek_values_at_their_own_precision(capsys, tmp_path):
    path = tmp_path / "committee.blt"
    path.write_text('4 2\n5 1 3 0\n3 3 0\n3 4 0\n1 - 2 0\n0\n"Ann"\n"Bob"\n"Cai"\n"Dee"\n"Committee"\n', encoding="utf-8")
    code, out, _ = run(capsys, "stv", str(path), "--rules", "ers97", "--json")
    data = json.loads(out)
    assert code == 0 and data["title"] == "Committee"
    assert data["quota"] == "3.67" and data["rejected"] == {"no first preference": 1}
    assert [s["action"] for s in data["stages"]] == ["first preferences", "exclusion of Bob", "surplus of Ann"]
    assert data["stages"][1]["note"] == "surpluses of 1.33 deferred (5.2.2)"
    assert data["stages"][2]["votes"] == {"Ann": "3.67", "Bob": "0.00", "Cai": "4.30", "Dee": "3.00"}
    assert data["stages"][2]["non_transferable"] == "0.03"
    code, out, _ = run(capsys, "stv", str(path), "--rules", "meek", "--json")
    data = json.loads(out)
    assert data["quota"] == "3.666666667"
    assert [(s["action"], s["elected"]) for s in data["stages"]] == [
        ("first preferences", []), ("surpluses", ["Ann"]), ("surpluses", ["Cai"])]
    assert data["elected"] == ["Ann", "Cai"]
