"""What a packager and a new user meet first: the README's commands, the desktop entry, the frozen bundle.

The README's walk-through is run command by command, so an option renamed or a step missing
(a second teller before the declaration) fails here rather than on a chair's laptop. The frozen
bundle is built once and checked for every resource the app loads at run time, and that it
prints a Welsh document with the fallback font for a name DejaVu Sans cannot draw.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
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


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The Linux one-folder build, made once for this module's checks."""
    base = tmp_path_factory.mktemp("frozen")
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    build = subprocess.run(
        [str(pyinstaller), "--noconfirm", "--distpath", str(base / "dist"), "--workpath", str(base / "build"),
         str(ROOT / "packaging" / "ballotdesk.spec")],
        capture_output=True, text=True, timeout=1200, check=False,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    shutil.rmtree(base / "build", ignore_errors=True)
    yield base / "dist" / "BallotDesk"


@pytest.mark.slow
def test_the_bundle_holds_every_resource_the_app_loads_and_no_translation_sources(bundle: Path) -> None:
    inside = bundle / "_internal" / "ballotdesk" / "resources"
    source = ROOT / "resources"
    wanted = {f.relative_to(source) for f in source.rglob("*") if f.is_file() and f.suffix != ".ts"}
    assert Path("fonts/DroidSansFallbackFull.ttf") in wanted and Path("guide/guide_cy.html") in wanted
    assert Path("translations/ballotdesk_cy.qm") in wanted and Path("icons/ballotdesk-256.png") in wanted
    assert Path("web/desk.html") in wanted and Path("web/app.js") in wanted  # the pages a hosted meeting serves
    bundled = {f.relative_to(inside) for f in inside.rglob("*") if f.is_file()}
    assert wanted <= bundled, sorted(map(str, wanted - bundled))
    assert not [f for f in bundled if f.suffix == ".ts"]


@pytest.mark.slow
def test_the_frozen_app_prints_welsh_with_the_fallback_font(bundle: Path, tmp_path: Path) -> None:
    """A Welsh sign-in sheet with a Chinese name, printed by the frozen app exactly as from the source tree."""
    import pypdfium2

    (tmp_path / "m.csv").write_text("Membership number,First name,Surname\n1,小明,王\n2,Siân,ap Rhys\n",
                                    encoding="utf-8")
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "BALLOTDESK_DATA_DIR": str(tmp_path / "data"), "BALLOTDESK_CONFIG_DIR": str(tmp_path / "config")}

    def sheet(program: list[str], name: str) -> tuple[str, bytes]:
        meeting = f"{name}{SUFFIX}"
        for args in (["new", meeting, "--title", "Cyfarfod", "--date", "2026-01-01", "--language", "cy"],
                     ["roll", "import", meeting, "m.csv"], ["register", meeting, "1", "2"],
                     ["register-sheet", meeting, "-o", f"{name}.pdf"]):
            done = subprocess.run([*program, *args], cwd=tmp_path, env=env, capture_output=True, text=True,
                                  timeout=300, check=False)
            assert done.returncode == 0, (args, done.stderr)
        data = (tmp_path / f"{name}.pdf").read_bytes()
        document = pypdfium2.PdfDocument(data)
        text = document[0].get_textpage().get_text_range()
        document.close()
        return text, data

    frozen_text, frozen_pdf = sheet([str(bundle / "ballotdesk")], "frozen")
    source_text, _ = sheet([sys.executable, "-m", "ballotdesk"], "source")
    assert "王, 小明" in frozen_text and "Taflen arwyddo" in frozen_text
    assert frozen_text == source_text
    assert b"DroidSansFallback" in frozen_pdf
