"""Meeting files this installation has already verified, by the SHA-256 of their bytes.

Checking a meeting's audit chain re-hashes every row, half a second on a 100,000-member roll,
and every headless command used to pay it. Hashing the file's bytes costs a few milliseconds, so
a file whose exact bytes were verified here (or written here: :meth:`MeetingStore.close`) is
not checked again. Any change to the file, by BallotDesk or by anyone else, changes its bytes and
so brings the full check back. Each entry is authenticated with the installation's record key,
so the list cannot be extended by someone who can write to the data folder but not read the key.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

KEEP = 64
"""Entries kept: the newest states of the meetings used lately."""


def _list_path() -> Path:
    from ballotdesk.paths import data_dir

    return data_dir() / "verified.json"


def file_digest(path: Path) -> str | None:
    """SHA-256 of a regular file's bytes, or None when it cannot be read as one."""
    try:
        with open(path, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return None
            digest = hashlib.sha256()
            while block := handle.read(1 << 20):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def _tag(digest: str) -> str:
    from ballotdesk.store.record_keys import installation_keys

    key = installation_keys().own
    return key.mac("verified", digest)


def _entries() -> dict[str, str]:
    try:
        data = json.loads(_list_path().read_text("utf-8"))
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def seen(path: Path) -> bool:
    """Whether these exact bytes were verified (or written) by this installation."""
    if Path(str(path) + "-journal").exists():
        return False
    digest = file_digest(path)
    if digest is None:
        return False
    tag = _entries().get(digest)
    return tag is not None and tag == _tag(digest)


def remember(path: Path) -> None:
    """Note the file's current bytes as verified; a failure to write the note changes nothing but speed."""
    digest = file_digest(path)
    if digest is None:
        return
    entries = _entries()
    entries.pop(digest, None)
    entries[digest] = _tag(digest)
    kept = dict(list(entries.items())[-KEEP:])
    target = _list_path()
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(kept), "utf-8")
        os.replace(tmp, target)
    except OSError:
        tmp.unlink(missing_ok=True)
