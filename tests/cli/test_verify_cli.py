"""``ballotdesk verify`` on files a member may be handed instead of a good sheet."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ballotdesk.__main__ import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize(("content", "words"), [
    (b"", "Not a PDF: the file is empty."),
    (b"<html><body>Your download has expired</body></html>\n", "Not a PDF: the file does not start like a PDF."),
])
def test_a_broken_sheet_named_pdf_is_judged_as_a_sheet(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       content: bytes, words: str) -> None:
    """An empty or replaced ``result.pdf`` was called "not a BallotDesk meeting file"."""
    sheet = tmp_path / "result.pdf"
    sheet.write_bytes(content)
    code, out, err = run(capsys, "verify", str(sheet))
    assert code == 1
    assert words in out and "meeting file" not in out + err
    code, out, _ = run(capsys, "verify", str(sheet), "--json")
    assert code == 1 and json.loads(out)["intact"] is False and json.loads(out)["message"] == words


def test_a_pdf_with_bytes_before_its_header_is_judged_as_a_sheet(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """PDF readers open a file with up to 1 KB before ``%PDF-``; so must the verifier, whatever its name."""
    sheet = tmp_path / "sheet.bin"
    sheet.write_bytes(b"\xef\xbb\xbf\r\n%PDF-1.4\n%%EOF\n")
    code, out, err = run(capsys, "verify", str(sheet))
    assert code == 1 and out.startswith("Not a PDF: it could not be read") and "meeting file" not in err


def test_a_meeting_file_is_still_checked_as_a_meeting(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "m.ballotdesk"
    code, _, err = run(capsys, "new", str(path), "--title", "AGM", "--date", "2026-11-28")
    assert code == 0, err
    code, out, _ = run(capsys, "verify", str(path))
    assert code == 0 and "matches its audit log" in out
