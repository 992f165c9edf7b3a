"""Importing a membership export into the roll: one logged transaction, cancellable, in batches.

One responsibility of :class:`~ballotdesk.services.meeting.MeetingService`, the largest: reading
the export, merging it by membership number while keeping what was entered by hand, and saying
whose right to vote it changed. It builds on the roll (``services/roll.py``) for the search
index it hands the desk, and is apart from it because none of this runs while the desk works.
"""

from __future__ import annotations

import gc
import hashlib
import json
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from ballotdesk.domain import search, words
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.roll_csv import CsvTable, RowProblem, parse_columns, read_csv
from ballotdesk.domain.words import translate
from ballotdesk.services.roll import RollMixin, _search_fields
from ballotdesk.store.store_base import now

BATCH = 5000
_ROLL_FIELDS = ("first_name", "last_name", "ward", "postcode", "join_date", "status", "email")
"""The roll's columns after the number, in the order the import and ``member_snapshot`` hold them."""
_PERSONAL_FIELDS = frozenset({"first_name", "last_name", "email", "postcode"})
"""The roll's columns that a purge of personal data blanks (``MeetingStore.purge_personal``)."""


class ImportCancelled(Exception):
    """The user cancelled an import; nothing was written."""


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


class RollImportMixin(RollMixin):
    """Merging a membership export into the roll (:meth:`import_roll`)."""

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
