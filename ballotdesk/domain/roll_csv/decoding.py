"""Reading a membership export's bytes and turning them into text: size, binary files, charset, BOM.

The first step of :func:`~ballotdesk.domain.roll_csv.reader.read_csv`, apart because working out an
encoding (byte-order marks, UTF-16 without one, strict UTF-8, Windows-1252, lines of both pasted together,
charset-normalizer as the last resort) is a subject of its own, and the one most often fixed. It also
holds :class:`CsvReadError`, which every step of reading raises.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ballotdesk.domain.errors import os_reason
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate

MAX_FILE_BYTES = 200 * 1024 * 1024
"""Refuse files over 200 MB: the whole file is read into memory, and no
membership list is anywhere near that size."""

_SAMPLE_BYTES = 64 * 1024
SAMPLE_CHARS = 64 * 1024

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_LETTERS = re.compile(r"[A-Za-z]")
_HTML_START = re.compile(r"<(!doctype\s+html|html|head|body|table|meta|title)\b", re.IGNORECASE)


class CsvReadError(Exception):
    """The file cannot be used at all.

    ``str(error)`` is one sentence naming the file and the problem, suitable
    for showing the chair directly, e.g. ``"members.csv is empty."``.
    """


def read_bytes(path: Path, name: str) -> bytes:
    """Read the whole file (a regular file only, never more than the limit), turning OS errors into sentences.

    ``/dev/zero`` or ``/dev/urandom`` would exhaust memory and a FIFO would wait for ever.
    """
    from ballotdesk.domain.files import NotRegularFileError

    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            megabytes = size // (1024 * 1024)
            raise CsvReadError(translate(
                "RollCsv", "{0} is too large ({1} MB); BallotDesk reads membership files of up to {2} MB.").format(
                name, f"{megabytes:,}", MAX_FILE_BYTES // (1024 * 1024)))
        from ballotdesk.domain.files import read_regular

        return read_regular(path, MAX_FILE_BYTES, QT_TRANSLATE_NOOP("Files", "CSV file"))
    except NotRegularFileError as error:
        raise CsvReadError(str(error)) from None
    except FileNotFoundError:
        raise CsvReadError(translate("RollCsv", "{0} could not be found in {1}.").format(name, path.parent)) from None
    except IsADirectoryError:
        raise CsvReadError(translate("RollCsv", "{0} is a folder, not a CSV file.").format(name)) from None
    except PermissionError:
        raise CsvReadError(translate("RollCsv", "{0} could not be opened: permission denied.").format(name)) from None
    except OSError as error:
        reason = os_reason(error)
        raise CsvReadError(translate("RollCsv", "{0} could not be read ({1}).").format(name, reason)) from None


def refuse_known_binary(data: bytes, name: str) -> None:
    """Recognise spreadsheets and PDFs saved under a .csv name, a common mix-up."""
    if data.startswith(b"PK\x03\x04"):
        raise CsvReadError(translate(
            "RollCsv", "{0} looks like an Excel workbook (.xlsx), not a CSV file; "
            "save it from Excel as \"CSV UTF-8\" first.").format(name))
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise CsvReadError(translate(
            "RollCsv", "{0} looks like an old Excel workbook (.xls), not a CSV file; "
            "save it from Excel as \"CSV UTF-8\" first.").format(name))
    if data.startswith(b"%PDF"):
        raise CsvReadError(translate("RollCsv", "{0} looks like a PDF document, not a CSV file.").format(name))


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode the file, returning ``(text, encoding)``.

    Order matters: byte-order marks are certain, NUL bytes only occur in
    UTF-16 (or binary), strict UTF-8 almost never succeeds by accident on
    anything else, and Windows-1252 is by far the most common remaining
    encoding for UK and European membership exports. charset-normalizer is
    slow and sometimes surprising on short files, so it is consulted last and
    only on a sample.
    """
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _strict_decode(data, encoding, name), encoding

    nul_at = data.find(b"\x00")
    if nul_at >= 0:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise CsvReadError(_nul_message(name, _line_at_byte(data, nul_at)))
        return _strict_decode(data, utf16, name), utf16

    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = _decode_mixed(data) if _UTF8_SEQUENCE.search(data) else None
    if mixed is not None:
        return mixed, MIXED_ENCODING
    if _plausible_cp1252(data[:_SAMPLE_BYTES]):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    import charset_normalizer  # only for the rare file that is neither UTF nor cp1252; ~20 ms to load

    best = charset_normalizer.from_bytes(data[:_SAMPLE_BYTES]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding), best.encoding
        except (UnicodeDecodeError, LookupError):
            pass
    raise CsvReadError(
        translate("RollCsv", "{0} does not look like a text file; it may be binary, not CSV.").format(name))


MIXED_ENCODING = "utf-8+cp1252"
"""A UTF-8 file into which some lines were pasted from a Windows-1252 one (see :func:`_decode_mixed`)."""

