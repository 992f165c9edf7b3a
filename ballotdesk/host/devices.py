"""Who may call the host: the join code, the devices joined with it, their tokens, and the lockout.

Plain Python (no HTTP, no Qt), shared by the server and the Qt host window. Nothing here is
written to the meeting file: hosting is the evening's arrangement, not part of the record, and a
device's changes reach the audit log under its name and role (:attr:`Device.actor`). Tokens are
random (``secrets``) and kept only as SHA-256 hashes, so a memory dump of the host shows no token
a device could be impersonated with; all of them end when hosting stops.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.text import check_text

ROLES = ("desk", "teller")
"""What a device may do: a desk registers, issues and adds guests; a teller enters counts."""
CODE_DIGITS = 6
WRONG_CODES_ALLOWED = 10
"""Wrong join codes from one address before it is locked out."""
LOCKOUT_SECONDS = 60.0


class JoinRefused(Exception):
    """A join the host refuses; ``status`` is the HTTP status the API answers with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Device:
    """A joined device (a phone at the overflow door, a teller's tablet)."""

    id: int
    name: str
    role: str
    box: str
    address: str
    joined_at: str
    last_seen: str
    token_hash: str = field(repr=False)
    last_registration: int | None = None
    """The attendee this device registered last, which only it may undo."""

    @property
    def actor(self) -> str:
        """The name its changes are logged under: "Overflow desk (desk)"."""
        return f"{self.name} ({self.role})"


@dataclass(frozen=True)
class DeviceInfo:
    """A device as the host window lists it."""

    id: int
    name: str
    role: str
    box: str
    address: str
    joined_at: str
    last_seen: str


def token_hash(token: str) -> str:
    """What is kept of a token: its SHA-256, so the host holds nothing that can be replayed."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_join_code() -> str:
    """A random six-digit code, read out to the stewards."""
    return f"{secrets.randbelow(10 ** CODE_DIGITS):0{CODE_DIGITS}d}"


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Devices:
    """The join code and the devices joined with it; safe to use from the server's and the GUI's threads."""

    def __init__(self, join_code: str | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._code = self._checked_code(join_code) if join_code is not None else new_join_code()
        self._devices: dict[str, Device] = {}  # by token hash
        self._next_id = 1
        self._failures: dict[str, tuple[int, float]] = {}  # address -> (wrong codes, locked until)
        self._clock = clock
        self._listeners: list[Callable[[], None]] = []

    # -- the join code -------------------------------------------------------------------------

    @property
    def join_code(self) -> str:
        """The code a device types to join."""
        return self._code

    def set_join_code(self, code: str | None = None) -> str:
        """Change the join code (a new random one with None); devices joined already stay joined."""
        with self._lock:
            self._code = self._checked_code(code) if code is not None else new_join_code()
        self._changed()
        return self._code

    @staticmethod
    def _checked_code(code: str) -> str:
        code = code.strip()
        if len(code) != CODE_DIGITS or not code.isascii() or not code.isdigit():
            raise DomainError(f"A join code is {CODE_DIGITS} digits, e.g. 482913.")
        return code

    # -- joining -------------------------------------------------------------------------------

    def join(self, code: str, name: str, role: str, address: str, box: str) -> tuple[str, Device]:
        """A token for a device that gave the right code, or a refusal (403 wrong code, 429 locked out).

        Ten wrong codes from one address lock it out for a minute, so the six digits cannot be
        tried one after another. A device joining again under the same name and role (a phone
        whose page was reloaded) takes over that name: the earlier token stops working.
        """
        now = self._clock()
        with self._lock:
            wrong, locked_until = self._failures.get(address, (0, 0.0))
            if locked_until > now:
                raise JoinRefused(429, f"Too many wrong join codes from this device: try again in "
                                       f"{int(locked_until - now) + 1} seconds.")
            if not secrets.compare_digest(str(code).strip().encode(), self._code.encode()):
                wrong += 1
                if wrong >= WRONG_CODES_ALLOWED:
                    self._failures[address] = (0, now + LOCKOUT_SECONDS)
                    raise JoinRefused(429, "Too many wrong join codes from this device: try again in a minute.")
                self._failures[address] = (wrong, 0.0)
                raise JoinRefused(403, "That is not the join code shown on the host.")
            self._failures.pop(address, None)
            if role not in ROLES:
                raise JoinRefused(400, f"The role must be one of: {', '.join(ROLES)}.")
            try:
                name = check_text("name", str(name))
            except DomainError as error:
                raise JoinRefused(400, str(error)) from None
            if not name:
                raise JoinRefused(400, "Give this device a name, e.g. 'Overflow desk' or 'Ann Davies'.")
            earlier: Device | None = None
            for key, other in list(self._devices.items()):
                if other.name.casefold() == name.casefold():
                    if other.role != role:
                        raise JoinRefused(409, f"A device called '{other.name}' has joined as {other.role}; "
                                               "choose another name.")
                    earlier = self._devices.pop(key)  # the same device again: its earlier token ends here
            token = secrets.token_urlsafe(32)
            stamp = _stamp()
            device = Device(self._next_id, name, role, box, address, stamp, stamp, token_hash(token),
                            earlier.last_registration if earlier else None)
            self._next_id += 1
            self._devices[device.token_hash] = device
        self._changed()
        return token, device

    def device_for(self, token: str) -> Device | None:
        """The device holding ``token`` (its last seen updated), or None if the token is not (or no longer) valid."""
        with self._lock:
            device = self._devices.get(token_hash(token))
            if device is not None:
                device.last_seen = _stamp()
        return device

    # -- for the host window ---------------------------------------------------------------------

    def devices(self) -> list[DeviceInfo]:
        """Every device joined, in the order they joined."""
        with self._lock:
            found = sorted(self._devices.values(), key=lambda d: d.id)
            return [DeviceInfo(d.id, d.name, d.role, d.box, d.address, d.joined_at, d.last_seen) for d in found]

    def disconnect(self, device_id: int) -> bool:
        """End one device's token at once; False if no such device is joined."""
        with self._lock:
            keys = [k for k, d in self._devices.items() if d.id == device_id]
            for key in keys:
                del self._devices[key]
        if keys:
            self._changed()
        return bool(keys)

    def revoke_all(self) -> None:
        """End every token (hosting stops)."""
        with self._lock:
            self._devices.clear()
        self._changed()

    def is_joined(self, device_id: int) -> bool:
        """Whether the device still holds a valid token."""
        with self._lock:
            return any(d.id == device_id for d in self._devices.values())

    def add_listener(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` (from whichever thread made the change) when devices or the code change."""
        self._listeners.append(callback)

    def _changed(self) -> None:
        for callback in list(self._listeners):
            callback()
