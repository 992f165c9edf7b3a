"""Papers keyed batch by batch, each batch twice by two tellers, and what follows when the keyings agree.

A batch keyed once waits blind for a second teller; equal keyings make it definitive, and when the last
batch of a box is definitive the box's first preferences become its definitive count. Keyings that
differ go to the chair (``settle.py``). Separate from settling and from the count because it is the
tellers' side of the work: ``next_keying`` and ``enter_batch`` are what the entry dialog calls.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ballotdesk.domain.ballot import Status
from ballotdesk.domain.count import CountFigures
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.preferential.entry import (
    Difference,
    batch_checks,
    compare,
    first_choice,
    parse_marks,
    piles_text,
)
from ballotdesk.domain.words import translate
from ballotdesk.services import ballots, counting
from ballotdesk.services.ranked.methods import RankedBallot, require_ranked
from ballotdesk.store import ranked_store

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService

@dataclass(frozen=True)
class BatchState:
    """Where one batch of one box stands; the second keying stays blind (no papers until it is in)."""

    box_id: int
    box: str
    batch: int
    state: str
    """"second entry" (keyed once), "differs" (two keyings differ, or disagree with the hand counts:
    the chair settles), "definitive"."""
    tellers: tuple[str, ...]
    papers: int
    """Papers in the batch: the definitive ones, or the first keying's."""
    last: bool
    differences: tuple[Difference, ...] = ()
    checks: tuple[str, ...] = ()
    how: str = ""


@dataclass(frozen=True)
class BoxProgress:
    """A box's preferential papers: its batches, and whether its papers are definitive."""

    box_id: int
    box: str
    batches: tuple[BatchState, ...]
    definitive: bool
    papers: int
    """Definitive papers so far."""

    @property
    def next_batch(self) -> int:
        """The number the next new batch of this box takes."""
        return max((b.batch for b in self.batches), default=0) + 1


def _groups(svc: MeetingService, ballot_id: int,
            box_id: int | None = None) -> dict[tuple[int, int], list[dict[str, Any]]]:
    out: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for entry in ranked_store.entries(svc.store, ballot_id, box_id):
        out.setdefault((entry["box_id"], entry["batch"]), []).append(entry)
    return out


def _piles(entry: dict[str, Any]) -> list[int] | None:
    return None if entry["piles"] is None else list(json.loads(entry["piles"]))


def _compared(entries: list[dict[str, Any]]) -> bool:
    """Whether a batch's keyings are still to be compared (two in, none accepted): only then are marks read."""
    return len(entries) >= 2 and not any(e["state"] == "accepted" for e in entries)


def _batch_state(box_id: int, box: str, batch: int, entries: list[dict[str, Any]], sizes: dict[int, int],
                 keyed: dict[int, list[str]], names: Sequence[str]) -> BatchState:
    accepted = [e for e in entries if e["state"] == "accepted"]
    tellers = tuple(e["teller"] for e in entries)
    if accepted:
        final = accepted[-1]
        return BatchState(box_id, box, batch, "definitive", tellers, sizes.get(final["id"], 0), bool(final["last"]),
                          how=final["how"])
    first = entries[0]
    if len(entries) == 1:
        return BatchState(box_id, box, batch, "second entry", tellers, sizes.get(first["id"], 0),
                          bool(first["last"]))
    second = entries[1]
    a, b = keyed[first["id"]], keyed[second["id"]]
    differences = tuple(compare(a, b))
    checks: list[str] = []
    if bool(first["last"]) != bool(second["last"]):
        checks.append(translate("Ranked", "one teller marked this batch the box's last, the other did not"))
    for entry, papers in ((first, a), (second, b)):
        for problem in batch_checks(papers, names, entry["counted"], _piles(entry)):
            checks.append(f"{entry['teller']}: {problem}")
    state = "differs" if differences or checks else "definitive"
    return BatchState(box_id, box, batch, state, tellers, len(a), bool(first["last"]), differences, tuple(checks))


def box_progress(svc: MeetingService, ballot_id: int) -> list[BoxProgress]:
    """Every box's batches and whether its papers are definitive (its last batch and all before it are).

    Only the batches whose two keyings are still to be compared have their papers read, so saving a
    batch costs the same late in a count as at its start.
    """
    found = require_ranked(svc, ballot_id)
    groups = _groups(svc, ballot_id)
    sizes = {e["id"]: e["papers"] for es in groups.values() for e in es}
    keyed = ranked_store.papers(svc.store, [e["id"] for es in groups.values() if _compared(es) for e in es])
    out = []
    for box in svc.store.boxes():
        states = tuple(_batch_state(box["id"], box["name"], n, es, sizes, keyed, found.candidates)
                       for (bid, n), es in sorted(groups.items()) if bid == box["id"])
        done = [s for s in states if s.state == "definitive"]
        complete = bool(states) and all(s.state == "definitive" for s in states) and any(s.last for s in states)
        out.append(BoxProgress(box["id"], box["name"], states, complete, sum(s.papers for s in done)))
    return out


