"""Preferential ballots in a meeting: papers keyed batch by batch, four eyes, counted by the published rules.

A preferential ballot is an ordinary ballot (draft, open, closed, counting, counted, declared; papers
issued into boxes) with a method: ``irv`` (the alternative vote, one seat) or ``stv`` with its rules
(Scottish STV, ERS97, Meek). Instead of a figure per candidate, each box's papers are keyed one by one
in batches; each batch is keyed twice by two tellers who do not see each other's keying; equal
keyings make the batch definitive, and keyings that differ go to the chair, who settles the papers
that differ (PIN and reason, as for a count dispute). When the last batch of a box is definitive the
box is: its first preferences become the box's definitive count, so the ballot paper account, the
"counted" state and the declaration work as for every other ballot. The count itself is
:func:`ballotdesk.domain.preferential.count`, the very code of ``ballotdesk stv``.

Every function that changes the meeting is one ``store.change`` with one audit event. No Qt here.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ballotdesk.domain import words
from ballotdesk.domain.ballot import BallotSpec, Base, Kind, Rule, Status
from ballotdesk.domain.count import CountFigures
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.preferential import (
    BallotFile,
    CountResult,
    LotNeeded,
    LotRequest,
    count,
    listed_lots,
    read_blt_file,
)
from ballotdesk.domain.preferential.entry import (
    BATCH_SIZE,
    Difference,
    batch_checks,
    compare,
    first_choice,
    marks_of,
    paper_of,
    parse_marks,
    piles_text,
)
from ballotdesk.domain.tally import Lot, draw_lot, physical_lot
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate
from ballotdesk.services import ballots, counting
from ballotdesk.services.roles import require_chair
from ballotdesk.store import ranked_store

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService

METHODS = ("vote", "irv", "stv")
STV_RULES = ("scottish", "ers97", "meek")
METHOD_LINES: dict[str, str] = {
    "vote": QT_TRANSLATE_NOOP("Ranked", "One mark per seat; the most votes (or the majority chosen) wins."),
    "irv": QT_TRANSLATE_NOOP("Ranked", "Alternative vote: voters number the candidates 1, 2, 3...; the lowest "
                                       "drops out until one has more than half of the continuing votes."),
    "stv": QT_TRANSLATE_NOOP("Ranked", "Single transferable vote: voters number the candidates; surpluses and "
                                       "the lowest candidates' papers transfer until every seat is filled."),
}
"""One line explaining each method, for the Ballots dialog and ``ballot add --help``."""
RULES_LINES: dict[str, str] = {
    "scottish": QT_TRANSLATE_NOOP("Ranked", "Scottish STV (SSI 2007/42): weighted inclusive Gregory, five "
                                            "decimal places."),
    "ers97": QT_TRANSLATE_NOOP("Ranked", "ERS97 (Electoral Reform Society, 1997): last-parcel transfers, two "
                                         "decimal places."),
    "meek": QT_TRANSLATE_NOOP("Ranked", "Meek (as the PR Foundation's reference counter): every round "
                                        "recomputed, keep values to six decimal places."),
}


def method_line(method: str) -> str:
    """The one-line explanation of a method, in the interface language."""
    return translate("Ranked", METHOD_LINES[method])


def method_rules_label(rules: str) -> str:
    """The rules a count followed, as the sheet and the result page name them (no closing full stop)."""
    if rules == "irv":
        return translate("Ranked", "Alternative vote (IRV): more than half of the continuing votes")
    return rules_line(rules).rstrip(".") if rules in RULES_LINES else rules


PURPOSE_WORDS = {"exclude": QT_TRANSLATE_NOOP("Ranked", "which to exclude"),
                 "transfer first": QT_TRANSLATE_NOOP("Ranked", "whose surplus to transfer first"),
                 "elect": QT_TRANSLATE_NOOP("Ranked", "which to elect")}


def lot_words(lot: dict[str, Any]) -> str:
    """A lot drawn for the count, in words, for the result page and the sheet."""
    how = (translate("Ranked", "drawn by BallotDesk with a cryptographic random source") if lot["method"] == "app"
           else translate("Ranked", "drawn by hand in the hall and recorded by the chair"))
    note = f" ({lot['note']})" if lot.get("note") else ""
    purpose = translate("Ranked", PURPOSE_WORDS.get(lot.get("purpose", ""), lot.get("purpose", "")))
    return translate("Ranked", "At stage {0} a lot decided {1} among {2}, {3}: it fell on {4}{5}.").format(
        lot.get("stage", "?"), purpose, ", ".join(lot["among"]), how, lot["chosen"], note)


def tellers(svc: MeetingService, ballot_id: int) -> list[str]:
    """Tellers whose keyings made batches definitive, in the order they first keyed."""
    entries = ranked_store.entries(svc.store, ballot_id, states=("accepted", "set_aside"))
    return list(dict.fromkeys(e["teller"] for e in entries if e["teller"] != "chair"))


def rules_line(rules: str) -> str:
    """The one-line explanation of STV rules, in the interface language."""
    return translate("Ranked", RULES_LINES[rules])


@dataclass(frozen=True)
class RankedBallot:
    """A preferential ballot: who stands, in the printed order, and how it is counted."""

    ballot_id: int
    title: str
    method: str
    rules: str
    seats: int
    candidates: tuple[str, ...]
    status: str


def ranked_ballot(svc: MeetingService, ballot_id: int) -> RankedBallot | None:
    """The ballot as a preferential ballot, or None when it is counted by votes."""
    found = ranked_store.method(svc.store, int(ballot_id))
    if found is None:
        return None
    row = ballots.ballot_row(svc, ballot_id)
    return RankedBallot(row["id"], row["title"], found["method"], found["rules"], row["seats"],
                        tuple(json.loads(row["options"])), row["status"])


def require_ranked(svc: MeetingService, ballot_id: int) -> RankedBallot:
    """The preferential ballot, or a refusal saying it is counted by votes."""
    ballots.ballot_row(svc, ballot_id)
    found = ranked_ballot(svc, ballot_id)
    if found is None:
        raise DomainError(translate("Ranked", "Ballot {0} is counted by votes, not by preferences; enter its count "
                                              "with 'count' or the Count page.").format(ballot_id))
    return found


def ranked_methods(svc: MeetingService) -> dict[int, tuple[str, str]]:
    """(method, rules) of every preferential ballot by id, for lists that show how a ballot is counted."""
    return {i: (r["method"], r["rules"]) for i, r in ranked_store.methods(svc.store).items()}


def method_spec(spec: BallotSpec, method: str, rules: str | None) -> tuple[BallotSpec, str]:
    """The spec a preferential ballot is stored with, and its rules; refuses a method and rules that do not fit.

    The ballot row keeps plurality over the votes cast: its "votes" are the first preferences, shown
    beside the stages; what is elected is decided by the count.
    """
    if method not in ("irv", "stv"):
        raise DomainError(translate("Ranked", "'{0}' is not a preferential method; the methods are irv and stv.")
                          .format(method))
    if spec.kind is not Kind.ELECTION:
        raise DomainError(translate("Ranked", "A motion is decided by votes for and against; preferences are for "
                                              "elections."))
    if method == "irv":
        if rules not in (None, "irv"):
            raise DomainError(translate("Ranked", "The alternative vote (irv) has its own rules; leave out --rules."))
        if spec.seats != 1:
            raise DomainError(translate("Ranked", "The alternative vote (irv) fills one seat; for {0} seats use stv.")
                              .format(spec.seats))
        rules = "irv"
    elif rules not in STV_RULES:
        raise DomainError(translate("Ranked", "STV needs its rules: scottish, ers97 or meek (e.g. --rules scottish)."))
    if len(spec.options) < 2:
        raise DomainError(translate("Ranked", "A preferential ballot needs at least two candidates."))
    stored = BallotSpec(title=spec.title, question=spec.question, kind=Kind.ELECTION, options=spec.options,
                        seats=spec.seats, abstain=False, rule=Rule.PLURALITY, base=Base.CAST,
                        elected_word=spec.elected_word)
    return stored, str(rules)


def create_ballot(svc: MeetingService, spec: BallotSpec, method: str, rules: str | None = None) -> int:
    """Add a preferential ballot in draft: the ballot and its method in one change."""
    stored, rules = method_spec(spec, method, rules)
    stored.validate()
    values = ballots._spec_values(stored)
    with svc.store.change(svc.actor, "ballot.create", {**values, "method": method, "rules": rules}) as ev:
        ev["ballot_id"] = new_id = svc.store.insert_ballot(values)
        ranked_store.insert_method(svc.store, new_id, method, rules)
    return new_id


# -- batches ------------------------------------------------------------------------------------


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


@dataclass(frozen=True)
class Dispute:
    """A batch whose keyings differ, as the chair sees it: each differing paper side by side."""

    box: str
    batch: int
    tellers: tuple[str, str]
    differences: tuple[Difference, ...]
    checks: tuple[str, ...]
    counted: tuple[int | None, int | None]


def disputes(svc: MeetingService, ballot_id: int) -> list[Dispute]:
    """Every batch the chair must settle, with the papers that differ (shown only once both keyings are in)."""
    out = []
    groups = _groups(svc, ballot_id)
    for progress in box_progress(svc, ballot_id):
        for state in progress.batches:
            if state.state == "differs":
                entries = groups[(progress.box_id, state.batch)]
                out.append(Dispute(progress.box, state.batch, (entries[0]["teller"], entries[1]["teller"]),
                                   state.differences, state.checks, (entries[0]["counted"], entries[1]["counted"])))
    return out


def settle_batch(svc: MeetingService, ballot_id: int, box: str | None, batch: int, *, reason: str,
                 readings: dict[int, str] | None = None, accept_teller: str | None = None, rekey: bool = False,
                 pin: str | None = None) -> BatchOutcome:
    """The chair settles a batch whose keyings differ.

    Either the batch is keyed again (``rekey``: both keyings set aside), or one teller's keying is
    accepted (``accept_teller``), or the chair reads the differing papers and gives each one's marks
    (``readings``: position to marks; papers the keyings agree on stand as keyed). A paper one keying
    has and the other does not is read as ``""`` to leave it out of the batch.
    """
    require_chair(svc, pin, QT_TRANSLATE_NOOP("Roles", "settle a batch of keyed papers"))
    if not reason.strip():
        raise DomainError(translate("Ranked", "The chair must give a reason."))
    found = require_ranked(svc, ballot_id)
    row = ballots.ballot_row(svc, ballot_id)
    _check_keying(row)
    bid, box_name = ballots.box_id(svc, box)
    state = next((s for s in _progress(svc, found, bid).batches if s.batch == batch), None)
    if state is None or state.state != "differs":
        raise DomainError(translate("Ranked", "Batch {0} of {1} has no keyings that differ to settle.").format(
            batch, box_name))
    entries = [e for e in ranked_store.entries(svc.store, ballot_id, bid) if e["batch"] == batch]
    keyed = ranked_store.papers(svc.store, [e["id"] for e in entries])
    details: dict[str, Any] = {"ballot_id": ballot_id, "box": box_name, "batch": batch, "reason": reason.strip()}
    if rekey:
        with svc.store.change(svc.actor, "ranked.rekey", details):
            ranked_store.set_entries_state(svc.store, [e["id"] for e in entries], "discarded",
                                           f"keyed again by order of the chair: {reason.strip()}")
        return BatchOutcome(box_name, batch, "waiting", translate(
            "Ranked", "Batch {0} of {1} is to be keyed again by two tellers.").format(batch, box_name), 0)
    if accept_teller is not None:
        chosen = [e for e in entries if e["teller"].casefold() == accept_teller.strip().casefold()]
        if not chosen:
            raise DomainError(translate("Ranked", "No keying by {0} of batch {1}; it was keyed by {2}.").format(
                accept_teller, batch, ", ".join(e["teller"] for e in entries)))
        entry = chosen[0]
        details.update(accepted=entry["teller"])
        with svc.store.change(svc.actor, "ranked.settle", details) as ev:
            ranked_store.set_entries_state(svc.store, [e["id"] for e in entries if e["id"] != entry["id"]], "set_aside")
            ranked_store.set_entries_state(svc.store, [entry["id"]], "accepted",
                                           f"keying by {entry['teller']} accepted by the chair: {reason.strip()}")
            outcome = _settled(svc, found, bid, box_name, batch, len(keyed[entry["id"]]), ev)
        return outcome
    if not readings:
        raise DomainError(translate("Ranked", "Give the marks of each paper that differs, accept one teller's "
                                              "keying, or have the batch keyed again."))
    first, second = (keyed[e["id"]] for e in entries[:2])
    differing = {d.position for d in state.differences}
    unknown = sorted(set(readings) - differing)
    if unknown:
        raise DomainError(translate("Ranked", "Paper {0} of batch {1} does not differ; only papers {2} do.").format(
            unknown[0], batch, ", ".join(str(p) for p in sorted(differing)) or "-"))
    missing = sorted(differing - set(readings))
    if missing:
        raise DomainError(translate("Ranked", "Give the marks of paper {0} of batch {1} too (the keyings differ on "
                                              "papers {2}).").format(missing[0], batch,
                                                                     ", ".join(str(p) for p in sorted(differing))))
    settled: list[str] = []
    for position in range(1, max(len(first), len(second)) + 1):
        if position in readings:
            text = readings[position].strip()
            if not text:
                continue
            try:
                settled.append(parse_marks(text, len(found.candidates)))
            except DomainError as error:
                raise DomainError(translate("Ranked", "Paper {0}: {1}").format(position, error)) from None
        else:
            settled.append(first[position - 1])
    details.update(readings={str(p): readings[p].strip() for p in sorted(readings)},
                   keyed={e["teller"]: {str(p): keyed[e["id"]][p - 1] if p <= len(keyed[e["id"]]) else None
                                        for p in sorted(differing)} for e in entries[:2]})
    with svc.store.change(svc.actor, "ranked.settle", details) as ev:
        ranked_store.set_entries_state(svc.store, [e["id"] for e in entries], "set_aside")
        ev["entry_id"] = ranked_store.insert_entry(svc.store, {
            "ballot_id": ballot_id, "box_id": bid, "batch": batch, "teller": "chair",
            "counted": entries[0]["counted"], "piles": entries[0]["piles"], "last": bool(entries[0]["last"]),
            "state": "accepted", "how": f"papers read by the chair: {reason.strip()}"}, settled)
        outcome = _settled(svc, found, bid, box_name, batch, len(settled), ev)
    return outcome


def _settled(svc: MeetingService, found: RankedBallot, bid: int, box_name: str, batch: int, papers: int,
             ev: dict[str, Any]) -> BatchOutcome:
    message = translate("Ranked", "Batch {0} of {1} is settled and definitive ({2} papers).").format(
        batch, box_name, papers)
    if _settle_box(svc, found, bid, ev):
        message += " " + translate("Ranked", "Every batch of {0} is definitive, so its papers are.").format(box_name)
    return BatchOutcome(box_name, batch, "definitive", message, papers)


# -- .blt files ---------------------------------------------------------------------------------


def import_blt(svc: MeetingService, ballot_id: int, path: Path, box: str | None, teller: str,
               batch_size: int = BATCH_SIZE) -> list[BatchOutcome]:
    """Papers keyed elsewhere, as one teller's keying of a whole box, in batches of ``batch_size``.

    Two imports by two tellers (or an import and keying at the desk) make the four-eyes pair. The
    file's candidates must be the ballot's, in the same order, so no paper is read against the wrong names.
    """
    found = require_ranked(svc, ballot_id)
    ballot_file = read_blt_file(Path(path))
    if tuple(n.casefold() for n in ballot_file.candidates) != tuple(n.casefold() for n in found.candidates):
        raise DomainError(translate("Ranked", "{0} names the candidates {1}; ballot {2} has {3}, in that order.")
                          .format(Path(path).name, ", ".join(ballot_file.candidates), ballot_id,
                                  ", ".join(found.candidates)))
    if ballot_file.withdrawn:
        raise DomainError(translate("Ranked", "{0} withdraws candidates; a ballot's papers are keyed as marked, "
                                              "with every candidate.").format(Path(path).name))
    marks = [marks_of(p, len(found.candidates)) for p in ballot_file.papers for _ in range(p.weight)]
    if not marks:
        raise DomainError(translate("Ranked", "{0} holds no papers.").format(Path(path).name))
    bid, box_name = ballots.box_id(svc, box)
    batches = [marks[i:i + batch_size] for i in range(0, len(marks), batch_size)]
    progress = next(p for p in box_progress(svc, ballot_id) if p.box_id == bid)
    mine = [b.batch for b in progress.batches if teller.strip().casefold() in (t.casefold() for t in b.tellers)]
    if mine:
        raise DomainError(translate("Ranked", "{0} has already keyed batches of {1}; an import is one teller's "
                                              "keying of the whole box.").format(teller.strip(), box_name))
    return [enter_batch(svc, ballot_id, box_name, teller, n, papers, last=n == len(batches))
            for n, papers in enumerate(batches, 1)]


def ballot_file(svc: MeetingService, ballot_id: int) -> BallotFile:
    """The definitive papers of every box as a ``.blt`` file, for anyone to recount with another program."""
    found = require_ranked(svc, ballot_id)
    papers = [paper_of(m) for batch in _definitive_papers(svc, ballot_id).values() for m in batch]
    if not papers:
        raise DomainError(translate("Ranked", "No batch of ballot {0} is definitive yet, so there are no papers to "
                                              "write.").format(ballot_id))
    return BallotFile(found.candidates, found.seats, tuple(papers), title=found.title)


def definitive_papers(svc: MeetingService, ballot_id: int) -> list[str]:
    """Every definitive paper's marks, box by box and batch by batch."""
    return [m for batch in _definitive_papers(svc, ballot_id).values() for m in batch]


