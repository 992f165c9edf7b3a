"""Plain, frozen input records for the printed reports.

Reports never query the database: the service layer builds these records and hands them over.
That keeps every PDF a pure function of its input (identical input gives identical bytes), lets
the tests and benchmarks build documents without a store, and means a report can never change
what it reports on.

All counts are plain ``int`` and all names plain ``str`` exactly as they should be printed; the
reports escape markup themselves, so names such as ``"Smith & Jones <Ward 3>"`` are safe.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Literal

PageSize = Literal["A4", "Letter"]


@dataclass(frozen=True)
class MeetingInfo:
    """Who is meeting, where and when; printed at the head of every report.

    Attributes:
        organisation: Name of the organisation, e.g. "Llanelli Labour Party".
        title: Title of the meeting, e.g. "Annual General Meeting".
        venue: Where it is held, e.g. "St Elli's Church Hall".
        date: Day of the meeting.
        page_size: Paper the secretary's printer takes.
    """

    organisation: str
    title: str
    venue: str
    date: datetime.date
    page_size: PageSize = "A4"


@dataclass(frozen=True)
class BoxLine:
    """The tellers' figures for one ballot box.

    Attributes:
        name: Box label, e.g. "Main hall".
        issued: Papers issued for this box.
        found: Papers found in the box at the count.
        spoilt: Papers spoilt and replaced at the desk.
        variance: ``found - (issued - spoilt)`` as computed by the counting service.
        explanation: The chair's explanation of a non-zero variance ("" if none).
        rejected: Papers rejected as invalid.
        abstentions: Papers marking "abstain" and blank papers.
        votes_cast: Valid votes cast.
        votes: Votes per option, in the order of ``ResultSheetData.options``.
    """

    name: str
    issued: int
    found: int
    spoilt: int
    variance: int
    explanation: str
    rejected: int
    abstentions: int
    votes_cast: int
    votes: tuple[int, ...]
    blocked: bool = False


@dataclass(frozen=True)
class QuorumLine:
    """The quorum when the ballot was opened and when its result was declared.

    Attributes:
        rule: The meeting's quorum rule in words, e.g. "10% of the members entitled to vote".
        needed: Members present and entitled to vote the rule asked for at the declaration.
        at_declaration: Members present and entitled to vote at the declaration.
        at_opening: The same when the ballot was opened (None if not recorded).
        needed_at_opening: What the rule asked for at the opening (None if not recorded).
        opening_override: The chair's reason for opening while inquorate ("" if quorate).
        declaration_override: The chair's reason for declaring while inquorate ("" if quorate).
    """

    rule: str
    needed: int
    at_declaration: int
    at_opening: int | None = None
    needed_at_opening: int | None = None
    opening_override: str = ""
    declaration_override: str = ""


@dataclass(frozen=True)
class DisputeLine:
    """A box whose two entries differed, and what the chair decided.

    Attributes:
        box: The box's name.
        tellers: Who made the two entries.
        differing: ``(figure, first entry, second entry)`` for each figure that differed.
        decision: The chair's decision in words, e.g. "Entry by Bob accepted" or "Recount ordered".
        reason: The chair's reason.
    """

    box: str
    tellers: tuple[str, str]
    differing: tuple[tuple[str, int | None, int | None], ...]
    decision: str
    reason: str


@dataclass(frozen=True)
class OptionLine:
    """One option (or candidate) with its total.

    Attributes:
        name: Option or candidate name as printed on the paper.
        votes: Total votes across all boxes.
        percent: Percentage of the stated base, or ``None`` where a percentage makes no sense.
    """

    name: str
    votes: int
    percent: float | None


@dataclass(frozen=True)
class RoundLine:
    """One round of an exhaustive ballot.

    Attributes:
        number: Round number, from 1.
        title: Short description, e.g. "First round".
        options: ``(name, votes)`` for every option still standing in this round.
        eliminated: Names eliminated after this round.
    """

    number: int
    title: str
    options: tuple[tuple[str, int], ...]
    eliminated: tuple[str, ...]


@dataclass(frozen=True)
class Turnout:
    """Turnout figures printed under the result.

    Attributes:
        on_roll: Names on the roll.
        eligible: Names on the roll entitled to vote.
        registered: People registered at the desk (members, guests, provisional).
        eligible_present: Entitled voters present when the ballot opened.
    """

    on_roll: int
    eligible: int
    registered: int
    eligible_present: int


@dataclass(frozen=True)
class Amendment:
    """A correction made after the result was first declared.

    Attributes:
        at: When the amendment was made.
        reason: Why, in the chair's words.
        changes: One line per figure changed, e.g. "Main hall: For 150 → 151".
    """

    at: datetime.datetime
    reason: str
    changes: tuple[str, ...]


@dataclass(frozen=True)
class ResultSheetData:
    """Everything printed on one declared ballot's result sheet.

    Attributes:
        meeting: The meeting.
        ballot_id: Stable number of the ballot within the meeting file.
        ballot_title: E.g. "Motion 3: Hall roof appeal".
        question: The question as put on the paper.
        rule_label: Decision rule in words, e.g. "Simple majority of votes cast".
        base_label: What percentages are of, e.g. "votes cast".
        seats: Places to fill (1 for a motion).
        boxes: Per-box tellers' figures.
        options: Options with totals, in paper order.
        abstentions: Total abstentions and blank papers.
        rejected: Total rejected papers.
        votes_cast: Total valid votes.
        papers: Total papers found.
        base_value: Value of the base percentages are computed against.
        necessary: Votes necessary to carry / be elected, or ``None`` if the rule has none.
        outcome: The outcome in words, e.g. "The motion is CARRIED".
        winners: Names elected / the option that carried.
        lot_text: How any tie was broken by lot ("" if none).
        rounds: Rounds of an exhaustive ballot (empty for a single round).
        turnout: Turnout figures.
        amendments: Corrections since first declaration (empty if never amended).
        chair: Printed name of the chair.
        tellers: Printed names of the tellers.
        declared_at: When the chair declared the result.
        audit_digest: Hex digest of the audit log at declaration, printed on every page.
        election: People are being chosen (candidates, "Elected"), not a question decided
            (options, "Prevailing option"); a one-seat election is still an election.
        quorum: The quorum at the opening and the declaration, with any override (None: not recorded).
        disputes: Boxes whose entries differed, with the chair's decision and reason.
    """

    meeting: MeetingInfo
    ballot_id: int
    ballot_title: str
    question: str
    rule_label: str
    base_label: str
    seats: int
    boxes: tuple[BoxLine, ...]
    options: tuple[OptionLine, ...]
    abstentions: int
    rejected: int
    votes_cast: int
    papers: int
    base_value: int
    necessary: int | None
    outcome: str
    winners: tuple[str, ...]
    lot_text: str
    rounds: tuple[RoundLine, ...]
    turnout: Turnout
    amendments: tuple[Amendment, ...]
    chair: str
    tellers: tuple[str, ...]
    declared_at: datetime.datetime
    audit_digest: str
    election: bool = False
    record_head: str = ""
    record_events: int = 0
    record_key: str = ""
    quorum: QuorumLine | None = None
    disputes: tuple[DisputeLine, ...] = ()


@dataclass(frozen=True)
class PapersData:
    """What goes on a batch of ballot papers.

    Attributes:
        meeting: The meeting.
        ballot_title: Ballot title printed on each paper.
        question: The question put.
        options: Options in paper order.
        seats: How many boxes a voter may mark.
        box_label: Label of the box the papers are for, printed large (e.g. "OVERFLOW").
    """

    meeting: MeetingInfo
    ballot_title: str
    question: str
    options: tuple[str, ...]
    seats: int
    box_label: str


@dataclass(frozen=True)
class AttendanceLine:
    """One person registered at the desk.

    Attributes:
        number: Membership number ("" for guests).
        name: Name as printed.
        registered_at: Time of registration, ``None`` if not yet registered.
        may_vote: Whether they may vote.
        reason: Why not (or any note), "" if none.
        departed_at: Time they left, ``None`` if still present.
        kind: "member", "guest" or "provisional".
    """

    number: str
    name: str
    registered_at: datetime.datetime | None
    may_vote: bool
    reason: str
    departed_at: datetime.datetime | None
    kind: str


@dataclass(frozen=True)
class RosterLine:
    """One name on the roll for the printed sign-in sheet.

    Attributes:
        number: Membership number.
        name: Name as printed.
        ward: Ward or branch.
        may_vote: Whether the roll says they may vote.
    """

    number: str
    name: str
    ward: str
    may_vote: bool


# --- Sample data -------------------------------------------------------------------------------
# Shared by the tests, the benchmarks and the "print a sample" button, so all three exercise the
# same realistic documents.

SAMPLE_MEETING = MeetingInfo(
    organisation="Llanelli Labour Party",
    title="Annual General Meeting",
    venue="St Elli's Church Hall, Llanelli",
    date=datetime.date(2026, 11, 28),
)

LONG_NAMES: tuple[str, ...] = (
    "Gwenllïan Ŵyn ap Rhys-Llŷr o Gwm-y-Glo, Ysgrifennydd Cangen Dyffryn Ogwen a Llanllechid",
    "Adébáyọ̀ Ọlọ́runṣọlá Ògúnlẹ́yẹ̀-Àjàyí, Ẹgbẹ́ Ọmọ Ilẹ̀ Yorùbá ní Ìlú Cardiff àti Casnewydd",
    "Łukasz Żółkiewski-Wróblewski, Przewodniczący Koła Pomorskiego i Kujawsko-Pomorskiego",
    "İbrahim Güneş Ağaoğlu-Şahin, Düzce ve Kırşehir İşçi Dayanışması Derneği Temsilcisi",
    "Siobhán Ní Bhriain-Ó Séaghdha, Cathaoirleach Chraobh Bhéal Feirste Theas agus Thuaidh",
)


def sample_names(count: int, length: int = 120) -> tuple[str, ...]:
    """Return ``count`` distinct candidate names of about ``length`` characters.

    Args:
        count: How many names.
        length: Target length; names are cut at a word boundary at or below it.

    Returns:
        Names mixing Welsh, Yoruba, Polish, Turkish and Irish, each unique.
    """
    names: list[str] = []
    for i in range(count):
        base = f"{LONG_NAMES[i % len(LONG_NAMES)]} (ymgeisydd {i + 1})"
        text = base
        while len(text) < length:
            text += f" {LONG_NAMES[(i + 1) % len(LONG_NAMES)]}"
        cut = text[:length].rsplit(" ", 1)[0].rstrip(",")
        names.append(f"{i + 1}. {cut}")
    return tuple(names)


def sample_result_sheet(candidates: int = 0, *, amended: bool = False) -> ResultSheetData:
    """Build the seed meeting's result (266 For, 100 Against), or an election of many candidates.

    Args:
        candidates: 0 for the seed motion; otherwise an election with this many long-named
            candidates, which forces the tables over several pages.
        amended: Add an amendment so the sheet shows "AMENDED".

    Returns:
        A complete, consistent ``ResultSheetData``.
    """
    amendments: tuple[Amendment, ...] = ()
    if amended:
        amendments = (
            Amendment(
                at=datetime.datetime(2026, 11, 28, 21, 40),
                reason="Bundle of 10 For papers from the overflow box counted twice.",
                changes=("Overflow (outside): For 60 → 50", "Total For 276 → 266"),
            ),
        )
    turnout = Turnout(on_roll=512, eligible=488, registered=391, eligible_present=372)
    if candidates <= 0:
        main = BoxLine("Main hall", 300, 299, 1, 0, "", 0, 3, 296, (206, 90))
        overflow = BoxLine(
            "Overflow (outside)", 70, 71, 0, 1,
            "One paper issued at the desk by hand after the overflow list was closed.",
            0, 1, 70, (60, 10),
        )
        return ResultSheetData(
            meeting=SAMPLE_MEETING,
            ballot_id=3,
            ballot_title="Motion 3: Restoration of the Ŵyn Memorial Hall roof",
            question="That the branch contributes £2,500 towards repairing the hall roof.",
            rule_label="Simple majority of votes cast",
            base_label="votes cast",
            seats=1,
            boxes=(main, overflow),
            options=(OptionLine("For", 266, 72.7), OptionLine("Against", 100, 27.3)),
            abstentions=4,
            rejected=0,
            votes_cast=366,
            papers=370,
            base_value=366,
            necessary=184,
            outcome="The motion is CARRIED",
            winners=("For",),
            lot_text="",
            rounds=(),
            turnout=turnout,
            amendments=amendments,
            chair="Siân Ŵyn Llewellyn",
            tellers=("Adébáyọ̀ Ògúnlẹ́yẹ̀", "Łucja Żak", "Ömer Şahin"),
            declared_at=datetime.datetime(2026, 11, 28, 21, 14),
            audit_digest="9f2c4e71a0b35d6e8c1f27a94b5e0d3c6a8f1e2d4b7c9a0e3f5d8b1c2a4e6f70",
        )
    names = sample_names(candidates)
    votes_main = tuple(10 + (7 * i) % 23 for i in range(candidates))
    votes_over = tuple(3 + (5 * i) % 11 for i in range(candidates))
    totals = [a + b for a, b in zip(votes_main, votes_over, strict=True)]
    cast = sum(totals)
    options = tuple(
        OptionLine(n, t, round(100 * t / cast, 1)) for n, t in zip(names, totals, strict=True)
    )
    ranked = sorted(range(candidates), key=lambda i: (-totals[i], i))
    seats = min(3, candidates)
    winners = tuple(names[i] for i in ranked[:seats])
    rounds = (
        RoundLine(1, "First count", tuple(zip(names, totals, strict=True)), (names[ranked[-1]],)),
    )
    return ResultSheetData(
        meeting=SAMPLE_MEETING,
        ballot_id=7,
        election=True,
        ballot_title="Election of three delegates to the Welsh Policy Forum",
        question=f"Vote for up to {seats} candidates.",
        rule_label="First past the post, multi-seat",
        base_label="votes cast",
        seats=seats,
        boxes=(
            BoxLine("Main hall", 300, 300, 0, 0, "", 1, 2, sum(votes_main), votes_main),
            BoxLine("Overflow (outside)", 70, 70, 0, 0, "", 0, 2, sum(votes_over), votes_over),
        ),
        options=options,
        abstentions=4,
        rejected=1,
        votes_cast=cast,
        papers=370,
        base_value=cast,
        necessary=None,
        outcome=f"{seats} delegates ELECTED",
        winners=winners,
        lot_text="",
        rounds=rounds,
        turnout=turnout,
        amendments=amendments,
        chair="Siân Ŵyn Llewellyn",
        tellers=("Adébáyọ̀ Ògúnlẹ́yẹ̀", "Łucja Żak"),
        declared_at=datetime.datetime(2026, 11, 28, 22, 5),
        audit_digest="0d4e" * 16,
    )

