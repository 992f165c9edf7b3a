"""With six or more boxes, the votes table turns the box names rather than breaking them mid-word."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess

import pytest

from ballotdesk.reports.base import BaseDocument, TurnedHeader
from ballotdesk.reports.model import BoxLine, sample_result_sheet
from ballotdesk.reports.result_sheet import _votes_table, build_result_sheet

NAMES = ["Main hall", "Overflow (outside)", "Upstairs gallery", "Committee room", "Church porch", "Vestry annexe",
         "Youth centre"]


def with_boxes(names: list[str]):
    data = sample_result_sheet()
    votes = data.boxes[0].votes
    boxes = tuple(BoxLine(n, 10, 10, 0, 0, "", 0, 0, 10, tuple(votes)) for n in names)
    return dataclasses.replace(data, boxes=boxes)


def header_cells(names: list[str]) -> list[object]:
    table = next(f for f in _votes_table(with_boxes(names), BaseDocument("A4"))
                 if hasattr(f, "_cellvalues"))
    return table._cellvalues[0][1:1 + len(names)]


def test_many_boxes_turn_their_names_whole():
    cells = header_cells(NAMES)
    assert all(isinstance(c, TurnedHeader) for c in cells)
    assert [" ".join(c.lines) for c in cells] == NAMES  # every word whole, none broken


def test_two_boxes_stay_level():
    cells = header_cells(NAMES[:2])
    assert not any(isinstance(c, TurnedHeader) for c in cells)


def test_a_long_turned_name_breaks_between_words():
    header = TurnedHeader("Overflow marquee on the lower car park")
    assert len(header.lines) == 2 and " ".join(header.lines) == "Overflow marquee on the lower car park"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_printed_sheet_has_each_box_word_whole():
    pdf = build_result_sheet(with_boxes(NAMES), cert_fingerprint="ab" * 32)
    text = subprocess.run(["pdftotext", "-raw", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    words = text.split()
    for word in ("Committee", "Upstairs", "gallery", "Vestry", "annexe", "Overflow"):
        assert words.count(word) >= 2, word  # in the tellers' report and, whole, over its column
    assert "mitt" not in words and "oom" not in words
