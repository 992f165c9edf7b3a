"""Headless integrity commands: verify, backup, restore, purge.

``verify`` is what an appeals panel runs: on a meeting file it reports whether the audit chain
is intact and where it breaks; on a signed result sheet (PDF) whether the sheet is as signed.
It never changes the file it checks.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ballotdesk.store.meeting_store import MeetingFileError

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService


def _emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """``cli.emit``: one JSON style (ASCII) for every command, imported late as cli imports this module."""
    from ballotdesk.cli import emit

    emit(args, data, text)


def _open(args: argparse.Namespace) -> MeetingService:
    from ballotdesk.cli import _open as open_meeting

    return open_meeting(args)


def _is_pdf(path: Path, head: bytes) -> bool:
    """Whether the user means a result sheet: a PDF header near the start, or a ``.pdf`` name.

    PDF readers accept up to 1 KB of anything before ``%PDF-``, and a sheet that was truncated to
    nothing or replaced by something else on the way (an e-mail gateway's HTML page, a failed
    download) still arrives named ``.pdf``: the member must hear that it is not a valid sheet,
    not that it is "not a BallotDesk meeting file".
    """
    return b"%PDF-" in head or path.suffix.lower() == ".pdf"


def _head(path: Path) -> bytes:
    """The first kilobyte of a file, or a refusal naming it (never a traceback)."""
    if not path.exists():
        raise MeetingFileError(f"{path.name} was not found at {path.parent}.")
    if path.is_dir():
        raise MeetingFileError(f"{path.name} is a folder, not a meeting file or a PDF.")
    try:
        with open(path, "rb") as handle:
            return handle.read(1024)
    except OSError as error:
        raise MeetingFileError(f"{path.name} cannot be read: {error.strerror}.") from None


def cmd_verify(args: argparse.Namespace) -> int:
    """A meeting's audit chain, or a signed PDF's signature; exit 0 only if intact."""
    path = Path(args.file)
    if _is_pdf(path, _head(path)):
        from ballotdesk.reports.signing import load_identity, verify_pdf

        result = verify_pdf(path.read_bytes())
        # The signer's name proves nothing on its own (anyone can make a certificate with any
        # name): say whether the certificate is this installation's, and print its fingerprint to
        # compare with the one the organisation published and the one printed on the sheet.
        own = load_identity()
        ours = bool(result.fingerprint) and own is not None and own.fingerprint == result.fingerprint
        text = result.message
        if result.fingerprint:
            whose = ("this installation's certificate" if ours
                     else "a certificate that is not this installation's; compare it with the one your organisation "
                          "published")
            text += f"\nCertificate fingerprint: {result.fingerprint} ({whose})."
        _emit(args, {"intact": bool(result.intact), "message": result.message, "signer": result.signer,
                     "fingerprint": result.fingerprint, "this_installation": ours}, text)
        return 0 if result.intact else 1
    from ballotdesk.services.backup import verify_file

    head = args.head
    if args.sheet:
        from ballotdesk.services.documents import sheet_record_head

        head = sheet_record_head(Path(args.sheet))
    report = verify_file(path, head=head)
    text = report.message
    if len(report.parts) > 1 or (report.parts and not report.parts[-1].own):
        text += "\n" + report.parts_text()  # more than this installation's own record: say whose is which
    if report.intact and not report.authenticated:
        text += ("\nIdentity unknown: the record's newest events were not authenticated by a key this installation "
                 "has. Compare the key with the one on the sheet, or restore the backup's key (restore --key).")
    _emit(args, {"intact": report.intact, "events": report.events, "message": report.message,
                 "broken_at": report.broken_at, "authenticated": report.authenticated, "head": report.head,
                 "keys": [{"first": p.first, "last": p.last, "key_id": p.key_id, "label": p.label,
                           "known": p.known, "this_installation": p.own} for p in report.parts]}, text)
    if not report.intact:
        return 1
    return 0 if report.authenticated else 3


def cmd_take_over(args: argparse.Namespace) -> int:
    """Continue on this computer a meeting whose record another installation's key authenticated so far."""
    from ballotdesk.services.meeting import MeetingService

    actor = getattr(args, "actor", None) or "secretary"
    svc = MeetingService.open(Path(args.file), actor=actor, take_over=True, reason=args.reason)
    try:
        report = verify_parts(svc)
    finally:
        svc.close()
    _emit(args, {"taken_over": True, "key_id": svc.store.record_key.key_id}, report)
    return 0


def verify_parts(svc: MeetingService) -> str:
    """What the record's parts are now, in words (after a hand-over: the new key's part included)."""
    from ballotdesk.store.chain import verify_chain

    return verify_chain(svc.store.conn).parts_text()


def cmd_backup(args: argparse.Namespace) -> int:
    """One backup now into FOLDER, keeping the newest --keep of this meeting's backups."""
    from ballotdesk.services.backup import backup_now

    passphrase = _passphrase("Passphrase for the record key: ", twice=True) if args.with_key else None
    with _open(args) as svc:
        dest = backup_now(svc, Path(args.folder), args.reason, keep=args.keep, key_passphrase=passphrase)
        events, head = svc.store.audit_head()
    text = f"Backed up to {dest}\nRecord head: {head} after {events} events"
    if passphrase is not None:
        text += "\nThe record key is beside it, sealed with your passphrase."
    _emit(args, {"backup": str(dest), "events": events, "head": head, "key": passphrase is not None}, text)
    return 0


