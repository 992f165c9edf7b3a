"""Regenerate the hostile and broken inputs used by tests/unit/test_bad_input.py.

Two kinds of case:

* Small files are committed, and this script documents exactly how each was made (seeded
  random bytes, hand-built headers), so they are reproducible and reviewable. Run from the
  repository root:  ``.venv/bin/python tests/data/bad/make_bad.py``
* Big files (a million-line CSV, a megabyte field) and meeting files that must be made by this
  BallotDesk (a broken chain, a missing event, a newer version, a cut-short copy) are built
  at test time by the ``build_*`` functions below, into the test's temporary folder; they are
  never committed.
"""

from __future__ import annotations

import codecs
import io
import random
import sqlite3
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[2]
HEADER = "Membership No.,First name,Surname,Ward,Postcode,Date joined,Status"
ROW = "1001,Zoë,O'Brien,North,SA15 1AA,01/05/2010,Current"


def committed() -> dict[str, bytes]:
    """Every committed file, by name."""
    rng = random.Random(20261128)
    files: dict[str, bytes] = {}

    # Meeting files (all refused on the header alone; the file itself is never needed intact).
    files["empty.ballotdesk"] = b""
    header = bytearray(b"SQLite format 3\x00" + bytes(84))
    files["cut_short.ballotdesk"] = bytes(header[:64])  # a copy interrupted in the first 100 bytes
    files["random.ballotdesk"] = rng.randbytes(4096)
    files["csv_renamed.ballotdesk"] = f"{HEADER}\n{ROW}\n".encode()
    files["other_app.ballotdesk"] = _other_application_database()

    # CSV files for the roll import.
    files["empty.csv"] = b""
    files["bom_only.csv"] = codecs.BOM_UTF8
    files["whitespace_only.csv"] = b" \r\n\t\r\n  \r\n"
    utf16 = codecs.BOM_UTF16_LE + f"{HEADER}\r\n{ROW}\r\n".replace(",", "\t").encode("utf-16-le")
    files["utf16_cut_mid_character.csv"] = utf16[:-3]  # an odd number of bytes: half a character
    text = f"{HEADER}\n{ROW}\n1002,Jo,Smith,South,SA15 2BB,03/02/2016,Current\n".encode()
    files["cut_mid_row.csv"] = text[: text.index(b"SA15 2BB")]
    files["cut_in_quotes.csv"] = f'{HEADER}\n1001,"Zoë,O\'Brien,North,SA15 1AA,01/05/2010,Current\n'.encode()
    files["random.csv"] = rng.randbytes(2048)
    files["random_no_nul.csv"] = bytes(b or 1 for b in rng.randbytes(2048))
    files["html_saved_as.csv"] = (b"<!DOCTYPE html>\n<html><head><title>Members</title></head><body>\n"
                                  b"<table><tr><td>1001</td><td>Zo&euml;</td></tr></table></body></html>\n")
    garbled = f"{HEADER}\r\n{ROW}\r\n".encode("utf-16-le")
    garbled = garbled[:120] + b"\x00\xdc" + garbled[120:]  # a lone low surrogate: not valid UTF-16
    files["utf16_no_bom_garbled.csv"] = garbled
    files["nul_bytes.csv"] = f"{HEADER}\n{ROW}\n".encode().replace(b"O'Brien", b"O'Br\x00ien")
    files["xlsx_renamed.csv"] = _tiny_xlsx()
    files["xls_renamed.csv"] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    files["pdf_renamed.csv"] = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
    files["xml_saved_as.csv"] = b'<?xml version="1.0"?>\n<members><member no="1001"/></members>\n'
    files["elf_binary.csv"] = b"\x7fELF\x02\x01\x01" + bytes(rng.randrange(1, 32) for _ in range(1024))

    # PDFs for verify.
    unsigned = _unsigned_pdf()
    files["unsigned.pdf"] = unsigned
    files["truncated.pdf"] = unsigned[: len(unsigned) // 2]
    files["pdf_header_only.pdf"] = b"%PDF-1.7\n"
    return files


def _other_application_database() -> bytes:
    """A small SQLite file as another program makes it: no BallotDesk application id."""
    path = HERE / ".other_app.tmp"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA page_size = 512")
    conn.execute("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO bookmarks (url) VALUES ('https://example.org/')")
    conn.commit()
    conn.close()
    data = path.read_bytes()
    path.unlink()
    return data


def _tiny_xlsx() -> bytes:
    """A minimal zip with the parts an .xlsx starts with (what Excel's "Save" makes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, body in (("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")):
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 28, 0, 0, 0))
            archive.writestr(info, body)
    return buffer.getvalue()


def _unsigned_pdf() -> bytes:
    """A one-page PDF with no signature, repeatable byte for byte (reportlab's invariant mode)."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, invariant=1)
    page.drawString(72, 720, "Result sheet (not signed)")
    page.save()
    return buffer.getvalue()


# -- built at test time ---------------------------------------------------------------------


def build_meeting(folder: Path, name: str = "meeting.ballotdesk") -> Path:
    """A small, valid meeting (closed): a roll, two registered, ballot 1 counted, ballot 2 closed (1 paper)."""
    sys.path.insert(0, str(ROOT))
    from ballotdesk.domain.ballot import motion_spec
    from ballotdesk.domain.count import CountFigures
    from ballotdesk.services import ballots as B
    from ballotdesk.services import counting, papers
    from tests.helpers import make_meeting

    svc = make_meeting(folder, name, quorum="2")
    svc.update_details({"four_eyes": False})
    for number in ("1001", "1004"):
        svc.register(number)
    bid = B.create_ballot(svc, motion_spec("Motion 1"))
    B.open_ballot(svc, bid)
    for number in ("1001", "1004"):
        papers.issue_paper(svc, bid, papers.attendee_for_member(svc, number))
    B.close_ballot(svc, bid)
    counting.enter_count(svc, bid, "Main hall", "Ann", CountFigures(2, (2, 0)))
    second = B.create_ballot(svc, motion_spec("Motion 2"))  # closed, waiting for its count
    B.open_ballot(svc, second)
    papers.issue_paper(svc, second, papers.attendee_for_member(svc, "1001"))
    B.close_ballot(svc, second)
    path = svc.path
    svc.close()
    return path


def _edit(path: Path, sql: str) -> Path:
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()
    return path


def build_edited_count(folder: Path) -> Path:
    """A meeting whose definitive count was edited with another SQLite tool (the chain breaks)."""
    return _edit(build_meeting(folder), "UPDATE box_counts SET figures = replace(figures, '[2, 0]', '[1, 1]')")


def build_missing_event(folder: Path) -> Path:
    """A meeting with audit event 5 deleted."""
    return _edit(build_meeting(folder), "DELETE FROM audit WHERE id = 5")


def build_edited_event(folder: Path) -> Path:
    """A meeting whose event 9 was rewritten."""
    return _edit(build_meeting(folder), "UPDATE audit SET actor = 'someone else' WHERE id = 9")


def build_empty_log(folder: Path) -> Path:
    """A meeting whose whole audit log was deleted."""
    return _edit(build_meeting(folder), "DELETE FROM audit")


def build_newer_version(folder: Path) -> Path:
    """A meeting as a future BallotDesk (file format 99) would leave it."""
    return _edit(build_meeting(folder), "PRAGMA user_version = 99")


def build_cut_short_meeting(folder: Path) -> Path:
    """The first 8 KiB of a meeting: a copy to a USB stick interrupted early (the header is intact)."""
    (folder / "whole").mkdir()
    whole = build_meeting(folder / "whole")
    path = folder / "cut.ballotdesk"
    path.write_bytes(whole.read_bytes()[:8192])
    return path


def build_million_lines(folder: Path) -> Path:
    """A membership export of a million members (about 40 MB): 1,000,000 data lines."""
    path = folder / "million.csv"
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("Membership No.,First name,Surname,Postcode,Date joined,Status\n")
        for start in range(0, 1_000_000, 10_000):
            out.write("".join(f"{n},First{n},Last{n},SA{n % 99} 1AA,01/05/2010,Current\n"
                              for n in range(start + 1, start + 10_001)))
    return path


def build_megabyte_field(folder: Path) -> Path:
    """A CSV whose second row holds a one-megabyte surname."""
    path = folder / "megabyte_field.csv"
    path.write_text(f"{HEADER}\n1001,Zoë,{'x' * 1_048_576},North,SA15 1AA,01/05/2010,Current\n", encoding="utf-8")
    return path


BUILDERS: dict[str, Callable[[Path], Path]] = {
    "edited_count": build_edited_count,
    "missing_event": build_missing_event,
    "edited_event": build_edited_event,
    "empty_log": build_empty_log,
    "newer_version": build_newer_version,
    "cut_short_meeting": build_cut_short_meeting,
}


def main() -> None:
    for name, data in committed().items():
        (HERE / name).write_bytes(data)
        print(f"{len(data):>7,} bytes  {name}")


if __name__ == "__main__":
    main()
