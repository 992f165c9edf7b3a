"""The meeting's details and rules reach the pages as one named value, each setting with its type."""

from __future__ import annotations

import datetime as dt

from ballotdesk.domain.eligibility import Quorum
from ballotdesk.services.meeting_details import meeting_details


def test_meeting_details_name_every_setting_with_its_type(svc):
    details = meeting_details(svc)
    assert (details.title, details.date, details.venue, details.organisation) == (
        "Nominating meeting", dt.date(2026, 11, 28), "Church hall", "Llanelli Branch")
    assert (details.chair, details.secretary, details.language) == ("", "", "en")
    assert details.rules == svc.rules() and details.rules.cutoff == dt.date(2016, 1, 12)
    assert details.rules.voting_statuses == frozenset({"Current"})
    assert details.quorum == Quorum(3) and str(details.quorum) == svc.details()["quorum"]
    assert details.four_eyes
    svc.update_details({"chair": "Mary Jones", "quorum": "10%", "four_eyes": False, "language": "cy"})
    changed = meeting_details(svc)
    assert (changed.chair, changed.quorum, changed.four_eyes, changed.language) == (
        "Mary Jones", Quorum(10, percent=True), False, "cy")
