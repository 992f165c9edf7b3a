"""``.blt`` files: papers keyed elsewhere come in as one teller's keying, definitive papers go out.

Separate because it reads and writes files (the format of ``domain/preferential/blt.py``, the one
``ballotdesk stv`` and other counting programs read), while the rest of the package works on the
meeting: an import is checked against the ballot's candidates and then keyed like any other.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.preferential import BallotFile, read_blt_file
from ballotdesk.domain.preferential.entry import BATCH_SIZE, marks_of, paper_of
from ballotdesk.domain.words import translate
from ballotdesk.services import ballots
from ballotdesk.services.ranked.keying import BatchOutcome, _definitive_papers, box_progress, enter_batch
from ballotdesk.services.ranked.methods import require_ranked

if TYPE_CHECKING:
    from ballotdesk.services.meeting import MeetingService

def import_blt(svc: MeetingService, ballot_id: int, path: Path, box: str | None, teller: str,
               batch_size: int = BATCH_SIZE) -> list[BatchOutcome]:
    """Papers keyed elsewhere, as one teller's keying of a whole box, in batches of ``batch_size``.

    Two imports by two tellers (or an import and keying at the desk) make the four-eyes pair. The
    file's candidates must be the ballot's, in the same order, so no paper is read against the wrong names.
    """
    found = require_ranked(svc, ballot_id)
    ballot_file = read_blt_file(Path(path))
    if tuple(n.casefold() for n in ballot_file.candidates) != tuple(n.casefold() for n in found.candidates):
        raise DomainError(translate("Ranked", "{0} names the candidates {1}; ballot {2} has {3}, in that order.")
                          .format(Path(path).name, ", ".join(ballot_file.candidates), ballot_id,
                                  ", ".join(found.candidates)))
    if ballot_file.withdrawn:
        raise DomainError(translate("Ranked", "{0} withdraws candidates; a ballot's papers are keyed as marked, "
                                              "with every candidate.").format(Path(path).name))
    marks = [marks_of(p, len(found.candidates)) for p in ballot_file.papers for _ in range(p.weight)]
    if not marks:
        raise DomainError(translate("Ranked", "{0} holds no papers.").format(Path(path).name))
    bid, box_name = ballots.box_id(svc, box)
    batches = [marks[i:i + batch_size] for i in range(0, len(marks), batch_size)]
    progress = next(p for p in box_progress(svc, ballot_id) if p.box_id == bid)
    mine = [b.batch for b in progress.batches if teller.strip().casefold() in (t.casefold() for t in b.tellers)]
    if mine:
        raise DomainError(translate("Ranked", "{0} has already keyed batches of {1}; an import is one teller's "
                                              "keying of the whole box.").format(teller.strip(), box_name))
    return [enter_batch(svc, ballot_id, box_name, teller, n, papers, last=n == len(batches))
            for n, papers in enumerate(batches, 1)]


def ballot_file(svc: MeetingService, ballot_id: int) -> BallotFile:
    """The definitive papers of every box as a ``.blt`` file, for anyone to recount with another program."""
    found = require_ranked(svc, ballot_id)
    papers = [paper_of(m) for batch in _definitive_papers(svc, ballot_id).values() for m in batch]
    if not papers:
        raise DomainError(translate("Ranked", "No batch of ballot {0} is definitive yet, so there are no papers to "
                                              "write.").format(ballot_id))
    return BallotFile(found.candidates, found.seats, tuple(papers), title=found.title)
