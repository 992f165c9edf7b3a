"""The wheel: it builds as `uv build` builds it (sdist, then the wheel from the sdist), holds every
resource the app loads exactly once inside the package, installs into a fresh environment and passes
`ballotdesk --smoke-test` run from a folder outside the source tree.

The fresh environment gets the wheel itself with ``--no-deps`` and borrows the already-installed
dependencies (PySide6 and the rest) through a ``.pth`` line, so this stays a few seconds; CI
(`.ci/run`) installs the same wheel with its dependencies from the index as a user would.
"""

from __future__ import annotations

import collections
import site
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel `python -m build` makes from the sdist, built once for this module."""
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
                          capture_output=True, text=True, timeout=170, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    wheels = list(out.glob("ballotdesk-*.whl"))
    assert len(wheels) == 1, sorted(p.name for p in out.iterdir())
    assert list(out.glob("ballotdesk-*.tar.gz")), "no sdist beside the wheel"
    return wheels[0]


def _shipped_resources() -> set[str]:
    """Every file under resources/ the app loads at run time (the .ts sources are for translators)."""
    source = ROOT / "resources"
    return {f.relative_to(source).as_posix() for f in source.rglob("*") if f.is_file() and f.suffix != ".ts"}


def test_the_wheel_holds_each_resource_once_inside_the_package(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        record = archive.read("ballotdesk-0.1.0.dist-info/RECORD").decode("utf-8")
    repeated = [name for name, n in collections.Counter(names).items() if n > 1]
    assert not repeated, repeated
    prefix = PurePosixPath("ballotdesk", "resources")
    inside = {str(PurePosixPath(n).relative_to(prefix)) for n in names if PurePosixPath(n).is_relative_to(prefix)}
    wanted = _shipped_resources()
    assert {"fonts/DejaVuSans.ttf", "translations/ballotdesk_cy.qm", "guide/guide_cy.html"} <= wanted
    assert inside == wanted, (sorted(wanted - inside), sorted(inside - wanted))
    # Nothing else lands at the top of site-packages (no stray resources/ folder).
    assert {n.split("/")[0] for n in names} == {"ballotdesk", "ballotdesk-0.1.0.dist-info"}
    assert len(record.splitlines()) == len(names)


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh venv holding only the wheel; the dependencies come from this interpreter's site-packages."""
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    done = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
                           "--no-index", str(wheel)], capture_output=True, text=True, timeout=170, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                             capture_output=True, text=True, check=True).stdout.strip()
    # Appended after the venv's own site-packages, so the installed ballotdesk wins over any editable one.
    (Path(purelib) / "zz_borrowed_dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    yield venv


def _clean_env(home: Path) -> dict[str, str]:
    """No PYTHONPATH, no source tree on the path: only what the fresh venv holds."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}


def test_the_installed_wheel_reads_its_resources_from_the_package(installed: Path, tmp_path: Path) -> None:
    probe = ("import ballotdesk, ballotdesk.res as r; print(ballotdesk.__file__); print(r.resources_root()); "
             "print(r.resource('fonts', 'DejaVuSans.ttf').is_file())")
    done = subprocess.run([str(installed / "bin" / "python"), "-c", probe], cwd=tmp_path, env=_clean_env(tmp_path),
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    package, root, font = done.stdout.splitlines()
    assert Path(package).is_relative_to(installed) and not Path(package).is_relative_to(ROOT)
    assert Path(root) == Path(package).parent / "resources"
    assert font == "True"


def test_the_installed_wheel_passes_the_smoke_test_outside_the_source_tree(installed: Path, tmp_path: Path) -> None:
    assert not tmp_path.is_relative_to(ROOT)
    done = subprocess.run([str(installed / "bin" / "ballotdesk"), "--smoke-test"], cwd=tmp_path,
                          env=_clean_env(tmp_path), capture_output=True, text=True, timeout=170, check=False)
    assert done.returncode == 0, done.stderr
    assert "smoke test passed" in done.stdout
