"""The roll import as the chair meets it an hour before the meeting: files that import nothing,
dates in the other order, and a summary with thousands of skipped rows to send back to the office.

The real dialog is driven with the mouse and keyboard; only the file chooser for "Save list" is
replaced (as every test replaces the dialogs it would otherwise block on).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ballotdesk.ui.roll.import_dialog import ImportDialog

HEADER = ["Membership No.", "First name", "Surname", "Ward", "Postcode", "Date joined", "Status"]


def open_dialog(qtbot, context, path: Path) -> ImportDialog:
    dialog = ImportDialog(context, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def write_rows(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def choose_date_format(qtbot, dialog: ImportDialog, label_start: str) -> None:
    """Pick a date order in the combo with the keyboard, as a chair tabbing through would."""
    combo = dialog.date_format
    combo.setFocus()
    target = next(i for i in range(combo.count()) if combo.itemText(i).startswith(label_start))
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def preview_column(dialog: ImportDialog, column: int) -> list[str]:
    return [dialog.preview.item(row, column).text() for row in range(dialog.preview.rowCount())]


# -- a file with nobody in it --------------------------------------------------------------------


def test_a_file_with_only_a_header_is_refused_in_words_before_importing(qtbot, context, data_dir):
    before = context.service.store.audit_head()
    dialog = open_dialog(qtbot, context, data_dir / "csv" / "header_only.csv")
    assert not dialog.import_button.isEnabled()  # not "Import", then "The import failed"
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == "header_only.csv has only a header row: there are no members in it to import."
    assert dialog.preview.parentWidget().title() == "Preview: no rows under the header"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter does not start an import either
    assert dialog._thread is None and dialog.outcome == ""
    assert context.service.store.audit_head() == before


# -- dates in another order ------------------------------------------------------------------------


def test_the_preview_shows_each_date_as_it_will_be_read_and_follows_the_format(qtbot, context, data_dir):
    dialog = open_dialog(qtbot, context, data_dir / "csv" / "us_mdy.csv")
    assert dialog.mapping()["join_date"] == 4
    assert preview_column(dialog, 4) == ["02/03/16 → 2 Mar 2016", "12/31/1969 → unreadable",
                                         "01/01/70 → 1 Jan 1970"]
    assert dialog.preview.item(1, 4).toolTip() == ('12/31/1969 cannot be read as "Day first (31/12/2024)": '
                                                   "this row will be skipped.")

    choose_date_format(qtbot, dialog, "Month first")
    assert dialog.date_format.currentData() == "mdy"
    assert preview_column(dialog, 4) == ["02/03/16 → 3 Feb 2016", "12/31/1969 → 31 Dec 1969",
                                         "01/01/70 → 1 Jan 1970"]

    dialog.set_field(4, "")  # no longer the join date: shown as written
    assert preview_column(dialog, 4) == ["02/03/16", "12/31/1969", "01/01/70"]
    assert dialog.preview.item(1, 4).toolTip() == "12/31/1969"


def test_a_file_whose_every_date_is_unreadable_says_so_before_the_import(qtbot, context, tmp_path):
    path = write_rows(tmp_path / "american.csv", [[str(900 + i), "Ann", "Able", "Elli", "SA15 1AA",
                                                   f"12/{20 + i}/2015", "Current"] for i in range(5)])
    dialog = open_dialog(qtbot, context, path)
    note = dialog.date_note
    assert note.isVisible()
    assert note.text() == ("No join date shown above can be read as \"Day first (31/12/2024)\": "
                           "choose how the dates are written, or these rows will be skipped.")
    assert dialog.import_button.isEnabled()  # a warning, not a refusal: the chair decides

    choose_date_format(qtbot, dialog, "Month first")
    assert not note.isVisible()
    with qtbot.waitSignal(dialog.import_done, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["imported"] and dialog.summary is not None and dialog.summary.imported == 5


# -- a long list of skipped rows ---------------------------------------------------------------------


@pytest.fixture
def many_bad(tmp_path) -> Path:
    """One good member, then 10,000 rows without a membership number."""
    rows = [["700", "Ann", "Able", "Elli", "SA15 1AA", "01/02/2015", "Current"]]
    rows += [["", f"First{i}", "Nobody", "Elli", "SA15 1AA", "01/02/2015", "Current"] for i in range(10_000)]
    return write_rows(tmp_path / "many_bad.csv", rows)


def test_a_long_skipped_list_can_be_copied_and_saved_whole(qtbot, context, many_bad, tmp_path):
    dialog = open_dialog(qtbot, context, many_bad)
    with qtbot.waitSignal(dialog.import_done, timeout=30000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.skipped.count() == 10_000
    expected = [f"Line {line}: missing membership number" for line in range(3, 10_003)]

    assert dialog.copy_skipped_button.isVisible()
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_skipped_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text().splitlines() == expected

    target = tmp_path / "skipped.txt"
    asked = []
    dialog.ask_save_path = lambda suggested: asked.append(suggested) or target
    qtbot.mouseClick(dialog.save_skipped_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].name == "many_bad - skipped rows.txt"
    assert target.read_text(encoding="utf-8").splitlines() == expected


def test_with_nothing_skipped_there_is_no_empty_list_to_puzzle_over(qtbot, context, tmp_path):
    path = write_rows(tmp_path / "clean.csv", [["701", "Ann", "Able", "Elli", "SA15 1AA", "01/02/2015", "Current"]])
    dialog = open_dialog(qtbot, context, path)
    with qtbot.waitSignal(dialog.import_done, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "Rows skipped: 0" in dialog.figures.text()
    assert not dialog.skipped_box.isVisible()
    assert not dialog.copy_skipped_button.isVisible() and not dialog.save_skipped_button.isVisible()


# -- quitting while the roll is being written -------------------------------------------------------


def test_closing_the_window_mid_import_cancels_the_import_and_keeps_the_meeting_open(qtbot, window, monkeypatch,
                                                                                     tmp_path):
    """A logout or quit arriving mid-import must not close the meeting's connection under the worker."""
    import threading

    from ballotdesk.services.meeting import MeetingService
    from ballotdesk.services.roll_import import ImportCancelled

    path = write_rows(tmp_path / "roll.csv", [["9001", "Ann", "Able", "North", "SA1 1AA", "01/05/2010", "Current"]])
    writing = threading.Event()

    def slow_import(self, csv_path, mapping=None, date_format="dmy", progress=None, table=None):
        while True:  # a long import: it stops only when asked to through its progress callback
            writing.set()
            if progress is not None and not progress(1, 10):
                raise ImportCancelled
            threading.Event().wait(0.01)

    monkeypatch.setattr(MeetingService, "import_roll", slow_import)
    dialog = ImportDialog(window.context, path, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: writing.is_set() and dialog.importing)
    window.close()
    assert window.isVisible() and window.context.service is not None  # the connection stays open
    qtbot.waitUntil(lambda: not dialog.importing, timeout=10_000)  # the import was cancelled and rolled back
    window.close()
    assert not window.isVisible()


