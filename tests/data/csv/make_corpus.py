"""Regenerate the awkward CSV corpus used by tests/unit/test_roll_csv.py.

The files are committed; tests read them and never call this script. It
exists so the exact bytes (BOMs, UTF-16, Windows-1252, CRLF, NULs, random
binary) are reproducible and reviewable, which hand-edited files are not.

Run from the repository root:  .venv/bin/python tests/data/csv/make_corpus.py
"""

from __future__ import annotations

import random
from pathlib import Path

HERE = Path(__file__).parent

HEADER = "Membership No.,First name,Surname,Ward,Postcode,Date joined,Status,Email"


def write(name: str, data: bytes) -> None:
    (HERE / name).write_bytes(data)


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def main() -> None:
    # 1. UTF-8 with BOM, comma, CRLF, accented names, quoted comma, blank trailing lines.
    text = (
        HEADER + "\n"
        "10234,Zoë,Smith,Central,AB1 2CD,03/02/2016,Active,zoe@example.org\n"
        '10235,Siân,"Jones, Jr",North,AB3 4EF,3/2/2016,Lapsed,sian@example.org\n'
        "10236,Seán,O’Brien,South,AB5 6GH,2016-02-03,Active,\n"
        "10237,  Łukasz  , Żółć ,East,,,Active,lukasz@example.org\n"
        "\n\n"
    )
    write("utf8_bom_comma_crlf.csv", b"\xef\xbb\xbf" + crlf(text).encode("utf-8"))

    # 2. UTF-8 without BOM, semicolon (European Excel), LF, dotted dates, padded values.
    text = (
        "Member number;Forename;Family name;Branch;Post code;Joining date;Membership status;"
        "E-mail\n"
        "501 ; Renée ; Müller ; Köln-Nord ; 50667 ; 03.02.2016 ; active ; r@example.de\n"
        "502;François;Dupont, père;Lyon;69001;3 Feb 2016;active;f@example.fr\n"
        "503;Ingrid;Ødegård;Oslo;0150;03-02-16;lapsed;\n"
    )
    write("utf8_semicolon_lf.csv", text.encode("utf-8"))

    # 3-6. Excel "Unicode text": UTF-16 with BOM (LE and BE), tab separated, CRLF;
    #      and the same without a BOM, detected from the NUL-byte pattern.
    text = crlf(
        "Membership number\tFirst name\tLast name\tWard\tPostcode\tJoin date\tStatus\tEmail\n"
        "7001\tZoë\tBrontë\tHaworth\tBD22 8DR\t03/02/2016 00:00\tActive\tzoe@example.org\n"
        '7002\tSiân\t"Lloyd\tGeorge"\tLlanystumdwy\tLL52 0SH\t17/12/1999 00:00\tActive\t\n'
        "7003\t李\t小龍\tKowloon\t\t\tActive\tlee@example.hk\n"
    )
    write("utf16le_bom_tab.csv", b"\xff\xfe" + text.encode("utf-16-le"))
    write("utf16be_bom_tab.csv", b"\xfe\xff" + text.encode("utf-16-be"))
    write("utf16le_nobom_tab.csv", text.encode("utf-16-le"))
    write("utf16be_nobom_tab.csv", text.encode("utf-16-be"))

    # 7. Windows-1252 (older Excel "CSV (Comma delimited)"): ë, â, curly quote 0x92,
    #    Excel date-times, CRLF.
    text = crlf(
        HEADER + "\n"
        "1,Zoë,Smith,Central,AB1 2CD,03/02/2016 00:00,Active,zoe@example.org\n"
        "2,Siân,O’Brien,North,AB3 4EF,17/12/1999 00:00,Active,\n"
        "3,Chloé,Ça Va,South,,,Lapsed,\n"
    )
    write("cp1252_comma_crlf.csv", text.encode("cp1252"))

    # 8. Quoted fields containing line breaks, to check physical line numbers.
    text = (
        "Member ID,First name,Last name,Address,Ward,Join date\n"  # line 1
        '1,Ann,Able,"1 High St\nTown\nCounty",Central,01/01/2020\n'  # lines 2-4
        '2,Bob,Baker,"2 Low Rd\r\nCity",North,31/02/2020\n'  # lines 5-6: bad date
        "3,Cat,Cole,3 Mid Way,South,02/01/2020\n"  # line 7
        '1,Dan,"Dee\nDoe",4 Side St,East,03/01/2020\n'  # lines 8-9: duplicate of line 2
        "4,Eve,Eden,5 End Rd,West,\n"  # line 10
    )
    write("multiline_quoted.csv", text.encode("utf-8"))

    # 9. Row defects of every kind, with blank and empty rows in between.
    text = crlf(
        HEADER + "\n"  # 1
        "100,Ann,Able,Central,AB1 1AA,01/02/2015,Active,ann@example.org\n"  # 2 ok
        ",Bob,Baker,Central,AB1 1AB,01/02/2015,Active,\n"  # 3 missing number
        "100,Cat,Cole,North,AB1 1AC,01/02/2015,Active,\n"  # 4 duplicate of 2
        "101,Dan,Dee,North,AB1 1AD,31/02/2016,Active,\n"  # 5 bad date
        "102,Eve,Eden,South\n"  # 6 too few fields
        "103,Fay,Fox,South,AB1 1AF,01/02/2015,Active,,extra\n"  # 7 too many fields
        "104,Gus,Gray,East,AB1 1AG,01/02/2015,Active,gus@example.org,,,\n"  # 8 ok (trailing)
        "\n"  # 9 blank
        ",,,,,,,\n"  # 10 entirely empty
        "   ,  ,,,,,,\n"  # 11 entirely whitespace
        "105,Hal,Hart,East,AB1 1AH,,Active,\n"  # 12 ok, no date
        "  ,Ivy,Ives,West,AB1 1AI,,Active,\n"  # 13 number only spaces
        "106,Jo,Jay,West,AB1 1AJ,1/2/15,Active,\n"  # 14 ok, two-digit year
    )
    write("row_problems_crlf.csv", text.encode("utf-8"))

    # 10. Header only (valid: zero members).  11. Zero bytes.  12. Only blank lines.
    write("header_only.csv", (HEADER + "\r\n").encode("utf-8"))
    write("empty.csv", b"")
    write("blank_lines_only.csv", b"\r\n  \r\n\r\n")

    # 13. A web page saved with a .csv name (a download that went wrong).
    write(
        "html_page.csv",
        b"\n<!DOCTYPE html>\n<html><head><title>Sign in</title></head>\n"
        b"<body><p>Your session has expired.</p></body></html>\n",
    )

    # 14. Random binary (with NULs) and random bytes with no NULs at all.
    rng = random.Random(20240601)
    write("random_binary.csv", bytes(rng.randrange(256) for _ in range(4096)))
    write("random_no_nul.csv", bytes(rng.randrange(1, 256) for _ in range(4096)))

    # 15. A text file with a NUL byte on line 7 (a corrupted export).
    lines = [HEADER] + [f"{n},A,B,C,D,,Active," for n in range(1, 9)]
    lines[6] = "6,A\x00,B,C,D,,Active,"
    write("nul_bytes.csv", ("\n".join(lines) + "\n").encode("utf-8"))

    # 16. Excel's "sep=;" hint line before the header.
    text = crlf(
        "sep=;\n"
        "Member no;First name;Last name;Ward;Postcode;Joined;Status;Email\n"  # line 2
        "9001;Agnès;Varda;Paris;75014;30/05/1928;active;\n"
        "9001;Dup;Licate;Paris;75014;;active;\n"  # line 4 duplicate of line 3
    )
    write("excel_sep_line.csv", text.encode("utf-8-sig"))

    # 17. Cyrillic in Windows-1251: not UTF-8, not plausibly cp1252 -> charset-normalizer.
    rows = [
        ("1", "Александр", "Пушкин", "Центральный", "Москва"),
        ("2", "Анна", "Ахматова", "Северный", "Санкт-Петербург"),
        ("3", "Лев", "Толстой", "Южный", "Ясная Поляна"),
        ("4", "Марина", "Цветаева", "Восточный", "Москва"),
        ("5", "Фёдор", "Достоевский", "Западный", "Санкт-Петербург"),
    ]
    text = "Номер;Имя;Фамилия;Округ;Город\n" + "".join(";".join(r) + "\n" for r in rows)
    write("cp1251_cyrillic.csv", text.encode("cp1251"))

    # 18. An Excel workbook renamed to .csv (zip signature).
    write("xlsx_renamed.csv", b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)))

    # 19. US export: month-first dates, two-digit years, header with odd spacing.
    text = (
        "  MEMBER-ID , FIRST_NAME , LAST_NAME , ZIP , Start Date , E-Mail\n"
        "A-17,Mary,Major,02139,02/03/16,mary@example.com\n"
        "A-18,Joe,Minor,10001,12/31/1969,joe@example.com\n"
        "a-17,Dup,Case,10001,01/01/70,\n"
    )
    write("us_mdy.csv", text.encode("utf-8"))

    # 20. Old Mac line endings (CR only) with a quoted CR inside a field.
    text = (
        "Number,First name,Last name\r"
        '1,Ann,"Able\rSmith"\r'
        "2,Bob,Baker\r"
        ",Cat,Cole\r"
    )
    write("mac_cr.csv", text.encode("utf-8"))


if __name__ == "__main__":
    main()
