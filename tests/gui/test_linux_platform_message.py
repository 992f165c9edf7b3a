"""On Linux, when Qt cannot load its platform plugin, BallotDesk names the missing packages in words."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from ballotdesk.ui.platform_check import XCB_LIBRARIES, explanation, missing_packages


def test_missing_libraries_are_named_by_their_package():
    absent = {"libxcb-cursor.so.0", "libxcb-icccm.so.4"}

    def load(name: str) -> object:
        if name in absent:
            raise OSError(f"{name}: cannot open shared object file")
        return object()

    assert missing_packages(load) == ["libxcb-cursor0", "libxcb-icccm4"]
    words = explanation('Could not load the Qt platform plugin "xcb" in "" even though it was found.',
                        ["libxcb-cursor0", "libxcb-icccm4"], ":0")
    assert words.startswith("BallotDesk cannot open its window: the X11 libraries Qt needs are missing "
                            "(libxcb-cursor0, libxcb-icccm4).")
    assert "    sudo apt install libxcb-cursor0 libxcb-icccm4\n" in words
    assert 'Qt said: Could not load the Qt platform plugin "xcb"' in words


def test_without_a_display_the_words_say_so():
    words = explanation("could not connect to display", [], None) if not os.environ.get("WAYLAND_DISPLAY") else ""
    assert not words or "there is no graphical display here (DISPLAY is not set)" in words


def test_every_library_has_a_package():
    assert all(package for package in XCB_LIBRARIES.values())
    assert "libxcb-cursor0" in XCB_LIBRARIES.values()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the X11 platform plugin is Linux's")
def test_starting_without_a_usable_x_display_exits_with_words_not_a_crash(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":987", "BALLOTDESK_DATA_DIR": str(tmp_path / "d"),
           "BALLOTDESK_CONFIG_DIR": str(tmp_path / "c")}
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run([sys.executable, "-m", "ballotdesk"], capture_output=True, text=True, env=env, timeout=60,
                          check=False)
    assert done.returncode == 1  # not Qt's abort (-6)
    assert "BallotDesk cannot open its window" in done.stderr
    missing = missing_packages()
    if missing:
        assert f"sudo apt install {' '.join(missing)}" in done.stderr


def test_the_readme_lists_every_package_the_app_may_ask_for():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    install = readme.split("sudo apt install", 1)[1].split("\n\n", 1)[0]
    assert set(XCB_LIBRARIES.values()) <= set(install.replace("\\", " ").split())
