"""Use cases for the meeting, the roll and the registration desk, shared by the GUI and the CLI.

Each public method is one transaction with one audit event, and returns plain data. Rules come
from ``ballotdesk.domain``; SQL stays in ``ballotdesk.store``.

:class:`MeetingService` is composed of one mixin per responsibility: the roll
(``services/roll.py``), its import (``services/roll_import.py``) and the registration desk
(``services/desk.py``), on a shared base (``services/meeting_base.py``). This module holds the
open meeting itself: creating, opening and closing the file, a safe copy, its details, and the
chair's PIN for a block.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ballotdesk.domain import words
from ballotdesk.domain.eligibility import Quorum, long_date
from ballotdesk.domain.errors import DomainError, os_reason
from ballotdesk.domain.text import check_text
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate
from ballotdesk.services.desk import DeskMixin
from ballotdesk.services.roll_import import RollImportMixin
from ballotdesk.store.meeting_file import HandOverNeeded as HandOverNeeded  # raised by open(), for the callers
from ballotdesk.store.meeting_file import disk_full, inspect_copy
from ballotdesk.store.meeting_store import MeetingFileError, MeetingStore

if TYPE_CHECKING:
    from ballotdesk.store.chain import ChainReport

MEETING_FIELDS = ("title", "date", "venue", "organisation", "chair", "secretary")


def check_cutoff(date: str, cutoff: str | None) -> None:
    """Refuse a cut-off after the meeting: nobody can join after a meeting to vote at it (a slip of the year)."""
    if cutoff and cutoff > date:
        raise DomainError(translate(
            "Meeting", "The cut-off ({0}) is after the meeting date ({1}): members cannot join after the meeting "
            "to vote at it. Check the year.").format(long_date(dt.date.fromisoformat(cutoff)),
                                                     long_date(dt.date.fromisoformat(date))))


def _meeting_date(value: object) -> str:
    """A meeting date as stored (ISO), from a date or ISO text; anything else is refused in words."""
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise DomainError(translate(
            "Meeting", "'{0}' is not a date; write it as year-month-day (e.g. 2026-03-21).").format(value)) from None


def _document_language(code: object) -> str:
    """``code`` if the meeting's documents can be printed in it; refused otherwise."""
    value = str(code).strip().lower()
    if value not in words.DOCUMENT_LANGUAGES:
        raise DomainError(translate("Meeting", "Documents cannot be printed in '{0}'; choose one of {1}.").format(
            code, ", ".join(words.DOCUMENT_LANGUAGES)))
    return value