def _passphrase(prompt: str, *, twice: bool = False) -> str:
    """The record key's passphrase: BALLOTDESK_KEY_PASSPHRASE, else asked at the terminal (twice for a new one)."""
    import getpass
    import os
    import sys

    given = os.environ.get("BALLOTDESK_KEY_PASSPHRASE")
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise MeetingFileError("A passphrase for the record key is needed: set BALLOTDESK_KEY_PASSPHRASE, or run the "
                               "command at a terminal to be asked.")
    first = getpass.getpass(prompt)
    if twice and getpass.getpass("The same passphrase again: ") != first:
        raise MeetingFileError("The two passphrases differ; nothing was written.")
    return first


def cmd_restore(args: argparse.Namespace) -> int:
    """Check a backup and put it in place as DEST."""
    from ballotdesk.services.backup import restore

    dest = Path(args.dest)
    if dest.is_file() and not args.replace:
        raise MeetingFileError(f"{dest.name} already exists in {dest.resolve().parent}; nothing was restored. "
                               f"Add --replace to keep it as {dest.name}.before-restore-<time> and put the backup "
                               "in its place.")
    purged_at = _purge_undone(Path(args.backup), dest) if dest.is_file() else None
    if args.key:
        from ballotdesk.services.backup import read_key

        read_key(Path(args.key), _passphrase("Passphrase of the record key: "))
    result = restore(Path(args.backup), dest, replace=args.replace)
    kept = f"; the previous file is now {result.previous.name}" if result.previous else ""
    text = f"Restored {Path(args.backup).name} to {result.path}{kept}"
    if purged_at:
        text += (f"\nNote: personal data was purged from {dest.name} on {purged_at}; this backup was made before "
                 "that and holds the names, emails and postcodes again.")
    _emit(args, {"restored": str(result.path), "previous": str(result.previous) if result.previous else None,
                 "purge_undone": purged_at}, text)
    return 0


def _purge_undone(backup: Path, dest: Path) -> str | None:
    """When the meeting being replaced was purged after ``backup`` was made: the purge's time (as the GUI asks)."""
    from ballotdesk.services.backup import purge_undone_by
    from ballotdesk.services.meeting import MeetingService

    try:
        with MeetingService.reading(dest) as svc:
            return purge_undone_by(backup, svc)
    except MeetingFileError:
        return None  # the restore itself says what is wrong with either file


def cmd_purge(args: argparse.Namespace) -> int:
    """Remove personal data after the meeting (chair's PIN)."""
    from ballotdesk.cli_ballots import chair_pin
    from ballotdesk.domain.count import plural
    from ballotdesk.services.privacy import purge_personal_data

    with _open(args) as svc:
        summary = purge_personal_data(svc, pin=chair_pin(args))
    if not summary.members and not summary.attendees:
        text = "Nothing to purge: no names, emails or postcodes are left in the meeting's tables."
    else:
        text = (f"Purged the personal data of {plural(summary.members, 'member')} and "
                f"{plural(summary.attendees, 'guest or provisional attendee', 'guests or provisional attendees')}. "
                "Numbers, statuses, registrations, counts and results are kept.")
    if summary.events_with_names:
        held = plural(summary.events_with_names, "earlier audit event still holds", "earlier audit events still hold")
        text += (f" {held} names (members added or corrected by hand, guests); the audit chain forbids "
                 "changing them.")
    _emit(args, summary.as_json(), text)
    return 0


def add_commands(sub: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    """Register the integrity commands on the main parser."""
    p = command("verify", cmd_verify, "check a meeting's audit chain, or a signed result sheet (PDF)")
    p.add_argument("file", help="a .ballotdesk meeting file or a signed PDF")
    p.add_argument("--head", metavar="DIGEST",
                   help="a record head printed on a sheet or written with a backup: the file must still hold the "
                        "record up to it, unaltered")
    p.add_argument("--sheet", metavar="SHEET.pdf",
                   help="a result sheet printed from this meeting: the file must still hold the record it was "
                        "printed from")
    p.add_argument("--json", action="store_true", help="print the verdict as JSON")

    p = command("take-over", cmd_take_over, "continue on this computer a meeting written on another one (logged)")
    p.add_argument("file", help="the .ballotdesk meeting file (a restored backup)")
    p.add_argument("--reason", default="", help="why the meeting moved (kept in the hand-over event)")
    p.add_argument("--json", action="store_true", help="print the outcome as JSON")

    p = command("backup", cmd_backup, "write a checked copy of the meeting into a folder (e.g. a USB stick)")
    p.add_argument("file")
    p.add_argument("folder")
    # 0 or a negative number is a slip, not "keep none": it would delete every earlier backup.
    from ballotdesk.cli import _positive_int

    p.add_argument("--keep", type=_positive_int, default=20, help="backups of this meeting to keep (default 20)")
    p.add_argument("--reason", default="manual", help="a word for the file name (default 'manual')")
    p.add_argument("--with-key", action="store_true",
                   help="also write this installation's record key beside it, sealed with a passphrase "
                        "(BALLOTDESK_KEY_PASSPHRASE or asked), so a spare laptop can verify the whole record")
    p.add_argument("--json", action="store_true")

    p = command("restore", cmd_restore, "check a backup and restore it as a meeting file")
    p.add_argument("backup")
    p.add_argument("dest")
    p.add_argument("--replace", action="store_true",
                   help="if DEST exists, keep it as DEST.before-restore-<time> and put the backup in its place")
    p.add_argument("--key", metavar="KEYFILE",
                   help="a record key written with the backup (backup --with-key): this installation then knows it "
                        "and verifies the record it authenticated (passphrase: BALLOTDESK_KEY_PASSPHRASE or asked)")
    p.add_argument("--json", action="store_true")

    p = command("purge", cmd_purge, "chair: remove names, emails and postcodes after the meeting")
    p.add_argument("--pin", help="the chair's PIN (or set BALLOTDESK_CHAIR_PIN)")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
