"""The HTTP API under ``/api/v1/`` (aiohttp), and the web pages at ``/``.

Handlers are thin: check the token and the role, read the JSON, hand one function to the
:class:`~ballotdesk.host.gate.ServiceGate` and word the result with the same fields as the
commands' ``--json``. Every rule stays in the services. Writes need an ``Idempotency-Key``: a
retry after a lost reply gets the first outcome back (the same HTTP status and body), so a
phone that lost the Wi-Fi for a second never registers or issues twice.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from typing import Any, TypeVar

from aiohttp import web

from ballotdesk.domain import words
from ballotdesk.domain.errors import DomainError
from ballotdesk.host import payloads
from ballotdesk.host.devices import Device, Devices, JoinRefused
from ballotdesk.host.events import EventHub, sse
from ballotdesk.host.gate import ServiceGate
from ballotdesk.services.meeting import MeetingService

T = TypeVar("T")
log = logging.getLogger(__name__)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
LARGEST = 2**63 - 1
"""The largest whole number SQLite holds: a bigger ballot number is bad input, not a crash."""
IDEMPOTENCY_KEPT = 20_000
"""Outcomes kept for retries; a desk retries within seconds, so the oldest can go."""
KEEPALIVE_SECONDS = 15.0
REFRESH_SECONDS = 0.25
"""The streams hear of changes at most this often (a burst of changes becomes one update)."""


@dataclass
class HostState:
    """What the handlers share: the gate to the meeting, the devices, the event streams, the retries."""

    gate: ServiceGate
    devices: Devices
    fingerprint: str | None = None
    web_root: Traversable | None = None
    hub: EventHub = field(default_factory=EventHub)
    outcomes: OrderedDict[tuple[str, str], asyncio.Future[tuple[int, Any]]] = field(default_factory=OrderedDict)
    stopping: asyncio.Event = field(default_factory=asyncio.Event)
    first_entries: dict[tuple[int, int], tuple[int, str]] = field(default_factory=dict)
    """(ballot, box id) -> (device id, address) of a first count entry made over the network."""
    refresher: asyncio.Task[None] | None = None
    refresh_again: bool = False


STATE = web.AppKey("state", HostState)
DEVICE = web.RequestKey("device", Device)


def error(status: int, message: str) -> web.Response:
    """A refusal: the HTTP status and one sentence saying what and why."""
    return web.json_response({"error": message}, status=status, headers={"Cache-Control": "no-store"})


def ok(body: Any, status: int = 200) -> web.Response:
    """A JSON answer that no cache keeps (figures change by the second)."""
    return web.json_response(body, status=status, headers={"Cache-Control": "no-store"})


def language(request: web.Request) -> str:
    """The device's language for the services' words: ``cy`` if its browser asks for Welsh first, else English."""
    wanted = request.headers.get("Accept-Language", "").split(",")[0].strip().lower()
    return "cy" if wanted.startswith("cy") else "en"


async def call(request: web.Request, fn: Callable[[MeetingService], T], *, write: bool = False) -> T:
    """Run ``fn`` through the gate as the request's device, in its language; a write refreshes the streams."""
    state = request.app[STATE]
    device: Device | None = request.get(DEVICE)
    lang = language(request)

    def in_words(svc: MeetingService) -> T:
        with words.in_language(lang):
            return fn(svc)

    result = await asyncio.wrap_future(state.gate.call(in_words, device.actor if device else None))
    if write:
        schedule_refresh(state)
    return result


async def refresh(state: HostState) -> None:
    """Tell the streams what moved since the last look (called after writes and by the poll)."""
    if state.hub.has_subscribers() or not state.hub.snapshot:
        known = state.hub.snapshot.get("version")
        fresh = await asyncio.wrap_future(state.gate.call(lambda svc: payloads.snapshot(svc, known)))
        if fresh is not None:
            state.hub.update(fresh)


def schedule_refresh(state: HostState) -> None:
    """Refresh the streams soon, without holding up the answer to the write that asked.

    The snapshot is counted by the one writer, so a burst of registrations from four desks is
    told to the pages at most every :data:`REFRESH_SECONDS`, in one snapshot, rather than
    putting a count of the figures between every two registrations.
    """
    if state.refresher is not None and not state.refresher.done():
        state.refresh_again = True
        return

    async def refresher() -> None:
        again = True
        while again and not state.stopping.is_set():
            state.refresh_again = False
            try:
                await refresh(state)
            except Exception:  # hosting is stopping, or the file failed: the next poll tries again
                log.debug("refreshing the event streams failed", exc_info=True)
                return
            await asyncio.sleep(REFRESH_SECONDS)
            again = state.refresh_again

    state.refresher = asyncio.get_running_loop().create_task(refresher())


