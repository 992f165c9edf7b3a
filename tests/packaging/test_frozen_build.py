"""The Linux one-folder build and its smoke test, as the issue asks them to run in the checks.

Building takes one to three minutes, so it runs once per test session, in a temporary folder.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_pyinstaller_bundle_runs_the_smoke_test(tmp_path):
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    assert pyinstaller.exists(), "pyinstaller is a test dependency (pyproject [test] extra)"
    build = subprocess.run(
        [str(pyinstaller), "--noconfirm", "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build"),
         str(ROOT / "packaging" / "ballotdesk.spec")],
        capture_output=True, text=True, timeout=1200,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    bundle = tmp_path / "dist" / "BallotDesk"
    exe = bundle / "ballotdesk"
    assert exe.exists()
    # Resources load from inside the bundle, not from the source tree.
    assert (bundle / "_internal" / "ballotdesk" / "resources" / "fonts" / "DejaVuSans.ttf").exists()
    smoke = subprocess.run([str(exe), "--smoke-test"], capture_output=True, text=True, timeout=300,
                           cwd=tmp_path, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                                              "HOME": str(tmp_path)})
    assert smoke.returncode == 0, smoke.stderr
    assert "smoke test passed" in smoke.stdout
    # Only the Qt modules the app uses are bundled.
    bundled = {p.name.split(".")[0] for p in (bundle / "_internal" / "PySide6").glob("Qt*.so")}
    assert bundled <= {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport"}, bundled
    # reportlab's C accelerators come along (it would silently fall back to slower Python without them).
    assert list((bundle / "_internal").glob("_rl_accel*")), "the bundle lacks reportlab's _rl_accel"
    shutil.rmtree(tmp_path / "build", ignore_errors=True)
