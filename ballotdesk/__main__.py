"""``python -m ballotdesk`` / ``ballotdesk``: a headless command, or the GUI."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """Dispatch: a known command runs headless; anything else starts the desktop app."""
    args = sys.argv[1:] if argv is None else argv
    from ballotdesk.cli.streams import closed_pipe_safe_stdout, tolerant_streams
    from ballotdesk.cli.table import COMMANDS

    tolerant_streams()
    if args in (["--help"], ["-h"]):
        # The GUI's parser would list only its own options; a script writer needs the commands.
        closed_pipe_safe_stdout()  # `ballotdesk --help | head -1` must not end in a traceback
        print(usage(COMMANDS))
        sys.stdout.flush()
        return 0
    if args and args[0] in COMMANDS:
        from ballotdesk.cli.dispatch import run

        return run(args)
    if "--smoke-test" in args:
        from ballotdesk.smoke import run_smoke_test

        return run_smoke_test()
    if args and not _could_be_meeting(args[0]):
        # Otherwise a typo starts Qt, which aborts with a page of plugin errors without a display.
        from difflib import get_close_matches

        guess = get_close_matches(args[0], COMMANDS, n=1)
        hint = f"; did you mean '{guess[0]}'?" if guess else "; see 'ballotdesk --help'"
        print(f"ballotdesk: '{args[0]}' is neither a command (new, roll, register, ...) nor a meeting file{hint}",
              file=sys.stderr)
        return 2
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


def _could_be_meeting(arg: str) -> bool:
    """An option, a ``.ballotdesk`` name (the GUI explains a missing one) or an existing file."""
    return arg.startswith("-") or Path(arg).suffix == ".ballotdesk" or (bool(arg.strip()) and Path(arg).exists())


def usage(commands: tuple[str, ...]) -> str:
    """``ballotdesk --help``: the desktop forms and the headless commands (the table's names), without loading Qt."""
    listed = textwrap.fill(", ".join(commands), width=78, initial_indent="  ", subsequent_indent="  ")
    return (
        "usage: ballotdesk                 start the desktop app\n"
        "       ballotdesk FILE            open a meeting file (.ballotdesk) in the desktop app\n"
        "       ballotdesk --demo          open a freshly built demo meeting in the desktop app\n"
        "       ballotdesk COMMAND ...     run a headless command\n"
        "\n"
        "Run in-person meeting ballots.\n"
        "\n"
        f"commands:\n{listed}\n"
        "\n"
        "'ballotdesk COMMAND --help' describes a command and its options."
    )


if __name__ == "__main__":
    sys.exit(main())
