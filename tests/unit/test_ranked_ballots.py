"""Preferential ballots in a meeting: method, batches keyed twice, the chair's settlement, the count."""

from __future__ import annotations

import json

import pytest

from ballotdesk.domain.ballot import BallotSpec, Kind
from ballotdesk.domain.count import CountFigures
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.preferential import count, read_blt, write_blt
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, results
from ballotdesk.services import ranked as R
from ballotdesk.store.chain import verify_chain
from tests.helpers import RANKED_PIN as PIN
from tests.helpers import key_twice, make_meeting, ranked_ballot

NAMES = ("Ann", "Bob", "Cai")
BATCH_1 = ["1 2 3", "1 3 2", "2 1 -", "3 1 2"]
BATCH_2 = ["- 1 2", "1 - -", "2 3 1", "- 2 3"]


@pytest.fixture
def svc(tmp_path):
    service = make_meeting(tmp_path, pin=PIN)
    yield service
    service.close()


def test_the_method_and_rules_are_stored_and_checked(svc):
    spec = BallotSpec(title="Chair", question="", kind=Kind.ELECTION, options=NAMES, seats=1)
    ballot_id = R.create_ballot(svc, spec, "irv")
    found = R.ranked_ballot(svc, ballot_id)
    assert (found.method, found.rules, found.candidates) == ("irv", "irv", NAMES)
    assert json.loads(svc.store.events(1)[0]["details"])["method"] == "irv"
    with pytest.raises(DomainError, match="fills one seat; for 2 seats use stv"):
        R.create_ballot(svc, BallotSpec(title="C", question="", kind=Kind.ELECTION, options=NAMES, seats=2), "irv")
    with pytest.raises(DomainError, match="STV needs its rules: scottish, ers97 or meek"):
        R.create_ballot(svc, spec, "stv")
    with pytest.raises(DomainError, match="preferences are for elections"):
        R.create_ballot(svc, BallotSpec(title="M", question="", kind=Kind.MOTION, options=("For", "Against")), "stv",
                        "meek")
    assert R.ranked_ballot(svc, B.create_ballot(svc, spec)) is None


def test_batches_keyed_twice_become_definitive_and_the_box_with_its_last(svc):
    ballot_id = ranked_ballot(svc)
    first = R.enter_batch(svc, ballot_id, None, "Ann Teller", 1, BATCH_1, counted=4)
    assert first.state == "second entry" and "waits for a second teller" in first.message
    assert B.ballot_row(svc, ballot_id)["status"] == "counting"
    with pytest.raises(DomainError, match="Ann Teller keyed batch 1 of Main hall; a different teller"):
        R.enter_batch(svc, ballot_id, None, "ann teller", 1, BATCH_1)
    done = R.enter_batch(svc, ballot_id, None, "Bob Teller", 1, ["1,2,3", "132", "2 1 0", "3 1 2"], counted=4)
    assert done.state == "definitive"
    assert B.ballot_row(svc, ballot_id)["status"] == "counting"  # not the box's last batch
    key_twice(svc, ballot_id, 2, BATCH_2, last=True)
    progress = R.box_progress(svc, ballot_id)[0]
    assert progress.definitive and progress.papers == 8
    assert B.ballot_row(svc, ballot_id)["status"] == "counted"
    final = counting.box_states(svc, ballot_id)[0]
    assert final.state == "definitive" and final.figures == CountFigures(8, (3, 3, 1), 0, 1)
    assert R.definitive_papers(svc, ballot_id) == [*BATCH_1, *BATCH_2]
    with pytest.raises(DomainError, match="keyed and definitive; its papers can no longer change"):
        R.enter_batch(svc, ballot_id, None, "Cy Teller", 3, ["1 2 3"])
    assert verify_chain(svc.store.conn).intact


def test_a_paper_that_cannot_be_read_is_refused_with_its_place(svc):
    ballot_id = ranked_ballot(svc)
    with pytest.raises(DomainError, match=r"Batch 1, paper 2: 2 marks for 3 candidates"):
        R.enter_batch(svc, ballot_id, None, "Ann", 1, ["1 2 3", "1 2"])
    with pytest.raises(DomainError, match=r"Batch 1, paper 1: 'a' is not a number"):
        R.enter_batch(svc, ballot_id, None, "Ann", 1, ["a 1 2"])
    assert R.box_progress(svc, ballot_id)[0].batches == ()