# -- reading a large export without freezing the window --------------------------------------------


def test_a_large_export_is_read_on_a_worker_while_the_window_keeps_answering(qtbot, window, monkeypatch, tmp_path):
    import hashlib
    import threading

    from PySide6.QtCore import QTimer

    from ballotdesk.ui.roll import import_worker

    rows = [[str(20000 + i), "Ann", f"Able{i}", "North", "SA1 1AA", "01/05/2010", "Current"] for i in range(25_000)]
    path = write_rows(tmp_path / "big.csv", rows)
    assert path.stat().st_size > import_worker.READ_ON_A_THREAD_BYTES
    answered = threading.Event()
    readers: list[threading.Thread] = []
    real_read = import_worker.read_csv

    def read_while_the_window_answers(p):
        readers.append(threading.current_thread())
        # On the GUI thread this wait could never end: the timer below would not run until it did.
        assert answered.wait(10), "the window did not answer while the file was read"
        return real_read(p)

    monkeypatch.setattr(import_worker, "read_csv", read_while_the_window_answers)
    QTimer.singleShot(0, answered.set)
    table = import_worker.read_table(window, path)
    assert readers and readers[0] is not threading.main_thread()
    assert len(table.headers) == 7 and table.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_large_file_that_is_no_export_is_refused_in_read_csvs_words(qtbot, window, tmp_path):
    from ballotdesk.domain.roll_csv import CsvReadError
    from ballotdesk.ui.roll import import_worker

    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 5000)
    with pytest.raises(CsvReadError, match=r"photo\.csv"):
        import_worker.read_table(window, path)


def test_the_import_takes_the_file_as_previewed_even_if_it_changed_on_disk(qtbot, window, tmp_path):
    import hashlib

    path = write_rows(tmp_path / "roll.csv", [["9001", "Ann", "Able", "North", "SA1 1AA", "01/05/2010", "Current"]])
    previewed = path.read_bytes()
    dialog = ImportDialog(window.context, path, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    write_rows(path, [["9002", "Ben", "Baker", "South", "SA2 2BB", "01/05/2011", "Current"]])  # the office re-exports
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome == "imported", timeout=10_000)
    service = window.context.service
    assert service.member("9001") is not None and service.member("9002") is None  # what the chair saw
    event = service.store.events(1)[0]
    assert event["action"] == "roll.import"
    import json
    assert json.loads(event["details"])["sha256"] == hashlib.sha256(previewed).hexdigest()
