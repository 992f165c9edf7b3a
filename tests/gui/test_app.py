"""Starting the app: the smoke test and the demo meeting (the two slow tests of this folder)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from ballotdesk.domain.roll_csv import read_csv
from ballotdesk.services.demo import AFTER_CUTOFF, BALLOT_TITLE, CUTOFF, MEMBERS, REGISTERED, build_demo, demo_roll
from ballotdesk.services.meeting import MeetingService
from ballotdesk.ui.app import demo_path, run_gui
from ballotdesk.ui.desk.page import DeskPage
from ballotdesk.ui.icon import ICON_SIZES
from ballotdesk.ui.shell.main_window import MainWindow


def test_demo_roll_is_deterministic_and_varied():
    rows = demo_roll()
    assert rows == demo_roll()
    assert len(rows) == MEMBERS == 4625
    after = sum(1 for r in rows if dt.datetime.strptime(r["Date joined"], "%d/%m/%Y").date() > CUTOFF)
    assert abs(after - AFTER_CUTOFF) < 60
    names = " ".join(f"{r['First name']} {r['Surname']}" for r in rows)
    for piece in ("Siân", "Gruffydd", "Llywelyn", "ap Rhys", "O'Brien", "Ní Bhriain", "Seán", "Łukasz Wójcik",
                  "Gül Yıldız", "Şükrü", "Adébáyọ̀", "Ọláolúwa", "Zoë"):
        assert piece in names
    assert any("-" in r["Surname"] for r in rows)
    assert len({r["Membership No."] for r in rows}) == MEMBERS
    assert {r["Status"] for r in rows} >= {"Current", "Lapsed"}


def test_smoke_test_builds_the_demo_and_exits_zero(qapp):
    assert run_gui(["--smoke-test"]) == 0
    # Every window carries BallotDesk's icon, drawn at each size shipped (sharp on a 200% screen too).
    sizes = {(s.width(), s.height()) for s in qapp.windowIcon().availableSizes()}
    assert sizes == {(n, n) for n in ICON_SIZES}
    assert qapp.windowIcon().pixmap(256, 256).width() == 256
    service = MeetingService.open(demo_path())
    try:
        figures = service.figures()
        assert figures.on_roll == 4625
        assert figures.guests == 1 and figures.registered == REGISTERED + 2  # members, a guest, a provisional
        assert figures.quorate
        assert [a.kind for a in service.attendees()].count("provisional") == 1
        assert str(service.quorum()) == "5%"
        assert service.rules().voting_statuses == frozenset({"Current"})
        assert [b["name"] for b in service.store.boxes()] == ["Main hall", "Overflow (outside)"]
        (ballot,) = service.store.ballots()
        assert (ballot["title"], ballot["status"], ballot["elected_word"]) == (BALLOT_TITLE, "open", "nominated")
        assert len(service.store.papers(ballot["id"])) > 20
        assert service.store.events(None)[-1]["action"] == "meeting.create"
        assert any(e["action"] == "roll.import" for e in service.store.events(None))
    finally:
        service.close()


def test_demo_desk_issues_a_paper(qtbot, tmp_path):
    path = tmp_path / "demo.ballotdesk"
    build_demo(path).close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.dialogs.steward_name = lambda: "Steward"  # the desk asks who is at it when first used
    window.show()
    assert window.open_path(path)
    window.show_page(DeskPage)
    desk = window.page(DeskPage)
    qtbot.keyClicks(desk.search, "zoe obrien")
    assert desk.model.hit(0).number == "10234"
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert desk.status.text().splitlines() == [
        "REGISTERED — MAY VOTE: Zoë O'Brien (10234) — joined 3 Feb 2015, on or before the cut-off of 12 Jan 2016",
        "Ballot paper: Nomination for parliamentary candidate — box Main hall",
    ]
    assert desk.figures.text().startswith(f"Registered: {REGISTERED + 3} ")
    window.close()


def test_demo_csv_reads_back(tmp_path):
    from ballotdesk.services.demo import write_roll_csv

    path = tmp_path / "roll.csv"
    write_roll_csv(path, demo_roll()[:5])
    table = read_csv(path)
    assert table.encoding == "utf-8-sig" and table.headers[0] == "Membership No."
