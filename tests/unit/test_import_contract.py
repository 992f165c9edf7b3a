"""The import contract (pyproject's [tool.importlinter], checked by `lint-imports` in CI).

domain imports nothing of ours; store only domain; services no Qt and no ui; reports no store;
ui never store; the headless commands never ui, and their package is layered (the entry, then the
command modules, which never import each other, then what they share). The first test checks BallotDesk itself; the
second plants one violation per contract in a small stand-in package laid out like ours, so a
contract that has stopped biting (a renamed module, a wildcard that no longer matches) fails too.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
CONTRACTS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]


def _lint(cwd: Path, pythonpath: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(pythonpath)} if pythonpath else dict(os.environ)
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=120, check=False)


def test_ballotdesk_keeps_every_contract() -> None:
    assert len(CONTRACTS) == 7
    done = _lint(ROOT)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert f"Contracts: {len(CONTRACTS)} kept, 0 broken." in done.stdout


def test_the_command_contracts_cover_every_command_module() -> None:
    """The headless commands are the ballotdesk.cli package, and nothing beside it; each of its modules has a layer."""
    (commands,) = [c for c in CONTRACTS if c["name"] == "the headless commands never import the interface"]
    assert commands["source_modules"] == ["ballotdesk.cli"]
    package = ROOT / "ballotdesk"
    beside = sorted(p.name for p in package.iterdir() if p.name.startswith("cli") and p.name != "cli")
    assert beside == [] and not (package / "commands.py").exists(), beside  # a command module outside the package
    (layers,) = [c for c in CONTRACTS if c["type"] == "layers"]
    assert layers["containers"] == ["ballotdesk.cli"] and layers["exhaustive"]
    named = {name.strip() for layer in layers["layers"] for name in layer.split("|")}
    assert named == {p.stem for p in (package / "cli").glob("*.py")} - {"__init__"}


# One module per layer, each with the one import its contract forbids (and nothing else wrong).
STAND_IN = {
    "__init__.py": "",
    "paths.py": "",
    "i18n_core.py": "",
    "domain/__init__.py": "",
    "domain/rules.py": "from ballotdesk import paths\n",
    "store/__init__.py": "",
    "store/db.py": "from ballotdesk.domain import rules\nfrom ballotdesk.reports import sheet\n",
    "store/keys.py": "from ballotdesk import paths\n",  # allowed: where our own files go
    "services/__init__.py": "",
    "services/use.py": "from ballotdesk.domain import rules\nimport PySide6.QtCore\n",
    "reports/__init__.py": "",
    "reports/sheet.py": "import ballotdesk.store.db\n",
    "ui/__init__.py": "",
    "ui/page.py": "from ballotdesk.services import use\nfrom ballotdesk.store import db\n",
    "cli/__init__.py": "",
    "cli/dispatch.py": "from ballotdesk.cli import base, table\n",  # allowed: the entry builds on everything below
    "cli/desk.py": "from ballotdesk.cli import base\nfrom ballotdesk.ui import page\n",
    "cli/ranked.py": "from ballotdesk.cli import ballots\n",  # a command module importing another
    "cli/base.py": "from ballotdesk.cli import streams\nfrom ballotdesk.cli import dispatch\n",  # the shared one, the entry
    **{f"cli/{name}.py": "" for name in ("meeting", "host", "ballots", "counting", "documents", "integrity", "signing",
                                         "stv", "table", "streams", "help")},
}


def test_each_contract_catches_the_import_it_forbids(tmp_path: Path) -> None:
    for name, text in STAND_IN.items():
        path = tmp_path / "src" / "ballotdesk" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text(encoding="utf-8"), encoding="utf-8")
    done = _lint(tmp_path, pythonpath=tmp_path / "src")
    assert done.returncode == 1, done.stdout[-4000:] + done.stderr[-2000:]
    for contract in CONTRACTS:
        assert f"{contract['name']} BROKEN" in done.stdout, contract["name"]
    assert f"Contracts: 0 kept, {len(CONTRACTS)} broken." in done.stdout
    # Each is broken by the planted import, named with its line.
    for planted in ("ballotdesk.domain.rules -> ballotdesk.paths (l.1)",
                    "ballotdesk.store.db -> ballotdesk.reports.sheet (l.2)",
                    "ballotdesk.services.use -> PySide6 (l.2)",
                    "ballotdesk.reports.sheet -> ballotdesk.store.db (l.1)",
                    "ballotdesk.ui.page -> ballotdesk.store.db (l.2)",
                    "ballotdesk.cli.desk -> ballotdesk.ui.page (l.2)",
                    "ballotdesk.cli.ranked -> ballotdesk.cli.ballots (l.1)",
                    "ballotdesk.cli.base -> ballotdesk.cli.dispatch (l.2)"):
        assert planted in done.stdout, planted
