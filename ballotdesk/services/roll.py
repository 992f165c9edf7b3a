"""The roll: reading members, searching them as the desk types, and adding or correcting one by hand.

One responsibility of :class:`~ballotdesk.services.meeting.MeetingService`, kept apart from the
import of a whole membership export (``services/roll_import.py``, which builds on this) and from
the registration desk (``services/desk.py``). It owns the desk's in-memory search index and what
is worked out from the roll (the number eligible), and forgets them when the roll changes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ballotdesk.domain import search
from ballotdesk.domain.eligibility import Eligibility, Rules, member_eligibility
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.roll_csv import MemberRecord
from ballotdesk.domain.text import check_text
from ballotdesk.domain.words import translate
from ballotdesk.services.meeting_base import MeetingBase, iso_date
from ballotdesk.store.meeting_store import MeetingStore


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
class RollMember:
    """A member as the roll lists them: their details, whether they may vote and why, and when they registered.

    The eligibility is worked out here, under the meeting's rules, so the roll says what the desk,
    ``roll search`` and the host say about the same member.

    Attributes:
        record: The details as held and as the member dialog edits them.
        left_at: When a later export no longer listed them (None while on the roll).
        eligibility: May attend, may vote, and the reason, under this meeting's rules.
        registered_at: When they registered at this meeting (None if not here).
        sort_key: The roll's name order; the next page of the roll starts after it.
    """

    record: MemberRecord
    left_at: str | None
    eligibility: Eligibility
    registered_at: str | None
    sort_key: str

    @property
    def number(self) -> str:
        """The membership number, the member's key on the roll."""
        return self.record.number

    @property
    def left(self) -> bool:
        """No longer in the latest membership export: kept on the roll, marked as left, and may not vote."""
        return self.left_at is not None

    @classmethod
    def of(cls, row: dict[str, Any], rules: Rules, registered_at: str | None) -> RollMember:
        """The named value of a stored roll row, its eligibility under ``rules``."""
        joined = iso_date(row["join_date"])
        status = row["status"] or ""
        record = MemberRecord(row["number"], row["first_name"], row["last_name"], row["ward"], row["postcode"],
                              joined, status, row["email"])
        eligibility = member_eligibility(rules, joined, status, left=row["left_at"] is not None)
        return cls(record, row["left_at"], eligibility, registered_at, row["sort_key"])


def _search_fields(first: str, last: str, number: str, postcode: str) -> tuple[str, str]:
    """One member's search text and sort key, made as an import makes them."""
    texts, sort_keys = search.index_columns([first], [last], [number], [postcode])
    return texts[0], sort_keys[0]


class RollMixin(MeetingBase):
    """The roll's use cases and the search index the desk types into."""

    def __init__(self, store: MeetingStore, actor: str = "desk") -> None:
        super().__init__(store, actor)
        self._eligible_cache: int | None = None
        self._search_index: search.SearchIndex | None = None
        self._roll_generation = 0  # counts roll changes, so an index built meanwhile is not kept
        self._index_lock = threading.Lock()
        self._searches = False  # a desk searches this meeting: an import then hands it the index it built
        self._index_pending: tuple[int, threading.Event] | None = None
        self._matches: tuple[tuple[tuple[str, ...], int], list[int]] | None = None

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

    def eligible_on_roll(self) -> int:
        """Members on the roll who may vote (cached until the roll or the rules change)."""
        if self._eligible_cache is None:
            rules = self.rules()
            self._eligible_cache = self.store.count_members_matching(
                rules.cutoff.isoformat() if rules.cutoff else None, sorted(rules.voting_statuses))
        return self._eligible_cache

    # -- reading the roll, for the interface -----------------------------------------------

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

    def roll_member(self, number: str) -> RollMember | None:
        """One member as the roll lists them, or None if the number is not on the roll (matched as :meth:`member`)."""
        row = self.member(number)
        if row is None:
            return None
        registered = self.store.attendees_for([row["number"]])
        return RollMember.of(row, self.rules(), registered[0]["registered_at"] if registered else None)

    def roll_page(self, after: tuple[str, str] | None, limit: int, terms: Sequence[str] = (),
                  offset: int = 0) -> list[RollMember]:
        """A page of the roll in name order, each member with their eligibility and when they registered.

        The whole roll is paged from the key ``after`` (``(sort_key, number)`` of the last member
        held); a roll narrowed to ``terms`` (folded search words, ``domain.search.words``) from
        ``offset``, the number of members held, in the list of matches that the search index
        gives. Either way a 100,000-member roll is read a page at a time, never whole.
        """
        if terms:
            rows = self.store.members_by_rowid(self._matching(terms)[offset:offset + limit])
        else:
            rows = self.store.members_page(after, limit)
        registered = {a["member_number"]: a["registered_at"]
                      for a in self.store.attendees_for([r["number"] for r in rows])}
        rules = self.rules()
        return [RollMember.of(r, rules, registered.get(r["number"])) for r in rows]

    def roll_size(self, terms: Sequence[str] = ()) -> int:
        """How many members (including those marked as left) match ``terms`` (all when empty)."""
        return len(self._matching(terms)) if terms else self.store.member_count(include_left=True)

    def _matching(self, terms: Sequence[str]) -> list[int]:
        """Rowids of the members matching ``terms``, in roll order, kept while the terms and the roll stay."""
        key = (tuple(terms), self._roll_generation)
        if self._matches is None or self._matches[0] != key:
            self._matches = (key, self.search_index().matches(terms))
        return self._matches[1]
