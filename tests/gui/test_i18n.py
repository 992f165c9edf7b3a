"""The Welsh interface: every text translated, the catalogue complete, and nothing left unmarked.

Three nets, each catching what the others miss:

* built in Welsh, every page and dialog shows no English text that it shows in English (so a
  string that was marked but never translated, or never marked, is caught where people see it);
* the ``.ts`` catalogue has no unfinished or empty message (so ``lupdate`` after a change fails
  the suite until someone translates the new strings);
* the sources pass no bare string literal to a text setter (so new code marks its strings even
  before anyone builds the widget in a test).
"""

from __future__ import annotations

import ast
import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from ballotdesk.domain.ballot import BASE_LABELS, RULE_LABELS, STATUS_LABELS, BallotSpec, Kind, Rule
from ballotdesk.domain.count import ABSTAIN_LABEL, PAPERS_LABEL, REJECTED_LABEL, CountFigures
from ballotdesk.res import resource
from ballotdesk.services.display import MODE_LABELS
from ballotdesk.services.meeting import MeetingService
from ballotdesk.ui import i18n
from ballotdesk.ui.actions import ActionName
from ballotdesk.ui.backups.dialog import BackupsDialog
from ballotdesk.ui.backups.keeper import BackupKeeper
from ballotdesk.ui.ballots.ballot_dialog import BallotDialog
from ballotdesk.ui.ballots.issue_dialog import IssueDialog
from ballotdesk.ui.ballots.page import BallotsPage
from ballotdesk.ui.ballots.papers_dialog import PapersDialog
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.desk.page import DeskPage
from ballotdesk.ui.desk.person_dialog import PersonDialog
from ballotdesk.ui.dialogs import NewMeetingDialog
from ballotdesk.ui.documents.integrity import Finding, VerificationDialog
from ballotdesk.ui.documents.print_preview import PrintPreviewDialog
from ballotdesk.ui.domain_text import LISTED
from ballotdesk.ui.meeting.page import MeetingPage
from ballotdesk.ui.meeting.pin_dialog import ChangePinDialog
from ballotdesk.ui.pages import Page, page_classes
from ballotdesk.ui.projector.control import MODE_WORDS, ProjectorControl
from ballotdesk.ui.result.amend_dialog import AmendDialog
from ballotdesk.ui.result.page import ResultPage
from ballotdesk.ui.roll.member_dialog import MemberDialog
from ballotdesk.ui.shell.guide import GuideDialog
from ballotdesk.ui.shell.language import LanguageMenu
from ballotdesk.ui.shell.main_window import MainWindow
from ballotdesk.ui.widgets.count_form import CountForm

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ballotdesk" / "ui"
TS = ROOT / "resources" / "translations" / "ballotdesk_cy.ts"

ALLOWED_SAME = {
    "BallotDesk",  # the app's name
    "Ward", "Problem", "PDF",  # the same word in Welsh
    "Cymraeg", "English",  # each language is offered in its own name
    "A4", "Letter",  # paper sizes, named as printers name them
}
"""Texts that are rightly identical in English and Welsh."""



# -- helpers ---------------------------------------------------------------------------------------------------


@pytest.fixture
def language(qapp: QApplication) -> Iterator[object]:
    """Switch languages inside a test; English (and the English locale) is always restored after it."""

    def switch(code: str) -> None:
        i18n.install_language(qapp, code)

    yield switch
    i18n.install_language(qapp, "en")


