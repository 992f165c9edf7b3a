import subprocess
import sys


def test_domain_store_services_never_import_qt():
    code = (
        "import sys, pkgutil, importlib, ballotdesk.domain, ballotdesk.services, ballotdesk.store\n"
        "for pkg in (ballotdesk.domain, ballotdesk.services, ballotdesk.store):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(pkg.__name__ + '.' + m.name)\n"
        "import ballotdesk.cli\n"
        "print(sorted(n for n in sys.modules if n.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
