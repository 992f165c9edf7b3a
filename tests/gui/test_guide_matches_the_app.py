"""The User Guide against the app as it is: every menu path, label and key it names must exist.

The guide is hand-written HTML; the app's texts come from actions, pages and dialogs (and the
Welsh translation). These tests build the real window in each language, collect what a user
can see and press, and check every bold term (``<b>…</b>``), every "Menu › Item" path and every
key chord the guide names against it, so a renamed button or a changed shortcut fails here
instead of misleading a chair in the hall.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QMenu, QWidget

from ballotdesk.res import resource
from ballotdesk.ui import i18n
from ballotdesk.ui.backups.dialog import BackupsDialog
from ballotdesk.ui.host.window import HostWindow
from ballotdesk.ui.projector.control import ProjectorControl
from ballotdesk.ui.roll.import_dialog import ImportDialog
from ballotdesk.ui.shell.guide import GuideDialog
from ballotdesk.ui.shell.main_window import MainWindow
from tests.gui.conftest import discard_unsaved, guard_dialogs

LANGUAGES = ("en", "cy")

# Texts the app shows only in some states (a count whose entries differ), by their source and context:
# the part before the first placeholder is what the guide may name.
DYNAMIC = (("Models", "Definitive"), ("Models", "Entries differ ({0}): chair to resolve"),
           ("CountPage", "Accept entry by {0}…"))

# Welsh mutates a noun after some words ("y Ddesg gofrestru", "yn Derfynol"): the form the guide uses, and the app's.
MUTATIONS = {"Ddesg gofrestru": "Desg gofrestru", "Derfynol": "Terfynol"}

# Bold words that introduce rather than name something in the app.
NOT_UI = {"Contents:", "Cynnwys:"}

CHORD = re.compile(r"\b(?:(?:Ctrl|Shift|Alt)\+)+(?:F\d{1,2}|[A-Za-z0-9])\b|\bF\d{1,2}\b")


def _guide(code: str) -> str:
    return resource("guide", f"guide_{code}.html").read_text(encoding="utf-8")


def _plain(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def _norm(text: str) -> str:
    """A widget's text as a user reads it: no mnemonic ampersand, no "  (Ctrl+I)" suffix, no trailing colon."""
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    text = re.sub(r"\s+\([^)]*\)$", "", text.strip()) if "  (" in text else text
    return " ".join(text.split()).rstrip(":").strip()


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text)
    return f"Alt+{found.group(1).upper()}" if found else None


@pytest.fixture(params=LANGUAGES)
def ui(request: pytest.FixtureRequest, qtbot, qapp: QApplication, meeting_path: Path,
       tmp_path: Path) -> Iterator[tuple[str, MainWindow, list[QWidget]]]:
    """The main window (every page built) and the dialogs the guide describes, in one language."""
    code = request.param
    i18n.install_language(qapp, code)
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=discard_unsaved)
    guard_dialogs(window)
    assert window.open_path(meeting_path)
    window.pages  # noqa: B018 - builds every page
    roll = tmp_path / "roll.csv"
    roll.write_text("Membership number,First name,Surname\n1,Ann,Jones\n", encoding="utf-8")
    dialogs: list[QWidget] = [BackupsDialog(window.backups, window.dialogs, window),
                              ProjectorControl(window.context, window), ImportDialog(window.context, roll, window),
                              HostWindow(window.context, window.dialogs, window)]
    try:
        yield code, window, dialogs
    finally:
        for dialog in dialogs:
            dialog.deleteLater()
        window.close()
        i18n.install_language(qapp, "en")


def _texts(window: MainWindow, dialogs: list[QWidget]) -> set[str]:
    texts = {_norm(window.tabs.tabText(i)) for i in range(window.tabs.count())}
    for root in [*window.pages, *dialogs]:
        texts |= {_norm(b.text()) for b in root.findChildren(QAbstractButton)}
        texts |= {_norm(g.title()) for g in root.findChildren(QGroupBox)}
        texts |= {_norm(label.text()) for label in root.findChildren(QLabel)}
    for context, source in DYNAMIC:
        texts.add(_norm(QCoreApplication.translate(context, source).split("{")[0].rstrip(" (")))
    return texts


def _menu_paths(window: MainWindow) -> set[str]:
    paths: set[str] = set()

    def walk(menu: QMenu, prefix: str) -> None:
        here = f"{prefix}{_norm(menu.title())}"
        for action in menu.actions():
            if action.menu() is not None:
                paths.add(f"{here} › {_norm(action.menu().title())}")
                walk(action.menu(), f"{here} › ")
            elif not action.isSeparator():
                paths.add(f"{here} › {_norm(action.text())}")

    for menu in window.menus.values():
        walk(menu, "")
    return paths


