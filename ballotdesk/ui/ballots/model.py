"""Table models for the ballots page: ballots, boxes and the papers of one ballot.

The page fills each model from the service with plain rows (dataclasses); the models only
present them. Keeping SQL and rules out of here means a model can be checked on its own with
pytest-qt's ``qtmodeltester``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ballotdesk.domain.ballot import STATUS_LABELS, Status
from ballotdesk.domain.words import clock
from ballotdesk.ui.domain_text import domain_text
from ballotdesk.ui.i18n import QT_TRANSLATE_NOOP
from ballotdesk.ui.models.rows import Column, RowsModel

# -- ballots ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BallotRow:
    """One line of the ballots list."""

    id: int
    title: str
    kind: str
    status: Status
    round: int
    issued: int


def desk_note() -> str:
    """The mark beside the box the registration desk issues papers into."""
    return QCoreApplication.translate("Models", "  (desk issues here)")


def kind_words(kind: str) -> str:
    """"Motion" or "Election", in the interface language."""
    words = {"motion": QCoreApplication.translate("Models", "Motion"),
             "election": QCoreApplication.translate("Models", "Election")}
    return words.get(kind, kind.capitalize())


def status_words(status: Status) -> str:
    """The status as the chair says it."""
    return domain_text(STATUS_LABELS[status])


class BallotsModel(RowsModel[BallotRow]):
    """Every ballot of the meeting, oldest first."""

    columns = (
        Column[BallotRow](QT_TRANSLATE_NOOP("Header", "Title"), lambda r: r.title),
        Column[BallotRow](QT_TRANSLATE_NOOP("Header", "Kind"), lambda r: kind_words(r.kind)),
        Column[BallotRow](QT_TRANSLATE_NOOP("Header", "Status"), lambda r: status_words(r.status)),
        Column[BallotRow](QT_TRANSLATE_NOOP("Header", "Round"), lambda r: str(r.round), align_right=True),
        Column[BallotRow](QT_TRANSLATE_NOOP("Header", "Papers issued"), lambda r: f"{r.issued:,}", align_right=True),
    )

    def row_id(self, row: BallotRow) -> int:
        """The ballot id."""
        return row.id


# -- boxes ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BoxRow:
    """One box with the selected ballot's papers in it."""

    id: int
    name: str
    issued: int
    spoilt: int
    withdrawn: int
    desk: bool = False


class BoxesModel(RowsModel[BoxRow]):
    """The boxes, with live paper figures for the selected ballot."""

    columns = (
        Column[BoxRow](QT_TRANSLATE_NOOP("Header", "Box"), lambda r: r.name + (desk_note() if r.desk else "")),
        Column[BoxRow](QT_TRANSLATE_NOOP("Header", "Papers issued"), lambda r: f"{r.issued:,}", align_right=True),
        Column[BoxRow](QT_TRANSLATE_NOOP("Header", "Spoilt and replaced"), lambda r: f"{r.spoilt:,}", align_right=True),
        Column[BoxRow](QT_TRANSLATE_NOOP("Header", "Withdrawn"), lambda r: f"{r.withdrawn:,}", align_right=True),
    )

    def row_id(self, row: BoxRow) -> int:
        """The box id."""
        return row.id


# -- papers -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PaperRow:
    """An attendee holding a live paper for the selected ballot."""

    attendee_id: int
    name: str
    number: str
    box: str
    serial: str
    issued_at: str


class PapersModel(RowsModel[PaperRow]):
    """Who holds a paper, where it went, and when: the list spoil and withdraw act on."""

    columns = (
        Column[PaperRow](QT_TRANSLATE_NOOP("Header", "Name"), lambda r: r.name),
        Column[PaperRow](QT_TRANSLATE_NOOP("Header", "Number"), lambda r: r.number),
        Column[PaperRow](QT_TRANSLATE_NOOP("Header", "Box"), lambda r: r.box),
        Column[PaperRow](QT_TRANSLATE_NOOP("Header", "Paper no."), lambda r: r.serial or "—"),
        Column[PaperRow](QT_TRANSLATE_NOOP("Header", "Issued at"), lambda r: clock(r.issued_at),
                         tooltip=lambda r: r.issued_at),
    )

    def row_id(self, row: PaperRow) -> int:
        """The attendee id."""
        return row.attendee_id
