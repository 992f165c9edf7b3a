"""Lots that settle an equality: what one records, drawing one, and applying them in order to a count.

Separate from :mod:`ballotdesk.domain.tally` because the preferential counts (``services/ranked.py``)
draw and record lots too, and because a lot is a rule of its own: one lot settles one place, among
exactly the candidates still tied.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.majority import join_names
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate

_METHOD_PHRASE: dict[str, str] = {"app": QT_TRANSLATE_NOOP("Tally", "by the app"),
                                  "physical": QT_TRANSLATE_NOOP("Tally", "in the hall")}


@dataclass(frozen=True)
class Lot:
    """A lot drawn to settle an equality.

    One lot settles one place: ``chosen`` is always the candidate the lot *favours*, i.e. the
    one who is elected (equality for a seat) or who stays in (equality for who drops out
    of an exhaustive ballot). ``among`` must be exactly the candidates still tied, in any
    order. When an equality needs more than one place settled (e.g. three equal candidates
    for two seats, or three equal lowest candidates of whom one must drop out), draw
    successive lots, each among those not yet favoured, and pass them to :func:`~ballotdesk.domain.tally.tally` in
    the order drawn.

    Attributes:
        method: "app" when drawn by this program, "physical" when drawn by hand in the hall.
        among: The tied candidates the lot was drawn between.
        chosen: The candidate the lot favoured.
        note: Free words for the record (who drew it, how).
    """

    method: Literal["app", "physical"]
    among: tuple[str, ...]
    chosen: str
    note: str = ""

    def __post_init__(self) -> None:
        """Refuse a lot that could not have been drawn fairly."""
        if len(set(self.among)) != len(self.among):
            raise DomainError(translate("Tally", "A lot must be drawn among different candidates."))
        if len(self.among) < 2:
            raise DomainError(translate("Tally", "A lot needs at least two candidates to choose between."))
        if self.chosen not in self.among:
            raise DomainError(translate(
                "Tally", "{0} was not one of the candidates the lot was drawn among.").format(self.chosen))


def draw_lot(among: Sequence[str], *, note: str = "", rng: random.Random | None = None) -> Lot:
    """Draw a lot in the app; the result favours one candidate (see :class:`Lot`).

    Args:
        among: The tied candidates.
        note: Words for the record.
        rng: Source of randomness; defaults to the operating system's (``secrets``), so the
            draw cannot be predicted or replayed. Tests pass a seeded one.
    """
    names = tuple(among)
    source = rng if rng is not None else secrets.SystemRandom()
    if len(names) < 2:
        raise DomainError(translate("Tally", "A lot needs at least two candidates to choose between."))
    return Lot(method="app", among=names, chosen=source.choice(names), note=note)


def physical_lot(among: Sequence[str], chosen: str, note: str) -> Lot:
    """Record a lot drawn by hand in the hall (e.g. names from a hat).

    Raises:
        DomainError: If ``chosen`` is not among the tied candidates.
    """
    return Lot(method="physical", among=tuple(among), chosen=chosen, note=note)


class LotQueue:
    """Lots handed to :func:`~ballotdesk.domain.tally.tally`, consumed in order by the equalities that need them."""

    def __init__(self, lots: Sequence[Lot]) -> None:
        self._pending = list(lots)
        self.used: list[Lot] = []

    def settle(self, tied: Sequence[str], places: int, template: str, sentences: list[str],
               *extra: str) -> tuple[list[str], list[str]]:
        """Give up to ``places`` places among ``tied`` by lot, one place per lot.

        ``template`` is the translated sentence for each lot: ``{0}`` how it was drawn, ``{1}`` among
        whom, ``{2}`` whom it favoured, then ``extra``.

        Returns:
            ``(favoured, still_tied)``; ``still_tied`` is empty once every place is settled.
        """
        favoured: list[str] = []
        remaining = list(tied)
        while len(favoured) < places and self._pending:
            lot = self._pending[0]
            if frozenset(lot.among) != frozenset(remaining):
                raise DomainError(translate(
                    "Tally", "The lot was drawn among {0}, but the equality to settle is between {1}; draw the lot "
                             "again.").format(join_names(lot.among), join_names(remaining)))
            self._pending.pop(0)
            self.used.append(lot)
            favoured.append(lot.chosen)
            remaining.remove(lot.chosen)
            sentences.append(template.format(translate("Tally", _METHOD_PHRASE[lot.method]), join_names(lot.among),
                                             lot.chosen, *extra))
        return favoured, (remaining if len(favoured) < places else [])

    def check_all_used(self) -> None:
        """Refuse lots that settle nothing: they belong to different figures (e.g. before a
        recount), and recording them would misstate how the result was reached."""
        if self._pending:
            lot = self._pending[0]
            raise DomainError(translate(
                "Tally", "A lot among {0} was given, but no equality in this count needs settling by lot.").format(
                    join_names(lot.among)))

