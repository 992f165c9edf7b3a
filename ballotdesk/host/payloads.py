"""The API's JSON, made from the services' dataclasses: the same fields as the commands' ``--json``.

Functions taking a service run through the gate (on the thread that may touch the meeting); the
rest only reshape values already read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ballotdesk.domain.count import CountFigures
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.words import translate
from ballotdesk.host.devices import Device
from ballotdesk.services import ballots, counting
from ballotdesk.services.counting import EntryOutcome
from ballotdesk.services.desk import Registration
from ballotdesk.services.meeting import MeetingService
from ballotdesk.services.roll import MemberHit

SHOWN_STATUSES = ("open", "closed", "counting")
"""Ballots a device can act on: a desk issues on open ones, a teller counts closed ones."""


def member(hit: MemberHit) -> dict[str, Any]:
    """One search result, as ``roll search --json`` plus whether and when they registered."""
    return {"number": hit.number, "name": hit.name, "ward": hit.ward, "may_vote": hit.may_vote,
            "reason": hit.reason, "registered": hit.registered_at is not None, "registered_at": hit.registered_at}


def registration(r: Registration) -> dict[str, Any]:
    """The answer to a registration: the issue's fields, then details for the status panel."""
    paper = next((p for p in r.papers if p.issued), None)
    refused = next((p.refused for p in r.papers if not p.issued), None)
    return {"status": r.outcome, "name": r.name, "may_vote": r.may_vote, "reason": r.reason,
            "paper": {"ballot": paper.ballot_id, "box": paper.box, "serial": paper.serial} if paper else None,
            "number": r.number, "at": r.at, "by": r.by, "departed_at": r.departed_at, "paper_refused": refused}


def snapshot(svc: MeetingService, known: int | None = None) -> dict[str, Any] | None:
    """What the event streams compare between changes: the audit version, the figures, the ballots' states.

    None when the audit version is still ``known``: the once-a-second look costs one query.
    """
    version = svc.store.audit_version()
    if version == known:
        return None
    return {"version": version, "figures": svc.figures().as_json(),
            "ballots": [{"id": b.id, "title": b.title, "status": str(b.status)}
                        for b in ballots.ballot_list(svc) if b.status in SHOWN_STATUSES]}


def state(svc: MeetingService, device: Device) -> dict[str, Any]:
    """``GET /api/v1/state``: the meeting, this device, the ballots it can act on, the figures and quorum.

    A teller sees each box's state and who has entered it (names only), never an entry's
    figures: the second entry is made blind.
    """
    meeting = svc.details()
    figures = svc.figures()
    shown = []
    for ballot in ballots.ballot_list(svc):
        if ballot.status not in SHOWN_STATUSES:
            continue
        spec = ballot.spec
        item: dict[str, Any] = {"id": ballot.id, "title": ballot.title, "question": spec.question,
                                "kind": str(spec.kind), "options": list(spec.options), "abstain": spec.abstain,
                                "seats": spec.seats, "status": str(ballot.status)}
        if device.role == "teller" and ballot.status != "open":
            item["boxes"] = [{"name": s.name, "state": s.state, "entries": s.entries,
                              "tellers": counting.entry_tellers(svc, ballot.id, s.box_id)}
                             for s in counting.box_states(svc, ballot.id)]
        shown.append(item)
    return {
        "meeting": {key: meeting.get(key) or "" for key in ("title", "date", "venue", "organisation")},
        "device": {"name": device.name, "role": device.role, "box": device.box},
        "boxes": [b.name for b in ballots.box_list(svc)],
        "ballots": shown,
        "figures": figures.as_json(),
        "quorum": {"required": figures.quorum, "present": figures.may_vote_present, "quorate": figures.quorate},
        "version": svc.store.audit_version(),
        "record": record(svc),
    }


def record(svc: MeetingService) -> dict[str, Any]:
    """The record's head as this device's anchor outside the meeting file (see ``verify FILE --head``)."""
    events, head = svc.store.audit_head()
    return {"events": events, "head": head, "key": svc.store.record_key.key_id}


def enter_count(svc: MeetingService, ballot_id: int, box: str, teller: str, papers: int, votes: dict[str, Any],
                abstain: int, rejected: int, code: str | None = None) -> EntryOutcome:
    """A teller's entry with figures named by option; every option must be given (0 explicitly)."""
    options = ballots.spec_of(ballots.ballot_row(svc, ballot_id)).options
    missing = [o for o in options if o not in votes]
    unknown = [str(k) for k in votes if k not in options]
    if unknown:
        raise DomainError(translate("Host", "Ballot {0} has no option {1}; its options are {2}.").format(
            ballot_id, ", ".join(f"'{u}'" for u in unknown), ", ".join(f"'{o}'" for o in options)))
    if missing:
        raise DomainError(translate("Host", "Give a figure for every option (0 if none): {0} missing.").format(
            ", ".join(f"'{m}'" for m in missing)))
    figures = CountFigures(papers, tuple(int(votes[o]) for o in options), abstain, rejected)
    if code is not None:  # the teller's own code, once the chair has named tellers
        return counting.enter_count(svc, ballot_id, box, teller, figures, code=code)  # type: ignore[call-arg]
    return counting.enter_count(svc, ballot_id, box, teller, figures)


def same_device(first: tuple[int, str], now: tuple[int, str]) -> bool:
    """Whether two (device id, address) pairs are one device: one token, or one address on the network.

    A second name typed into the same laptop is still the same keyboard, so an address counts
    as a device; the host's own loopback address does not (its browser is the chair's screen).
    """
    loopback = now[1] in ("127.0.0.1", "::1", "localhost")
    return first[0] == now[0] or (first[1] == now[1] and not loopback)


def second_device_entry(svc: MeetingService, firsts: dict[tuple[int, int], tuple[int, str]],
                        device: tuple[int, str], enter: Callable[[], EntryOutcome], ballot_id: int,
                        box: str) -> EntryOutcome:
    """Make a teller's entry unless it would be the box's second from the device that made the first.

    Four eyes means two people on two devices: the service refuses a second entry under the
    first teller's name, and this refuses one from the first entry's device under another name.
    """
    bid, _name = ballots.box_id(svc, box)
    first = firsts.get((ballot_id, bid))
    waiting = next((s for s in counting.box_states(svc, ballot_id) if s.box_id == bid), None)
    if first is not None and waiting is not None and waiting.state == "second entry" and same_device(first, device):
        raise DomainError(translate(
            "Host", "The second count of {0} must be entered on another device than the first, by another "
                    "teller.").format(_name))
    outcome = enter()
    if outcome.state == "second entry":
        firsts[(ballot_id, bid)] = device
    return outcome
