"""What the projector shows, decided without Qt.

The hall must never see a result before the chair declares it, so that rule lives here, where
it is tested without a screen: a ballot's figures reach the display only once it is declared.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from ballotdesk.domain.ballot import STATUS_LABELS, Status, option_label
from ballotdesk.domain.words import translate
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
    """One set of result bars: a heading and (label, votes, percent) rows.

    The heading is shown above the bars when there are several sets (the rounds of an exhaustive
    ballot); a single result leaves it empty, as the screen's headline already names the ballot.
    """

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


def _bars(svc: MeetingService, ballot_id: int, heading: str = "") -> Bars:
    doc = B.result_json(svc, ballot_id)
    kind = B.ballot_row(svc, ballot_id)["kind"]
    rows = tuple((option_label(kind, o["name"]), o["votes"], o["percent"]) for o in doc["options"])
    winners = tuple(option_label(kind, w) for w in doc["winners"]) or (
        (option_label(kind, doc["options"][0]["name"]),) if doc.get("carried") and doc["options"] else ())
    return Bars(heading, rows, winners, doc["necessary"])


def screen(svc: MeetingService | None, mode: Mode, ballot_id: int | None = None) -> Screen:
    """The content for a mode; results appear only once declared."""
    if svc is None or mode is Mode.BLANK:
        return Screen()
    details = svc.details()
    if mode is Mode.LOGO:
        return Screen(details["organisation"] or details["title"], (details["title"], details["venue"]))
    if mode is Mode.ARRIVALS:
        f = svc.figures()
        present, needed = f"{f.may_vote_present:,}", f"{f.quorum:,}"
        quorum = (translate("Display", "Quorum met: {0} present of {1} needed").format(present, needed) if f.quorate
                  else translate("Display", "Quorum not yet met: {0} present of {1} needed").format(present, needed))
        return Screen(translate("Display", "Welcome"), (
            translate("Display", "Registered: {0}").format(f"{f.registered:,}"),
            translate("Display", "Eligible to vote and present: {0}").format(present), quorum))
    row = B.ballot_row(svc, ballot_id) if ballot_id else current_ballot(svc)
    if row is None:
        return Screen(translate("Display", "No ballot yet"))
    status = Status(row["status"])
    if mode is Mode.BALLOT:
        states = B.box_states(svc, row["id"])
        issued = translate("Display", "Papers issued: {0}").format(f"{sum(s.issued for s in states):,}")
        if status is Status.OPEN:
            return Screen(row["title"], (translate("Display", "Ballot open"), issued))
        if status is Status.DECLARED:
            return Screen(row["title"], (translate("Display", "Result declared"),), (_bars(svc, row["id"]),))
        # STATUS_LABELS are marked for lupdate under "Domain" in ballotdesk.ui.domain_text.
        label = translate("Domain", STATUS_LABELS[status])
        blocked = tuple(translate("Display", "{0}: more papers found than issued; the box is to be recounted.").format(
            s.name) for s in states if s.blocked)
        return Screen(row["title"], (label[:1].upper() + label[1:], issued, *blocked))
    if mode is Mode.RESULT:
        if status is not Status.DECLARED:
            return Screen(row["title"], (translate("Display", "The result has not been declared yet."),))
        doc = B.result_json(svc, row["id"])
        lines: tuple[str, ...] = (B.shown_outcome(svc, doc),)
        if doc.get("amended"):  # figures that change on the screen without a word invite suspicion
            lines += (translate("Display", "This result has been amended since it was declared."),)
        return Screen(row["title"], lines, (_bars(svc, row["id"]),))
    # Mode.ROUNDS: every round, each shown only once declared.
    chain = B.rounds(svc, row["id"])
    bars = tuple(_bars(svc, r["id"], translate("Display", "Round {0}").format(r["round"])) for r in chain
                 if Status(r["status"]) is Status.DECLARED)
    lines = tuple(translate("Display", "Round {0}: result not yet declared").format(r["round"]) for r in chain
                  if Status(r["status"]) is not Status.DECLARED)
    return Screen(B.base_title(row["title"]), lines, bars)
