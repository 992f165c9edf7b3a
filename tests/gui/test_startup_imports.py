"""Start-up loads what the first screen needs, not the machinery of documents and previews.

Opening BallotDesk on a meeting shows the Meeting page; reportlab, pyHanko, PDFium, charset
detection and the print preview are loaded the first time a document, a verification or an
unusual CSV asks for them, and sqlite-utils when the first change is written. This runs the real start-up in a fresh process and looks at what it
imported, so a careless top-level import (which would slow every start) fails here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.helpers import make_meeting

LATER = ("reportlab", "pyhanko", "pypdfium2", "charset_normalizer", "cryptography",
         # The preview, the PDF pages and the signed-sheet checks; the guide; the hosting window.
         "ballotdesk.ui.documents", "ballotdesk.ui.shell.guide", "ballotdesk.ui.host",
         # Writing a change: loaded on a thread once the window is up (ballotdesk.ui.app).
         "sqlite_utils", "click", "dateutil", "pluggy",
         # Pages other than the one shown, and what they bring (ballotdesk.ui.pages.PAGES): whole feature packages.
         "ballotdesk.ui.attendance", "ballotdesk.ui.ballots", "ballotdesk.ui.count",
         "ballotdesk.ui.result", "ballotdesk.ui.projector", "ballotdesk.services.documents")

SCRIPT = """
import json, sys
from PySide6.QtWidgets import QApplication
from ballotdesk.ui.shell.main_window import MainWindow
app = QApplication([])
window = MainWindow()
assert window.open_path(sys.argv[1])
window.show()
app.processEvents()
later = json.loads(sys.argv[2])
print(json.dumps(sorted(n for n in sys.modules if any(n == p or n.startswith(p + '.') for p in later))))
window.close()
"""


def test_opening_a_meeting_loads_no_document_machinery(tmp_path: Path) -> None:
    make_meeting(tmp_path).close()
    # The same installation (its record key), with folders of its own.
    shutil.copytree(Path(os.environ["BALLOTDESK_DATA_DIR"]) / "record-keys", tmp_path / "data" / "record-keys")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BALLOTDESK_CONFIG_DIR=str(tmp_path / "config"),
               BALLOTDESK_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "m.ballotdesk"), json.dumps(LATER)],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_what_the_first_change_needs_is_loaded_on_a_thread() -> None:
    script = ("import sys\nfrom ballotdesk.ui.background import load_in_background\n"
              "before = 'sqlite_utils' in sys.modules\n"
              "thread = load_in_background('no_such_module_here', 'sqlite_utils')\nthread.join(60)\n"
              "print(before, 'sqlite_utils' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True"]  # a module that is missing does not stop the rest


def test_ballotdesk_file_starts_the_gui_without_loading_the_headless_commands(tmp_path: Path) -> None:
    """``ballotdesk FILE`` tells a file from a command by name alone: of the commands' package, only the table
    (and the stream helpers) are loaded, never the dispatcher or a command module."""
    make_meeting(tmp_path).close()
    script = ("import json, sys\nimport ballotdesk.ui.app as app\n"
              "app.run_gui = lambda argv: print(json.dumps([argv, sorted(n for n in sys.modules "
              "if n.startswith('ballotdesk.cli'))])) or 0\n"
              "from ballotdesk.__main__ import main\nsys.exit(main([sys.argv[1]]))")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "m.ballotdesk")], capture_output=True,
                          text=True, timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    argv, loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert argv == [str(tmp_path / "m.ballotdesk")]
    assert loaded == ["ballotdesk.cli", "ballotdesk.cli.streams", "ballotdesk.cli.table"]