# -- the count ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RankedCount:
    """The count of a counted ballot, or the lot it waits for."""

    result: CountResult | None
    lot_needed: LotRequest | None
    lots: tuple[dict[str, Any], ...]


def _lots(svc: MeetingService, ballot_id: int) -> list[dict[str, Any]]:
    row = ranked_store.method(svc.store, ballot_id)
    return list(json.loads(row["lots"])) if row else []


_COUNTS: dict[tuple[Any, ...], RankedCount] = {}
"""Counts already made, by everything they depend on: the Result page redraws at every change in the
meeting (a registration at the desk), and 10,000 papers need not be read and counted again for that."""
_COUNTS_KEPT = 8


def count_ballot(svc: MeetingService, ballot_id: int) -> RankedCount:
    """Count the definitive papers by the ballot's rules, with the lots the chair has drawn so far."""
    found = require_ranked(svc, ballot_id)
    if Status(found.status) not in (Status.COUNTED, Status.DECLARED):
        raise DomainError(translate("Ranked", "Ballot {0} is counted once every box's papers are definitive.").format(
            ballot_id))
    lots = _lots(svc, ballot_id)
    # Accepted keyings never change (a settlement or a rekey changes which are accepted), so these ids,
    # with the lots, the rules and the candidates, fix the papers and the count.
    accepted = tuple(e["id"] for e in ranked_store.entries(svc.store, ballot_id, states=("accepted",)))
    key = (str(svc.path), ballot_id, found.rules, found.seats, found.candidates, accepted, json.dumps(lots),
           words.translating(), words.generation())  # the count's notes are in the language in force
    cached = _COUNTS.get(key)
    if cached is not None:
        return cached
    papers = tuple(paper_of(m) for m in definitive_papers(svc, ballot_id))
    ballot = BallotFile(found.candidates, found.seats, papers, title=found.title)
    try:
        counted = RankedCount(count(ballot, found.rules, found.seats, listed_lots([lot["chosen"] for lot in lots])),
                              None, tuple(lots))
    except LotNeeded as needed:
        counted = RankedCount(None, needed.request, tuple(lots))
    if len(_COUNTS) >= _COUNTS_KEPT:
        _COUNTS.pop(next(iter(_COUNTS)))
    _COUNTS[key] = counted
    return counted


