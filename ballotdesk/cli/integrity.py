"""Headless integrity commands: verify, take-over, backup, restore, purge.

``verify`` is what an appeals panel runs: on a meeting file it reports whether the audit chain
is intact and where it breaks; on a signed result sheet (PDF) whether the sheet is as signed.
It never changes the file it checks. The signing authority and certificates (``ca``, ``cert``)
are in :mod:`.signing`.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from ballotdesk.cli.base import CliError, _open, _positive_int, chair_pin, command, emit
from ballotdesk.store.meeting_store import MeetingFileError

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService


def _is_pdf(path: Path, head: bytes) -> bool:
    """Whether the user means a result sheet: a PDF header near the start, or a ``.pdf`` name.

    PDF readers accept up to 1 KB of anything before ``%PDF-``, and a sheet that was truncated to
    nothing or replaced by something else on the way (an e-mail gateway's HTML page, a failed
    download) still arrives named ``.pdf``: the member must hear that it is not a valid sheet,
    not that it is "not a BallotDesk meeting file".
    """
    return b"%PDF-" in head or path.suffix.lower() == ".pdf"


MAX_SHEET_BYTES = 200 * 1024 * 1024
"""A result sheet is a few hundred KB; a file far larger is not one (and must not be read whole)."""

EXIT_UNKNOWN_SIGNER = 3
"""``verify`` on a sheet: intact, but signed by a key nothing the checker trusts vouches for.