async def body_of(request: web.Request) -> dict[str, Any]:
    """The request's JSON object, or a 400 refusal."""
    try:
        data = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise web.HTTPBadRequest(text=json.dumps({"error": "The request body is not JSON."}),
                                 content_type="application/json") from None
    if not isinstance(data, dict):
        raise web.HTTPBadRequest(text=json.dumps({"error": "The request body must be a JSON object."}),
                                 content_type="application/json")
    return data


def authorised(*roles: str) -> Callable[[Handler], Handler]:
    """Let through only a valid ``Authorization: Bearer`` token (else 401) of one of ``roles`` (else 403)."""

    def wrap(handler: Handler) -> Handler:
        async def checked(request: web.Request) -> web.StreamResponse:
            scheme, _, token = request.headers.get("Authorization", "").partition(" ")
            device = request.app[STATE].devices.device_for(token.strip()) if scheme.lower() == "bearer" else None
            if device is None:
                return error(401, "This device has not joined, or the host disconnected it: join again.")
            if device.role not in roles:
                return error(403, f"A {device.role} device cannot do this; it needs the {' or '.join(roles)} role.")
            request[DEVICE] = device
            return await handler(request)

        return checked

    return wrap


def idempotent(handler: Handler) -> Handler:
    """Answer a retried write (same device, same ``Idempotency-Key``) with its first outcome, never twice.

    A retry that arrives while the first is still running waits for it. A refusal (4xx) is kept
    too: a retry of a refused registration must not succeed behind the steward's back later.
    """

    async def once(request: web.Request) -> web.StreamResponse:
        key = request.headers.get("Idempotency-Key", "").strip()
        if not key or len(key) > 200:
            return error(400, "Every change needs an Idempotency-Key header (at most 200 characters).")
        state = request.app[STATE]
        scope = (request[DEVICE].actor, key)
        earlier = state.outcomes.get(scope)
        if earlier is not None:
            status, body = await asyncio.shield(earlier)
            return web.json_response(body, status=status, headers={"Cache-Control": "no-store",
                                                                   "Idempotent-Replayed": "true"})
        future: asyncio.Future[tuple[int, Any]] = asyncio.get_running_loop().create_future()
        state.outcomes[scope] = future
        while len(state.outcomes) > IDEMPOTENCY_KEPT:
            state.outcomes.popitem(last=False)
        try:
            response = await handler(request)
        except BaseException:
            state.outcomes.pop(scope, None)  # not answered: a retry may try again
            future.cancel()
            raise
        assert isinstance(response, web.Response) and response.text is not None
        future.set_result((response.status, json.loads(response.text)))
        return response

    return once


# -- joining ------------------------------------------------------------------------------------


async def join(request: web.Request) -> web.StreamResponse:
    """``POST /api/v1/join {code, device, role, box?}`` -> ``{token, ...}``; 403 wrong code, 429 locked out."""
    state = request.app[STATE]
    data = await body_of(request)
    try:
        token, device = state.devices.join(str(data.get("code", "")), str(data.get("device", "")),
                                           str(data.get("role", "")), request.remote or "?", "")
    except JoinRefused as refused:
        return error(refused.status, str(refused))
    from ballotdesk.services.ballots import box_id

    wanted = data.get("box")
    try:
        device.box = await call(request, lambda svc: box_id(svc, str(wanted) if wanted else None)[1])
    except DomainError as refused:
        state.devices.disconnect(device.id)
        return error(400, str(refused))
    return ok({"token": token, "device": device.name, "role": device.role, "box": device.box,
               "fingerprint": state.fingerprint})


async def info(request: web.Request) -> web.StreamResponse:
    """``GET /api/v1/info`` (no token): the certificate's fingerprint, for the join page to show before the code.

    The steward compares it with the host laptop's screen; it is public anyway (every TLS handshake sends
    the certificate), and nothing else about the meeting is said to a device that has not joined.
    """
    return ok({"fingerprint": request.app[STATE].fingerprint})


# -- reading ------------------------------------------------------------------------------------


@authorised("desk", "teller")
async def get_state(request: web.Request) -> web.StreamResponse:
    """``GET /api/v1/state``: the meeting, the device, the ballots it can act on, figures and quorum."""
    state = request.app[STATE]
    body = await call(request, lambda svc: payloads.state(svc, request[DEVICE]))
    return ok({**body, "fingerprint": state.fingerprint})


