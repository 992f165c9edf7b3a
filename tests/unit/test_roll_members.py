"""The roll reaches the Roll page as members with their eligibility and registration, not rows.

Checked against the helpers' six members (surname order, who may vote and why) and against a
roll imported twice, where a member missing from the later export is listed as left.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ballotdesk.domain.roll_csv import MemberRecord
from tests.helpers import ROLL_ROWS, make_meeting, roll_export


@pytest.mark.meeting(register=("1004",))
def test_roll_members_carry_their_eligibility_and_registration(svc):
    page = svc.roll_page(None, 4)
    assert [m.number for m in page] == ["1003", "1001", "1006", "1002"]  # by surname: ap Rhys, O'Brien, Ọláolúwa...
    by_number = {m.number: m for m in [*page, *svc.roll_page(None, 10, ["wojcik"])]}
    assert by_number["1001"].record == MemberRecord("1001", "Zoë", "O'Brien", "North", "SA15 1AA",
                                                    dt.date(2010, 5, 1), "Current", "")
    assert by_number["1001"].eligibility.may_vote and not by_number["1001"].left
    assert not by_number["1002"].eligibility.may_vote  # joined after the cut-off
    assert not by_number["1003"].eligibility.may_vote and "Lapsed" in by_number["1003"].eligibility.reason
    assert by_number["1004"].registered_at is not None and by_number["1001"].registered_at is None
    last = page[-1]
    rest = svc.roll_page((last.sort_key, last.number), 10)
    assert [m.number for m in rest] == ["1005", "1004"]  # the next page starts after the last member held
    assert svc.roll_page(None, 10, ["smith"], offset=1)[0].number == "1005"  # narrowed, from an offset


def test_a_roll_member_is_found_as_the_desk_finds_them(tmp_path):
    svc = make_meeting(tmp_path, people=False)
    svc.save_member(MemberRecord("A17", "Ann", "Case", "West", "", None, "Current", "ann@example.org"))
    member = svc.roll_member("a17")
    assert member is not None and member.number == "A17" and member.record.email == "ann@example.org"
    assert member.record.join_date is None and not member.eligibility.may_vote  # the cut-off cannot be checked
    assert member.eligibility.reason == "no join date on the roll, so the cut-off cannot be checked"
    assert svc.save_member(member.record) == "unchanged"  # what the Edit member dialog starts from
    assert svc.roll_member("9999") is None
    svc.close()


def test_a_member_no_longer_in_the_export_is_listed_as_left(tmp_path):
    svc = make_meeting(tmp_path, people=False)
    svc.import_roll(roll_export(tmp_path, list(ROLL_ROWS.values())))
    svc.import_roll(roll_export(tmp_path, [ROLL_ROWS["1001"], ROLL_ROWS["A17"]], "later.csv"))
    left = svc.roll_member("1003")
    assert left is not None and left.left and left.left_at is not None
    assert not left.eligibility.may_vote and left.eligibility.reason == "no longer on the latest membership roll"
    assert [(m.number, m.left) for m in svc.roll_page(None, 10)] == [
        ("1003", True), ("A17", False), ("1001", False), ("1002", True)]
    svc.close()
