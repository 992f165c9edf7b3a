"""The result page offers the lot when an amendment made an equality in a declared result."""

from __future__ import annotations

import pytest

from ballotdesk.domain.ballot import BallotSpec, Kind, Rule
from ballotdesk.domain.count import CountFigures
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, papers, results
from tests.helpers import make_meeting

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def declared(tmp_path):
    """Ann 2, Bob 1, Cy 0 in the Main hall (one teller), declared: Ann is elected."""
    svc = make_meeting(tmp_path)
    svc.update_details({"four_eyes": False})
    for number in ("1001", "1004", "1005"):
        svc.register(number)
    ballot_id = B.create_ballot(svc, BallotSpec(title="Treasurer", question="", kind=Kind.ELECTION,
                                                options=("Ann", "Bob", "Cy"), rule=Rule.PLURALITY))
    B.open_ballot(svc, ballot_id)
    for person in svc.attendees():
        papers.issue_paper(svc, ballot_id, person.id)
    B.close_ballot(svc, ballot_id)
    counting.enter_count(svc, ballot_id, "Main hall", "Ann Teller", CountFigures(3, (2, 1, 0)))
    results.declare(svc, ballot_id, "Mary Jones")
    yield svc, ballot_id
    svc.close()


def test_the_result_page_offers_the_lot_after_an_amendment(declared, qtbot):
    """The window offers the draw too (the page asks the service; the rule is the service's)."""
    from ballotdesk.ui.context import MeetingContext
    from ballotdesk.ui.result.page import ResultPage

    svc, ballot_id = declared
    results.amend(svc, ballot_id, "Main hall", CountFigures(3, (1, 1, 1)), chair="Mary Jones", reason="recounted")
    context = MeetingContext()
    context.service = svc
    page = ResultPage(context)
    qtbot.addWidget(page)
    page.select_ballot(ballot_id)
    assert page.draw_button.isEnabled() and page.physical_button.isEnabled()
    assert "A lot is drawn once every box is definitive" not in page.lot_text.text()