def _texts(widget: QWidget) -> set[str]:
    """Every text a person can see or hear on ``widget`` and its children."""
    found: set[str] = set()
    widgets = [widget, *widget.findChildren(QWidget)]
    for w in widgets:
        if w.objectName().startswith("qt_"):
            continue
        found.update({w.toolTip(), w.accessibleName(), w.accessibleDescription()})
        if w.isWindow():
            found.add(w.windowTitle())
        if isinstance(w, QLabel):
            found.add(w.text())
        if isinstance(w, QAbstractButton):
            found.add(w.text())
        if isinstance(w, QGroupBox):
            found.add(w.title())
        if isinstance(w, QLineEdit):
            found.add(w.placeholderText())
        if isinstance(w, QTabWidget):
            found.update(w.tabText(i) for i in range(w.count()))
        if isinstance(w, QComboBox):
            found.update(w.itemText(i) for i in range(w.count()))
        if isinstance(w, QMenu):
            found.add(w.title())
        header = w.horizontalHeader() if isinstance(w, QTableView) else w.header() if isinstance(w, QTreeView) else None
        if header is not None and w.model() is not None and not header.isHidden():
            found.update(str(w.model().headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
                         for c in range(header.count()))
        for action in w.actions():
            found.update({action.text(), action.toolTip()})
            if action.menu() is not None:
                found.add(action.menu().title())
                found.update(a.text() for a in action.menu().actions())
    return {t.strip() for t in found if t and any(c.isalpha() for c in t)}


def _build_all(qtbot, meeting_path: Path) -> tuple[set[str], list[QWidget]]:
    """Build every page (no meeting open, then with one) and every dialog that can be built alone."""
    widgets: list[QWidget] = []
    context = MeetingContext()
    for cls in page_classes():
        widgets.append(cls(context))
    service = MeetingService.open(meeting_path)
    try:
        opened = MeetingContext()
        opened.set_service(service)
        for cls in page_classes():
            widgets.append(cls(opened))
        widgets.append(ProjectorControl(opened))
        window = MainWindow(context=opened)
        widgets.append(window)
        spec = BallotSpec(title="Treasurer", question="", kind=Kind.ELECTION, options=("Ann", "Bob"),
                          rule=Rule.PLURALITY)
        widgets += [
            BallotDialog(), BallotDialog(spec=spec),
            IssueDialog(None, "Treasurer", [], ["Main hall"], "Main hall"),
            AmendDialog(None, ("Ann", "Bob"), 1, {"Main hall": CountFigures(3, (2, 1), 0, 0)}),
            GuideDialog(), MemberDialog(None), NewMeetingDialog(Path.cwd()),
            PersonDialog("Guest", "Intro", "Reason", note_required=False),
            CountForm(), LanguageMenu(),
            PapersDialog("Treasurer", ["Main hall"], 40), ChangePinDialog(True, lambda _new, _old: None),
            ChangePinDialog(False, lambda _new, _old: None),
            BackupsDialog(BackupKeeper(opened, QSettings(str(meeting_path.with_suffix(".ini")),
                                                         QSettings.Format.IniFormat), window.dialogs),
                          window.dialogs),
            VerificationDialog(meeting_path, Finding("intact", "✓", "", "Signed here."), "0123456789" * 6 + "0123"),
            PrintPreviewDialog("Treasurer", None, meeting_path.with_suffix(".pdf"), page_sizes=("A4", "Letter")),
        ]
        for w in widgets:
            qtbot.addWidget(w)
        texts: set[str] = set()
        for w in widgets:
            texts |= _texts(w)
        for w in widgets:
            if isinstance(w, MainWindow):
                w.context.set_service(None)
        return texts, widgets
    finally:
        service.close()


# -- Welsh on screen -------------------------------------------------------------------------------------------


def test_every_page_and_dialog_speaks_welsh(qtbot, meeting_path: Path, language) -> None:
    english, _ = _build_all(qtbot, meeting_path)
    language("cy")
    welsh, _ = _build_all(qtbot, meeting_path)
    data = {"Branch AGM", "Church hall", "Llanelli CLP", "Treasurer", "Ann", "Bob", "Main hall", "Guest", "Intro",
            "Reason", "Reason:", "Current", "Lapsed", "Signed here.", str(meeting_path)}  # data, and this test's arguments
    still_english = sorted(t for t in welsh & english if t not in ALLOWED_SAME | data
                           and not t.startswith(("BallotDesk —", "Branch AGM —")))
    assert still_english == [], "\n".join(still_english)


def test_switching_back_restores_english(qtbot, language) -> None:
    language("cy")
    assert i18n.current_language() == "cy"
    assert BallotDialog().windowTitle() == "Pleidlais newydd"
    assert QLocale().language() == QLocale.Language.Welsh
    assert i18n.format_date(dt.date(2026, 3, 21)) == "21 Mawrth 2026"
    language("en")
    dialog = BallotDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "New ballot"
    assert QLocale().language() == QLocale.Language.English
    assert i18n.format_date(dt.date(2026, 3, 21)) == "21 March 2026"
    assert i18n.format_number(4625) == "4,625"


def test_qt_own_buttons_are_welsh(qtbot, language) -> None:
    language("cy")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert {b.text() for b in box.buttons()} == {"Cadw", "Canslo"}
    assert QCoreApplication.translate("QLineEdit", "&Paste") == "&Gludo"


def test_choice_is_remembered(language) -> None:
    assert i18n.saved_language() == "en"
    language("cy")
    assert i18n.saved_language() == "cy"
    with pytest.raises(ValueError, match="not translated"):
        i18n.install_language(QCoreApplication.instance(), "fr")


def test_language_menu_switches_and_announces(qtbot, language) -> None:
    menu = LanguageMenu()
    qtbot.addWidget(menu)
    assert menu.language_actions["en"].isChecked()
    with qtbot.waitSignal(menu.language_changed) as signal:
        menu.language_actions["cy"].trigger()
    assert signal.args == ["cy"]
    assert i18n.current_language() == "cy"
    assert menu.language_actions["cy"].isChecked() and not menu.language_actions["en"].isChecked()
    rebuilt = LanguageMenu()
    qtbot.addWidget(rebuilt)
    assert rebuilt.title() == "&Iaith"


def test_pages_rebuilt_after_switch_have_welsh_titles(qtbot, language) -> None:
    language("cy")
    titles = [cls(MeetingContext()).title for cls in page_classes()]
    assert titles == ["Cyfarfod", "Rhestr aelodau", "Desg gofrestru", "Presenoldeb", "Pleidleisiau", "Cyfrif",
                      "Canlyniad"]


# -- the catalogue ---------------------------------------------------------------------------------------------


def test_catalogue_is_complete() -> None:
    root = ET.parse(TS).getroot()
    unfinished, empty = [], []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                unfinished.append((name, source))
            elif not (translation.text or "").strip():
                empty.append((name, source))
    assert unfinished == [] and empty == []


def test_catalogue_keeps_placeholders_and_accelerators() -> None:
    import re

    root = ET.parse(TS).getroot()
    for message in root.iter("message"):
        source, translation = message.findtext("source") or "", message.findtext("translation") or ""
        assert sorted(re.findall(r"\{[^}]*\}|%\d", source)) == sorted(re.findall(r"\{[^}]*\}|%\d", translation)), source
        assert ("&" in source.replace("&amp;", "")) == ("&" in translation.replace("&amp;", "")), source


@pytest.mark.parametrize("name", ["ballotdesk_cy", "qtbase_cy"])
def test_compiled_catalogues_match_their_sources(qapp: QApplication, name: str) -> None:
    """The shipped .qm says what the .ts says (else: run packaging/update_translations.py --release)."""
    ts = TS.with_name(f"{name}.ts")
    translator = QTranslator()
    assert translator.load(str(resource("translations", f"{name}.qm")))
    stale = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            source, wanted = message.findtext("source") or "", message.findtext("translation") or ""
            if translator.translate(context.findtext("name") or "", source) != wanted:
                stale.append(source)
    assert stale == []


def test_every_projector_mode_is_listed_for_translation() -> None:
    assert set(MODE_LABELS.values()) <= set(MODE_WORDS)


def test_every_domain_label_is_listed_for_translation() -> None:
    labels = {*RULE_LABELS.values(), *BASE_LABELS.values(), *STATUS_LABELS.values(),
              PAPERS_LABEL.capitalize(), ABSTAIN_LABEL.capitalize(), REJECTED_LABEL.capitalize()}
    assert labels <= set(LISTED)


# -- unmarked strings in the sources ---------------------------------------------------------------------------

SETTERS = {"setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "setAccessibleName", "addTab",
           "addMenu", "setTitle", "setStatusTip", "showMessage", "setAccessibleDescription"}
CONSTRUCTORS = {"QLabel", "QPushButton", "QCheckBox", "QGroupBox", "QAction", "QRadioButton", "QMenu", "QToolButton"}
MARKERS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
HELPERS = {"_tr", "_", "tr_"}
"""Wrappers around ``translate`` that take an already-marked string; passing them a literal hides it from lupdate."""



def _words(node: ast.AST) -> bool:
    """Whether an expression is (or contains) a literal with letters in it, i.e. words a person reads."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_words(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _words(node.left) or _words(node.right)
    if isinstance(node, ast.IfExp):
        return _words(node.body) or _words(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _words(node.func.value)
    return False


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


def unmarked_strings(root: Path = UI, base: Path = ROOT) -> set[tuple[str, str, str]]:
    """Literal texts passed straight to a text setter, and ``tr`` misused (f-string, or on another object)."""
    found: set[tuple[str, str, str]] = set()
    for path in sorted(root.rglob("*.py")):
        rel = str(path.relative_to(base))
        for call in (n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.Call)):
            name = _name(call)
            if name in SETTERS or name in CONSTRUCTORS:
                found.update((rel, name, ast.unparse(a)) for a in call.args if _words(a))
            if name in HELPERS and call.args and _words(call.args[0]):
                # lupdate only sees tr(), translate() and QT_TRANSLATE_NOOP(): a helper's literal is never extracted.
                found.add((rel, f"{name}(literal)", ast.unparse(call.args[0])))
            if name == "tr" and call.args and isinstance(call.args[0], ast.JoinedStr):
                found.add((rel, "tr(f-string)", ast.unparse(call.args[0])))
            if name == "tr" and isinstance(call.func, ast.Attribute) and not (
                    isinstance(call.func.value, ast.Name) and call.func.value.id == "self"):
                # lupdate files such a string under the object's name, which no translator looks up.
                found.add((rel, f"{ast.unparse(call.func.value)}.tr", ast.unparse(call.args[0]) if call.args else ""))
    return found


def test_no_unmarked_strings_in_the_interface() -> None:
    assert sorted(unmarked_strings()) == []


CORE = ("domain", "services", "store", "reports")
"""Qt-free packages whose refusals reach the chair through ``domain.words.translate``."""
PROGRAMMING_ERRORS = {"AssertionError", "TypeError", "ValueError"}
"""Raised in reports/ only when our own code misuses a builder; nobody at a meeting reads them."""


def untranslated_refusals(root: Path = ROOT / "ballotdesk") -> set[tuple[str, str]]:
    """``raise SomeError("words")`` or ``raise SomeError(f"words {x}")`` in the core, not wrapped in translate()."""
    found: set[tuple[str, str]] = set()
    for package in CORE:
        for path in sorted((root / package).rglob("*.py")):
            rel = str(path.relative_to(root))
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args):
                    continue
                kind = _name(node.exc)
                if kind == "AssertionError" or (package == "reports" and kind in PROGRAMMING_ERRORS):
                    continue
                if _words(node.exc.args[0]):
                    found.add((rel, ast.unparse(node.exc)))
    return found


def test_no_untranslated_refusals_in_the_core() -> None:
    assert sorted(untranslated_refusals()) == []


def test_the_refusal_checker_catches_what_it_should(tmp_path: Path) -> None:
    (tmp_path / "domain").mkdir()
    for package in CORE[1:]:
        (tmp_path / package).mkdir()
    (tmp_path / "domain" / "rules.py").write_text(
        "def f(n):\n"
        "    if n:\n"
        "        raise DomainError(f'{n} is too many')\n"
        "    raise DomainError(translate('Rules', 'Nothing to do.'))\n", encoding="utf-8")
    (tmp_path / "reports" / "build.py").write_text("raise ValueError('count must be at least 1')\n", encoding="utf-8")
    assert untranslated_refusals(tmp_path) == {("domain/rules.py", "DomainError(f'{n} is too many')")}


def test_the_checker_catches_what_it_should(tmp_path: Path) -> None:
    (tmp_path / "sample.py").write_text(
        "class W:\n"
        "    def f(self, n):\n"
        "        self.label.setText('Hello')\n"
        "        self.label.setText(f'{n} papers')\n"
        "        QLabel(self.tr('Fine'))\n"
        "        QPushButton('&Go')\n"
        "        self.label.setText(f'{n:,}')\n"
        "        self.tr(f'{n} bad')\n"
        "        _tr('Hidden from lupdate')\n",
        encoding="utf-8")
    found = {(call, text) for _f, call, text in unmarked_strings(tmp_path, tmp_path)}
    assert found == {("setText", "'Hello'"), ("setText", "f'{n} papers'"), ("QPushButton", "'&Go'"),
                     ("tr(f-string)", "f'{n} bad'"), ("_tr(literal)", "'Hidden from lupdate'")}


# -- switching the running window ------------------------------------------------------------------------------

WELSH_TABS = ["Cyfarfod", "Rhestr aelodau", "Desg gofrestru", "Presenoldeb", "Pleidleisiau", "Cyfrif", "Canlyniad"]
ENGLISH_TABS = ["Meeting", "Roll", "Registration desk", "Attendance", "Ballots", "Count", "Result"]


def _switch(qtbot, window: MainWindow, code: str) -> None:
    """Choose a language in View › Language, as a user does, and wait for the rebuild."""
    old = window.action(ActionName.NEW)
    window.language_menu.language_actions[code].trigger()
    qtbot.waitUntil(lambda: window.action(ActionName.NEW) is not old)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: the guide/projector
def test_running_window_switches_language_through_the_view_menu(qtbot, window: MainWindow, language) -> None:
    service = window.context.service
    window.tabs.setCurrentIndex(4)
    window.show_projector()
    view_menu = window.menus["view"]
    assert window.language_menu.menuAction() in view_menu.actions()

    _switch(qtbot, window, "cy")
    assert [a.text() for a in window.menuBar().actions()] == ["&Ffeil", "&Golygu", "C&yfarfod", "Gwe&ld", "&Cymorth"]
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == WELSH_TABS
    assert window.action(ActionName.NEW).text() == "Cyfarfod &newydd…"
    assert window.action(ActionName.USER_GUIDE).text() == "&Canllaw defnyddwyr"
    assert window.page(BallotsPage).desk_check.text() == "Dosbarthu wrth y &ddesg, i'r blwch:"
    assert window.page(ResultPage).heading.text() == "Dim pleidlais eto"
    assert window.language_menu.title() == "&Iaith" and window.language_menu.language_actions["cy"].isChecked()
    assert window.quorum_label.text().startswith("Cworwm")
    assert window.projector is not None and window.projector.windowTitle() == "Sgrin y taflunydd"
    # The meeting stayed open, on the same tab, and the rebuilt pages use the window's (replaceable) dialogs.
    assert window.context.service is service and service is not None
    assert window.windowTitle() == "Branch AGM — branch.ballotdesk — BallotDesk"
    assert window.tabs.currentIndex() == 4
    assert window.page(DeskPage).dialogs is window.dialogs
    assert window.page(BallotsPage).dialogs is window.dialogs
    assert window.page(MeetingPage).edits["title"].text() == "Branch AGM"

    _switch(qtbot, window, "en")
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&Meeting", "&View", "&Help"]
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ENGLISH_TABS
    assert window.action(ActionName.NEW).text() == "&New meeting…"
    assert window.page(BallotsPage).desk_check.text() == "Issue at the &desk, into:"
    assert window.context.service is service


def test_old_pages_are_gone_after_switching_twice(qtbot, window: MainWindow, language, monkeypatch) -> None:
    first = list(window.pages)
    _switch(qtbot, window, "cy")
    second = list(window.pages)
    _switch(qtbot, window, "en")

    refreshed: list[Page] = []
    for cls in page_classes():
        original = cls.refresh

        def counting(self: Page, _original=original) -> None:
            refreshed.append(self)
            _original(self)

        monkeypatch.setattr(cls, "refresh", counting)
    # Old pages are silent at once (detached), whether or not Qt has deleted them yet ...
    live = window.pages  # built now if the switch has not built them yet
    refreshed.clear()
    window.context.notify("test.changed")
    assert sorted(map(id, refreshed)) == sorted(map(id, live))
    # ... and once it has, nothing refers to them and a change still reaches each live page once.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not any(shiboken6.isValid(page) for page in first + second)
    assert len(window.findChildren(Page)) == len(page_classes())
    refreshed.clear()
    window.context.notify("test.changed")
    assert sorted(map(id, refreshed)) == sorted(map(id, window.pages))
    assert all(page.dialogs is window.dialogs for page in window.pages)  # every rebuilt page asks through them
    shortcut_owners = [a for a in window.actions() if a.objectName() == f"action_{ActionName.NEW}"]
    assert len(shortcut_owners) == 1


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: the guide/projector
def test_help_user_guide_opens_the_guide_in_the_interface_language(qtbot, window: MainWindow, language) -> None:
    action = window.action(ActionName.USER_GUIDE)
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert action in window.menus["help"].actions()
    action.trigger()
    assert window.guide is not None and window.guide.isVisible() and window.guide.language == "en"
    _switch(qtbot, window, "cy")
    assert window.guide is not None and window.guide.isVisible() and window.guide.language == "cy"
    assert window.guide.windowTitle() == "Canllaw Defnyddwyr BallotDesk"


# -- the domain's and services' sentences, through ballotdesk.domain.words -------------------------------------


def test_desk_shows_the_eligibility_reason_in_welsh_and_the_audit_keeps_english(qtbot, window: MainWindow,
                                                                                language) -> None:
    import json

    from PySide6.QtCore import Qt as QtKeys

    from ballotdesk.domain import words

    _switch(qtbot, window, "cy")
    assert words.translating()
    window.show_page(DeskPage)
    desk = window.page(DeskPage)
    qtbot.keyClicks(desk.search, "10234")
    qtbot.keyClick(desk.search, QtKeys.Key.Key_Return)
    shown = desk.status.text()
    assert "ymunodd" in shown and "ar neu cyn y dyddiad terfyn" in shown, shown
    assert "joined" not in shown and "cut-off" not in shown and "Feb" not in shown, shown
    service = window.context.service
    assert service is not None
    event = service.store.events(1)[0]
    assert json.loads(event["details"])["reason"] == "joined 3 Feb 2015, on or before the cut-off of 12 Jan 2016"
    _switch(qtbot, window, "en")
    assert not words.translating()


def test_result_page_shows_a_declared_outcome_in_welsh(qtbot, window: MainWindow, language) -> None:
    from ballotdesk.domain.ballot import motion_spec
    from ballotdesk.services import ballots as B
    from ballotdesk.services import counting as count_service
    from ballotdesk.services import papers, results

    service = window.context.service
    assert service is not None
    service.update_details({"four_eyes": False})
    voters = [service.register(n) for n in ("10234", "10577", "10652")]
    ballot_id = B.create_ballot(service, motion_spec("New roof", rule=Rule.PLURALITY))
    B.open_ballot(service, ballot_id)
    issued = [papers.issue_paper(service, ballot_id, v.attendee_id) for v in voters if v.may_vote and v.attendee_id]
    B.close_ballot(service, ballot_id)
    count_service.enter_count(service, ballot_id, "Main hall", "Ann", CountFigures(len(issued), (len(issued), 0), 0, 0))
    english = f"The motion is carried: {len(issued)} For, 0 Against."
    _switch(qtbot, window, "cy")
    doc = results.declare(service, ballot_id, "Revd J. Price")
    assert doc["outcome"] == english  # the declared record stays English
    window.context.notify("ballot.declare")
    page = window.page(ResultPage)
    page.select_ballot(ballot_id)
    assert page.outcome_text() == f"Mae'r cynnig wedi'i basio: {len(issued)} For, 0 Against."
    _switch(qtbot, window, "en")
    page = window.page(ResultPage)
    page.select_ballot(ballot_id)
    assert page.outcome_text() == english
