"""`ballotdesk host` runs on a machine without a screen: the server never loads Qt (only the window's dispatcher does)."""

import subprocess
import sys


def test_the_server_and_its_api_never_import_qt():
    code = ("import sys, ballotdesk.host.server, ballotdesk.host.api, ballotdesk.host.payloads, ballotdesk.cli.host\n"
            "print(sorted(n for n in sys.modules if n.startswith('PySide6')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "[]"