0 is trusted; 1 is modified, forged, unsigned or not a PDF; 2 is a usage error (argparse's).
"""


def _head(path: Path) -> bytes:
    """The first kilobyte of a file, or a refusal naming it (never a traceback, never a wait on a FIFO)."""
    from ballotdesk.domain.files import check_regular, open_flags

    if not path.exists():
        raise MeetingFileError(f"{path.name} was not found at {path.parent}.")
    if path.is_dir():
        raise MeetingFileError(f"{path.name} is a folder, not a meeting file or a PDF.")
    try:
        check_regular(path)
        fd = os.open(path, open_flags())
        try:
            return os.read(fd, 1024)
        finally:
            os.close(fd)
    except OSError as error:
        raise MeetingFileError(f"{path.name} cannot be read: {error.strerror}.") from None


def _trusted_certificates(paths: list[str]) -> list[bytes]:
    """The certificates given with ``--trust``, read and parsed now so a wrong file is named before any check."""
    from ballotdesk.domain.files import read_regular
    from ballotdesk.domain.words import QT_TRANSLATE_NOOP
    from ballotdesk.reports.verification import load_certificates

    found: list[bytes] = []
    for name in paths:
        path = Path(name)
        try:
            data = read_regular(path, 1024 * 1024, QT_TRANSLATE_NOOP("Files", "certificate"))
        except FileNotFoundError:
            raise CliError(f"--trust: {path.name} was not found at {path.parent}") from None
        except OSError as error:
            raise CliError(f"--trust: {path.name} cannot be read: {error.strerror}") from None
        found += load_certificates(data, f"--trust: {path.name}")
    return found


def _pinned(texts: list[str]) -> list[str]:
    from ballotdesk.reports.verification import normalise_fingerprint

    try:
        return [normalise_fingerprint(text) for text in texts]
    except ValueError as error:
        raise CliError(f"--fingerprint: {error}") from None


def cmd_verify(args: argparse.Namespace) -> int:
    """A meeting's audit chain, or a signed PDF's signature; exit 0 only if intact (and, for a sheet, trusted)."""
    path = Path(args.file)
    if _is_pdf(path, _head(path)):
        from ballotdesk.domain.files import read_regular
        from ballotdesk.domain.words import QT_TRANSLATE_NOOP
        from ballotdesk.reports.verification import Outcome, verify_pdf

        trust, pinned = _trusted_certificates(args.trust or []), _pinned(args.fingerprint or [])
        sheet_bytes = read_regular(path, MAX_SHEET_BYTES, QT_TRANSLATE_NOOP("Files", "result sheet"))
        result = verify_pdf(sheet_bytes, trust=trust, fingerprints=pinned)
        text = result.message
        if result.fingerprint:
            text += f"\nCertificate fingerprint: {result.fingerprint}"
            if result.outcome is Outcome.UNKNOWN:
                text += ("\nTo trust it, give its organisation's root certificate with --trust ROOT.pem, or the "
                         "fingerprint your organisation published with --fingerprint.")
        emit(args, {"intact": bool(result.intact), "message": result.message, "signer": result.signer,
                    "fingerprint": result.fingerprint, "this_installation": result.trusted_by == "this installation",
                    "outcome": str(result.outcome), "trusted": result.trusted, "trusted_by": result.trusted_by,
                    "issuer": result.issuer}, text)
        if result.trusted:
            return 0
        return EXIT_UNKNOWN_SIGNER if result.outcome is Outcome.UNKNOWN else 1
    if args.trust or args.fingerprint:
        raise CliError("--trust and --fingerprint check a signed result sheet (PDF), not a meeting file")
    from ballotdesk.services.backup import verify_file

    head = args.head
    if args.sheet:
        from ballotdesk.domain.files import read_regular
        from ballotdesk.domain.words import QT_TRANSLATE_NOOP
        from ballotdesk.reports.verification import verify_pdf
        from ballotdesk.services.documents import sheet_record_head

        sheet = Path(args.sheet)
        signed = verify_pdf(read_regular(sheet, MAX_SHEET_BYTES, QT_TRANSLATE_NOOP("Files", "result sheet")))
        if not signed.intact:  # a head read from a sheet changed after signing proves nothing
            raise MeetingFileError(f"{sheet.name} is not an intact signed result sheet ({signed.message}); the record "
                                   "head printed on it cannot be relied on.")
        head = sheet_record_head(sheet)
    report = verify_file(path, head=head)
    text = report.message
    if len(report.parts) > 1 or (report.parts and not report.parts[-1].own):
        text += "\n" + report.parts_text()  # more than this installation's own record: say whose is which
    if report.intact and not report.authenticated:
        text += ("\nIdentity unknown: the record's newest events were not authenticated by a key this installation "
                 "has. Compare the key with the one on the sheet, or restore the backup's key (restore --key).")
    emit(args, {"intact": report.intact, "events": report.events, "message": report.message,
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
    emit(args, {"taken_over": True, "key_id": svc.store.record_key.key_id}, report)
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
    emit(args, {"backup": str(dest), "events": events, "head": head, "key": passphrase is not None}, text)
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
    from ballotdesk.services.restore import restore

    dest = Path(args.dest)
    if dest.is_file() and not args.replace:
        raise MeetingFileError(f"{dest.name} already exists in {dest.resolve().parent}; nothing was restored. "
                               f"Add --replace to keep it as {dest.name}.before-restore-<time> and put the backup "
                               "in its place.")
    purged_at = _purge_undone(Path(args.backup), dest) if dest.is_file() else None
    if args.key:
        from ballotdesk.services.backup_keys import read_key

        read_key(Path(args.key), _passphrase("Passphrase of the record key: "))
    result = restore(Path(args.backup), dest, replace=args.replace)
    kept = f"; the previous file is now {result.previous.name}" if result.previous else ""
    text = f"Restored {Path(args.backup).name} to {result.path}{kept}"
    if purged_at:
        text += (f"\nNote: personal data was purged from {dest.name} on {purged_at}; this backup was made before "
                 "that and holds the names, emails and postcodes again.")
    emit(args, {"restored": str(result.path), "previous": str(result.previous) if result.previous else None,
                "purge_undone": purged_at}, text)
    return 0


def _purge_undone(backup: Path, dest: Path) -> str | None:
    """When the meeting being replaced was purged after ``backup`` was made: the purge's time (as the GUI asks)."""
    from ballotdesk.services.meeting import MeetingService
    from ballotdesk.services.restore import purge_undone_by

    try:
        with MeetingService.reading(dest) as svc:
            return purge_undone_by(backup, svc)
    except MeetingFileError:
        return None  # the restore itself says what is wrong with either file


def cmd_purge(args: argparse.Namespace) -> int:
    """Remove personal data after the meeting (chair's PIN)."""
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
    emit(args, summary.as_json(), text)
    return 0




def add_verify(p: argparse.ArgumentParser) -> None:
    command(p, cmd_verify)
    p.epilog = ("Exit 0 if intact and trusted; 3 if intact but whose key it is is unknown (a sheet signed by a key "
                "you have not trusted, a record authenticated by another installation's key); 1 if modified, "
                "forged, unsigned or not readable.")
    p.add_argument("file", help="a .ballotdesk meeting file or a signed PDF")
    p.add_argument("--trust", action="append", metavar="CERT",
                   help="a certificate you trust (PEM or DER): your organisation's root, or the signer's own "
                        "(repeatable)")
    p.add_argument("--fingerprint", action="append", metavar="SHA256",
                   help="a certificate fingerprint you trust, as your organisation published it (repeatable)")
    p.add_argument("--head", metavar="DIGEST",
                   help="a record head printed on a sheet or written with a backup: the file must still hold the "
                        "record up to it, unaltered")
    p.add_argument("--sheet", metavar="SHEET.pdf",
                   help="a result sheet printed from this meeting: the file must still hold the record it was "
                        "printed from")
    p.add_argument("--json", action="store_true", help="print the verdict as JSON")


def add_take_over(p: argparse.ArgumentParser) -> None:
    command(p, cmd_take_over)
    p.add_argument("file", help="the .ballotdesk meeting file (a restored backup)")
    p.add_argument("--reason", default="", help="why the meeting moved (kept in the hand-over event)")
    p.add_argument("--json", action="store_true", help="print the outcome as JSON")


def add_backup(p: argparse.ArgumentParser) -> None:
    command(p, cmd_backup)
    p.add_argument("file")
    p.add_argument("folder")
    # 0 or a negative number is a slip, not "keep none": it would delete every earlier backup.
    p.add_argument("--keep", type=_positive_int, default=20, help="backups of this meeting to keep (default 20)")
    p.add_argument("--reason", default="manual", help="a word for the file name (default 'manual')")
    p.add_argument("--with-key", action="store_true",
                   help="also write this installation's record key beside it, sealed with a passphrase "
                        "(BALLOTDESK_KEY_PASSPHRASE or asked), so a spare laptop can verify the whole record")
    p.add_argument("--json", action="store_true")


def add_restore(p: argparse.ArgumentParser) -> None:
    command(p, cmd_restore)
    p.add_argument("backup")
    p.add_argument("dest")
    p.add_argument("--replace", action="store_true",
                   help="if DEST exists, keep it as DEST.before-restore-<time> and put the backup in its place")
    p.add_argument("--key", metavar="KEYFILE",
                   help="a record key written with the backup (backup --with-key): this installation then knows it "
                        "and verifies the record it authenticated (passphrase: BALLOTDESK_KEY_PASSPHRASE or asked)")
    p.add_argument("--json", action="store_true")


def add_purge(p: argparse.ArgumentParser) -> None:
    command(p, cmd_purge)
    p.add_argument("--pin", help="the chair's PIN (or set BALLOTDESK_CHAIR_PIN)")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