def outcome_text(found: RankedBallot, result: CountResult, word: str = "elected", *, provisional: bool = False) -> str:
    """The outcome in words, as the result page, the declaration and the sheet say it.

    ``provisional`` (until the chair declares) says it as it would be, as every other ballot's result does.
    """
    names = ", ".join(result.elected)
    word = translate("Ballot", word)
    if len(result.elected) == 1:
        return (translate("Ranked", "{0} would be {1}.") if provisional
                else translate("Ranked", "{0} is {1}.")).format(names, word)
    return (translate("Ranked", "{0} would be {1}, in that order.") if provisional
            else translate("Ranked", "{0} are {1}, in that order.")).format(names, word)


def result_fields(svc: MeetingService, row: dict[str, Any]) -> dict[str, Any] | None:
    """What ``result --json`` adds for a preferential ballot, over its first preferences; None for a vote ballot.

    ``quota``, ``elected`` and ``stages`` are exactly as ``ballotdesk stv --json`` prints them
    (:meth:`CountResult.as_json`); ``rules``, ``rejected_by_reason`` and ``count_lots`` say how.
    """
    found = ranked_ballot(svc, row["id"])
    if found is None:
        return None
    out: dict[str, Any] = {"method": found.method, "rules": found.rules}
    if Status(row["status"]) not in (Status.COUNTED, Status.DECLARED):
        out.update(outcome=translate("Ranked", "Not counted yet: the papers of every box must be definitive."),
                   winners=[], tie=[], carried=None, needs_next_round=False)
        return out
    counted = count_ballot(svc, row["id"])
    out["count_lots"] = list(counted.lots)
    if counted.result is None:
        request = counted.lot_needed
        assert request is not None
        out.update(lot_needed={"stage": request.stage, "purpose": request.purpose, "tied": list(request.tied),
                               "question": request.describe()},
                   outcome=translate("Ranked", "A lot is needed: {0}.").format(request.describe()),
                   winners=[], tie=list(request.tied), carried=None, needs_next_round=False)
        return out
    data = counted.result.as_json()
    out.update(quota=data["quota"], elected=data["elected"], stages=data["stages"], valid=data["valid"],
               candidates=data["candidates"],
               rejected_by_reason=data["rejected"], withdrawn=data["withdrawn"],
               outcome=outcome_text(found, counted.result, row["elected_word"],
                                    provisional=Status(row["status"]) is not Status.DECLARED),
               winners=data["elected"], tie=[],
               carried=None, needs_next_round=False)
    return out


