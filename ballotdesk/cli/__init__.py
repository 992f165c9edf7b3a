"""The headless commands (``ballotdesk COMMAND ...``): parse, call a service, print. Same services as the GUI.

Each command exits 0 on success and 1 with one clear line on stderr otherwise (2 for usage,
also one line: scripts log stderr, and a usage block would bury the reason).

This package imports nothing on purpose: ``ballotdesk FILE`` imports :mod:`ballotdesk.cli.table`
to tell a command from a file, and must not pay for argparse or any command module to do so.
Its modules, from the top:

- :mod:`~ballotdesk.cli.dispatch`: builds the parser from the table and runs one command;
- the command modules, one per topic, independent of each other (``meeting``, ``desk``, ``host``,
  ``ballots``, ``counting``, ``documents``, ``integrity``, ``signing``, ``stv``, ``ranked``);
- :mod:`~ballotdesk.cli.base`: what the command modules share (opening the meeting, ``emit``, argument types);
- :mod:`~ballotdesk.cli.table` (the one list of commands), :mod:`~ballotdesk.cli.streams` and
  :mod:`~ballotdesk.cli.help` (the words of ``--help``), which import none of the others.

The ``layers`` contract in pyproject.toml keeps that order.
"""
