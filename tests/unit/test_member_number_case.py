"""A membership number typed in another case is the same member everywhere, as at the desk's search."""

from __future__ import annotations

import datetime as dt

import pytest

from ballotdesk.domain.ballot import motion_spec
from ballotdesk.domain.roll_csv import MemberRecord
from ballotdesk.services import ballots as B
from ballotdesk.services import papers
from tests.helpers import INQUORATE


@pytest.fixture(autouse=True)
def _member_with_a_letter(svc):
    svc.save_member(MemberRecord("A17", "Ann", "Price", "Elli", "SA15 1AA", dt.date(2010, 1, 1), "Current", ""))


def test_register_and_issue_by_a_number_in_lower_case(svc):
    first = svc.register("a17 ")
    assert (first.outcome, first.number, first.may_vote) == ("registered", "A17", True)
    assert svc.register("A17").outcome == "already"  # one person, one registration
    assert svc.member("a17")["number"] == "A17"
    bid = B.create_ballot(svc, motion_spec("Motion"))
    B.open_ballot(svc, bid, inquorate=INQUORATE)
    paper = papers.issue_paper(svc, bid, papers.attendee_for_member(svc, "a17"))
    assert paper.attendee_id == first.attendee_id
