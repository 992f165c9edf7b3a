"""A wrong chair's PIN asks again and keeps the reason the chair typed, instead of dropping the action."""

from __future__ import annotations

import pytest

from ballotdesk.domain.ballot import motion_spec
from ballotdesk.domain.count import CountFigures
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, papers
from ballotdesk.services.roles import set_pin

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def differing_box(service) -> int:
    """A motion whose Main hall box has two differing entries, waiting for the chair."""
    ballot_id = B.create_ballot(service, motion_spec("Motion 1"))
    B.open_ballot(service, ballot_id)
    for person in service.attendees()[:3]:
        papers.issue_paper(service, ballot_id, person.id)
    B.close_ballot(service, ballot_id)
    counting.enter_count(service, ballot_id, "Main hall", "Ann", CountFigures(3, (2, 1), 0, 0))
    counting.enter_count(service, ballot_id, "Main hall", "Bob", CountFigures(3, (1, 2), 0, 0))
    return ballot_id


@pytest.fixture
def registered(service):
    for number in ("10234", "10577", "10652"):
        service.register(number)
    set_pin(service, "246802", current_pin=None)
    return service


def test_a_wrong_pin_asks_again_and_the_reason_typed_is_recorded(window, registered, scripted, errors):
    service = registered
    ballot_id = differing_box(service)
    reason = "Bob read two For papers as Against; checked with both tellers"
    scripted.answers.extend(["111111", "246802"])  # a slip, then the right PIN: the reason is typed once only
    assert window.dialogs.done("Accept entry", lambda: counting.resolve_entries(
        service, ballot_id, "Main hall", accept_teller="Ann", reason=reason))
    assert scripted.asked == ["To order a recount or accept an entry, enter the chair's PIN.",
                              "Wrong chair PIN (1 wrong attempt).\n\n"
                              "To order a recount or accept an entry, enter the chair's PIN."]
    assert errors == []
    resolved = next(e for e in service.store.events(20) if e["action"].startswith("count."))
    assert reason in resolved["details"]
    assert counting.box_states(service, ballot_id)[0].state == "definitive"


def test_cancel_after_a_wrong_pin_changes_nothing(window, registered, scripted, errors):
    service = registered
    ballot_id = differing_box(service)
    scripted.answers.extend(["111111", None])
    assert not window.dialogs.done("Accept entry", lambda: counting.resolve_entries(
        service, ballot_id, "Main hall", accept_teller="Ann", reason="checked"))
    assert errors == []
    assert counting.box_states(service, ballot_id)[0].state == "differs"
