"""A teller's count names every option's figure, 0 included: an option left out is refused, not read as 0."""

from __future__ import annotations

import json

import pytest

from ballotdesk.__main__ import main
from ballotdesk.domain.count import CountFigures, figures_from_text
from ballotdesk.domain.errors import DomainError


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def up_to_two(tmp_path, capsys) -> str:
    """Three voters with papers; an election of 2 among Ann, Bob, Cy and Di (up to 2 marks a paper); closed."""
    path = str(tmp_path / "c.ballotdesk")
    assert run(capsys, "new", path, "--title", "T", "--date", "2026-11-28", "--cutoff", "2016-01-12",
               "--quorum", "2", "--voting-status", "Current")[0] == 0
    roll = tmp_path / "roll.csv"
    roll.write_text("Member No;Forename;Surname;Joined;Status\n"
                    + "".join(f"100{i};F{i};L{i};01/05/2010;Current\n" for i in (1, 2, 3)), encoding="utf-8")
    assert run(capsys, "roll", "import", path, str(roll))[0] == 0
    assert run(capsys, "register", path, "1001", "1002", "1003")[0] == 0
    assert run(capsys, "ballot", "add", path, "--title", "Committee", "--seats", "2", "--option", "Ann",
               "--option", "Bob", "--option", "Cy", "--option", "Di")[0] == 0
    assert run(capsys, "ballot", "open", path, "1")[0] == 0
    assert run(capsys, "issue", path, "1", "1001", "1002", "1003")[0] == 0
    assert run(capsys, "ballot", "close", path, "1")[0] == 0
    return path


def test_an_omitted_option_is_refused_and_named(up_to_two, capsys):
    code, out, err = run(capsys, "count", up_to_two, "1", "--box", "Main hall", "--teller", "T1", "--papers", "3",
                         "Ann=3", "Bob=2")
    assert (code, out) == (1, "")
    assert err == "ballotdesk count: No figure for 'Cy', 'Di': give every option's votes, 0 where it has none.\n"
    boxes = json.loads(run(capsys, "result", up_to_two, "1", "--json")[1])["boxes"]
    assert boxes[0]["state"] == "waiting"  # nothing was entered


def test_every_option_given_with_explicit_zeros_is_accepted(up_to_two, capsys):
    code, out, err = run(capsys, "count", up_to_two, "1", "--box", "Main hall", "--teller", "T1", "--papers", "3",
                         "Ann=3", "bob=2", "Cy=0", "Di=0")
    assert code == 0, err
    assert "waits for a second teller" in out


def test_the_rule_reads_names_in_any_case_and_keeps_paper_order():
    figures = figures_from_text(("For", "Against"), "5", [("against", "2"), ("FOR", "3")], "0", "0")
    assert figures == CountFigures(papers=5, votes=(3, 2), abstain=0, rejected=0)
    with pytest.raises(DomainError, match=r"^No figure for 'Against': give every option's votes, 0 where it has none\.$"):
        figures_from_text(("For", "Against"), "5", [("For", "5")], "0", "0")
