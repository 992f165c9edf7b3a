from ballotdesk.domain.ballot import motion_spec
from ballotdesk.domain.count import CountFigures
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, papers, results
from ballotdesk.services.display import Mode
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.projector.control import ProjectorControl
from ballotdesk.ui.projector.display import ProjectorWindow
from tests.helpers import INQUORATE, declared_motion, make_meeting


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
    B.open_ballot(svc, bid, inquorate=INQUORATE)
    papers.issue_paper(svc, bid, papers.attendee_for_member(svc, "1001"))
    B.close_ballot(svc, bid)
    counting.enter_count(svc, bid, "Main hall", "Ann", CountFigures(1, (1, 0)))
    window.set_mode(Mode.RESULT, bid)
    assert window.body.text() == "The result has not been declared yet."
    assert window.bar_widgets == []
    results.declare(svc, bid, "Chair", inquorate=INQUORATE)
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


def test_result_bars_figures_are_light_on_the_dark_hall_display(qtbot, tmp_path):
    """The figures beside the bars are painted on the palette's Window colour: the hall's dark one, never the
    laptop's light grey under white text (which left them unreadable on the projector)."""
    svc = make_meeting(tmp_path)
    bid = declared_motion(svc)
    context = MeetingContext()
    context.set_service(svc)
    window = ProjectorWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.set_mode(Mode.RESULT, bid)
    window.show()
    qtbot.waitExposed(window)
    bars = window.bar_widgets[0]
    image = bars.grab().toImage()
    # The figures sit right of the bars: sample the band where "1  (100.0%)" is drawn for the first row.
    lightness = [image.pixelColor(x, y).lightness() for x in range(image.width() - 120, image.width())
                 for y in range(0, image.height() // 3)]
    dark = sum(v < 60 for v in lightness) / len(lightness)
    light = sum(v > 200 for v in lightness) / len(lightness)
    assert dark > 0.6 and light > 0.02  # light text on the dark ground, no light box behind it
    context.set_service(None)
