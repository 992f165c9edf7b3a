"""The SQL of preferential ballots: their method, the tellers' batches and the papers as keyed.

Kept beside :mod:`ballotdesk.store.meeting_store` rather than in it, so the preferential ballots are
read and written in one place; every write is called inside ``store.change(...)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ballotdesk.store.meeting_store import MeetingStore
from ballotdesk.store.store_base import now


def _rows(store: MeetingStore, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cursor = store.conn.execute(sql, params)
    keys = [column[0] for column in cursor.description]
    return [dict(zip(keys, row, strict=True)) for row in cursor]


def method(store: MeetingStore, ballot_id: int) -> dict[str, Any] | None:
    """The ``ranked_ballots`` row of a ballot, or None for a ballot counted by votes."""
    rows = _rows(store, "SELECT * FROM ranked_ballots WHERE ballot_id = ?", [ballot_id])
    return rows[0] if rows else None


def methods(store: MeetingStore) -> dict[int, dict[str, Any]]:
    """Every preferential ballot's row by ballot id (for lists that show the method)."""
    return {r["ballot_id"]: r for r in _rows(store, "SELECT * FROM ranked_ballots")}


def insert_method(store: MeetingStore, ballot_id: int, method_name: str, rules: str) -> None:
    """Record a ballot's method and rules (inside the change that creates the ballot)."""
    store.conn.execute("INSERT INTO ranked_ballots (ballot_id, method, rules) VALUES (?, ?, ?)",
                       [ballot_id, method_name, rules])


def set_lots(store: MeetingStore, ballot_id: int, lots_json: str) -> None:
    """Replace the lots drawn for the count."""
    store.conn.execute("UPDATE ranked_ballots SET lots = ? WHERE ballot_id = ?", [lots_json, ballot_id])


def entries(store: MeetingStore, ballot_id: int, box_id: int | None = None,
            states: Sequence[str] = ("active", "accepted")) -> list[dict[str, Any]]:
    """Batch entries of a ballot (optionally one box) in the given states, by box, batch, then as entered."""
    sql = (f"SELECT * FROM ranked_entries WHERE ballot_id = ? AND state IN ({','.join('?' * len(states))})")
    params: list[Any] = [ballot_id, *states]
    if box_id is not None:
        sql += " AND box_id = ?"
        params.append(box_id)
    return _rows(store, sql + " ORDER BY box_id, batch, id", params)


def papers(store: MeetingStore, entry_ids: Sequence[int]) -> dict[int, list[str]]:
    """The marks of each entry's papers, in order, by entry id."""
    out: dict[int, list[str]] = {i: [] for i in entry_ids}
    for start in range(0, len(entry_ids), 500):
        chunk = list(entry_ids[start:start + 500])
        for entry_id, marks in store.conn.execute(
                f"SELECT entry_id, marks FROM ranked_papers WHERE entry_id IN ({','.join('?' * len(chunk))}) "
                "ORDER BY entry_id, position", chunk):
            out[entry_id].append(marks)
    return out


def insert_entry(store: MeetingStore, values: dict[str, Any], marks: Sequence[str]) -> int:
    """Store one teller's keying of a batch and its papers; returns the entry's id."""
    cursor = store.conn.execute(
        "INSERT INTO ranked_entries (ballot_id, box_id, batch, teller, papers, counted, piles, last, state, how, "
        "entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [values["ballot_id"], values["box_id"], values["batch"], values["teller"], len(marks), values.get("counted"),
         values.get("piles"), int(values.get("last", False)), values.get("state", "active"), values.get("how", ""),
         now()])
    entry_id = int(cursor.lastrowid or 0)
    store.conn.executemany("INSERT INTO ranked_papers (entry_id, position, marks) VALUES (?, ?, ?)",
                           [(entry_id, i, m) for i, m in enumerate(marks, 1)])
    return entry_id


def set_entries_state(store: MeetingStore, entry_ids: Sequence[int], state: str, how: str | None = None) -> None:
    """Accept, set aside or discard entries (the rows and their papers are kept)."""
    if how is None:
        store.conn.executemany("UPDATE ranked_entries SET state = ? WHERE id = ?", [(state, i) for i in entry_ids])
    else:
        store.conn.executemany("UPDATE ranked_entries SET state = ?, how = ? WHERE id = ?",
                               [(state, how, i) for i in entry_ids])
