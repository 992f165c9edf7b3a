import csv
import io
import subprocess

import pytest

from ballotdesk.domain.ballot import BallotSpec, Kind, Rule
from ballotdesk.domain.count import CountFigures
from ballotdesk.domain.errors import DomainError
from ballotdesk.reports.verification import verify_pdf
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, papers, results
from ballotdesk.services import documents as D
from tests.helpers import make_meeting


def text_of(pdf: bytes) -> str:
    """The PDF's text with runs of whitespace folded, so wrapped lines still match."""
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    return " ".join(out.split())


@pytest.fixture
def declared(tmp_path):
    svc = make_meeting(tmp_path, pin="246802")
    for n in ("1001", "1004", "1005"):
        svc.register(n)
    B.add_box(svc, "Overflow (outside)")
    spec = BallotSpec(title="Nomination", question="Who shall the branch nominate?", kind=Kind.ELECTION,
                      options=("Jeremy Corbyn", "Another Candidate"), rule=Rule.ABSOLUTE, elected_word="nominated")
    bid = B.create_ballot(svc, spec)
    B.open_ballot(svc, bid)
    papers.issue_paper(svc, bid, papers.attendee_for_member(svc, "1001"))
    papers.issue_paper(svc, bid, papers.attendee_for_member(svc, "1004"))
    papers.issue_paper(svc, bid, papers.attendee_for_member(svc, "1005"), "Overflow (outside)")
    B.close_ballot(svc, bid)
    with pytest.raises(DomainError, match="not declared"):
        D.signed_result_sheet(svc, bid)
    for teller in ("Ann Teller", "Bob Teller"):
        counting.enter_count(svc, bid, "Main hall", teller, CountFigures(2, (2, 0)))
        counting.enter_count(svc, bid, "Overflow (outside)", teller, CountFigures(1, (0, 0), 1, 0))
    results.declare(svc, bid, "Mary Jones", pin="246802")
    yield svc, bid
    svc.close()


