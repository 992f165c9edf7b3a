"""Scottish STV: the Scottish Local Government Elections Order 2007 (SSI 2007/42), schedule 1, rules 45-52.

- 46: quota = valid papers / (seats + 1), decimals ignored, plus one (whole votes).
- 47: a candidate whose votes equal or exceed the quota is elected.
- 48: a surplus is transferred from *all* the candidate's papers (weighted inclusive Gregory): each paper
  passes at ``surplus x its value / the candidate's total``, calculated to five decimal places with any
  remainder ignored; papers with no next available preference are non-transferable.
- 49: the largest surplus goes first; equal surpluses by the most recent preceding stage at which the
  candidates' votes were unequal (the higher first); equal at all stages, by lot. Every surplus is
  transferred (no deferral).
- 50-51: with no surplus left, the lowest candidate is excluded and all their papers pass at the value
  they were received at; equal lowest candidates are settled by the most recent preceding stage at
  which they were unequal (the lower is excluded), else by lot.
- 52: when the continuing candidates are as many as the vacancies left, they are elected and no further
  transfer is made.
"""

from __future__ import annotations

from ballotdesk.domain.preferential.engine import ELECTED, EXCLUDED, Count


class ScottishCount(Count):
    rules = "scottish"
    places = 5

    def run(self) -> None:
        self.quota = (self.valid // (self.seats + 1) + 1) * self.scale
        self.first_preferences()
        self.record("first preferences", self.elect(), quota=self.quota)
        done: set[int] = set()
        while self.unfilled > 0:
            hopeful = self.continuing()
            if len(hopeful) <= self.unfilled:
                self.elected += hopeful
                for c in hopeful:
                    self.state[c] = ELECTED
                self.amend_last(hopeful, "rule 52: the continuing candidates fill the remaining vacancies")
                break
            surpluses = [c for c in self.elected if c not in done and self.votes[c] > self.quota]
            if surpluses:
                top = max(self.votes[c] for c in surpluses)
                c = self.break_tie([c for c in surpluses if self.votes[c] == top], "transfer first",
                                   lowest=False, looking="back")
                done.add(c)
                self.transfer_surplus(c)
                self.record(f"surplus of {self.names[c]}", self.elect())
            else:
                low = min(self.votes[c] for c in hopeful)
                c = self.break_tie([c for c in hopeful if self.votes[c] == low], "exclude", lowest=True,
                                   looking="back")
                self.exclude(c)
                self.record(f"exclusion of {self.names[c]}", self.elect(), [c])

    def elect(self) -> list[int]:
        """Rule 47: everyone at or above the quota, the highest first."""
        reached = sorted((c for c in self.continuing() if self.votes[c] >= self.quota),
                         key=lambda c: (-self.votes[c], c))
        for c in reached:
            self.state[c] = ELECTED
        self.elected += reached
        return reached

    def transfer_surplus(self, c: int) -> None:
        """Rule 48: every paper of ``c`` at surplus x its value / total, truncated to five places."""
        surplus, total = self.votes[c] - self.quota, self.votes[c]
        moved = 0
        for value, entries in self.holdings[c]:
            parcels, _ = self.sort(entries)
            moved += self.give(parcels, value * surplus // total)
        self.holdings[c] = []
        self.votes[c] -= surplus
        self.non_transferable += surplus - moved

    def exclude(self, c: int) -> None:
        """Rule 50: all the papers of ``c`` pass at the value they were received at."""
        self.state[c] = EXCLUDED
        for value, entries in self.holdings[c]:
            parcels, exhausted = self.sort(entries)
            self.give(parcels, value)
            self.non_transferable += value * exhausted
        self.holdings[c] = []
        self.votes[c] = 0

