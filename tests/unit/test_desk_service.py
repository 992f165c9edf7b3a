import pytest

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.roll_csv import MemberRecord
from ballotdesk.services.meeting import MeetingService
from tests.helpers import make_meeting


@pytest.mark.parametrize(("query", "first"), [("zoe", "1001"), ("obrien", "1001"), ("O'Bri", "1001"),
                                              ("smith jo", "1002"), ("jo smith", "1002"), ("lukasz", "1004"),
                                              ("wojcik", "1004"), ("smithjones", "1005"), ("jones", "1005"),
                                              ("sa15 1aa", "1001"), ("SA151AA", "1001"), ("olaoluwa", "1006")])
def test_search_is_accent_and_punctuation_insensitive(svc, query, first):
    assert svc.search(query)[0].number == first


def test_exact_membership_number_comes_first(svc):
    svc.save_member(MemberRecord("1", "Ann", "Aaron", "", "", None, "Current", ""))
    hits = svc.search("1001")
    assert hits[0].number == "1001"
    assert svc.search("1")[0].number == "1"


def test_search_carries_eligibility_and_registration(svc):
    svc.register("1002")
    hit = svc.search("smith jo")[0]
    assert not hit.may_vote and hit.reason == "joined 3 Feb 2016, after the cut-off of 12 Jan 2016"
    assert hit.registered_at is not None
    assert svc.search("   ") == [] and svc.search("'") == []


def test_register_says_may_vote_or_why_not_and_never_twice(svc):
    first = svc.register("1001")
    assert first.registered and first.may_vote and first.name == "Zoë O'Brien"
    again = svc.register("1001")
    assert again.outcome == "already" and again.at == first.at
    lapsed = svc.register("1003")
    assert lapsed.registered and not lapsed.may_vote and "Lapsed" in lapsed.reason
    unknown = svc.register("999")
    assert unknown.outcome == "unknown" and "not on the roll" in unknown.reason
    assert [a.number for a in svc.attendees()] == ["1001", "1003"]


def test_undo_last_registration_is_logged(svc):
    svc.register("1001")
    svc.register("1004")
    undone = svc.undo_last_registration()
    assert undone.attendee.number == "1004" and undone.papers == ()
    assert [a.number for a in svc.attendees()] == ["1001"]
    event = svc.store.events(1)[0]
    assert event["action"] == "attendee.undo" and "1004" in event["details"]
    assert svc.register("1004").registered


def test_guests_and_provisional_attendees(svc):
    guest = svc.add_guest("Press: Carmarthen Journal")
    assert guest.kind == "guest" and not guest.may_vote
    with pytest.raises(DomainError, match="Say why"):
        svc.add_provisional("Gwen Davies", "  ")
    prov = svc.add_provisional("Gwen Davies", "renewed on Tuesday")
    assert not prov.may_vote and "chair approves" in prov.reason
    approved = svc.approve_provisional(prov.id)
    assert approved.may_vote
    with pytest.raises(DomainError, match="Only a provisional attendee's vote can be approved"):
        svc.approve_provisional(guest.id)


def test_figures_and_quorum_follow_departures(svc):
    for n in ("1001", "1004", "1005", "1002"):
        svc.register(n)
    svc.add_guest("Visitor")
    f = svc.figures()
    assert (f.on_roll, f.eligible, f.registered, f.may_vote_present, f.guests, f.quorum, f.quorate) == (
        6, 3, 5, 3, 1, 3, True)
    ids = [a.id for a in svc.attendees() if a.number in ("1001", "1004")]
    assert svc.set_departed(ids, True) == 2
    assert svc.set_departed(ids, True) == 0
    f = svc.figures()
    assert (f.may_vote_present, f.departed, f.quorate) == (1, 2, False)
    svc.set_departed(ids[:1], False)
    assert svc.figures().may_vote_present == 2


def test_quorum_percentage_of_eligible(svc):
    svc.update_details({"quorum": "50%"})
    assert svc.figures().quorum == 2  # half of 3 eligible, rounded up


def test_rules_change_is_logged_and_changes_eligibility(svc):
    svc.register("1002")
    assert not svc.attendees()[0].may_vote
    changes = svc.update_details({"cutoff": None})
    assert changes == {"cutoff": ("2016-01-12", None)}
    assert svc.attendees()[0].may_vote
    assert svc.update_details({"cutoff": None}) == {}
    with pytest.raises(DomainError, match=r"The quorum must be a whole number \(e\.g\. 40\) or a percentage \(e\.g\. 10%\); 'lots' is neither"):
        svc.update_details({"quorum": "lots"})
    with pytest.raises(DomainError, match="A meeting needs a title"):
        svc.update_details({"title": " "})


