"""The signed sheet of a declared preferential ballot: quota, the stage table, the elected in order, rejected papers."""

from __future__ import annotations

import subprocess

import pytest

from ballotdesk.domain.preferential.table import stage_table
from ballotdesk.services import documents, results
from ballotdesk.services import ranked as R
from tests.helpers import RANKED_PIN as PIN
from tests.helpers import key_twice, make_meeting, ranked_ballot


@pytest.fixture
def svc(tmp_path):
    service = make_meeting(tmp_path, pin=PIN)
    yield service
    service.close()


def test_the_stage_table_shows_transfers_totals_and_who_is_out():
    doc = {"quota": "3.00", "elected": ["Ann"], "candidates": ["Ann", "Bob", "Cai"],
           "rejected_by_reason": {"no first preference": 2},
           "stages": [{"stage": 1, "action": "first preferences", "votes": {"Ann": "2.00", "Bob": "2.00", "Cai": "1.00"},
                       "non_transferable": "0.00", "elected": [], "excluded": ["Cai"]},
                      {"stage": 2, "action": "exclusion of Cai", "votes": {"Ann": "3.00", "Bob": "2.00", "Cai": "0.00"},
                       "non_transferable": "0.00", "elected": ["Ann"], "excluded": []}]}
    table = stage_table(doc)
    assert [c.total for c in table.rows[0]] == ["2.00", "3.00"] and table.rows[0][1].change == "+1.00"
    assert table.rows[0][1].state == "elected" and table.rows[2][0].state == "excluded"
    assert table.rows[2][1].state == "out" and table.totals == ("5.00", "5.00")
    assert table.rejected == {"no first preference": 2}
    assert table.column_words(1) == "Stage 2: exclusion of Cai; elected Ann"


def test_the_declared_sheet_prints_the_count(svc, tmp_path):
    ballot_id = ranked_ballot(svc, seats=2)
    key_twice(svc, ballot_id, 1, ["1 2 3", "1 3 2", "2 1 -", "3 1 2"])
    key_twice(svc, ballot_id, 2, ["- 1 2", "1 - -", "2 3 1", "- 2 3"], last=True)
    while results.result_json(svc, ballot_id).get("lot_needed"):
        results.record_lot(svc, ballot_id, pin=PIN)
    declared = results.declare(svc, ballot_id, "Mary Jones", pin=PIN)
    assert declared["tellers"] == ["Ann Teller", "Bob Teller"]
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(documents.signed_result_sheet(svc, ballot_id))
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    if not text:
        pytest.fail("pdftotext gave no text")
    assert "The count, stage by stage" in text and f"Quota: {declared['quota']}" in text
    assert "Elected, in order: 1. " + declared["elected"][0] in text
    assert "Papers rejected: no first preference: 1" in text
    assert "Scottish STV (SSI 2007/42)" in text and "Teller: Ann Teller" in text
    assert R.ranked_ballot(svc, ballot_id).status == "declared"
