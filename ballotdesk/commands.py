"""What ``ballotdesk`` must know of its headless commands before deciding to start the GUI.

``ballotdesk FILE`` starts the desktop app; loading the commands themselves (argparse, the
ballot and integrity commands) to tell a command from a file would slow every start.
"""

from __future__ import annotations

import io
import sys

COMMANDS = ("new", "pin", "roll", "register", "attendance", "box", "ballot", "issue", "spoil", "withdraw",
            "count", "result", "declare", "sheet", "papers", "register-sheet", "verify", "lot",
            "resolve", "explain", "guest", "backup", "restore", "purge")


def tolerant_streams() -> None:
    """Never let a name the console cannot encode crash a command after its change was saved.

    A Windows console (cp1252) or ``PYTHONIOENCODING`` can make ``print`` fail on 'Ł' after
    the registration is committed; the script then sees a failure for a change that happened.
    Unencodable characters are written as ``\\u0141`` escapes instead. JSON is ASCII anyway.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, io.UnsupportedOperation):  # a closed or unusual stream: leave it
                pass