def test_signed_sheet_carries_every_figure_and_verifies(declared):
    svc, bid = declared
    pdf = D.signed_result_sheet(svc, bid)
    text = text_of(pdf)
    for expected in ("Llanelli Branch", "Nominating meeting", "Church hall", "Nomination", "Main hall",
                     "Overflow (outside)", "Jeremy Corbyn", "Another Candidate", "Mary Jones", "Ann Teller",
                     "Bob Teller", "has the required absolute majority", "and is nominated", "Page 1 of 1",
                     "Question: Who shall the branch nominate?",
                     D.audit_digest_for(svc, bid)[:40]):
        assert expected in text, expected
    report = verify_pdf(pdf)
    assert report.intact and report.signer == "Llanelli Branch"
    # The digest printed is the hash of the declaration's audit event.
    event = next(e for e in svc.store.events() if e["action"] == "ballot.declare")
    assert D.audit_digest_for(svc, bid) == event["hash"]
    tampered = bytearray(pdf)
    tampered[len(pdf) // 3] ^= 0x01
    assert not verify_pdf(bytes(tampered)).intact


def test_sheet_data_figures(declared):
    svc, bid = declared
    data = D.result_sheet_data(svc, bid)
    assert [(b.name, b.issued, b.found, b.abstentions, b.votes_cast, b.votes) for b in data.boxes] == [
        ("Main hall", 2, 2, 0, 2, (2, 0)), ("Overflow (outside)", 1, 1, 1, 0, (0, 0))]
    assert (data.votes_cast, data.necessary, data.abstentions, data.winners) == (2, 2, 1, ("Jeremy Corbyn",))
    assert data.tellers == ("Ann Teller", "Bob Teller") and data.chair == "Mary Jones"
    assert (data.turnout.on_roll, data.turnout.eligible, data.turnout.registered, data.turnout.eligible_present) == (
        6, 3, 3, 3)


def test_amended_sheet_lists_changes(declared):
    svc, bid = declared
    results.amend(svc, bid, "Overflow (outside)", CountFigures(1, (0, 1), 0, 0), chair="Mary Jones",
                  reason="abstention misread", pin="246802")
    data = D.result_sheet_data(svc, bid)
    assert data.amendments[0].reason == "abstention misread"
    assert set(data.amendments[0].changes) == {"Overflow (outside): abstentions and blank 1 → 0",
                                                "Overflow (outside): Another Candidate 0 → 1"}
    assert "AMENDED" in text_of(D.signed_result_sheet(svc, bid))


def test_ballot_papers_and_registers(declared):
    svc, bid = declared
    text = text_of(D.ballot_papers(svc, bid, "Overflow (outside)", 5, first_serial=41))
    assert "OVERFLOW" in text and "No. 000041" in text and "No. 000045" in text and "No. 000046" not in text
    with pytest.raises(DomainError, match=r"There is no box called 'Nowhere'\. Boxes: Main hall, Overflow \(outside\)"):
        D.ballot_papers(svc, bid, "Nowhere", 5)
    register = text_of(D.register_pdf(svc))
    assert "Zoë O'Brien" in register or "Zoë O’Brien" in register
    signin = text_of(D.signin_sheet(svc))
    assert signin.index("ap Rhys") < signin.index("O'Brien") < signin.index("Wójcik")


def test_csv_exports_are_excel_safe(declared, tmp_path):
    svc, bid = declared
    svc.add_guest("=HYPERLINK(\"http://x\")")
    D.attendance_csv(svc, tmp_path / "a.csv")
    raw = (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(raw)))
    assert any(cell.startswith("'=HYPERLINK") for row in rows for cell in row)
    assert not any(cell.startswith("=") for row in rows for cell in row)
    D.result_csv(svc, bid, tmp_path / "r.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["Option", "Main hall", "Overflow (outside)", "Total", "Percent"]
    assert rows[1] == ["Jeremy Corbyn", "2", "0", "2", "100.0"]


def test_the_sheet_prints_the_quorum_overrides_the_differing_entries_and_the_chair_s_decision(tmp_path):
    svc = make_meeting(tmp_path, pin="246802")  # quorum 3
    svc.update_details({"quorum": "3"})
    for n in ("1001", "1004"):
        svc.register(n)
    bid = B.create_ballot(svc, BallotSpec(title="Nomination", question="", kind=Kind.ELECTION,
                                          options=("Ann", "Bob"), rule=Rule.PLURALITY))
    B.open_ballot(svc, bid, inquorate="the chair ruled the quorum applies at the start of the meeting", pin="246802")
    for n in ("1001", "1004"):
        papers.issue_paper(svc, bid, papers.attendee_for_member(svc, n))
    B.close_ballot(svc, bid)
    counting.enter_count(svc, bid, "Main hall", "Ann Teller", CountFigures(2, (2, 0)))
    counting.enter_count(svc, bid, "Main hall", "Bob Teller", CountFigures(2, (1, 0), 1))
    counting.resolve_entries(svc, bid, "Main hall", accept_teller="Bob Teller", reason="papers recounted in front of both",
                             pin="246802")
    svc.register("1005")  # quorate at the declaration
    results.declare(svc, bid, "Mary Jones", pin="246802")
    text = text_of(D.signed_result_sheet(svc, bid))
    for expected in ("Entries that differed", "Ann Teller / Bob Teller", "Ann: 2 / 1", "abstentions and blank papers: 0 / 1",
                     "Entry by Bob Teller accepted", "papers recounted in front of both",
                     "Quorum: 3 members present and entitled to vote; 3 needed. Present at the opening: 2; at the "
                     "declaration: 3.",
                     "Opened while the meeting was not quorate. The chair’s reason: the chair ruled the quorum "
                     "applies at the start of the meeting"):
        assert expected in text, expected
    assert "Declared while the meeting was not quorate" not in text
    assert "would be" not in text and "is elected" in text