class MeetingService(RollImportMixin, DeskMixin):
    """An open meeting with the use cases the desk, the roll and the CLI need.

    The roll, its import and the desk are mixins (see the module's docstring); every public method
    is called on this class, as ``svc.register(...)`` or ``svc.import_roll(...)``.
    """

    @contextmanager
    def as_chair(self, pin: str) -> Iterator[None]:
        """Run chair-only use cases with ``pin`` for the length of the block, never longer.

        The GUI asks for the PIN when a use case refuses for want of it, and retries inside this
        block; the PIN is not kept afterwards, so the laptop left on the desk is not left unlocked.
        """
        self.chair_pin = pin
        try:
            yield
        finally:
            self.chair_pin = None

    # -- files -------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        *,
        title: str,
        date: dt.date,
        venue: str = "",
        organisation: str = "",
        cutoff: dt.date | None = None,
        quorum: str = "0",
        voting_statuses: Sequence[str] = (),
        actor: str = "chair",
        pin: str | None = None,
        language: str = words.SOURCE_LANGUAGE,
    ) -> MeetingService:
        """Create a meeting file with its details and rules (``language``: of its printed documents)."""
        title, venue, organisation = (check_text(k, v) for k, v in
                                      (("title", title), ("venue", venue), ("organisation", organisation)))
        if not title:
            raise DomainError(translate("Meeting", "A meeting needs a title."))
        language = _document_language(language)
        path = Path(path)
        if path.suffix != ".ballotdesk":
            path = path.with_name(path.name + ".ballotdesk")
        check_cutoff(date.isoformat(), cutoff.isoformat() if cutoff else None)
        details = {
            "title": title,
            "date": date.isoformat(),
            "venue": venue,
            "organisation": organisation,
            "cutoff": cutoff.isoformat() if cutoff else None,
            "quorum": str(Quorum.parse(quorum)),
            "voting_statuses": json.dumps(sorted(voting_statuses)),
            "language": language,
        }
        from ballotdesk.services.roles import check_new_pin, hash_pin

        pin_hash = hash_pin(check_new_pin(pin)) if pin is not None else None
        from ballotdesk.services.ballots import ensure_main_box

        # The Main hall box is made before the file gets its name: a meeting is never seen without it.
        store = MeetingStore.create(path, details, actor, secret={"pin_hash": pin_hash} if pin_hash else None,
                                    then=lambda staged: ensure_main_box(cls(staged, actor)))
        return cls(store, actor)

    @classmethod
    def open(cls, path: Path, actor: str = "desk", *, take_over: bool = False, reason: str = "",
             check_later: bool = False) -> MeetingService:
        """Open an existing meeting (checked first; a refused file is never changed).

        ``take_over``: continue a record that another installation's key authenticated so far
        (a backup restored on a spare laptop), with a logged hand-over; without it such a file is
        refused with :class:`HandOverNeeded`, which says whose key it was.

        ``check_later``: for a window, which shows the meeting at once and runs
        :meth:`record_check_job` on a worker thread, then :meth:`record_checked`; every change is
        refused until then (:attr:`record_pending` says why).
        """
        return cls(MeetingStore.open(Path(path), take_over=take_over, actor=actor, reason=reason,
                                     check_later=check_later), actor)

    @property
    def record_pending(self) -> str | None:
        """Why nothing can be changed yet (the record is still being checked, or failed its check), or None."""
        return self.store.pending_check

    def record_check_job(self) -> Callable[[], ChainReport | None]:
        """The opening checks of a meeting opened with ``check_later``, as a call for a worker thread.

        The call raises :class:`MeetingFileError` in words when the file is damaged or was changed
        outside BallotDesk; the meeting then stays closed to changes and should be closed.
        """
        return self.store.check_record

    def record_checked(self, report: ChainReport | None, *, take_over: bool = False, reason: str = "") -> None:
        """Accept the checks' report on this thread; raises :class:`HandOverNeeded` unless ``take_over``, if asked."""
        self.store.record_checked(report, take_over=take_over, actor=self.actor, reason=reason)

    @classmethod
    @contextmanager
    def reading(cls, path: Path, actor: str = "desk") -> Iterator[MeetingService]:
        """A meeting opened only to read its figures, roll or results, while another BallotDesk has it open.

        The desk holds the meeting's lock all evening; a secretary's script that asks for the
        attendance figures must not have to wait for the meeting to close.
        """
        with MeetingStore.reading(Path(path)) as store:
            yield cls(store, actor)

    def close(self) -> None:
        """Close the file and release the lock."""
        self.store.close()

    def __enter__(self) -> MeetingService:
        return self

    def __exit__(self, *_exc: object) -> None:
        """Close on leaving the block, on an error too: the lock must never outlive the command."""
        self.close()

    @property
    def path(self) -> Path:
        """The meeting file."""
        return self.store.path

    def save_copy(self, dest: Path) -> None:
        """Write a consistent copy of the meeting (SQLite's backup API) to ``dest``.

        The copy is written to a temporary file beside ``dest`` and moved over it only once it is
        complete, so a failure leaves ``dest`` as it was. The temporary name is short whatever
        ``dest`` is called; a name with no room beside it for SQLite's ``-journal`` (a copy that
        could never be opened) is refused in words. A ``dest`` that is a meeting open in another
        BallotDesk is refused: moving a file over it would leave that BallotDesk writing to a file
        no longer in the folder, and every change made there after would be lost. Its lock is held
        while it is replaced, and a leftover rollback journal of the replaced file is removed, since
        SQLite would otherwise play it back into the copy and ruin it.
        """
        import os
        import sqlite3
        import tempfile

        from ballotdesk.store.lock import FileLockedError, MeetingLock

        dest = Path(dest)
        if dest.resolve() == self.path.resolve():
            raise MeetingFileError(translate("Meeting", "A copy must go to another file than the open meeting."))
        if not dest.parent.is_dir():
            raise MeetingFileError(translate(
                "Meeting", "The copy could not be written: the folder {0} does not exist.").format(dest.parent))
        tmp: Path | None = None
        lock: MeetingLock | None = None
        try:
            if dest.exists():
                lock = MeetingLock(dest)
                try:
                    lock.acquire()
                except FileLockedError as holder:
                    lock = None
                    raise MeetingFileError(translate(
                        "Meeting", "{0} is open in {1}; close it there before saving a copy over it.").format(
                        dest.name, holder)) from None
            handle, name = tempfile.mkstemp(prefix=".ballotdesk-copy-", suffix=".part", dir=dest.parent)
            os.close(handle)
            tmp = Path(name)
            self.store.copy_to(tmp)
            try:
                inspect_copy(tmp)  # the copy alone must verify: it goes to another computer without a journal
            except MeetingFileError as error:
                raise MeetingFileError(translate(
                    "Meeting", "The copy written to {0} failed its check and was removed: {1}").format(
                    dest, error)) from None
            dest.with_name(dest.name + "-journal").unlink(missing_ok=True)
            tmp.replace(dest)
            tmp = None
        except (OSError, sqlite3.Error) as error:
            why = (translate("OsError", "the disk is full") if disk_full(error)
                   else os_reason(error) if isinstance(error, OSError) else str(error))
            raise MeetingFileError(translate(
                "Meeting", "The copy could not be written to {0}: {1}.").format(dest, why)) from None
        finally:
            if tmp is not None:
                try:
                    tmp.unlink(missing_ok=True)
                    tmp.with_name(tmp.name + "-journal").unlink(missing_ok=True)
                except OSError:
                    pass  # the refusal above says what went wrong; a stray temporary file is harmless
            if lock is not None:
                lock.release()

    # -- meeting details and rules -------------------------------------------------------

    def details(self) -> dict[str, Any]:
        """The meeting row as stored."""
        return self.store.meeting()

    def quorum_beyond_roll(self, quorum: Quorum | None = None) -> str:
        """Why the quorum (this meeting's, or ``quorum``) can never be met by the roll; empty when it can.

        Warned of, not refused: the roll may be imported in parts, or be the wrong year's until the
        right export arrives; the Meeting page and ``roll import`` say it in words.
        """
        quorum = self.quorum() if quorum is None else quorum
        return quorum.beyond_roll(self.eligible_on_roll(), self.store.member_count())

    def update_details(self, values: dict[str, Any], *, pin: str | None = None) -> dict[str, tuple[Any, Any]]:
        """Change meeting details or rules; logs each field's old and new value.

        Once registration has started, changing who may vote needs the chair's PIN.
        Returns the changes made ({} when nothing differed, in which case nothing is logged).
        """
        current = self.store.meeting()
        clean: dict[str, Any] = {}
        for key, value in values.items():
            if key == "date":
                value = _meeting_date(value)
            elif key in MEETING_FIELDS:
                value = str(value).strip()
                if value != (current[key] or ""):  # a value already stored (an older file's) is not refused again
                    value = check_text(key, value)
                if key == "title" and not value:
                    raise DomainError(translate("Meeting", "A meeting needs a title."))
            elif key == "cutoff":
                value = _meeting_date(value) if value else None
            elif key == "quorum":
                value = str(Quorum.parse(str(value)))
            elif key == "voting_statuses":
                value = json.dumps(sorted({str(s).strip() for s in value if str(s).strip()}))
            elif key == "four_eyes":
                value = int(bool(value))
            elif key == "language":
                value = _document_language(value)
            else:
                raise DomainError(translate("Meeting", "'{0}' is not a meeting setting.").format(key))
            clean[key] = value
        changes = {k: (current[k], v) for k, v in clean.items() if current[k] != v}
        if not changes:
            return {}
        if {"date", "cutoff"} & changes.keys():
            check_cutoff(clean.get("date", current["date"]), clean.get("cutoff", current["cutoff"]))
        if {"cutoff", "voting_statuses"} & changes.keys() and self.store.attendees():
            from ballotdesk.services.roles import require_chair

            require_chair(self, pin, QT_TRANSLATE_NOOP("Roles", "change who may vote after registration has started"))
        logged = {k: {"from": a, "to": b} for k, (a, b) in changes.items()}
        with self.store.change(self.actor, "meeting.update", logged):
            self.store.update_meeting({k: b for k, (_, b) in changes.items()})
        self._eligible_cache = None
        return changes

    # -- reading the log, for the interface ------------------------------------------------

    def audit_head(self) -> tuple[int, str]:
        """How many events the audit log holds, and the hash of the latest (which moves with every change)."""
        return self.store.audit_head()