def check_declarable(svc: MeetingService, ballot_id: int) -> str:
    """The outcome to declare, or a refusal while a lot is still to be drawn."""
    counted = count_ballot(svc, ballot_id)
    if counted.result is None:
        assert counted.lot_needed is not None
        raise DomainError(translate("Ranked", "The count needs a lot first: {0}. The chair draws it.").format(
            counted.lot_needed.describe()))
    found = require_ranked(svc, ballot_id)
    return outcome_text(found, counted.result, ballots.ballot_row(svc, ballot_id)["elected_word"])


def record_lot(svc: MeetingService, ballot_id: int, *, chosen: str | None = None, note: str = "",
               pin: str | None = None) -> Lot:
    """The chair draws the lot the count waits for (in the app, or records one drawn in the hall)."""
    require_chair(svc, pin, QT_TRANSLATE_NOOP("Roles", "settle an equality by lot"))
    row = ballots.ballot_row(svc, ballot_id)
    if Status(row["status"]) is not Status.COUNTED:
        raise DomainError(translate("Ballots", "A lot is drawn once the ballot is counted and before it is declared."))
    counted = count_ballot(svc, ballot_id)
    request = counted.lot_needed
    if request is None:
        raise DomainError(translate("Ballots", "There is no equality of votes to settle by lot."))
    if chosen is None:
        lot = draw_lot(request.tied, note=note)
    else:
        match = [t for t in request.tied if t.casefold() == chosen.strip().casefold()]
        if not match:
            raise DomainError(translate("Ranked", "'{0}' is not among the tied candidates ({1}).").format(
                chosen, ", ".join(request.tied)))
        lot = physical_lot(request.tied, match[0], note)
    record = {**asdict(lot), "among": list(lot.among), "stage": request.stage, "purpose": request.purpose}
    lots = [*counted.lots, record]
    with svc.store.change(svc.actor, "ballot.lot", {"ballot_id": ballot_id, **record}):
        ranked_store.set_lots(svc.store, ballot_id, json.dumps(lots, ensure_ascii=False))
    return lot

