"""The projector display on a real second screen: the laptop keeps the controls, the hall gets the display.

pytest-qt's QApplication has the single offscreen screen, and a process has one QApplication, so
this runs the real window in a child process whose offscreen platform is configured with two
screens (a 1366x768 laptop and a 1920x1080 projector to its right), as Qt's own tests do.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.helpers import make_meeting

SCREENS = {
    "synchronousWindowSystemEvents": True,
    "windowFrameMargins": False,
    "screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBpi": 96,
         "dpr": 1},
        {"name": "Projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
         "logicalBpi": 96, "dpr": 1},
    ],
}


def test_projector_goes_full_screen_on_the_second_screen(tmp_path: Path) -> None:
    svc = make_meeting(tmp_path)
    svc.register("1001")
    svc.close()
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    # The same installation (its record key) as wrote the meeting, with folders of its own.
    shutil.copytree(Path(os.environ["BALLOTDESK_DATA_DIR"]) / "record-keys", tmp_path / "data" / "record-keys")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               BALLOTDESK_CONFIG_DIR=str(tmp_path / "config"), BALLOTDESK_DATA_DIR=str(tmp_path / "data"))
    png = tmp_path / "hall.png"
    done = subprocess.run([sys.executable, str(Path(__file__).parent / "two_screens" / "run_projector.py"),
                           str(tmp_path / "m.ballotdesk"), str(png)],
                          capture_output=True, text=True, timeout=120, env=env, cwd=Path(__file__).parents[2])
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["screens"] == ["Laptop", "Projector"]
    assert report["proposed"].startswith("2: Projector")  # the panel proposes the screen that is not the laptop's
    assert report["hall_screen"] == "Projector"
    assert report["hall_geometry"] == [1366, 0, 1920, 1080]
    assert report["hall_full_screen"] is True
    assert report["main_screen"] == "Laptop" and report["control_screen"] == "Laptop"
    assert "Registered: 1" in report["hall_body"]
    # Sized for the projector it went to, not for the small window it was built as (that gave 24 px):
    # body text of 48 px or more on 1080 lines, the headline larger still.
    assert report["body_px"] >= 48
    assert report["headline_px"] > report["body_px"]
    assert png.stat().st_size > 0
