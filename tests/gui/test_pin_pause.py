"""While wrong PINs have paused the chair's actions, the window says so instead of asking for a PIN."""

from __future__ import annotations

import datetime as dt

import pytest

from ballotdesk.services.roles import ChairPinPaused, require_chair, set_pin


def test_a_paused_chair_action_is_refused_in_words_without_asking_for_the_pin(window, service, errors):
    set_pin(service, "246802", current_pin=None)
    until = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)
    with service.store.change("test", "test.clock", {}):
        service.store.update_meeting({"pin_failures": 3, "pin_locked_until": until.isoformat()})
    with pytest.raises(ChairPinPaused, match=r"^Too many wrong PINs; try again in \d+ seconds\.$"):
        require_chair(service, None, "declare the result")  # no PIN given: still the pause, not "enter the PIN"
    # window.dialogs.chair_pin is guarded: asking for the PIN would fail this test.
    assert window.dialogs.attempt("Declare", lambda: require_chair(service, None, "declare the result")) is None
    assert len(errors) == 1 and errors[0][0] == "Declare"
    assert errors[0][1].startswith("Too many wrong PINs; try again in ")
    assert service.details()["pin_failures"] == 3  # nothing was tried, nothing counted
