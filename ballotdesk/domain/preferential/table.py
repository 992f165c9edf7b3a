"""The stage table of a preferential count: candidates down, stages across, each cell a transfer and a total.

The result page, the projector and the signed sheet all draw this one table from the count's public
JSON (``result --json``: decimal strings), so a declared result, read back from the record, is shown
exactly as it was counted, and no screen works out a transfer or who was out for itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from ballotdesk.domain.words import translate


@dataclass(frozen=True)
class StageCell:
    """One candidate at one stage."""

    total: str
    """The votes at the end of the stage ("" once the candidate is out of the count)."""
    change: str
    """What the stage transferred to (+) or from (-) the candidate ("" for none, and at the first stage)."""
    state: str
    """"elected" or "excluded" at this stage, "out" after exclusion, "" otherwise."""


@dataclass(frozen=True)
class StageColumn:
    """A stage: its number, what was done, and whom it elected or excluded."""

    number: int
    action: str
    elected: tuple[str, ...]
    excluded: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class StageTable:
    """The whole table, with the rows the familiar result sheet adds under the candidates."""

    columns: tuple[StageColumn, ...]
    candidates: tuple[str, ...]
    rows: tuple[tuple[StageCell, ...], ...]
    """Per candidate, one cell per stage."""
    non_transferable: tuple[StageCell, ...]
    totals: tuple[str, ...]
    quota: str
    elected: tuple[str, ...]
    rejected: Mapping[str, int]

    def column_words(self, index: int) -> str:
        """A stage in words for the projector: "Stage 3: exclusion of Cai. Elected: Ann."."""
        column = self.columns[index]
        text = translate("Stages", "Stage {0}: {1}").format(column.number, column.action)
        if column.elected:
            text += "; " + translate("Stages", "elected {0}").format(", ".join(column.elected))
        return text


def _decimal(text: Any) -> Decimal:
    try:
        return Decimal(str(text))
    except InvalidOperation:
        return Decimal(0)


def _signed(value: Decimal, places: int) -> str:
    if value == 0:
        return ""
    return f"{value:+.{places}f}"


def stage_table(doc: Mapping[str, Any]) -> StageTable:
    """The table of a count as ``result --json`` (or ``stv --json``) gives it."""
    stages: Sequence[Mapping[str, Any]] = doc.get("stages") or []
    candidates = tuple(doc.get("candidates") or (stages[0]["votes"].keys() if stages else ()))
    sample = str(doc.get("quota", "0"))
    places = len(sample.split(".")[1]) if "." in sample else 0
    columns = tuple(StageColumn(int(s["stage"]), str(s["action"]), tuple(s.get("elected", ())),
                                tuple(s.get("excluded", ())), str(s.get("note", ""))) for s in stages)
    rows = []
    for name in candidates:
        cells: list[StageCell] = []
        previous: Decimal | None = None
        out = False
        for stage in stages:
            if out:
                cells.append(StageCell("", "", "out"))
                continue
            value = _decimal(stage["votes"].get(name, 0))
            state = ("elected" if name in stage.get("elected", ()) else
                     "excluded" if name in stage.get("excluded", ()) else "")
            change = "" if previous is None else _signed(value - previous, places)
            cells.append(StageCell(str(stage["votes"].get(name, "")), change, state))
            previous = value
            out = state == "excluded"
        rows.append(tuple(cells))
    lost: list[StageCell] = []
    previous = None
    for stage in stages:
        value = _decimal(stage["non_transferable"])
        lost.append(StageCell(str(stage["non_transferable"]),
                              "" if previous is None else _signed(value - previous, places), ""))
        previous = value
    totals = tuple(f"{sum(_decimal(v) for v in s['votes'].values()) + _decimal(s['non_transferable']):.{places}f}"
                   for s in stages)
    reasons = doc.get("rejected_by_reason", doc.get("rejected"))  # result --json, or stv --json
    return StageTable(columns, candidates, tuple(rows), tuple(lost), totals, sample, tuple(doc.get("elected") or ()),
                      dict(reasons) if isinstance(reasons, Mapping) else {})
