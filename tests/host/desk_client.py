"""A device as a test plays it over real HTTP (urllib): join, then call the API with its token."""

from __future__ import annotations

import itertools
import json
import ssl
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

_keys = itertools.count(1)


class Device:
    """One joined device against a host at ``base`` (``http://127.0.0.1:PORT``)."""

    def __init__(self, base: str, code: str, name: str, role: str = "desk", box: str | None = None) -> None:
        self.base = base.rstrip("/")
        self.context = ssl._create_unverified_context() if base.startswith("https") else None  # compared by fingerprint
        body: dict[str, Any] = {"code": code, "device": name, "role": role, **({"box": box} if box else {})}
        status, answer = self.call("POST", "/api/v1/join", body)
        assert status == 200, answer
        self.token = answer["token"]
        self.name = name

    def call(self, method: str, path: str, body: Any = None, key: str | None = None,
             timeout: float = 30) -> tuple[int, Any]:
        headers = {"Content-Type": "application/json"}
        if getattr(self, "token", None):
            headers["Authorization"] = f"Bearer {self.token}"
        if key:
            headers["Idempotency-Key"] = key
        request = urllib.request.Request(self.base + path, method=method, headers=headers,
                                         data=json.dumps(body).encode() if body is not None else None)
        try:
            with urllib.request.urlopen(request, timeout=timeout, context=self.context) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read())

    def register(self, number: str, ballot: int | None = None) -> tuple[int, Any]:
        """Register (and issue, with ``ballot``) with a fresh idempotency key, retrying once with the same key."""
        key = f"{self.name}-{next(_keys)}"
        body = {"number": number, **({"ballot": ballot} if ballot else {})}
        try:
            return self.call("POST", "/api/v1/register", body, key)
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return self.call("POST", "/api/v1/register", body, key)  # a lost reply: the same key, the first outcome


def start_host(path: Path, *extra: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    """``ballotdesk host PATH --port 0 --bind 127.0.0.1 --json ...`` and the line it printed once listening."""
    proc = subprocess.Popen([sys.executable, "-m", "ballotdesk", "host", str(path), "--port", "0", "--bind",
                             "127.0.0.1", "--json", *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line:
        proc.wait(10)
        raise AssertionError(f"host printed nothing; stderr: {proc.stderr.read() if proc.stderr else ''}")
    return proc, json.loads(line)
