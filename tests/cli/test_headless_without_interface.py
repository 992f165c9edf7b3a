"""The headless commands never load the interface package: a Welsh document is printed with Qt Core only.

The import contract (tests/unit/test_import_contract.py) reads the source; this runs the commands in
a fresh process and looks at what was really imported, so a lazy import inside a function (which
the contract also sees, but a plugin or ``importlib`` call would not) cannot bring ``ballotdesk.ui``
or QtWidgets into a command.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pypdfium2

SCRIPT = """
import json, sys
from ballotdesk.__main__ import main
meeting = "branch.ballotdesk"
for args in (["new", meeting, "--title", "Cyfarfod", "--date", "2026-01-01", "--language", "cy"],
             ["roll", "import", meeting, "m.csv"], ["register", meeting, "1", "2"],
             ["register-sheet", meeting, "-o", "signin.pdf"]):
    code = main(args)
    if code:
        sys.exit(f"{args[0]} exited {code}")
print(json.dumps(sorted(n for n in sys.modules if n.startswith(("ballotdesk.ui", "PySide6")))))
"""


def test_a_welsh_document_is_printed_without_the_interface(tmp_path: Path) -> None:
    (tmp_path / "m.csv").write_text("Membership number,First name,Surname\n1,Siân,ap Rhys\n2,Zoë,O'Brien\n",
                                    encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert "PySide6.QtCore" in loaded  # the Welsh catalogue is read with QtCore (ballotdesk.i18n_core)
    assert [n for n in loaded if n.startswith("ballotdesk.ui")] == []
    assert [n for n in loaded if n.startswith("PySide6.Qt") and n != "PySide6.QtCore"] == []
    document = pypdfium2.PdfDocument(tmp_path / "signin.pdf")
    text = document[0].get_textpage().get_text_range()
    document.close()
    assert "Taflen arwyddo" in text and "ap Rhys, Siân" in text