def test_keyings_that_differ_go_to_the_chair_side_by_side(svc):
    ballot_id = ranked_ballot(svc)
    outcome = key_twice(svc, ballot_id, 1, BATCH_1, second=["1 2 3", "1 2 3", "2 1 -", "3 1 2"])
    assert outcome.state == "differs" and "paper 2 differs" in outcome.message
    [dispute] = R.disputes(svc, ballot_id)
    assert dispute.tellers == ("Ann Teller", "Bob Teller")
    assert [(d.position, d.first, d.second) for d in dispute.differences] == [(2, "1 3 2", "1 2 3")]
    with pytest.raises(DomainError, match="keyed twice already"):
        R.enter_batch(svc, ballot_id, None, "Cy", 1, BATCH_1)
    with pytest.raises(DomainError, match="Wrong chair PIN"):
        R.settle_batch(svc, ballot_id, None, 1, reason="read the paper", readings={2: "1 3 2"}, pin="111111")
    with pytest.raises(DomainError, match="Paper 3 of batch 1 does not differ; only papers 2 do"):
        R.settle_batch(svc, ballot_id, None, 1, reason="read", readings={3: "1 3 2"}, pin=PIN)
    settled = R.settle_batch(svc, ballot_id, None, 1, reason="paper 2 read by the chair", readings={2: "1 3 2"},
                             pin=PIN)
    assert settled.state == "definitive"
    event = json.loads(svc.store.events(1)[0]["details"])
    assert event["readings"] == {"2": "1 3 2"} and event["keyed"]["Bob Teller"] == {"2": "1 2 3"}
    key_twice(svc, ballot_id, 2, BATCH_2, last=True)
    assert R.definitive_papers(svc, ballot_id)[:4] == BATCH_1


def test_batch_checks_hold_the_keying_against_the_hand_counts(svc):
    ballot_id = ranked_ballot(svc)
    R.enter_batch(svc, ballot_id, None, "Teller 1", 1, BATCH_1, counted=5, piles=[2, 2, 0])
    outcome = R.enter_batch(svc, ballot_id, None, "Teller 2", 1, BATCH_1, counted=4, piles=[2, 1, 1])
    assert outcome.state == "differs" and outcome.differences == ()
    assert outcome.checks == ("Teller 1: 4 papers keyed but 5 counted by hand",
                              "Teller 2: 2 first preferences for Bob keyed but 1 in the pile",
                              "Teller 2: 0 first preferences for Cai keyed but 1 in the pile")
    R.settle_batch(svc, ballot_id, None, 1, reason="recounted the batch: 4 papers", accept_teller="teller 1",
                   pin=PIN)
    assert R.box_progress(svc, ballot_id)[0].batches[0].state == "definitive"


def test_rekeying_sets_both_keyings_aside(svc):
    ballot_id = ranked_ballot(svc)
    key_twice(svc, ballot_id, 1, BATCH_1, second=BATCH_1[:3])
    R.settle_batch(svc, ballot_id, None, 1, reason="a paper was missed", rekey=True, pin=PIN)
    assert R.box_progress(svc, ballot_id)[0].batches == ()
    assert key_twice(svc, ballot_id, 1, BATCH_1).state == "definitive"


def test_the_count_is_the_stv_commands_and_goes_into_the_result(svc):
    ballot_id = ranked_ballot(svc, seats=2)
    key_twice(svc, ballot_id, 1, BATCH_1)
    key_twice(svc, ballot_id, 2, BATCH_2, last=True)
    doc = results.result_json(svc, ballot_id)
    expected = count(read_blt(write_blt(R.ballot_file(svc, ballot_id))), "scottish", 2).as_json()
    assert (doc["quota"], doc["elected"], doc["stages"]) == (expected["quota"], expected["elected"],
                                                             expected["stages"])
    assert doc["method"] == "stv" and doc["rules"] == "scottish" and doc["rejected_by_reason"] == {
        "no first preference": 1}
    assert doc["outcome"] == f"{doc['elected'][0]}, {doc['elected'][1]} would be elected, in that order."
    declared = results.declare(svc, ballot_id, "Mary Jones", pin=PIN)
    assert declared["outcome"] == f"{doc['elected'][0]}, {doc['elected'][1]} are elected, in that order."
    assert declared["stages"] == expected["stages"] and B.ballot_row(svc, ballot_id)["status"] == "declared"
    assert results.result_json(svc, ballot_id)["elected"] == expected["elected"]


