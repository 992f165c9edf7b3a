"""What the projector shows, decided without Qt.

The hall must never see a result before the chair declares it, so that rule lives here, where
it is tested without a screen: a ballot's figures reach the display only once it is declared.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from ballotdesk.domain.ballot import STATUS_LABELS, Status
from ballotdesk.services import ballots as B

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService


class Mode(StrEnum):
    """What the chair chose to project."""

    BLANK = "blank"
    LOGO = "logo"
    ARRIVALS = "arrivals"
    BALLOT = "ballot"
    RESULT = "result"
    ROUNDS = "rounds"


MODE_LABELS = {
    Mode.BLANK: "Blank screen",
    Mode.LOGO: "Meeting title",
    Mode.ARRIVALS: "Arrivals and quorum",
    Mode.BALLOT: "Current ballot",
    Mode.RESULT: "Declared result",
    Mode.ROUNDS: "Rounds of an exhaustive ballot",
}


@dataclass(frozen=True)
class Bars:
    """One set of result bars: a heading and (label, votes, percent) rows."""

    heading: str
    rows: tuple[tuple[str, int, float | None], ...]
    winners: tuple[str, ...] = ()
    necessary: int | None = None


@dataclass(frozen=True)
class Screen:
    """Everything the projector window paints: big headline, lines of text, result bars."""

    headline: str = ""
    lines: tuple[str, ...] = ()
    bars: tuple[Bars, ...] = field(default_factory=tuple)


def _ballot_rows(svc: MeetingService) -> list[dict]:
    return svc.store.ballots()


def current_ballot(svc: MeetingService) -> dict | None:
    """The ballot the hall cares about now: the newest not yet declared, else the newest."""
    rows = _ballot_rows(svc)
    live = [r for r in rows if Status(r["status"]) not in (Status.DRAFT, Status.DECLARED)]
    chosen = live or rows
    return chosen[-1] if chosen else None


def _bars(svc: MeetingService, ballot_id: int) -> Bars:
    doc = B.result_json(svc, ballot_id)
    rows = tuple((o["name"], o["votes"], o["percent"]) for o in doc["options"])
    winners = tuple(doc["winners"]) or (("For",) if doc.get("carried") else ())
    return Bars(doc["title"], rows, winners, doc["necessary"])


def screen(svc: MeetingService | None, mode: Mode, ballot_id: int | None = None) -> Screen:
    """The content for a mode; results appear only once declared."""
    if svc is None or mode is Mode.BLANK:
        return Screen()
    details = svc.details()
    if mode is Mode.LOGO:
        return Screen(details["organisation"] or details["title"], (details["title"], details["venue"]))
    if mode is Mode.ARRIVALS:
        f = svc.figures()
        quorum = (f"Quorum met: {f.may_vote_present:,} present of {f.quorum:,} needed" if f.quorate
                  else f"Quorum not yet met: {f.may_vote_present:,} present of {f.quorum:,} needed")
        return Screen("Welcome", (f"Registered: {f.registered:,}", f"Eligible to vote and present: "
                                  f"{f.may_vote_present:,}", quorum))
    row = B.ballot_row(svc, ballot_id) if ballot_id else current_ballot(svc)
    if row is None:
        return Screen("No ballot yet")
    status = Status(row["status"])
    if mode is Mode.BALLOT:
        issued = sum(s.issued for s in B.box_states(svc, row["id"]))
        if status is Status.OPEN:
            return Screen(row["title"], ("Ballot open", f"Papers issued: {issued:,}"))
        if status is Status.DECLARED:
            return Screen(row["title"], ("Result declared",), (_bars(svc, row["id"]),))
        return Screen(row["title"], (STATUS_LABELS[status].capitalize(), f"Papers issued: {issued:,}"))
    if mode is Mode.RESULT:
        if status is not Status.DECLARED:
            return Screen(row["title"], ("The result has not been declared yet.",))
        doc = B.result_json(svc, row["id"])
        return Screen(row["title"], (doc["outcome"],), (_bars(svc, row["id"]),))
    # Mode.ROUNDS: every round, each shown only once declared.
    chain = B.rounds(svc, row["id"])
    bars = tuple(_bars(svc, r["id"]) for r in chain if Status(r["status"]) is Status.DECLARED)
    lines = tuple(f"Round {r['round']}: result not yet declared" for r in chain
                  if Status(r["status"]) is not Status.DECLARED)
    return Screen(B.base_title(row["title"]), lines, bars)
