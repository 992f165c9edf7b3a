"""Server-sent events: what the pages hear when the meeting changes, whoever changed it.

The host learns of a change three ways: the API's own writes, :meth:`EventHub.notify` (the Qt
window, after the chair opens a ballot), and a poll of the audit log's newest event once a
second, which catches anything else. Each change becomes a ``changed`` event, plus ``figures``
when the desk's figures moved and ``ballots`` when a ballot opened, closed or was counted, so a
page redraws only what it must. Nothing sent here is a teller's figures: the stream is read by
every device, and count entries stay blind.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any


def sse(event: str, data: Any) -> bytes:
    """One event in the ``text/event-stream`` format."""
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=True)}\n\n".encode()


@dataclass
class Subscriber:
    """One open stream: the device reading it and its queue of encoded events (None ends the stream)."""

    device_id: int
    queue: asyncio.Queue[bytes | None] = field(default_factory=asyncio.Queue)


class EventHub:
    """Fans events out to every open stream; used on the server's event loop only."""

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self.snapshot: dict[str, Any] = {}
        """The last figures, ballots and audit version sent, to tell what moved."""

    def subscribe(self, device_id: int) -> Subscriber:
        """A new stream for ``device_id``."""
        subscriber = Subscriber(device_id)
        self._subscribers.append(subscriber)
        return subscriber

    def has_subscribers(self) -> bool:
        """Whether any stream is open (no one listening: no snapshot worth taking)."""
        return bool(self._subscribers)

    def unsubscribe(self, subscriber: Subscriber) -> None:
        """Forget a stream that has ended."""
        if subscriber in self._subscribers:
            self._subscribers.remove(subscriber)

    def publish(self, event: str, data: Any) -> None:
        """Send one event to every stream."""
        payload = sse(event, data)
        for subscriber in self._subscribers:
            subscriber.queue.put_nowait(payload)

    def update(self, snapshot: dict[str, Any]) -> None:
        """Send what changed between the last snapshot and ``snapshot`` (version, figures, ballots)."""
        previous, self.snapshot = self.snapshot, snapshot
        if previous.get("version") == snapshot["version"]:
            return
        self.publish("changed", {"version": snapshot["version"]})
        if previous.get("figures") != snapshot["figures"]:
            self.publish("figures", snapshot["figures"])
        if previous.get("ballots") != snapshot["ballots"]:
            self.publish("ballots", {"ballots": snapshot["ballots"]})

    def end_device(self, device_id: int) -> None:
        """Tell a disconnected device's streams so, and end them."""
        for subscriber in self._subscribers:
            if subscriber.device_id == device_id:
                subscriber.queue.put_nowait(sse("revoked", {"reason": "The host disconnected this device."}))
                subscriber.queue.put_nowait(None)

    def end_all(self, reason: str) -> None:
        """End every stream (hosting stops), saying why."""
        for subscriber in self._subscribers:
            subscriber.queue.put_nowait(sse("bye", {"reason": reason}))
            subscriber.queue.put_nowait(None)
