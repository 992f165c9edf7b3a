"""The Result page reads the result document as a ResultView: the same figures, named.

``result --json`` stays the record; each test checks that the view of a real ballot's document
says exactly what the document says (a declared motion, an amendment, an equality and its lot,
an exhaustive ballot's next round, a preferential count), and names what the page needs.
"""

from __future__ import annotations

import pytest

from ballotdesk.domain.ballot import BallotSpec, Base, Kind, Rule
from ballotdesk.domain.count import CountFigures
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, results
from ballotdesk.services import papers as P
from ballotdesk.services.result_view import ResultView, result_view
from tests.helpers import add_voters, declared_motion, key_twice, make_meeting, ranked_ballot


def _same_as_document(view: ResultView, doc: dict) -> None:
    """Every figure the view names is the one the result document records."""
    tally = view.tally
    for key in ("abstentions", "rejected", "papers", "votes_cast", "base_value", "necessary", "outcome", "carried",
                "needs_next_round"):
        assert getattr(tally, key) == doc[key], key
    for key in ("winners", "tie", "continuing", "eliminated"):
        assert list(getattr(tally, key)) == doc[key], key
    assert [(o.name, o.votes, o.per_box, o.percent) for o in tally.options] == [
        (o["name"], o["votes"], o["per_box"], o["percent"]) for o in doc["options"]]
    assert [(b.name, b.issued, b.found, b.variance, b.explanation, b.state) for b in view.boxes] == [
        (b["name"], b["issued"], b["found"], b["variance"], b["explanation"], b["state"]) for b in doc["boxes"]]
    assert (view.ballot_id, str(view.kind), str(view.base)) == (doc["ballot"], doc["kind"], doc["base"])
    assert (view.provisional, view.amended, view.versions) == (doc["provisional"], doc["amended"], doc["versions"])


def test_a_declared_motion_reads_as_declared(svc):
    ballot_id = declared_motion(svc)
    view = result_view(svc, ballot_id)
    _same_as_document(view, results.result_json(svc, ballot_id))
    assert not view.provisional and view.versions == 1 and not view.amended
    assert view.kind is Kind.MOTION and view.base is Base.CAST and view.tally.carried
    assert view.winning_options == frozenset({"For"})  # a motion has no winners, but "For" carried it
    assert view.shown_outcome == view.tally.outcome  # English interface: the outcome as recorded
    assert view.method == "" and view.stages is None and view.lot_question is None
    results.amend(svc, ballot_id, "Main hall", CountFigures(1, (0, 1)), chair="Chair", reason="misread")
    amended = result_view(svc, ballot_id)
    assert amended.amended and amended.versions == 2 and not amended.tally.carried
    assert amended.winning_options == frozenset()


@pytest.mark.meeting(register=("1001", "1004", "1005"), four_eyes=False)
def test_an_equality_and_its_lot_are_named(svc):
    spec = BallotSpec(title="Treasurer", question="", kind=Kind.ELECTION, options=("Ann", "Bob", "Cy"),
                      rule=Rule.PLURALITY)
    ballot_id = B.create_ballot(svc, spec)
    B.open_ballot(svc, ballot_id)
    for person in svc.attendees():
        P.issue_paper(svc, ballot_id, person.id)
    B.close_ballot(svc, ballot_id)
    counting.enter_count(svc, ballot_id, "Main hall", "Ann Teller", CountFigures(3, (1, 1, 1)))
    tied = result_view(svc, ballot_id)
    _same_as_document(tied, results.result_json(svc, ballot_id))
    assert tied.provisional and tied.tally.tie == ("Ann", "Bob", "Cy") and tied.tally.lots == ()
    assert tied.tally.options[0].per_box == {"Main hall": 1}
    results.record_lot(svc, ballot_id, chosen="Bob", note="names from a hat")
    settled = result_view(svc, ballot_id)
    _same_as_document(settled, results.result_json(svc, ballot_id))
    (lot,) = settled.tally.lots
    assert (lot.method, lot.among, lot.chosen, lot.note) == ("physical", ("Ann", "Bob", "Cy"), "Bob",
                                                             "names from a hat")
    assert settled.tally.lot == lot and settled.tally.tie == () and settled.winning_options == frozenset({"Bob"})


@pytest.mark.meeting(register=("1001", "1004", "1005"), four_eyes=False)
def test_an_exhaustive_ballot_names_who_continues_and_who_drops_out(svc):
    add_voters(svc, 4)
    spec = BallotSpec(title="Chair", question="", kind=Kind.ELECTION, options=("Ann", "Bob", "Cy"),
                      rule=Rule.ABSOLUTE)
    ballot_id = B.create_ballot(svc, spec)
    B.open_ballot(svc, ballot_id)
    for person in svc.attendees():
        P.issue_paper(svc, ballot_id, person.id)
    B.close_ballot(svc, ballot_id)
    counting.enter_count(svc, ballot_id, "Main hall", "Ann Teller", CountFigures(7, (3, 3, 1)))
    view = result_view(svc, ballot_id)
    _same_as_document(view, results.result_json(svc, ballot_id))
    assert view.tally.needs_next_round and view.tally.necessary == 4 and view.winning_options == frozenset()
    assert (view.tally.continuing, view.tally.eliminated) == (("Ann", "Bob"), ("Cy",))


def test_a_preferential_count_names_its_method_and_stages(tmp_path):
    svc = make_meeting(tmp_path)
    ballot_id = ranked_ballot(svc)
    waiting = result_view(svc, ballot_id)
    assert (waiting.method, waiting.rules, waiting.stages) == ("stv", "scottish", None)
    key_twice(svc, ballot_id, 1, ["1 2 3", "1 3 2", "2 1 -", "3 1 2"])
    key_twice(svc, ballot_id, 2, ["- 1 2", "1 - -", "2 3 1", "- 2 3"], last=True)
    counted = result_view(svc, ballot_id)
    doc = results.result_json(svc, ballot_id)
    assert counted.stages is not None and counted.stages.elected == tuple(doc["elected"])
    assert counted.tally.winners == tuple(doc["elected"]) and counted.tally.outcome == doc["outcome"]
    assert counted.count_lots == () and counted.lot_question is None
    svc.close()
