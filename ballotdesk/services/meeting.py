"""Use cases for the meeting, the roll and the registration desk, shared by the GUI and the CLI.

Each public method is one transaction with one audit event, and returns plain data. Rules come
from ``ballotdesk.domain``; SQL stays in ``ballotdesk.store``.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import threading
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from ballotdesk.domain import search, words
from ballotdesk.domain.eligibility import (
    Eligibility,
    Quorum,
    Rules,
    guest_eligibility,
    long_date,
    member_eligibility,
    provisional_eligibility,
)
from ballotdesk.domain.errors import DomainError, os_reason
from ballotdesk.domain.roll_csv import CsvTable, MemberRecord, RowProblem, parse_columns, read_csv
from ballotdesk.domain.text import check_text
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate
from ballotdesk.store.meeting_file import HandOverNeeded as HandOverNeeded  # raised by open(), for the callers
from ballotdesk.store.meeting_file import disk_full, inspect_copy
from ballotdesk.store.meeting_store import MeetingFileError, MeetingStore
from ballotdesk.store.store_base import now

MEETING_FIELDS = ("title", "date", "venue", "organisation", "chair", "secretary")
BATCH = 5000
_ROLL_FIELDS = ("first_name", "last_name", "ward", "postcode", "join_date", "status", "email")
"""The roll's columns after the number, in the order the import and ``member_snapshot`` hold them."""
_PERSONAL_FIELDS = frozenset({"first_name", "last_name", "email", "postcode"})
"""The roll's columns that a purge of personal data blanks (``MeetingStore.purge_personal``)."""
_KIND_WORDS = {"guest": QT_TRANSLATE_NOOP("Meeting", "guest"),
               "provisional": QT_TRANSLATE_NOOP("Meeting", "provisional")}
"""The word for each kind of non-member attendee, for messages."""


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


class _NothingChanged(Exception):
    """Leaves a ``store.change`` block that turned out to change nothing, so it is rolled back unlogged."""


class ImportCancelled(Exception):
    """The user cancelled an import; nothing was written."""


@dataclass(frozen=True)
class MemberHit:
    """A member as the desk shows them in the result list."""

    number: str
    first_name: str
    last_name: str
    ward: str
    postcode: str
    may_vote: bool
    reason: str
    registered_at: str | None

    @property
    def name(self) -> str:
        """First name then surname."""
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class DeskPaper:
    """A ballot paper asked for with a registration: issued (with its box and serial), or why not.

    A person-level refusal (may not vote, already holds one) does not undo the registration:
    the steward still needs to know the person is in, and why no paper goes with them.
    """

    ballot_id: int
    ballot_title: str
    box: str
    serial: str = ""
    refused: str = ""

    @property
    def issued(self) -> bool:
        """True when this registration issued the paper."""
        return not self.refused


@dataclass(frozen=True)
class Registration:
    """What the status panel says after Enter.

    ``outcome`` is ``registered``, ``already`` (with the earlier time), ``returned`` (registered
    earlier and marked as departed: now marked as back, ``departed_at`` says when they had left),
    ``unknown`` (not on the roll) or ``refused`` (nothing done: a paper was asked for on a ballot
    that is not open or into a box that does not exist; ``reason`` says which). The same words
    are the ``status`` of ``register --json`` and of the HTTP API.
    """

    number: str
    outcome: str
    name: str = ""
    may_vote: bool = False
    reason: str = ""
    at: str | None = None
    attendee_id: int | None = None
    departed_at: str | None = None
    by: str = ""
    """Who registered them (the name given at the desk), for "already registered at 19:42 by Gareth"."""
    papers: tuple[DeskPaper, ...] = ()
    """The papers asked for with this registration, issued or refused, in the order asked."""

    @property
    def registered(self) -> bool:
        """True when this call registered the person."""
        return self.outcome == "registered"

    @property
    def present(self) -> bool:
        """True when the person is registered and present after this call (registered, already or returned)."""
        return self.outcome in ("registered", "already", "returned")


@dataclass(frozen=True)
class KeptEntry:
    """A value entered by hand that an import left in place although the export says otherwise.

    What was typed at the door is never overwritten behind the user's back: the import keeps it
    and says so, and the user takes the file's value by correcting the member.
    """

    line: int
    number: str
    field: str
    kept: str | None
    export: str | None


@dataclass(frozen=True)
class VerdictChange:
    """A registered member whose right to vote an import changed (the desk told them otherwise)."""

    number: str
    name: str
    may_vote: bool
    reason: str


@dataclass(frozen=True)
class ImportSummary:
    """How an import went: counts, every skipped row with its line and reason, and what to check.

    ``kept`` lists the values entered by hand that the import did not overwrite; ``verdicts``
    the registered members who may now vote, or no longer may, because of the import.
    """

    imported: int
    updated: int
    unchanged: int
    left: int
    skipped: list[RowProblem] = field(default_factory=list)
    kept: list[KeptEntry] = field(default_factory=list)
    verdicts: list[VerdictChange] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """The ``roll import --json`` shape."""
        return {
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "left": self.left,
            "skipped": [{"line": p.line, "reason": p.reason} for p in self.skipped],
            "kept_by_hand": [asdict(k) for k in self.kept],
            "vote_changed": [asdict(v) for v in self.verdicts],
        }


@dataclass(frozen=True)
class Figures:
    """The desk's live figures."""

    on_roll: int
    eligible: int
    registered: int
    may_vote_present: int
    guests: int
    departed: int
    quorum: int
    quorate: bool

    def as_json(self) -> dict[str, Any]:
        """The ``attendance --json`` shape."""
        return asdict(self)


