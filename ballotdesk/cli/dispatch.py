"""The entry of the headless commands: the parser built from the table, and one command run.

``ballotdesk.__main__`` calls :func:`run` once it knows the first word is a command (a name in
:data:`ballotdesk.cli.table.TABLE`). :func:`build_parser` makes one sub-parser per table entry,
in the table's order, and lets the entry's module declare its arguments and handler; so the
table is the only list of commands, and only this module imports the command modules (by name,
through the table). No command module imports this one.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from typing import Any, NoReturn

from ballotdesk.cli.base import CliError, install_document_languages
from ballotdesk.cli.help import describe
from ballotdesk.cli.streams import closed_pipe_safe_stdout, tolerant_streams
from ballotdesk.cli.table import BY_NAME, TABLE
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.roll_csv import CsvReadError
from ballotdesk.store.meeting_store import MeetingFileError

SQLITE_MAX_INTEGER = 2**63 - 1


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line on stderr; ``--help`` is unchanged.

    argparse prints the whole usage block before the error, which buries the one line that
    says what is wrong in a script's log. Sub-parsers are made with ``type(parent)``, so every
    command inherits this.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # "--pi 1234" must not be taken for "--pin": an abbreviation that matches today may match
        # another option tomorrow, and a script would then pass its PIN to the wrong one.
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        """Print ``PROG: MESSAGE`` and exit with status 2, as argparse does for usage errors."""
        self.exit(2, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, one sub-parser per entry of the table."""
    parser = OneLineParser(prog="ballotdesk", description="Run in-person meeting ballots.")
    sub = parser.add_subparsers(dest="command", required=True)
    for command in TABLE:
        command.build()(sub.add_parser(command.name, help=command.help))
    describe(parser)
    return parser


def check_ballot_id(args: argparse.Namespace) -> str | None:
    """Why the BALLOT argument (already an int) cannot be a ballot's number, or None if it can be.

    argparse's ``int`` takes ``10**30``, which SQLite cannot hold (an OverflowError traceback),
    and ``-5``; both are mistyped arguments, refused as ``one`` is, with exit status 2.
    """
    value = getattr(args, "ballot", None)
    if isinstance(value, int) and not 1 <= value <= SQLITE_MAX_INTEGER:
        return f"argument ballot: '{value}' is not a ballot number (a whole number of 1 or more, as " \
               "'ballotdesk ballot add' printed)"
    return None


def _prog(args: argparse.Namespace) -> str:
    """The command as typed, for messages: ``ballotdesk roll import``, ``ballotdesk register``."""
    words = ["ballotdesk", args.command]
    subcommand = getattr(args, f"{args.command}_command", None)  # roll_command, box_command, ballot_command
    if subcommand:
        words.append(subcommand)
    return " ".join(words)


def run(argv: list[str]) -> int:
    """Run one command with a stdout that a closed pipe cannot interrupt (see ``closed_pipe_safe_stdout``)."""
    tolerant_streams()
    previous = closed_pipe_safe_stdout()
    try:
        with warnings.catch_warnings():
            # A command promises one clear line on stderr: a library's warning (pyHanko importing
            # DSA support raises cryptography's deprecation warning at every `sheet` and `verify`)
            # is not the user's business. `python -W ...` (a developer asking) still shows them.
            if not sys.warnoptions:
                warnings.simplefilter("ignore")
            return _run(argv)
    finally:
        sys.stdout.flush()  # what is still buffered meets a closed pipe here, not at exit
        sys.stdout = previous


def _run(argv: list[str]) -> int:
    """Run one command; never lets a traceback reach the user for expected failures."""
    parser = build_parser()
    # "OPTION=N" figures may follow the options of `count`; argparse leaves them over.
    args, extra = parser.parse_known_args(argv)
    if extra:
        # After "--" every word is a figure, so an option named "-1 Group" can be counted
        # ("-1 Group=4" alone reads as an unknown option); argparse leaves the "--" in `extra`.
        cut = extra.index("--") if "--" in extra else len(extra)
        before, after = extra[:cut], extra[cut + 1:]
        if args.command != "count" or any(item.startswith("-") for item in before):
            figure = args.command == "count" and any("=" in item and not item.startswith("--") for item in before)
            hint = "; put figures for an option whose name starts with '-' after '--'" if figure else ""
            parser.exit(2, f"{_prog(args)}: unrecognized arguments: {' '.join(extra)}{hint} "
                           f"(see '{_prog(args)} --help')\n")
        args.votes = [*args.votes, *before, *after]
    wrong_ballot = check_ballot_id(args)
    if wrong_ballot:
        parser.exit(2, f"{_prog(args)}: {wrong_ballot} (see '{_prog(args)} --help')\n")
    try:
        if BY_NAME[args.command].documents or (args.command == "attendance" and args.csv):
            install_document_languages()
        return int(args.handler(args))
    except (DomainError, MeetingFileError, CsvReadError, CliError, ValueError) as error:
        print(f"{_prog(args)}: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{_prog(args)}: interrupted; nothing was half-written.", file=sys.stderr)
        return 130
