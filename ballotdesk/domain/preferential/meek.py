"""Meek STV as the PR Foundation's reference rule counts it (the "Meek reference rule").

Fixed-point arithmetic to 9 decimal places; omega = 0.000001. Each round:

- B.1 the count ends when every seat is filled or the elected and hopeful are no more than the seats;
- B.2.a every paper starts with weight 1; each candidate on it in turn keeps weight x keep factor
  (rounded *up* at the 9th place) and passes the rest on;
- B.2.b quota = votes credited / (seats + 1), truncated to 9 places, plus 0.000000001;
- B.2.c hopefuls at or above the quota are elected (and the round ends);
- B.2.d-e the total surplus; iteration stops once it is below omega or stops shrinking;
- B.2.f each elected keep factor becomes kf x quota / votes (each step rounded up);
- B.3 otherwise the lowest hopeful is defeated (keep factor 0); every hopeful whose vote is within the
  total surplus of the lowest is tied with it, and the tie is settled by lot;
- C: any seats left are filled by the remaining hopefuls.

Each round is one stage: "surpluses" when its iteration elected someone, else "exclusion of X"; its
votes are those at the end of the iteration, and the votes left over on papers (exhausted, or lost to
rounding) are shown as non-transferable.
"""

from __future__ import annotations

from ballotdesk.domain.preferential.engine import ELECTED, EXCLUDED, HOPEFUL, Count
from ballotdesk.domain.words import QT_TRANSLATE_NOOP

PLACES = 9
ONE = 10 ** PLACES
OMEGA = ONE // 10 ** 6


def _mul_up(a: int, b: int) -> int:
    return -(-a * b // ONE)


def _div_up(a: int, b: int) -> int:
    return -(-a * ONE // b)


class MeekCount(Count):
    rules = "meek"
    places = PLACES

    def run(self) -> None:
        n = len(self.names)
        self.keep = [0 if s != HOPEFUL else ONE for s in self.state]
        total = self.valid * ONE
        self.quota = total // (self.seats + 1) + 1
        self.first_preferences()
        self.non_transferable = total - sum(self.votes)
        self.record("first preferences", quota=self.quota)
        while len(self.continuing()) > self.unfilled > 0:
            status, surplus = "iterate", total
            elected: list[int] = []
            iterations = 0
            while status == "iterate":
                iterations += 1
                self.distribute()
                live = sum(self.votes[c] for c in range(n) if self.state[c] in (HOPEFUL, ELECTED))
                self.quota = live // (self.seats + 1) + 1
                self.non_transferable = total - live
                reached = sorted((c for c in self.continuing() if self.votes[c] >= self.quota),
                                 key=lambda c: (-self.votes[c], c))
                for c in reached:
                    self.state[c] = ELECTED
                self.elected += reached
                elected += reached
                last, surplus = surplus, max(0, sum(self.votes[c] - self.quota for c in self.elected))
                if reached:
                    status = "elected"
                elif surplus < OMEGA:
                    status = "omega"
                elif surplus >= last:
                    status = "stable"
                else:
                    for c in self.elected:
                        self.keep[c] = _div_up(_mul_up(self.keep[c], self.quota), self.votes[c])
            note = f"{iterations} iteration{'s' if iterations != 1 else ''}"
            if status == "elected":
                self.record("surpluses", elected, note=note,
                            quota=self.quota)
                continue
            hopeful = self.continuing()
            low = min(self.votes[c] for c in hopeful)
            tied = [c for c in hopeful if self.votes[c] <= low + surplus]
            why = QT_TRANSLATE_NOOP("Preferential", "are tied for lowest (within the total surplus)")
            c = tied[0] if len(tied) == 1 else self.lot(tied, "exclude", why)
            self.record(f"exclusion of {self.names[c]}", (), [c], note, quota=self.quota)
            self.state[c] = EXCLUDED
            self.keep[c] = 0
        remaining = self.continuing()
        if remaining and self.unfilled > 0:
            for c in remaining:
                self.state[c] = ELECTED
            self.elected += remaining
            self.amend_last(remaining, "C.1: the remaining hopefuls fill the remaining seats")

    def distribute(self) -> None:
        """B.2.a: each distinct ranking's papers spread by the keep factors, rounding each keep up."""
        votes = [0] * len(self.names)
        keep = self.keep
        for order, count in zip(self.rankings, self.counts, strict=True):
            weight = ONE
            for c in order:
                kf = keep[c]
                if kf:
                    kept = _mul_up(weight, kf)
                    votes[c] += kept * count
                    weight -= kept
                    if weight <= 0:
                        break
        self.votes = votes
