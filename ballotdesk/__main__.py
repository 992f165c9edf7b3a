"""``python -m ballotdesk`` / ``ballotdesk``: a headless command, or the GUI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Dispatch: a known command runs headless; anything else starts the desktop app."""
    args = sys.argv[1:] if argv is None else argv
    from ballotdesk import cli

    if args and args[0] in cli.COMMANDS:
        return cli.run(args)
    if "--smoke-test" in args:
        from ballotdesk.smoke import run_smoke_test

        return run_smoke_test()
    load_core()
    from ballotdesk.ui.app import run_gui

    return run_gui(args)


def load_core() -> None:
    """Import the Qt-free core (services, store, sqlite-utils) before PySide6.

    Once PySide6 is loaded, it reads the source of every module imported after it, looking for
    ``from __feature__ import``; the core's hundred-odd modules (ours, sqlite-utils', the
    standard library's) would cost start-up about a tenth of a second for nothing.
    """
    import ballotdesk.services.meeting  # noqa: F401


if __name__ == "__main__":
    sys.exit(main())
