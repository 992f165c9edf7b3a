"""Run by test_projector_screens.py in its own process, with Qt's offscreen platform set up with two screens.

It opens the main window on a meeting (laptop screen), opens View › Projector Display, leaves the
screen the control panel proposes, shows the arrivals, and prints one JSON line of what landed where.
A PNG of the hall display is saved beside the meeting, to look at.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ballotdesk.services.display import Mode
from ballotdesk.ui.actions import ActionName
from ballotdesk.ui.shell.main_window import MainWindow


def main() -> int:
    """Open, project, report."""
    app = QApplication(sys.argv[:1])
    meeting, png = Path(sys.argv[1]), Path(sys.argv[2])
    window = MainWindow()
    window.open_path(meeting)
    window.show()
    window.action(ActionName.PROJECTOR).trigger()
    control = window.projector
    assert control is not None
    control.mode_combo.setCurrentIndex(control.mode_combo.findData(Mode.ARRIVALS))
    proposed = control.screen_combo.currentText()
    control.show_button.click()
    for _ in range(10):
        app.processEvents()
    hall = control.window_
    assert hall is not None
    hall.grab().save(str(png))
    geometry = hall.geometry()
    print(json.dumps({
        "screens": [s.name() for s in app.screens()],
        "proposed": proposed,
        "hall_screen": hall.screen().name(),
        "hall_geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
        "hall_full_screen": hall.isFullScreen(),
        "hall_headline": hall.headline.text(),
        "hall_body": hall.body.text(),
        "headline_px": hall.headline.fontInfo().pixelSize(),
        "body_px": hall.body.fontInfo().pixelSize(),
        "main_screen": window.screen().name(),
        "control_screen": control.screen().name(),
    }), flush=True)
    control.close_display()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
