"""The rows of a meeting: every read and write of the roll, attendees, boxes, ballots, papers, counts, results.

Plain SQL, one method a query, each write called inside ``store.change(...)`` (which writes the audit
event). Kept apart from :mod:`ballotdesk.store.meeting_store`, which opens the file and writes the
changes with their audit events: the rows are what the services ask for, and they grow with the app.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ballotdesk.domain.search import index_text
from ballotdesk.store.store_base import StoreBase, now


class MeetingRows(StoreBase):
    """The part of :class:`~ballotdesk.store.meeting_store.MeetingStore` that reads and writes rows."""

    # -- meeting -----------------------------------------------------------------------

    def meeting(self) -> dict[str, Any]:
        """The meeting row."""
        return next(self._query("SELECT * FROM meeting WHERE id = 1"))

    def update_meeting(self, values: dict[str, Any]) -> None:
        """Write meeting fields (inside a change)."""
        self.db.table("meeting").update(1, values)

    # -- roll --------------------------------------------------------------------------

    def member(self, number: str) -> dict[str, Any] | None:
        """One member by membership number, or None."""
        rows = list(self._query("SELECT rowid, * FROM members WHERE number = ?", [number]))
        return rows[0] if rows else None

    def member_count(self, *, include_left: bool = False) -> int:
        """Members on the roll (by default those still in the latest export)."""
        sql = "SELECT count(*) FROM members" + ("" if include_left else " WHERE left_at IS NULL")
        return int(self.conn.execute(sql).fetchone()[0])

    def count_members_matching(self, cutoff: str | None, statuses: Sequence[str]) -> int:
        """Members still on the roll with join date on/before ``cutoff`` and status in ``statuses``.

        The rule itself lives in ``domain.eligibility``; this only counts with its parameters.
        """
        sql = "SELECT count(*) FROM members WHERE left_at IS NULL"
        params: list[Any] = []
        if cutoff:
            sql += " AND join_date IS NOT NULL AND join_date <= ?"
            params.append(cutoff)
        if statuses:
            sql += f" AND lower(trim(status)) IN ({','.join('?' * len(statuses))})"
            params.extend(s.casefold() for s in statuses)
        return int(self.conn.execute(sql, params).fetchone()[0])

    def statuses(self) -> list[tuple[str, int]]:
        """Distinct statuses on the roll with how many members have each."""
        rows = self.conn.execute(
            "SELECT status, count(*) FROM members WHERE left_at IS NULL GROUP BY status ORDER BY 2 DESC"
        ).fetchall()
        return [(r[0], int(r[1])) for r in rows]

    def members_numbered(self, number: str) -> list[dict[str, Any]]:
        """The member whose number is ``number`` as typed, in upper or in lower case."""
        variants = [number, number.upper(), number.lower()]
        return list(self._query("SELECT rowid, * FROM members WHERE number IN (?, ?, ?)", variants))

    def members_by_rowid(self, rowids: Sequence[int]) -> list[dict[str, Any]]:
        """Members by rowid, in the order given."""
        if not rowids:
            return []
        rows = {r["rowid"]: r for r in self._query(
            f"SELECT rowid, * FROM members WHERE rowid IN ({', '.join('?' * len(rowids))})", list(rowids))}
        return [rows[i] for i in rowids if i in rows]

    @staticmethod
    @contextmanager
    def search_entries_of(path: Path) -> Iterator[Iterator[tuple[int, str]]]:
        """:meth:`search_entries` through a read-only connection of its own, for a worker thread.

        The meeting's own connection belongs to the GUI thread; SQLite lets this one read the
        committed roll alongside it.
        """
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            conn.execute("PRAGMA cache_size = -256")  # one pass over the roll: a big page cache is only memory
            yield iter(conn.execute(_SEARCH_ENTRIES))
        finally:
            conn.close()

    def search_entries(self) -> Iterator[tuple[int, str]]:
        """``(rowid, search text)`` of every member in roll order, for the desk's search index."""
        return iter(self.conn.execute(_SEARCH_ENTRIES))

    def roll_in_order(self) -> Iterator[dict[str, Any]]:
        """Members still on the roll, by surname then first name, streamed."""
        return self._query("SELECT * FROM members WHERE left_at IS NULL ORDER BY sort_key, number")

    def member_snapshot(self) -> dict[str, tuple[Any, ...]]:
        """Every member by number, for merging an updated export.

        Each value is (first, last, ward, postcode, join_date, status, email, search, sort_key, left).
        """
        return {
            row[0]: tuple(row[1:])
            for row in self.conn.execute(
                "SELECT number, first_name, last_name, ward, postcode, join_date, status, email, search, sort_key, "
                "left_at IS NOT NULL FROM members"
            )
        }

    def refresh_search(self, rows: Iterable[Sequence[Any]]) -> None:
        """Write the search text and sort key of rows given as (search, sort_key, number) (inside a change)."""
        self.conn.executemany("UPDATE members SET search = ?, sort_key = ? WHERE number = ?", rows)

    def insert_members(self, rows: Iterable[Sequence[Any]]) -> None:
        """Insert rows of (number, first, last, ward, postcode, join_date, status, email, search, sort_key).

        The search index is filled in one statement afterwards, which is many times faster than
        indexing row by row.
        """
        self.conn.executemany(
            "INSERT INTO members (number, first_name, last_name, ward, postcode, join_date, status, "
            "email, search, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def is_roll_empty(self) -> bool:
        """True when the roll has no row at all (not even members who left)."""
        return self.conn.execute("SELECT NOT EXISTS (SELECT 1 FROM members)").fetchone()[0] == 1

    @contextmanager
    def sort_index_deferred(self) -> Iterator[None]:
        """Inside a change: build the roll's sort index once, after a bulk insert, not row by row.

        An error inside rolls the whole change back, the dropped index with it.
        """
        self.conn.execute("DROP INDEX members_sort")
        yield
        self.conn.execute("CREATE INDEX members_sort ON members (sort_key)")

    def update_members(self, rows: Iterable[Sequence[Any]]) -> None:
        """Update rows given as (first, last, ward, postcode, join_date, status, email, search, sort_key, number)."""
        self.conn.executemany(
            "UPDATE members SET first_name = ?, last_name = ?, ward = ?, postcode = ?, join_date = ?, "
            "status = ?, email = ?, search = ?, sort_key = ?, left_at = NULL WHERE number = ?",
            rows,
        )

    def mark_left(self, numbers: Iterable[str], at: str) -> None:
        """Mark members as no longer in the latest export (kept, never deleted)."""
        self.conn.executemany(
            "UPDATE members SET left_at = ? WHERE number = ? AND left_at IS NULL",
            ((at, n) for n in numbers),
        )

    # -- attendees ---------------------------------------------------------------------

    def attendee(self, attendee_id: int) -> dict[str, Any] | None:
        """One attendee with the member's roll fields, or None."""
        rows = list(self._query(_ATTENDEE_SQL + " WHERE a.id = ?", [attendee_id]))
        return rows[0] if rows else None

    def attendee_by_member(self, number: str) -> dict[str, Any] | None:
        """The attendee registered for a membership number, or None."""
        rows = list(self._query(_ATTENDEE_SQL + " WHERE a.member_number = ?", [number]))
        return rows[0] if rows else None

    def attendees(self) -> list[dict[str, Any]]:
        """All attendees with their roll fields, in registration order."""
        return list(self._query(_ATTENDEE_SQL + " ORDER BY a.id"))

    def attendance_groups(self) -> list[dict[str, Any]]:
        """Attendees counted by what their figures depend on: kind, roll fields, approval, presence.

        The desk's figures move with every registration; grouping in SQL keeps each redraw to a
        few thousand groups at most instead of every attendee's row.
        """
        sql = ("SELECT a.kind, m.join_date, m.status, m.left_at IS NOT NULL AS left_roll, a.vote_approved, "
               "a.departed_at IS NULL AS present, count(*) AS n FROM attendees a "
               "LEFT JOIN members m ON m.number = a.member_number GROUP BY 1, 2, 3, 4, 5, 6")
        return list(self._query(sql))

    def attendees_for(self, numbers: Sequence[str]) -> list[dict[str, Any]]:
        """Attendee rows for those of these membership numbers that are registered."""
        if not numbers:
            return []
        marks = ",".join("?" * len(numbers))
        sql = f"SELECT * FROM attendees WHERE member_number IN ({marks})"
        return list(self._query(sql, list(numbers)))

    def insert_attendee(self, values: dict[str, Any]) -> int:
        """Add an attendee and return its id."""
        return self._insert("attendees", values)

    def update_attendee(self, attendee_id: int, values: dict[str, Any]) -> None:
        """Change an attendee's fields."""
        self.db.table("attendees").update(attendee_id, values)

    def delete_attendee(self, attendee_id: int) -> None:
        """Remove an attendee (only for undoing a registration; the audit log keeps it)."""
        self.conn.execute("DELETE FROM attendees WHERE id = ?", [attendee_id])

    def last_attendee_id(self) -> int | None:
        """The most recent registration still standing."""
        row = self.conn.execute("SELECT max(id) FROM attendees").fetchone()
        return row[0]


    def papers_held(self, attendee_id: int) -> int:
        """How many papers (of any state) an attendee has been issued."""
        sql = "SELECT count(*) FROM papers WHERE attendee_id = ?"
        return int(self.conn.execute(sql, [attendee_id]).fetchone()[0])

    def papers_of(self, attendee_id: int) -> list[dict[str, Any]]:
        """Every paper issued to an attendee, with its ballot's status and title and its box's name."""
        sql = ("SELECT p.*, b.name AS box, l.status AS ballot_status, l.title AS ballot_title FROM papers p "
               "JOIN boxes b ON b.id = p.box_id JOIN ballots l ON l.id = p.ballot_id WHERE p.attendee_id = ? "
               "ORDER BY p.id")
        return list(self._query(sql, [attendee_id]))

    def delete_papers(self, paper_ids: Sequence[int]) -> None:
        """Remove papers (only for undoing the registration they were issued with; the audit log keeps them)."""
        self.conn.executemany("DELETE FROM papers WHERE id = ?", [(i,) for i in paper_ids])

    # -- boxes, ballots, papers, counts, results ----------------------------------------

    def boxes(self) -> list[dict[str, Any]]:
        """Boxes in the order they were added ("Main hall" first)."""
        return list(self._query("SELECT * FROM boxes ORDER BY id"))

    def box_by_name(self, name: str) -> dict[str, Any] | None:
        """A box by name, case-insensitively."""
        rows = list(self._query("SELECT * FROM boxes WHERE name = ? COLLATE NOCASE", [name.strip()]))
        return rows[0] if rows else None

    def insert_box(self, name: str) -> int:
        """Add a box."""
        return self._insert("boxes", {"name": name, "created_at": now()})

    def ballots(self) -> list[dict[str, Any]]:
        """All ballots, oldest first."""
        return list(self._query("SELECT * FROM ballots ORDER BY id"))

    def ballot(self, ballot_id: int) -> dict[str, Any] | None:
        """One ballot row."""
        rows = list(self._query("SELECT * FROM ballots WHERE id = ?", [ballot_id]))
        return rows[0] if rows else None

    def insert_ballot(self, values: dict[str, Any]) -> int:
        """Add a ballot."""
        return self._insert("ballots", {"created_at": now(), **values})

    def update_ballot(self, ballot_id: int, values: dict[str, Any]) -> None:
        """Change a ballot's fields."""
        self.db.table("ballots").update(ballot_id, values)

    def papers(self, ballot_id: int, attendee_id: int | None = None) -> list[dict[str, Any]]:
        """Papers of a ballot (optionally one attendee's), with box names, oldest first."""
        sql = ("SELECT p.*, b.name AS box FROM papers p JOIN boxes b ON b.id = p.box_id "
               "WHERE p.ballot_id = ?")
        params: list[Any] = [ballot_id]
        if attendee_id is not None:
            sql += " AND p.attendee_id = ?"
            params.append(attendee_id)
        return list(self._query(sql + " ORDER BY p.id", params))

    def live_paper(self, ballot_id: int, attendee_id: int) -> dict[str, Any] | None:
        """The attendee's live paper for a ballot, if any."""
        rows = [p for p in self.papers(ballot_id, attendee_id) if p["state"] == "live"]
        return rows[0] if rows else None

    def insert_paper(self, values: dict[str, Any]) -> int:
        """Issue a paper."""
        return self._insert("papers", values)

    def end_paper(self, paper_id: int, state: str, at: str) -> None:
        """Mark a live paper spoilt or withdrawn (the row stays on the record)."""
        self.conn.execute("UPDATE papers SET state = ?, ended_at = ? WHERE id = ? AND state = 'live'",
                        [state, at, paper_id])

    def paper_counts(self, ballot_id: int) -> dict[int, dict[str, int]]:
        """Per box id: papers by state."""
        out: dict[int, dict[str, int]] = {}
        for box_id, state, n in self.conn.execute(
            "SELECT box_id, state, count(*) FROM papers WHERE ballot_id = ? GROUP BY box_id, state",
            [ballot_id],
        ):
            out.setdefault(box_id, {})[state] = int(n)
        return out

    def count_entries(self, ballot_id: int, box_id: int | None = None,
                      states: Sequence[str] = ("active",)) -> list[dict[str, Any]]:
        """Teller entries of a ballot (optionally one box) in the given states, oldest first."""
        sql = f"SELECT * FROM count_entries WHERE ballot_id = ? AND state IN ({','.join('?' * len(states))})"
        params: list[Any] = [ballot_id, *states]
        if box_id is not None:
            sql += " AND box_id = ?"
            params.append(box_id)
        return list(self._query(sql + " ORDER BY id", params))

    def tellers(self) -> list[dict[str, Any]]:
        """The tellers the chair has named, in the order they were named."""
        return list(self._query("SELECT * FROM tellers ORDER BY id"))

    def upsert_teller(self, name: str, code_hash: str) -> None:
        """Name a teller, or give a named teller a new code."""
        self.conn.execute("INSERT INTO tellers (name, code_hash, created_at) VALUES (?, ?, ?) "
                          "ON CONFLICT (name) DO UPDATE SET code_hash = excluded.code_hash", [name, code_hash, now()])

    def insert_count_entry(self, values: dict[str, Any]) -> int:
        """Store one teller's entry."""
        return self._insert("count_entries", {"entered_at": now(), **values})

    def set_entries_state(self, entry_ids: Sequence[int], state: str) -> None:
        """Discard, accept or set aside entries (rows are kept)."""
        self.conn.executemany("UPDATE count_entries SET state = ? WHERE id = ?",
                                 [(state, i) for i in entry_ids])

    def box_counts(self, ballot_id: int) -> dict[int, dict[str, Any]]:
        """Definitive counts by box id."""
        return {r["box_id"]: r for r in self._query(
            "SELECT * FROM box_counts WHERE ballot_id = ?", [ballot_id])}

    def upsert_box_count(self, values: dict[str, Any]) -> None:
        """Record or replace the definitive count of a box."""
        self.db.table("box_counts").upsert(values, pk=("ballot_id", "box_id"))

    def delete_box_count(self, ballot_id: int, box_id: int) -> None:
        """Drop a definitive count (a recount ordered by the chair; the entries stay)."""
        self.conn.execute("DELETE FROM box_counts WHERE ballot_id = ? AND box_id = ?", [ballot_id, box_id])

    def results(self, ballot_id: int) -> list[dict[str, Any]]:
        """Every declared version of a ballot's result, oldest first."""
        return list(self._query("SELECT * FROM results WHERE ballot_id = ? ORDER BY version",
                                  [ballot_id]))

    def insert_result(self, values: dict[str, Any]) -> None:
        """Record a declared (or amended) result version."""
        self.db.table("results").insert(values)

    # -- paging for the GUI --
    # The roll page shows a 100,000-member roll without loading it: it asks for one page at a
    # time, continuing after the last row it holds (keyset paging, so page 200 costs the same
    # as page 1). A roll narrowed to the words typed is paged from the search index's matches.

    def members_page(self, after: tuple[str, str] | None, limit: int) -> list[dict[str, Any]]:
        """Up to ``limit`` members ordered by (sort_key, number), after the key ``after``.

        Args:
            after: ``(sort_key, number)`` of the last row already shown, or None for the first page.
            limit: Page size.
        """
        sql, params = "SELECT rowid, * FROM members", []
        if after is not None:
            sql += " WHERE (sort_key, number) > (?, ?)"
            params = [after[0], after[1]]
        sql += " ORDER BY sort_key, number LIMIT ?"
        return list(self._query(sql, [*params, int(limit)]))

    # -- privacy --
    # For ballotdesk/services/privacy.py (the personal-data purge).

    def purge_personal(self, name: str, note: str) -> tuple[int, int]:
        """Blank personal data in place (call inside a change); returns (members, attendees) purged.

        Members lose first and last names, email and postcode; their search text keeps only the
        membership number and their sort key is emptied (pages then sort by number). Guests and
        provisional attendees have a non-empty name and note replaced by ``name`` and ``note``.
        ``secure_delete`` makes SQLite overwrite the freed bytes with zeros instead of leaving them
        in free pages.
        """
        self.conn.execute("PRAGMA secure_delete = ON")
        rows = self.conn.execute(
            "SELECT rowid, number, first_name, last_name, email, postcode, search, sort_key FROM members").fetchall()
        blanked = []
        for rowid, number, first, last, email, postcode, text, key in rows:
            words = index_text("", "", number, "")  # "A-17" is found as "a17" and as "a 17", as before
            if first or last or email or postcode or key or text != words:
                blanked.append((words, rowid))
        self.conn.executemany("UPDATE members SET first_name = '', last_name = '', email = '', postcode = '', "
                              "search = ?, sort_key = '' WHERE rowid = ?", blanked)
        members = len(blanked)
        attendees = self.conn.execute(
            "UPDATE attendees SET name = CASE WHEN name = '' THEN '' ELSE ? END, "
            "note = CASE WHEN note = '' THEN '' ELSE ? END "
            "WHERE (name <> '' AND name <> ?) OR (note <> '' AND note <> ?)",
            [name, note, name, note],
        ).rowcount
        return int(members), int(attendees)


_SEARCH_ENTRIES = "SELECT rowid, search FROM members ORDER BY sort_key, number"
"""Every member's search words in roll order, for the desk's search index."""

_ATTENDEE_SQL = (
    "SELECT a.*, m.first_name, m.last_name, m.ward, m.postcode, m.join_date, m.status, "
    "m.left_at FROM attendees a LEFT JOIN members m ON m.number = a.member_number"
)