def test_member_added_and_corrected_by_hand_is_logged(svc):
    assert svc.save_member(MemberRecord("2000", "New", "Person", "", "", None, "Current", "")) == "added"
    assert svc.save_member(MemberRecord("2000", "New", "Persson", "", "", None, "Current", "")) == "corrected"
    assert svc.save_member(MemberRecord("2000", "New", "Persson", "", "", None, "Current", "")) == "unchanged"
    event = svc.store.events(1)[0]
    assert event["action"] == "member.correct"
    assert '"last_name":{"from":"Person","to":"Persson"}' in event["details"]
    assert svc.search("persson")[0].number == "2000"
    assert svc.search("person") == []


def test_data_survives_reopen(tmp_path):
    svc = make_meeting(tmp_path)
    svc.register("1001")
    svc.close()
    again = MeetingService.open(tmp_path / "m.ballotdesk")
    assert again.register("1001").outcome == "already"
    again.close()


def test_a_skipped_row_never_marks_its_member_as_left(svc, tmp_path):
    """Re-importing an export in which a registered member's row has a defect keeps them on the roll."""
    svc.register("1001")
    export = tmp_path / "export.csv"
    export.write_text(
        "Membership No.,First name,Surname,Ward,Postcode,Date joined,Status\n"
        "1001,Zoë,O'Brien,North,SA15 1AA,31/02/2010,Current\n"  # unreadable date
        "1002,Jo,Smith,South,SA15 2BB,03/02/2016,Current,extra\n"  # one field too many
        "1004,Łukasz,Wójcik,East,SA15 4DD,09/07/2012,Current\n"
        "1004,Łukasz,Wójcik,East,SA15 4DD,09/07/2012,Current\n",  # duplicate
        encoding="utf-8",
    )
    summary = svc.import_roll(export)
    assert [(p.line, p.number) for p in summary.skipped] == [(2, "1001"), (3, "1002"), (5, "1004")]
    assert summary.left == 3  # 1003, 1005 and 1006 are not in the export at all
    assert svc.store.member("1001")["left_at"] is None and svc.store.member("1002")["left_at"] is None
    assert svc.figures().may_vote_present == 1


def test_a_member_who_left_and_comes_back_is_marked_as_back(svc):
    first = svc.register("1001")
    svc.set_departed([first.attendee_id], True)
    assert svc.figures().may_vote_present == 0
    back = svc.register("1001")
    assert back.outcome == "returned" and not back.registered and back.departed_at is not None
    assert back.attendee_id == first.attendee_id and back.may_vote
    assert svc.figures().may_vote_present == 1
    assert svc.store.events(1)[0]["action"] == "attendee.returned"
    assert svc.register("1001").outcome == "already"  # present now: plainly already registered


def test_the_roll_narrowed_to_words_typed_pages_through_every_match_in_roll_order(svc):
    for i in range(25):
        svc.save_member(MemberRecord(f"2{i:03d}", "Ann", f"Smith{i:02d}", "", "", None, "Current", ""))
    assert svc.roll_size(["smith"]) == 27  # Jo Smith, John Smith-Jones and the 25
    first = svc.roll_page(None, 10, ["smith"])
    second = svc.roll_page(None, 10, ["smith"], offset=10)
    last = svc.roll_page(None, 10, ["smith"], offset=20)
    names = [m.record.last_name for m in first + second + last]
    assert names == ["Smith", *[f"Smith{i:02d}" for i in range(25)], "Smith-Jones"]  # sorted as "smithjones"
    assert svc.roll_size(["smith", "jo"]) == 2 and svc.roll_size(["nobody"]) == 0
    svc.save_member(MemberRecord("2100", "Ann", "Smithson", "", "", None, "Current", ""))
    assert svc.roll_size(["smith"]) == 28  # a change to the roll is seen at once


def test_a_re_import_remakes_search_words_made_by_an_earlier_ballotdesk(svc, tmp_path):
    export = tmp_path / "export.csv"
    export.write_text("Membership No.,First name,Surname,Ward,Postcode,Date joined,Status\n"
                      "1001,Zoë,O'Brien,North,SA15 1AA,01/05/2010,Current\n", encoding="utf-8")
    svc.import_roll(export)
    with svc.store.change("test", "member.correct", {"number": "1001"}):  # as an earlier version wrote them
        svc.store.conn.execute("UPDATE members SET search = 'zoe obrien 1001' WHERE number = '1001'")
    svc.roll_changed()
    assert svc.search("o brien") == []
    summary = svc.import_roll(export)
    assert (summary.imported, summary.updated, summary.unchanged) == (0, 0, 1)
    assert '"search_refreshed":1' in svc.store.events(1)[0]["details"]
    assert [h.number for h in svc.search("o brien")] == ["1001"]
