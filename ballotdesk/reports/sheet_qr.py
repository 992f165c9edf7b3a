"""The result sheet's QR code: the compact summary it encodes, and the code drawn as one path.

Separate from the sheet's layout (``reports/result_sheet.py``) because it is a small encoder of its
own (reportlab's QR encoding and mask choice, redone a row at a time for speed) with its own tests
and benchmark, and the sheet only places the finished flowable in its heading.

QR payload format (``qr_payload``), version ``BD1``, fields separated by ``|``::

    BD1|<ballot_id>|<title>|<option>=<votes>;...|abst=<n>|rej=<n>|win=<name>;...|<digest[:16]>

Example: ``BD1|3|Motion 3|For=266;Against=100|abst=4|rej=0|win=For|9f2c4e71a0b35d6e``.
Names have the separator characters ``|``, ``;`` and ``=`` replaced by spaces. To keep the code
scannable from paper the payload is held to ``QR_MAX_BYTES`` of UTF-8: the title is cut to 48
characters and option names are cut progressively (40, 24, 16, 10, 6 characters, an ellipsis
marking a cut); if that is still too long, options are written by paper position (``#1=266``)
and winners likewise (``win=#1``).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import Flowable

from ballotdesk.reports.base import clean
from ballotdesk.reports.model import ResultSheetData

QR_MAX_BYTES = 600
QR_SIZE = 38 * mm
_NAME_LIMITS = (40, 24, 16, 10, 6)


def _qr_clean(text: str, limit: int | None = None) -> str:
    text = " ".join(clean(text).replace("|", " ").replace(";", " ").replace("=", " ").split())
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def qr_payload(data: ResultSheetData) -> str:
    """Return the compact summary encoded in the sheet's QR code (format in the module doc).

    Args:
        data: The declared result.

    Returns:
        A single-line string of at most ``QR_MAX_BYTES`` UTF-8 bytes for realistic input.
    """
    title = _qr_clean(data.ballot_title, 48)
    tail = f"abst={data.abstentions}|rej={data.rejected}"
    digest = data.audit_digest[:16]
    payload = ""
    for limit in (*_NAME_LIMITS, 0):
        if limit:
            names = [_qr_clean(o.name, limit) for o in data.options]
            by_name = {o.name: n for o, n in zip(data.options, names, strict=True)}
            wins = [by_name.get(w, _qr_clean(w, limit)) for w in data.winners]
        else:
            names = [f"#{i}" for i in range(1, len(data.options) + 1)]
            index = {o.name: f"#{i}" for i, o in enumerate(data.options, 1)}
            wins = [index.get(w, "#?") for w in data.winners]
        opts = ";".join(f"{n}={o.votes}" for n, o in zip(names, data.options, strict=True))
        payload = f"BD1|{data.ballot_id}|{title}|{opts}|{tail}|win={';'.join(wins)}|{digest}"
        if len(payload.encode("utf-8")) <= QR_MAX_BYTES:
            break
    return payload


QR_BORDER = 4  # quiet zone, in modules, on each side (the minimum the QR standard asks for)

QrMatrix = tuple[tuple[bool, ...], ...]


@functools.lru_cache(maxsize=64)
def qr_modules(payload: str) -> QrMatrix:
    """Return the QR code of ``payload`` (error correction level M) as rows of dark modules.

    The encoding and the module placement are reportlab's own (``qrencoder``, exactly what
    ``QrCodeWidget`` prints), and so is the choice of mask: each of the eight candidates gets
    reportlab's score (:func:`qr_penalty`). Only the work is done a row at a time, on integers,
    instead of module by module: reportlab's own loop took some 40 ms of a 50 ms sheet. The
    result is cached, so a preview followed by a save, or a reprint, encodes it once.
    """
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(payload)
    qr.version = qr.calculate_version()
    qr.makeImpl(True, 0)  # function patterns, format bits left light (as reportlab scores), and the data
    size = qr.moduleCount
    bits = list(qr.dataBitIterator(qr.dataCache))
    places, data = [0] * size, [0] * size  # per row: where data goes, and which of it is dark unmasked
    for index, (col, row) in enumerate(qr.dataPosIterator()):
        bit = 1 << (size - 1 - col)
        places[row] |= bit
        if index < len(bits) and bits[index]:
            data[row] |= bit
    fixed = [_row_bits(row) & ~place for row, place in zip(qr.modules, places, strict=True)]
    scores = [_penalty([format(f | ((d ^ m) & p), f"0{size}b") for f, d, m, p in zip(fixed, data, flips, places,
                                                                                    strict=True)])
              for flips in _mask_rows(size)]
    qr.makeImpl(False, scores.index(min(scores)))  # the first of equal scores, as reportlab picks
    return tuple(tuple(bool(m) for m in row) for row in qr.modules)


def _row_bits(row: Sequence[bool]) -> int:
    return int("".join("1" if module else "0" for module in row), 2)


@functools.lru_cache(maxsize=8)
def _mask_rows(size: int) -> tuple[tuple[int, ...], ...]:
    """The eight mask patterns of a symbol this size, each as rows of bits (1 where it flips a module)."""
    return tuple(tuple(_row_bits([flips(r, c) for c in range(size)]) for r in range(size))
                 for flips in map(qrencoder.QRUtil.getMask, range(8)))


_RUN_OF_FIVE = re.compile("0{5,}|1{5,}")
_FINDER_LIKE = "10111010000"


def qr_penalty(modules: Sequence[Sequence[bool]]) -> int:
    """reportlab's ``QRUtil.getLostPoint`` for a candidate symbol (see :func:`_penalty`)."""
    return _penalty(["".join("1" if module else "0" for module in row) for row in modules])


