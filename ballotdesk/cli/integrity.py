"""Headless integrity commands: verify, backup, restore, purge.

``verify`` is what an appeals panel runs: on a meeting file it reports whether the audit chain
is intact and where it breaks; on a signed result sheet (PDF) whether the sheet is as signed.
It never changes the file it checks.
"""

from __future__ import annotations

import argparse
import os
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
    from ballotdesk.cli import CliError
    from ballotdesk.domain.files import read_regular
    from ballotdesk.reports.signing import load_certificates

    found: list[bytes] = []
    for name in paths:
        path = Path(name)
        try:
            data = read_regular(path, 1024 * 1024, "certificate")
        except FileNotFoundError:
            raise CliError(f"--trust: {path.name} was not found at {path.parent}") from None
        except OSError as error:
            raise CliError(f"--trust: {path.name} cannot be read: {error.strerror}") from None
        found += load_certificates(data, f"--trust: {path.name}")
    return found


def _pinned(texts: list[str]) -> list[str]:
    from ballotdesk.cli import CliError
    from ballotdesk.reports.signing import normalise_fingerprint

    try:
        return [normalise_fingerprint(text) for text in texts]
    except ValueError as error:
        raise CliError(f"--fingerprint: {error}") from None


def cmd_verify(args: argparse.Namespace) -> int:
    """A meeting's audit chain, or a signed PDF's signature; exit 0 only if intact (and, for a sheet, trusted)."""
    path = Path(args.file)
    if _is_pdf(path, _head(path)):
        from ballotdesk.domain.files import read_regular
        from ballotdesk.reports.signing import Outcome, verify_pdf

        trust, pinned = _trusted_certificates(args.trust or []), _pinned(args.fingerprint or [])
        result = verify_pdf(read_regular(path, MAX_SHEET_BYTES, "result sheet"), trust=trust, fingerprints=pinned)
        text = result.message
        if result.fingerprint:
            text += f"\nCertificate fingerprint: {result.fingerprint}"
            if result.outcome is Outcome.UNKNOWN:
                text += ("\nTo trust it, give its organisation's root certificate with --trust ROOT.pem, or the "
                         "fingerprint your organisation published with --fingerprint.")
        _emit(args, {"intact": bool(result.intact), "message": result.message, "signer": result.signer,
                     "fingerprint": result.fingerprint, "this_installation": result.trusted_by == "this installation",
                     "outcome": str(result.outcome), "trusted": result.trusted, "trusted_by": result.trusted_by,
                     "issuer": result.issuer}, text)
        if result.trusted:
            return 0
        return EXIT_UNKNOWN_SIGNER if result.outcome is Outcome.UNKNOWN else 1
    if args.trust or args.fingerprint:
        from ballotdesk.cli import CliError

        raise CliError("--trust and --fingerprint check a signed result sheet (PDF), not a meeting file")
    from ballotdesk.services.backup import verify_file

    head = args.head
    if args.sheet:
        from ballotdesk.domain.files import read_regular
        from ballotdesk.reports.signing import verify_pdf
        from ballotdesk.services.documents import sheet_record_head

        sheet = Path(args.sheet)
        signed = verify_pdf(read_regular(sheet, MAX_SHEET_BYTES, "result sheet"))
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


CA_PASSWORD_ENV = "BALLOTDESK_CA_PASSWORD"
CERT_PASSWORD_ENV = "BALLOTDESK_CERT_PASSWORD"


def password(given: str | None, env: str, option: str, what: str, *, new: bool = False) -> str:
    """A password from its option, else its environment variable, else asked at a terminal (twice when new).

    A script without a terminal gets one line naming both ways to give it, never a prompt that
    waits for ever.
    """
    import getpass
    import sys

    from ballotdesk.cli import CliError

    if given is not None:
        return given
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        raise CliError(f"{what} is needed; give it with {option} or set {env}")
    first = getpass.getpass(f"{what}: ")
    if new and getpass.getpass(f"{what} again: ") != first:
        raise CliError(f"the two entries of {what.lower()} differ; nothing was done")
    return first


def cert_password(args: argparse.Namespace) -> str | None:
    """For ``sheet``: the organisation certificate's password, only when one is imported (else no question)."""
    from ballotdesk.reports.signing import organisation_certificate

    identity = organisation_certificate()
    if identity is None:
        return None
    return password(getattr(args, "cert_password", None), CERT_PASSWORD_ENV, "--cert-password",
                    f"The password of the certificate of {identity.organisation}")


def cmd_ca_init(args: argparse.Namespace) -> int:
    """Create an organisation's signing authority (once) in a folder."""
    from ballotdesk.reports.authority import init_authority

    secret = password(args.password, CA_PASSWORD_ENV, "--password", "The authority's new password", new=True)
    authority = init_authority(Path(args.folder), args.organisation, secret)
    _emit(args, {"organisation": authority.organisation, "root": str(authority.root_path),
                 "fingerprint": authority.fingerprint},
          f"Created the signing authority of {authority.organisation} in {args.folder}.\n"
          f"Publish its root certificate {authority.root_path} and its fingerprint:\n{authority.fingerprint}\n"
          "Keep the folder (with its password-protected key) off the meeting laptops.")
    return 0