def test_a_lot_the_count_needs_is_drawn_by_the_chair_and_kept(svc):
    ballot_id = ranked_ballot(svc, method="irv", rules=None, papers=4)
    key_twice(svc, ballot_id, 1, ["1 2 3", "2 1 3", "- 2 1", "- - 1"], last=True)
    doc = results.result_json(svc, ballot_id)
    # Ann 1, Bob 1, Cai 2: Ann and Bob equal lowest throughout, so a lot decides which is excluded.
    assert doc["lot_needed"]["tied"] == ["Ann", "Bob"] and doc["lot_needed"]["purpose"] == "exclude"
    with pytest.raises(DomainError, match="The count needs a lot first: stage 2: Ann, Bob are equal at every stage"):
        results.declare(svc, ballot_id, "Mary Jones", pin=PIN)
    lot = results.record_lot(svc, ballot_id, chosen="bob", note="drawn from a hat", pin=PIN)
    assert lot.chosen == "Bob" and lot.method == "physical"
    doc = results.result_json(svc, ballot_id)
    assert doc["count_lots"][0]["chosen"] == "Bob" and "lot_needed" not in doc
    assert doc["elected"] == ["Cai"]
    assert results.declare(svc, ballot_id, "Mary Jones", pin=PIN)["outcome"] == "Cai is elected."


def test_vote_counts_are_refused_for_a_preferential_ballot(svc):
    ballot_id = ranked_ballot(svc)
    with pytest.raises(DomainError, match="counted by preferences: key its papers"):
        counting.enter_count(svc, ballot_id, B.MAIN_HALL, "Ann", CountFigures(8, (3, 3, 2)))


def test_import_and_export_of_blt_files(svc, tmp_path):
    ballot_id = ranked_ballot(svc, papers=7)
    text = '3 1\n1 1 2 3 0\n2 2 1 0\n1 3=1 0\n1 2 0\n1 - 2 0\n1 3 0\n0\n"Ann"\n"Bob"\n"Cai"\n"Committee"\n'
    path = tmp_path / "papers.blt"
    path.write_text(text, encoding="utf-8")
    first = R.import_blt(svc, ballot_id, path, "Main hall", "Ann", batch_size=4)
    assert [o.papers for o in first] == [4, 3] and {o.state for o in first} == {"second entry"}
    with pytest.raises(DomainError, match="Ann has already keyed batches of Main hall"):
        R.import_blt(svc, ballot_id, path, "Main hall", "Ann", batch_size=4)
    second = R.import_blt(svc, ballot_id, path, "Main hall", "Bob", batch_size=4)
    assert second[-1].state == "definitive" and B.ballot_row(svc, ballot_id)["status"] == "counted"
    back = read_blt(write_blt(R.ballot_file(svc, ballot_id)))
    assert back.candidates == NAMES and back.paper_count == 7
    assert [p.marks for p in back.papers] == [((1,), (2,), (3,)), ((2,), (1,)), ((2,), (1,)), ((1, 3),), ((2,),),
                                              ((), (2,)), ((3,),)]
    wrong = tmp_path / "wrong.blt"
    wrong.write_text('2 1\n1 1 0\n0\n"Ann"\n"Dai"\n', encoding="utf-8")
    with pytest.raises(DomainError, match=r"wrong\.blt names the candidates Ann, Dai; ballot 1 has Ann, Bob, Cai"):
        R.import_blt(svc, ballot_id, wrong, "Main hall", "Cy")



def test_a_meeting_from_before_the_preferential_tables_still_verifies(tmp_path, monkeypatch):
    """Its last event records no digest of the new tables: empty, they are fine; a row added outside is caught."""
    import sqlite3

    from ballotdesk.store import meeting_store

    before = tuple(t for t in meeting_store.DIGESTED if not t.startswith("ranked_"))
    with monkeypatch.context() as patch:
        patch.setattr(meeting_store, "DIGESTED", before)
        old = make_meeting(tmp_path, "old.ballotdesk", people=False)
        old.close()
    conn = sqlite3.connect(tmp_path / "old.ballotdesk")
    try:
        state = json.loads(conn.execute("SELECT state FROM audit ORDER BY id DESC LIMIT 1").fetchone()[0])
        assert "ranked_entries" not in state
        assert verify_chain(conn).intact
        conn.execute("INSERT INTO ranked_ballots (ballot_id, method, rules) VALUES (1, 'irv', 'irv')")
        report = verify_chain(conn)
    finally:
        conn.close()
    assert not report.intact and "the preferential ballots' methods and lots (ranked_ballots) changed outside" \
        in report.message.lower()


def test_a_declared_preferential_result_is_not_amended_by_box_figures(svc):
    ballot_id = ranked_ballot(svc)
    key_twice(svc, ballot_id, 1, [*BATCH_1, *BATCH_2], last=True)
    results.declare(svc, ballot_id, "Mary Jones", pin=PIN)
    with pytest.raises(DomainError, match="counted by preferences: its result comes from the papers as keyed"):
        results.amend(svc, ballot_id, B.MAIN_HALL, CountFigures(8, (4, 3, 1)), chair="Mary Jones", reason="x", pin=PIN)
