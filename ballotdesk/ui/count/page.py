"""The count page: tellers enter each box's figures, twice and blind; the chair resolves the rest.

Four-eyes entry as in the Dutch Electoral Council's count software: one teller enters a box,
a second teller enters the same box without seeing the first entry, and only matching entries
become definitive. So this page never fills the form from a stored entry and clears it after
every save, on every change of box and on every change of teller. Checks run as the teller
types (``domain.count``), and beside the form the box's ballot paper account says whether the
papers balance.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ballotdesk.domain.ballot import Status, shown_options
from ballotdesk.domain.count import account, label_text
from ballotdesk.services import ballots as ballot_service
from ballotdesk.services import counting as count_service
from ballotdesk.services import results as result_service
from ballotdesk.services import tellers
from ballotdesk.services.counting import BoxState
from ballotdesk.ui.context import MeetingContext
from ballotdesk.ui.count.dispute_dialog import DisputeDialog
from ballotdesk.ui.count.model import BoxStatesModel, account_words
from ballotdesk.ui.dialogs import not_done
from ballotdesk.ui.domain_text import status_label
from ballotdesk.ui.pages import Page
from ballotdesk.ui.tones import Tone, style_text
from ballotdesk.ui.widgets.ballot_picker import BallotPicker
from ballotdesk.ui.widgets.count_form import CountForm
from ballotdesk.ui.widgets.page_tools import button, select_id, selected_id, table


class CountPage(Page):
    """Teller entry for one box at a time, the four-eyes state of every box, and the chair's tools."""


    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._ballot_id: int | None = None
        self._box = ""
        self._form_teller = context.teller
        self._states: list[BoxState] = []
        self._entry_allowed = False
        self._actions: result_service.BallotActions | None = None

        # top bar: ballot, box, teller
        self.picker = BallotPicker()
        # Narrower than elsewhere: the teller's name and button share this row, and the page must fit
        # a 1024-pixel screen at a 12 pt font (the full title shows in the picker's list).
        self.picker.setMinimumContentsLength(26)
        self.picker.ballot_changed.connect(lambda _id: self.refresh())
        self.box_combo = QComboBox()
        self.box_combo.setAccessibleName(self.tr("Box"))
        self.box_combo.setMinimumContentsLength(12)
        self.box_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.box_combo.currentTextChanged.connect(lambda _t: self._box_chosen())
        self.teller_label = QLabel()
        self.teller_label.setAccessibleName(self.tr("Teller"))
        self.teller_button = button(self.tr("Change &teller…"), self.tr("Change teller"), self.change_teller,
                                    self.tr("Give the name of the teller at the keyboard; the form is cleared"))
        bar = QHBoxLayout()
        for text, widget in ((self.tr("&Ballot:"), self.picker), (self.tr("Bo&x:"), self.box_combo)):
            label = QLabel(text)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
            bar.addSpacing(12)
        bar.addStretch(1)
        bar.addWidget(self.teller_label)
        bar.addWidget(self.teller_button)

        # the form
        self.entry_note = QLabel()
        self.entry_note.setWordWrap(True)
        self.entry_note.setAccessibleName(self.tr("About this entry"))
        self.form = CountForm()
        self.form.validity_changed.connect(lambda _v: self._update_save())
        self.form.submitted.connect(self.save)
        self.form.papers.textChanged.connect(lambda _t: self._show_account())
        self.save_button = QPushButton(self.tr("&Save entry"))
        self.save_button.setAccessibleName(self.tr("Save entry"))
        self.save_button.setToolTip(
            self.tr("Save this teller's figures for the box (Ctrl+S, or Enter in the last field)"))
        self.save_button.clicked.connect(self.save)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.save)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Outcome of the last entry"))
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form_group = QGroupBox(self.tr("Count"))
        form_layout = QVBoxLayout(self.form_group)
        form_layout.addWidget(self.entry_note)
        form_layout.addWidget(self.form)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(QLabel(self.tr("Ctrl+S, or Enter in the last field")))
        save_row.addStretch(1)
        form_layout.addLayout(save_row)
        form_layout.addWidget(self.outcome)
        form_layout.addStretch(1)

        # the ballot paper account of the box
        self.account_group = QGroupBox(self.tr("Ballot paper account"))
        self.account_labels: dict[str, QLabel] = {}
        account_form = QFormLayout()
        for key, text in (("issued", self.tr("Papers issued:")), ("found", self.tr("Papers found:")),
                          ("spoilt", self.tr("Spoilt and cancelled:")),
                          ("variance", self.tr("Not returned (variance):"))):
            value = QLabel("—")
            value.setAccessibleName(text.rstrip(":"))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.account_labels[key] = value
            account_form.addRow(text, value)
        self.account_message = QLabel()
        self.account_message.setWordWrap(True)
        self.account_message.setAccessibleName(self.tr("Ballot paper account"))
        account_layout = QVBoxLayout(self.account_group)
        account_layout.addLayout(account_form)
        account_layout.addWidget(self.account_message)
        account_layout.addStretch(1)
        self.account_group.setMinimumWidth(280)
        self.account_group.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        middle = QHBoxLayout()
        middle.addWidget(self.form_group, 3)
        middle.addWidget(self.account_group, 2)

        # every box at a glance, and the chair's tools
        self.states_model = BoxStatesModel(self)
        self.states_view = table(self.states_model, self.tr("Boxes and their count"))
        self.states_view.setMinimumHeight(110)
        self.states_view.selectionModel().selectionChanged.connect(lambda *_: self._row_chosen())
        self.chair_group = QGroupBox(self.tr("Chair"))
        self.chair_note = QLabel()
        self.chair_note.setWordWrap(True)
        self.chair_note.setAccessibleName(self.tr("What the chair must resolve"))
        self.recount_button = button(self.tr("Order &recount…"), self.tr("Order recount"), self.order_recount,
                                     self.tr("Set this box's entries aside; the tellers count it again"))
        self.explain_button = button(self.tr("E&xplain shortfall…"), self.tr("Explain shortfall"),
                                     self.explain_shortfall,
                                     self.tr("Write why papers were not returned; it goes on the result"))
        self.resolve_button = button(self.tr("&Compare and resolve…"), self.tr("Compare and resolve"),
                                     self.resolve_dispute,
                                     self.tr("See both entries side by side, then accept one or order a recount "
                                             "(a reason is required)"))
        self.chair_buttons = QHBoxLayout()
        chair_layout = QVBoxLayout(self.chair_group)
        chair_layout.addWidget(self.chair_note)
        chair_layout.addLayout(self.chair_buttons)
        self.chair_buttons.addWidget(self.resolve_button)
        self.chair_buttons.addWidget(self.recount_button)
        self.chair_buttons.addWidget(self.explain_button)
        self.chair_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(middle, 3)
        boxes_label = QLabel(self.tr("<b>Every box</b> (two matching entries make a box definitive)"))
        layout.addWidget(boxes_label)
        layout.addWidget(self.states_view, 2)
        layout.addWidget(self.chair_group)
        self.refresh()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """The page brought forward takes the keyboard where the work starts, not on itself.

        That is the first figure when there is one to type, otherwise the box to choose. Not a
        focus proxy: a proxy deep in the form makes Tab from the tab bar skip the ballot and box.
        """
        super().focusInEvent(event)
        if event.reason() not in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            (self.form.papers if self._entry_allowed else self.box_combo).setFocus(event.reason())

    # -- reading ------------------------------------------------------------------------------

    def ballot(self) -> ballot_service.Ballot | None:
        """The chosen ballot."""
        return self.picker.ballot(self.service)

    def box(self) -> str:
        """The chosen box's name."""
        return self.box_combo.currentText()

    def box_state(self) -> BoxState | None:
        """The four-eyes state of the chosen box."""
        return next((s for s in self._states if s.name == self.box()), None)

    def select_box(self, name: str) -> None:
        """Choose a box by name (as a teller picks it)."""
        self.box_combo.setCurrentText(name)

    # -- redraw -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Redraw from the service; the teller's typing survives unless ballot, box or teller changed."""
        if not hasattr(self, "states_model"):
            return
        svc = self.service
        rows = [b for b in ballot_service.ballot_list(svc) if b.status is not Status.DRAFT] if svc else []
        prefer = next((b.id for b in rows if count_service.count_step(b.id, b.status)), None)
        self.picker.blockSignals(True)
        self.picker.set_ballots(rows, prefer)
        self.picker.blockSignals(False)
        ballot = self.ballot()
        states: list[BoxState] | None = None
        self._actions = None
        if svc is not None and ballot is not None:
            states = self.dialogs.attempt(not_done(), lambda: count_service.box_states(svc, ballot.id))
            self._actions = self.dialogs.attempt(not_done(), lambda: result_service.ballot_actions(svc, ballot.id))
        self._states = states or []
        if ballot is None or ballot.id != self._ballot_id:
            self._ballot_id = ballot.id if ballot else None
            spec = ballot.spec if ballot else None
            self.form.set_options(shown_options(spec) if spec else (), spec.seats if spec else 1)
            QWidget.setTabOrder(self.form.last_field(), self.save_button)
            self.outcome.clear()
        names = [s.name for s in self._states]
        current = self.box_combo.currentText()
        self.box_combo.blockSignals(True)
        self.box_combo.clear()
        self.box_combo.addItems(names)
        if current in names:
            self.box_combo.setCurrentText(current)
        else:
            waiting = next((s.name for s in self._states if s.state in ("waiting", "second entry")), None)
            self.box_combo.setCurrentText(waiting or (names[0] if names else ""))
        self.box_combo.blockSignals(False)
        self.states_model.set_rows(self._states)
        if self.context.teller != self._form_teller:
            self._form_teller = self.context.teller
            self.form.clear()
        self._box_chosen(from_refresh=True)

    def _box_chosen(self, from_refresh: bool = False) -> None:
        if self.box() != self._box:
            self._box = self.box()
            self.form.clear()
            if not from_refresh:
                self.outcome.clear()
        select_id(self.states_view, self.box())
        self._update_entry()
        self._show_account()
        self._update_chair()

    def _row_chosen(self) -> None:
        name = selected_id(self.states_view)
        if name is not None and name != self.box():
            self.box_combo.setCurrentText(name)

    def _update_entry(self) -> None:
        ballot, state, teller = self.ballot(), self.box_state(), self.context.teller
        self.teller_label.setText(self.tr("Teller: <b>{0}</b>").format(teller) if teller
                                  else self.tr("Teller: <i>not given yet</i>"))
        note, allowed = "", False
        tone: Tone | None = None
        if self.service is None:
            note = self.tr("No meeting is open.")
        elif ballot is None:
            note = self.tr("No ballot to count yet: a ballot is counted once it is closed.")
        elif self._actions is None or not self._actions.count:
            status = ballot.status
            note = (self.tr("This ballot is still open; counts are entered once it is closed.")
                    if status is Status.OPEN
                    else self.tr("This ballot is {0}; the count is complete.").format(status_label(status)))
        elif state is None:
            note = self.tr("Choose a box.")
        elif state.blocked:
            note = state.blocker()
            tone = Tone.PROBLEM
        elif state.state == "definitive":
            note = self.tr("The count of {0} is definitive; only the chair can order a recount.").format(state.name)
        elif state.state == "differs":
            note = self.tr("The two entries for {0} differ; the chair must resolve them first.").format(state.name)
            tone = Tone.WARNING
        else:
            allowed = True
            first = self._entry_tellers()
            if state.state == "second entry":
                if teller and first and first[0].casefold() == teller.casefold():
                    note = self.tr("You ({0}) entered the first count of {1}; a different teller must enter the "
                                    "second.").format(teller, state.name)
                    allowed, tone = False, Tone.WARNING
                else:
                    note = self.tr("Second entry for {0}, entered blind: count the papers yourself; the first entry "
                                    "is not shown.").format(state.name)
            else:
                note = self.tr("First entry for {0}.").format(state.name)
                if state.state == "no papers":
                    note += self.tr(" No papers were issued into this box.")
        self.entry_note.setText(note)
        style_text(self.entry_note, tone)
        self._entry_allowed = allowed
        self.form.set_read_only(not allowed)
        self.form_group.setTitle(self.tr("Count of {0}").format(state.name) if state and allowed else self.tr("Count"))
        self._update_save()

    def _update_save(self) -> None:
        self.save_button.setEnabled(self._entry_allowed and self.form.is_valid())

    def _show_account(self) -> None:
        state = self.box_state()
        labels = self.account_labels
        if state is None:
            for value in labels.values():
                value.setText("—")
            self.account_message.clear()
            return
        labels["issued"].setText(f"{state.issued:,}")
        labels["spoilt"].setText(f"{state.spoilt:,}")
        self.account_group.setTitle(self.tr("Ballot paper account: {0}").format(state.name))
        if state.account is not None:
            labels["found"].setText(f"{state.account.found:,}")
            labels["variance"].setText(f"{state.account.variance:,}")
            self.account_message.setText(account_words(state))
            style_text(self.account_message, Tone.OK if state.account.state == "balanced"
                       else Tone.PROBLEM if state.blocked else Tone.WARNING)
            return
        typed = self.form.papers.text().strip()
        if self._entry_allowed and typed.isdigit():
            preview = account(state.issued, int(typed), state.spoilt)
            labels["found"].setText(self.tr("{0} (as typed)").format(f"{preview.found:,}"))
            labels["variance"].setText(f"{preview.variance:,}")
            self.account_message.setText(preview.message)
            style_text(self.account_message, Tone.OK if preview.state == "balanced" else Tone.WARNING)
        else:
            labels["found"].setText(self.tr("not yet counted"))
            labels["variance"].setText("—")
            self.account_message.setText("")

    def _entry_tellers(self) -> list[str]:
        """Names of the tellers whose entries are active for the chosen box (never their figures)."""
        svc, ballot, state = self.service, self.ballot(), self.box_state()
        if svc is None or ballot is None or state is None:
            return []
        return count_service.entry_tellers(svc, ballot.id, state.box_id)

    def _update_chair(self) -> None:
        state = self.box_state()
        resolvable = bool(self._actions and self._actions.resolve)
        notes: list[str] = []
        if state is not None and state.state == "differs":
            notes.append(self.tr("<b>The entries for {0} differ</b> on: {1}. Compare both entries, then accept one "
                                 "or order a recount.").format(
                state.name, ", ".join(label_text(d) for d in state.differing)))
        elif state is not None and state.blocked:
            notes.append(self.tr("<b>{0}</b>: more papers found than issued; order a recount.").format(state.name))
        elif state is not None and state.needs_explanation:
            notes.append(self.tr("<b>{0}</b>: papers were not returned; explain the shortfall.").format(state.name))
        elif state is not None and state.explanation:
            notes.append(self.tr("{0}: shortfall explained: {1}").format(state.name, state.explanation))
        others = [s.name for s in self._states if s.state == "differs" and s is not state]
        if others:
            notes.append(self.tr("Also to resolve: {0}.").format(", ".join(others)))
        if not notes:
            notes.append(self.tr("Nothing for the chair to resolve in this box.") if state else "")
        self.chair_note.setText(" ".join(notes))
        differs = bool(state and state.state == "differs")
        self.resolve_button.setVisible(differs)
        self.resolve_button.setEnabled(resolvable and differs)
        # Differing entries are settled with both in view (Compare and resolve); a definitive or blocked box is
        # recounted from here.
        self.recount_button.setEnabled(bool(resolvable and state and state.state in ("definitive", "blocked")))
        self.explain_button.setEnabled(bool(resolvable and state and state.account
                                            and state.account.state == "short"))

    # -- teller actions -----------------------------------------------------------------------

    def change_teller(self) -> bool:
        """Ask the teller's name (kept for the sitting in ``context.teller``); clears the form."""
        name = self.dialogs.text(self.tr("Teller"), self.tr("Your name, as the teller entering counts:"),
                                 self.context.teller)
        if name is None:
            return False
        name = " ".join(name.split())
        if not name:
            self.dialogs.error(not_done(), self.tr("The teller must give their name."))
            return False
        code = ""
        if self.service is not None and tellers.codes_required(self.service):
            code = self.dialogs.teller_code(name) or ""
            if not code.strip():
                return False
        self.context.teller, self.context.teller_code = name, code
        self._form_teller = name
        self.form.clear()
        self.outcome.clear()
        self._update_entry()
        self._show_account()
        self.form.papers.setFocus()
        return True

    def save(self) -> None:
        """Save the teller's entry for the box; then clear the form for the next box."""
        svc, ballot = self.service, self.ballot()
        if svc is None or ballot is None or not self.save_button.isEnabled():
            return
        if not self.context.teller and not self.change_teller():
            return
        self._update_entry()
        if not self.save_button.isEnabled():
            return
        figures = self.form.figures()
        if figures is None:
            return
        box, teller, reasons = self.box(), self.context.teller, self.form.rejected_reasons()
        outcome = self.dialogs.attempt(not_done(), lambda: count_service.enter_count(
            svc, ballot.id, box, teller, figures, reasons, code=self.context.teller_code or None))
        if outcome is None:
            return
        self.form.clear()
        self.context.notify("count.entry")
        message, tone = self._outcome_words(outcome.message, outcome.state, box)
        self.outcome.setText(message)
        style_text(self.outcome, tone)
        self.form.papers.setFocus()

    def _outcome_words(self, message: str, entry_state: str, box: str) -> tuple[str, Tone | None]:
        """The service's words for the saved entry, with the tone of what it led to.

        The words (blocked, shortfall to explain) come from the service, so ``count`` says the same.
        """
        if entry_state in ("differs", "blocked"):
            return message, Tone.PROBLEM
        if entry_state != "definitive":
            return message, None
        state = next((s for s in self._states if s.name == box), None)
        if state is not None and state.needs_explanation:
            return message, Tone.WARNING  # the service's words already ask the chair to explain
        return message, Tone.OK

    # -- chair actions ------------------------------------------------------------------------

    def order_recount(self) -> None:
        """The chair sets the box's entries aside; the tellers count it again."""
        svc, ballot, state = self.service, self.ballot(), self.box_state()
        if svc is None or ballot is None or state is None:
            return
        reason = self.dialogs.text(self.tr("Order recount"),
                                   self.tr("Why is {0} recounted? (the chair's reason, required)").format(state.name))
        if reason is None:
            return
        if self.dialogs.done(not_done(), lambda: count_service.resolve_entries(
                svc, ballot.id, state.name, accept_teller=None, reason=reason)):
            self.outcome.setText(self.tr("Recount of {0} ordered; its entries are set aside.").format(state.name))
            style_text(self.outcome, None)
            self.context.notify("count.recount")

    def resolve_dispute(self) -> None:
        """The chair compares both entries side by side, then accepts one or orders a recount, with a reason."""
        svc, ballot, state = self.service, self.ballot(), self.box_state()
        if svc is None or ballot is None or state is None:
            return
        seen = self.dialogs.attempt(not_done(), lambda: count_service.dispute(svc, ballot.id, state.name))
        if seen is None:
            return
        dialog = DisputeDialog(self, seen)
        if not self.dialogs.run(dialog):
            return
        teller, reason = dialog.accepted_teller(), dialog.reason()
        if not self.dialogs.done(not_done(), lambda: count_service.resolve_entries(
                svc, ballot.id, state.name, accept_teller=teller, reason=reason)):
            return
        if teller is None:
            self.outcome.setText(self.tr("Recount of {0} ordered; its entries are set aside.").format(state.name))
            style_text(self.outcome, None)
            self.context.notify("count.recount")
        else:
            self.outcome.setText(self.tr("{0}'s entry for {1} was accepted by the chair.").format(teller, state.name))
            style_text(self.outcome, Tone.OK)
            self.context.notify("count.accept")

    def explain_shortfall(self) -> None:
        """The chair's written explanation of papers not returned."""
        svc, ballot, state = self.service, self.ballot(), self.box_state()
        if svc is None or ballot is None or state is None:
            return
        missing = state.account.variance if state.account else 0
        text = self.dialogs.text(self.tr("Explain shortfall"),
                                 self.tr("{0} paper(s) from {1} were not returned. Why?").format(missing, state.name),
                                 state.explanation)
        if text is None:
            return
        if self.dialogs.done(not_done(),
                             lambda: count_service.explain_shortfall(svc, ballot.id, state.name, text)):
            self.context.notify("count.explain")
