"""The chair settles a batch whose two keyings differ: key it again, accept one teller's, or read the papers.

Separate from keying (``keying.py``) because it is the chair's decision, with PIN and reason, on
batches the tellers could not agree, and it sees what keying keeps blind: each differing paper side by
side (``disputes``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.preferential.entry import Difference, parse_marks
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate
from ballotdesk.services import ballots
from ballotdesk.services.ranked.keying import BatchOutcome, _check_keying, _groups, _progress, _settle_box, box_progress
from ballotdesk.services.ranked.methods import RankedBallot, require_ranked
from ballotdesk.services.roles import require_chair
from ballotdesk.store import ranked_store

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService

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
