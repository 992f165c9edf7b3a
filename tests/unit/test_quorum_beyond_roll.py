"""A quorum larger than the members on the roll who may vote is warned of in words (Meeting page, roll import)."""

from __future__ import annotations

from ballotdesk.__main__ import main
from ballotdesk.domain.eligibility import Quorum
from tests.helpers import make_meeting


def test_the_rule_names_the_quorum_and_the_roll():
    assert Quorum.parse("300").beyond_roll(eligible=214, on_roll=250) == (
        "A quorum of 300 is more than the 214 members on the roll who may vote, so it can never be met; give a "
        "smaller number, or a percentage (e.g. 10%).")
    assert Quorum.parse("214").beyond_roll(eligible=214, on_roll=250) == ""
    assert Quorum.parse("90%").beyond_roll(eligible=2, on_roll=3) == ""
    assert Quorum.parse("40").beyond_roll(eligible=0, on_roll=0) == ""  # no roll yet: nothing to compare


def test_a_quorum_beyond_the_roll_is_said_in_words(tmp_path):
    svc = make_meeting(tmp_path)  # six members, some of whom may vote
    try:
        eligible = svc.eligible_on_roll()
        assert svc.quorum_beyond_roll() == ""
        svc.update_details({"quorum": "40"})
        assert svc.quorum_beyond_roll() == (
            f"A quorum of 40 is more than the {eligible} members on the roll who may vote, so it can never be met; "
            "give a smaller number, or a percentage (e.g. 10%).")
        svc.update_details({"quorum": str(eligible)})  # every voter: possible
        assert svc.quorum_beyond_roll() == ""
    finally:
        svc.close()


def test_a_roll_imported_under_too_large_a_quorum_is_warned_of(tmp_path, capsys):
    path = str(tmp_path / "m.ballotdesk")
    assert main(["new", path, "--title", "T", "--date", "2026-11-28", "--quorum", "40"]) == 0
    roll = tmp_path / "roll.csv"
    roll.write_text("Member No;Forename;Surname\n1001;F1;L1\n1002;F2;L2\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["roll", "import", path, str(roll)]) == 0
    err = capsys.readouterr().err
    assert "Note: A quorum of 40 is more than the 2 members on the roll who may vote, so it can never be met" in err
