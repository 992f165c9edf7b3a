from ballotdesk.domain.ballot import motion_spec
from ballotdesk.domain.count import CountFigures
from ballotdesk.services import ballots as B
from ballotdesk.services.display import Mode
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.projector import ProjectorControl, ProjectorWindow
from tests.helpers import make_meeting


def test_projector_modes_follow_the_meeting_live(qtbot, tmp_path):
    svc = make_meeting(tmp_path)
    svc.update_details({"four_eyes": False})
    context = MeetingContext()
    context.set_service(svc)
    window = ProjectorWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.set_mode(Mode.ARRIVALS)
    assert "Registered: 0" in window.body.text()
    svc.register("1001")
    context.notify("attendee.register")
    assert "Registered: 1" in window.body.text()
    bid = B.create_ballot(svc, motion_spec("Motion 1"))
    B.open_ballot(svc, bid)
    B.issue_paper(svc, bid, B.attendee_for_member(svc, "1001"))
    B.close_ballot(svc, bid)
    B.enter_count(svc, bid, "Main hall", "Ann", CountFigures(1, (1, 0)))
    window.set_mode(Mode.RESULT, bid)
    assert window.body.text() == "The result has not been declared yet."
    assert window.bar_widgets == []
    B.declare(svc, bid, "Chair")
    context.notify("ballot.declare")
    assert window.bar_widgets[0].rows() == [("For", 1, 100.0), ("Against", 0, 0.0)]
    assert window.headline.font().pointSizeF() >= 18
    context.set_service(None)


def test_control_panel_opens_display_in_chosen_mode(qtbot, tmp_path):
    svc = make_meeting(tmp_path)
    context = MeetingContext()
    context.set_service(svc)
    control = ProjectorControl(context)
    qtbot.addWidget(control)
    control.mode_combo.setCurrentIndex(control.mode_combo.findData(Mode.ARRIVALS))
    control.show_button.click()
    assert control.window_ is not None and control.window_.isVisible()
    assert control.window_.mode is Mode.ARRIVALS
    assert all(w.accessibleName() for w in (control.screen_combo, control.mode_combo, control.ballot_combo,
                                             control.show_button, control.hide_button))
    control.hide_button.click()
    assert control.window_ is None
    context.set_service(None)
