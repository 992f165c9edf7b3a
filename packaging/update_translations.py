"""Re-extract the interface strings and recompile the translations (a developer tool, not run by the app).

Run from the repository root after changing any text in ``ballotdesk/ui``, ``ballotdesk/domain``,
``ballotdesk/services`` or ``ballotdesk/reports``::

    .venv/bin/python packaging/update_translations.py            # lupdate, then lrelease
    .venv/bin/python packaging/update_translations.py --release  # lrelease only (after translating)

1. ``pyside6-lupdate`` scans every ``ballotdesk/ui/**/*.py`` for ``self.tr()``,
   ``QCoreApplication.translate()`` and ``QT_TRANSLATE_NOOP()``, and ``ballotdesk/domain``,
   ``ballotdesk/services``, ``ballotdesk/store`` and ``ballotdesk/reports`` for ``translate(context, text)``
   (``ballotdesk.domain.words``, Qt-free, which the GUI routes to Qt's translators) and ``QT_TRANSLATE_NOOP()``,
   and merges new or changed strings
   into ``resources/translations/ballotdesk_<lang>.ts`` (new ones are marked ``unfinished``;
   strings that disappeared are dropped with ``-no-obsolete``).
2. Translate the unfinished messages (Qt Linguist, ``pyside6-linguist``, or any XML editor), then
   remove ``type="unfinished"``. ``tests/gui/test_i18n.py`` fails while any message is unfinished.
3. ``pyside6-lrelease`` compiles each ``.ts`` (ours and ``qtbase_cy.ts``, the Qt strings that
   PySide6 ships no Welsh for) into the ``.qm`` the app loads. Commit both the ``.ts`` and ``.qm``:
   the app needs only the ``.qm`` at run time, never Qt's tools.

The tools come with PySide6 (``.venv/bin/pyside6-lupdate``); if they are missing from the
``bin`` folder, the binaries inside the installed ``PySide6`` package are used.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("cy",)


def tool(name: str) -> str:
    """``pyside6-<name>`` beside this Python, on PATH, or the binary inside the PySide6 package."""
    for candidate in (Path(sys.executable).parent / f"pyside6-{name}", shutil.which(f"pyside6-{name}")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    import PySide6

    packaged = Path(PySide6.__file__).parent / name
    if packaged.exists():
        return str(packaged)
    raise SystemExit(f"pyside6-{name} not found: install PySide6 (or PySide6-Essentials) into this venv")


SOURCE_DIRS = ("ui", "domain", "services", "store", "reports")
"""Packages whose shown or printed text is translated (domain/, services/, store/ and reports/ through
``ballotdesk.domain.words``)."""


def sources() -> list[str]:
    """Every module with shown text, relative to the root (so the .ts records stable paths)."""
    return sorted(str(p.relative_to(ROOT)) for d in SOURCE_DIRS for p in (ROOT / "ballotdesk" / d).rglob("*.py"))


def lupdate() -> None:
    """Merge the current strings into each ``ballotdesk_<lang>.ts``."""
    for code in LANGUAGES:
        ts = TRANSLATIONS / f"ballotdesk_{code}.ts"
        subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "relative", *sources(),
                        "-target-language", f"{code}_GB", "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)


def lrelease() -> None:
    """Compile every ``.ts`` under ``resources/translations`` to ``.qm``."""
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    """Run lupdate (unless ``--release``) and lrelease."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile the .ts files to .qm")
    args = parser.parse_args(argv)
    if not args.release:
        lupdate()
    lrelease()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
