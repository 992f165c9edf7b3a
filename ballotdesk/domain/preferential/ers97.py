"""ERS97: the Electoral Reform Society's rules for STV (1997), sections 5.1-5.6.

- 5.1.6: quota = valid votes / (seats + 1) to two decimal places; if not exact, the remainder is
  ignored and 0.01 added. 5.4.8: while nobody is elected, papers going non-transferable lower it.
- 5.1.7, 5.3.13, 5.4.9: elected at the quota, or at the total active vote / (places unfilled + 1);
  5.6.2: equal candidates competing for too few places are taken by the first stage or earliest point
  at which they were unequal, and if equal throughout none of them is elected at that stage.
- 5.2.2: surpluses are deferred while their total does not exceed the gap between the two lowest
  candidates, or between a group that could be excluded together and the candidate next above.
- 5.2.3: the largest surplus first; equal ones by the greatest vote at the first stage or earliest
  point after a batch at which they were unequal; else by lot.
- 5.3: a surplus from the first stage is taken from all the papers, a later one from the last batch
  received only; each transferable paper passes at surplus / number of transferable papers (two
  places, remainder ignored), or at its present value if that is less.
- 5.2.5: as many of the lowest candidates as possible are excluded together, so long as enough
  remain and their votes with any deferred surpluses do not exceed the next candidate's; equal lowest
  by the fewest votes at the first stage or earliest point where unequal; else by lot.
- 5.4: the excluded papers pass in batches by transfer value, highest first; anyone reaching the quota
  after a batch is elected and receives no more.
- 5.5: when an exclusion would leave as many continuing candidates as places, they are elected.
"""

from __future__ import annotations

from ballotdesk.domain.preferential.engine import ELECTED, EXCLUDED, Count, Entry


