"""Desk search ranking and wording: a surname of its own before double-barrelled ones; a name is not a number."""

from __future__ import annotations

from ballotdesk.domain.search import SearchIndex, index_text, looks_like_number
from tests.helpers import make_meeting


def test_exact_surnames_come_before_double_barrelled_ones():
    roll = [  # in roll order (surname, first name), as the store sorts them
        (1, index_text("Ann", "Davies-Jones", "101", "")),
        (2, index_text("Bob", "Jones", "102", "")),
        (3, index_text("Cara", "Jones-Smith", "103", "")),
        (4, index_text("Dai", "Jones", "104", "")),
        (5, index_text("Eve", "Jonesy", "105", "")),
        (6, index_text("Jo", "O'Brien-Jones", "106", "")),
    ]
    index = SearchIndex.of(roll)
    assert index.find(["jones"], 10) == [2, 4, 1, 3, 6, 5]
    assert index.find(["jones"], 2) == [2, 4]
    assert index.find(["jones", "cara"], 10) == [3]  # a double-barrelled name is still found


def test_only_one_word_with_a_digit_is_read_as_a_membership_number():
    assert looks_like_number("10234") and looks_like_number("A17")
    assert not looks_like_number("öztürk ayşe")
    assert not looks_like_number("smith")
    assert not looks_like_number("10 234")
    assert not looks_like_number("  ")


def test_a_name_that_finds_nobody_is_called_a_name(tmp_path):
    svc = make_meeting(tmp_path)
    try:
        assert svc.register("öztürk ayşe").reason == "No member matches 'öztürk ayşe'"
        assert svc.register("99999").reason == "membership number 99999 is not on the roll"
    finally:
        svc.close()
