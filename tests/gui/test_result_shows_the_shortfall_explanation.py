"""The ballot pages as the chair uses them: a shortfall explained on the Count page shows on the Result."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ballotdesk.domain.count import CountFigures
from ballotdesk.ui.count.page import CountPage
from ballotdesk.ui.result.page import ResultPage

OVERFLOW = "Overflow (outside)"


pytestmark = pytest.mark.hall(  # 5 papers in the Main hall, 3 outside of which 2 come back; one teller
    8, four_eyes=False, main_hall=5,
    counts={"Main hall": CountFigures(5, (4, 1)), "Overflow (outside)": CountFigures(2, (1, 1))})

def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_the_chairs_shortfall_explanation_is_shown_on_the_result(qtbot, window, scripted, errors):
    window.show_page(ResultPage)
    result = window.page(ResultPage)
    assert "Papers not returned from Overflow (outside): <b>1</b>; the chair's explanation: no explanation " \
           "recorded yet" in result.summary.text()

    window.show_page(CountPage)
    count = window.page(CountPage)
    count.select_box(OVERFLOW)
    scripted.answers.append("a member left <early> with their paper")
    click(qtbot, count.explain_button)
    assert errors == []

    window.show_page(ResultPage)
    text = result.summary.text()
    assert "Papers not returned from Overflow (outside): <b>1</b>; the chair's explanation: a member left " \
           "&lt;early&gt; with their paper" in text
    assert "Main hall" not in text  # a balanced box has nothing to explain
