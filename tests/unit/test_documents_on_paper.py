"""The printed documents: what a secretary and a sceptical member actually see on paper.

Each test here reproduces a defect found by printing real documents and looking at the pages.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from ballotdesk.domain.ballot import BallotSpec, Kind, Rule
from ballotdesk.domain.count import CountFigures
from ballotdesk.reports.model import RoundLine, sample_result_sheet
from ballotdesk.reports.result_sheet import build_result_sheet
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, papers, results
from ballotdesk.services import documents as D
from tests.helpers import make_meeting

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

FP = ":".join(["3F", "A0"] * 16)


def pages_text(pdf: bytes, tmp_path: Path) -> list[str]:
    """Text of each page, reading order, NFC."""
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    pages = unicodedata.normalize("NFC", out.stdout.decode("utf-8")).split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def heading_page(pages: list[str], heading: str) -> int:
    """Index of the page on which a section heading (a line of its own) is printed."""
    pattern = re.compile(rf"^\s*{re.escape(heading)}\s*$", re.MULTILINE)
    found = [i for i, page in enumerate(pages) if pattern.search(page)]
    assert len(found) == 1, (heading, found)
    return found[0]


# --- Rounds table ------------------------------------------------------------------------------


def test_round_titles_are_not_broken_mid_word(tmp_path: Path) -> None:
    """A round titled with ordinary words printed "withdra-wal" down a 20 mm column."""
    data = sample_result_sheet(4)
    first = data.rounds[0]
    rounds = (dataclasses.replace(first, title="First count"),
              RoundLine(2, "Recount after withdrawal", first.options, ()))
    pdf = build_result_sheet(dataclasses.replace(data, rounds=rounds), cert_fingerprint=FP)
    pages = pages_text(pdf, tmp_path)
    text = "\n".join(pages[heading_page(pages, "Rounds"):])
    assert re.search(r"\bwithdrawal\b", text), text
    assert re.search(r"\bRecount\b", text)


def test_later_rounds_are_not_titled_with_the_ballot_title_again(tmp_path: Path) -> None:
    """Round 2 of "Nomination…" was headed "Nomination for parliamentary candidate (round 2)"
    in a 20 mm column: six lines of broken words for what "Round 2" already says."""
    svc = make_meeting(tmp_path)
    svc.update_details({"four_eyes": False})
    voters = [papers.attendee_for_member(svc, n) for n in ("1001", "1004", "1005") if svc.register(n)]
    spec = BallotSpec(title="Nomination for parliamentary candidate", question="Whom should we nominate?",
                      kind=Kind.ELECTION, options=("Catrin Howells", "Rhodri Pugh", "Adaeze Okafor-Jones"),
                      rule=Rule.ABSOLUTE, abstain=True)
    first = B.create_ballot(svc, spec)
    B.open_ballot(svc, first)
    for voter in voters:
        papers.issue_paper(svc, first, voter)
    B.close_ballot(svc, first)
    counting.enter_count(svc, first, B.MAIN_HALL, "Ann Teller", CountFigures(3, (1, 1, 0), 1))
    second = results.next_round(svc, first)
    B.open_ballot(svc, second)
    for voter in voters:
        papers.issue_paper(svc, second, voter)
    B.close_ballot(svc, second)
    counting.enter_count(svc, second, B.MAIN_HALL, "Ann Teller", CountFigures(3, (1, 2)))
    results.declare(svc, second, "Mary Jones")
    data = D.result_sheet_data(svc, second)
    assert [(r.number, r.title) for r in data.rounds] == [(1, ""), (2, "")]
    pages = pages_text(D.signed_result_sheet(svc, second), tmp_path)
    rounds = "\n".join(pages[heading_page(pages, "Rounds"):])
    assert re.search(r"Round 1\s+Round 2", rounds)
    assert "parliamentary" not in rounds.split("Round 1")[1].split("After round 1")[0]
    svc.close()


# --- Headings left alone at the foot of a page ---------------------------------------------------


@pytest.mark.parametrize("candidates", range(1, 25))
def test_no_section_heading_is_left_at_the_foot_of_a_page(candidates: int, tmp_path: Path) -> None:
    """With 12 candidates the "Outcome" heading ended page 1 and its box began page 2."""
    data = sample_result_sheet(candidates)
    pages = pages_text(build_result_sheet(data, cert_fingerprint=FP), tmp_path)
    # Each heading is on the same page as the start of what it heads.
    follows = {
        "Tellers’ report": "Main hall",
        "Votes for each candidate" if data.election else "Votes for each option": "1. ",
        "Outcome": data.outcome,
        "Rounds": "Round 1",
        "Turnout": "On the roll",
        "Declaration and signatures": "Result declared by the chair",
    }
    for heading, first_words in follows.items():
        page = pages[heading_page(pages, heading)]
        after = page.split(heading, 1)[1]
        assert first_words in after, (candidates, heading)


# --- An election for one place is still an election --------------------------------------------


def test_a_one_seat_election_prints_candidates_and_who_is_elected(tmp_path: Path) -> None:
    """A nomination (one place) printed "Prevailing option:" and an "Option" column, as for a motion."""
    svc = make_meeting(tmp_path)
    svc.update_details({"four_eyes": False})
    voters = [papers.attendee_for_member(svc, n) for n in ("1001", "1004", "1005") if svc.register(n)]
    spec = BallotSpec(title="Nomination", question="Whom should we nominate?", kind=Kind.ELECTION,
                      options=("Catrin Howells", "Rhodri Pugh"), rule=Rule.PLURALITY, abstain=False)
    bid = B.create_ballot(svc, spec)
    B.open_ballot(svc, bid)
    for voter in voters:
        papers.issue_paper(svc, bid, voter)
    B.close_ballot(svc, bid)
    counting.enter_count(svc, bid, B.MAIN_HALL, "Ann Teller", CountFigures(3, (2, 1)))
    results.declare(svc, bid, "Mary Jones")
    text = "\n".join(pages_text(D.signed_result_sheet(svc, bid), tmp_path))
    assert "Votes for each candidate" in text and re.search(r"^\s*Candidate\s", text, re.MULTILINE)
    assert re.search(r"Elected:\s+Catrin Howells", text)
    assert "Prevailing option" not in text and "Votes for each option" not in text
    svc.close()
