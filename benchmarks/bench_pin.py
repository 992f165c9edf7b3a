"""What one guess at the chair's PIN costs someone who has copied the meeting file.

The PIN is kept only as a scrypt verifier (``services/roles.py``); whoever holds the file can try
PINs offline, as fast as this machine hashes. The target of the issue: at least 0.25 s per guess
on this 2-core machine, so the million 6-digit PINs take days, not minutes. The floor is the cost
the verifier had before (n = 2^14), for the ratio.
"""

from __future__ import annotations

import hashlib
import os
import time

from common import Row, Workspace

NAME = "pin"
TARGET_S = 0.25


def run(ws: Workspace) -> list[Row]:
    """Time a handful of guesses with the verifier BallotDesk writes today, and with the old cost."""
    from ballotdesk.services.roles import hash_pin, pin_matches

    saved = os.environ.pop("BALLOTDESK_TEST_KDF", None)
    try:
        stored = hash_pin("246802")
    finally:
        if saved is not None:
            os.environ["BALLOTDESK_TEST_KDF"] = saved
    tries = 3 if ws.quick else 6
    start = time.perf_counter()
    for guess in range(tries):
        pin_matches(f"{guess:06d}", stored)
    per_guess = (time.perf_counter() - start) / tries
    start = time.perf_counter()
    for guess in range(tries):
        hashlib.scrypt(f"{guess:06d}".encode(), salt=b"0" * 16, n=2**14, r=8, p=1, dklen=32)
    old = (time.perf_counter() - start) / tries
    days = per_guess * 10**6 / 2 / 86400  # every 6-digit PIN, on both cores
    return [Row("Chair's PIN: one offline guess", per_guess, old, "s", f">= {TARGET_S:g} s", per_guess >= TARGET_S,
                f"{stored.split('$')[1]} x r=8 scrypt; every 6-digit PIN on 2 cores: {days:.1f} days; "
                "floor = the verifier before (n=2^14)")]
