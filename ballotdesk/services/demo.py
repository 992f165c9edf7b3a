"""A realistic demo meeting, built the way a chair would build it.

``ballotdesk --demo`` and the smoke test use it, and the screenshots show it. The roll is
generated deterministically (the same 4,625 members on every machine), written to a CSV
export and imported through :meth:`MeetingService.import_roll`, so the demo exercises the real
import path. Names deliberately mix Welsh, Irish, Polish, Turkish, Yoruba, South Asian and
English spellings, with accents, apostrophes and hyphens, because those are exactly what a
desk search must find when a steward types plain letters.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import tempfile
from pathlib import Path

from ballotdesk.domain import search
from ballotdesk.domain.ballot import BallotSpec, Base, Kind, Rule
from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.words import translate
from ballotdesk.services import ballots, papers
from ballotdesk.services.meeting import MeetingService
from ballotdesk.store.lock import FileLockedError, MeetingLock, lock_path
from ballotdesk.store.meeting_store import MeetingFileError

SEED = 20260321
MEMBERS = 4625
CUTOFF = dt.date(2016, 1, 12)
AFTER_CUTOFF = 1600
REGISTERED = 260  # enough that the 5% quorum is met, as in a real evening
BALLOT_TITLE = "Nomination for parliamentary candidate"
OVERFLOW = "Overflow (outside)"

# (weight, first names, surnames) per naming tradition.
_CULTURES: list[tuple[int, list[str], list[str]]] = [
    (44, ["Siân", "Gruffydd", "Llywelyn", "Rhodri", "Cerys", "Eleri", "Dafydd", "Gwenllian", "Iwan", "Bethan",
          "Catrin", "Owain", "Rhian", "Aled", "Ffion", "Gethin", "Nia", "Dylan", "Angharad", "Huw", "Elin",
          "Meirion", "Lowri", "Tomos", "Carys", "Rhys", "Gwyneth", "Emyr", "Delyth", "Hywel"],
     ["Jones", "Davies", "Evans", "Williams", "Thomas", "Roberts", "Hughes", "Lewis", "Morgan", "Griffiths",
      "Price", "Rees", "Powell", "Pritchard", "Llewellyn", "Bowen", "Howells", "Prosser", "ap Rhys", "ap Gwilym",
      "Vaughan", "Parry", "Jenkins", "Watkins", "Prydderch", "Rowlands", "Bevan", "Pugh", "Edwards", "Phillips"]),
    (24, ["Zoë", "Chloë", "James", "Sarah", "Michael", "Emma", "David", "Rachel", "Gareth", "Karen", "Paul",
          "Joanne", "Mark", "Helen", "Stephen", "Claire", "Andrew", "Louise", "Christopher", "Nicola"],
     ["Smith", "Taylor", "Brown", "Clarke", "Wright", "Walker", "Hill", "Green", "Wood", "Harris", "Martin",
      "Cooper", "King", "Baker", "Turner"]),
    (9, ["Seán", "Siobhán", "Niamh", "Aoife", "Pádraig", "Ciarán", "Róisín", "Eoin", "Caoimhe", "Máire", "Dónal"],
     ["O'Brien", "Ní Bhriain", "Ó Súilleabháin", "McCarthy", "O'Connor", "Mac Giolla Phádraig", "Ní Dhomhnaill",
      "Byrne", "Murphy", "O'Sullivan", "Ó Briain"]),
    (7, ["Łukasz", "Małgorzata", "Agnieszka", "Wojciech", "Krzysztof", "Zofia", "Paweł", "Katarzyna", "Jędrzej"],
     ["Wójcik", "Kowalski", "Nowak", "Wiśniewska", "Lewandowski", "Dąbrowska", "Zieliński", "Kamińska",
      "Szymański"]),
    (4, ["Gül", "Şükrü", "Ayşe", "Mehmet", "Emine", "Oğuz", "İbrahim", "Çağla", "Gökhan"],
     ["Yıldız", "Öztürk", "Çelik", "Şahin", "Aydın", "Kılıç", "Doğan", "Yılmaz"]),
    (4, ["Adébáyọ̀", "Ọláolúwa", "Fọláṣadé", "Olúwaṣeun", "Bọ́lá", "Tèmítọ́pẹ́", "Adéwálé", "Yéwándé"],
     ["Adéyẹmí", "Ògúnlèyé", "Ọlátúnjí", "Babátúndé", "Adébáyọ̀", "Ọdúyọ̀kun", "Àjàyí"]),
    (8, ["Priya", "Imran", "Gurpreet", "Aisha", "Rajesh", "Fatima", "Sanjay", "Nusrat", "Harjit"],
     ["Patel", "Hussain", "Kaur", "Singh", "Begum", "Khan", "Ahmed", "Sharma", "Chowdhury"]),
]

WARDS = ["Bigyn", "Burry Port", "Bynea", "Dafen", "Elli", "Felinfoel", "Glanymor", "Hengoed", "Llangennech",
         "Lliedi", "Llwynhendy", "Pembrey", "Swiss Valley", "Tyisha", "Hendy", "Kidwelly", "Trimsaran",
         "Pontyberem"]
_POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
CANDIDATES = ("Catrin Howells", "Rhodri Pugh", "Adaeze Okafor-Jones")

# Members a demonstration will want to find: (number, first, last, ward, join date, status).
SHOWCASE = [
    ("10234", "Zoë", "O'Brien", "Elli", dt.date(2015, 2, 3), "Current"),
    ("10388", "Siân", "ap Rhys", "Bigyn", dt.date(2019, 6, 14), "Current"),
    ("10412", "Łukasz", "Wójcik", "Dafen", dt.date(2009, 11, 2), "Lapsed"),
    ("10577", "Gül", "Yıldız", "Tyisha", dt.date(2012, 4, 30), "Current"),
    ("10601", "Adébáyọ̀", "Ọláolúwa", "Glanymor", dt.date(2016, 1, 12), "Current"),
    ("10652", "Seán", "Ní Bhriain-Jones", "Hengoed", dt.date(2016, 1, 13), "Current"),
    ("10733", "Şükrü", "Öztürk", "Lliedi", dt.date(1998, 9, 21), "Current"),
    ("10815", "Gruffydd", "Llywelyn", "Llangennech", dt.date(2001, 3, 8), "Current"),
]


def _postcode(rng: random.Random) -> str:
    district = rng.choice(["SA14", "SA15", "SA15", "SA16", "SA17"])
    return f"{district} {rng.randint(1, 9)}{rng.choice(_POSTCODE_LETTERS)}{rng.choice(_POSTCODE_LETTERS)}"


def _day_between(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=rng.randint(0, (last - first).days))


def demo_roll(seed: int = SEED, count: int = MEMBERS) -> list[dict[str, str]]:
    """The demo roll as CSV rows: the same members for the same seed, on every machine."""
    rng = random.Random(seed)
    weights = [c[0] for c in _CULTURES]
    numbers = {m[0] for m in SHOWCASE}
    pool = [n for n in range(10001, 10001 + count * 3) if str(n) not in numbers]
    others = sorted(rng.sample(pool, count - len(SHOWCASE)))
    rows: list[dict[str, str]] = []
    showcase = list(SHOWCASE)
    after_share = (AFTER_CUTOFF - sum(1 for m in SHOWCASE if m[4] > CUTOFF)) / (count - len(SHOWCASE))
    for index in range(count):
        if showcase and (index % 500 == 7 or count - index <= len(showcase)):
            number, first, last, ward, joined, status = showcase.pop(0)
            postcode = _postcode(rng)
        else:
            number = str(others.pop(0))
            _weight, firsts, lasts = rng.choices(_CULTURES, weights)[0]
            first = rng.choice(firsts)
            last = rng.choice([name for name in lasts if name != first])
            if rng.random() < 0.05:
                last = f"{last}-{rng.choice(rng.choices(_CULTURES, weights)[0][2])}"
            ward = rng.choice(WARDS)
            postcode = _postcode(rng)
            if rng.random() < after_share:
                joined = _day_between(rng, CUTOFF + dt.timedelta(days=1), dt.date(2026, 2, 27))
            else:
                joined = _day_between(rng, dt.date(1995, 1, 3), CUTOFF)
            status = rng.choices(["Current", "Lapsed", "Arrears"], [90, 8, 2])[0]
        email = f"{search.fold(first)}.{search.fold(last)}{number[-3:]}@example.org"
        rows.append({"Membership No.": number, "First name": first, "Surname": last, "Ward": ward,
                     "Postcode": postcode, "Date joined": joined.strftime("%d/%m/%Y"), "Status": status,
                     "Email": email})
    return rows


def write_roll_csv(path: Path, rows: list[dict[str, str]]) -> None:
    """Write the roll as a membership system exports it: UTF-8 with BOM, CRLF, dd/mm/yyyy dates."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)


