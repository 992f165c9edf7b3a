"""The one declared table of BallotDesk's headless commands: name, one-line help, and where it is built.

``ballotdesk --help`` lists these names, ``ballotdesk X`` runs X headless only if X is one of them,
and :func:`ballotdesk.cli.dispatch.build_parser` makes one sub-parser per entry, in this order, by
calling the entry's builder. Nothing else lists the commands.

It is a module of its own, importing nothing, because ``ballotdesk FILE`` reads it before
deciding to start the GUI: loading argparse and the command modules just to tell a command from a
file would slow every start. Each command's module is imported only when a parser is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable


class Command:
    """One headless command (``ballotdesk NAME ...``), as the table declares it.

    A plain class with slots: a NamedTuple costs ~2 ms more to import, and a dataclass ~15 ms
    (``dataclasses`` and ``inspect``), which every ``ballotdesk FILE`` would pay.
    """

    __slots__ = ("builder", "documents", "help", "module", "name")

    def __init__(self, name: str, help: str, module: str, builder: str, *, documents: bool = False) -> None:
        self.name = name
        self.help = help
        """The line argparse shows for it among the commands."""
        self.module = module
        """The module of :mod:`ballotdesk.cli` that declares its arguments and handler."""
        self.builder = builder
        """The function there that fills in the command's (empty) sub-parser, declaring its handler."""
        self.documents = documents
        """It prints documents, in the meeting's language (the services' words are installed first)."""

    def __repr__(self) -> str:
        return f"Command({self.name!r}, {self.module}.{self.builder})"

    def build(self) -> Callable[[argparse.ArgumentParser], None]:
        """The builder itself, importing its module now."""
        from importlib import import_module

        builder: Callable[[argparse.ArgumentParser], None] = getattr(
            import_module(f"ballotdesk.cli.{self.module}"), self.builder)
        return builder


TABLE: tuple[Command, ...] = (
    Command("new", "create a meeting file", "meeting", "add_new"),
    Command("pin", "set or change the chair's PIN", "meeting", "add_pin"),
    Command("roll", "the membership roll", "meeting", "add_roll"),
    Command("register", "register members at the door", "desk", "add_register"),
    Command("attendance", "attendance figures, or the register as CSV", "desk", "add_attendance"),
    Command("box", "ballot boxes", "ballots", "add_box"),
    Command("ballot", "ballots", "ballots", "add_ballot"),
    Command("issue", "issue papers to registered members", "ballots", "add_issue"),
    Command("spoil", "cancel a spoilt paper and issue a replacement", "ballots", "add_spoil"),
    Command("withdraw", "withdraw a paper issued by mistake", "ballots", "add_withdraw"),
    Command("count", "enter one teller's count of one box", "counting", "add_count"),
    Command("result", "the combined result", "counting", "add_result"),
    Command("declare", "chair: declare the result", "counting", "add_declare"),
    Command("sheet", "the signed result sheet of a declared ballot (PDF)", "documents", "add_sheet", documents=True),
    Command("papers", "numbered ballot papers for a box (PDF)", "documents", "add_papers", documents=True),
    Command("register-sheet", "a blank sign-in sheet of the roll (PDF)", "documents", "add_register_sheet",
            documents=True),
    Command("verify", "check a meeting's audit chain, or a signed result sheet (PDF)", "integrity", "add_verify"),
    Command("take-over", "continue on this computer a meeting written on another one (logged)", "integrity",
            "add_take_over"),
    Command("lot", "settle an equality of votes by lot", "counting", "add_lot"),
    Command("resolve", "chair: order a recount of a box, or accept one entry", "counting", "add_resolve"),
    Command("explain", "chair: explain papers not returned from a box", "counting", "add_explain"),
    Command("guest", "register a guest, or a provisional attendee not on the roll", "desk", "add_guest"),
    Command("backup", "write a checked copy of the meeting into a folder (e.g. a USB stick)", "integrity",
            "add_backup"),
    Command("restore", "check a backup and restore it as a meeting file", "integrity", "add_restore"),
    Command("purge", "chair: remove names, emails and postcodes after the meeting", "integrity", "add_purge"),
    Command("stv", "count a .blt ballot file by preferential rules, with no meeting", "stv", "add_stv"),
    Command("ca", "an organisation's signing authority", "signing", "add_ca"),
    Command("cert", "the certificate this installation signs sheets with", "signing", "add_cert"),
    Command("host", "host the meeting for other devices on the network (desks, tellers)", "host", "add_host"),
    Command("teller", "tellers and their codes", "counting", "add_teller"),
    Command("ranked", "preferential ballots: papers keyed in batches, .blt import and export", "ranked", "add_ranked"),
)
"""Every command, in the order ``ballotdesk --help`` lists them (and a mistyped name is matched against)."""

COMMANDS: tuple[str, ...] = tuple(command.name for command in TABLE)
"""The commands' names: what ``ballotdesk`` must know before deciding to start the GUI."""

BY_NAME: dict[str, Command] = {command.name: command for command in TABLE}