_WESTERN = re.compile("[\x00-\x7f\u00a0-\u024f\u0300-\u036f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf]*")
"""ASCII, Latin letters with their accents, general punctuation and currency signs."""

_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _decode_mixed(data: bytes) -> str | None:
    """Decode each line as UTF-8 if it is, else as Windows-1252; None if that does not read true.

    A file that is mostly UTF-8 ("Zoë" as two bytes) but has lines in Windows-1252 (one byte)
    comes from exports merged by hand. Read whole as Windows-1252, every UTF-8 name would be
    garbled ("ZoÃ«") without a word of warning; a line at a time, both kinds read true.
    """
    out, odd, utf8_names = [], [], False
    for line in data.splitlines(keepends=True):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            text = ""
        # A Windows-1252 "É–" or "Ó’" is valid UTF-8 by accident ("ɖ", "Ӓ"): a line is taken as
        # UTF-8 only when every letter it then has is one a Western name uses.
        if text and _WESTERN.fullmatch(text):
            utf8_names = utf8_names or not text.isascii()
            out.append(text)
        else:
            odd.append(line)
            out.append("")
    if not odd or not utf8_names or not _plausible_cp1252(b"".join(odd)[:_SAMPLE_BYTES]):
        return None
    lines = iter(line.decode("cp1252", errors="replace") for line in odd)
    return "".join(text if text else next(lines) for text in out)


def _strict_decode(data: bytes, encoding: str, name: str) -> str:
    """Decode with ``encoding`` or explain where the damage is."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        # Count lines in the decoded good part: in UTF-16 a 0x0A byte is not
        # necessarily a line feed.
        good = data[: error.start].decode(encoding, errors="replace")
        line = _line_at_char(good, len(good))
        raise CsvReadError(translate(
            "RollCsv", "{0} looks like {1} text but is damaged near line {2}; "
            "it may have been cut short or edited with the wrong program.").format(name, encoding.upper(), line)
        ) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """Return ``"utf-16-le"``/``"utf-16-be"`` if the NUL bytes say so, else None.

    Mostly-ASCII text in UTF-16 has a NUL in every other byte: the odd
    positions for little-endian, the even ones for big-endian. Random binary
    data has NULs scattered evenly, so a lopsided pattern is a reliable sign.
    """
    sample = data[:4096]
    if len(sample) % 2:
        sample = sample[:-1]
    pairs = len(sample) // 2
    if pairs == 0:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= pairs * 0.3 and odd > 4 * even:
        return "utf-16-le"
    if even >= pairs * 0.3 and even > 4 * odd:
        return "utf-16-be"
    return None


def _plausible_cp1252(sample: bytes) -> bool:
    """Tell whether non-UTF-8 bytes read sensibly as Windows-1252.

    In Western European names the accented letters are a small minority
    among plain ASCII letters ("Zoë", "Siân", "O’Brien"). Cyrillic or Greek
    single-byte encodings decode "successfully" as cp1252 too, but then
    nearly every letter is non-ASCII; those are left to charset-normalizer.
    """
    try:
        text = sample.decode("cp1252")
    except UnicodeDecodeError:
        return False
    non_ascii = len(_NON_ASCII.findall(text))
    ascii_letters = len(_ASCII_LETTERS.findall(text))
    return non_ascii <= 0.3 * (non_ascii + ascii_letters)


def refuse_non_text(text: str, name: str) -> None:
    """Refuse decoded text that is binary junk, contains NULs or is HTML."""
    nul_at = text.find("\x00")
    if nul_at >= 0:
        raise CsvReadError(_nul_message(name, _line_at_char(text, nul_at)))
    sample = text[:SAMPLE_CHARS]
    if len(_CONTROL_CHARS.findall(sample)) > max(2, len(sample) // 100):
        raise CsvReadError(
            translate("RollCsv", "{0} does not look like a text file; it may be binary, not CSV.").format(name))
    head = sample.lstrip("\ufeff \t\r\n")[:1024]
    if head.startswith("<") and _HTML_START.search(head):
        raise CsvReadError(translate("RollCsv", "{0} looks like a web page (HTML), not a CSV file.").format(name))
    if head.startswith("<?xml"):
        raise CsvReadError(translate("RollCsv", "{0} looks like an XML file, not a CSV file.").format(name))


def _line_at_byte(data: bytes, offset: int) -> int:
    """Physical line (1-based) containing byte ``offset``; CR, LF and CRLF all end a line."""
    before = data[:offset]
    return before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n") + 1


def _line_at_char(text: str, offset: int) -> int:
    """Physical line (1-based) containing character ``offset``."""
    before = text[:offset]
    return before.count("\n") + before.count("\r") - before.count("\r\n") + 1


def _nul_message(name: str, line: int) -> str:
    return translate("RollCsv", "{0} contains NUL bytes at line {1}; it may be a binary file, not CSV.").format(
        name, line)
