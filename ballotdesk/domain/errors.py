"""Errors the rules raise: each carries a message a chair can read aloud."""

from __future__ import annotations

import errno

from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate


class DomainError(Exception):
    """A rule refused an action; ``str(error)`` is the plain-words reason."""


_OS_REASONS: tuple[tuple[frozenset[int], str], ...] = (
    (frozenset({errno.ENOSPC, errno.EDQUOT}), QT_TRANSLATE_NOOP("OsError", "the disk is full")),
    (frozenset({errno.EROFS}), QT_TRANSLATE_NOOP("OsError", "the disk is read-only")),
    (frozenset({errno.EACCES, errno.EPERM}), QT_TRANSLATE_NOOP("OsError", "permission denied")),
    (frozenset({errno.ENOENT, errno.ENOTDIR}), QT_TRANSLATE_NOOP("OsError", "the file or folder is not there")),
    (frozenset({errno.EISDIR}), QT_TRANSLATE_NOOP("OsError", "it is a folder, not a file")),
    (frozenset({errno.EEXIST}), QT_TRANSLATE_NOOP("OsError", "a file of that name is already there")),
    (frozenset({errno.EIO}), QT_TRANSLATE_NOOP("OsError", "the disk could not be read or written (was it removed?)")),
    (frozenset({errno.ENAMETOOLONG}), QT_TRANSLATE_NOOP("OsError", "the name is too long")),
    (frozenset({errno.EBUSY, errno.ETXTBSY}), QT_TRANSLATE_NOOP("OsError", "the file is in use by another program")),
)
"""The system's refusals a chair is likely to meet, by errno."""


def os_reason(error: OSError) -> str:
    """Why the system refused, in the language in force, for a message that names the file itself.

    The system's own ``strerror`` is English whatever the interface language, so the common causes
    are said in our words; anything rarer keeps the system's wording rather than saying nothing.
    """
    for codes, text in _OS_REASONS:
        if error.errno in codes:
            return translate("OsError", text)
    return (error.strerror or str(error)).rstrip(".")
