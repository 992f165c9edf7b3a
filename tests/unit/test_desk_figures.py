"""The desk's figures, counted by groups, tell the same story as the attendance list in every case."""

import datetime as dt

from ballotdesk.domain.roll_csv import MemberRecord
from tests.helpers import make_meeting


def from_the_list(svc):
    """The figures as the attendance list says them, attendee by attendee."""
    people = svc.attendees()
    present = [a for a in people if a.departed_at is None]
    return {"registered": len(people), "may_vote_present": sum(a.may_vote for a in present),
            "guests": sum(a.kind == "guest" for a in people), "departed": len(people) - len(present)}


def counted(svc):
    f = svc.figures()
    return {"registered": f.registered, "may_vote_present": f.may_vote_present, "guests": f.guests,
            "departed": f.departed}


def test_grouped_figures_equal_the_attendance_list_through_an_evening(tmp_path):
    svc = make_meeting(tmp_path)
    svc.save_member(MemberRecord("1007", "Nia", "Hughes", "", "", None, "Current", ""))  # no join date
    svc.save_member(MemberRecord("1008", "Ifan", "Rees", "", "", dt.date(2001, 1, 1), "current ", ""))  # status as typed
    steps = [
        lambda: svc.register("1001"), lambda: svc.register("1002"), lambda: svc.register("1003"),
        lambda: svc.register("1007"), lambda: svc.register("1008"), lambda: svc.add_guest("Carys Bevan"),
        lambda: svc.add_provisional("Dylan Morgan", "renewed last week"),
        lambda: svc.set_departed([svc.attendees()[0].id], True),
        lambda: svc.approve_provisional(svc.attendees()[-1].id),
        lambda: svc.set_departed([svc.attendees()[-1].id], True),
        lambda: svc.update_details({"cutoff": "2016-03-01"}),  # 1002 (joined 3 Feb 2016) may now vote
        lambda: svc.register("1001"),  # back in
    ]
    for step in steps:
        step()
        assert counted(svc) == from_the_list(svc)
    assert counted(svc) == {"registered": 7, "may_vote_present": 3, "guests": 1, "departed": 1}
    svc.close()