@authorised("desk")
async def members(request: web.Request) -> web.StreamResponse:
    """``GET /api/v1/members?q=TEXT`` with the desk's own search and ranking."""
    query = request.query.get("q", "")
    try:
        limit = min(max(int(request.query.get("limit", "20")), 1), 50)
    except ValueError:
        return error(400, "limit must be a whole number from 1 to 50.")
    hits = await call(request, lambda svc: svc.search(query, limit))
    return ok({"members": [payloads.member(hit) for hit in hits]})


@authorised("desk", "teller")
async def attendance(request: web.Request) -> web.StreamResponse:
    """``GET /api/v1/attendance``: the figures of ``attendance --json``."""
    return ok(await call(request, lambda svc: svc.figures().as_json()))


# -- writing ------------------------------------------------------------------------------------


def _whole(data: dict[str, Any], key: str, *, required: bool = False) -> int | None:
    """A whole number field of the body, or a 400 refusal naming it."""
    value = data.get(key)
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= LARGEST:
        raise web.HTTPBadRequest(text=json.dumps({"error": f"'{key}' must be a whole number of 0 or more."}),
                                 content_type="application/json")
    return value


def _text(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise web.HTTPBadRequest(text=json.dumps({"error": f"'{key}' must be text."}),
                                 content_type="application/json")
    return value


@authorised("desk")
@idempotent
async def register(request: web.Request) -> web.StreamResponse:
    """``POST /api/v1/register {number, ballot?, box?}``: register, and issue into the device's box with a ballot."""
    data = await body_of(request)
    number = data.get("number")
    if isinstance(number, int) and not isinstance(number, bool):
        number = str(number)
    if not isinstance(number, str) or not number.strip():
        return error(400, "Give the membership number as 'number'.")
    ballot = _whole(data, "ballot")
    device: Device = request[DEVICE]
    box = _text(data, "box") or device.box
    result = await call(request, lambda svc: svc.register(number, ballot, box), write=True)
    if result.outcome == "registered":
        device.last_registration = result.attendee_id
    return ok(payloads.registration(result))


@authorised("desk")
@idempotent
async def undo(request: web.Request) -> web.StreamResponse:
    """``POST /api/v1/undo``: take back this device's own last registration (and the paper issued with it)."""
    device: Device = request[DEVICE]
    last = device.last_registration
    if last is None:
        return error(409, "Nothing to undo: this device can take back only its own latest registration, once.")
    try:
        undone = await call(request, lambda svc: svc.undo_last_registration(last), write=True)
    except DomainError as refused:
        return error(409, str(refused))
    device.last_registration = None
    if undone is None:
        return error(409, "Nothing to undo: nobody is registered.")
    person = undone.attendee
    return ok({"undone": {"number": person.number, "name": person.name},
               "papers": [{"ballot": title, "box": box} for title, box in undone.papers]})


@authorised("desk")
@idempotent
async def guest(request: web.Request) -> web.StreamResponse:
    """``POST /api/v1/guest {name, note?}`` or ``{name, provisional: true, reason}``, as ``guest --json``."""
    data = await body_of(request)
    name, note, reason = _text(data, "name") or "", _text(data, "note") or "", _text(data, "reason") or ""
    provisional = data.get("provisional") is True
    try:
        a = await call(request, lambda svc: svc.add_provisional(name, reason) if provisional
                       else svc.add_guest(name, note), write=True)
    except DomainError as refused:
        return error(409, str(refused))
    return ok({"id": a.id, "name": a.name, "kind": a.kind, "may_vote": a.may_vote, "reason": a.reason})


@authorised("teller")
@idempotent
async def count(request: web.Request) -> web.StreamResponse:
    """``POST /api/v1/count {ballot, box, papers, votes: {option: n}, abstain?, rejected?, code?}`` (teller, blind).

    The entry is made under the device's name; ``code`` is the teller's own code, once the chair
    has named the tellers and handed codes out.
    """
    data = await body_of(request)
    ballot = _whole(data, "ballot", required=True)
    papers = _whole(data, "papers", required=True)
    abstain, rejected = _whole(data, "abstain") or 0, _whole(data, "rejected") or 0
    box, votes, code = _text(data, "box"), data.get("votes"), _text(data, "code")
    if not box:
        return error(400, "Give the box's name as 'box'.")
    if not isinstance(votes, dict) or any(isinstance(v, bool) or not isinstance(v, int) or not 0 <= v <= LARGEST
                                          for v in votes.values()):
        return error(400, "'votes' must map each option to a whole number of 0 or more.")
    device: Device = request[DEVICE]
    assert ballot is not None and papers is not None
    try:
        outcome = await call(request, lambda svc: payloads.second_device_entry(
            svc, request.app[STATE].first_entries, (device.id, request.remote or "?"),
            lambda: payloads.enter_count(svc, ballot, box, device.name, papers, votes, abstain, rejected, code),
            ballot, box), write=True)
    except DomainError as refused:
        return error(409, str(refused))
    return ok({"ballot": ballot, "box": outcome.box, "state": outcome.state, "message": outcome.message})


# -- events and pages ---------------------------------------------------------------------------


@authorised("desk", "teller")
async def events(request: web.Request) -> web.StreamResponse:
    """``GET /api/v1/events``: server-sent events until the device is disconnected or hosting stops."""
    state = request.app[STATE]
    device: Device = request[DEVICE]
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-store",
                                           "X-Accel-Buffering": "no"})
    await response.prepare(request)
    if not state.hub.snapshot:
        await refresh(state)  # the baseline later events are told against; not sent itself
    subscriber = state.hub.subscribe(device.id)
    try:
        await response.write(sse("hello", {"version": state.hub.snapshot.get("version"),
                                           "device": device.name, "role": device.role}))
        while not state.stopping.is_set():
            try:
                payload = await asyncio.wait_for(subscriber.queue.get(), KEEPALIVE_SECONDS)
            except TimeoutError:
                payload = b": keep-alive\n\n"
            if payload is None:
                break
            await response.write(payload)
    except (ConnectionResetError, asyncio.CancelledError):
        pass
    finally:
        state.hub.unsubscribe(subscriber)
    return response