def _penalty(rows: list[str]) -> int:
    """The four penalty rules of the QR standard, as reportlab applies them, on rows of "0"/"1".

    Runs of five or more modules of one colour in rows and columns (length - 2 each), 2x2 blocks
    of one colour (3 each), the finder-like pattern 1011101 followed by four light modules (40
    each, in rows only and not ending on the last module: reportlab's column check compares
    tuples with a list and never matches, and the same mask must be chosen), and the distance
    of the dark share from half.
    """
    size = len(rows)
    columns = ["".join(column) for column in zip(*rows, strict=True)]
    score = sum(len(run.group()) - 2 for line in rows + columns for run in _RUN_OF_FIVE.finditer(line))
    bits = [int(row, 2) for row in rows]
    pairs = (1 << (size - 1)) - 1  # one bit for each pair of neighbouring columns
    for upper, lower in itertools.pairwise(bits):
        same = ~(upper ^ lower)  # the two rows agree in this column
        score += 3 * (same & (same >> 1) & ~(upper ^ (upper >> 1)) & pairs).bit_count()
    score += 40 * sum(row[: size - 1].count(_FINDER_LIKE) for row in rows)
    dark = sum(row.count("1") for row in rows)
    return score + 10 * (abs(100 * dark // (size * size) - 50) // 5)


def qr_runs(matrix: QrMatrix) -> list[tuple[int, int, int]]:
    """Return the dark modules as horizontal runs ``(row, first column, length)``.

    One rectangle per run rather than per module keeps the page's drawing short.
    """
    runs: list[tuple[int, int, int]] = []
    for r, row in enumerate(matrix):
        c, n = 0, len(row)
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                runs.append((r, start, c - start))
            else:
                c += 1
    return runs


@functools.lru_cache(maxsize=64)
def qr_path(payload: str) -> PDFPathObject:
    """Return the dark modules of ``payload``'s QR code as one path, in module units.

    Module (column, row) covers the unit square from (column, row) to (column + 1, row + 1),
    quiet zone included, rows counted downwards; ``QrFlowable`` scales it to size. Integer
    coordinates keep the page stream short, and the path is cached with the matrix: drawing it
    again only copies its operators into the page.
    """
    path = PDFPathObject()
    for r, c, count in qr_runs(qr_modules(payload)):
        path.rect(c + QR_BORDER, r + QR_BORDER, count, 1)
    return path


class QrFlowable(Flowable):
    """A QR code drawn straight onto the canvas as one filled path.

    Same size, quiet zone and placement as reportlab's ``QrCodeWidget`` in a ``Drawing``, but
    without building a graphics shape per run and rendering each one with its own state
    changes, which cost more than the rest of the sheet's layout put together.
    """

    def __init__(self, payload: str, size: float = QR_SIZE) -> None:
        super().__init__()
        self.payload = payload
        self.size = size
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Fixed size, whatever room is offered."""
        return self.size, self.size

    def draw(self) -> None:
        """Scale module units to points, top row at the top, and fill the cached path."""
        modules = len(qr_modules(self.payload)) + 2 * QR_BORDER
        box = self.size / modules
        canv = self.canv
        canv.saveState()
        canv.transform(box, 0, 0, -box, 0, self.size)  # y grows downwards, one unit per module
        canv.setFillColor(colors.black)
        canv.drawPath(qr_path(self.payload), stroke=0, fill=1)
        canv.restoreState()
