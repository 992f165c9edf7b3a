"""What a packager and a new user meet first: the README's commands and the desktop entry.

The README's walk-through is run command by command, so an option renamed or a step missing
(a second teller before the declaration) fails here rather than on a chair's laptop. The frozen
bundle is checked in test_frozen_build.py, and the wheel in test_wheel.py.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ballotdesk.__main__ import main
from ballotdesk.store.meeting_store import SUFFIX

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
FIRST_TWO = [
    "python3 -m venv .venv && .venv/bin/pip install -q -e . && .venv/bin/ballotdesk --demo",
    "python3 -m venv .venv && .venv/bin/pip install -q -e '.[test]' && .venv/bin/python -m pytest -q",
]
MEMBERS = "Membership number,First name,Surname,Joined,Status\n" \
          "10234,Ann,Smith,2010-01-01,Current\n10235,Jo,Smith,2011-01-01,Current\n10236,Al,Jones,2012-05-05,Current\n"


def test_the_readme_opens_with_the_two_commands() -> None:
    first_block = re.search(r"```sh\n(.*?)```", README, flags=re.DOTALL)
    assert first_block is not None
    assert first_block.group(1).splitlines() == FIRST_TWO


def _walkthrough() -> list[list[str]]:
    blocks = re.findall(r"```sh\n(.*?)```", README, flags=re.DOTALL)
    commands = [shlex.split(line, comments=True) for block in blocks for line in block.splitlines()
                if line.startswith("ballotdesk ")]
    assert len(commands) >= 15
    return [command[1:] for command in commands]


def test_the_readme_walkthrough_runs_from_first_command_to_signed_sheet(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BALLOTDESK_CHAIR_PIN", raising=False)
    (tmp_path / "members.csv").write_text(MEMBERS, encoding="utf-8")
    usb = tmp_path / "usb"
    usb.mkdir()
    for args in _walkthrough():
        args = [str(usb) if a == "/media/usb" else a for a in args]
        code = main(args)
        assert code == 0, f"ballotdesk {shlex.join(args)} failed: {capsys.readouterr().err}"
    out = capsys.readouterr().out
    assert "Declared: Jeremy Corbyn" in out and "Intact" in out
    for written in ("result.pdf", "papers.pdf", "signin.pdf", "attendance.csv"):
        assert (tmp_path / written).stat().st_size > 0, written
    assert list(usb.glob(f"*{SUFFIX}"))


def test_every_file_the_readmes_name_exists() -> None:
    text = README + (ROOT / "packaging" / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`((?:packaging|resources|benchmarks|ballotdesk|tests)/[\w./-]*)`", text))
    named |= set(re.findall(r"\.venv/bin/python ((?:packaging|benchmarks)/[\w./-]+\.py)", text))
    assert "benchmarks/run.py" in named and "packaging/linux/build.sh" in named
    missing = [n for n in sorted(named) if not (ROOT / n.replace("\\", "/")).exists()]
    assert not missing, missing


def _desktop_entry() -> dict[str, str]:
    lines = (ROOT / "packaging" / "linux" / "ballotdesk.desktop").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def test_the_desktop_entry_validates_and_its_file_type_is_defined() -> None:
    entry = _desktop_entry()
    assert entry["Exec"] == "ballotdesk %f" and entry["Icon"] == "ballotdesk"
    mime = ET.parse(ROOT / "packaging" / "linux" / "ballotdesk-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    types = {t.get("type"): t for t in mime.findall("m:mime-type", ns)}
    declared = [m for m in entry["MimeType"].split(";") if m]
    assert declared and all(m in types for m in declared), (declared, list(types))
    assert [g.get("pattern") for g in types[declared[0]].findall("m:glob", ns)] == [f"*{SUFFIX}"]
    build = (ROOT / "packaging" / "linux" / "build.sh").read_text(encoding="utf-8")
    assert "ballotdesk-mime.xml dist/BallotDesk/share/mime/packages/" in build
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    done = subprocess.run([validate, str(ROOT / "packaging" / "linux" / "ballotdesk.desktop")],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