def _remove_old(path: Path) -> None:
    """Delete an earlier demo file, unless a running BallotDesk has it open."""
    if not path.exists():
        return
    lock = MeetingLock(path)
    try:
        lock.acquire()
    except FileLockedError as error:
        raise MeetingFileError(translate(
            "Demo", "The demo meeting is open in {0}; close it there first.").format(error)) from None
    lock.release()
    for leftover in (path, path.with_name(path.name + "-journal"), lock_path(path)):
        leftover.unlink(missing_ok=True)


def build_demo(path: Path) -> MeetingService:
    """Build the demo meeting at ``path`` (replacing an older demo) and return it open.

    The meeting: a constituency party's nomination meeting with 4,625 members, a cut-off of
    12 January 2016 (about 1,600 members joined later and may attend but not vote), a 5% quorum,
    about 260 members registered, a guest and a provisional attendee, two boxes, and an open
    election ballot whose papers are issued at the desk into the main hall.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_old(path)
    service = MeetingService.create(
        path, title="Nomination meeting", date=dt.date(2026, 3, 21),
        venue="St Elli's Church Hall, Llanelli", organisation="Llanelli Constituency Labour Party",
        cutoff=CUTOFF, quorum="5%", voting_statuses=["Current"], actor="chair")
    service.update_details({"chair": "Eleri Prydderch", "secretary": "Gareth Bowen"})

    rows = demo_roll()
    with tempfile.TemporaryDirectory(prefix="ballotdesk-demo-") as folder:
        csv_path = Path(folder) / "llanelli-clp-members.csv"
        write_roll_csv(csv_path, rows)
        service.import_roll(csv_path, None, "dmy")

    rng = random.Random(SEED + 1)
    showcase = {m[0] for m in SHOWCASE}
    candidates = [r["Membership No."] for r in rows if r["Membership No."] not in showcase]
    service.actor = "desk"
    attendee_ids = []
    for number in rng.sample(candidates, REGISTERED):
        registration = service.register(number)
        if registration.attendee_id is not None and registration.may_vote:
            attendee_ids.append(registration.attendee_id)
    service.add_guest("Carys Bevan", "Llanelli Star (press)")
    service.add_provisional("Dylan Morgan", "renewed online on Monday; not yet in the export")

    service.actor = "chair"
    ballots.add_box(service, OVERFLOW)
    spec = BallotSpec(title=BALLOT_TITLE, question="Whom should the party nominate as its parliamentary candidate?",
                      kind=Kind.ELECTION, options=CANDIDATES, seats=1, abstain=False, rule=Rule.ABSOLUTE,
                      base=Base.CAST, elected_word="nominated")
    ballot_id = ballots.create_ballot(service, spec)
    ballots.open_ballot(service, ballot_id)
    service.actor = "desk"
    for index, attendee_id in enumerate(attendee_ids[:70]):
        box = OVERFLOW if index % 5 == 4 else ballots.MAIN_HALL
        try:
            papers.issue_paper(service, ballot_id, attendee_id, box)
        except DomainError:  # pragma: no cover - every one of them may vote
            continue
    service.actor = "chair"
    ballots.set_desk_issue(service, ballot_id, True, ballots.MAIN_HALL)
    service.actor = "desk"
    return service
