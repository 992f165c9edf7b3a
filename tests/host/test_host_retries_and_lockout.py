"""A retried write returns its first outcome (Idempotency-Key); ten wrong join codes lock an address out."""

import asyncio

import pytest

from ballotdesk.host.devices import Devices, JoinRefused
from tests.host.conftest import CODE


def test_a_retry_with_the_same_key_returns_the_first_outcome_and_registers_once(api, svc, ballot):
    token = api.join()
    first = api.post("/api/v1/register", {"number": "1001", "ballot": ballot}, token=token, key="reg-1")
    again = api.post("/api/v1/register", {"number": "1001", "ballot": ballot}, token=token, key="reg-1")
    assert first == again and first[1]["status"] == "registered"
    assert len(svc.attendees()) == 1 and len(svc.store.papers(ballot)) == 1
    # A new key is a new request: told "already", and still one paper.
    assert api.post("/api/v1/register", {"number": "1001", "ballot": ballot}, token=token,
                    key="reg-2")[1]["status"] == "already"
    assert len(svc.store.papers(ballot)) == 1


def test_retries_arriving_together_wait_for_the_first(api, svc, ballot):
    token = api.join()
    headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": "same"}

    async def both():
        async def one():
            async with api.client.post("/api/v1/register", json={"number": "1004", "ballot": ballot},
                                       headers=headers) as response:
                return response.status, await response.json()

        return await asyncio.gather(one(), one(), one())

    answers = api.run(both())
    assert answers[0] == answers[1] == answers[2] and answers[0][1]["status"] == "registered"
    assert len(svc.attendees()) == 1 and len(svc.store.papers(ballot)) == 1


def test_a_refused_write_is_refused_again_on_retry(api, svc):
    token = api.join()
    refused = api.post("/api/v1/guest", {"name": "  "}, token=token, key="g-1")
    assert refused[0] == 409
    assert api.post("/api/v1/guest", {"name": "  "}, token=token, key="g-1") == refused


def test_keys_belong_to_one_device(api, svc):
    desk, other = api.join("Overflow desk"), api.join("Door desk")
    api.post("/api/v1/register", {"number": "1001"}, token=desk, key="k")
    status, body = api.post("/api/v1/register", {"number": "1004"}, token=other, key="k")
    assert status == 200 and body["status"] == "registered" and body["number"] == "1004"


def test_a_device_that_joined_again_gets_its_first_outcome_on_retry(api, svc):
    token = api.join("Overflow desk")
    first = api.post("/api/v1/register", {"number": "1001"}, token=token, key="k")
    token = api.join("Overflow desk")  # the page was reloaded
    assert api.post("/api/v1/register", {"number": "1001"}, token=token, key="k") == first


@pytest.mark.parametrize("key", [None, "", "x" * 201])
def test_every_write_needs_an_idempotency_key(api, svc, key):
    token = api.join()
    status, body = api.post("/api/v1/register", {"number": "1001"}, token=token, key=key)
    assert status == 400 and "Every change needs an Idempotency-Key header" in body["error"]
    assert svc.attendees() == []


def test_ten_wrong_codes_from_one_address_lock_it_out_for_a_minute(api):
    wrong = {"code": "000000", "device": "Phone", "role": "desk"}
    statuses = [api.post("/api/v1/join", wrong, key=None)[0] for _ in range(10)]
    assert statuses == [403] * 9 + [429]
    status, body = api.post("/api/v1/join", {**wrong, "code": CODE}, key=None)
    assert status == 429 and "try again in" in body["error"]  # even the right code, for that minute
    assert api.state.devices.devices() == []


def test_the_lockout_ends_after_a_minute_and_is_per_address():
    now = [1000.0]
    devices = Devices(CODE, clock=lambda: now[0])
    for _ in range(9):
        with pytest.raises(JoinRefused, match="not the join code") as refused:
            devices.join("111111", "Phone", "desk", "10.0.0.5", "Main hall")
        assert refused.value.status == 403
    with pytest.raises(JoinRefused, match="Too many wrong join codes") as refused:
        devices.join("111111", "Phone", "desk", "10.0.0.5", "Main hall")
    assert refused.value.status == 429
    devices.join(CODE, "Tablet", "desk", "10.0.0.6", "Main hall")  # another address is not locked out
    now[0] += 59
    with pytest.raises(JoinRefused, match="try again in 2 seconds"):
        devices.join(CODE, "Phone", "desk", "10.0.0.5", "Main hall")
    now[0] += 2
    token, device = devices.join(CODE, "Phone", "desk", "10.0.0.5", "Main hall")
    assert devices.device_for(token) is device


def test_a_right_code_clears_the_wrong_ones_before_it():
    devices = Devices(CODE)
    for _ in range(9):
        with pytest.raises(JoinRefused, match="not the join code"):
            devices.join("111111", "Phone", "desk", "10.0.0.5", "Main hall")
    devices.join(CODE, "Phone", "desk", "10.0.0.5", "Main hall")
    with pytest.raises(JoinRefused, match="not the join code") as refused:
        devices.join("111111", "Phone 2", "desk", "10.0.0.5", "Main hall")
    assert refused.value.status == 403
