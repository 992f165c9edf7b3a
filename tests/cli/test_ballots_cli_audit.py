"""`ballotdesk count` as a teller types it: option names with "=" and an option given twice."""

from __future__ import annotations

import json

import pytest

from ballotdesk.__main__ import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def closed_election(tmp_path, capsys) -> str:
    """Three voters with papers in the Main hall; candidates "X=Y", "Z" and "W"; ballot 1 closed; one teller."""
    path = str(tmp_path / "c.ballotdesk")
    assert run(capsys, "new", path, "--title", "T", "--date", "2026-11-28", "--venue", "V", "--organisation", "O",
               "--cutoff", "2016-01-12", "--quorum", "2", "--voting-status", "Current")[0] == 0
    roll = tmp_path / "roll.csv"
    roll.write_text("Member No;Forename;Surname;Ward;Postcode;Joined;Status\n"
                    + "".join(f"100{i};F{i};L{i};N;X;01/05/2010;Current\n" for i in (1, 2, 3)), encoding="utf-8")
    assert run(capsys, "roll", "import", path, str(roll))[0] == 0
    assert run(capsys, "register", path, "1001", "1002", "1003")[0] == 0
    assert run(capsys, "ballot", "add", path, "--title", "E", "--option", "X=Y", "--option", "Z",
               "--option", "W")[0] == 0
    assert run(capsys, "ballot", "open", path, "1")[0] == 0
    assert run(capsys, "issue", path, "1", "1001", "1002", "1003")[0] == 0
    assert run(capsys, "ballot", "close", path, "1")[0] == 0
    return path


def test_an_option_given_twice_is_refused_not_overwritten(closed_election, capsys):
    path = closed_election
    code, out, err = run(capsys, "count", path, "1", "--box", "Main hall", "--teller", "T1", "--papers", "3",
                         "X=Y=2", "Z=5", "z=1", "W=0")
    assert code != 0 and out == ""
    assert "'Z' is given more than once; give each option's votes once." in err
    # nothing was entered: the box still waits for its first entry
    code, out, _ = run(capsys, "result", path, "1", "--json")
    boxes = json.loads(out)["boxes"]
    assert boxes[0]["name"] == "Main hall" and boxes[0]["state"] == "waiting"


def test_an_option_name_with_equals_counts_through_both_tellers(closed_election, capsys):
    path = closed_election
    for teller in ("T1", "T2"):
        code, _, err = run(capsys, "count", path, "1", "--box", "Main hall", "--teller", teller, "--papers", "3",
                           "X=Y=2", "Z=1", "W=0")
        assert code == 0, err
    data = json.loads(run(capsys, "result", path, "1", "--json")[1])
    assert [(o["name"], o["votes"], o["percent"]) for o in data["options"]] == [
        ("X=Y", 2, 66.7), ("Z", 1, 33.3), ("W", 0, 0.0)]
    assert data["winners"] == ["X=Y"] and data["outcome"] == "X=Y leads with the most votes and would be elected."
    assert data["provisional"] is True
    assert "PROVISIONAL" in run(capsys, "result", path, "1")[1]
    assert data["status"] == "counted" and data["lot"] is None
    assert data["boxes"][0] == {"name": "Main hall", "issued": 3, "found": 3, "spoilt": 0, "withdrawn": 0,
                                "variance": 0, "explanation": "", "definitive": True, "state": "definitive"}


def test_a_box_with_more_papers_than_issued_is_blocked_in_count_result_and_declare(closed_election, capsys):
    path = closed_election
    run(capsys, "count", path, "1", "--box", "Main hall", "--teller", "T1", "--papers", "4", "X=Y=2", "Z=2", "W=0")
    code, out, err = run(capsys, "count", path, "1", "--box", "Main hall", "--teller", "T2", "--papers", "4",
                         "X=Y=2", "Z=2", "W=0", "--json")
    assert code == 0, err
    told = json.loads(out)
    assert told["state"] == "blocked"
    assert told["message"] == ("The entries match, but more papers were found than issued into Main hall (3 issued, "
                               "4 found): the count of Main hall is blocked until the chair orders a recount.")
    data = json.loads(run(capsys, "result", path, "1", "--json")[1])
    assert (data["boxes"][0]["state"], data["boxes"][0]["definitive"]) == ("blocked", False)
    code, out, err = run(capsys, "declare", path, "1", "--chair", "C")
    assert code != 0 and out == ""
    assert "The count of Main hall is blocked: more papers were found than issued (3 issued, 4 found)" in err


def test_the_chair_s_decision_on_differing_entries_is_kept_with_the_declared_result(closed_election, capsys):
    path = closed_election
    run(capsys, "count", path, "1", "--box", "Main hall", "--teller", "T1", "--papers", "3", "X=Y=2", "Z=1", "W=0")
    code, out, _ = run(capsys, "count", path, "1", "--box", "Main hall", "--teller", "T2", "--papers", "3",
                       "X=Y=1", "Z=2", "W=0", "--json")
    assert code == 0 and json.loads(out)["state"] == "differs"
    code, _, err = run(capsys, "resolve", path, "1", "--box", "Main hall", "--accept", "T1", "--reason",
                       "checked the papers with both tellers")
    assert code == 0, err
    code, out, err = run(capsys, "declare", path, "1", "--chair", "C", "--json")
    assert code == 0, err
    assert json.loads(out)["disputes"] == [
        {"box": "Main hall", "tellers": ["T1", "T2"], "decision": "accept", "accepted": "T1",
         "reason": "checked the papers with both tellers",
         "differing": [{"label": "X=Y", "first": 2, "second": 1}, {"label": "Z", "first": 1, "second": 2}]}]
    data = json.loads(run(capsys, "result", path, "1", "--json")[1])
    assert data["provisional"] is False and data["outcome"] == "X=Y has received the most votes and is elected."
