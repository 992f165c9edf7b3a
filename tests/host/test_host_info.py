"""GET /api/v1/info: the join page's fingerprint, said before any code is typed, and nothing else."""

from __future__ import annotations


def test_info_gives_the_fingerprint_without_a_token_and_nothing_about_the_meeting(api, state):
    state.fingerprint = "AB:CD:EF"
    status, body = api.get("/api/v1/info")
    assert status == 200
    assert body == {"fingerprint": "AB:CD:EF"}


def test_info_on_plain_http_has_no_fingerprint(api, state):
    state.fingerprint = None
    assert api.get("/api/v1/info") == (200, {"fingerprint": None})
