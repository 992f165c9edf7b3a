"""Figure: keying preferential papers, each Enter to the next paper (issue 16: < 16 ms, a frame).

The real entry dialog (``ui/pages/ranked_entry.py``) on a 15-candidate ballot, shown offscreen:
each paper's marks are typed into the paper line, then Enter is pressed (QTest); the figure is the
time from Enter until the paper is in the batch, the line is empty and the next paper's number is
painted (events processed). 25-paper batches are saved as a teller would (the save, one change
with its audit event, is timed apart: it happens once a batch, not once a paper). The floor is a
bare QLineEdit whose returnPressed appends a row to a bare model and clears the line.
"""

from __future__ import annotations

import random
import time
from typing import Any

from common import Row, Workspace, create_meeting, median, ms, profile, qapp

CANDIDATES = 15
PAPERS = 200
TARGET_MS = 16.0


def papers(count: int, seed: int = 20261207) -> list[str]:
    """Marks as a teller types them: a handful of preferences, the rest blank."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        ranked = rng.sample(range(CANDIDATES), min(CANDIDATES, 1 + int(rng.expovariate(1 / 4))))
        marks = ["-"] * CANDIDATES
        for preference, candidate in enumerate(ranked, 1):
            marks[candidate] = str(preference)
        out.append(" ".join(marks))
    return out


def bare_entry() -> tuple[Any, Any]:
    """The floor: a line edit whose Enter appends the text to a bare list model and clears the line."""
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

    root = QWidget()
    field, view, model = QLineEdit(), QListView(), QStringListModel()
    view.setModel(model)

    def enter() -> None:
        row = model.rowCount()
        model.insertRows(row, 1)
        model.setData(model.index(row), field.text())
        field.clear()

    field.returnPressed.connect(enter)
    layout = QVBoxLayout(root)
    layout.addWidget(field)
    layout.addWidget(view)
    return root, field


def enters(field: Any, texts: list[str], after: Any = None) -> list[float]:
    """Type each text, then time Enter until the events it caused are processed."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    times = []
    for i, text in enumerate(texts):
        field.setText(text)
        QApplication.processEvents()
        start = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_Return)
        QApplication.processEvents()
        times.append(time.perf_counter() - start)
        if after is not None and (i + 1) % 25 == 0:
            after()
    return times


def run(ws: Workspace) -> list[Row]:
    qapp()
    from PySide6.QtTest import QTest

    from ballotdesk.domain.ballot import BallotSpec, Kind
    from ballotdesk.services import ballots as B
    from ballotdesk.services import ranked as R
    from ballotdesk.ui.ballots.ranked_entry import RankedEntryDialog

    svc = create_meeting(ws.dir / "entry.ballotdesk")
    names = tuple(f"Candidate {c}" for c in range(1, CANDIDATES + 1))
    ballot_id = R.create_ballot(svc, BallotSpec(title="Benchmark", question="", kind=Kind.ELECTION, options=names,
                                                seats=4), "stv", "scottish")
    B.open_ballot(svc, ballot_id)
    B.close_ballot(svc, ballot_id)
    saves: list[float] = []
    dialog = RankedEntryDialog(None, svc, ballot_id, lambda _title, call: call(), lambda _action: None)
    dialog.teller_edit.setText("Ann")
    dialog.resize(700, 600)
    dialog.show()
    QTest.qWaitForWindowExposed(dialog)

    def save() -> None:
        start = time.perf_counter()
        dialog.save_batch()
        saves.append(time.perf_counter() - start)

    texts = papers(PAPERS if not ws.quick else PAPERS // 2)
    try:
        enters(dialog.paper_edit, texts[:10])  # warm-up (not saved: the model is restarted below)
        dialog.model.restart(1)
        app = enters(dialog.paper_edit, texts, save)
        root, field = bare_entry()
        root.show()
        QTest.qWaitForWindowExposed(root)
        floor = enters(field, texts)
        if ws.profile:
            profile("Enter in the entry dialog", lambda: enters(dialog.paper_edit, texts[:50]))
    finally:
        dialog.close()
        svc.close()
    value, worst = ms(median(app)), ms(max(app))
    return [Row(f"Keying a paper, Enter to the next ({CANDIDATES} candidates)", value, ms(median(floor)), "ms",
                f"< {TARGET_MS:g} ms", worst < TARGET_MS,
                f"median of {len(app)} Enters; slowest {worst:.2f} ms (the target is for every Enter); floor: a "
                "bare line edit appending to a list model"),
            Row("  (saving a batch of 25: one change and its audit event)", ms(median(saves)) if saves else None,
                None, "ms", "", None, f"median of {len(saves)} saves")]
