"""Help › User Guide: the guide opens in the interface language, with its screenshots, offline."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from ballotdesk.res import resource
from ballotdesk.ui import i18n
from ballotdesk.ui.shell.guide import GuideDialog, guide_file

SECTIONS = {"en": ("For the chair", "For the tellers", "For the secretary"),
            "cy": ("I'r cadeirydd", "I'r rhifwyr", "I'r ysgrifennydd")}


@pytest.fixture
def welsh(qapp: QApplication):
    i18n.install_language(qapp, "cy")
    yield
    i18n.install_language(qapp, "en")


def _images(code: str) -> list[str]:
    return re.findall(r'<img src="([^"]+)"', resource("guide", f"guide_{code}.html").read_text(encoding="utf-8"))


def test_guide_opens_in_english(qtbot) -> None:
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert all(section in text for section in SECTIONS["en"])
    assert dialog.windowTitle() == "BallotDesk User Guide"
    assert dialog.accessibleName() and dialog.browser.accessibleName()


def test_guide_follows_the_interface_language(qtbot, welsh) -> None:
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    assert dialog.language == "cy"
    assert all(section in dialog.browser.toPlainText() for section in SECTIONS["cy"])
    assert dialog.windowTitle() == "Canllaw Defnyddwyr BallotDesk"


@pytest.mark.parametrize("code", ["en", "cy"])
def test_every_screenshot_exists_loads_and_is_small(qtbot, code: str) -> None:
    dialog = GuideDialog(language=code)
    qtbot.addWidget(dialog)
    images = _images(code)
    assert len(images) >= 7
    for src in images:
        assert f"images/{code}/" in src
        file = resource("guide", *src.split("/"))
        assert file.is_file(), src
        assert len(file.read_bytes()) < 160_000, src
        loaded = dialog.browser.document().resource(QTextDocument.ResourceType.ImageResource,
                                                   dialog.browser.source().resolved(src))
        assert loaded is not None and not loaded.isNull(), src


def test_sections_have_the_same_anchors_in_both_languages() -> None:
    anchors = {code: re.findall(r'id="([^"]+)"', resource("guide", f"guide_{code}.html").read_text(encoding="utf-8"))
               for code in ("en", "cy")}
    assert anchors["en"] == anchors["cy"] == ["chair", "tellers", "secretary"]


def test_unknown_language_falls_back_to_english() -> None:
    assert guide_file("fr") == "guide_en.html"
    assert guide_file("cy") == "guide_cy.html"