class Ers97Count(Count):
    rules = "ers97"
    places = 2

    def quota_for(self, total: int) -> int:
        """5.1.6: ``total`` (in hundredths) over seats + 1, to two places, plus 0.01 unless exact."""
        quota, rest = divmod(total, self.seats + 1)
        return quota + (1 if rest else 0)

    def run(self) -> None:
        self.last_batch: dict[int, tuple[int, list[Entry]]] = {}
        """The batch that gave rise to each elected candidate's surplus (5.3.1, 5.3.2)."""
        total = self.valid * self.scale
        self.quota = self.quota_for(total)
        self.first_preferences()
        self.points.append(list(self.votes))
        self.record("first preferences", self.elect(), quota=self.quota)
        done: set[int] = set()
        while self.unfilled > 0:
            hopeful = self.continuing()
            if len(hopeful) <= self.unfilled:
                self.deem(hopeful)
                self.amend_last(hopeful, "5.5.1: the continuing candidates fill the remaining places")
                break
            pending = [c for c in self.elected if c not in done and self.votes[c] > self.quota]
            owed = sum(self.votes[c] - self.quota for c in pending)
            if pending and not self.deferrable(owed):
                top = max(self.votes[c] - self.quota for c in pending)
                c = self.break_tie([c for c in pending if self.votes[c] - self.quota == top], "transfer first",
                                   lowest=False, looking="forward")
                done.add(c)
                self.transfer_surplus(c)
                self.record(f"surplus of {self.names[c]}", self.elect(), quota=self.quota)
                continue
            group = self.exclusion_group(owed)
            rest = [c for c in hopeful if c not in group]
            note = f"surpluses of {self.value(owed):.2f} deferred (5.2.2)" if pending else ""
            if len(rest) == self.unfilled:
                for c in group:
                    self.state[c] = EXCLUDED
                self.deem(rest)
                self.record(f"exclusion of {self.name_list(group)}", rest, group,
                            "; ".join(n for n in (note, "5.5.1: no transfer, the continuing candidates fill "
                                                  "the remaining places") if n), quota=self.quota)
                break
            elected = self.exclude(group)
            self.record(f"exclusion of {self.name_list(group)}", elected, group, note, quota=self.quota)

    def deem(self, candidates: list[int]) -> None:
        for c in candidates:
            self.state[c] = ELECTED
            self.elected.append(c)

    def elect(self) -> list[int]:
        """5.1.7 / 5.3.13 / 5.4.9 with 5.6.2: who is deemed elected now, highest first."""
        chosen: list[int] = []
        while self.unfilled > 0:
            hopeful = self.continuing()
            if not hopeful:
                break
            active = self.valid * self.scale - self.non_transferable - sum(
                min(self.quota, self.votes[c]) for c in self.elected)
            top = max(self.votes[c] for c in hopeful)
            if not (top >= self.quota or top * (self.unfilled + 1) >= active):
                break
            equal = [c for c in hopeful if self.votes[c] == top]
            ordered, undecided = self.rank_by_points(equal)
            if top < self.quota:
                # (b) changes with each election, so one at a time, and only one that 5.6.2 puts first.
                now = ordered[:1]
                if not now:
                    break
            elif len(equal) <= self.unfilled:
                now = ordered + sorted(undecided)
            else:
                now = ordered[: self.unfilled]  # 5.6.2: those never unequal wait for a later stage
                if not now:
                    break
            for c in now:
                self.state[c] = ELECTED
                self.elected.append(c)
                chosen.append(c)
                if self.holdings[c]:
                    self.last_batch[c] = self.holdings[c][-1]
            if len(now) < len(equal):
                break
        return chosen

    def rank_by_points(self, equal: list[int]) -> tuple[list[int], list[int]]:
        """5.6.2: equal candidates by their votes at the first stage or earliest point they were unequal.

        Returns those that can be put in order, highest first, and those equal at every point.
        """
        remaining = list(equal)
        ordered: list[int] = []
        while len(remaining) > 1:
            group = remaining
            for row in self.points:
                values = {row[c] for c in group}
                if len(values) > 1:
                    group = [c for c in group if row[c] == max(values)]
                    if len(group) == 1:
                        break
            if len(group) != 1:
                return ordered, remaining
            ordered.append(group[0])
            remaining = [c for c in remaining if c != group[0]]
        return ordered + remaining, []

    def deferrable(self, owed: int) -> bool:
        """5.2.2: the surpluses cannot change who is excluded next, so their transfer waits."""
        votes = sorted(self.votes[c] for c in self.continuing())
        below = 0
        for k in range(1, len(votes)):
            below += votes[k - 1]
            if k > 1 and len(votes) - k < self.unfilled:
                break  # (b) counts only a group that 5.2.5 could exclude, leaving enough to fill the places
            if votes[k - 1] < votes[k] and owed <= votes[k] - below:
                return True
        return False

    def exclusion_group(self, owed: int) -> list[int]:
        """5.2.5: the largest group of lowest candidates that can go together, else the lowest one."""
        hopeful = sorted(self.continuing(), key=lambda c: self.votes[c])
        best = 0
        below = 0
        for k in range(1, len(hopeful) - self.unfilled + 1):
            below += self.votes[hopeful[k - 1]]
            nxt = self.votes[hopeful[k]]
            if self.votes[hopeful[k - 1]] < nxt and below + owed <= nxt:
                best = k
        if best >= 1:
            return hopeful[:best]
        low = self.votes[hopeful[0]]
        return [self.break_tie([c for c in hopeful if self.votes[c] == low], "exclude", lowest=True,
                               looking="forward")]

    def transfer_surplus(self, c: int) -> None:
        """5.3: the first stage's papers, or only the last batch received; two places, remainder ignored."""
        surplus = self.votes[c] - self.quota
        value, entries = self.last_batch.get(c) or self.holdings[c][-1]
        parcels, _ = self.sort(entries)
        papers = sum(e[2] for entries_ in parcels.values() for e in entries_)
        each = surplus // papers if papers and value * papers > surplus else value
        moved = self.give(parcels, each)
        self.votes[c] -= surplus
        self.non_transferable += surplus - moved
        self.points.append(list(self.votes))

    def exclude(self, group: list[int]) -> list[int]:
        """5.4: all the group's papers in batches by value, highest first; elections between batches.

        Once every place is filled no further batch is transferred (5.5.2); what is left stays shown
        with the excluded candidate it belonged to, so every stage still adds up to the valid vote.
        """
        for c in group:
            self.state[c] = EXCLUDED
        batches: dict[int, list[tuple[int, list[Entry]]]] = {}
        for c in group:
            for value, entries in self.holdings[c]:
                batches.setdefault(value, []).append((c, entries))
            self.holdings[c] = []
            self.votes[c] = 0
        elected: list[int] = []
        for value in sorted(batches, reverse=True):
            if self.unfilled == 0:  # 5.5.2: every place is filled, no further transfers
                for c, entries in batches[value]:
                    self.votes[c] += value * sum(e[2] for e in entries)
                continue
            parcels, exhausted = self.sort(e for _, entries in batches[value] for e in entries)
            self.give(parcels, value)
            self.non_transferable += value * exhausted
            self.points.append(list(self.votes))
            if not self.elected and self.non_transferable:
                self.quota = self.quota_for(self.valid * self.scale - self.non_transferable)  # 5.4.8
            elected += self.elect()
        return elected
