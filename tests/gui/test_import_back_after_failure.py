"""After a failed import, Back returns to the column mapping; fixed there, the import goes through."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt

from ballotdesk.ui.roll.import_dialog import ImportDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_back_after_a_failed_import_returns_to_the_mapping(qtbot, window, service, tmp_path):
    path = tmp_path / "roll.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Membership No.", "First name", "Surname", "Date joined"])
        writer.writerows([["9001", "Ann", "Able", "31/05/2010"], ["9002", "Bob", "Baker", "25/12/2011"]])
    dialog = ImportDialog(window.context, path, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.date_format.setCurrentIndex(dialog.date_format.findData("mdy"))  # the wrong order: no date can be read
    with qtbot.waitSignal(dialog.import_done, timeout=10_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert done.args == ["failed"]
    assert service.member("9001") is None  # nothing was written
    assert dialog.headline.text().startswith("The import failed and nothing was written")
    assert dialog.back_button.isVisible() and dialog.pages.currentIndex() == 1

    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 0 and not dialog.back_button.isVisible()
    assert dialog.import_button.isVisible() and dialog.import_button.isEnabled()
    assert dialog.close_button.text() == "Cancel"
    dialog.date_format.setCurrentIndex(dialog.date_format.findData("dmy"))
    with qtbot.waitSignal(dialog.import_done, timeout=10_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert done.args == ["imported"]
    assert service.member("9001") is not None and service.member("9002") is not None