@dataclass(frozen=True)
class KeyingStart:
    """Where a teller's next batch of a box starts: its number and the running number of its first paper."""

    batch: int
    first_paper: int
    second: bool
    """Another teller has keyed this batch: this keying is the blind second one."""


def next_keying(svc: MeetingService, ballot_id: int, box: str | None, teller: str) -> KeyingStart:
    """The batch a teller keys next in a box: the oldest keyed once by someone else, else a new one.

    The running paper number continues from the batches before it, so the teller's count of the
    papers ("paper 27") matches the pile in front of them.
    """
    bid, _name = ballots.box_id(svc, box)
    progress = next(p for p in box_progress(svc, ballot_id) if p.box_id == bid)
    who = " ".join(teller.split()).casefold()
    waiting = [b for b in progress.batches
               if b.state == "second entry" and who not in (t.casefold() for t in b.tellers)]
    batch = waiting[0].batch if waiting else progress.next_batch
    before = sum(b.papers for b in progress.batches if b.batch < batch)
    return KeyingStart(batch, before + 1, bool(waiting))


@dataclass(frozen=True)
class BatchOutcome:
    """What the teller is told after keying a batch."""

    box: str
    batch: int
    state: str
    message: str
    papers: int
    checks: tuple[str, ...] = ()
    differences: tuple[Difference, ...] = field(default_factory=tuple)


def _check_keying(row: dict[str, Any]) -> None:
    status = Status(row["status"])
    if status in (Status.DRAFT, Status.OPEN):
        raise DomainError(translate("Ranked", "Ballot {0} is {1}; papers are keyed once it is closed.").format(
            row["id"], ballots._status_word(row["status"])))
    if status in (Status.COUNTED, Status.DECLARED):
        raise DomainError(translate("Ranked", "Every box of ballot {0} is keyed and definitive; its papers can no "
                                              "longer change.").format(row["id"]))


def enter_batch(svc: MeetingService, ballot_id: int, box: str | None, teller: str, batch: int,
                papers: Sequence[str], *, counted: int | None = None, piles: Sequence[int] | None = None,
                last: bool = False) -> BatchOutcome:
    """One teller's keying of one batch of a box; a second, blind keying by another teller settles it.

    ``papers`` are the marks as typed ("2 1 - 3"); ``counted`` and ``piles`` the tellers' hand count of
    the batch and its first-preference piles (None when not counted); ``last`` marks the box's last batch.
    """
    teller = " ".join(teller.split())
    if not teller:
        raise DomainError(translate("Ranked", "The teller must give their name."))
    found = require_ranked(svc, ballot_id)
    row = ballots.ballot_row(svc, ballot_id)
    _check_keying(row)
    bid, box_name = ballots.box_id(svc, box)
    if batch < 1:
        raise DomainError(translate("Ranked", "Batches are numbered from 1."))
    if not papers:
        raise DomainError(translate("Ranked", "Batch {0} of {1} has no papers.").format(batch, box_name))
    marks: list[str] = []
    for position, text in enumerate(papers, 1):
        try:
            marks.append(parse_marks(text, len(found.candidates)))
        except DomainError as error:
            raise DomainError(translate("Ranked", "Batch {0}, paper {1}: {2}").format(batch, position, error)) from None
    if piles is not None and len(piles) != len(found.candidates):
        raise DomainError(translate("Ranked", "{0} piles for {1} candidates.").format(
            len(piles), len(found.candidates)))
    progress = next(p for p in box_progress(svc, ballot_id) if p.box_id == bid)
    if progress.definitive:
        raise DomainError(translate("Ranked", "The papers of {0} are definitive; only the chair can order a batch "
                                              "keyed again.").format(box_name))
    current = next((s for s in progress.batches if s.batch == batch), None)
    if current is not None and current.state != "second entry":
        raise DomainError(translate("Ranked", "Batch {0} of {1} has been keyed twice already.").format(batch, box_name)
                          if current.state == "differs" else
                          translate("Ranked", "Batch {0} of {1} is definitive.").format(batch, box_name))
    same = [t for t in (current.tellers if current else ()) if t.casefold() == teller.casefold()]
    if same:
        raise DomainError(translate("Ranked", "{0} keyed batch {1} of {2}; a different teller must key it the second "
                                              "time.").format(same[0], batch, box_name))
    details = {"ballot_id": ballot_id, "box": box_name, "batch": batch, "teller": teller, "papers": len(marks),
               "counted": counted, "piles": piles_text(piles, found.candidates), "last": last}
    with svc.store.change(svc.actor, "ranked.batch", details) as ev:
        if Status(row["status"]) is Status.CLOSED:
            svc.store.update_ballot(ballot_id, {"status": str(Status.COUNTING)})
            ev["status"] = str(Status.COUNTING)
        ev["entry_id"] = ranked_store.insert_entry(svc.store, {
            "ballot_id": ballot_id, "box_id": bid, "batch": batch, "teller": teller, "counted": counted,
            "piles": None if piles is None else json.dumps(list(piles)), "last": last}, marks)
        outcome = _after_keying(svc, found, bid, box_name, batch, ev)
    return outcome


