"""Refusals that come from the Qt-free core (roll files, the system, the tally) in the real Welsh catalogue.

The core speaks through ``domain.words.translate``, which the GUI routes to Qt's translators; these
tests install Welsh as the interface does and read the messages a chair would see.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ballotdesk.domain.ballot import Rule
from ballotdesk.domain.errors import DomainError, os_reason
from ballotdesk.domain.majority import necessary
from ballotdesk.domain.roll_csv import CsvReadError, RowProblem, guess_mapping, parse_records, read_csv
from ballotdesk.ui import i18n


@pytest.fixture
def welsh(qapp: QApplication) -> Iterator[None]:
    i18n.install_language(qapp, "cy", remember=False)
    yield
    i18n.install_language(qapp, "en", remember=False)


def test_system_refusals_are_said_in_welsh(welsh) -> None:
    assert os_reason(OSError(errno.ENOSPC, "No space left on device")) == "mae'r ddisg yn llawn"
    assert os_reason(OSError(errno.EACCES, "Permission denied")) == "dim caniatâd"
    # A rare cause keeps the system's own words rather than saying nothing.
    assert os_reason(OSError(errno.ELOOP, "Too many levels of symbolic links")) == "Too many levels of symbolic links"


def test_system_refusals_in_english_name_the_cause(qapp: QApplication) -> None:
    assert os_reason(OSError(errno.EROFS, "Read-only file system")) == "the disk is read-only"


def test_roll_problems_and_refusals_are_welsh(welsh, tmp_path: Path) -> None:
    roll = tmp_path / "aelodau.csv"
    roll.write_text("Membership No,First name,Surname,Date joined\n1001,Siân,Jones,31/02/2016\n", encoding="utf-8")
    table = read_csv(roll)
    problems = [p for p in parse_records(table, guess_mapping(table.headers), "dmy") if isinstance(p, RowProblem)]
    assert [p.line for p in problems] == [2]
    assert "diwrnod/mis/blwyddyn" in problems[0].reason
    with pytest.raises(ValueError, match="Mae Rhif aelodaeth wedi'i fapio i golofn 9, ond mae gan y ffeil 4 colofn"):
        parse_records(table, {"number": 8}, "dmy")
    workbook = tmp_path / "aelodau.xlsx.csv"
    workbook.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    with pytest.raises(CsvReadError, match="llyfr gwaith Excel"):
        read_csv(workbook)


def test_tally_refusal_is_welsh(welsh) -> None:
    with pytest.raises(DomainError, match=r"Ni all y sylfaen ar gyfer y mwyafrif fod yn negyddol \(-1\)") as refused:
        necessary(Rule.ABSOLUTE, -1)
    assert "-1" in str(refused.value) and "The base" not in str(refused.value)


def test_a_welsh_election_outcome_says_elected_in_welsh_unless_the_chair_chose_a_word(welsh) -> None:
    from ballotdesk.domain.ballot import BallotSpec, Kind
    from ballotdesk.domain.count import CountFigures
    from ballotdesk.domain.tally import tally

    spec = BallotSpec(title="Cadeirydd", question="", kind=Kind.ELECTION, options=("Ann", "Bob"))
    outcome = tally(spec, {"Prif neuadd": CountFigures(3, (2, 1))}).outcome
    assert outcome.endswith("wedi'i ethol.") and "elected" not in outcome
    nominated = BallotSpec(title="Enwebiad", question="", kind=Kind.ELECTION, options=("Ann", "Bob"),
                           elected_word="enwebedig")
    assert tally(nominated, {"Prif neuadd": CountFigures(3, (2, 1))}).outcome.endswith("enwebedig.")


def test_a_file_far_too_large_is_named_by_its_kind_in_welsh(welsh, tmp_path: Path) -> None:
    from ballotdesk.domain.files import NotRegularFileError, read_regular
    from ballotdesk.domain.words import QT_TRANSLATE_NOOP

    big = tmp_path / "aelodau.csv"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(NotRegularFileError, match=r"^Mae aelodau\.csv yn llawer mwy nag y gall ffeil CSV fod;"):
        read_regular(big, 1024, QT_TRANSLATE_NOOP("Files", "CSV file"))
