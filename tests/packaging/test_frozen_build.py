"""The Linux one-folder PyInstaller build: its smoke test, every resource it loads, a Welsh document.

Building takes one to three minutes, so the bundle is built once for this module, and the module is
marked ``frozen``: the README's test command leaves it out (pyproject's addopts), and `.ci/run`
runs it in its own step after the main suite (``pytest -m frozen tests/packaging/test_frozen_build.py``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ballotdesk.store.meeting_store import SUFFIX

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.frozen, pytest.mark.slow]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The Linux one-folder build from packaging/ballotdesk.spec, made once for this module's checks."""
    base = tmp_path_factory.mktemp("frozen")
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    assert pyinstaller.exists(), "pyinstaller is a test dependency (pyproject [test] extra)"
    build = subprocess.run(
        [str(pyinstaller), "--noconfirm", "--distpath", str(base / "dist"), "--workpath", str(base / "build"),
         str(ROOT / "packaging" / "ballotdesk.spec")],
        capture_output=True, text=True, timeout=1200, check=False,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    shutil.rmtree(base / "build", ignore_errors=True)
    yield base / "dist" / "BallotDesk"


def test_pyinstaller_bundle_runs_the_smoke_test(bundle: Path, tmp_path: Path) -> None:
    exe = bundle / "ballotdesk"
    assert exe.exists()
    # Resources load from inside the bundle, not from the source tree.
    assert (bundle / "_internal" / "ballotdesk" / "resources" / "fonts" / "DejaVuSans.ttf").exists()
    smoke = subprocess.run([str(exe), "--smoke-test"], capture_output=True, text=True, timeout=300,
                           cwd=tmp_path, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                                              "HOME": str(tmp_path)}, check=False)
    assert smoke.returncode == 0, smoke.stderr
    assert "smoke test passed" in smoke.stdout
    # Only the Qt modules the app uses are bundled.
    bundled = {p.name.split(".")[0] for p in (bundle / "_internal" / "PySide6").glob("Qt*.so")}
    assert bundled <= {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport"}, bundled
    # reportlab's C accelerators come along (it would silently fall back to slower Python without them).
    assert list((bundle / "_internal").glob("_rl_accel*")), "the bundle lacks reportlab's _rl_accel"


def test_the_bundle_holds_every_resource_the_app_loads_and_no_translation_sources(bundle: Path) -> None:
    inside = bundle / "_internal" / "ballotdesk" / "resources"
    source = ROOT / "resources"
    wanted = {f.relative_to(source) for f in source.rglob("*") if f.is_file() and f.suffix != ".ts"}
    assert Path("fonts/DroidSansFallbackFull.ttf") in wanted and Path("guide/guide_cy.html") in wanted
    assert Path("translations/ballotdesk_cy.qm") in wanted and Path("icons/ballotdesk-256.png") in wanted
    bundled = {f.relative_to(inside) for f in inside.rglob("*") if f.is_file()}
    assert wanted <= bundled, sorted(map(str, wanted - bundled))
    assert not [f for f in bundled if f.suffix == ".ts"]


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
