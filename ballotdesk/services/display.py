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
from ballotdesk.services import counting, results

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
    STAGES = "stages"


MODE_LABELS = {
    Mode.BLANK: "Blank screen",
    Mode.LOGO: "Meeting title",
    Mode.ARRIVALS: "Arrivals and quorum",
    Mode.BALLOT: "Current ballot",
    Mode.RESULT: "Declared result",
    Mode.ROUNDS: "Rounds of an exhaustive ballot",
    Mode.STAGES: "Stages of a preferential count",
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
    stage: int | None = None
    """The stage shown of a preferential count (from 0), once held to the stages there are."""


def current_ballot(svc: MeetingService) -> B.Ballot | None:
    """The ballot the hall cares about now: the newest not yet declared, else the newest."""
    ballots = B.ballot_list(svc)
    live = [b for b in ballots if b.status not in (Status.DRAFT, Status.DECLARED)]
    chosen = live or ballots
    return chosen[-1] if chosen else None


def _bars(svc: MeetingService, ballot_id: int, heading: str = "") -> Bars:
    doc = results.result_json(svc, ballot_id)
    kind = B.ballot_row(svc, ballot_id)["kind"]
    rows = tuple((option_label(kind, o["name"]), o["votes"], o["percent"]) for o in doc["options"])
    winners = tuple(option_label(kind, w) for w in doc["winners"]) or (
        (option_label(kind, doc["options"][0]["name"]),) if doc.get("carried") and doc["options"] else ())
    return Bars(heading, rows, winners, doc["necessary"])


def stage_screen(svc: MeetingService, ballot: B.Ballot, stage: int) -> Screen:
    """One stage of a declared preferential count: what was done, and every continuing candidate's votes.

    ``stage`` counts from 0 and is held to the stages there are, so stepping past the last stays on it.
    """
    from ballotdesk.domain.preferential.table import stage_table

    if ballot.status is not Status.DECLARED:
        return Screen(ballot.title, (translate("Display", "The result has not been declared yet."),))
    doc = results.result_json(svc, ballot.id)
    if not doc.get("stages"):
        return Screen(ballot.title, (translate("Display", "This ballot was not counted by preferences."),))
    table = stage_table(doc)
    index = max(0, min(stage, len(table.columns) - 1))
    marks = {"elected": translate("Display", "elected"), "excluded": translate("Display", "excluded")}
    lines = [translate("Display", "Stage {0} of {1}").format(index + 1, len(table.columns)),
             table.column_words(index), translate("Display", "Quota: {0}").format(table.quota)]
    for name, cells in zip(table.candidates, table.rows, strict=True):
        cell = cells[index]
        if cell.state != "out":
            lines.append(f"{name}: {cell.total}" + (f" ({marks[cell.state]})" if cell.state in marks else ""))
    if index == len(table.columns) - 1:
        lines.append(translate("Display", "Elected, in order: {0}").format(", ".join(table.elected)))
    return Screen(ballot.title, tuple(lines), stage=index)


def screen(svc: MeetingService | None, mode: Mode, ballot_id: int | None = None, stage: int = 0) -> Screen:
    """The content for a mode; results appear only once declared (``stage``: which stage, for STAGES)."""
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
    ballot = B.Ballot.of(B.ballot_row(svc, ballot_id)) if ballot_id else current_ballot(svc)
    if ballot is None:
        return Screen(translate("Display", "No ballot yet"))
    status = ballot.status
    if mode is Mode.BALLOT:
        states = counting.box_states(svc, ballot.id)
        issued = translate("Display", "Papers issued: {0}").format(f"{sum(s.issued for s in states):,}")
        if status is Status.OPEN:
            return Screen(ballot.title, (translate("Display", "Ballot open"), issued))
        if status is Status.DECLARED:
            return Screen(ballot.title, (translate("Display", "Result declared"),), (_bars(svc, ballot.id),))
        # STATUS_LABELS are marked for lupdate under "Domain" in ballotdesk.ui.domain_text.
        label = translate("Domain", STATUS_LABELS[status])
        blocked = tuple(translate("Display", "{0}: more papers found than issued; the box is to be recounted.").format(
            s.name) for s in states if s.blocked)
        return Screen(ballot.title, (label[:1].upper() + label[1:], issued, *blocked))
    if mode is Mode.STAGES:
        return stage_screen(svc, ballot, stage)
    if mode is Mode.RESULT:
        if status is not Status.DECLARED:
            return Screen(ballot.title, (translate("Display", "The result has not been declared yet."),))
        doc = results.result_json(svc, ballot.id)
        lines: tuple[str, ...] = (results.shown_outcome(svc, doc),)
        if doc.get("amended"):  # figures that change on the screen without a word invite suspicion
            lines += (translate("Display", "This result has been amended since it was declared."),)
        return Screen(ballot.title, lines, (_bars(svc, ballot.id),))
    # Mode.ROUNDS: every round, each shown only once declared.
    chain = B.round_list(svc, ballot.id)
    bars = tuple(_bars(svc, r.id, translate("Display", "Round {0}").format(r.round)) for r in chain
                 if r.status is Status.DECLARED)
    lines = tuple(translate("Display", "Round {0}: result not yet declared").format(r.round) for r in chain
                  if r.status is not Status.DECLARED)
    return Screen(B.base_title(ballot.title), lines, bars)
