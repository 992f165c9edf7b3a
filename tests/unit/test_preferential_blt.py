"""The .blt reader takes what real files hold, refuses a defective one by line, and round-trips with the writer."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ballotdesk.domain.preferential import BallotFile, BltError, Paper, read_blt, read_blt_file, write_blt

DATA = Path(__file__).resolve().parents[1] / "data" / "blt"

REAL_FILE = (
    "\ufeff# exported by a counting program\n"
    "4 2   # four candidates, two seats\n"
    "-4\n"
    "3 1 2 0\n"
    "2 2=3 1 0   # an equal second preference\n"
    "1 3 - 1 0\n"
    "1 1 1 2 0\n"
    "1 0\n"
    "0\n"
    '"Ann Smith" "Bob #2 Jones"\n'
    '"Cai Rhys"\n'
    "Dee Withdrawn\n"
    '"Branch committee 2026"\n'
    "Counted at the AGM\n"
)


def test_reader_takes_bom_comments_withdrawn_weights_equal_and_skipped_marks():
    ballots = read_blt(REAL_FILE)
    assert ballots.candidates == ("Ann Smith", "Bob #2 Jones", "Cai Rhys", "Dee Withdrawn")
    assert ballots.seats == 2
    assert ballots.withdrawn == frozenset({4})
    assert ballots.papers == (
        Paper(3, ((1,), (2,))),
        Paper(2, ((2, 3), (1,))),
        Paper(1, ((3,), (), (1,))),
        Paper(1, ((1,), (1,), (2,))),
        Paper(1, ()),
    )
    assert ballots.paper_count == 8
    assert ballots.title == "Branch committee 2026"
    assert ballots.notes == ("Counted at the AGM",)


def test_droop_option_lines_withdraw_and_are_kept():
    ballots = read_blt('3 1\n[withdrawn 2]\n[tie 3 1 2]\n1 1 0\n0\n"A"\n"B"\n"C"\n"T"\n')
    assert ballots.withdrawn == frozenset({2})
    assert ballots.options == ("[tie 3 1 2]",)
    assert read_blt(write_blt(ballots)) == ballots


@pytest.mark.parametrize(("text", "message"), [
    ("", "is empty"),
    ("3\n", r"line 1: '3' should give the number of candidates and of seats"),
    ("2 3\n0\n", "line 1: 3 seats for 2 candidates"),
    ("3 1\n1 1 9 0\n0\n", "line 2: a preference for candidate 9 of 3"),
    ("3 1\n1 2\n0\n", "line 2: the ballot line does not end with 0"),
    ("3 1\n1 2 0 3 0\n0\n", "line 2: a 0 before the end of the ballot line"),
    ("3 1\nx 2 0\n0\n", "line 2: 'x' is not a number of papers"),
    ("3 1\n0 2 0\n0\n", "line 2: a ballot line with a weight of 0"),
    ("3 1\n1 2 0\n", "ends before the line '0' that closes the papers"),
    ('3 1\n1 2 0\n0\n"A"\n"B"\n', r"line 5: the file ends after 2 of the 3 candidates' names"),
    ('2 1\n1 2 0\n0\n"A"\n"a"\n', "line 5: the name 'a' is given to candidates 1 and 2"),
    ("3 1\n-5\n0\n", "line 2: candidate 5 of 3 is withdrawn"),
    ("3 1\n1 2=x 0\n0\n", "line 2: 'x' is not a candidate's number"),
])
def test_defective_files_are_refused_naming_the_line(text, message):
    with pytest.raises(BltError, match=message):
        read_blt(text)


def test_file_errors_name_the_file(tmp_path):
    with pytest.raises(BltError, match=r"missing\.blt cannot be read: the file or folder is not there"):
        read_blt_file(tmp_path / "missing.blt")
    bad = tmp_path / "bad.blt"
    bad.write_text("3 1\n1 1 7 0\n0\n", encoding="utf-8")
    with pytest.raises(BltError, match=r"^bad\.blt, line 2: a preference for candidate 7 of 3$"):
        read_blt_file(bad)


def test_windows_1252_file_is_read(tmp_path):
    path = tmp_path / "old.blt"
    path.write_bytes('1 1\n1 1 0\n0\n"Siân Évans"\n"Title"\n'.encode("cp1252"))
    assert read_blt_file(path).candidates == ("Siân Évans",)


def test_real_files_round_trip():
    for path in sorted(DATA.glob("*.blt")):
        ballots = read_blt_file(path)
        assert read_blt(write_blt(ballots)) == ballots, path.name


names = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Zs")), min_size=1,
                max_size=8).filter(lambda s: s.strip() == s and not s.startswith("#"))


@st.composite
def ballot_files(draw):
    count = draw(st.integers(1, 6))
    candidates = draw(st.lists(names, min_size=count, max_size=count, unique_by=str.casefold))
    group = st.lists(st.integers(1, count), max_size=3, unique=True).map(tuple)
    papers = draw(st.lists(st.builds(Paper, st.integers(1, 50), st.lists(group, max_size=6).map(tuple)),
                           max_size=12))
    withdrawn = draw(st.frozensets(st.integers(1, count), max_size=count - 1))
    notes = draw(st.lists(names, max_size=2))
    return BallotFile(tuple(candidates), draw(st.integers(1, count)), tuple(papers), withdrawn,
                      draw(names), tuple(notes))


@settings(max_examples=100, deadline=None)
@given(ballot_files())
def test_writer_and_reader_round_trip(ballots):
    assert read_blt(write_blt(ballots)) == ballots


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(
    st.sampled_from(["3 2", "-2", "[withdrawn 1]", "[tie 1 2]", "1 1 2 0", "2 3=1 - 0", "1 4 0", "0", '"A"', '"B C"',
                     '"T"', "#", "x", "1 1", "0 1 0", "1 0 2 0", "\ufeff3 1", "", '"unterminated']),
    st.text(max_size=12)), max_size=12))
def test_any_text_is_read_or_refused_with_a_reason(lines):
    from ballotdesk.domain.errors import DomainError
    from ballotdesk.domain.preferential import count, seeded_lots

    try:
        ballots = read_blt("\n".join(lines))
    except BltError as error:
        assert str(error).strip()
        return
    for rules in ("scottish", "ers97", "meek", "irv"):
        try:
            count(ballots, rules, chooser=seeded_lots(1))
        except DomainError as error:
            assert str(error).strip()


@settings(max_examples=80, deadline=None)
@given(ballot_files())
def test_every_rule_counts_any_file_that_reads(ballots):
    """Whatever a file holds, each count ends with its seats filled and every stage adding up."""
    from ballotdesk.domain.errors import DomainError
    from ballotdesk.domain.preferential import count, seeded_lots

    standing = len(ballots.candidates) - len(ballots.withdrawn)
    for rules in ("scottish", "ers97", "meek", "irv"):
        seats = 1 if rules == "irv" else ballots.seats
        try:
            result = count(ballots, rules, seats, chooser=seeded_lots(1))
        except DomainError as error:
            assert seats > standing or "is valid" in str(error), str(error)
            continue
        assert len(result.elected) == seats == len(set(result.elected))
        assert result.valid + sum(result.rejected.values()) == ballots.paper_count
        for stage in result.stages:
            assert sum(stage.votes.values()) + stage.non_transferable == result.valid, (rules, stage)
