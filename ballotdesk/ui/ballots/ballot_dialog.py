"""Set up a ballot: a motion (For/Against) or an election, its rule, base and counting method.

The dialog only gathers what the chair typed; the page hands it to the service, so every rule
(and every refusal, in words) stays in ``domain``/``services``. It still runs
``BallotSpec.validate`` before closing, so a slip is shown beside the fields instead of after.
Issuing papers (:mod:`ballotdesk.ui.ballots.issue_dialog`) and amending a declared result
(:mod:`ballotdesk.ui.result.amend_dialog`) have dialogs of their own.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
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
from ballotdesk.domain.errors import DomainError
from ballotdesk.services import ranked
from ballotdesk.ui.domain_text import base_label, rule_label, status_label
from ballotdesk.ui.tones import Tone, style_text, style_tint
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
