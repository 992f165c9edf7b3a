"""The registration desk: registering members and others at the door, with their papers, and attendance.

One responsibility of :class:`~ballotdesk.services.meeting.MeetingService`: registration (with
the ballot papers the desk issues in the same change), guests and provisional attendees, undoing
a wrong Enter, departures, the attendance list and the live figures. It builds on the roll
(``services/roll.py``), where members are found, and is apart from it because the desk writes
attendees, never the roll.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from ballotdesk.domain import search, words
from ballotdesk.domain.eligibility import Eligibility, Rules
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.text import check_text
from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate
from ballotdesk.services.roll import RollMixin
from ballotdesk.store.meeting_store import MeetingStore
from ballotdesk.store.store_base import now

_KIND_WORDS = {"guest": QT_TRANSLATE_NOOP("Meeting", "guest"),
               "provisional": QT_TRANSLATE_NOOP("Meeting", "provisional")}
"""The word for each kind of non-member attendee, for messages."""


class _NothingChanged(Exception):
    """Leaves a ``store.change`` block that turned out to change nothing, so it is rolled back unlogged."""


@dataclass(frozen=True)
class DeskPaper:
    """A ballot paper asked for with a registration: issued (with its box and serial), or why not.

    A person-level refusal (may not vote, already holds one) does not undo the registration:
    the steward still needs to know the person is in, and why no paper goes with them.
    """

    ballot_id: int
    ballot_title: str
    box: str
    serial: str = ""
    refused: str = ""

    @property
    def issued(self) -> bool:
        """True when this registration issued the paper."""
        return not self.refused


@dataclass(frozen=True)
class Registration:
    """What the status panel says after Enter.

    ``outcome`` is ``registered``, ``already`` (with the earlier time), ``returned`` (registered
    earlier and marked as departed: now marked as back, ``departed_at`` says when they had left),
    ``unknown`` (not on the roll) or ``refused`` (nothing done: a paper was asked for on a ballot
    that is not open or into a box that does not exist; ``reason`` says which). The same words
    are the ``status`` of ``register --json`` and of the HTTP API.
    """

    number: str
    outcome: str
    name: str = ""
    may_vote: bool = False
    reason: str = ""
    at: str | None = None
    attendee_id: int | None = None
    departed_at: str | None = None
    by: str = ""
    """Who registered them (the name given at the desk), for "already registered at 19:42 by Gareth"."""
    papers: tuple[DeskPaper, ...] = ()
    """The papers asked for with this registration, issued or refused, in the order asked."""

    @property
    def registered(self) -> bool:
        """True when this call registered the person."""
        return self.outcome == "registered"

    @property
    def present(self) -> bool:
        """True when the person is registered and present after this call (registered, already or returned)."""
        return self.outcome in ("registered", "already", "returned")


@dataclass(frozen=True)
class Figures:
    """The desk's live figures."""

    on_roll: int
    eligible: int
    registered: int
    may_vote_present: int
    guests: int
    departed: int
    quorum: int
    quorate: bool

    def as_json(self) -> dict[str, Any]:
        """The ``attendance --json`` shape."""
        return asdict(self)


@dataclass(frozen=True)
class Attendee:
    """One row of the attendance list."""

    id: int
    kind: str
    number: str
    name: str
    ward: str
    registered_at: str
    registered_by: str
    may_vote: bool
    reason: str
    departed_at: str | None


@dataclass(frozen=True)
class Undone:
    """A registration taken back, and the (ballot, box) of each paper the desk had issued with it."""

    attendee: Attendee
    papers: tuple[tuple[str, str], ...] = ()


