"""Long candidate names on the projector's (and result page's) bars wrap to two lines instead of being cut."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from ballotdesk.ui.widgets.result_bars import ResultBars

NAMES = ["Angharad Llewellyn-Featherstonehaugh", "Bartholomew Oluwaseun Adeyemi-Whitfield", "Cy Jones"]


def test_long_names_wrap_at_word_boundaries_without_losing_letters(qtbot):
    bars = ResultBars()
    qtbot.addWidget(bars)
    big = QFont(bars.font())
    big.setPointSize(22)  # large type, on a 1024-pixel projector
    bars.setFont(big)
    bars.set_rows([(name, 10 - n, None) for n, name in enumerate(NAMES)], highlight=[NAMES[0]])
    bars.resize(1000, 600)
    bars.show()
    qtbot.waitExposed(bars)
    shown = bars.shown_labels()
    assert shown[2] == "Cy Jones"  # a short name stays on one line
    for name, label in zip(NAMES[:2], shown[:2], strict=True):
        assert "…" not in label and "\n" in label
        first, second = label.split("\n")
        assert f"{first} {second}" == name or f"{first}{second}" == name  # every letter, broken between words
    bold = QFont(big)
    bold.setBold(True)
    width = bars._label_width() - 8
    assert all(QFontMetrics(bold).horizontalAdvance(line) <= width for line in shown[0].split("\n"))
    assert bars.sizeHint().height() >= 3 * 2 * QFontMetrics(big).height()  # each row has room for two lines
