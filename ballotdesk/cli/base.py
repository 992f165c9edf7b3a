"""What the command modules share: opening the meeting, printing the outcome, argument types, passwords.

Every command module imports this one and no other command module, and this one imports none of
them (nor :mod:`ballotdesk.cli.dispatch`), so the package has no import loop: before it was a
package, ``cli_ballots`` and ``cli_integrity`` imported ``cli`` inside their functions because
``cli`` imported them. Only what more than one command module needs lives here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ballotdesk.store.lock import FileLockedError
from ballotdesk.store.meeting_store import SUFFIX, MeetingFileError

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService

Handler = Callable[[argparse.Namespace], int]
Subcommands = argparse._SubParsersAction  # what ``add_subparsers`` returns: a command's group of subcommands

LOCK_WAIT_SECONDS = 10.0
"""How long a command waits for a meeting that another BallotDesk process has open."""
LOCK_RETRY_SECONDS = 0.1

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class CliError(Exception):
    """A clear one-line failure."""


# -- declaring a command's parser ------------------------------------------------------------


def command(parser: argparse.ArgumentParser, handler: Handler) -> argparse.ArgumentParser:
    """Make ``parser`` run ``handler``, with the ``--actor`` every command of a meeting takes; returns it."""
    parser.set_defaults(handler=handler)
    parser.add_argument("--actor", help="name recorded in the audit log for this change")
    return parser


def subcommands(parser: argparse.ArgumentParser, dest: str, metavar: str) -> Subcommands[argparse.ArgumentParser]:
    """The subcommands of a command (``roll import``): ``dest`` is ``<command>_command``, as messages read it."""
    return parser.add_subparsers(dest=dest, required=True, metavar=metavar)


def subcommand(group: Subcommands[argparse.ArgumentParser], name: str, handler: Handler,
               help_text: str) -> argparse.ArgumentParser:
    """One subcommand of ``group``, as :func:`command` makes a command."""
    return command(group.add_parser(name, help=help_text), handler)


# -- argument types ---------------------------------------------------------------------------


def _date(text: str) -> dt.date:
    """Exactly YYYY-MM-DD: ``date.fromisoformat`` also takes 20261128 and 2026-W48-6 (3.11+)."""
    if not _ISO_DATE.fullmatch(text.strip()):
        raise argparse.ArgumentTypeError(f"'{text}' is not a date in the form YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"'{text}' is not a real date: {error}") from None


def _positive_int(text: str) -> int:
    """A whole number of 1 or more (a limit of 0 would silently find nothing)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of 1 or more")
    return value


def member_number(text: str) -> str:
    """A membership number as typed; an empty one (``"$NUMBER"`` unset in a script) is a usage error."""
    if not text.strip():
        raise argparse.ArgumentTypeError("a membership number cannot be empty")
    return text


# -- the meeting, the outcome, the documents ----------------------------------------------------


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """Print ``data`` as JSON with ``--json``, else ``text``.

    JSON is ASCII-only (``\\u0141``), still valid JSON, so no console encoding can break it.
    """
    print(json.dumps(data, ensure_ascii=True, indent=2) if getattr(args, "json", False) else text)


def _held_by_another(error: BaseException) -> bool:
    """True when ``error`` says the meeting's lock is held: the store raises it from FileLockedError."""
    seen: set[int] = set()
    cause = error.__cause__ or error.__context__
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, FileLockedError):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False


def _open(args: argparse.Namespace, actor: str = "cli") -> MeetingService:
    """The meeting named by ``args.file``, for a ``with`` block (which closes it and frees its lock).

    Scripts run commands back to back or side by side, each holding the meeting for a moment:
    a meeting locked by another process is tried again for up to LOCK_WAIT_SECONDS before the
    store's "already open" refusal is passed on. Any other refusal is immediate.
    """
    from ballotdesk.services.meeting import MeetingService

    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        try:
            return MeetingService.open(Path(args.file), actor=getattr(args, "actor", None) or actor)
        except MeetingFileError as error:
            if not _held_by_another(error) or time.monotonic() + LOCK_RETRY_SECONDS > deadline:
                raise
        time.sleep(LOCK_RETRY_SECONDS)


def _read(args: argparse.Namespace) -> AbstractContextManager[MeetingService]:
    """The meeting named by ``args.file``, only to read: no lock, so a running desk need not close it."""
    from ballotdesk.services.meeting import MeetingService

    return MeetingService.reading(Path(args.file), actor=getattr(args, "actor", None) or "cli")


def chair_pin(args: argparse.Namespace) -> str | None:
    """The chair's PIN from --pin, else from BALLOTDESK_CHAIR_PIN."""
    return getattr(args, "pin", None) or os.environ.get("BALLOTDESK_CHAIR_PIN") or None


def output_path(args: argparse.Namespace, text: str) -> Path:
    """Where a document (PDF, CSV) may be written: never over a meeting file.

    ``-o`` is typed by hand, and ``sheet branch.ballotdesk 1 -o branch.ballotdesk`` replaced the
    meeting itself with the PDF: every registration, count and result gone. A name with the
    meeting suffix is refused too, as it would be taken for a meeting (or a backup) later.
    """
    out, meeting = Path(text), Path(args.file)
    try:
        same = out.exists() and out.samefile(meeting)
    except OSError:
        same = False
    if same:
        raise CliError(f"{text} is the meeting file itself; nothing was written. Give the document its own "
                       "name, e.g. result.pdf")
    if out.name.casefold().endswith(SUFFIX.casefold()):
        raise CliError(f"{text} ends in {SUFFIX}, the name of a meeting file; nothing was written. Give the "
                       "document its own name, e.g. result.pdf")
    return out


def install_document_languages() -> None:
    """Let the services print in the meeting's language: Qt's catalogues, read with QtCore (no display)."""
    from ballotdesk.i18n_core import install_document_words

    install_document_words()


# -- passwords of the signing authority and certificates ------------------------------------------

CA_PASSWORD_ENV = "BALLOTDESK_CA_PASSWORD"
CERT_PASSWORD_ENV = "BALLOTDESK_CERT_PASSWORD"


def password(given: str | None, env: str, option: str, what: str, *, new: bool = False) -> str:
    """A password from its option, else its environment variable, else asked at a terminal (twice when new).

    A script without a terminal gets one line naming both ways to give it, never a prompt that
    waits for ever.
    """
    import getpass
    import sys

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
    from ballotdesk.reports.identity import organisation_certificate

    identity = organisation_certificate()
    if identity is None:
        return None
    return password(getattr(args, "cert_password", None), CERT_PASSWORD_ENV, "--cert-password",
                    f"The password of the certificate of {identity.organisation}")
