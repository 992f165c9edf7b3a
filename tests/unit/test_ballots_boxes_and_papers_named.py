"""Ballots, boxes and papers reach the Ballots page as named values: what each holds for a real meeting.

The page reads these rather than rows by column name, so each test checks a value against what
was done to the meeting it was made from.
"""

from __future__ import annotations

import pytest

from ballotdesk.domain.ballot import Kind, Status, motion_spec
from ballotdesk.services import ballots as B
from ballotdesk.services import papers as P

OVERFLOW = "Overflow (outside)"


def _aid(svc, number: str) -> int:
    return P.attendee_for_member(svc, number)


@pytest.mark.meeting(register=("1001", "1004", "1005"), boxes=(OVERFLOW,))
def test_boxes_and_ballots_are_named_values_with_the_desk_box(svc):
    ballot_id = B.create_ballot(svc, motion_spec("Motion 1"))
    main, overflow = B.box_list(svc)
    assert (main, overflow) == (B.Box(main.id, "Main hall"), B.Box(overflow.id, OVERFLOW))
    draft = B.get_ballot(svc, ballot_id)
    assert draft is not None and draft.status is Status.DRAFT and draft.title == "Motion 1"
    assert (draft.desk_issue, draft.desk_box_id, draft.round, draft.previous_id) == (False, None, 1, None)
    B.open_ballot(svc, ballot_id)
    B.set_desk_issue(svc, ballot_id, True, OVERFLOW)
    (listed,) = B.ballot_list(svc)
    assert listed == B.get_ballot(svc, ballot_id)
    assert listed.status is Status.OPEN and listed.desk_issue and listed.desk_box_id == overflow.id
    assert listed.spec.kind is Kind.MOTION and listed.spec.options == ("For", "Against")
    assert B.get_ballot(svc, ballot_id + 1) is None  # a page's stale selection is looked up, not refused


@pytest.mark.meeting(register=("1001", "1004", "1005"), boxes=(OVERFLOW,))
def test_paper_counts_and_live_papers_say_what_became_of_each_paper(svc):
    ballot_id = B.create_ballot(svc, motion_spec("Motion 1"))
    B.open_ballot(svc, ballot_id)
    main, overflow = B.box_list(svc)
    first = P.issue_paper(svc, ballot_id, _aid(svc, "1001"), serial="101")
    P.issue_paper(svc, ballot_id, _aid(svc, "1004"), OVERFLOW, serial="102")
    P.issue_paper(svc, ballot_id, _aid(svc, "1005"), OVERFLOW)
    replacement = P.spoil_paper(svc, ballot_id, _aid(svc, "1001"), "103")
    P.withdraw_paper(svc, ballot_id, _aid(svc, "1005"), "issued to the wrong person")
    assert P.paper_counts(svc, ballot_id) == {main.id: P.PaperCount(live=1, spoilt=1),
                                              overflow.id: P.PaperCount(live=1, withdrawn=1)}
    assert P.papers_held(svc, ballot_id) == 2
    held = P.live_papers(svc, ballot_id)
    assert [(p.attendee_id, p.box, p.serial) for p in held] == [(_aid(svc, "1004"), OVERFLOW, "102"),
                                                                (_aid(svc, "1001"), "Main hall", "103")]
    assert held[1] == replacement and held[1].id != first.id and held[1].ballot_id == ballot_id
    assert P.paper_counts(svc, B.create_ballot(svc, motion_spec("Motion 2"))) == {}  # nothing issued: no box listed