def cmd_ca_issue(args: argparse.Namespace) -> int:
    """Issue a chair's (or an installation's) signing certificate as a PKCS#12 file."""
    from ballotdesk.cli import CliError
    from ballotdesk.reports.authority import issue_certificate, load_authority
    from ballotdesk.store.meeting_store import SUFFIX

    load_authority(Path(args.folder))  # no authority: say so before asking any password
    out = Path(args.output)
    if out.name.casefold().endswith(SUFFIX.casefold()) or out.is_dir():
        raise CliError(f"{args.output} is not a name for a certificate file; nothing was written. Give it its own "
                       "name, e.g. chair.p12")
    secret = password(args.password, CA_PASSWORD_ENV, "--password", "The authority's password")
    new = password(args.cert_password, CERT_PASSWORD_ENV, "--cert-password", "The new certificate's password",
                   new=True)
    issued = issue_certificate(Path(args.folder), args.name, out, password=secret, cert_password=new,
                               years=args.years)
    _emit(args, {"holder": issued.holder, "output": str(issued.path), "fingerprint": issued.fingerprint,
                 "valid_until": issued.valid_until.isoformat()},
          f"Issued a signing certificate to {issued.holder}, valid until {issued.valid_until.isoformat()}, as "
          f"{issued.path}.\nFingerprint: {issued.fingerprint}\nGive the file and its password to "
          f"{issued.holder} separately; they import it with 'ballotdesk cert import'.")
    return 0


def cmd_cert_import(args: argparse.Namespace) -> int:
    """Sign this installation's sheets with an organisation certificate from now on."""
    from ballotdesk.reports.signing import import_organisation_certificate

    secret = password(args.cert_password, CERT_PASSWORD_ENV, "--cert-password", "The certificate's password")
    identity = import_organisation_certificate(Path(args.p12), secret)
    _emit(args, {"holder": identity.organisation, "issuer": identity.issuer, "fingerprint": identity.fingerprint},
          f"Imported the certificate of {identity.organisation}, issued by {identity.issuer}. Result sheets are "
          f"signed with it from now on; its password is asked each time.\nFingerprint: {identity.fingerprint}")
    return 0


def cmd_cert_remove(args: argparse.Namespace) -> int:
    """Go back to signing with this installation's own key."""
    from ballotdesk.reports.signing import remove_organisation_certificate

    removed = remove_organisation_certificate()
    _emit(args, {"removed": removed},
          "Removed the organisation certificate; sheets are signed with this installation's own key again."
          if removed else "No organisation certificate was imported; sheets are signed with this installation's "
          "own key.")
    return 0


def add_commands(sub: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    """Register the integrity commands on the main parser."""
    p = command("verify", cmd_verify, "check a meeting's audit chain, or a signed result sheet (PDF)")
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

    ca = sub.add_parser("ca", help="an organisation's signing authority").add_subparsers(
        dest="ca_command", required=True, metavar="{init,issue}")
    p = command("init", cmd_ca_init, "create the organisation's signing authority in a folder (once)", ca)
    p.add_argument("folder")
    p.add_argument("--organisation", required=True, help="the organisation's name, as verifiers show it")
    p.add_argument("--password", help=f"protects the authority's key (or set {CA_PASSWORD_ENV}; asked when not given)")
    p.add_argument("--json", action="store_true")
    p = command("issue", cmd_ca_issue, "issue a chair's signing certificate (PKCS#12)", ca)
    p.add_argument("folder")
    p.add_argument("--name", required=True, help="the holder's name, e.g. \"Mary Jones\"")
    p.add_argument("-o", "--output", required=True, metavar="OUT.p12")
    p.add_argument("--password", help=f"the authority's password (or set {CA_PASSWORD_ENV})")
    p.add_argument("--cert-password", help=f"the new certificate's own password (or set {CERT_PASSWORD_ENV})")
    p.add_argument("--years", type=int, default=3, help="how long it can sign, 1 to 10 (default 3)")
    p.add_argument("--json", action="store_true")

    cert = sub.add_parser("cert", help="the certificate this installation signs sheets with").add_subparsers(
        dest="cert_command", required=True, metavar="{import,remove}")
    p = command("import", cmd_cert_import, "sign sheets with an organisation certificate (.p12) from now on", cert)
    p.add_argument("p12", metavar="FILE.p12")
    p.add_argument("--cert-password", help=f"the certificate's password (or set {CERT_PASSWORD_ENV})")
    p.add_argument("--json", action="store_true")
    p = command("remove", cmd_cert_remove, "sign sheets with this installation's own key again", cert)
    p.add_argument("--json", action="store_true")
