"""Every command's --help describes every argument: a walk over the parser finds none without help text."""

from __future__ import annotations

import argparse

from ballotdesk.cli.dispatch import build_parser


def parsers(parser: argparse.ArgumentParser, path: str = "ballotdesk"):
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from parsers(child, f"{path} {name}")


def test_no_argument_lacks_help_text():
    missing = []
    for path, parser in parsers(build_parser()):
        for action in parser._actions:
            if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction, argparse._VersionAction)):
                continue
            if not (action.help or "").strip() or action.help == argparse.SUPPRESS:
                missing.append(f"{path}: {'/'.join(action.option_strings) or action.dest}")
    assert missing == [], "\n".join(missing)


def test_the_help_walk_sees_every_command():
    seen = {path for path, _ in parsers(build_parser())}
    assert {"ballotdesk count", "ballotdesk ballot open", "ballotdesk box add", "ballotdesk teller add",
            "ballotdesk verify", "ballotdesk sheet"} <= seen
