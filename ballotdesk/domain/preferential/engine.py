"""What every count shares: the papers as distinct rankings, the candidates' states, stages, ties and lots.

Papers with the same ranking travel together (a ballot file of 10,000 papers has far fewer distinct
rankings, and a parcel of identical papers moves as one), so each *entry* below is
``(ranking id, position reached, number of papers)``. Values are integers in units of the rules'
last decimal place (1/100,000 of a vote for Scottish STV), so the arithmetic is exact and truncation
is integer division, as the texts prescribe; nothing is ever a float.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from decimal import Decimal

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.preferential.blt import BallotFile
from ballotdesk.domain.preferential.papers import REASONS, ranking
from ballotdesk.domain.preferential.result import EQUAL_THROUGHOUT, Chooser, CountResult, Lot, LotRequest, Stage
from ballotdesk.domain.words import translate

HOPEFUL, ELECTED, EXCLUDED, WITHDRAWN = 0, 1, 2, 3

Entry = tuple[int, int, int]
"""(ranking id, position in that ranking, number of papers)."""


class Count:
    """The state of one count; each rule's module drives it through its own stages."""

    rules = ""
    places = 0

    def __init__(self, ballots: BallotFile, seats: int, chooser: Chooser) -> None:
        self.names = ballots.candidates
        self.seats = seats
        self.chooser = chooser
        self.scale = 10 ** self.places
        n = len(self.names)
        self.state = [WITHDRAWN if (c + 1) in ballots.withdrawn else HOPEFUL for c in range(n)]
        standing = n - len(ballots.withdrawn)
        if seats > standing:
            raise DomainError(translate("Preferential", "{0} seats but only {1} candidates standing").format(
                seats, standing))
        self.rejected = dict.fromkeys(REASONS, 0)
        index: dict[tuple[int, ...], int] = {}
        self.rankings: list[tuple[int, ...]] = []
        self.counts: list[int] = []
        for paper in ballots.papers:
            order = ranking(paper, ballots.withdrawn)
            if isinstance(order, str):
                self.rejected[order] += paper.weight
                continue
            key = tuple(c - 1 for c in order)
            rid = index.get(key)
            if rid is None:
                rid = index[key] = len(self.rankings)
                self.rankings.append(key)
                self.counts.append(0)
            self.counts[rid] += paper.weight
        self.papers = ballots.paper_count
        self.valid = sum(self.counts)
        if self.valid == 0:
            raise DomainError(translate("Preferential", "none of the {0} papers is valid, so there is nothing to "
                                                   "count").format(self.papers))
        self.votes = [0] * n
        self.holdings: list[list[tuple[int, list[Entry]]]] = [[] for _ in range(n)]
        """Per candidate, the batches of papers held: (value of each paper, entries), in the order received."""
        self.non_transferable = 0
        self.elected: list[int] = []
        self.stages: list[Stage] = []
        self.history: list[list[int]] = []
        """Every candidate's votes at the end of each stage."""
        self.points: list[list[int]] = []
        """Votes after the first stage and after each batch of papers transferred (ERS97's "points")."""
        self.lots: list[Lot] = []
        self.quota = 0

    def run(self) -> None:
        """Count by the rules, stage by stage (each rule's module says how)."""
        raise NotImplementedError

    # -- papers -------------------------------------------------------------------------------

    def first_preferences(self) -> None:
        """Sort the valid papers by first preference, one batch of whole votes per candidate."""
        batches: list[list[Entry]] = [[] for _ in self.names]
        for rid, order in enumerate(self.rankings):
            batches[order[0]].append((rid, 0, self.counts[rid]))
        for c, entries in enumerate(batches):
            if entries:
                self.holdings[c].append((self.scale, entries))
                self.votes[c] = self.scale * sum(e[2] for e in entries)

    def sort(self, entries: Iterable[Entry]) -> tuple[dict[int, list[Entry]], int]:
        """Sort entries by next available preference for a continuing candidate; returns them and the papers left."""
        rankings, state = self.rankings, self.state
        out: dict[int, list[Entry]] = {}
        exhausted = 0
        for rid, pos, count in entries:
            order = rankings[rid]
            pos += 1
            while pos < len(order) and state[order[pos]] != HOPEFUL:
                pos += 1
            if pos < len(order):
                out.setdefault(order[pos], []).append((rid, pos, count))
            else:
                exhausted += count
        return out, exhausted

    def give(self, parcels: dict[int, list[Entry]], value: int) -> int:
        """Credit each candidate with its parcel at ``value`` a paper; returns the total value credited."""
        total = 0
        for c, entries in parcels.items():
            papers = sum(e[2] for e in entries)
            self.holdings[c].append((value, entries))
            self.votes[c] += value * papers
            total += value * papers
        return total

    # -- candidates ---------------------------------------------------------------------------

    def continuing(self) -> list[int]:
        """Candidates neither elected, excluded nor withdrawn, in ballot order."""
        return [c for c, s in enumerate(self.state) if s == HOPEFUL]

    @property
    def unfilled(self) -> int:
        return self.seats - len(self.elected)

    def value(self, units: int) -> Decimal:
        """An integer count of the rules' smallest unit as an exact decimal."""
        return Decimal(units).scaleb(-self.places) if self.places else Decimal(units)

    # -- stages -------------------------------------------------------------------------------

    def record(self, action: str, elected: Iterable[int] = (), excluded: Iterable[int] = (), note: str = "",
               quota: int | None = None) -> None:
        """Close a stage: every standing candidate's total, the non-transferable votes, who was decided."""
        self.history.append(list(self.votes))
        self.stages.append(Stage(
            number=len(self.stages) + 1, action=action,
            votes={self.names[c]: self.value(self.votes[c]) for c, s in enumerate(self.state) if s != WITHDRAWN},
            non_transferable=self.value(self.non_transferable),
            elected=tuple(self.names[c] for c in elected), excluded=tuple(self.names[c] for c in excluded),
            note=note, quota=None if quota is None else self.value(quota)))

    def amend_last(self, elected: Iterable[int] = (), note: str = "") -> None:
        """Add candidates deemed elected without a further transfer to the stage that made it so."""
        last = self.stages[-1]
        self.stages[-1] = dataclasses.replace(
            last, elected=last.elected + tuple(self.names[c] for c in elected),
            note="; ".join(n for n in (last.note, note) if n))

    def name_list(self, candidates: Iterable[int]) -> str:
        return ", ".join(self.names[c] for c in candidates)

    # -- ties ---------------------------------------------------------------------------------

    def lot(self, tied: list[int], purpose: str, why: str = EQUAL_THROUGHOUT) -> int:
        """Ask the caller's chooser; record the lot; the answer must be one of the tied."""
        request = LotRequest(len(self.stages) + 1, purpose, tuple(self.names[c] for c in tied), why)
        chosen = self.chooser(request)
        match = [c for c in tied if self.names[c] == chosen]
        if not match:
            raise DomainError(translate("Preferential", "the lot at stage {0} chose '{1}', who is not among {2}")
                              .format(request.stage, chosen, ", ".join(request.tied)))
        self.lots.append(Lot(request.stage, purpose, request.tied, chosen))
        return match[0]

    def break_tie(self, tied: list[int], purpose: str, lowest: bool, looking: str) -> int:
        """One of ``tied`` (equal now): decided by the votes they had before, else by lot.

        ``looking`` is "back" (the most recent preceding stage at which they were unequal: Scottish
        rules 49(2), 51(2), and our IRV) or "forward" (the first stage or the earliest point after a
        batch at which they were unequal: ERS97 5.2.3, 5.2.5, 5.6.2). ``lowest`` picks the fewest votes
        there (to exclude), else the most (to transfer first, or to elect). A group of three or more is
        narrowed at each such point until one is left.
        """
        group = list(tied)
        if len(group) == 1:
            return group[0]
        rows = self.history[::-1] if looking == "back" else self.points
        for row in rows:
            values = [row[c] for c in group]
            if len(set(values)) > 1:
                pick = min(values) if lowest else max(values)
                group = [c for c in group if row[c] == pick]
                if len(group) == 1:
                    return group[0]
        return self.lot(group, purpose)

    def result(self) -> CountResult:
        return CountResult(
            rules=self.rules, seats=self.seats, candidates=tuple(
                n for n, s in zip(self.names, self.state, strict=True) if s != WITHDRAWN),
            places=self.places, quota=self.value(self.quota), elected=tuple(self.names[c] for c in self.elected),
            stages=tuple(self.stages), papers=self.papers, valid=self.valid,
            rejected={reason: n for reason, n in self.rejected.items() if n}, lots=tuple(self.lots),
            withdrawn=tuple(n for n, s in zip(self.names, self.state, strict=True) if s == WITHDRAWN))
