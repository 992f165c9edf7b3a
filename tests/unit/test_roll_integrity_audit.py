"""The roll over a whole evening: hand corrections, re-imports, numbers in another case, the audit log.

A secretary corrects members at the door, then imports the branch export again an hour later.
Nothing she entered may disappear unseen, nobody may end up on the roll twice, and every change
must be readable back from the audit log with what it was and what it became.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.roll_csv import MemberRecord
from ballotdesk.services.meeting import MeetingService
from tests.helpers import ROLL_ROWS as ROWS
from tests.helpers import correct_member as correct
from tests.helpers import roll_export as export

pytestmark = pytest.mark.meeting(people=False)


@pytest.fixture
def svc(svc, tmp_path):
    """The shared meeting, its roll from the branch export (cut-off 12 Jan 2016, Current may vote)."""
    svc.import_roll(export(tmp_path, list(ROWS.values()), "first.csv"))
    return svc


def last_event(svc: MeetingService) -> tuple[str, dict]:
    event = svc.store.events(1)[0]
    return event["action"], json.loads(event["details"])


def test_a_correction_made_at_the_door_survives_the_next_import_and_is_reported(svc, tmp_path):
    svc.register("1002")  # joined 3 Jan 2016: may vote
    assert correct(svc, "1002", ward="Central", join_date=dt.date(2015, 1, 1)) == "corrected"
    action, details = last_event(svc)
    assert action == "member.correct"
    assert details["changes"]["ward"] == {"from": "South", "to": "Central"}

    summary = svc.import_roll(export(tmp_path, list(ROWS.values())))  # the same stale export

    row = svc.member("1002")
    assert (row["ward"], row["join_date"]) == ("Central", "2015-01-01")
    assert [(k.line, k.number, k.field, k.kept, k.export) for k in summary.kept] == [
        (3, "1002", "ward", "Central", "South"), (3, "1002", "join_date", "2015-01-01", "2016-01-03")]
    assert (summary.updated, summary.unchanged) == (0, 4)
    action, details = last_event(svc)
    assert action == "roll.import"
    assert details["kept_by_hand"] == [
        {"number": "1002", "field": "ward", "kept": "Central", "export": "South"},
        {"number": "1002", "field": "join_date", "kept": "2015-01-01", "export": "2016-01-03"}]
    assert summary.as_json()["kept_by_hand"][0] == {
        "line": 3, "number": "1002", "field": "ward", "kept": "Central", "export": "South"}


def test_other_changes_in_the_export_still_apply_beside_a_kept_correction(svc, tmp_path):
    correct(svc, "1002", ward="Central")
    rows = {**ROWS, "1002": "1002,Joanna,Smith,South,SA15 2BB,03/01/2016,Current"}
    summary = svc.import_roll(export(tmp_path, list(rows.values())))
    row = svc.member("1002")
    assert (row["first_name"], row["ward"]) == ("Joanna", "Central")
    assert summary.updated == 1 and [k.field for k in summary.kept] == ["ward"]
    assert [h.number for h in svc.search("joanna")] == ["1002"]


def test_taking_the_files_value_by_hand_ends_the_disagreement(svc, tmp_path):
    correct(svc, "1002", ward="Central")
    svc.import_roll(export(tmp_path, list(ROWS.values())))
    correct(svc, "1002", ward="South")
    summary = svc.import_roll(export(tmp_path, list(ROWS.values())))
    assert summary.kept == [] and (summary.updated, summary.unchanged) == (0, 4)


def test_a_number_in_another_case_or_with_spaces_is_the_same_registered_member(svc, tmp_path):
    first = svc.register("A17")
    assert first.registered and first.may_vote
    rows = {**ROWS, "A17": "a17 ,Ann,Case,West,SA16 7GG,01/01/2000,Current"}
    summary = svc.import_roll(export(tmp_path, list(rows.values())))

    assert (summary.imported, summary.left, summary.unchanged) == (0, 0, 4)
    assert [m["number"] for m in svc.store.roll_in_order() if m["number"].casefold() == "a17"] == ["A17"]
    assert svc.member("A17")["left_at"] is None
    assert svc.store.member_count(include_left=True) == 4
    assert [(a.number, a.may_vote) for a in svc.attendees()] == [("A17", True)]
    assert [h.number for h in svc.search("a17")] == ["A17"]  # one member, not a second to register
    _, details = last_event(svc)
    assert details["matched_ignoring_case"] == 1 and details["left"] == 0


def test_a_registered_member_who_can_no_longer_vote_after_an_import_is_named(svc, tmp_path):
    svc.register("1001")
    svc.register("1002")
    rows = {**ROWS, "1002": "1002,Jo,Smith,South,SA15 2BB,03/02/2016,Current"}  # joined after the cut-off
    del rows["1001"]  # no longer in the export: marked as left
    summary = svc.import_roll(export(tmp_path, list(rows.values())))
    assert [(v.number, v.name, v.may_vote) for v in summary.verdicts] == [
        ("1001", "Zoë O'Brien", False), ("1002", "Jo Smith", False)]
    assert "after the cut-off" in summary.verdicts[1].reason
    _, details = last_event(svc)
    assert [(v["number"], v["may_vote"]) for v in details["vote_changed"]] == [("1001", False), ("1002", False)]
    assert summary.as_json()["vote_changed"][1]["number"] == "1002"
    # and the desk says the same
    assert {a.number: a.may_vote for a in svc.attendees()} == {"1001": False, "1002": False}


def test_a_hand_added_member_later_in_the_export_keeps_what_was_typed_and_gets_the_rest(svc, tmp_path):
    assert svc.save_member(MemberRecord("2000", "Gwen", "Davies", "", "", dt.date(2026, 11, 27), "Current", ""),
                           new=True) == "added"
    rows = [*ROWS.values(), "2000,Gwen,Davies,North,SA15 9ZZ,27/11/2010,Current"]
    summary = svc.import_roll(export(tmp_path, rows))
    row = svc.member("2000")
    assert (row["ward"], row["postcode"], row["join_date"]) == ("North", "SA15 9ZZ", "2026-11-27")
    assert [(k.field, k.kept, k.export) for k in summary.kept] == [("join_date", "2026-11-27", "2010-11-27")]
    assert summary.updated == 1


def test_adding_a_member_whose_number_is_on_the_roll_is_refused_in_any_case(svc):
    before = svc.store.audit_version()
    for number in ("1002", " a17 "):
        with pytest.raises(DomainError, match="already on the roll"):
            svc.save_member(MemberRecord(number, "Someone", "Else", "", "", None, "Current", ""), new=True)
    assert svc.store.audit_version() == before
    assert svc.member("1002")["first_name"] == "Jo" and svc.member("A17")["first_name"] == "Ann"


def test_a_correction_under_the_number_in_another_case_corrects_that_member(svc):
    assert svc.save_member(MemberRecord("a17", "Ann", "Case", "East", "SA16 7GG", dt.date(2000, 1, 1),
                                        "Current", "")) == "corrected"
    assert [m["number"] for m in svc.store.roll_in_order() if m["number"].casefold() == "a17"] == ["A17"]
    assert svc.member("A17")["ward"] == "East"
    _, details = last_event(svc)
    assert details == {"number": "A17", "changes": {"ward": {"from": "West", "to": "East"}}}


def test_putting_a_member_who_left_back_on_the_roll_by_hand_is_logged(svc, tmp_path):
    svc.import_roll(export(tmp_path, [ROWS["1001"], ROWS["1002"], ROWS["A17"]]))
    left_at = svc.member("1003")["left_at"]
    assert left_at is not None
    assert correct(svc, "1003") == "corrected"
    assert svc.member("1003")["left_at"] is None
    action, details = last_event(svc)
    assert action == "member.correct" and details["changes"] == {"left_at": {"from": left_at, "to": None}}


def test_a_kept_name_is_reported_but_its_values_stay_out_of_the_import_event(svc, tmp_path):
    """A purge cannot blank an import event: the typed name is in member.correct, the file's in the file."""
    correct(svc, "1003", first_name="Sian")
    summary = svc.import_roll(export(tmp_path, list(ROWS.values())))
    assert [(k.field, k.kept, k.export) for k in summary.kept] == [("first_name", "Sian", "Siân")]
    _, details = last_event(svc)
    assert details["kept_by_hand"] == [{"number": "1003", "field": "first_name"}]
