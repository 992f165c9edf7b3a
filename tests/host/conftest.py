"""Fixtures for the host's HTTP API: a small meeting served through aiohttp's test client.

The tests are plain functions: ``api`` drives the test client on an event loop of its own, so
each call reads as a request and its answer (status, JSON) without async noise.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from ballotdesk.domain.ballot import motion_spec
from ballotdesk.host.api import HostState, create_app
from ballotdesk.host.devices import Devices
from ballotdesk.host.gate import ServiceGate
from ballotdesk.services import ballots as B
from ballotdesk.services.meeting import MeetingService
from tests.helpers import INQUORATE, make_meeting

CODE = "123456"
_keys = itertools.count(1)


class Api:
    """A synchronous face on aiohttp's TestClient: ``api.post(path, body, token=..., key=...)``."""

    def __init__(self, client: TestClient, loop: asyncio.AbstractEventLoop, state: HostState) -> None:
        self.client, self.loop, self.state = client, loop, state

    def run(self, coro: Any) -> Any:
        return self.loop.run_until_complete(coro)

    def request(self, method: str, path: str, body: Any = None, *, token: str | None = None,
                key: str | None = None, headers: dict[str, str] | None = None) -> tuple[int, Any]:
        sent = dict(headers or {})
        if token:
            sent["Authorization"] = f"Bearer {token}"
        if key:
            sent["Idempotency-Key"] = key

        async def go() -> tuple[int, Any]:
            async with self.client.request(method, path, json=body, headers=sent) as response:
                kind = response.headers.get("Content-Type", "")
                return response.status, (await response.json() if "json" in kind else await response.text())

        return self.run(go())

    def get(self, path: str, **kw: Any) -> tuple[int, Any]:
        return self.request("GET", path, **kw)

    def post(self, path: str, body: Any = None, *, key: str | None = "auto", **kw: Any) -> tuple[int, Any]:
        return self.request("POST", path, body, key=f"key-{next(_keys)}" if key == "auto" else key, **kw)

    def join(self, device: str = "Overflow desk", role: str = "desk", **extra: Any) -> str:
        status, body = self.post("/api/v1/join", {"code": CODE, "device": device, "role": role, **extra}, key=None)
        assert status == 200, body
        return str(body["token"])


@pytest.fixture
def meeting(tmp_path: Path) -> Iterator[tuple[MeetingService, int]]:
    """A meeting with six members (1001, 1004, 1005 may vote), an Overflow box and an open motion."""
    svc = make_meeting(tmp_path)
    B.add_box(svc, "Overflow (outside)")
    ballot_id = B.create_ballot(svc, motion_spec("Motion 1"))
    B.open_ballot(svc, ballot_id, inquorate=INQUORATE)  # nobody registered yet
    yield svc, ballot_id
    svc.close()


@pytest.fixture
def svc(meeting: tuple[MeetingService, int]) -> MeetingService:
    return meeting[0]


@pytest.fixture
def ballot(meeting: tuple[MeetingService, int]) -> int:
    return meeting[1]


@pytest.fixture
def state(svc: MeetingService) -> Iterator[HostState]:
    gate = ServiceGate(svc)
    yield HostState(gate, Devices(CODE), fingerprint="AA:BB")
    gate.close()


@pytest.fixture
def api(state: HostState) -> Iterator[Api]:
    loop = asyncio.new_event_loop()
    client = TestClient(TestServer(create_app(state)), loop=loop)
    loop.run_until_complete(client.start_server())
    yield Api(client, loop, state)
    loop.run_until_complete(client.close())
    loop.close()