async def page(request: web.Request) -> web.StreamResponse:
    """A file of ``resources/web`` (``index.html`` at ``/``), read through importlib.resources."""
    import mimetypes

    root = request.app[STATE].web_root
    parts = [p for p in request.match_info.get("tail", "").split("/") if p]
    if root is None or any(p in (".", "..") or p.startswith(".") or "\\" in p for p in parts):
        raise web.HTTPNotFound()
    node = root
    for part in parts or ["index.html"]:
        node = node.joinpath(part)
    if node.is_dir():
        node = node.joinpath("index.html")
    if not node.is_file():
        raise web.HTTPNotFound()
    kind = mimetypes.guess_type(node.name)[0] or "application/octet-stream"
    charset = "utf-8" if kind.startswith("text/") or kind in ("application/javascript", "application/json") else None
    return web.Response(body=node.read_bytes(), content_type=kind, charset=charset,
                        headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"})


async def api_not_found(request: web.Request) -> web.StreamResponse:
    """Unknown ``/api/`` paths answer in JSON, like the rest of the API."""
    return error(404, f"There is no {request.method} {request.path} in this API.")


@web.middleware
async def words_for_failures(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Whatever goes wrong reaches the device as one sentence in JSON, never a traceback page.

    A rule the handler did not expect to be refused is 409 with the service's words; the meeting
    file failing (a full disk, a reader holding it too long) is 503, since nothing was saved and
    a retry later may succeed; anything else is 500, and the host's log keeps the traceback.
    """
    from ballotdesk.store.meeting_store import MeetingFileError

    try:
        return await handler(request)
    except web.HTTPException:
        raise
    except DomainError as refused:
        return error(409, str(refused))
    except MeetingFileError as failed:
        return error(503, f"Nothing was saved: {failed}")
    except Exception as failed:
        log.exception("%s %s failed", request.method, request.path)
        return error(500, f"The host could not do that ({type(failed).__name__}); nothing was saved. "
                          "Tell the chair.")


def create_app(state: HostState) -> web.Application:
    """The aiohttp application for ``state``."""
    app = web.Application(client_max_size=64 * 1024, middlewares=[words_for_failures])
    app[STATE] = state
    app.router.add_post("/api/v1/join", join)
    app.router.add_get("/api/v1/info", info)
    app.router.add_get("/api/v1/state", get_state)
    app.router.add_get("/api/v1/members", members)
    app.router.add_get("/api/v1/attendance", attendance)
    app.router.add_get("/api/v1/events", events)
    app.router.add_post("/api/v1/register", register)
    app.router.add_post("/api/v1/undo", undo)
    app.router.add_post("/api/v1/guest", guest)
    app.router.add_post("/api/v1/count", count)
    app.router.add_route("*", "/api/{tail:.*}", api_not_found)
    app.router.add_get("/{tail:.*}", page)

    async def end_streams(_app: web.Application) -> None:
        state.stopping.set()
        if state.refresher is not None:
            state.refresher.cancel()  # nobody is left to tell
        state.hub.end_all("Hosting has stopped.")

    app.on_shutdown.append(end_streams)
    return app
