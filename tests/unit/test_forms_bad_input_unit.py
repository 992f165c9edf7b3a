"""What the meeting, roll and desk use cases do with hostile text, whoever calls them (GUI or script).

Each refusal names the field and where the character is, and leaves the meeting file's bytes as they were.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

import pytest

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.roll_csv import MemberRecord
from ballotdesk.services.meeting import MeetingService
from tests.helpers import make_meeting


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def service(tmp_path):
    svc = MeetingService.create(tmp_path / "m.ballotdesk", title="Branch AGM", date=dt.date(2026, 3, 21),
                                venue="Church hall")
    svc.save_member(MemberRecord("10234", "Zoë", "O'Brien", "Elli", "SA15 1AB", None, "Current", ""))
    yield svc
    svc.close()


def refused(svc: MeetingService, call, message: str) -> None:
    """``call`` is refused with ``message``; no event is logged and the file's bytes are unchanged."""
    head, before = svc.audit_head(), digest(svc.path)
    with pytest.raises(DomainError, match=f"^{re.escape(message)}$") as caught:
        call()
    assert str(caught.value) == message
    assert svc.audit_head() == head and digest(svc.path) == before


def test_a_nul_in_a_new_meetings_title_creates_no_file(tmp_path):
    with pytest.raises(DomainError, match=r"^The title has an invisible character \(U\+0000\) at character 7;"):
        MeetingService.create(tmp_path / "x.ballotdesk", title="Branch\x00AGM", date=dt.date(2026, 3, 21))
    assert list(tmp_path.iterdir()) == []


def test_a_date_or_cut_off_that_is_not_a_date_is_refused_in_words(service):
    """"31/02" raised a ValueError (a traceback); a cut-off given as text was stored unread, breaking every page."""
    refused(service, lambda: service.update_details({"date": "31/02/2026"}),
            "'31/02/2026' is not a date; write it as year-month-day (e.g. 2026-03-21).")
    refused(service, lambda: service.update_details({"cutoff": "last Tuesday"}),
            "'last Tuesday' is not a date; write it as year-month-day (e.g. 2026-03-21).")
    refused(service, lambda: service.update_details({"cutoff": "2026-02-31"}),
            "'2026-02-31' is not a date; write it as year-month-day (e.g. 2026-03-21).")
    assert service.update_details({"cutoff": "2016-01-12"}) == {"cutoff": (None, "2016-01-12")}


def test_a_ten_thousand_character_guest_name_is_refused(service):
    """It was registered, and the attendance register could then not be printed (a table cell taller than a page)."""
    refused(service, lambda: service.add_guest("x" * 10_000), "The name is 10,000 characters long; it may be at most 200.")


def test_a_right_to_left_override_in_a_provisional_reason_is_refused(service):
    refused(service, lambda: service.add_provisional("Dylan Morgan", "renewed \u202eyadnoM"),
            "The reason has an invisible character (U+202E) at character 9; remove it (it would be stored unseen, "
            "then shown and printed wrongly).")


def test_a_member_number_with_a_zero_width_space_is_not_a_second_member(service):
    refused(service, lambda: service.save_member(
        MemberRecord("10234\u200b", "Zoë", "O'Brien", "", "", None, "Current", ""), new=True),
        "The membership number has an invisible character (U+200B) at character 6; remove it (it would be stored "
        "unseen, then shown and printed wrongly).")
    assert service.member_count() == 1


def test_names_in_any_script_are_kept_exactly(service):
    name = "Adébáyọ̀ 👩‍👩‍👧 مهر‌نوش"  # combining marks, a joined emoji, a Persian zero-width non-joiner
    person = service.add_guest(f"  {name}  ")
    assert person.name == name
    assert service.store.events(1)[0]["action"] == "attendee.guest"


def test_a_value_already_stored_is_not_refused_when_another_field_is_saved(service):
    """A venue with a tab, from an older BallotDesk, must not block saving the chair's name."""
    service.store.update_meeting({"venue": "Church\thall"})
    assert service.update_details({"venue": "Church\thall", "chair": "Eleri"}) == {"chair": ("", "Eleri")}


def test_a_name_too_long_to_print_is_refused_in_words_when_the_document_is_made(tmp_path):
    """A broken export can carry a 100,000-character name; the sign-in sheet then cannot lay it out."""
    from ballotdesk.services import documents as D

    svc = make_meeting(tmp_path, people=False)
    export = tmp_path / "export.csv"
    export.write_text("Membership No,First name,Surname\n1001,Ann,Able\n1002," + "B" * 100_000 + ",Baker\n",
                      encoding="utf-8")
    svc.import_roll(export)
    with pytest.raises(DomainError, match="a name or text in it is too long to fit on a page"):
        D.signin_sheet(svc)
    svc.close()


def test_a_cut_off_after_the_meeting_date_is_refused_as_a_slip_of_the_year(tmp_path):
    with pytest.raises(DomainError, match=r"The cut-off \(12 Jan 2027\) is after the meeting date \(28 Nov 2026\): "
                                          r"members cannot join after the meeting to vote at it\. Check the year\."):
        MeetingService.create(tmp_path / "m.ballotdesk", title="AGM", date=dt.date(2026, 11, 28),
                              cutoff=dt.date(2027, 1, 12))
    assert not (tmp_path / "m.ballotdesk").exists()
    svc = make_meeting(tmp_path)  # meeting 28 Nov 2026, cut-off 12 Jan 2016
    events = len(svc.store.events())
    with pytest.raises(DomainError, match="is after the meeting date"):
        svc.update_details({"cutoff": dt.date(2026, 12, 1)})
    with pytest.raises(DomainError, match="is after the meeting date"):
        svc.update_details({"date": dt.date(2015, 3, 1)})  # moving the meeting before the cut-off
    assert len(svc.store.events()) == events
    assert svc.update_details({"cutoff": dt.date(2026, 11, 28)})  # the day of the meeting itself is allowed
    svc.close()
