"""`ballotdesk teller add` hands out a code; `count --code` enters under it; a wrong code is refused."""

from __future__ import annotations

import json

from ballotdesk.__main__ import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_tellers_count_with_the_codes_the_chair_handed_out(tmp_path, capsys):
    path = str(tmp_path / "c.ballotdesk")
    assert run(capsys, "new", path, "--title", "T", "--date", "2026-11-28", "--quorum", "1", "--pin", "246802")[0] == 0
    roll = tmp_path / "roll.csv"
    roll.write_text("Member No;Forename;Surname\n1001;F1;L1\n1002;F2;L2\n", encoding="utf-8")
    assert run(capsys, "roll", "import", path, str(roll))[0] == 0
    assert run(capsys, "register", path, "1001", "1002")[0] == 0
    assert run(capsys, "ballot", "add", path, "--title", "M", "--motion")[0] == 0
    assert run(capsys, "ballot", "open", path, "1")[0] == 0
    assert run(capsys, "issue", path, "1", "1001", "1002")[0] == 0
    assert run(capsys, "ballot", "close", path, "1")[0] == 0
    code, _, err = run(capsys, "teller", "add", path, "Ann")
    assert code == 1 and "enter the chair's PIN" in err
    codes = {}
    for name in ("Ann", "Bob"):
        code, out, err = run(capsys, "teller", "add", path, name, "--pin", "246802", "--json")
        assert code == 0, err
        codes[name] = json.loads(out)["code"]
    assert json.loads(run(capsys, "teller", "list", path, "--json")[1]) == {"tellers": ["Ann", "Bob"]}
    count = ["count", path, "1", "--box", "Main hall", "--papers", "2", "For=1", "Against=1"]
    code, out, err = run(capsys, *count, "--teller", "Ann", "--code", codes["Bob"])
    assert (code, out, err) == (1, "", "ballotdesk count: That is not Ann's teller code.\n")
    assert run(capsys, *count, "--teller", "Ann", "--code", codes["Ann"])[0] == 0
    code, _, err = run(capsys, *count, "--teller", "ann", "--code", codes["Ann"])
    assert code == 1 and "a different teller must enter the second" in err
    code, out, err = run(capsys, *count, "--teller", "Bob", "--code", codes["Bob"], "--json")
    assert code == 0, err
    assert json.loads(out)["state"] == "definitive"
