"""The words ``ballotdesk COMMAND --help`` gives each argument that is not described where it is declared.

The same arguments come back in command after command (the meeting file, the ballot's number,
``--json``), so they are described once here, by name, with the few that mean something different
in one command described for that command. :func:`describe` fills them in after the parser is
built; a test walks the parser and fails on any argument still without words.
"""

from __future__ import annotations

import argparse

COMMON: dict[str, str] = {
    "file": "the meeting file (.ballotdesk)",
    "ballot": "the ballot's number (as 'ballot add' printed it; 'result' and the Ballots page show it)",
    "json": "print the outcome as JSON on stdout, for scripts",
    "box": "the ballot box, by name, e.g. \"Main hall\" or \"Overflow (outside)\"",
    "output": "where to write the PDF",
    "number": "the member's membership number",
    "numbers": "one or more membership numbers",
    "serial": "the serial number printed on the (new) paper, if papers are numbered",
    "reason": "the reason, recorded in the audit log (required)",
    "note": "a note kept with the record",
    "teller": "the teller's name, as the chair named them",
    "chair": "the chair's name, printed on the result sheet",
}
"""Arguments that mean the same in every command, by their ``dest``."""

BY_COMMAND: dict[tuple[str, str], str] = {
    ("new", "file"): "the meeting file to create (.ballotdesk is added if missing)",
    ("new", "title"): "the meeting's title, printed on every document",
    ("new", "date"): "the meeting's date: 2026-11-28, 28/11/2026 or 28 Nov 2026",
    ("new", "venue"): "where the meeting is held, printed on the documents",
    ("new", "organisation"): "the organisation holding the meeting, printed on the documents",
    ("roll import", "csv"): "the membership export to import (CSV; UTF-8, UTF-16 or Windows-1252)",
    ("roll search", "query"): "a name, part of a name, a membership number or a postcode",
    ("guest", "name"): "the guest's (or provisional attendee's) name",
    ("guest", "provisional"): "someone not on the roll who says they are a member: may vote once the chair approves",
    ("guest", "reason"): "why a provisional attendee should be on the roll (required with --provisional)",
    ("guest", "note"): "a note on the guest, e.g. press or visitor",
    ("attendance", "csv"): "write the attendance register to this CSV file (Excel-safe)",
    ("box add", "name"): "the new box's name, e.g. \"Overflow (outside)\"",
    ("ballot add", "title"): "the ballot's short title, shown on lists and the result sheet",
    ("ballot add", "question"): "the motion's wording or the office being filled",
    ("ballot add", "option"): "a candidate (repeat for each, in the order printed on the paper)",
    ("ballot add", "abstain"): "whether the paper offers an abstention box (default: it does)",
    ("ballot add", "seats"): "places to fill; each voter may mark up to this many candidates (default 1)",
    ("ballot add", "rule"): "how many votes are needed (default: absolute for a motion, plurality for an election)",
    ("ballot add", "base"): "what the rule's fraction is measured against (default: votes cast)",
    ("issue", "box"): "the box the papers go into (default: Main hall)",
    ("issue", "serial"): "the serial number printed on the paper (one member at a time)",
    ("count", "votes"): "each option's votes as OPTION=N; every option must be given, 0 included",
    ("count", "box"): "the box this count is for",
    ("count", "papers"): "papers found in the box",
    ("count", "abstain"): "abstentions and blank papers (default 0)",
    ("count", "rejected"): "rejected papers (default 0)",
    ("count", "rejected_reasons"): "why papers were rejected, e.g. \"2 marked twice\"",
    ("resolve", "box"): "the box whose two entries differ",
    ("resolve", "reason"): "why the chair orders a recount or accepts that entry (required, printed on the sheet)",
    ("explain", "box"): "the box with papers not returned",
    ("explain", "text"): "the chair's explanation of the papers not returned",
    ("lot", "note"): "how a physical draw was made, e.g. \"names from a hat\"",
    ("declare", "chair"): "the chair's name, printed on the result sheet as declaring",
    ("sheet", "page_size"): "paper size of the sheet: A4 (default) or Letter",
    ("papers", "box"): "the box the papers are for, printed large on each (default: Main hall)",
    ("papers", "count"): "how many papers to print (1 to 5,000)",
    ("backup", "folder"): "the folder to write the backup into, e.g. a USB stick",
    ("restore", "backup"): "the backup file to restore",
    ("restore", "dest"): "the meeting file to restore it as",
    ("withdraw", "reason"): "why the paper is withdrawn (required, kept in the audit log)",
    ("spoil", "serial"): "the serial number on the replacement paper, if papers are numbered",
    ("ca init", "folder"): "the folder that will hold the organisation's signing authority",
    ("ca issue", "folder"): "the folder holding the organisation's signing authority",
    ("cert import", "p12"): "the certificate file (.p12) the organisation's authority issued",
}
"""Arguments whose meaning is particular to one command, by ``(command path, dest)``."""


def _walk(parser: argparse.ArgumentParser, path: str = "") -> list[tuple[str, argparse.ArgumentParser]]:
    found = [(path, parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                found += _walk(child, f"{path} {name}".strip())
    return found


def describe(parser: argparse.ArgumentParser) -> None:
    """Give every argument still without help its words from :data:`BY_COMMAND` or :data:`COMMON`."""
    for path, each in _walk(parser):
        for action in each._actions:
            if action.help or isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
                continue
            words = BY_COMMAND.get((path, action.dest)) or COMMON.get(action.dest)
            if words:
                action.help = words.replace("%", "%%")
