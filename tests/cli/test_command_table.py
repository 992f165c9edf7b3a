"""The table of commands (ballotdesk.cli.table) is the only list of them: the parser, dispatch and --help read it.

Before the table, ``ballotdesk/commands.py`` listed the names for ``__main__`` and ``build_parser``
listed them again, and a test kept the two equal. Now the parser is built from the table, so these
tests check that what the table declares is what a user meets, and that reading it stays cheap.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

import pytest

from ballotdesk.__main__ import main
from ballotdesk.cli.dispatch import build_parser
from ballotdesk.cli.table import BY_NAME, COMMANDS, TABLE


def commands_action(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def test_the_parser_has_the_tables_commands_in_its_order_with_their_help():
    action = commands_action(build_parser())
    assert list(action.choices) == list(COMMANDS)
    assert [(c.dest, c.help) for c in action._choices_actions] == [(c.name, c.help) for c in TABLE]
    assert len(set(COMMANDS)) == len(COMMANDS) == len(BY_NAME)


def test_every_command_of_the_table_has_a_handler_for_each_of_its_forms():
    """A command either runs a handler itself or offers subcommands that each do."""
    def leaves(parser: argparse.ArgumentParser, path: str) -> list[tuple[str, argparse.ArgumentParser]]:
        groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not groups:
            return [(path, parser)]
        return [leaf for name, child in groups[0].choices.items() for leaf in leaves(child, f"{path} {name}")]

    for name, parser in commands_action(build_parser()).choices.items():
        for path, leaf in leaves(parser, name):
            assert callable(leaf.get_default("handler")), path


@pytest.mark.parametrize("name", COMMANDS)
def test_each_command_of_the_table_is_dispatched(name, capsys):
    """``ballotdesk NAME --help`` goes through __main__'s check and the dispatcher to the command's own parser."""
    with pytest.raises(SystemExit, match=r"^0$"):
        main([name, "--help"])
    out = capsys.readouterr().out
    assert out.startswith(f"usage: ballotdesk {name} ")
    assert BY_NAME[name].help not in ("", None)


def test_top_level_help_lists_exactly_the_table(capsys):
    assert main(["--help"]) == 0
    listed = capsys.readouterr().out.split("commands:\n", 1)[1].split("\n\n", 1)[0]
    assert [word.strip() for word in listed.split(",")] == list(COMMANDS)


def test_reading_the_table_loads_no_command_and_no_argparse():
    """What ``ballotdesk FILE`` imports to tell a command from a file (see ballotdesk.__main__.main)."""
    code = ("import json, sys\nfrom ballotdesk.cli import streams, table\n"
            "print(json.dumps([sorted(n for n in sys.modules if n.startswith('ballotdesk')), 'argparse' in sys.modules]))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(done.stdout) == [["ballotdesk", "ballotdesk.cli", "ballotdesk.cli.streams",
                                        "ballotdesk.cli.table"], False]