@dataclass(frozen=True)
class Attendee:
    """One row of the attendance list."""

    id: int
    kind: str
    number: str
    name: str
    ward: str
    registered_at: str
    registered_by: str
    may_vote: bool
    reason: str
    departed_at: str | None


@dataclass(frozen=True)
class Undone:
    """A registration taken back, and the (ballot, box) of each paper the desk had issued with it."""

    attendee: Attendee
    papers: tuple[tuple[str, str], ...] = ()


def iso_date(value: str | None) -> dt.date | None:
    """Read an ISO date stored in the file."""
    return dt.date.fromisoformat(value) if value else None


def _search_fields(first: str, last: str, number: str, postcode: str) -> tuple[str, str]:
    """One member's search text and sort key, made as an import makes them."""
    texts, sort_keys = search.index_columns([first], [last], [number], [postcode])
    return texts[0], sort_keys[0]


class MeetingService:
    """An open meeting with the use cases the desk, the roll and the CLI need."""

    def __init__(self, store: MeetingStore, actor: str = "desk") -> None:
        self.store = store
        self.actor = actor
        self.chair_pin: str | None = None
        self._eligible_cache: int | None = None
        self._search_index: search.SearchIndex | None = None
        self._roll_generation = 0  # counts roll changes, so an index built meanwhile is not kept
        self._index_lock = threading.Lock()
        self._searches = False  # a desk searches this meeting: an import then hands it the index it built
        self._index_pending: tuple[int, threading.Event] | None = None
        self._matches: tuple[tuple[tuple[str, ...], int], list[int]] | None = None
        self._attendees_cache: tuple[tuple[int, int], list[Attendee]] | None = None
        self._verdicts: tuple[Rules | None, dict[tuple[Any, ...], bool]] = (None, {})

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
    def open(cls, path: Path, actor: str = "desk", *, take_over: bool = False, reason: str = "") -> MeetingService:
        """Open an existing meeting (checked first; a refused file is never changed).

        ``take_over``: continue a record that another installation's key authenticated so far
        (a backup restored on a spare laptop), with a logged hand-over; without it such a file is
        refused with :class:`HandOverNeeded`, which says whose key it was.
        """
        return cls(MeetingStore.open(Path(path), take_over=take_over, actor=actor, reason=reason), actor)

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

    def rules(self) -> Rules:
        """The eligibility rules of this meeting."""
        row = self.store.meeting()
        return Rules(iso_date(row["cutoff"]), frozenset(json.loads(row["voting_statuses"])))

    def quorum(self) -> Quorum:
        """The quorum as set for this meeting."""
        return Quorum.parse(self.store.meeting()["quorum"])

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

    # -- the roll ----------------------------------------------------------------------

    def import_roll(
        self,
        csv_path: Path,
        mapping: dict[str, int] | None = None,
        date_format: str = "dmy",
        progress: Callable[[int, int], bool] | None = None,
        table: CsvTable | None = None,
    ) -> ImportSummary:
        """Merge a membership export into the roll by membership number.

        New members are added, changed ones updated, members no longer in the export marked as
        left (never deleted, so no registration is lost). Defective rows are skipped and listed.
        The whole import is one transaction: cancelling through ``progress`` returning False,
        or any error, leaves the meeting exactly as it was. ``table`` is the file as already read
        (the import dialog's preview): the file is then read once, and what is imported is what
        the chair saw, even if the file changed on disk meanwhile.
        """
        with _collection_paused():
            return self._import_roll(Path(csv_path), mapping, date_format, progress, table)

    def _import_roll(self, csv_path: Path, mapping: dict[str, int] | None, date_format: str,
                     progress: Callable[[int, int], bool] | None, table: CsvTable | None) -> ImportSummary:
        from ballotdesk.domain.roll_csv import guess_mapping

        if table is None:
            table = read_csv(Path(csv_path))
        if mapping is None:
            mapping = guess_mapping(table.headers)
        def checkpoint() -> None:
            if progress and not progress(0, 0):  # total 0: reading, nothing written
                raise ImportCancelled

        roll = parse_columns(table, mapping, date_format, checkpoint=checkpoint)
        problems = roll.problems
        if not len(roll):
            raise DomainError(
                translate("Meeting", "{0} has no member that could be imported ({1} rows with problems); "
                          "the roll is unchanged.").format(Path(csv_path).name, len(problems))
                + (translate("Meeting", " First problem: line {0}: {1}.").format(problems[0].line, problems[0].reason)
                   if problems else "")
            )
        # Reading is done (total 0 = nothing written yet): the user may still cancel for free.
        checkpoint()
        texts, sort_keys = search.index_columns(roll.first_name, roll.last_name, roll.number, roll.postcode)
        checkpoint()
        fields = (roll.first_name, roll.last_name, roll.ward, roll.postcode, roll.join_date, roll.status, roll.email)
        digest = table.sha256 or hashlib.sha256(Path(csv_path).read_bytes()).hexdigest()
        details = {"file": Path(csv_path).name, "sha256": digest, "encoding": table.encoding,
                   "skipped": len(problems)}
        if self.store.is_roll_empty():
            counts = self._load_roll(roll.number, fields, texts, sort_keys, details, progress)
            return ImportSummary(*counts, skipped=problems)
        # A row skipped for a defect is still someone in the export: never mark them as left.
        in_export = set(roll.number) | {p.number for p in problems if p.number}
        before = self._member_verdicts()
        counts, kept = self._merge_roll(roll.number, fields, texts, sort_keys, in_export, details, progress,
                                        roll.lines, before)
        return ImportSummary(*counts, skipped=problems, kept=kept, verdicts=self._verdict_changes(before))

    def _load_roll(self, numbers: list[str], fields: Sequence[list[Any]], texts: list[str], sort_keys: list[str],
                   details: dict[str, Any], progress: Callable[[int, int], bool] | None) -> tuple[int, int, int, int]:
        """The first import into an empty roll: every row is new, in file order.

        The rows' rowids will be 1, 2, 3... in file order, so the chain's digest of the roll and
        the desk's search index are made from the columns in hand, not read back.
        """
        total = len(numbers)
        details.update(imported=total, updated=0, left=0)
        rows = iter(zip(numbers, *fields, texts, sort_keys, strict=True))

        def as_stored() -> list[Sequence[Any]]:  # rowids, then every column in the table's order; left_at NULL
            return [range(1, total + 1), numbers, *fields, [None] * total, texts, sort_keys]

        with (self.store.change(self.actor, "roll.import", details), self.store.bulk("members", as_stored),
              self.store.sort_index_deferred()):
            for done in range(0, total, BATCH):
                self.store.insert_members(islice(rows, BATCH))
                if progress and not progress(min(done + BATCH, total), total):
                    raise ImportCancelled
        self.roll_changed()
        if not self._searches:  # a headless import: nobody will search, so no index is built
            return total, 0, 0, 0
        # Roll order is (sort key, number), as the file is read back; "\0" sorts before any letter.
        keys = list(map("\0".join, zip(sort_keys, numbers, strict=True)))
        order = sorted(range(total), key=keys.__getitem__)
        index = search.SearchIndex(array("q", map((1).__add__, order)), list(map(texts.__getitem__, order)))
        with self._index_lock:
            self._search_index = index
        return total, 0, 0, 0

    def _merge_roll(self, numbers: list[str], fields: Sequence[list[Any]], texts: list[str], sort_keys: list[str],
                    in_export: set[str], details: dict[str, Any],
                    progress: Callable[[int, int], bool] | None, lines: Sequence[int] = (),
                    before: dict[str, bool] | None = None) -> tuple[tuple[int, int, int, int], list[KeptEntry]]:
        """An updated export: new members added, changed ones updated, those not ``in_export`` marked as left.

        Numbers are matched as the desk finds them, whatever their case: "a17" in this export is
        the "A17" already on the roll (and perhaps registered), not a new member beside a "left" one.
        A value entered by hand (``member.add``/``member.correct``) that the roll still holds is
        kept where the export differs, and listed (``kept_by_hand`` in the event, with both values
        unless they are personal), so a correction made at the door never disappears unseen. Registered
        members whose right to vote the import changes are listed too (``vote_changed``).

        A member whose details are unchanged but whose search words were made by an earlier
        BallotDesk (without "o brien" for O'Brien, say) has them made again, as part of this
        logged import (``search_refreshed`` in its details); they still count as unchanged.
        """
        existing = self.store.member_snapshot()
        folded: dict[str, str] | None = None  # folded number -> number on the roll, made on the first miss
        inserts: list[tuple[Any, ...]] = []
        changed: list[tuple[int, str, list[Any], tuple[Any, ...], str, str]] = []
        refreshed: list[tuple[str, str, str]] = []
        matched: set[str] = set()  # numbers on the roll that this export spells in another case
        unchanged = 0
        for k, (number, text, sort_key, *values) in enumerate(zip(numbers, texts, sort_keys, *fields, strict=True)):
            old = existing.get(number)
            if old is None:
                if folded is None:
                    folded = _folded_numbers(existing)
                stored = folded.get(number.casefold())
                if stored is not None:
                    number, old = stored, existing[stored]
                    matched.add(stored)
            if old is not None and list(old[:7]) == values and not old[-1]:
                unchanged += 1
                if (old[7], old[8]) != (text, sort_key):
                    refreshed.append((text, sort_key, number))
            elif old is None:
                inserts.append((number, *values, text, sort_key))
            else:
                changed.append((lines[k] if k < len(lines) else 0, number, values, old, text, sort_key))
        updates, kept = self._keep_hand_entries(changed)
        unchanged += len(changed) - len(updates)
        in_export_folded: set[str] | None = None
        left = []
        for n, old in existing.items():
            if old[-1] or n in in_export or n in matched:
                continue
            if in_export_folded is None:
                in_export_folded = {x.casefold() for x in in_export}
            if n.casefold() not in in_export_folded:
                left.append(n)
        total = len(inserts) + len(updates) + len(left)
        details.update(imported=len(inserts), updated=len(updates), left=len(left))
        if refreshed:
            details["search_refreshed"] = len(refreshed)
        if matched:
            details["matched_ignoring_case"] = len(matched)
        if kept:
            # Personal values (names, e-mail, postcode) stay out of this event, which a purge could
            # not blank: the kept one is in its member.correct event, the file's in the file (sha256).
            details["kept_by_hand"] = [
                {"number": e.number, "field": e.field}
                | ({} if e.field in _PERSONAL_FIELDS else {"kept": e.kept, "export": e.export}) for e in kept]
        done = 0
        before = self._member_verdicts() if before is None else before
        with self.store.change(self.actor, "roll.import", details), self.store.bulk("members"):
            self.store.refresh_search(refreshed)
            for batch in _batches(inserts):
                self.store.insert_members(batch)
                done += len(batch)
                if progress and not progress(done, total):
                    raise ImportCancelled
            for batch in _batches(updates):
                self.store.update_members(batch)
                done += len(batch)
                if progress and not progress(done, total):
                    raise ImportCancelled
            self.store.mark_left(left, now())
            with words.english():  # the audit log keeps English, whatever the desk shows
                verdicts = self._verdict_changes(before)
            if verdicts:
                details["vote_changed"] = [{"number": v.number, "may_vote": v.may_vote, "reason": v.reason}
                                           for v in verdicts]
            if progress and not progress(total, total):
                raise ImportCancelled
        self.roll_changed()
        self.search_index()  # built here, on the import's thread: the desk's first keystroke finds them
        return (len(inserts), len(updates), unchanged, len(left)), kept

    def _keep_hand_entries(self, changed: list[tuple[int, str, list[Any], tuple[Any, ...], str, str]],
                           ) -> tuple[list[tuple[Any, ...]], list[KeptEntry]]:
        """The update rows for ``changed`` members, with every value entered by hand left as it is.

        Each item of ``changed`` is (line, number, export values, stored snapshot, search, sort key).
        A stored value counts as entered by hand when the latest hand entry for that field (in the
        audit log) set it and the roll still holds it; the export's differing value is then
        reported, not written.
        """
        hand = self._hand_entered() if changed else {}
        updates: list[tuple[Any, ...]] = []
        kept: list[KeptEntry] = []
        for line, number, values, old, text, sort_key in changed:
            typed = hand.get(number)
            if typed:
                for i, name in enumerate(_ROLL_FIELDS):
                    if values[i] != old[i] and name in typed and typed[name] == old[i]:
                        kept.append(KeptEntry(line, number, name, old[i], values[i]))
                        values = [*values[:i], old[i], *values[i + 1:]]
                if list(old[:7]) == values and not old[-1]:
                    continue  # only hand entries differed: nothing to write
                text, sort_key = _search_fields(values[0], values[1], number, values[3])
            updates.append((*values, text, sort_key, number))
        return updates, kept

    def _hand_entered(self) -> dict[str, dict[str, Any]]:
        """For each member, the latest value entered by hand in each field, read from the audit log.

        A blank field of a member added by hand was not entered (the export may fill it in); a
        correction that clears a field was.
        """
        hand: dict[str, dict[str, Any]] = {}
        for event in self.store.iter_events():
            if event["action"] not in ("member.add", "member.correct"):
                continue
            details = json.loads(event["details"])
            number = details.get("number")
            if not isinstance(number, str):
                continue
            if event["action"] == "member.add":
                typed = {k: v for k, v in details.items() if k in _ROLL_FIELDS and v not in ("", None)}
            else:
                changes = details.get("changes")
                typed = {k: c.get("to") for k, c in changes.items()
                         if k in _ROLL_FIELDS and isinstance(c, dict)} if isinstance(changes, dict) else {}
            hand.setdefault(number, {}).update(typed)
        return hand

    def _member_verdicts(self) -> dict[str, bool]:
        """Whether each registered member may vote, as the desk would say now."""
        rules = self.rules()
        return {row["member_number"]: self._eligibility_row(row, rules).may_vote
                for row in self.store.attendees() if row["kind"] == "member"}

    def _verdict_changes(self, before: dict[str, bool]) -> list[VerdictChange]:
        """The registered members whose right to vote is not what it was in ``before``."""
        rules = self.rules()
        changes = []
        for row in self.store.attendees():
            number = row["member_number"]
            if row["kind"] != "member" or number not in before:
                continue
            e = self._eligibility_row(row, rules)
            if e.may_vote != before[number]:
                name = f"{row['first_name'] or ''} {row['last_name'] or ''}".strip()
                changes.append(VerdictChange(number, name, e.may_vote, e.reason))
        return changes

    def save_member(self, record: MemberRecord, *, new: bool = False) -> str:
        """Add a member by hand or correct one; logs the old and new values. Returns 'added'/'corrected'/'unchanged'.

        The number is matched as the desk matches it, in upper or lower case, so "a17" corrects
        the "A17" on the roll rather than adding a second A17 who could register (and vote) again.
        With ``new`` (the Add member dialog) a number already on the roll is refused: adding
        someone must never overwrite another member's details.
        """
        number = check_text("number", record.number)
        if not number:
            raise DomainError(translate("Meeting", "A member needs a membership number."))
        values = {
            "first_name": record.first_name.strip(), "last_name": record.last_name.strip(),
            "ward": record.ward.strip(), "postcode": record.postcode.strip(),
            "join_date": record.join_date.isoformat() if record.join_date else None,
            "status": record.status.strip(), "email": record.email.strip(),
        }
        old = self.member(number)
        for key, value in values.items():
            # What was typed is checked; a value the roll already holds (imported) is not refused again.
            if isinstance(value, str) and (old is None or value != (old[key] or "")):
                check_text(key, value)
        if old is not None and new:
            raise DomainError(translate(
                "Meeting", "Membership number {0} is already on the roll ({1}); to change their details, "
                "select them on the roll and choose Edit member.").format(
                old["number"], f"{old['first_name']} {old['last_name']}".strip()))
        if old is not None:
            number = old["number"]
        text, sort_key = _search_fields(record.first_name.strip(), record.last_name.strip(), number,
                                        record.postcode.strip())
        if old is None:
            with self.store.change(self.actor, "member.add", {"number": number, **values}):
                self.store.insert_members([(number, *values.values(), text, sort_key)])
            outcome = "added"
        else:
            diff = {k: {"from": old[k], "to": v} for k, v in values.items() if old[k] != v}
            if old["left_at"] is not None:  # saving a member who left puts them back on the roll: say so
                diff["left_at"] = {"from": old["left_at"], "to": None}
            if not diff:
                return "unchanged"
            with self.store.change(self.actor, "member.correct", {"number": number, "changes": diff}):
                self.store.update_members([(*values.values(), text, sort_key, number)])
            outcome = "corrected"
        self.roll_changed()
        return outcome

    def eligibility_of(self, member: dict[str, Any]) -> Eligibility:
        """The eligibility of a roll row under this meeting's rules."""
        return member_eligibility(
            self.rules(), iso_date(member["join_date"]), member["status"] or "",
            left=member["left_at"] is not None,
        )

    def search_index(self) -> search.SearchIndex:
        """The desk's in-memory search index, read from the roll on first use after a change.

        If a worker is building it (:meth:`search_index_job`), this waits for that one rather
        than building a second beside it.
        """
        self._searches = True
        pending = self._index_pending
        if self._search_index is None and pending is not None and pending[0] == self._roll_generation:
            pending[1].wait(timeout=2)  # a worker that never ran must not freeze the desk
        with self._index_lock:
            if self._search_index is None:
                self._search_index = search.SearchIndex.of(self.store.search_entries())
            return self._search_index

    def search_ready(self) -> bool:
        """Whether the search index is built (a search will not have to build it first)."""
        return self._search_index is not None

    def search_index_job(self) -> Callable[[], None]:
        """A call that builds the search index, for a worker thread, through a connection of its own.

        On a 100,000-member roll the index takes a quarter of a second to build: the window
        builds it in the background just after a meeting opens, so neither the opening nor the
        steward's first keystroke waits for it. It is kept only if the roll has not changed
        meanwhile.
        """
        path, generation, done = self.store.path, self._roll_generation, threading.Event()
        self._index_pending = (generation, done)
        self._searches = True

        def build() -> None:
            try:
                with MeetingStore.search_entries_of(path) as entries:
                    index = search.SearchIndex.of(entries)
                with self._index_lock:
                    if self._roll_generation == generation and self._search_index is None:
                        self._search_index = index
            finally:
                done.set()

        return build

    def roll_changed(self) -> None:
        """Forget what was worked out from the roll (call after any change to it)."""
        with self._index_lock:
            self._eligible_cache = None
            self._search_index = None
            self._roll_generation += 1

    def search(self, query: str, limit: int = 50) -> list[MemberHit]:
        """Members for the desk as the steward types: an exact number first, then by surname.

        People give their name with a title ("Dr. Siân O'Brien-Jones", "Cllr Jones"); the roll
        holds names without one. When a title leads and nothing matches, the rest is searched,
        so the steward who types what they heard still finds the member. (Only on that empty
        path: every other keystroke costs what it did.)
        """
        terms = search.words(query)
        if not terms:
            return []
        exact = query.strip() if len(query.split()) == 1 else ""
        numbered = self.store.members_numbered(exact) if exact else []
        unique: dict[str, dict[str, Any]] = {}
        for row in [*numbered, *self.store.members_by_rowid(self.search_index().find(terms, limit + len(numbered)))]:
            unique.setdefault(row["number"], row)  # the exact number first, then roll order
        rows = list(unique.values())[:limit]
        if not rows and len(terms) > 1 and terms[0] in {
                "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "rev", "revd", "cllr", "councillor",
                "sir", "dame", "lord", "lady", "fr", "father", "sister", "parch", "cyng"}:
            return self.search(" ".join(terms[1:]), limit)
        rules = self.rules()
        registered = {a["member_number"]: a["registered_at"]
                      for a in self.store.attendees_for([r["number"] for r in rows])}
        hits = []
        for r in rows:
            e = member_eligibility(rules, iso_date(r["join_date"]), r["status"] or "",
                                   left=r["left_at"] is not None)
            hits.append(MemberHit(r["number"], r["first_name"], r["last_name"], r["ward"],
                                  r["postcode"], e.may_vote, e.reason, registered.get(r["number"])))
        return hits

    # -- registration --------------------------------------------------------------------

    def register(self, number: str, ballot: int | None = None, box: str | None = None) -> Registration:
        """Register a member at the door, and with ``ballot`` issue their paper into ``box`` in the same change.

        Registering someone twice is impossible: an already registered member is ``already``
        (and gets the paper asked for, if they may vote and hold none yet), a departed one is
        marked as back (``returned``). A ballot that is not open, or a box that does not exist,
        refuses the whole request (``refused``) and changes nothing.
        """
        return self._register(number, [(ballot, box)] if ballot is not None else [], strict=True)

    def register_at_desk(self, number: str) -> Registration:
        """Register as the desk does: with a paper for every open ballot set to be issued at the desk.

        Which ballots those are is the ballots service's to say (:func:`ballots.desk_ballots`),
        so the Qt desk and any other desk issue the same papers.
        """
        from ballotdesk.services.ballots import desk_ballots

        return self._register(number, list(desk_ballots(self)), strict=False)

    def _register(self, number: str, wanted: Sequence[tuple[int, str | None]], *, strict: bool) -> Registration:
        """Registration and the papers asked with it, as one logged change (or none at all).

        ``strict``: the caller named the ballot and box, so a ballot that cannot be issued now
        refuses the request; the desk's own list only names open ballots.
        """
        from ballotdesk.services import ballots

        number = number.strip()
        member = self.member(number)
        if member is None:
            if not search.looks_like_number(number):
                return Registration(number, "unknown", reason=translate(
                    "Desk", "No member matches '{0}'").format(number))
            return Registration(number, "unknown", reason=translate(
                "Desk", "membership number {0} is not on the roll").format(number))
        number = member["number"]  # as stored: "a17" typed registers the "A17" on the roll
        name = f"{member['first_name']} {member['last_name']}".strip()
        e = self.eligibility_of(member)
        targets: list[tuple[int, str, tuple[int, str]]] = []
        for ballot_id, box in wanted:
            try:
                target = ballots.issue_target(self, ballot_id, box)
            except DomainError as error:
                if strict:
                    return Registration(number, "refused", name, e.may_vote, str(error))
                continue
            targets.append((ballot_id, ballots.ballot_row(self, ballot_id)["title"], target))
        earlier = self.store.attendee_by_member(number)
        if earlier is None:
            return self._register_new(member, e, targets)
        return self._register_again(member, e, earlier, targets)

    def _register_new(self, member: dict[str, Any], e: Eligibility,
                      targets: Sequence[tuple[int, str, tuple[int, str]]]) -> Registration:
        """A first registration and its papers: one ``attendee.register`` change."""

        number, name = member["number"], f"{member['first_name']} {member['last_name']}".strip()
        at = now()
        with words.english():  # the audit log keeps English, whatever the desk shows
            stored_reason = self.eligibility_of(member).reason
        details: dict[str, Any] = {"number": number, "may_vote": e.may_vote, "reason": stored_reason}
        with self.store.change(self.actor, "attendee.register", details) as ev:
            attendee_id = self.store.insert_attendee(
                {"member_number": number, "kind": "member", "registered_at": at, "registered_by": self.actor})
            ev["attendee_id"] = attendee_id
            papers = self._issue_with(attendee_id, targets, ev, may_vote=e.may_vote)
        return Registration(number, "registered", name, e.may_vote, e.reason, at, attendee_id, papers=papers)

    def _register_again(self, member: dict[str, Any], e: Eligibility, earlier: dict[str, Any],
                        targets: Sequence[tuple[int, str, tuple[int, str]]]) -> Registration:
        """Someone registered earlier: ``already``, or ``returned`` if marked as departed, with any papers asked.

        Back at the door after being marked as departed: present again, so the figures and the
        quorum count them again (logged as a return, like the Attendance page's), with any paper
        asked for in the same change. Someone registered before papers were issued gets theirs now.
        """

        number, name = member["number"], f"{member['first_name']} {member['last_name']}".strip()
        attendee_id = int(earlier["id"])
        returned = earlier["departed_at"] is not None
        if not returned and not targets:
            return Registration(number, "already", name, e.may_vote, e.reason,
                                earlier["registered_at"], attendee_id, by=earlier["registered_by"])
        action = "attendee.returned" if returned else "paper.issue"
        details = {"attendee_ids": [attendee_id]} if returned else {"attendee_id": attendee_id, "number": number}
        papers: tuple[DeskPaper, ...] = ()
        try:
            with self.store.change(self.actor, action, details) as ev:
                if returned:
                    self.store.update_attendee(attendee_id, {"departed_at": None})
                papers = self._issue_with(attendee_id, targets, ev, may_vote=e.may_vote)
                if not returned and not any(p.issued for p in papers):
                    raise _NothingChanged  # rolls the empty change back: no audit event for nothing
        except _NothingChanged:
            pass
        return Registration(number, "returned" if returned else "already", name, e.may_vote, e.reason,
                            earlier["registered_at"], attendee_id, earlier["departed_at"] if returned else None,
                            earlier["registered_by"], papers)

    def _issue_with(self, attendee_id: int, targets: Sequence[tuple[int, str, tuple[int, str]]],
                    event: dict[str, Any], *, may_vote: bool) -> tuple[DeskPaper, ...]:
        """Issue each paper asked for with a registration, inside its change, under the ballots' issue rule.

        Someone who may not vote is simply given no paper: the panel already says why they may
        not vote, and a second refusal beside it would only alarm the door.
        """
        from ballotdesk.services import ballots

        papers: list[DeskPaper] = []
        if not may_vote:
            return ()
        for ballot_id, title, target in targets:
            try:
                ballots.check_holder(self, ballot_id, attendee_id)
            except DomainError as error:
                papers.append(DeskPaper(ballot_id, title, target[1], refused=str(error)))
                continue
            paper = ballots.record_paper(self, ballot_id, attendee_id, target)
            papers.append(DeskPaper(ballot_id, title, paper.box, paper.serial))
            event.setdefault("papers", []).append(
                {"ballot_id": ballot_id, "box": paper.box, "serial": paper.serial, "paper_id": paper.id})
        return tuple(papers)

    def add_guest(self, name: str, note: str = "") -> Attendee:
        """Register a guest (press, visitor): may attend, never votes."""
        return self._add_other("guest", name, note)

    def add_provisional(self, name: str, reason: str) -> Attendee:
        """Register someone not on the roll, pending the chair's approval to vote."""
        if not reason.strip():
            raise DomainError(translate(
                "Meeting", "Say why this person is admitted provisionally (e.g. 'renewed last week')."))
        return self._add_other("provisional", name, reason)

    def _add_other(self, kind: str, name: str, note: str) -> Attendee:
        name = check_text("name", name)
        if not name:
            raise DomainError(translate("Meeting", "A {0} attendee needs a name.").format(
                translate("Meeting", _KIND_WORDS.get(kind, kind))))
        note = check_text("reason" if kind == "provisional" else "note", note)
        with self.store.change(self.actor, f"attendee.{kind}", {"name": name.strip(), "note": note.strip()}) as ev:
            attendee_id = self.store.insert_attendee(
                {"kind": kind, "name": name.strip(), "note": note.strip(),
                 "registered_at": now(), "registered_by": self.actor})
            ev["attendee_id"] = attendee_id
        return self.attendee(attendee_id)

    def approve_provisional(self, attendee_id: int, approved: bool = True, *, pin: str | None = None) -> Attendee:
        """The chair lets a provisional attendee vote (or withdraws that approval)."""
        from ballotdesk.services.roles import require_chair

        require_chair(self, pin, QT_TRANSLATE_NOOP("Roles", "approve a provisional attendee's vote"))
        row = self.store.attendee(attendee_id)
        if row is None or row["kind"] != "provisional":
            raise DomainError(translate("Meeting", "Only a provisional attendee's vote can be approved."))
        with self.store.change(self.actor, "attendee.approve_vote",
                               {"attendee_id": attendee_id, "approved": approved}):
            self.store.update_attendee(attendee_id, {"vote_approved": int(approved)})
        return self.attendee(attendee_id)

    def undo_last_registration(self, attendee_id: int | None = None) -> Undone | None:
        """Take back the most recent registration (Ctrl+Z at the desk); logged, never silent.

        A wrong Enter at a desk that issues ballot papers also issued a paper: while that paper is
        still live, unnumbered and its ballot still open, it is taken back with the registration
        (both in one logged change; the steward keeps the paper). A registration whose paper was
        numbered, spoilt, withdrawn or is on a closed ballot stays: the ballot paper account keeps
        every paper handed out and the person it went to, and the refusal says what to do instead.
        With ``attendee_id`` (the desk's own latest registration) nothing is taken back unless that
        is still the latest.
        """
        last = self.store.last_attendee_id()
        if last is None:
            return None
        if attendee_id is not None and attendee_id != last:
            # The desk asks for the registration it made; anyone registered since is not its to take back.
            raise DomainError(translate(
                "Meeting", "{0} is no longer the latest registration, so it is not taken back.").format(
                self.attendee(attendee_id).name if self.store.attendee(attendee_id) else attendee_id))
        attendee_id = last
        undone = self.attendee(attendee_id)
        papers = self.store.papers_of(attendee_id)
        if any(p["state"] != "live" or p["serial"] or p["ballot_status"] != "open" for p in papers):
            raise DomainError(translate(
                "Meeting", "{0} already holds a ballot paper, so the registration cannot be undone, even once "
                "the paper is withdrawn. Take the paper back, withdraw it (Ballots page) and mark them as "
                "departed (Attendance page).").format(undone.name))
        details: dict[str, Any] = {"attendee_id": attendee_id, "number": undone.number, "name": undone.name}
        if papers:
            details["papers_taken_back"] = [{"paper_id": p["id"], "ballot_id": p["ballot_id"], "box": p["box"]}
                                            for p in papers]
        with self.store.change(self.actor, "attendee.undo", details):
            self.store.delete_papers([p["id"] for p in papers])
            self.store.delete_attendee(attendee_id)
        return Undone(undone, tuple((p["ballot_title"], p["box"]) for p in papers))

    def set_departed(self, attendee_ids: Iterable[int], departed: bool) -> int:
        """Mark attendees as departed or returned; returns how many changed."""
        ids = [i for i in attendee_ids
               if (row := self.store.attendee(i)) and (row["departed_at"] is None) == departed]
        if not ids:
            return 0
        at = now() if departed else None
        with self.store.change(self.actor, "attendee.departed" if departed else "attendee.returned",
                               {"attendee_ids": ids}):
            for i in ids:
                self.store.update_attendee(i, {"departed_at": at})
        return len(ids)

    # -- attendance ----------------------------------------------------------------------

    def _eligibility_row(self, row: dict[str, Any], rules: Rules) -> Eligibility:
        if row["kind"] == "guest":
            return guest_eligibility()
        if row["kind"] == "provisional":
            return provisional_eligibility(row["note"], bool(row["vote_approved"]))
        return member_eligibility(rules, iso_date(row["join_date"]), row["status"] or "",
                                  left=row["left_at"] is not None)

    def _attendee(self, row: dict[str, Any], rules: Rules) -> Attendee:
        e = self._eligibility_row(row, rules)
        name = row["name"] if row["kind"] != "member" else f"{row['first_name']} {row['last_name']}".strip()
        return Attendee(row["id"], row["kind"], row["member_number"] or "", name, row["ward"] or "",
                        row["registered_at"], row["registered_by"], e.may_vote, e.reason,
                        row["departed_at"])

    def attendee(self, attendee_id: int) -> Attendee:
        """One attendee with eligibility."""
        row = self.store.attendee(attendee_id)
        if row is None:
            raise DomainError(translate("Meeting", "There is no attendee {0}.").format(attendee_id))
        return self._attendee(row, self.rules())

    def attendees(self) -> list[Attendee]:
        """The attendance list, in registration order.

        Every page redraws after every change and several of them show attendance figures, so
        the list is kept until the audit log says the meeting changed.
        """
        version = (self.store.audit_version(), words.generation())  # reasons are in the interface language
        if self._attendees_cache is None or self._attendees_cache[0] != version:
            rules = self.rules()
            self._attendees_cache = (version, [self._attendee(row, rules) for row in self.store.attendees()])
        return list(self._attendees_cache[1])

    def namesakes(self, name: str) -> list[Attendee]:
        """Guests and provisional attendees already registered under ``name`` (case, accents and spaces aside).

        Two visitors may share a name, so the desk asks rather than refuses; most often it is the
        same person added twice.
        """
        wanted = search.words(name)
        return [a for a in self.attendees() if a.kind != "member" and wanted and search.words(a.name) == wanted]

    def eligible_on_roll(self) -> int:
        """Members on the roll who may vote (cached until the roll or the rules change)."""
        if self._eligible_cache is None:
            rules = self.rules()
            self._eligible_cache = self.store.count_members_matching(
                rules.cutoff.isoformat() if rules.cutoff else None, sorted(rules.voting_statuses))
        return self._eligible_cache

    # -- reading the roll and the log, for the interface -----------------------------------------

    def member(self, number: str) -> dict[str, Any] | None:
        """One member's row as stored, or None if the number is not on the roll.

        The number is matched as the desk's search matches it: exactly, else in upper or lower
        case, so "a17" typed at a script or in a dialog is the "A17" on the roll (one still on
        the roll before one who left, if an older file holds both).
        """
        number = number.strip()
        row = self.store.member(number)
        if row is None:
            same = [r for r in self.store.members_numbered(number) if r["number"].casefold() == number.casefold()]
            row = min(same, key=lambda r: r["left_at"] is not None) if same else None
        return row

    def member_count(self) -> int:
        """Members on the roll (those marked as left are not counted)."""
        return self.store.member_count()

    def statuses(self) -> list[tuple[str, int]]:
        """Each membership status on the roll with its number of members, most common first."""
        return self.store.statuses()

    def roll_page(self, after: tuple[str, str] | None, limit: int, terms: Sequence[str] = (),
                  offset: int = 0) -> tuple[list[dict[str, Any]], dict[str, str]]:
        """A page of the roll in name order, and when each member on it registered.

        The whole roll is paged from the key ``after`` (the last row held); a roll narrowed to
        ``terms`` (folded search words, ``domain.search.words``) from ``offset``, the number of
        rows held, in the list of matches that the search index gives. Either way a
        100,000-member roll is read a page at a time, never whole.
        """
        if terms:
            rows = self.store.members_by_rowid(self._matching(terms)[offset:offset + limit])
        else:
            rows = self.store.members_page(after, limit)
        registered = {a["member_number"]: a["registered_at"]
                      for a in self.store.attendees_for([r["number"] for r in rows])}
        return rows, registered

    def roll_size(self, terms: Sequence[str] = ()) -> int:
        """How many members (including those marked as left) match ``terms`` (all when empty)."""
        return len(self._matching(terms)) if terms else self.store.member_count(include_left=True)

    def _matching(self, terms: Sequence[str]) -> list[int]:
        """Rowids of the members matching ``terms``, in roll order, kept while the terms and the roll stay."""
        key = (tuple(terms), self._roll_generation)
        if self._matches is None or self._matches[0] != key:
            self._matches = (key, self.search_index().matches(terms))
        return self._matches[1]

    def audit_head(self) -> tuple[int, str]:
        """How many events the audit log holds, and the hash of the latest (which moves with every change)."""
        return self.store.audit_head()

    def figures(self) -> Figures:
        """Live figures for the desk, the hosted pages and ``attendance --json``.

        Every registration redraws them, on the desk and on every joined device, so they are
        counted from :meth:`MeetingStore.attendance_groups` with each group's right to vote
        decided once by the domain's rule (and remembered while the rules stay), not rebuilt
        from every attendee's row: with 5,000 registered that was a third of a second a change.
        """
        rules = self.rules()
        if self._verdicts[0] != rules:
            self._verdicts = (rules, {})
        verdicts = self._verdicts[1]
        registered = may_vote_present = guests = departed = 0
        for group in self.store.attendance_groups():
            count = int(group["n"])
            registered += count
            guests += count if group["kind"] == "guest" else 0
            if not group["present"]:
                departed += count
                continue
            key = (group["kind"], group["join_date"], group["status"], bool(group["left_roll"]),
                   bool(group["vote_approved"]))
            if key not in verdicts:
                with words.english():  # only the verdict is wanted, not the words
                    verdicts[key] = self._eligibility_row(
                        {"kind": key[0], "join_date": key[1], "status": key[2], "left_at": "" if key[3] else None,
                         "note": "", "vote_approved": key[4]}, rules).may_vote
            may_vote_present += count if verdicts[key] else 0
        eligible = self.eligible_on_roll()
        required = self.quorum().required(eligible)
        return Figures(
            on_roll=self.store.member_count(),
            eligible=eligible,
            registered=registered,
            may_vote_present=may_vote_present,
            guests=guests,
            departed=departed,
            quorum=required,
            quorate=may_vote_present >= required,
        )


def _folded_numbers(existing: dict[str, tuple[Any, ...]]) -> dict[str, str]:
    """Each membership number on the roll by its case-folded form; a member still on the roll wins a clash."""
    folded: dict[str, str] = {}
    for number, old in existing.items():
        key = number.casefold()
        if key not in folded or not old[-1]:
            folded[key] = number
    return folded


@contextmanager
def _collection_paused() -> Iterator[None]:
    """Hold off Python's cycle collector while an import builds a million small objects.

    None of them is garbage (rows, records, strings), but each threshold crossed makes the
    collector walk them all again: about a third of a 100,000-member import. Whatever was
    switched on before is switched back on after.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _batches(rows: list[tuple[Any, ...]]) -> Iterable[list[tuple[Any, ...]]]:
    for start in range(0, len(rows), BATCH):
        yield rows[start : start + BATCH]
