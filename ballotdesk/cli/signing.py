"""``ballotdesk ca init|issue`` and ``cert import|remove``: an organisation's signing authority and certificates.

Who signs the result sheets, set up once per organisation and installation, rather than during a
meeting; apart from the meeting's integrity commands (:mod:`.integrity`). The passwords these
commands ask for are read by :func:`ballotdesk.cli.base.password`, which ``sheet`` uses too.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ballotdesk.cli.base import (
    CA_PASSWORD_ENV,
    CERT_PASSWORD_ENV,
    CliError,
    emit,
    password,
    subcommand,
    subcommands,
)


def cmd_ca_init(args: argparse.Namespace) -> int:
    """Create an organisation's signing authority (once) in a folder."""
    from ballotdesk.reports.authority import init_authority

    secret = password(args.password, CA_PASSWORD_ENV, "--password", "The authority's new password", new=True)
    authority = init_authority(Path(args.folder), args.organisation, secret)
    emit(args, {"organisation": authority.organisation, "root": str(authority.root_path),
                "fingerprint": authority.fingerprint},
         f"Created the signing authority of {authority.organisation} in {args.folder}.\n"
         f"Publish its root certificate {authority.root_path} and its fingerprint:\n{authority.fingerprint}\n"
         "Keep the folder (with its password-protected key) off the meeting laptops.")
    return 0


def cmd_ca_issue(args: argparse.Namespace) -> int:
    """Issue a chair's (or an installation's) signing certificate as a PKCS#12 file."""
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
    emit(args, {"holder": issued.holder, "output": str(issued.path), "fingerprint": issued.fingerprint,
                "valid_until": issued.valid_until.isoformat()},
         f"Issued a signing certificate to {issued.holder}, valid until {issued.valid_until.isoformat()}, as "
         f"{issued.path}.\nFingerprint: {issued.fingerprint}\nGive the file and its password to "
         f"{issued.holder} separately; they import it with 'ballotdesk cert import'.")
    return 0


def cmd_cert_import(args: argparse.Namespace) -> int:
    """Sign this installation's sheets with an organisation certificate from now on."""
    from ballotdesk.reports.identity import import_organisation_certificate

    secret = password(args.cert_password, CERT_PASSWORD_ENV, "--cert-password", "The certificate's password")
    identity = import_organisation_certificate(Path(args.p12), secret)
    emit(args, {"holder": identity.organisation, "issuer": identity.issuer, "fingerprint": identity.fingerprint},
         f"Imported the certificate of {identity.organisation}, issued by {identity.issuer}. Result sheets are "
         f"signed with it from now on; its password is asked each time.\nFingerprint: {identity.fingerprint}")
    return 0


def cmd_cert_remove(args: argparse.Namespace) -> int:
    """Go back to signing with this installation's own key."""
    from ballotdesk.reports.identity import remove_organisation_certificate

    removed = remove_organisation_certificate()
    emit(args, {"removed": removed},
         "Removed the organisation certificate; sheets are signed with this installation's own key again."
         if removed else "No organisation certificate was imported; sheets are signed with this installation's "
         "own key.")
    return 0


def add_ca(parser: argparse.ArgumentParser) -> None:
    ca = subcommands(parser, "ca_command", "{init,issue}")
    p = subcommand(ca, "init", cmd_ca_init, "create the organisation's signing authority in a folder (once)")
    p.add_argument("folder")
    p.add_argument("--organisation", required=True, help="the organisation's name, as verifiers show it")
    p.add_argument("--password", help=f"protects the authority's key (or set {CA_PASSWORD_ENV}; asked when not given)")
    p.add_argument("--json", action="store_true")
    p = subcommand(ca, "issue", cmd_ca_issue, "issue a chair's signing certificate (PKCS#12)")
    p.add_argument("folder")
    p.add_argument("--name", required=True, help="the holder's name, e.g. \"Mary Jones\"")
    p.add_argument("-o", "--output", required=True, metavar="OUT.p12")
    p.add_argument("--password", help=f"the authority's password (or set {CA_PASSWORD_ENV})")
    p.add_argument("--cert-password", help=f"the new certificate's own password (or set {CERT_PASSWORD_ENV})")
    p.add_argument("--years", type=int, default=3, help="how long it can sign, 1 to 10 (default 3)")
    p.add_argument("--json", action="store_true")


def add_cert(parser: argparse.ArgumentParser) -> None:
    cert = subcommands(parser, "cert_command", "{import,remove}")
    p = subcommand(cert, "import", cmd_cert_import, "sign sheets with an organisation certificate (.p12) from now on")
    p.add_argument("p12", metavar="FILE.p12")
    p.add_argument("--cert-password", help=f"the certificate's password (or set {CERT_PASSWORD_ENV})")
    p.add_argument("--json", action="store_true")
    p = subcommand(cert, "remove", cmd_cert_remove, "sign sheets with this installation's own key again")
    p.add_argument("--json", action="store_true")
