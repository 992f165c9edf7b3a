"""The hosted pages as files: served from the package, nothing from the internet, Welsh as the desk's.

The browser tests (tests/browser/) drive the pages; these read them, in milliseconds, for what a
browser cannot show: a script fetched from a CDN works in the office and fails in a hall with no
internet, and a Welsh sentence that differs from the Qt desk's tells two stories.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ballotdesk.res import resource

ROOT = Path(__file__).resolve().parents[2]
WEB = resource("web")
PAGES = ("index.html", "desk.html", "teller.html")


def _text(name: str) -> str:
    return WEB.joinpath(name).read_text(encoding="utf-8")


def _welsh_table() -> dict[str, str]:
    """The CY table of app.js: "English": "Cymraeg" pairs (each on one line or split after the colon)."""
    source = _text("app.js")
    table = source[source.index("const CY = {"):source.index("\n  };", source.index("const CY = {"))]
    pairs = re.findall(r'^\s*("(?:[^"\\]|\\.)*"):\s*\n?\s*("(?:[^"\\]|\\.)*"),', table, flags=re.MULTILINE)
    return {eval(k): eval(v) for k, v in pairs}  # JSON-compatible string literals


def _ts() -> dict[str, set[str]]:
    """Every source sentence of the Welsh .ts with its translations (one sentence may be in several contexts)."""
    found: dict[str, set[str]] = {}
    root = ET.parse(ROOT / "resources" / "translations" / "ballotdesk_cy.ts").getroot()
    for message in root.iter("message"):
        source, translation = message.findtext("source") or "", message.findtext("translation") or ""
        if translation:
            found.setdefault(source, set()).add(translation)
    return found


@pytest.mark.parametrize("page", PAGES)
def test_every_script_and_stylesheet_comes_from_the_host_itself(page: str) -> None:
    html = _text(page)
    linked = re.findall(r'(?:src|href)="([^"]*)"', html)
    assert linked, page
    outside = [url for url in linked if not (url.startswith("/") and not url.startswith("//")) and url != "data:,"]
    assert outside == [], f"{page} loads {outside}: the hall has no internet"
    for url in linked:
        if url.startswith("/") and not url.startswith("//"):
            assert WEB.joinpath(url.lstrip("/")).is_file(), f"{page} links {url}, which is not in resources/web"


def test_no_script_reaches_for_the_internet() -> None:
    for name in ("app.js", "desk.js", "teller.js", "join.js", "app.css"):
        text = _text(name)
        assert not re.search(r"https?://|//cdn|@import", text), name


def test_welsh_sentences_shared_with_the_qt_desk_are_worded_as_there() -> None:
    welsh, ts = _welsh_table(), _ts()
    assert len(welsh) > 80  # the table was read, not silently empty
    shared = {source: text for source, text in welsh.items() if source in ts}
    assert len(shared) >= 40
    differ = {source: (text, ts[source]) for source, text in shared.items() if text not in ts[source]}
    assert differ == {}


@pytest.mark.parametrize("page", PAGES)
def test_every_marked_word_on_a_page_has_its_welsh(page: str) -> None:
    welsh = _welsh_table()
    html = _text(page)
    marked = re.findall(r"<(\w+)[^>]*\sdata-t(?:\s|>)[^>]*>([^<]*)<", html)
    marked += [(tag, text) for tag, text in re.findall(r"<(\w+)[^>]*\sdata-t>([^<]*)<", html)]
    labels = re.findall(r'data-t-(?:label|placeholder)="([^"]*)"', html)
    words = {text.strip() for _tag, text in marked if text.strip()} | set(labels)
    assert words, page
    missing = sorted(w for w in words if w not in welsh)
    assert missing == [], f"{page}: no Welsh for {missing}"


def test_every_sentence_the_scripts_say_has_its_welsh() -> None:
    welsh = _welsh_table()
    said: set[str] = set()
    for name in ("app.js", "desk.js", "teller.js", "join.js"):
        said |= {eval(s) for s in re.findall(r'\bt\(\s*("(?:[^"\\]|\\.)*")', _text(name))}
    missing = sorted(s for s in said if s not in welsh)
    assert missing == []
