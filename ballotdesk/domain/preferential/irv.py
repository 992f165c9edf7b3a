"""The alternative vote (instant-runoff), one seat.

At each round the candidate with more than half of the continuing votes (the papers still counting for
a continuing candidate, exhausted papers left out) is elected; otherwise the candidate with the fewest
votes is excluded and their papers pass whole to the next available preference. Equal lowest
candidates: the one with fewer votes at the most recent earlier round at which they were unequal is
excluded; equal at every round, a lot decides.
"""

from __future__ import annotations

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.preferential.engine import ELECTED, EXCLUDED, Count
from ballotdesk.domain.words import translate


class IrvCount(Count):
    rules = "irv"
    places = 0

    def run(self) -> None:
        if self.seats != 1:
            raise DomainError(translate("Preferential", "the alternative vote (irv) fills one seat, not {0}; give "
                                                   "--seats 1, or count by STV rules").format(self.seats))
        self.first_preferences()
        excluded: list[int] = []
        while True:
            hopeful = self.continuing()
            live = sum(self.votes[c] for c in hopeful)
            self.quota = live // 2 + 1
            top = max(self.votes[c] for c in hopeful)
            leaders = [c for c in hopeful if self.votes[c] == top]
            action = "first preferences" if not self.stages else f"exclusion of {self.name_list(excluded)}"
            if (2 * top > live and len(leaders) == 1) or len(hopeful) == 1:
                winner = leaders[0]
                self.state[winner] = ELECTED
                self.elected.append(winner)
                self.record(action, [winner], excluded, quota=self.quota)
                return
            self.record(action, (), excluded, quota=self.quota)
            low = min(self.votes[c] for c in hopeful)
            c = self.break_tie([c for c in hopeful if self.votes[c] == low], "exclude", lowest=True, looking="back")
            self.state[c] = EXCLUDED
            for value, entries in self.holdings[c]:
                parcels, exhausted = self.sort(entries)
                self.give(parcels, value)
                self.non_transferable += value * exhausted
            self.holdings[c] = []
            self.votes[c] = 0
            excluded = [c]
