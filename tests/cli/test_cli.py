import json
import subprocess
import sys

import pytest

from ballotdesk.__main__ import main


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def meeting(tmp_path, capsys):
    path = tmp_path / "branch.ballotdesk"
    code, out, _ = run(capsys, "new", str(path), "--title", "Nominating meeting", "--date", "2026-11-28",
                       "--venue", "Church hall", "--organisation", "Llanelli Branch", "--cutoff", "2016-01-12",
                       "--quorum", "2", "--voting-status", "Current")
    assert code == 0 and "Created" in out
    csv_path = tmp_path / "roll.csv"
    csv_path.write_text(
        "Member No;Forename;Surname;Ward;Postcode;Joined;Status\n"
        "1001;Zoë;O'Brien;North;SA15 1AA;01/05/2010;Current\n"
        "1002;Jo;Smith;South;SA15 2BB;03/02/2016;Current\n"
        "1003;Siân;ap Rhys;North;SA14 3CC;01/01/2001;Current\n"
        "1004;Bad;Date;North;SA14 3CC;31/02/2001;Current\n"
        ";No;Number;North;;01/01/2001;Current\n",
        encoding="utf-8-sig",
    )
    return path, csv_path


def test_roll_import_json(meeting, capsys):
    path, csv_path = meeting
    code, out, _ = run(capsys, "roll", "import", str(path), str(csv_path), "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["imported"], data["updated"]) == (3, 0)
    assert [s["line"] for s in data["skipped"]] == [5, 6]
    assert "unreadable join date" in data["skipped"][0]["reason"]
    assert "missing membership number" in data["skipped"][1]["reason"]


def test_search_register_attendance(meeting, capsys):
    path, csv_path = meeting
    run(capsys, "roll", "import", str(path), str(csv_path))
    code, out, _ = run(capsys, "roll", "search", str(path), "obrien", "--json")
    assert code == 0
    hits = json.loads(out)
    assert hits[0] == {"number": "1001", "first_name": "Zoë", "last_name": "O'Brien", "ward": "North",
                       "may_vote": True, "reason": "joined 1 May 2010, on or before the cut-off of 12 Jan 2016"}
    code, out, err = run(capsys, "register", str(path), "1001", "1002", "9999", "--json")
    assert code == 1 and "1 of 3 not registered" in err
    rows = json.loads(out)
    assert [(r["number"], r["registered"], r["may_vote"]) for r in rows] == [
        ("1001", True, True), ("1002", True, False), ("9999", False, False)]
    assert rows[1]["reason"] == "joined 3 Feb 2016, after the cut-off of 12 Jan 2016"
    code, out, err = run(capsys, "register", str(path), "1001")
    assert code == 0 and "already registered at" in out and err == ""  # registered: not a failure
    code, out, _ = run(capsys, "attendance", str(path), "--json")
    data = json.loads(out)
    assert {k: data[k] for k in ("on_roll", "registered", "may_vote_present", "guests", "quorum", "quorate")} == {
        "on_roll": 3, "registered": 2, "may_vote_present": 1, "guests": 0, "quorum": 2, "quorate": False}


def test_map_option_overrides_guess(tmp_path, capsys):
    path = tmp_path / "m.ballotdesk"
    run(capsys, "new", str(path), "--title", "T", "--date", "2026-11-28")
    csv_path = tmp_path / "r.csv"
    csv_path.write_text("Ref,Given,Family\nA1,Ann,Aaron\n", encoding="utf-8")
    code, _, err = run(capsys, "roll", "import", str(path), str(csv_path), "--map", "Nope=number")
    assert code == 1 and "has no column 'Nope'" in err
    code, out, err = run(capsys, "roll", "import", str(path), str(csv_path), "--map", "Ref=number",
                         "--map", "Given=first_name", "--map", "Family=last_name", "--json")
    assert code == 0, err
    assert json.loads(out)["imported"] == 1
    code, out, _ = run(capsys, "roll", "search", str(path), "aaron", "--json")
    assert json.loads(out)[0]["first_name"] == "Ann"


def test_ballot_flow_through_commands(meeting, capsys):
    path, csv_path = meeting
    p = str(path)
    run(capsys, "roll", "import", p, str(csv_path))
    run(capsys, "register", p, "1001", "1002", "1003")
    assert run(capsys, "box", "add", p, "Overflow (outside)")[0] == 0
    code, out, _ = run(capsys, "ballot", "add", p, "--title", "Motion 1", "--motion", "--rule", "two-thirds")
    assert code == 0 and out.strip() == "1"
    code, out, _ = run(capsys, "ballot", "open", p, "1")
    assert code == 0 and out.startswith("Ballot 1 is now open. These can no longer change:\n  Kind: motion\n"
                                        "  Options: For / Against\n")  # what the window asks about before opening
    assert "\n  Majority rule: two-thirds" in out and "\n  Measured against: votes cast for options" in out
    run(capsys, "ballot", "add", p, "--title", "Motion 2", "--motion")
    code, out, _ = run(capsys, "ballot", "open", p, "2", "--json")
    opened = json.loads(out)
    assert code == 0 and (opened["ballot"], opened["status"]) == (2, "open")
    terms = dict(opened["fixed_terms"])
    assert terms["Options"] == "For / Against" and terms["Kind"] == "motion"
    code, out, err = run(capsys, "issue", p, "1", "1001", "1002", "1003", "--box", "Overflow (outside)")
    assert code == 1 and "1002: refused: Jo Smith may not vote" in err and "1003: paper issued" in out
    assert run(capsys, "spoil", p, "1", "1001", "--serial", "77")[0] == 0
    run(capsys, "ballot", "close", p, "1")
    code, out, err = run(capsys, "count", p, "1", "--box", "Overflow (outside)", "--teller", "Ann", "--papers", "2",
                         "For=2", "Against=-1")
    assert code == 1 and "whole number of 0 or more" in err
    code, out, _ = run(capsys, "count", p, "1", "--box", "Overflow (outside)", "--teller", "Ann", "--papers", "2",
                       "For=2", "Against=0")
    assert code == 0 and "waits for a second" in out
    code, out, _ = run(capsys, "count", p, "1", "--box", "Overflow (outside)", "--teller", "Bob", "--papers", "2",
                       "For=1", "Against=1")
    assert "differ" in out
    assert run(capsys, "resolve", p, "1", "--box", "Overflow (outside)", "--accept", "Ann", "--reason", "checked")[0] == 0
    code, out, _ = run(capsys, "result", p, "1", "--json")
    data = json.loads(out)
    assert data["status"] == "counted" and data["options"][0]["votes"] == 2 and data["lot"] is None
    assert data["boxes"][1] == {"name": "Overflow (outside)", "issued": 2, "found": 2, "spoilt": 1, "withdrawn": 0,
                                "variance": 0, "explanation": "", "definitive": True, "state": "definitive"}
    code, out, _ = run(capsys, "declare", p, "1", "--chair", "Mary Jones")
    assert code == 0 and "carried" in out
    code, _, err = run(capsys, "declare", p, "1", "--chair", "Mary Jones")
    assert code == 1 and "declared" in err


def test_bad_meeting_file_is_one_clear_line(tmp_path):
    bad = tmp_path / "notes.ballotdesk"
    bad.write_text("<html>not a meeting</html>")
    proc = subprocess.run([sys.executable, "-m", "ballotdesk", "attendance", str(bad), "--json"],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stderr == "ballotdesk attendance: notes.ballotdesk is not a BallotDesk meeting file (it is not a database).\n"
    assert bad.read_text() == "<html>not a meeting</html>"


def test_document_commands(meeting, capsys, tmp_path):
    path, csv_path = meeting
    p = str(path)
    run(capsys, "roll", "import", p, str(csv_path))
    run(capsys, "register", p, "1001", "1003")
    run(capsys, "ballot", "add", p, "--title", "Motion 1", "--motion")
    run(capsys, "ballot", "open", p, "1")
    run(capsys, "issue", p, "1", "1001", "1003")
    code, _, _ = run(capsys, "papers", p, "1", "--count", "3", "-o", str(tmp_path / "papers.pdf"))
    assert code == 0 and (tmp_path / "papers.pdf").read_bytes().startswith(b"%PDF")
    run(capsys, "ballot", "close", p, "1")
    for teller in ("Ann", "Bob"):
        run(capsys, "count", p, "1", "--box", "Main hall", "--teller", teller, "--papers", "2", "For=2", "Against=0")
    code, _, err = run(capsys, "sheet", p, "1", "-o", str(tmp_path / "sheet.pdf"))
    assert code == 1 and "is counted, not declared" in err and not (tmp_path / "sheet.pdf").exists()
    run(capsys, "declare", p, "1", "--chair", "Mary Jones")
    code, out, _ = run(capsys, "sheet", p, "1", "-o", str(tmp_path / "sheet.pdf"))
    assert code == 0 and "signed result sheet" in out
    from ballotdesk.reports.verification import verify_pdf

    assert verify_pdf((tmp_path / "sheet.pdf").read_bytes()).intact
    code, _, _ = run(capsys, "register-sheet", p, "-o", str(tmp_path / "signin.pdf"))
    assert code == 0 and (tmp_path / "signin.pdf").stat().st_size > 1000
    code, _, _ = run(capsys, "attendance", p, "--csv", str(tmp_path / "att.csv"))
    assert code == 0 and "Zoë" in (tmp_path / "att.csv").read_text(encoding="utf-8-sig")


def test_verify_sheet_names_the_certificate_and_fails_when_modified(meeting, capsys, tmp_path):
    path, csv_path = meeting
    p = str(path)
    run(capsys, "roll", "import", p, str(csv_path))
    run(capsys, "register", p, "1001")  # 1 present of the 2 the quorum needs: the chair overrides
    run(capsys, "ballot", "add", p, "--title", "Motion 1", "--motion")
    run(capsys, "ballot", "open", p, "1", "--inquorate", "the quorum applies at the start")
    run(capsys, "issue", p, "1", "1001")
    run(capsys, "ballot", "close", p, "1")
    for teller in ("Ann", "Bob"):
        run(capsys, "count", p, "1", "--box", "Main hall", "--teller", teller, "--papers", "1", "For=1", "Against=0")
    run(capsys, "declare", p, "1", "--chair", "Mary Jones", "--inquorate", "the quorum applies at the start")
    sheet = tmp_path / "sheet.pdf"
    run(capsys, "sheet", p, "1", "-o", str(sheet))
    code, out, _ = run(capsys, "verify", str(sheet), "--json")
    data = json.loads(out)
    assert code == 0 and data["intact"] and data["this_installation"] and data["signer"] == "Llanelli Branch"
    code, out, _ = run(capsys, "verify", str(sheet))
    assert code == 0 and "with this installation's certificate" in out
    data = bytearray(sheet.read_bytes())
    data[len(data) // 2] ^= 0x20
    sheet.write_bytes(bytes(data))
    code, out, _ = run(capsys, "verify", str(sheet))
    assert code == 1 and "Intact" not in out
