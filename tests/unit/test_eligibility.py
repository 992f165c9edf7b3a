import datetime as dt
import re

import pytest

from ballotdesk.domain.eligibility import (
    GUEST,
    Quorum,
    Rules,
    long_date,
    member_eligibility,
    provisional_eligibility,
)
from ballotdesk.domain.errors import DomainError

RULES = Rules(dt.date(2016, 1, 12), frozenset({"Current"}))


def test_joined_after_cutoff_may_attend_not_vote_with_reason():
    e = member_eligibility(RULES, dt.date(2016, 2, 3), "Current")
    assert (e.may_attend, e.may_vote) == (True, False)
    assert e.reason == "joined 3 Feb 2016, after the cut-off of 12 Jan 2016"


def test_joined_on_cutoff_day_may_vote():
    e = member_eligibility(RULES, dt.date(2016, 1, 12), "current ")
    assert e.may_vote
    assert "on or before the cut-off of 12 Jan 2016" in e.reason


def test_status_not_voting():
    e = member_eligibility(RULES, dt.date(2010, 1, 1), "Lapsed")
    assert not e.may_vote
    assert e.reason == "membership status 'Lapsed' may not vote (voting statuses: Current)"


def test_missing_join_date_with_cutoff_cannot_vote():
    e = member_eligibility(RULES, None, "Current")
    assert not e.may_vote and "no join date" in e.reason


def test_no_rules_everyone_votes_and_left_members_do_not():
    assert member_eligibility(Rules(), None, "").may_vote
    left = member_eligibility(Rules(), None, "", left=True)
    assert left.may_attend and not left.may_vote and "no longer on the latest" in left.reason


def test_guest_and_provisional():
    assert GUEST.may_attend and not GUEST.may_vote
    assert not provisional_eligibility("renewed yesterday", False).may_vote
    approved = provisional_eligibility("renewed yesterday", True)
    assert approved.may_vote and "approved by the chair" in approved.reason


@pytest.mark.parametrize(("text", "eligible", "required"), [("40", 4625, 40), ("10%", 4625, 463),
                                                             ("5%", 3025, 152), ("100%", 7, 7), ("0", 10, 0),
                                                             ("10%", 0, 1), ("1%", 5, 1), ("0%", 50, 0)])
def test_quorum_required(text, eligible, required):
    assert Quorum.parse(text).required(eligible) == required


@pytest.mark.parametrize(("bad", "message"), [
    *[(text, rf"^The quorum must be a whole number \(e\.g\. 40\) or a percentage \(e\.g\. 10%\); '{re.escape(text)}' is neither\.$")
      for text in ("", "ten", "-4", "4.5", "5 %%")],
    ("101%", r"^A quorum of 101% is impossible; use 100% or less\.$"),
])
def test_quorum_refuses_bad_text(bad, message):
    with pytest.raises(DomainError, match=message):
        Quorum.parse(bad)


def test_long_date_has_no_leading_zero():
    assert long_date(dt.date(2016, 2, 3)) == "3 Feb 2016"
