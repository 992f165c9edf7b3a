"""The meeting's details and rules, with a summary of the roll and of attendance.

Edits stay in the form until Save, which sends only what differs through
``MeetingService.update_details`` (one audit event listing each field's old and new value).
While the form has unsaved edits, changes elsewhere update the summaries but never overwrite
what the chair is typing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ballotdesk.domain.eligibility import Quorum, long_date
from ballotdesk.domain.errors import DomainError
from ballotdesk.services.meeting import MeetingService
from ballotdesk.services.meeting_details import meeting_details
from ballotdesk.services.privacy import purge_personal_data
from ballotdesk.services.roles import has_pin, set_pin
from ballotdesk.services.tellers import add_teller, teller_names
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from ballotdesk.ui.meeting.pin_dialog import ChangePinDialog
from ballotdesk.ui.pages import Page
from ballotdesk.ui.widgets.date_field import DateField, pydate, qdate
from ballotdesk.ui.widgets.figures import figures_text, quorum_text

TEXT_FIELDS = {
    "title": QT_TRANSLATE_NOOP("MeetingPage", "Title"),
    "venue": QT_TRANSLATE_NOOP("MeetingPage", "Venue"),
    "organisation": QT_TRANSLATE_NOOP("MeetingPage", "Organisation"),
    "chair": QT_TRANSLATE_NOOP("MeetingPage", "Chair"),
    "secretary": QT_TRANSLATE_NOOP("MeetingPage", "Secretary"),
}
"""The meeting's text fields and their labels (English, marked for lupdate; translated when the form is built)."""

FIELD_NAMES = {
    **TEXT_FIELDS,
    "date": QT_TRANSLATE_NOOP("MeetingPage", "Meeting date"),
    "cutoff": QT_TRANSLATE_NOOP("MeetingPage", "Cut-off date"),
    "voting_statuses": QT_TRANSLATE_NOOP("MeetingPage", "Voting statuses"),
    "quorum": QT_TRANSLATE_NOOP("MeetingPage", "Quorum"),
    "four_eyes": QT_TRANSLATE_NOOP("MeetingPage", "Four-eyes counting"),
    "language": QT_TRANSLATE_NOOP("MeetingPage", "Language of printed documents"),
}
"""What the chair calls each setting that ``update_details`` may change, in the order of the form.

The save message names the changed settings in these words, never by their column names."""


