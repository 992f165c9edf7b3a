"""The installation's record key: what makes the audit chain something only BallotDesk can write.

The chain's hashes are computed from data that is all in the meeting file, so anyone holding
the file could recompute them. Each event therefore also carries an HMAC made with a key that
is never in the file, and every declaration and amendment an Ed25519 signature by the same key.
The key is a 32-byte seed kept in the installation's key store: the OS keyring where there is
one, else a file readable only by this user in BallotDesk's data folder (always the folder when
``BALLOTDESK_DATA_DIR`` is set: a portable install carries its key with it).

Keys of other installations become *known* here when a backup that carries one is restored
with its passphrase: a meeting moved to a spare laptop then stays fully verifiable.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import platform
import secrets
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.words import translate

KEYRING_SERVICE = "BallotDesk record key"
_KDF = {"n": 2**15, "r": 8, "p": 1}


@dataclass(frozen=True)
class RecordKey:
    """One installation's key: a seed, from which the HMAC key and the signing key are derived."""

    seed: bytes = field(repr=False)
    label: str
    known_id: str = ""
    """The id as stored beside the key: opening a meeting then needs no cryptography library (50 ms at start)."""

    @cached_property
    def _mac_key(self) -> bytes:
        return hashlib.sha256(b"ballotdesk-record-mac\x00" + self.seed).digest()

    @cached_property
    def _signer(self) -> object:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"ballotdesk-record-sign\x00" + self.seed).digest())

    @cached_property
    def public_hex(self) -> str:
        """The public half of the signing key, which the chain records so anyone can check a signature."""
        from cryptography.hazmat.primitives import serialization

        raw = self._signer.public_key().public_bytes(  # type: ignore[attr-defined]
            serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return bytes(raw).hex()

    @cached_property
    def key_id(self) -> str:
        """What the chain and the sheet print of the key: 20 hex digits of the public key's SHA-256."""
        return self.known_id or key_id_of(self.public_hex)

    def mac(self, key_id: str, event_hash: str) -> str:
        """The event's authentication: HMAC-SHA256 over the key's id and the event's chained hash."""
        return hmac.new(self._mac_key, f"{key_id}:{event_hash}".encode("ascii"), hashlib.sha256).hexdigest()

    def sign(self, event_hash: str) -> str:
        """An Ed25519 signature of an event's hash (declarations and amendments)."""
        return bytes(self._signer.sign(event_hash.encode("ascii"))).hex()  # type: ignore[attr-defined]


def key_id_of(public_hex: str) -> str:
    """A key's id from its public half (so a recipient can match a published id)."""
    digest = hashlib.sha256(bytes.fromhex(public_hex)).hexdigest().upper()[:20]
    return "-".join(digest[i:i + 4] for i in range(0, 20, 4))


def signature_valid(public_hex: str, event_hash: str, signature: str) -> bool:
    """Whether ``signature`` is the key's Ed25519 signature of ``event_hash``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(
            bytes.fromhex(signature), event_hash.encode("ascii"))
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class KeyRing:
    """This installation's own key and the other installations' keys it knows."""

    own: RecordKey
    known: tuple[RecordKey, ...] = ()

    def get(self, key_id: str) -> RecordKey | None:
        """The key with this id, if this installation has it."""
        for key in (self.own, *self.known):
            if key.key_id == key_id:
                return key
        return None


class KeyFileError(DomainError):
    """A carried key could not be read (wrong passphrase, not a key file)."""


# -- the installation's key store ----------------------------------------------------------


def _folder() -> Path:
    from ballotdesk.paths import data_dir

    path = data_dir() / "record-keys"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def _write_private(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def _os_keyring() -> object | None:
    """The OS keyring (Windows Credential Manager, macOS Keychain, Secret Service), or None.

    Never used when ``BALLOTDESK_DATA_DIR`` points elsewhere: tests and portable installs keep
    their key in that folder.
    """
    if os.environ.get("BALLOTDESK_DATA_DIR"):
        return None
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
            return None
        return backend
    except Exception:  # no usable backend (no D-Bus session, a locked-down system): the file is kept
        return None


_cache: dict[str | None, KeyRing] = {}


def installation_keys() -> KeyRing:
    """This installation's keys, created on first use; loaded once per data folder (asked at every change)."""
    place = os.environ.get("BALLOTDESK_DATA_DIR")
    ring = _cache.get(place)
    if ring is None:
        folder = _folder()
        ring = KeyRing(_own_key(folder), tuple(_known_keys(folder)))
        _cache[place] = ring
    return ring


def _own_key(folder: Path) -> RecordKey:
    path = folder / "own.json"
    backend = _os_keyring()
    if path.is_file():
        stored = json.loads(path.read_text("utf-8"))
        if "seed" in stored:
            return RecordKey(bytes.fromhex(stored["seed"]), stored["label"], stored.get("key_id", ""))
        if backend is not None:
            seed = backend.get_password(KEYRING_SERVICE, stored["key_id"])  # type: ignore[attr-defined]
            if seed:
                return RecordKey(bytes.fromhex(seed), stored["label"], stored["key_id"])
        raise KeyFileError(translate(
            "RecordKeys", "This installation's record key ({0}) is kept in the system's key store, which cannot be "
            "read now. Unlock the key store and try again.").format(stored.get("key_id", "?")))
    key = RecordKey(secrets.token_bytes(32), _default_label())
    stored = {"key_id": key.key_id, "label": key.label, "public": key.public_hex}
    if backend is not None:
        try:
            backend.set_password(KEYRING_SERVICE, key.key_id, key.seed.hex())  # type: ignore[attr-defined]
        except Exception:
            backend = None
    if backend is None:
        stored["seed"] = key.seed.hex()
    _write_private(path, json.dumps(stored).encode("utf-8"))
    return key


def _default_label() -> str:
    return translate("RecordKeys", "BallotDesk on {0}").format(platform.node() or "this computer")


def _known_keys(folder: Path) -> list[RecordKey]:
    keys = []
    for path in sorted(folder.glob("known-*.json")):
        try:
            stored = json.loads(path.read_text("utf-8"))
            keys.append(RecordKey(bytes.fromhex(stored["seed"]), stored["label"], stored.get("key_id", "")))
        except (OSError, ValueError, KeyError):
            continue  # a damaged copy of another laptop's key: its part of a record shows as unknown
    return keys


def remember(key: RecordKey) -> bool:
    """Keep another installation's key (from a restored backup); False when it was already known."""
    folder = _folder()
    if installation_keys().get(key.key_id) is not None:
        return False
    stored = {"key_id": key.key_id, "label": key.label, "seed": key.seed.hex()}
    _write_private(folder / f"known-{key.key_id}.json", json.dumps(stored).encode("utf-8"))
    _cache.pop(os.environ.get("BALLOTDESK_DATA_DIR"), None)
    return True


# -- carrying a key with a backup ----------------------------------------------------------


def check_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to seal a key with (before anything is written with it)."""
    if len(passphrase) < 8:
        raise KeyFileError(translate("RecordKeys", "The passphrase must be at least 8 characters."))


def seal(key: RecordKey, passphrase: str) -> bytes:
    """The key encrypted under a passphrase (scrypt, then AES-256-GCM), to travel with a backup."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    check_passphrase(passphrase)
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    secret = hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, dklen=32, maxmem=2**27, **_KDF)
    body = json.dumps({"label": key.label, "seed": key.seed.hex()}).encode("utf-8")
    sealed = AESGCM(secret).encrypt(nonce, body, key.key_id.encode("ascii"))
    return json.dumps({"ballotdesk_record_key": 1, "key_id": key.key_id, "kdf": {"salt": salt.hex(), **_KDF},
                       "nonce": nonce.hex(), "sealed": base64.b64encode(sealed).decode("ascii")},
                      indent=1).encode("utf-8")


def unseal(data: bytes, passphrase: str) -> RecordKey:
    """The key from :func:`seal`'s bytes.

    Raises:
        KeyFileError: not a key file, or the passphrase is wrong.
    """
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        outer = json.loads(data.decode("utf-8"))
        kdf = outer["kdf"]
        secret = hashlib.scrypt(passphrase.encode("utf-8"), salt=bytes.fromhex(kdf["salt"]), n=int(kdf["n"]),
                                r=int(kdf["r"]), p=int(kdf["p"]), dklen=32, maxmem=2**27)
        body = AESGCM(secret).decrypt(bytes.fromhex(outer["nonce"]), base64.b64decode(outer["sealed"]),
                                      outer["key_id"].encode("ascii"))
        inner = json.loads(body)
        key = RecordKey(bytes.fromhex(inner["seed"]), inner["label"])
    except InvalidTag:
        raise KeyFileError(translate("RecordKeys", "The passphrase does not open this record key.")) from None
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise KeyFileError(translate("RecordKeys", "This is not a BallotDesk record key file.")) from None
    if key.key_id != outer["key_id"]:
        raise KeyFileError(translate("RecordKeys", "This record key file is damaged."))
    return key
