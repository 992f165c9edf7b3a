"""Printed documents follow the meeting's language (``ballotdesk new --language cy``), through the CLI."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from ballotdesk.__main__ import main
from ballotdesk.domain import words
from ballotdesk.reports.verification import verify_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@pytest.fixture(autouse=True)
def no_provider_left_behind(monkeypatch):
    """The CLI installs the language provider; put the process back as it was afterwards."""
    monkeypatch.setattr(words, "_language_provider", None)


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def text_of(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, check=True)
    return unicodedata.normalize("NFC", out.stdout.decode("utf-8"))


def squash(text: str) -> str:
    """Without spaces or line breaks (table headers wrap their words)."""
    return re.sub(r"\s+", "", text)


def declared_meeting(capsys, tmp_path: Path, *language: str) -> str:
    path = tmp_path / "branch.ballotdesk"
    code, _, err = run(capsys, "new", str(path), "--title", "Nominating meeting", "--date", "2026-11-28",
                       "--venue", "Church hall", "--organisation", "Llanelli Branch", *language)
    assert code == 0, err
    roll = tmp_path / "roll.csv"
    roll.write_text("Member No;Forename;Surname;Ward;Joined;Status\n"
                    "1001;Zoë;O'Brien;North;01/05/2010;Current\n"
                    "1003;Siân;ap Rhys;North;01/01/2001;Current\n", encoding="utf-8")
    p = str(path)
    run(capsys, "roll", "import", p, str(roll))
    run(capsys, "register", p, "1001", "1003")
    run(capsys, "ballot", "add", p, "--title", "Motion 1", "--motion")
    run(capsys, "ballot", "open", p, "1")
    run(capsys, "issue", p, "1", "1001", "1003")
    run(capsys, "ballot", "close", p, "1")
    for teller in ("Ann", "Bob"):
        run(capsys, "count", p, "1", "--box", "Main hall", "--teller", teller, "--papers", "2", "For=2", "Against=0")
    code, _, err = run(capsys, "declare", p, "1", "--chair", "Mary Jones")
    assert code == 0, err
    return p


def test_new_records_the_language_and_refuses_others(capsys, tmp_path):
    p = declared_meeting(capsys, tmp_path, "--language", "cy")
    from ballotdesk.services.meeting import MeetingService

    svc = MeetingService.open(Path(p))
    try:
        assert svc.details()["language"] == "cy"
    finally:
        svc.close()
    with pytest.raises(SystemExit, match=r"^2$"):
        main(["new", str(tmp_path / "x.ballotdesk"), "--title", "X", "--date", "2026-11-28", "--language", "fr"])


def test_welsh_result_sheet_through_the_cli_is_welsh_and_verifies(capsys, tmp_path):
    p = declared_meeting(capsys, tmp_path, "--language", "cy")
    sheet = tmp_path / "taflen.pdf"
    code, out, err = run(capsys, "sheet", p, "1", "-o", str(sheet))
    assert code == 0, err
    assert verify_pdf(sheet.read_bytes()).intact
    text = text_of(sheet)
    for welsh in ("Taflen canlyniad — Pleidlais 1: Motion 1", "Adroddiad y rhifwyr", "Papurau a roddwyd",
                  "Pleidleisiau a fwriwyd", "Canlyniad", "Presenoldeb", "Cadeirydd:", "Tudalen 1 o 1",
                  "28 Tach 2026"):
        assert squash(welsh) in squash(text), welsh
    for english in ("Result sheet", "Tellers’ report", "Votes cast", "Page 1 of 1", "28 Nov 2026"):
        assert english not in text, english
    code, out, _ = run(capsys, "verify", str(sheet), "--json")
    assert code == 0 and json.loads(out)["intact"]


def test_english_result_sheet_is_unchanged(capsys, tmp_path):
    p = declared_meeting(capsys, tmp_path)
    sheet = tmp_path / "sheet.pdf"
    code, _, err = run(capsys, "sheet", p, "1", "-o", str(sheet))
    assert code == 0, err
    assert verify_pdf(sheet.read_bytes()).intact
    text = text_of(sheet)
    for english in ("Result sheet — Ballot 1: Motion 1", "Tellers’ report", "Papers issued", "Votes cast",
                    "Turnout", "Chair:", "Page 1 of 1", "28 Nov 2026", "Declaration and signatures"):
        assert squash(english) in squash(text), english
    assert "Taflen" not in text and "Tudalen" not in text
    assert "Question:" not in text  # the motion was put without a separate question: no empty label
    assert "Quorum:" not in text  # the meeting set no quorum: no line of zeros


def test_welsh_papers_and_registers_through_the_cli(capsys, tmp_path):
    p = declared_meeting(capsys, tmp_path, "--language", "cy")
    papers, signin, register = tmp_path / "papurau.pdf", tmp_path / "arwyddo.pdf", tmp_path / "cofrestr.pdf"
    assert run(capsys, "papers", p, "1", "--count", "2", "-o", str(papers))[0] == 0
    text = text_of(papers)
    assert "Rhowch farc mewn un blwch" in text and "Rhif 000001" in text and "Mark one box" not in text
    assert run(capsys, "register-sheet", p, "-o", str(signin))[0] == 0
    assert "Taflen arwyddo" in text_of(signin) and "Llofnod" in text_of(signin)
    assert run(capsys, "register-sheet", p, "--attendance", "-o", str(register))[0] == 0
    assert "Cofrestr presenoldeb" in text_of(register) and "Cyfansymiau" in text_of(register)
