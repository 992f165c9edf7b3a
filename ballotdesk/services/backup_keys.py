"""The installation's record key, sealed with a passphrase beside the backups, and read back.

A backup restored on a spare laptop can be verified there only with the key that wrote its record.
``backup_now(..., key_passphrase=...)`` writes it beside the copies; ``ballotdesk restore --key``
makes it known to the other installation. Separate from the copies themselves because it moves a
secret, not a meeting file, and has rules of its own (a passphrase, one file per key and folder).
"""

from __future__ import annotations

import os
from pathlib import Path

from ballotdesk.domain.errors import os_reason
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate
from ballotdesk.services.backup_files import _WRITE_BACKUP, BackupError, _unlink_quietly, _why


def key_file_name(key_id: str) -> str:
    """The name of a sealed record key beside the backups (one per key and folder)."""
    return f"BallotDesk record key {key_id}.bdkey"


def check_passphrase(passphrase: str) -> None:
    """Refuse, in words, a passphrase the key could not be sealed with, before a backup is written with it."""
    from ballotdesk.store.record_keys import KeyFileError
    from ballotdesk.store.record_keys import check_passphrase as check

    try:
        check(passphrase)
    except KeyFileError as error:
        raise BackupError(str(error)) from None


def keys_beside(backup: Path) -> list[Path]:
    """The sealed record keys in a backup's folder (written by a backup made with the key)."""
    try:
        return sorted(Path(backup).parent.glob(key_file_name("*")))
    except OSError:
        return []


def write_key(folder: Path, passphrase: str) -> Path:
    """Seal the installation's record key with ``passphrase`` into ``folder``; returns the file."""
    from ballotdesk.store.record_keys import installation_keys, seal

    key = installation_keys().own
    dest = Path(folder) / key_file_name(key.key_id)
    data = seal(key, passphrase)
    tmp = dest.with_name(f".{dest.name}.part")
    try:
        tmp.write_bytes(data)
        os.chmod(tmp, 0o600)
        os.replace(tmp, dest)
    except OSError as error:
        _unlink_quietly(tmp)
        raise BackupError(translate("Backup", "{0} {1}: {2}.").format(
            translate("Backup", _WRITE_BACKUP), folder, _why(error, folder))) from None
    return dest


def read_key(path: Path, passphrase: str) -> bool:
    """Make a sealed record key known to this installation; False when it already was.

    Raises:
        KeyFileError: the file is not a record key, or the passphrase does not open it.
    """
    from ballotdesk.domain.files import NotRegularFileError, read_regular
    from ballotdesk.store.record_keys import KeyFileError, remember, unseal

    try:  # a regular file only, with a limit: a key file is a few hundred bytes
        data = read_regular(Path(path), 1024 * 1024, QT_TRANSLATE_NOOP("Files", "key file"))
    except NotRegularFileError as error:
        raise KeyFileError(str(error)) from None
    except OSError as error:
        raise KeyFileError(translate("Backup", "{0} cannot be read: {1}.").format(
            Path(path).name, os_reason(error))) from None
    return remember(unseal(data, passphrase))
