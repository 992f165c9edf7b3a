"""Each teller's entry is made under their own name and the code the chair handed out; one name never makes both."""

from __future__ import annotations

import pytest

from ballotdesk.domain.ballot import motion_spec
from ballotdesk.domain.count import CountFigures
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.tellers import CODE_ALPHABET, CODE_LENGTH, new_code, same_name, typed_code
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, papers
from ballotdesk.services import tellers as T
from ballotdesk.services.roles import ChairPinError, set_pin
from tests.helpers import make_meeting

FIGURES = CountFigures(3, (2, 1), 0, 0)


@pytest.fixture
def closed(tmp_path):
    """A motion with three papers issued into the Main hall, closed; the chair's PIN is 246802."""
    svc = make_meeting(tmp_path)
    set_pin(svc, "246802", current_pin=None)
    for number in ("1001", "1004", "1005"):  # three members who may vote
        svc.register(number)
    ballot_id = B.create_ballot(svc, motion_spec("Motion 1"))
    B.open_ballot(svc, ballot_id)
    for person in svc.attendees():
        papers.issue_paper(svc, ballot_id, person.id)
    B.close_ballot(svc, ballot_id)
    yield svc, ballot_id
    svc.close()


def test_names_are_one_name_however_typed():
    assert same_name("Siân Evans", "  sian   EVANS ")
    assert same_name("Seán O'Brien", "Sean OBrien")
    assert not same_name("Ann Smith", "Anne Smith")


def test_a_code_is_short_and_unambiguous():
    code = new_code()
    assert len(code) == CODE_LENGTH and set(code) <= set(CODE_ALPHABET)
    assert not set("0O1IL5S8B") & set(CODE_ALPHABET)
    assert typed_code(" k7p-2qx ") == "K7P2QX"


def test_before_the_chair_names_tellers_entries_need_no_code(closed):
    svc, ballot_id = closed
    assert not T.codes_required(svc)
    assert counting.enter_count(svc, ballot_id, "Main hall", "Ann", FIGURES).state == "second entry"


def test_one_name_never_makes_both_entries_however_it_is_typed(closed):
    svc, ballot_id = closed
    counting.enter_count(svc, ballot_id, "Main hall", "Siân Evans", FIGURES)
    with pytest.raises(DomainError, match=r"^sian evans entered the first count of Main hall; a different teller "
                                          r"must enter the second\.$"):
        counting.enter_count(svc, ballot_id, "Main hall", "sian evans", FIGURES)


def test_handing_out_a_code_needs_the_chair(closed):
    svc, _ = closed
    with pytest.raises(ChairPinError, match=r"^To hand out a teller's code, enter the chair's PIN\.$"):
        T.add_teller(svc, "Ann Smith")
    assert T.teller_names(svc) == []


def test_once_tellers_are_named_each_entry_needs_the_tellers_own_code(closed):
    svc, ballot_id = closed
    ann = T.add_teller(svc, "Ann Smith", pin="246802")
    bob = T.add_teller(svc, "Bob Jones", pin="246802")
    assert T.teller_names(svc) == ["Ann Smith", "Bob Jones"] and ann.code != bob.code
    assert svc.store.events(1)[0]["action"] == "teller.code"
    assert ann.code not in svc.store.events(1)[0]["details"]  # the code is never stored as typed
    with pytest.raises(DomainError, match=r"^Cara Patel is not one of the tellers the chair has named "
                                          r"\(Ann Smith, Bob Jones\); the chair hands out a code to each teller\.$"):
        counting.enter_count(svc, ballot_id, "Main hall", "Cara Patel", FIGURES, code=ann.code)
    with pytest.raises(DomainError, match=r"^Ann Smith must give the teller's code the chair handed out\.$"):
        counting.enter_count(svc, ballot_id, "Main hall", "Ann Smith", FIGURES)
    with pytest.raises(DomainError, match=r"^That is not Ann Smith's teller code\.$"):
        counting.enter_count(svc, ballot_id, "Main hall", "Ann Smith", FIGURES, code=bob.code)
    assert counting.box_states(svc, ballot_id)[0].state == "waiting"  # nothing entered
    counting.enter_count(svc, ballot_id, "Main hall", "ann smith", FIGURES, code=ann.code.lower())
    assert counting.entry_tellers(svc, ballot_id, counting.box_states(svc, ballot_id)[0].box_id) == ["Ann Smith"]
    with pytest.raises(DomainError, match=r"^Ann Smith entered the first count"):
        counting.enter_count(svc, ballot_id, "Main hall", "Ann Smith", FIGURES, code=ann.code)
    assert counting.enter_count(svc, ballot_id, "Main hall", "Bob Jones", FIGURES, code=bob.code).state == "definitive"


def test_a_new_code_replaces_the_old_one(closed):
    svc, ballot_id = closed
    first = T.add_teller(svc, "Ann Smith", pin="246802")
    again = T.add_teller(svc, "ann smith", pin="246802")
    assert again.name == "Ann Smith" and T.teller_names(svc) == ["Ann Smith"]
    with pytest.raises(DomainError, match=r"^That is not Ann Smith's teller code\.$"):
        counting.enter_count(svc, ballot_id, "Main hall", "Ann Smith", FIGURES, code=first.code if first.code != again.code
                             else "XXXXXX")