def _after_keying(svc: MeetingService, found: RankedBallot, bid: int, box_name: str, batch: int,
                  ev: dict[str, Any]) -> BatchOutcome:
    """Settle the batch if both keyings agree, and the box if that made its papers definitive."""
    state = next(s for s in _progress(svc, found, bid).batches if s.batch == batch)
    if state.state == "second entry":
        return BatchOutcome(box_name, batch, state.state, translate(
            "Ranked", "Batch {0} of {1} saved ({2} papers); it waits for a second teller's keying.").format(
                batch, box_name, state.papers), state.papers)
    if state.state == "differs":
        ev["differs"] = [d.position for d in state.differences]
        if state.checks:
            ev["checks"] = list(state.checks)
        return BatchOutcome(box_name, batch, state.state, translate(
            "Ranked", "The two keyings of batch {0} of {1} do not agree ({2}); the chair settles it.").format(
                batch, box_name, _disagreement(state)), state.papers, state.checks, state.differences)
    entries = ranked_store.entries(svc.store, found.ballot_id, bid)
    ids = [e["id"] for e in entries if e["batch"] == batch]
    ranked_store.set_entries_state(svc.store, ids, "accepted", "two matching keyings")
    message = translate("Ranked", "The keyings match: batch {0} of {1} is definitive ({2} papers).").format(
        batch, box_name, state.papers)
    if _settle_box(svc, found, bid, ev):
        message += " " + translate("Ranked", "Every batch of {0} is definitive, so its papers are.").format(box_name)
    return BatchOutcome(box_name, batch, "definitive", message, state.papers)


def _disagreement(state: BatchState) -> str:
    parts = []
    if len(state.differences) == 1:
        parts.append(translate("Ranked", "paper {0} differs").format(state.differences[0].position))
    elif state.differences:
        listed = ", ".join(str(d.position) for d in state.differences[:10])
        parts.append(translate("Ranked", "papers {0} differ").format(
            listed + ("..." if len(state.differences) > 10 else "")))
    parts += list(state.checks)
    return "; ".join(parts)


def _progress(svc: MeetingService, found: RankedBallot, bid: int) -> BoxProgress:
    return next(p for p in box_progress(svc, found.ballot_id) if p.box_id == bid)


def _settle_box(svc: MeetingService, found: RankedBallot, bid: int, ev: dict[str, Any]) -> bool:
    """When a box's papers are definitive, its first preferences become its definitive count (inside a change)."""
    progress = _progress(svc, found, bid)
    if not progress.definitive:
        return False
    marks = [m for papers in _definitive_papers(svc, found.ballot_id, bid).values() for m in papers]
    votes = [0] * len(found.candidates)
    for m in marks:
        choice = first_choice(m)
        if choice is not None:
            votes[choice] += 1
    figures = CountFigures(len(marks), tuple(votes), 0, len(marks) - sum(votes))
    tellers = sorted({t for b in progress.batches for t in b.tellers})
    svc.store.upsert_box_count({"ballot_id": found.ballot_id, "box_id": bid, "figures": counting.figures_json(figures),
                                "how": f"{len(marks)} papers keyed in {len(progress.batches)} batches, each twice "
                                       f"(tellers {', '.join(tellers)})", "explanation": ""})
    ev["box_definitive"] = progress.box
    counting._refresh_counted(svc, found.ballot_id, ev)
    return True


def _definitive_papers(svc: MeetingService, ballot_id: int,
                       box_id: int | None = None) -> dict[tuple[int, int], list[str]]:
    """The definitive papers of each (box id, batch)."""
    accepted = ranked_store.entries(svc.store, ballot_id, box_id, ("accepted",))
    final: dict[tuple[int, int], int] = {}
    for e in accepted:
        final[(e["box_id"], e["batch"])] = e["id"]
    keyed = ranked_store.papers(svc.store, list(final.values()))
    return {key: keyed[entry_id] for key, entry_id in sorted(final.items())}


def definitive_papers(svc: MeetingService, ballot_id: int) -> list[str]:
    """Every definitive paper's marks, box by box and batch by batch."""
    return [m for batch in _definitive_papers(svc, ballot_id).values() for m in batch]


def tellers(svc: MeetingService, ballot_id: int) -> list[str]:
    """Tellers whose keyings made batches definitive, in the order they first keyed."""
    entries = ranked_store.entries(svc.store, ballot_id, states=("accepted", "set_aside"))
    return list(dict.fromkeys(e["teller"] for e in entries if e["teller"] != "chair"))
