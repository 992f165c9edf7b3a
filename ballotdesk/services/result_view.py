"""A ballot's result document as named values, for the pages that show it.

``results.result_json`` is the record: the document ``result --json`` prints, the host serves and
the signed sheet is made from, the declared version exactly as declared. Its fields are a public
interface, read by key by those who print or send it. The interface reads the same document
through :class:`ResultView` instead: its figures are the document's (not counted again), so the
Result page shows exactly what was declared, yet it names every fact it shows (the equality, the
lots, the outcome, whether it is provisional, each option's votes) rather than each page reading
the document by key and handling a field missing from an older file in its own way.

The figures themselves are the domain's :class:`~ballotdesk.domain.tally.Tally`, and a
preferential count's stages its :class:`~ballotdesk.domain.preferential.table.StageTable`: the
view only adds what the document says beyond them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ballotdesk.domain.ballot import Base, Kind
from ballotdesk.domain.lots import Lot
from ballotdesk.domain.preferential.table import StageTable, stage_table
from ballotdesk.domain.tally import OptionResult, Tally
from ballotdesk.services import results

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService


@dataclass(frozen=True)
class ResultBox:
    """One box's ballot paper account as the result document records it (at the declaration, once declared).

    Attributes:
        name: The box.
        issued: Live papers issued into it.
        found: Papers found in it (None until its count is final).
        spoilt: Papers spoilt and cancelled.
        withdrawn: Papers withdrawn as issued by mistake.
        variance: Papers issued but not found (None until counted); above 0, papers were not returned.
        explanation: The chair's explanation of a shortfall ("" when none was recorded).
        definitive: Its count is final.
        state: Where its count stands, as ``counting.BoxState.state`` names it.
    """

    name: str
    issued: int
    found: int | None
    spoilt: int
    withdrawn: int
    variance: int | None
    explanation: str
    definitive: bool
    state: str


@dataclass(frozen=True)
class ResultView:
    """A ballot's result as the Result page shows it, read from its result document.

    Attributes:
        ballot_id: The ballot.
        kind: Motion or election (a motion's For/Against are shown in the interface language).
        base: What the percentages are of.
        tally: The figures, the outcome as recorded (English once declared), the winners, any
            equality still to settle (``tie``), the lots drawn, and who continues or drops out.
        shown_outcome: The outcome in the interface language (``results.shown_outcome``).
        provisional: Not declared: the figures are the count so far, not a decision.
        amended: A declared result corrected since (more than one version).
        versions: Declared versions (0 before the declaration).
        boxes: Each box's ballot paper account.
        method: "irv" or "stv" for a preferential ballot, "" for one counted by votes.
        rules: The rules of a preferential count ("scottish", "meek", ...; "" otherwise).
        stages: A counted preferential ballot's stages (None otherwise, or while its count waits).
        count_lots: Lots drawn within a preferential count, as recorded (for ``ranked.lot_words``).
        lot_question: What a preferential count's pending lot decides (None when none is pending).
    """

    ballot_id: int
    kind: Kind
    base: Base
    tally: Tally
    shown_outcome: str
    provisional: bool
    amended: bool
    versions: int
    boxes: tuple[ResultBox, ...]
    method: str = ""
    rules: str = ""
    stages: StageTable | None = None
    count_lots: tuple[Mapping[str, Any], ...] = ()
    lot_question: str | None = None

    @property
    def winning_options(self) -> frozenset[str]:
        """The options shown as won: those elected, or a carried motion's first option ("For")."""
        won = set(self.tally.winners)
        if self.kind is Kind.MOTION and self.tally.carried and self.tally.options:
            won.add(self.tally.options[0].name)
        return frozenset(won)

    @classmethod
    def of(cls, doc: Mapping[str, Any], shown_outcome: str | None = None) -> ResultView:
        """The view of a ``result_json`` document; ``shown_outcome`` defaults to the outcome recorded."""
        lot = doc.get("lot")
        lots = tuple(Lot(d["method"], tuple(d["among"]), d["chosen"], d.get("note", ""))
                     for d in ((lot.get("all") or [lot]) if lot else []))
        tally = Tally(
            options=tuple(OptionResult(o["name"], o["votes"], dict(o.get("per_box") or {}), o.get("percent"))
                          for o in doc["options"]),
            abstentions=doc["abstentions"], rejected=doc["rejected"], papers=doc["papers"],
            votes_cast=doc["votes_cast"], base_value=doc["base_value"], necessary=doc.get("necessary"),
            winners=tuple(doc.get("winners") or ()), outcome=str(doc.get("outcome", "")),
            carried=doc.get("carried"), tie=tuple(doc.get("tie") or ()),
            needs_next_round=bool(doc.get("needs_next_round")), lot=lots[0] if lots else None, lots=lots,
            continuing=tuple(doc.get("continuing") or ()), eliminated=tuple(doc.get("eliminated") or ()),
        )
        boxes = tuple(ResultBox(b["name"], b.get("issued", 0), b.get("found"), b.get("spoilt", 0),
                                b.get("withdrawn", 0), b.get("variance"), b.get("explanation") or "",
                                bool(b.get("definitive")), str(b.get("state", "")))
                      for b in doc.get("boxes", []))
        needed = doc.get("lot_needed")
        return cls(
            ballot_id=int(doc["ballot"]), kind=Kind(doc["kind"]), base=Base(doc["base"]), tally=tally,
            shown_outcome=tally.outcome if shown_outcome is None else shown_outcome,
            provisional=bool(doc.get("provisional")), amended=bool(doc.get("amended")),
            versions=int(doc.get("versions") or 0), boxes=boxes, method=str(doc.get("method") or ""),
            rules=str(doc.get("rules") or ""), stages=stage_table(doc) if doc.get("stages") else None,
            count_lots=tuple(doc.get("count_lots") or ()),
            lot_question=str(needed["question"]) if needed else None,
        )


def result_view(svc: MeetingService, ballot_id: int) -> ResultView:
    """The ballot's result as shown: the declared version once declared, else the count so far.

    Raises:
        DomainError: As ``results.result_json`` does (e.g. an unknown ballot, or figures that cannot
            make a result yet).
    """
    doc = results.result_json(svc, ballot_id)
    return ResultView.of(doc, results.shown_outcome(svc, doc))
