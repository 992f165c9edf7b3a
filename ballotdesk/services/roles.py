"""The chair's PIN: who may declare, amend, resolve counts and change the rules.

The PIN is kept only as a slow salted hash (scrypt). Wrong attempts are counted in the
meeting file, logged, and slowed down by a growing wait, so guessing at the desk is useless.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import secrets
from typing import TYPE_CHECKING

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService

KDF = {"n": 2**17, "r": 8, "p": 1}
"""scrypt with 128 MiB per guess: about half a second on a laptop, so even a 6-digit PIN taken from a copy
of the file costs days of guessing on two cores (``benchmarks/`` prints the time per guess)."""
TEST_KDF = {"n": 2**10, "r": 8, "p": 1}
"""Only when ``BALLOTDESK_TEST_KDF`` is set (the test suite): a PIN is then checked in a millisecond."""
FREE_ATTEMPTS = 3
MIN_DIGITS, MAX_DIGITS = 6, 12


class ChairPinError(DomainError):
    """The chair's PIN was missing, wrong, or attempts are paused."""


class ChairPinPaused(ChairPinError):
    """Attempts are paused after wrong PINs: no PIN can be tried now, so none should be asked for."""


def hash_pin(pin: str) -> str:
    """A self-describing scrypt hash: ``scrypt$n$r$p$salt$hash`` (older files keep their own parameters)."""
    cost = TEST_KDF if os.environ.get("BALLOTDESK_TEST_KDF") else KDF
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, dklen=32, maxmem=_maxmem(cost["n"], cost["r"]), **cost)
    return f"scrypt${cost['n']}${cost['r']}${cost['p']}${salt.hex()}${digest.hex()}"


def _maxmem(n: int, r: int) -> int:
    return 128 * n * r + (1 << 24)


def pin_matches(pin: str, stored: str) -> bool:
    """Compare in constant time against a stored hash."""
    try:
        _, n, r, p, salt, expected = stored.split("$")
        digest = hashlib.scrypt(pin.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                                dklen=32, maxmem=_maxmem(int(n), int(r)))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest.hex(), expected)


def check_new_pin(pin: str) -> str:
    """A new PIN is 6 to 12 digits: easy to type on any keyboard; with the slow hash, too many to guess.

    An empty or blank PIN is refused like any other short one: it never means "no PIN".
    """
    pin = pin.strip()
    if not (pin.isdigit() and pin.isascii() and MIN_DIGITS <= len(pin) <= MAX_DIGITS):
        raise DomainError(translate("Roles", "The chair's PIN must be 6 to 12 digits."))
    return pin


def wait_seconds(failures: int) -> int:
    """Pause after the free attempts: 5 s, 10 s, 20 s ... up to 5 minutes."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(5 * 2 ** (failures - FREE_ATTEMPTS), 300))


def has_pin(svc: MeetingService) -> bool:
    """Whether the meeting has a chair PIN (meetings made without one have no chair-only actions)."""
    return bool(svc.details()["pin_hash"])


def require_chair(svc: MeetingService, pin: str | None, what: str) -> None:
    """Refuse unless ``pin`` is the chair's PIN; count and slow down wrong attempts."""
    row = svc.details()
    if not row["pin_hash"]:
        return
    # The PIN was set through check_new_pin, which drops surrounding spaces; a PIN typed or pasted
    # with a space ("1234 ") is the same PIN, not a wrong attempt that counts towards the pause.
    pin = (pin or svc.chair_pin or "").strip()
    now = dt.datetime.now(dt.UTC)
    locked = dt.datetime.fromisoformat(row["pin_locked_until"]) if row["pin_locked_until"] else None
    if locked and locked > now:
        # Said before any PIN is asked for: typing one during the pause could only be refused.
        left = int((locked - now).total_seconds()) + 1
        raise ChairPinPaused(translate("Roles", "Too many wrong PINs; try again in {0} seconds.").format(left))
    if not pin:
        raise ChairPinError(translate("Roles", "To {0}, enter the chair's PIN.").format(translate("Roles", what)))
    if pin_matches(pin, row["pin_hash"]):
        if row["pin_failures"]:
            with svc.store.change(svc.actor, "chair.pin_accepted", {"after_failures": row["pin_failures"]}):
                svc.store.update_meeting({"pin_failures": 0, "pin_locked_until": None})
        return
    failures = row["pin_failures"] + 1
    pause = wait_seconds(failures)
    until = (now + dt.timedelta(seconds=pause)).isoformat() if pause else None
    with svc.store.change(svc.actor, "chair.pin_refused", {"what": what, "failures": failures}):
        svc.store.update_meeting({"pin_failures": failures, "pin_locked_until": until})
    extra = " " + translate("Roles", "Wait {0} seconds before trying again.").format(pause) if pause else ""
    wrong = (translate("Roles", "Wrong chair PIN (1 wrong attempt).") if failures == 1
             else translate("Roles", "Wrong chair PIN ({0} wrong attempts).").format(failures))
    raise ChairPinError(wrong + extra)


def set_pin(svc: MeetingService, new_pin: str, *, current_pin: str | None) -> None:
    """Set or change the chair's PIN; changing it needs the current one."""
    pin = check_new_pin(new_pin)
    require_chair(svc, current_pin, QT_TRANSLATE_NOOP("Roles", "change the chair's PIN"))
    changed = has_pin(svc)
    with svc.store.change(svc.actor, "chair.pin_changed" if changed else "chair.pin_set", {}):
        svc.store.update_meeting({"pin_hash": hash_pin(pin), "pin_failures": 0, "pin_locked_until": None})
