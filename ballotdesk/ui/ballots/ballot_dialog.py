"""Dialogs of the ballot pages: set up a ballot, issue papers from the attendance list, amend a result.

Each dialog only gathers what the chair typed; the page hands it to the service, so every rule
(and every refusal, in words) stays in ``domain``/``services``. The ballot dialog still runs
``BallotSpec.validate`` before closing, so a slip is shown beside the fields instead of after.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ballotdesk.domain.ballot import (
    BASE_LABELS,
    MOTION_OPTIONS,
    RULE_LABELS,
    BallotSpec,
    Base,
    Kind,
    Rule,
    Status,
    default_rule,
)
from ballotdesk.domain.count import CountFigures
from ballotdesk.domain.errors import DomainError
from ballotdesk.services import ranked
from ballotdesk.services.meeting import Attendee
from ballotdesk.ui.domain_text import base_label, rule_label, status_label
from ballotdesk.ui.tones import Tone, style_text, style_tint
from ballotdesk.ui.widgets.count_form import CountForm
from ballotdesk.ui.widgets.page_tools import SAVE_CANCEL, dialog_buttons, fit_on_screen


def _combo(accessible: str, items: Mapping[str, str]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible)
    for value, label in items.items():
        combo.addItem(label, value)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(42)
    return combo


class BallotDialog(QDialog):
    """Create or edit a ballot: motion (For/Against) or election (candidates in paper order).

    Editing is possible only in draft: once a ballot is open its options and rules are fixed,
    because changing the question after papers are out would make the count meaningless. The
    dialog then shows the ballot read-only and says why.
    """

    def __init__(self, parent: QWidget | None = None, spec: BallotSpec | None = None,
                 status: Status = Status.DRAFT, method: tuple[str, str | None] | None = None) -> None:
        super().__init__(parent)
        self._editing = spec is not None
        self.setWindowTitle(self.tr("New ballot") if spec is None else self.tr("Ballot: {0}").format(spec.title))
        self.read_only = status is not Status.DRAFT
        self._spec: BallotSpec | None = None
        layout = QVBoxLayout(self)

        self.banner = QLabel(
            self.tr("This ballot is {0}. Its options and rules can change only while it is a draft, so they are "
                    "shown read-only; to change them, create a new ballot.").format(status_label(status))
        )
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Why the ballot cannot be edited"))
        style_tint(self.banner, Tone.WARNING, extra="padding: 6px; border-radius: 3px;")
        self.banner.setVisible(self.read_only)
        layout.addWidget(self.banner)

        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Motion 3: new roof, or Election of treasurer"))
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.question_edit = QPlainTextEdit()
        self.question_edit.setAccessibleName(self.tr("Question or office"))
        self.question_edit.setTabChangesFocus(True)
        self.question_edit.setFixedHeight(60)
        self.question_edit.setPlaceholderText(self.tr("The motion's wording, or the office being filled"))
        form.addRow(self.tr("&Question:"), self.question_edit)

        kinds = QHBoxLayout()
        self.motion_radio = QRadioButton(self.tr("&Motion (For / Against)"))
        self.motion_radio.setAccessibleName(self.tr("Motion"))
        self.election_radio = QRadioButton(self.tr("&Election (candidates)"))
        self.election_radio.setAccessibleName(self.tr("Election"))
        self._kind_group = QButtonGroup(self)
        self._kind_group.addButton(self.motion_radio)
        self._kind_group.addButton(self.election_radio)
        kinds.addWidget(self.motion_radio)
        kinds.addWidget(self.election_radio)
        kinds.addStretch(1)
        form.addRow(self.tr("Kind:"), kinds)
        layout.addLayout(form)

        # Shown one at a time (not a QStackedWidget, which would keep the motion's page as tall as
        # the candidate list and leave a gap).
        self.motion_note = QLabel(self.tr("The paper offers two options: “For” and “Against”."))
        self.motion_note.setWordWrap(True)
        self.candidates_group = self._candidates_box()
        layout.addWidget(self.motion_note)
        layout.addWidget(self.candidates_group)

        rules = QFormLayout()
        self.abstain_check = QCheckBox(self.tr("The paper offers an &abstention box"))
        self.abstain_check.setAccessibleName(self.tr("Abstain allowed"))
        self.abstain_check.setChecked(True)
        rules.addRow("", self.abstain_check)
        self.rule_combo = _combo(self.tr("Majority rule"), {str(k): rule_label(k) for k in RULE_LABELS})
        rules.addRow(self.tr("Majority &rule:"), self.rule_combo)
        self.base_combo = _combo(self.tr("Percentage base"), {str(k): base_label(k) for k in BASE_LABELS})
        rules.addRow(self.tr("&Measured against:"), self.base_combo)
        self._rules_form = rules
        layout.addLayout(rules)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        style_text(self.error_label, Tone.PROBLEM)
        self.error_label.setAccessibleName(self.tr("Problem with the ballot"))
        layout.addWidget(self.error_label)

        standard = QDialogButtonBox.StandardButton
        self.buttons = dialog_buttons(self, buttons=standard.Close if self.read_only else SAVE_CANCEL)
        layout.addWidget(self.buttons)

        self.motion_radio.toggled.connect(self._kind_changed)
        self.method_combo.currentIndexChanged.connect(self._method_changed)
        self._load(spec or BallotSpec(title="", question="", kind=Kind.MOTION, options=MOTION_OPTIONS,
                                      rule=default_rule(Kind.MOTION)))
        if method is not None:
            self.method_combo.setCurrentIndex(max(0, self.method_combo.findData(
                method[0] if method[0] != "stv" else f"stv:{method[1]}")))
        self.method_combo.setEnabled(not self._editing)  # a ballot's method is chosen once, when it is created
        self._method_changed()
        self._rule_touched = spec is not None
        self.rule_combo.activated.connect(self._touch_rule)
        if self.read_only:
            self._lock()
        fit_on_screen(self, 640, self.sizeHint().height())

    def _touch_rule(self) -> None:
        self._rule_touched = True

    def _candidates_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Candidates, in the order printed on the paper"))
        grid = QGridLayout(box)
        self.candidate_edit = QLineEdit()
        self.candidate_edit.setAccessibleName(self.tr("New candidate's name"))
        self.candidate_edit.setPlaceholderText(self.tr("Type a name and press Enter"))
        # Enter here adds the name and nothing else: QLineEdit passes the key on, and the
        # dialog would click Save (with the default rule never chosen) after the first names.
        self.candidate_edit.installEventFilter(self)
        self.add_button = QPushButton(self.tr("A&dd"))
        self.add_button.setAccessibleName(self.tr("Add candidate"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_candidate)
        self.candidates = QListWidget()
        self.candidates.setAccessibleName(self.tr("Candidates"))
        self.candidates.setMinimumHeight(110)
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setAccessibleName(self.tr("Remove candidate"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setAccessibleName(self.tr("Move candidate up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setAccessibleName(self.tr("Move candidate down"))
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
        self.remove_button.clicked.connect(self._remove_candidate)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.seats_spin = QSpinBox()
        self.seats_spin.setRange(1, 99)
        self.seats_spin.setAccessibleName(self.tr("Seats"))
        self.elected_edit = QLineEdit(self.tr("elected"))
        self.elected_edit.setAccessibleName(self.tr("Word for a successful candidate"))
        grid.addWidget(self.candidate_edit, 0, 0)
        grid.addWidget(self.add_button, 0, 1)
        grid.addWidget(self.candidates, 1, 0, 4, 1)
        grid.addWidget(self.remove_button, 1, 1)
        grid.addWidget(self.up_button, 2, 1)
        grid.addWidget(self.down_button, 3, 1)
        seats = QHBoxLayout()
        seats_label = QLabel(self.tr("&Seats to fill:"))
        seats_label.setBuddy(self.seats_spin)
        seats.addWidget(seats_label)
        seats.addWidget(self.seats_spin)
        seats.addSpacing(16)
        word_label = QLabel(self.tr("Successful candidates are:"))
        word_label.setBuddy(self.elected_edit)
        seats.addWidget(word_label)
        seats.addWidget(self.elected_edit)
        seats.addStretch(1)
        grid.addLayout(seats, 5, 0, 1, 2)
        methods = QHBoxLayout()
        self.method_combo = QComboBox()
        self.method_combo.setAccessibleName(self.tr("Counted by"))
        for value, label in (("vote", self.tr("Votes (a mark per seat)")),
                             ("irv", self.tr("Preferences: alternative vote (one seat)")),
                             ("stv:scottish", self.tr("Preferences: STV, Scottish rules")),
                             ("stv:ers97", self.tr("Preferences: STV, ERS97 rules")),
                             ("stv:meek", self.tr("Preferences: STV, Meek rules"))):
            self.method_combo.addItem(label, value)
        method_label = QLabel(self.tr("C&ounted by:"))
        method_label.setBuddy(self.method_combo)
        methods.addWidget(method_label)
        methods.addWidget(self.method_combo, 1)
        grid.addLayout(methods, 6, 0, 1, 2)
        self.method_note = QLabel()
        self.method_note.setWordWrap(True)
        self.method_note.setAccessibleName(self.tr("What the method means"))
        grid.addWidget(self.method_note, 7, 0, 1, 2)
        return box

    def method(self) -> tuple[str, str | None]:
        """How the ballot is counted: ("vote", None), ("irv", "irv") or ("stv", rules)."""
        if self.motion_radio.isChecked():
            return "vote", None
        value = str(self.method_combo.currentData())
        name, _, rules = value.partition(":")
        return name, (rules or None) if name == "stv" else ("irv" if name == "irv" else None)

    def _method_changed(self) -> None:
        name, rules = self.method()
        text = ranked.method_line(name)
        if name == "stv" and rules:
            text += " " + ranked.rules_line(rules)
        self.method_note.setText(text)
        preferential = name != "vote"
        for control in (self.abstain_check, self.rule_combo, self.base_combo):
            self._rules_form.setRowVisible(control, not preferential)
        self.resize(self.width(), self.sizeHint().height())  # the note's lines, never clipped

    # -- candidates ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the candidate field adds the candidate and is never passed on to the dialog."""
        if (watched is self.candidate_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._add_candidate()
            return True
        return super().eventFilter(watched, event)

    def _add_candidate(self) -> None:
        name = " ".join(self.candidate_edit.text().split())
        if not name:
            return
        self.candidates.addItem(name)
        self.candidates.setCurrentRow(self.candidates.count() - 1)
        self.candidate_edit.clear()
        self.error_label.clear()

    def _remove_candidate(self) -> None:
        row = self.candidates.currentRow()
        if row >= 0:
            self.candidates.takeItem(row)

    def _move(self, step: int) -> None:
        row = self.candidates.currentRow()
        target = row + step
        if row < 0 or not (0 <= target < self.candidates.count()):
            return
        item = self.candidates.takeItem(row)
        self.candidates.insertItem(target, item)
        self.candidates.setCurrentRow(target)

    def candidate_names(self) -> list[str]:
        """The candidates in paper order."""
        return [self.candidates.item(i).text() for i in range(self.candidates.count())]

    # -- loading and reading ------------------------------------------------------------------

    def _show_kind(self, motion: bool) -> None:
        self.motion_note.setVisible(motion)
        self.candidates_group.setVisible(not motion)
        if self.isVisible():
            fit_on_screen(self, self.width(), self.sizeHint().height())

    def _kind_changed(self) -> None:
        motion = self.motion_radio.isChecked()
        self._show_kind(motion)
        if not self._rule_touched:
            rule = default_rule(Kind.MOTION if motion else Kind.ELECTION)
            self.rule_combo.setCurrentIndex(self.rule_combo.findData(str(rule)))

    def _load(self, spec: BallotSpec) -> None:
        self._rule_touched = True  # loading must not reset the rule
        self.title_edit.setText(spec.title)
        self.question_edit.setPlainText(spec.question)
        (self.motion_radio if spec.kind is Kind.MOTION else self.election_radio).setChecked(True)
        self._show_kind(spec.kind is Kind.MOTION)
        if spec.kind is Kind.ELECTION:
            self.candidates.addItems(list(spec.options))
            self.seats_spin.setValue(spec.seats)
            self.elected_edit.setText(spec.elected_word)
        self.abstain_check.setChecked(spec.abstain)
        self.rule_combo.setCurrentIndex(self.rule_combo.findData(str(spec.rule)))
        self.base_combo.setCurrentIndex(self.base_combo.findData(str(spec.base)))

    def _lock(self) -> None:
        self.title_edit.setReadOnly(True)
        self.question_edit.setReadOnly(True)
        for control in (self.motion_radio, self.election_radio, self.candidate_edit, self.add_button,
                       self.remove_button, self.up_button, self.down_button, self.seats_spin, self.elected_edit,
                       self.abstain_check, self.rule_combo, self.base_combo):
            control.setEnabled(False)

    def current_spec(self) -> BallotSpec:
        """What the fields say now (not yet validated)."""
        election = self.election_radio.isChecked()
        return BallotSpec(
            title=self.title_edit.text().strip(),
            question=self.question_edit.toPlainText().strip(),
            kind=Kind.ELECTION if election else Kind.MOTION,
            options=tuple(self.candidate_names()) if election else MOTION_OPTIONS,
            seats=self.seats_spin.value() if election else 1,
            abstain=self.abstain_check.isChecked(),
            rule=Rule(self.rule_combo.currentData()),
            base=Base(self.base_combo.currentData()),
            elected_word=self.elected_edit.text().strip() if election else "elected",
        )

    def spec(self) -> BallotSpec:
        """The accepted spec (valid); only meaningful after the dialog was accepted."""
        return self._spec if self._spec is not None else self.current_spec()

    def accept(self) -> None:
        """Close only on a ballot that could be run and counted; otherwise say what is wrong."""
        if self.read_only:
            self.reject()
            return
        spec = self.current_spec()
        try:
            name, rules = self.method()
            if name != "vote":
                spec, _rules = ranked.method_spec(spec, name, rules)
            spec.validate()
        except DomainError as error:
            self.error_label.setText(f"⚠ {error}")
            return
        self._spec = spec
        super().accept()


class IssueDialog(QDialog):
    """Issue papers to attendees chosen from the attendance list.

    Lists registered attendees who may vote, are present and hold no paper for the ballot; the
    chair selects several (or all shown) and picks the box. The page issues them one by one and
    lists any refusals with their reasons (someone may have been issued a paper at the desk
    while this dialog was open).
    """

    def __init__(self, parent: QWidget | None, ballot_title: str, attendees: Sequence[Attendee],
                 boxes: Sequence[str], box: str, not_listed: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Issue papers: {0}").format(ballot_title))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Registered attendees who may vote and hold no paper for this ballot. "
                       "Select one or more (Ctrl or Shift for several), choose the box, then Issue."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.filter_edit = QLineEdit()
        self.filter_edit.setAccessibleName(self.tr("Find by name or number"))
        self.filter_edit.setPlaceholderText(self.tr("Find by name or number"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        layout.addWidget(self.filter_edit)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Attendees without a paper"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMinimumHeight(220)
        for person in attendees:
            text = f"{person.name}  —  {person.number}" if person.number else f"{person.name}  —  {person.kind}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
        self.list.itemSelectionChanged.connect(self._update_count)
        layout.addWidget(self.list)
        if not_listed:
            note = QLabel(not_listed)
            note.setWordWrap(True)
            layout.addWidget(note)
        row = QHBoxLayout()
        self.select_all_button = QPushButton(self.tr("Select &all shown"))
        self.select_all_button.setAccessibleName(self.tr("Select all shown"))
        self.select_all_button.setAutoDefault(False)
        self.select_all_button.clicked.connect(self._select_all)
        row.addWidget(self.select_all_button)
        row.addStretch(1)
        box_label = QLabel(self.tr("Into &box:"))
        self.box_combo = QComboBox()
        self.box_combo.setAccessibleName(self.tr("Box"))
        self.box_combo.addItems(list(boxes))
        self.box_combo.setCurrentText(box)
        box_label.setBuddy(self.box_combo)
        row.addWidget(box_label)
        row.addWidget(self.box_combo)
        layout.addLayout(row)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.issue_button = self.buttons.addButton(self.tr("&Issue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.issue_button.setAccessibleName(self.tr("Issue"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_count()
        fit_on_screen(self, 520, 480)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(not all(w in item.text().casefold() for w in words))

    def _select_all(self) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setSelected(not item.isHidden())

    def _update_count(self) -> None:
        count = len(self.selected_ids())
        self.count_label.setText(self.tr("{0} selected").format(count) if self.list.count()
                                 else self.tr("Everyone present holds a paper."))
        self.issue_button.setEnabled(count > 0)

    def selected_ids(self) -> list[int]:
        """The chosen attendees, in list order."""
        return [int(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
                if self.list.item(i).isSelected() and not self.list.item(i).isHidden()]

    def select_names(self, names: Sequence[str]) -> None:
        """Select the attendees whose line starts with one of these names (scripts and tests)."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setSelected(any(item.text().startswith(n) for n in names))

    def box(self) -> str:
        """The chosen box's name."""
        return self.box_combo.currentText()


class AmendDialog(QDialog):
    """The chair corrects a declared result: one box's figures, with their name and a reason.

    The earlier version is kept by the service; this dialog only gathers the corrected figures,
    checked live like a teller's entry, and refuses to close without a name and a reason.
    """

    def __init__(self, parent: QWidget | None, options: Sequence[str], seats: int,
                 boxes: Mapping[str, CountFigures | None], chair: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Amend the declared result"))
        self._boxes = dict(boxes)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Correct one box's figures. Every earlier version of the result is kept, "
                       "and the result will be marked AMENDED."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        top = QFormLayout()
        self.box_combo = QComboBox()
        self.box_combo.setAccessibleName(self.tr("Box"))
        self.box_combo.addItems(list(boxes))
        top.addRow(self.tr("&Box:"), self.box_combo)
        layout.addLayout(top)
        self.form = CountForm(self, with_reasons=False)
        self.form.set_options(options, seats)
        layout.addWidget(self.form)
        details = QFormLayout()
        self.chair_edit = QLineEdit(chair)
        self.chair_edit.setAccessibleName(self.tr("Chair's name"))
        details.addRow(self.tr("&Chair's name:"), self.chair_edit)
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(self.tr("Reason for the amendment"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. bundle of 10 For papers found under the table"))
        details.addRow(self.tr("&Reason:"), self.reason_edit)
        layout.addLayout(details)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.amend_button = self.buttons.addButton(self.tr("&Amend"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.amend_button.setAccessibleName(self.tr("Amend"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.box_combo.currentTextChanged.connect(self._load_box)
        self.form.validity_changed.connect(self._update)
        self.chair_edit.textChanged.connect(self._update)
        self.reason_edit.textChanged.connect(self._update)
        self._load_box(self.box_combo.currentText())
        fit_on_screen(self, 520, self.sizeHint().height())

    def _load_box(self, name: str) -> None:
        figures = self._boxes.get(name)
        self.form.clear()
        if figures is not None:
            self.form.set_figures(figures)
        self._update()

    def _update(self) -> None:
        self.amend_button.setEnabled(self.form.is_valid() and bool(self.chair_edit.text().strip())
                                     and bool(self.reason_edit.text().strip()))

    def box(self) -> str:
        """The box being corrected."""
        return self.box_combo.currentText()

    def figures(self) -> CountFigures | None:
        """The corrected figures."""
        return self.form.figures()

    def chair(self) -> str:
        """Who amends."""
        return self.chair_edit.text().strip()

    def reason(self) -> str:
        """Why."""
        return self.reason_edit.text().strip()