class MeetingPage(Page):
    """Details, eligibility rules, quorum and four-eyes counting, edited in one form."""


    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._loaded_for: MeetingService | None = None
        self._dirty = False
        self._status_boxes: dict[str, QCheckBox] = {}

        self.edits: dict[str, QLineEdit] = {}
        details = QGroupBox(self.tr("Meeting"))
        form = QFormLayout(details)
        for key, english in TEXT_FIELDS.items():
            label = self.tr(english)
            edit = QLineEdit()
            edit.setObjectName(f"meeting_{key}")
            edit.setAccessibleName(label)
            edit.textEdited.connect(self._mark_dirty)
            self.edits[key] = edit
            if key == "title":
                form.addRow(self.tr("{0}:").format(label), edit)
                self.date = self._date_edit(self.tr("Meeting date"))
                form.addRow(self.tr("Date:"), self.date)
            else:
                form.addRow(self.tr("{0}:").format(label), edit)
        self.language = QComboBox()
        self.language.setObjectName("meeting_language")
        self.language.setAccessibleName(self.tr("Language of printed documents"))
        self.language.setToolTip(self.tr("Result sheets, ballot papers and registers are printed in this language, "
                                         "whatever language the interface shows"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(self._mark_dirty)
        form.addRow(self.tr("Language of printed documents:"), self.language)

        rules = QGroupBox(self.tr("Rules"))
        rules_form = QFormLayout(rules)
        # A check box never wraps: its own words stay short and the explanation goes in a wrapping label,
        # so the page fits a 1024-pixel screen with a large font without scrolling sideways.
        self.has_cutoff = QCheckBox(self.tr("Use a cut-off date"))
        self.has_cutoff.setAccessibleName(self.tr("Use a cut-off date"))
        self.has_cutoff.toggled.connect(self._mark_dirty)
        self.cutoff = self._date_edit(self.tr("Cut-off date"))
        self.has_cutoff.toggled.connect(self.cutoff.setEnabled)
        cutoff_hint = self._hint(self.tr("Members who joined after this date may attend but not vote"))
        self.has_cutoff.setAccessibleDescription(cutoff_hint.text())
        cutoff_box = QVBoxLayout()
        cutoff_box.addWidget(self.has_cutoff)
        cutoff_box.addWidget(cutoff_hint)
        cutoff_box.addWidget(self.cutoff)
        rules_form.addRow(self.tr("Cut-off:"), cutoff_box)

        self.statuses_box = QVBoxLayout()
        self.statuses_hint = QLabel(self.tr("When no status is ticked, every status may vote."))
        self.statuses_hint.setWordWrap(True)
        self.statuses_box.addWidget(self.statuses_hint)
        rules_form.addRow(self.tr("Voting statuses:"), self.statuses_box)

        self.quorum = QLineEdit()
        self.quorum.setObjectName("meeting_quorum")
        self.quorum.setAccessibleName(self.tr("Quorum"))
        self.quorum.setPlaceholderText(self.tr("a number (40) or a percentage (5%)"))
        self.quorum.setValidator(QRegularExpressionValidator(QRegularExpression(r"\s*\d{0,7}\s*%?\s*"), self))
        self.quorum.textEdited.connect(self._mark_dirty)
        self.quorum.textEdited.connect(self._show_quorum_help)
        rules_form.addRow(self.tr("Quorum:"), self.quorum)
        self.quorum_help = QLabel()
        self.quorum_help.setWordWrap(True)
        rules_form.addRow("", self.quorum_help)

        self.four_eyes = QCheckBox(self.tr("Four-eyes counting"))
        self.four_eyes.setAccessibleName(self.tr("Four-eyes counting"))
        self.four_eyes.toggled.connect(self._mark_dirty)
        # The whole sentence made the form wider than a 1024-pixel screen; it stays as the tooltip.
        explained = self.tr("Four-eyes counting: two tellers enter each box's count independently")
        self.four_eyes.setToolTip(explained)
        self.four_eyes.setAccessibleDescription(explained)
        rules_form.addRow(self.tr("Counting:"), self.four_eyes)

        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setAccessibleName(self.tr("Save meeting details"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Discard changes"))
        self.revert_button.setAccessibleName(self.tr("Discard unsaved meeting changes"))
        self.revert_button.clicked.connect(self.revert)
        self.saved = QLabel()
        self.saved.setAccessibleName(self.tr("Save status"))
        self.saved.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.saved, 1)

        self.roll_summary = self._summary_label(self.tr("Roll summary"))
        self.attendance_summary = self._summary_label(self.tr("Attendance summary"))
        roll_box = QGroupBox(self.tr("Roll"))
        QVBoxLayout(roll_box).addWidget(self.roll_summary)
        attendance_box = QGroupBox(self.tr("Attendance"))
        QVBoxLayout(attendance_box).addWidget(self.attendance_summary)

        chair_box = QGroupBox(self.tr("Chair and personal data"))
        self.pin_button = QPushButton(self.tr("Change chair PIN…"))
        self.pin_button.setAccessibleName(self.tr("Change chair PIN"))
        self.pin_button.setToolTip(self.tr("Set or change the PIN the chair types to declare results"))
        self.pin_button.clicked.connect(self.change_pin)
        self.purge_button = QPushButton(self.tr("Purge personal data…"))
        self.purge_button.setAccessibleName(self.tr("Purge personal data"))
        self.purge_button.setToolTip(self.tr("After the meeting: remove names and contact details, keep the "
                                             "figures and the audit log"))
        self.purge_button.clicked.connect(self.purge_personal_data)
        self.tellers_button = QPushButton(self.tr("Teller codes…"))
        self.tellers_button.setAccessibleName(self.tr("Teller codes"))
        self.tellers_button.setToolTip(self.tr("Name a teller and hand them a code: each count entry is then made "
                                               "under the teller's own name and code"))
        self.tellers_button.clicked.connect(self.hand_out_teller_code)
        self.pin_state = QLabel()
        self.pin_state.setWordWrap(True)
        self.pin_state.setAccessibleName(self.tr("Chair PIN state"))
        chair_layout = QVBoxLayout(chair_box)
        chair_layout.addWidget(self.pin_state)
        chair_buttons = QHBoxLayout()
        chair_buttons.addWidget(self.pin_button)
        chair_buttons.addWidget(self.tellers_button)
        chair_buttons.addWidget(self.purge_button)
        chair_buttons.addStretch(1)
        chair_layout.addLayout(chair_buttons)

        left = QVBoxLayout()
        left.addWidget(details)
        left.addWidget(rules)
        left.addLayout(buttons)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(roll_box)
        right.addWidget(attendance_box)
        right.addWidget(chair_box)
        right.addStretch(1)
        inner = QWidget()
        columns = QHBoxLayout(inner)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        QVBoxLayout(self).addWidget(scroll)
        self.refresh()

    def _date_edit(self, name: str) -> DateField:
        edit = DateField()
        edit.setAccessibleName(name)
        edit.dateChanged.connect(self._mark_dirty)
        return edit

    @staticmethod
    def _hint(text: str) -> QLabel:
        """A wrapping line that explains the check box above it."""
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _summary_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setAccessibleName(name)
        label.setWordWrap(True)
        font = QFont(label.font())
        font.setPointSize(font.pointSize() + 1)
        label.setFont(font)
        return label

    def _mark_dirty(self, *_args: object) -> None:
        if not self._loading:
            self._dirty = True
            self.saved.setText(self.tr("Unsaved changes."))

    _loading = False

    # -- loading and saving -------------------------------------------------------------

    def refresh(self) -> None:
        """Summaries always follow; the form reloads unless the chair has unsaved edits."""
        service = self.context.service
        self.setEnabled(service is not None)
        if service is None:
            self._loaded_for = None
            self.roll_summary.setText(self.tr("No meeting is open."))
            self.attendance_summary.setText("")
            return
        if service is not self._loaded_for or not self._dirty:
            self._load(service)
        self._summaries(service)
        self.pin_state.setText(self.tr("The chair's PIN is set: declaring, amending and changing the rules ask "
                                       "for it.") if has_pin(service) else
                               self.tr("No chair's PIN is set: anyone at this laptop can declare results."))
        self.pin_button.setText(self.tr("Change chair PIN…") if has_pin(service) else self.tr("Set chair PIN…"))

    def _load(self, service: MeetingService) -> None:
        self._loading = True
        try:
            details = meeting_details(service)
            for key, edit in self.edits.items():
                edit.setText(getattr(details, key))  # TEXT_FIELDS are named as MeetingDetails names them
                edit.setCursorPosition(0)  # a long venue shows its beginning, not its last words
            self.date.setDate(qdate(details.date))
            rules = details.rules
            self.has_cutoff.setChecked(rules.cutoff is not None)
            self.cutoff.setEnabled(rules.cutoff is not None)
            self.cutoff.setDate(qdate(rules.cutoff or details.date))
            self._load_statuses(service, set(rules.voting_statuses))
            self.quorum.setText(str(details.quorum))
            self.four_eyes.setChecked(details.four_eyes)
            index = self.language.findData(details.language)
            self.language.setCurrentIndex(max(index, 0))
        finally:
            self._loading = False
        self._loaded_for = service
        self._dirty = False

    def _load_statuses(self, service: MeetingService, chosen: set[str]) -> None:
        """One checkbox per status found on the roll, plus any chosen status no member has yet."""
        counts = {status: n for status, n in service.statuses()}
        folded = {s.casefold() for s in counts}
        names = list(counts) + sorted(s for s in chosen if s.casefold() not in folded)
        if names != list(self._status_boxes):
            for box in self._status_boxes.values():
                self.statuses_box.removeWidget(box)
                box.hide()
                box.deleteLater()
            self._status_boxes = {}
            for status in names:
                label = status or self.tr("(no status)")
                box = QCheckBox()
                box.setAccessibleName(self.tr("Status {0} may vote").format(label))
                box.toggled.connect(self._mark_dirty)
                if not status:
                    # The rules name statuses; "no status" cannot be one of them, so a tick here would
                    # be dropped on saving. Say what does happen to these members instead.
                    box.setEnabled(False)
                    why = self.tr("Members with no status may vote only when no status is ticked.")
                    box.setToolTip(why)
                    box.setAccessibleDescription(why)
                self.statuses_box.addWidget(box)
                self._status_boxes[status] = box
        chosen_folded = {s.casefold() for s in chosen}
        for status, box in self._status_boxes.items():
            # "&" doubled: a check box takes a single one as a shortcut mark, so "R&D" showed as "RD".
            shown = (status or self.tr("(no status)")).replace("&", "&&")
            box.setText(self.tr("{0} ({1:,} members)").format(shown, counts.get(status, 0)))
            box.setChecked(status.casefold() in chosen_folded)
        self.statuses_hint.setText(
            self.tr("Import the roll to choose which statuses may vote.") if not names
            else self.tr("Tick the statuses that may vote. When none is ticked, every status may vote."))

    def values(self) -> dict[str, Any]:
        """The form as ``update_details`` takes it."""
        values: dict[str, Any] = {key: edit.text() for key, edit in self.edits.items()}
        values["date"] = pydate(self.date.date()).isoformat()
        values["cutoff"] = pydate(self.cutoff.date()) if self.has_cutoff.isChecked() else None
        values["voting_statuses"] = [s for s, box in self._status_boxes.items() if box.isChecked() and s]
        values["quorum"] = self.quorum.text().strip() or "0"
        values["four_eyes"] = self.four_eyes.isChecked()
        values["language"] = self.language.currentData() or "en"
        return values

    def save(self) -> None:
        """Apply the form; the service logs each changed field with its old and new value."""
        service = self.context.service
        if service is None:
            return
        typed = self.date.problem() or (self.cutoff.problem() if self.has_cutoff.isChecked() else "")
        if typed:
            self.dialogs.error(self.tr("Save meeting"), typed)
            return
        values = self.values()
        changes = self.dialogs.attempt(self.tr("Save meeting"), lambda: service.update_details(values))
        if changes is None:
            return
        self._dirty = False
        if changes:
            self.context.notify("meeting.update")
            named = [self.tr(english) for key, english in FIELD_NAMES.items() if key in changes]
            named += sorted(key for key in changes if key not in FIELD_NAMES)
            self.saved.setText(self.tr("Saved {0} change(s): {1}.").format(len(changes), ", ".join(named)))
        else:
            self.saved.setText(self.tr("Nothing changed."))
            self.refresh()

    def revert(self) -> None:
        """Throw away unsaved edits."""
        self._dirty = False
        self.saved.setText("")
        self.refresh()

    def settle_unsaved(self) -> bool:
        """Before the meeting closes (or the window rebuilds), ask what to do with unsaved edits.

        Closing the meeting would otherwise drop them without a word. Returns False when the chair
        cancels (or the save was refused), so the caller keeps the meeting open.
        """
        if not self._dirty or self.context.service is None:
            return True
        save, discard = self.tr("Save changes"), self.tr("Discard changes")
        answer = self.dialogs.choose(self.tr("Unsaved meeting changes"),
                                     self.tr("The meeting's details and rules have changes that are not saved."),
                                     [save, discard])
        if answer == save:
            self.save()
            return not self._dirty
        if answer == discard:
            self.revert()
            return True
        return False

    def _summaries(self, service: MeetingService) -> None:
        on_roll = service.member_count()
        eligible = service.eligible_on_roll()
        statuses = ", ".join(f"{s or self.tr('(no status)')}: {n:,}" for s, n in service.statuses()) or self.tr("none")
        rules = service.rules()
        cutoff = long_date(rules.cutoff) if rules.cutoff else self.tr("none")
        self.roll_summary.setText(self.tr(
            "On the roll: {0:,}\nMay vote under the rules: {1:,}\nMay attend but not vote: {2:,}\n"
            "Statuses: {3}\nCut-off: {4}").format(on_roll, eligible, on_roll - eligible, statuses, cutoff))
        figures = service.figures()
        self.attendance_summary.setText(f"{figures_text(figures)}\n{quorum_text(figures)}".replace("    ", "\n"))
        self._show_quorum_help()

    def _show_quorum_help(self, *_args: object) -> None:
        """Explain the quorum as typed, not as last saved: the line under the field must agree with it."""
        service = self.context.service
        if service is None:
            return
        try:
            quorum = Quorum.parse(self.quorum.text().strip() or "0")
        except DomainError as error:
            self.quorum_help.setText(str(error))
            return
        eligible = service.eligible_on_roll()
        needed = quorum.required(eligible)
        if needed <= 0:
            self.quorum_help.setText(self.tr("No quorum is set: the meeting may vote with any number present."))
        elif quorum.percent:
            self.quorum_help.setText(self.tr("{0} of {1:,} eligible members = {2:,} needed.").format(
                quorum, eligible, needed))
        elif beyond := service.quorum_beyond_roll(quorum):
            self.quorum_help.setText(f"⚠ {beyond}")
        else:
            self.quorum_help.setText(self.tr("{0:,} members who may vote must be present.").format(needed))

    # -- chair and personal data --------------------------------------------------------

    def change_pin(self) -> None:
        """Set or change the chair's PIN (the current one is needed to change it)."""
        service = self.context.service
        if service is None:
            return
        had = has_pin(service)
        head = service.audit_head()
        dialog = ChangePinDialog(had, lambda new, current: set_pin(service, new, current_pin=current), self)
        accepted = self.dialogs.run(dialog)
        dialog.deleteLater()
        if service.audit_head() != head:  # a change, or wrong PINs (which are logged too)
            self.context.notify("chair.pin_changed" if accepted else "chair.pin_refused")
        if accepted:
            self.dialogs.info(self.tr("Chair's PIN"), self.tr("The chair's PIN was changed.") if had
                              else self.tr("The chair's PIN was set."))

    def hand_out_teller_code(self) -> None:
        """The chair names a teller and reads out (or writes down) the code for them; shown this once."""
        service = self.context.service
        if service is None:
            return
        named = teller_names(service)
        name = self.dialogs.text(self.tr("Teller codes"), self.tr(
            "Name of the teller to hand a code to (a teller named before gets a new code):\n{0}").format(
                self.tr("Named so far: {0}").format(", ".join(named)) if named else self.tr("No teller named yet.")))
        if name is None or not name.strip():
            return
        given = self.dialogs.attempt(self.tr("Teller codes"), lambda: add_teller(service, name))
        if given is None:
            return
        self.context.notify("teller.code")
        self.dialogs.info(self.tr("Teller codes"), self.tr(
            "Code for {0}: {1}\n\nHand it to {0} only; it is not shown again. Each count entry is now made under "
            "a named teller's own name and code.").format(given.name, given.code))

    def purge_personal_data(self) -> None:
        """After the meeting: remove personal data, keep the proof (asks first, then for the chair's PIN)."""
        service = self.context.service
        if service is None:
            return
        title = self.tr("Purge personal data")
        if not self.dialogs.confirm(title, purge_question()):
            return
        summary = self.dialogs.attempt(title, lambda: purge_personal_data(service, pin=None))
        if summary is None:
            return
        if summary.members or summary.attendees:
            self.context.notify("personal.purge")
            text = self.tr("Removed the personal data of {0:,} member(s) and {1:,} guest(s) or provisional "
                           "attendee(s). The figures, results and audit log are kept, and the audit log still "
                           "verifies.").format(summary.members, summary.attendees)
        else:
            text = self.tr("There was no personal data left to remove; nothing was changed.")
        if summary.events_with_names:
            text += " " + self.tr("{0:,} earlier audit event(s) still hold the names they recorded (members added "
                                  "or corrected by hand, guests, provisional attendees, undone registrations): the "
                                  "audit chain forbids changing them. To remove those too, export the figures and "
                                  "delete the file.").format(summary.events_with_names)
        self.dialogs.info(title, text)


def purge_question() -> str:
    """What the purge removes and what it keeps, exactly, for the confirmation."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("MeetingPage", (
        "Remove personal data from this meeting file? This cannot be undone.\n\n"
        "Removed: members' first and last names, e-mail addresses and postcodes (and their names in the search "
        "index); guests' and provisional attendees' names and notes, which become \"(removed)\".\n\n"
        "Kept: membership numbers, wards, join dates and statuses; every registration, paper, count and declared "
        "result; the officers' names (chair, secretary, tellers); and the audit log, which still verifies.\n\n"
        "Not removed: names recorded earlier in the audit log (members added or corrected by hand, guests, "
        "provisional attendees, undone registrations); the audit chain forbids changing them.\n\n"
        "Allowed only when no ballot is open, closed or counted but not yet declared. The chair's PIN is needed."))
