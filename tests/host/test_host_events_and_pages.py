"""Server-sent events (what moved, never a teller's figures) and the pages served at /."""

import asyncio
import json

from ballotdesk.host.api import refresh
from ballotdesk.services import ballots as B


async def _read_events(response, count):
    """The next ``count`` events of a stream, as (event, data)."""
    got = []
    event = None
    while len(got) < count:
        line = (await asyncio.wait_for(response.content.readline(), 5)).decode().rstrip("\n")
        if line.startswith("event: "):
            event = line[len("event: "):]
        elif line.startswith("data: "):
            got.append((event, json.loads(line[len("data: "):])))
    return got


def test_the_stream_says_hello_then_what_moved(api, svc, ballot):
    desk = api.join()

    async def scenario():
        response = await api.client.get("/api/v1/events", headers={"Authorization": f"Bearer {desk}"})
        assert response.headers["Content-Type"] == "text/event-stream"
        [(name, hello)] = await _read_events(response, 1)
        assert name == "hello" and hello["device"] == "Overflow desk"
        async with api.client.post("/api/v1/register", json={"number": "1001", "ballot": ballot},
                                   headers={"Authorization": f"Bearer {desk}", "Idempotency-Key": "a"}) as r:
            assert r.status == 200
        moved = await _read_events(response, 2)
        assert [m[0] for m in moved] == ["changed", "figures"]
        assert moved[1][1]["registered"] == 1
        # The chair closes the ballot on the host; the window tells the server (notify), which refreshes.
        await asyncio.get_running_loop().run_in_executor(None, lambda: api.state.gate.call(
            lambda s: B.close_ballot(s, ballot)).result())
        await refresh(api.state)
        moved = await _read_events(response, 2)
        assert [m[0] for m in moved] == ["changed", "ballots"]
        assert moved[1][1] == {"ballots": [{"id": ballot, "title": "Motion 1", "status": "closed"}]}
        response.close()

    api.run(scenario())


def test_a_teller_s_entry_reaches_the_streams_without_its_figures(api, svc, ballot):
    svc.register("1001", ballot)
    B.close_ballot(svc, ballot)
    ann, bob = api.join("Ann Davies", "teller"), api.join("Bob Evans", "teller")

    async def scenario():
        response = await api.client.get("/api/v1/events", headers={"Authorization": f"Bearer {bob}"})
        await _read_events(response, 1)
        async with api.client.post("/api/v1/count", json={"ballot": ballot, "box": "Main hall", "papers": 1,
                                                           "votes": {"For": 1, "Against": 0}},
                                   headers={"Authorization": f"Bearer {ann}", "Idempotency-Key": "c"}) as r:
            assert r.status == 200
        moved = await _read_events(response, 2)
        assert [m[0] for m in moved] == ["changed", "ballots"]
        assert moved[1][1]["ballots"][0]["status"] == "counting"
        assert "votes" not in json.dumps(moved) and "papers" not in json.dumps(moved)
        response.close()

    api.run(scenario())


def test_a_disconnected_device_s_stream_is_told_and_ends(api):
    desk = api.join()

    async def scenario():
        response = await api.client.get("/api/v1/events", headers={"Authorization": f"Bearer {desk}"})
        await _read_events(response, 1)
        [device] = api.state.devices.devices()
        api.state.devices.disconnect(device.id)
        api.state.hub.end_device(device.id)  # what HostServer does on the loop when a device is disconnected
        [(name, data)] = await _read_events(response, 1)
        assert name == "revoked" and "disconnected" in data["reason"]
        assert (await asyncio.wait_for(response.content.read(), 5)).strip() == b""  # read to its end

    api.run(scenario())


def test_pages_are_served_from_the_web_resources(api, tmp_path):
    (tmp_path / "web" / "js").mkdir(parents=True)
    (tmp_path / "web" / "index.html").write_text("<h1>Join</h1>", encoding="utf-8")
    (tmp_path / "web" / "js" / "desk.js").write_text("let x = 1;", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("no", encoding="utf-8")
    api.state.web_root = tmp_path / "web"
    assert api.get("/") == (200, "<h1>Join</h1>")
    assert api.get("/js/desk.js") == (200, "let x = 1;")
    for path in ("/missing.html", "/../secret.txt", "/%2e%2e/secret.txt", "/.hidden"):
        assert api.get(path)[0] == 404, path


def test_pages_come_from_the_package_resources(api):
    from ballotdesk.host.server import web_root
    from ballotdesk.res import resource

    assert str(web_root()) == str(resource("web"))
    api.state.web_root = web_root()
    status, page = api.get("/")
    assert status == 200 and page == resource("web", "index.html").read_text(encoding="utf-8")
