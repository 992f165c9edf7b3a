import subprocess
import sys


def test_domain_store_services_never_import_qt():
    code = (
        "import sys, pkgutil, importlib, ballotdesk.domain, ballotdesk.services, ballotdesk.store\n"
        "for pkg in (ballotdesk.domain, ballotdesk.services, ballotdesk.store):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(pkg.__name__ + '.' + m.name)\n"
        "import ballotdesk.cli.dispatch\n"
        "ballotdesk.cli.dispatch.build_parser()\n"  # every command module, as the table names them
        "print(sorted(n for n in sys.modules if n.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_interface_goes_through_services_never_the_store():
    """The UI calls services (the design's one-way flow); only the store's constants and errors are imported."""
    import ast
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "ballotdesk" / "ui"
    reaching = sorted(
        f"{path.relative_to(ui)}:{node.lineno}"
        for path in ui.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr == "store"
    )
    assert reaching == []
