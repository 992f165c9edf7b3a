"""What a preferential count hands back, and how it asks for a lot.

The result is plain data that the headless command prints, the result page draws as the familiar
stage table, and the sheet prints: so each stage carries every candidate's total (decimal strings at
the precision the rules count in), the non-transferable votes, and who was elected or excluded at it.

Where the rules call for a lot, the count does not draw one itself: it asks a *chooser* supplied by
the caller (the chair draws it in the app; the standalone command takes ``--lot``). Each lot drawn is
recorded in the result (:class:`Lot`) so the meeting can keep it with the declaration and a recount
can be given the same choice again.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate

EQUAL_THROUGHOUT = QT_TRANSLATE_NOOP("Preferential", "are equal at every stage")
"""Why most lots are drawn: the tied candidates' votes never differed (translated when shown)."""


@dataclass(frozen=True)
class LotRequest:
    """A question the rules settle by lot: which of ``tied`` to ``purpose`` at stage ``stage``."""

    stage: int
    purpose: str
    """"exclude" (the one excluded), "transfer first" (whose surplus goes first), or "elect"."""
    tied: tuple[str, ...]
    why: str = EQUAL_THROUGHOUT
    """Why the rules cannot choose among them by votes."""

    def describe(self) -> str:
        """The question in words, for a chair or an error message."""
        what = {"exclude": translate("Preferential", "which to exclude"),
                "transfer first": translate("Preferential", "whose surplus to transfer first"),
                "elect": translate("Preferential", "which to elect")}.get(self.purpose, self.purpose)
        return translate("Preferential", "stage {0}: {1} {2}; a lot decides {3}").format(
            self.stage, ", ".join(self.tied), translate("Preferential", self.why), what)


@dataclass(frozen=True)
class Lot:
    """A lot drawn during the count, with what it decided."""

    stage: int
    purpose: str
    tied: tuple[str, ...]
    chosen: str


Chooser = Callable[[LotRequest], str]
"""Draws a lot: given the tied candidates, returns the name of the one the lot falls on."""


class LotNeeded(DomainError):
    """The count reached a lot and was given no way to draw one."""

    def __init__(self, request: LotRequest) -> None:
        super().__init__(translate("Preferential", "{0}; draw it (--lot) and count again").format(
            request.describe()))
        self.request = request


def refuse_lots(request: LotRequest) -> str:
    """The chooser for a count that must not draw lots by itself: stops with the question."""
    raise LotNeeded(request)


def seeded_lots(seed: int | str) -> Chooser:
    """Lots drawn by a pseudo-random generator from ``seed``: the same seed draws the same lots."""
    generator = random.Random(str(seed))

    def choose(request: LotRequest) -> str:
        return generator.choice(sorted(request.tied))

    return choose


def listed_lots(names: Sequence[str]) -> Chooser:
    """Lots already drawn elsewhere, given in order: each answers the next lot by naming one of the tied.

    A name that is not among those tied, or running out of names, stops the count with the question.
    """
    queue = list(names)

    def choose(request: LotRequest) -> str:
        if not queue:
            raise LotNeeded(request)
        name = queue.pop(0)
        match = [t for t in request.tied if t.casefold() == name.strip().casefold()]
        if not match:
            raise DomainError(translate("Preferential", "stage {0}: the lot names '{1}', who is not among the tied "
                                                   "candidates ({2})").format(request.stage, name,
                                                                              ", ".join(request.tied)))
        return match[0]

    return choose


@dataclass(frozen=True)
class Stage:
    """One stage of the count, with the totals at its end."""

    number: int
    action: str
    """"first preferences", "surplus of X", "exclusion of Y" (and "exclusion of Y, Z" in one stage)."""
    votes: dict[str, Decimal]
    non_transferable: Decimal
    elected: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    note: str = ""
    quota: Decimal | None = None
    """The quota at the end of this stage, where the rules let it change (ERS97 5.4.8, Meek)."""


@dataclass(frozen=True)
class CountResult:
    """The whole count: quota, the elected in the order elected, every stage, rejected papers by reason."""

    rules: str
    seats: int
    candidates: tuple[str, ...]
    places: int
    """Decimal places the rules count in (0 for whole votes)."""
    quota: Decimal
    elected: tuple[str, ...]
    stages: tuple[Stage, ...]
    papers: int
    valid: int
    rejected: dict[str, int] = field(default_factory=dict)
    lots: tuple[Lot, ...] = ()
    withdrawn: tuple[str, ...] = ()
    quota_note: str = ""

    def text(self, value: Decimal) -> str:
        """A vote as the rules write it: whole votes, or exactly ``places`` decimals."""
        return f"{value:.{self.places}f}"

    def as_json(self) -> dict[str, Any]:
        """The public JSON form (``ballotdesk stv --json``, ``result --json``): values as decimal strings."""
        return {
            "rules": self.rules,
            "seats": self.seats,
            "candidates": list(self.candidates),
            "withdrawn": list(self.withdrawn),
            "papers": self.papers,
            "valid": self.valid,
            "rejected": dict(self.rejected),
            "quota": self.text(self.quota),
            "elected": list(self.elected),
            "stages": [{"stage": s.number, "action": s.action,
                        "votes": {name: self.text(v) for name, v in s.votes.items()},
                        "non_transferable": self.text(s.non_transferable),
                        "elected": list(s.elected), "excluded": list(s.excluded),
                        **({"quota": self.text(s.quota)} if s.quota is not None else {}),
                        **({"note": s.note} if s.note else {})} for s in self.stages],
            "lots": [{"stage": lot.stage, "purpose": lot.purpose, "tied": list(lot.tied), "chosen": lot.chosen}
                     for lot in self.lots],
        }
