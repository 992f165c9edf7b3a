"""The shipped .qm files are the .ts sources compiled: a merge that keeps one side's binary is caught here.

Git merges the .ts text line by line but cannot merge a .qm; after two branches both add Welsh, the
merged .ts may hold every translation while the .qm still lacks one side's, and the app quietly
speaks English there. Compiling again and comparing bytes says so before anyone in the hall sees it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
sys.path.insert(0, str(ROOT / "packaging"))
from update_translations import tool  # noqa: E402


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda p: p.name)
def test_each_qm_is_its_ts_compiled(ts: Path, tmp_path: Path) -> None:
    compiled = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(compiled)], check=True, timeout=60)
    shipped = ts.with_suffix(".qm")
    assert shipped.read_bytes() == compiled.read_bytes(), \
        f"{shipped.name} is not {ts.name} compiled: run packaging/update_translations.py --release"
