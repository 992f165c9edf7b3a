"""The safe file reading of :mod:`ballotdesk.domain.files`, under the name it first had.

It lives in ``domain`` because the roll CSV and the ``.blt`` reader (domain) and the store use it,
and the import contract lets those reach only ``domain``; the names stay importable from here.
"""

from __future__ import annotations

from ballotdesk.domain.files import NotRegularFileError, check_regular, open_flags, read_regular

__all__ = ["NotRegularFileError", "check_regular", "open_flags", "read_regular"]