def _chords(window: MainWindow, dialogs: list[QWidget]) -> set[str]:
    """Every key chord the app answers: action and page shortcuts, page shortcuts, Alt+letter mnemonics."""
    portable = QKeySequence.SequenceFormat.PortableText
    chords = {a.shortcut().toString(portable) for a in [*window.action_map.values(), *window.page_actions]}
    for root in [*window.pages, *dialogs]:
        chords |= {s.key().toString(portable) for s in root.findChildren(QShortcut)}
        chords |= {_mnemonic(b.text()) for b in root.findChildren(QAbstractButton)} - {None}  # type: ignore[operator]
        chords |= {_mnemonic(label.text()) for label in root.findChildren(QLabel) if label.buddy() is not None} \
            - {None}  # type: ignore[operator]
    return chords - {""}


def _bold_terms(code: str) -> list[str]:
    terms = [_plain(b) for b in re.findall(r"<b>(.*?)</b>", _guide(code), flags=re.DOTALL)]
    return [MUTATIONS.get(t, t) for t in terms if t not in NOT_UI]


def test_every_menu_path_in_the_guide_is_in_the_menus(ui) -> None:
    code, window, _dialogs = ui
    paths = _menu_paths(window)
    named = [_norm(t) for t in _bold_terms(code) if "›" in t]
    assert len(named) >= 4
    missing = [t for t in named if t not in paths]
    assert not missing, f"{code}: not in the menus: {missing}; the menus have {sorted(paths)}"


def test_every_button_label_and_page_the_guide_names_exists(ui) -> None:
    code, window, dialogs = ui
    texts = _texts(window, dialogs)
    named = [_norm(t) for t in _bold_terms(code) if "›" not in t]
    missing = [t for t in named if t not in texts]
    assert not missing, f"{code}: the guide names what the app does not show: {missing}"


def test_every_key_the_guide_names_is_answered_by_the_app(ui) -> None:
    code, window, dialogs = ui
    named = set(CHORD.findall(_plain(_guide(code))))
    assert {"F1", "F2", "F5", "Ctrl+Z", "Ctrl+B"} <= named, named
    assert not named - _chords(window, dialogs), f"{code}: keys the app does not answer: {named - _chords(window, dialogs)}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_guide_covers_the_recent_changes(code: str) -> None:
    """Each recent behaviour is described, in words the app uses (checked above)."""
    text = _plain(_guide(code))
    ui_words = {
        "en": ["Discard changes", "Check these", '"a17"', "Esc on the display", "Alt+A", "At the desk:",
               "Set chair PIN…", "Choose folder…", "Back up now", "Restore from a backup…"],
        "cy": ["Hepgor y newidiadau", "Gwiriwch y rhain", '"a17"', "Esc ar yr arddangosfa", "Alt+D", "Wrth y ddesg:",
               "Gosod PIN y cadeirydd…", "Dewis ffolder…", "Gwneud copi wrth gefn nawr", "Adfer o gopi wrth gefn…"],
    }[code]
    missing = [w for w in ui_words if w not in text]
    assert not missing, missing


def test_the_welsh_guide_names_the_same_keys_and_topics_as_the_english() -> None:
    def shape(code: str) -> tuple[int, set[str]]:
        text = _guide(code)
        chords = {c for c in CHORD.findall(_plain(text)) if not re.fullmatch(r"Alt\+[A-Z]", c)}  # mnemonics differ
        return len(re.findall(r"<h3>", text)), chords

    assert shape("cy") == shape("en")


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_link_in_the_guide_leads_somewhere_inside_it(qtbot, code: str) -> None:
    text = _guide(code)
    anchors = set(re.findall(r'id="([^"]+)"', text))
    links = re.findall(r'href="([^"]+)"', text)
    assert links and all(link.startswith("#") and link[1:] in anchors for link in links), links
    dialog = GuideDialog(language=code)
    qtbot.addWidget(dialog)
    dialog.resize(1024, 700)
    dialog.show()
    bar = dialog.browser.verticalScrollBar()
    places = []
    for anchor in ("chair", "tellers", "secretary"):
        bar.setValue(0)
        dialog.browser.scrollToAnchor(anchor)
        places.append(bar.value())
    assert places == sorted(places) and len(set(places)) == 3, places