class DeskMixin(RollMixin):
    """Registration at the door and the attendance it makes."""

    def __init__(self, store: MeetingStore, actor: str = "desk") -> None:
        super().__init__(store, actor)
        self._attendees_cache: tuple[tuple[int, int], list[Attendee]] | None = None
        self._verdicts: tuple[Rules | None, dict[tuple[Any, ...], bool]] = (None, {})

    def register(self, number: str, ballot: int | None = None, box: str | None = None) -> Registration:
        """Register a member at the door, and with ``ballot`` issue their paper into ``box`` in the same change.

        Registering someone twice is impossible: an already registered member is ``already``
        (and gets the paper asked for, if they may vote and hold none yet), a departed one is
        marked as back (``returned``). A ballot that is not open, or a box that does not exist,
        refuses the whole request (``refused``) and changes nothing.
        """
        return self._register(number, [(ballot, box)] if ballot is not None else [], strict=True)

    def register_at_desk(self, number: str) -> Registration:
        """Register as the desk does: with a paper for every open ballot set to be issued at the desk.

        Which ballots those are is the papers service's to say (:func:`papers.desk_ballots`),
        so the Qt desk and any other desk issue the same papers.
        """
        from ballotdesk.services.papers import desk_ballots

        return self._register(number, list(desk_ballots(self._as_service())), strict=False)

    def _register(self, number: str, wanted: Sequence[tuple[int, str | None]], *, strict: bool) -> Registration:
        """Registration and the papers asked with it, as one logged change (or none at all).

        ``strict``: the caller named the ballot and box, so a ballot that cannot be issued now
        refuses the request; the desk's own list only names open ballots.
        """
        from ballotdesk.services import ballots
        from ballotdesk.services import papers as paper_service

        svc = self._as_service()
        number = number.strip()
        member = self.member(number)
        if member is None:
            if not search.looks_like_number(number):
                return Registration(number, "unknown", reason=translate(
                    "Desk", "No member matches '{0}'").format(number))
            return Registration(number, "unknown", reason=translate(
                "Desk", "membership number {0} is not on the roll").format(number))
        number = member["number"]  # as stored: "a17" typed registers the "A17" on the roll
        name = f"{member['first_name']} {member['last_name']}".strip()
        e = self.eligibility_of(member)
        targets: list[tuple[int, str, tuple[int, str]]] = []
        for ballot_id, box in wanted:
            try:
                target = paper_service.issue_target(svc, ballot_id, box)
            except DomainError as error:
                if strict:
                    return Registration(number, "refused", name, e.may_vote, str(error))
                continue
            targets.append((ballot_id, ballots.ballot_row(svc, ballot_id)["title"], target))
        earlier = self.store.attendee_by_member(number)
        if earlier is None:
            return self._register_new(member, e, targets)
        return self._register_again(member, e, earlier, targets)

    def _register_new(self, member: dict[str, Any], e: Eligibility,
                      targets: Sequence[tuple[int, str, tuple[int, str]]]) -> Registration:
        """A first registration and its papers: one ``attendee.register`` change."""

        number, name = member["number"], f"{member['first_name']} {member['last_name']}".strip()
        at = now()
        with words.english():  # the audit log keeps English, whatever the desk shows
            stored_reason = self.eligibility_of(member).reason
        details: dict[str, Any] = {"number": number, "may_vote": e.may_vote, "reason": stored_reason}
        with self.store.change(self.actor, "attendee.register", details) as ev:
            attendee_id = self.store.insert_attendee(
                {"member_number": number, "kind": "member", "registered_at": at, "registered_by": self.actor})
            ev["attendee_id"] = attendee_id
            papers = self._issue_with(attendee_id, targets, ev, may_vote=e.may_vote)
        return Registration(number, "registered", name, e.may_vote, e.reason, at, attendee_id, papers=papers)

    def _register_again(self, member: dict[str, Any], e: Eligibility, earlier: dict[str, Any],
                        targets: Sequence[tuple[int, str, tuple[int, str]]]) -> Registration:
        """Someone registered earlier: ``already``, or ``returned`` if marked as departed, with any papers asked.

        Back at the door after being marked as departed: present again, so the figures and the
        quorum count them again (logged as a return, like the Attendance page's), with any paper
        asked for in the same change. Someone registered before papers were issued gets theirs now.
        """

        number, name = member["number"], f"{member['first_name']} {member['last_name']}".strip()
        attendee_id = int(earlier["id"])
        returned = earlier["departed_at"] is not None
        if not returned and not targets:
            return Registration(number, "already", name, e.may_vote, e.reason,
                                earlier["registered_at"], attendee_id, by=earlier["registered_by"])
        action = "attendee.returned" if returned else "paper.issue"
        details = {"attendee_ids": [attendee_id]} if returned else {"attendee_id": attendee_id, "number": number}
        papers: tuple[DeskPaper, ...] = ()
        try:
            with self.store.change(self.actor, action, details) as ev:
                if returned:
                    self.store.update_attendee(attendee_id, {"departed_at": None})
                papers = self._issue_with(attendee_id, targets, ev, may_vote=e.may_vote)
                if not returned and not any(p.issued for p in papers):
                    raise _NothingChanged  # rolls the empty change back: no audit event for nothing
        except _NothingChanged:
            pass
        return Registration(number, "returned" if returned else "already", name, e.may_vote, e.reason,
                            earlier["registered_at"], attendee_id, earlier["departed_at"] if returned else None,
                            earlier["registered_by"], papers)

    def _issue_with(self, attendee_id: int, targets: Sequence[tuple[int, str, tuple[int, str]]],
                    event: dict[str, Any], *, may_vote: bool) -> tuple[DeskPaper, ...]:
        """Issue each paper asked for with a registration, inside its change, under the ballots' issue rule.

        Someone who may not vote is simply given no paper: the panel already says why they may
        not vote, and a second refusal beside it would only alarm the door.
        """
        from ballotdesk.services import papers as paper_service

        svc = self._as_service()
        papers: list[DeskPaper] = []
        if not may_vote:
            return ()
        for ballot_id, title, target in targets:
            try:
                paper_service.check_holder(svc, ballot_id, attendee_id)
            except DomainError as error:
                papers.append(DeskPaper(ballot_id, title, target[1], refused=str(error)))
                continue
            paper = paper_service.record_paper(svc, ballot_id, attendee_id, target)
            papers.append(DeskPaper(ballot_id, title, paper.box, paper.serial))
            event.setdefault("papers", []).append(
                {"ballot_id": ballot_id, "box": paper.box, "serial": paper.serial, "paper_id": paper.id})
        return tuple(papers)

    def add_guest(self, name: str, note: str = "") -> Attendee:
        """Register a guest (press, visitor): may attend, never votes."""
        return self._add_other("guest", name, note)

    def add_provisional(self, name: str, reason: str) -> Attendee:
        """Register someone not on the roll, pending the chair's approval to vote."""
        if not reason.strip():
            raise DomainError(translate(
                "Meeting", "Say why this person is admitted provisionally (e.g. 'renewed last week')."))
        return self._add_other("provisional", name, reason)

    def _add_other(self, kind: str, name: str, note: str) -> Attendee:
        name = check_text("name", name)
        if not name:
            raise DomainError(translate("Meeting", "A {0} attendee needs a name.").format(
                translate("Meeting", _KIND_WORDS.get(kind, kind))))
        note = check_text("reason" if kind == "provisional" else "note", note)
        with self.store.change(self.actor, f"attendee.{kind}", {"name": name.strip(), "note": note.strip()}) as ev:
            attendee_id = self.store.insert_attendee(
                {"kind": kind, "name": name.strip(), "note": note.strip(),
                 "registered_at": now(), "registered_by": self.actor})
            ev["attendee_id"] = attendee_id
        return self.attendee(attendee_id)

    def approve_provisional(self, attendee_id: int, approved: bool = True, *, pin: str | None = None) -> Attendee:
        """The chair lets a provisional attendee vote (or withdraws that approval)."""
        from ballotdesk.services.roles import require_chair

        require_chair(self._as_service(), pin, QT_TRANSLATE_NOOP("Roles", "approve a provisional attendee's vote"))
        row = self.store.attendee(attendee_id)
        if row is None or row["kind"] != "provisional":
            raise DomainError(translate("Meeting", "Only a provisional attendee's vote can be approved."))
        with self.store.change(self.actor, "attendee.approve_vote",
                               {"attendee_id": attendee_id, "approved": approved}):
            self.store.update_attendee(attendee_id, {"vote_approved": int(approved)})
        return self.attendee(attendee_id)

    def undo_last_registration(self, attendee_id: int | None = None) -> Undone | None:
        """Take back the most recent registration (Ctrl+Z at the desk); logged, never silent.

        A wrong Enter at a desk that issues ballot papers also issued a paper: while that paper is
        still live, unnumbered and its ballot still open, it is taken back with the registration
        (both in one logged change; the steward keeps the paper). A registration whose paper was
        numbered, spoilt, withdrawn or is on a closed ballot stays: the ballot paper account keeps
        every paper handed out and the person it went to, and the refusal says what to do instead.
        With ``attendee_id`` (the desk's own latest registration) nothing is taken back unless that
        is still the latest.
        """
        last = self.store.last_attendee_id()
        if last is None:
            return None
        if attendee_id is not None and attendee_id != last:
            # The desk asks for the registration it made; anyone registered since is not its to take back.
            raise DomainError(translate(
                "Meeting", "{0} is no longer the latest registration, so it is not taken back.").format(
                self.attendee(attendee_id).name if self.store.attendee(attendee_id) else attendee_id))
        attendee_id = last
        undone = self.attendee(attendee_id)
        papers = self.store.papers_of(attendee_id)
        if any(p["state"] != "live" or p["serial"] or p["ballot_status"] != "open" for p in papers):
            raise DomainError(translate(
                "Meeting", "{0} already holds a ballot paper, so the registration cannot be undone, even once "
                "the paper is withdrawn. Take the paper back, withdraw it (Ballots page) and mark them as "
                "departed (Attendance page).").format(undone.name))
        details: dict[str, Any] = {"attendee_id": attendee_id, "number": undone.number, "name": undone.name}
        if papers:
            details["papers_taken_back"] = [{"paper_id": p["id"], "ballot_id": p["ballot_id"], "box": p["box"]}
                                            for p in papers]
        with self.store.change(self.actor, "attendee.undo", details):
            self.store.delete_papers([p["id"] for p in papers])
            self.store.delete_attendee(attendee_id)
        return Undone(undone, tuple((p["ballot_title"], p["box"]) for p in papers))

    def set_departed(self, attendee_ids: Iterable[int], departed: bool) -> int:
        """Mark attendees as departed or returned; returns how many changed."""
        ids = [i for i in attendee_ids
               if (row := self.store.attendee(i)) and (row["departed_at"] is None) == departed]
        if not ids:
            return 0
        at = now() if departed else None
        with self.store.change(self.actor, "attendee.departed" if departed else "attendee.returned",
                               {"attendee_ids": ids}):
            for i in ids:
                self.store.update_attendee(i, {"departed_at": at})
        return len(ids)

    # -- attendance ----------------------------------------------------------------------

    def _attendee(self, row: dict[str, Any], rules: Rules) -> Attendee:
        e = self._eligibility_row(row, rules)
        name = row["name"] if row["kind"] != "member" else f"{row['first_name']} {row['last_name']}".strip()
        return Attendee(row["id"], row["kind"], row["member_number"] or "", name, row["ward"] or "",
                        row["registered_at"], row["registered_by"], e.may_vote, e.reason,
                        row["departed_at"])

    def attendee(self, attendee_id: int) -> Attendee:
        """One attendee with eligibility."""
        row = self.store.attendee(attendee_id)
        if row is None:
            raise DomainError(translate("Meeting", "There is no attendee {0}.").format(attendee_id))
        return self._attendee(row, self.rules())

    def attendees(self) -> list[Attendee]:
        """The attendance list, in registration order.

        Every page redraws after every change and several of them show attendance figures, so
        the list is kept until the audit log says the meeting changed.
        """
        version = (self.store.audit_version(), words.generation())  # reasons are in the interface language
        if self._attendees_cache is None or self._attendees_cache[0] != version:
            rules = self.rules()
            self._attendees_cache = (version, [self._attendee(row, rules) for row in self.store.attendees()])
        return list(self._attendees_cache[1])

    def namesakes(self, name: str) -> list[Attendee]:
        """Guests and provisional attendees already registered under ``name`` (case, accents and spaces aside).

        Two visitors may share a name, so the desk asks rather than refuses; most often it is the
        same person added twice.
        """
        wanted = search.words(name)
        return [a for a in self.attendees() if a.kind != "member" and wanted and search.words(a.name) == wanted]

    def figures(self) -> Figures:
        """Live figures for the desk, the hosted pages and ``attendance --json``.

        Every registration redraws them, on the desk and on every joined device, so they are
        counted from :meth:`MeetingStore.attendance_groups` with each group's right to vote
        decided once by the domain's rule (and remembered while the rules stay), not rebuilt
        from every attendee's row: with 5,000 registered that was a third of a second a change.
        """
        rules = self.rules()
        if self._verdicts[0] != rules:
            self._verdicts = (rules, {})
        verdicts = self._verdicts[1]
        registered = may_vote_present = guests = departed = 0
        for group in self.store.attendance_groups():
            count = int(group["n"])
            registered += count
            guests += count if group["kind"] == "guest" else 0
            if not group["present"]:
                departed += count
                continue
            key = (group["kind"], group["join_date"], group["status"], bool(group["left_roll"]),
                   bool(group["vote_approved"]))
            if key not in verdicts:
                with words.english():  # only the verdict is wanted, not the words
                    verdicts[key] = self._eligibility_row(
                        {"kind": key[0], "join_date": key[1], "status": key[2], "left_at": "" if key[3] else None,
                         "note": "", "vote_approved": key[4]}, rules).may_vote
            may_vote_present += count if verdicts[key] else 0
        eligible = self.eligible_on_roll()
        required = self.quorum().required(eligible)
        return Figures(
            on_roll=self.store.member_count(),
            eligible=eligible,
            registered=registered,
            may_vote_present=may_vote_present,
            guests=guests,
            departed=departed,
            quorum=required,
            quorate=may_vote_present >= required,
        )
