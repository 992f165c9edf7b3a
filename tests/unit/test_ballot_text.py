"""Ballot titles, questions, options and box names are printed on papers and the signed sheet: the text rule holds."""

from __future__ import annotations

import pytest

from ballotdesk.domain.ballot import BallotSpec, Kind, motion_spec
from ballotdesk.domain.errors import DomainError
from ballotdesk.services import ballots as B


def test_an_option_with_an_invisible_character_is_refused_naming_it(svc):
    spec = BallotSpec(title="Chair", question="", kind=Kind.ELECTION, options=("Ann", "Ann\u200b"))
    events = len(svc.store.events())
    with pytest.raises(DomainError, match=r"The option has an invisible character \(U\+200B\) at character 4"):
        B.create_ballot(svc, spec)  # two "Ann"s that look alike on the paper
    assert len(svc.store.events()) == events


def test_a_title_with_a_line_break_and_an_over_long_question_are_refused(svc):
    with pytest.raises(DomainError, match="The ballot title has a line break at character 7"):
        B.create_ballot(svc, motion_spec("Motion\n3"))
    with pytest.raises(DomainError, match=r"The question is 5,000 characters long; it may be at most 2,000\."):
        B.create_ballot(svc, motion_spec("Motion 3", "x" * 5000))
    assert B.create_ballot(svc, motion_spec("Motion 3: Neuadd Ŵyn roof", "That we pay £2,500?")) > 0


def test_a_box_name_with_a_bidi_override_or_too_long_is_refused(svc):
    with pytest.raises(DomainError, match=r"The box name has an invisible character \(U\+202E\)"):
        B.add_box(svc, "Overflow \u202e(outside)")
    with pytest.raises(DomainError, match=r"The box name is 100 characters long; it may be at most 80\."):
        B.add_box(svc, "B" * 100)
    assert B.add_box(svc, "Overflow\t(outside)") > 0  # white space inside a box name is tidied, as before
