"""Preferential ballots: the ``.blt`` file, and counts by IRV, Scottish STV, ERS97 and Meek.

Plain Python, no Qt and no SQL: the meeting app, the ``ballotdesk stv`` command and the tests all count
through :func:`count`, so they cannot tell different stories about the same papers.
"""

from __future__ import annotations

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.preferential.blt import BallotFile, BltError, Paper, read_blt, read_blt_file, write_blt
from ballotdesk.domain.preferential.engine import Count
from ballotdesk.domain.preferential.ers97 import Ers97Count
from ballotdesk.domain.preferential.irv import IrvCount
from ballotdesk.domain.preferential.meek import MeekCount
from ballotdesk.domain.preferential.result import (
    Chooser,
    CountResult,
    Lot,
    LotNeeded,
    LotRequest,
    Stage,
    listed_lots,
    refuse_lots,
    seeded_lots,
)
from ballotdesk.domain.preferential.scottish import ScottishCount
from ballotdesk.domain.words import translate

RULES: dict[str, type[Count]] = {"scottish": ScottishCount, "ers97": Ers97Count, "meek": MeekCount,
                                 "irv": IrvCount}
"""The rules by the names the command line and the meeting file use."""

__all__ = ["RULES", "BallotFile", "BltError", "Chooser", "CountResult", "Lot", "LotNeeded", "LotRequest", "Paper",
           "Stage", "count", "listed_lots", "read_blt", "read_blt_file", "refuse_lots", "seeded_lots", "write_blt"]


def count(ballots: BallotFile, rules: str, seats: int | None = None, chooser: Chooser = refuse_lots) -> CountResult:
    """Count ``ballots`` by ``rules`` for ``seats`` (the file's own number if None).

    ``chooser`` draws any lot the rules call for; by default the count stops with :class:`LotNeeded`
    naming the stage and the tied candidates, so no lot is ever drawn unseen.
    """
    kind = RULES.get(rules)
    if kind is None:
        raise DomainError(translate("Preferential", "'{0}' is not a counting rule; the rules are {1}").format(
            rules, ", ".join(RULES)))
    if seats is not None and seats < 1:
        raise DomainError(translate("Preferential", "{0} seats: there must be at least one").format(seats))
    counter = kind(ballots, ballots.seats if seats is None else seats, chooser)
    counter.run()
    return counter.result()
