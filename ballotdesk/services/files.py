"""What the interface knows about meeting files, without reaching into the store.

The windows name the file type in their file dialogs, catch a file that is not an intact meeting,
and hand on what checking a meeting's record found (:class:`ChainReport`); these facts are the
store's, and the interface asks the services for them (the import contract in pyproject keeps
``ui`` away from ``store``).
"""

from __future__ import annotations

from ballotdesk.store.chain import ChainReport
from ballotdesk.store.lock import FileLockedError
from ballotdesk.store.meeting_store import SUFFIX, MeetingFileError
from ballotdesk.store.record_keys import KeyFileError

__all__ = ["SUFFIX", "ChainReport", "FileLockedError", "KeyFileError", "MeetingFileError"]
