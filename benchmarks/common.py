"""Shared pieces of the benchmarks: the result row, statistics, the generated roll and meetings.

Every figure is printed beside a *floor*: the same job done by the barest tool available on
the same machine in the same run. Absolute timings swing with whatever else loads the machine;
the ratio to a floor measured moments earlier swings far less, so it is what the targets use.
"""

from __future__ import annotations

import contextlib
import cProfile
import csv
import datetime as dt
import functools
import io
import math
import os
import pstats
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PIN = "246802"
ROLL_SEED = 20260321
CUTOFF = dt.date(2016, 1, 12)
QT_NOISE = ("propagateSizeHints",)


@dataclass
class Row:
    """One line of the table: a figure, its floor, and whether the target is met.

    ``passed`` is None for a line given for information only (no target of its own).
    """

    name: str
    value: float | None
    floor: float | None
    unit: str
    target: str
    passed: bool | None
    note: str = ""
    skipped: str = ""

    @property
    def ratio(self) -> float | None:
        """Figure divided by floor, when both exist."""
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor

    @property
    def verdict(self) -> str:
        """PASS, MISS, SKIPPED, or "info"."""
        if self.skipped:
            return "SKIPPED"
        return "info" if self.passed is None else ("PASS" if self.passed else "MISS")

    @classmethod
    def skip(cls, name: str, reason: str) -> Row:
        """A figure that could not be measured, with the reason in words."""
        return cls(name, None, None, "", "", None, skipped=reason)


def p95(values: Sequence[float]) -> float:
    """95th percentile, nearest rank (no interpolation: it is a value actually observed)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def median(values: Sequence[float]) -> float:
    """Median of the samples."""
    return statistics.median(values)


def ms(seconds: float) -> float:
    """Seconds to milliseconds."""
    return seconds * 1000.0


@contextlib.contextmanager
def timer() -> Iterator[list[float]]:
    """``with timer() as t: ...`` then ``t[0]`` holds the elapsed seconds."""
    out: list[float] = []
    start = time.perf_counter()
    try:
        yield out
    finally:
        out.append(time.perf_counter() - start)


def profile(label: str, fn: Callable[[], Any], top: int = 14) -> Any:
    """Run ``fn`` once under cProfile and print its hottest functions (own time, then cumulative)."""
    prof = cProfile.Profile()
    result = prof.runcall(fn)
    for key in ("tottime", "cumulative"):
        text = io.StringIO()
        stats = pstats.Stats(prof, stream=text).strip_dirs().sort_stats(key)
        stats.print_stats(top)
        body = text.getvalue()
        body = body[body.find("   ncalls"):]
        print(f"\n--- profile: {label} (by {key}) ---\n{body.rstrip()}")
    return result


def setup_environment(base: Path) -> None:
    """Headless Qt, and BallotDesk's data and config folders inside the run's temp folder.

    The signing key, demo meeting and window settings must never land in the real home folder.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["BALLOTDESK_DATA_DIR"] = str(base / "data")
    os.environ["BALLOTDESK_CONFIG_DIR"] = str(base / "config")


def quiet_qt() -> None:
    """Drop the offscreen plugin's harmless warnings so the table stays readable."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode: Any, _context: Any, message: str) -> None:
        if not any(noise in message for noise in QT_NOISE):
            print(message)

    qInstallMessageHandler(handler)


def qapp() -> Any:
    """The process's QApplication (created once)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        quiet_qt()
        app = QApplication(["ballotdesk-bench"])
    return app


# -- a realistic membership export ------------------------------------------------------------

_FIRST = ["Siân", "Gruffydd", "Rhodri", "Cerys", "Dafydd", "Bethan", "Owain", "Ffion", "Huw", "Elin", "Zoë",
          "Chloë", "James", "Sarah", "Michael", "Emma", "David", "Rachel", "Joanne", "John", "Jo", "Mark",
          "Seán", "Siobhán", "Niamh", "Aoife", "Pádraig", "Róisín", "Łukasz", "Małgorzata", "Zofia", "Paweł",
          "Gül", "Şükrü", "Ayşe", "İbrahim", "Adébáyọ̀", "Fọláṣadé", "Priya", "Imran", "Gurpreet", "Fatima",
          "Anne-Marie", "Jean-Luc", "Renée", "José", "Chidi", "Mei"]
_LAST = ["Jones", "Davies", "Evans", "Williams", "Thomas", "Roberts", "Hughes", "Lewis", "Morgan", "Price",
         "ap Rhys", "ap Gwilym", "Smith", "Smithson", "Taylor", "Brown", "Clarke", "Wright", "O'Brien",
         "O'Connor", "Ní Bhriain", "Ó Súilleabháin", "Mac Giolla Phádraig", "McCarthy", "Wójcik", "Kowalski",
         "Wiśniewska", "Dąbrowska", "Yıldız", "Öztürk", "Çelik", "Şahin", "Adéyẹmí", "Ògúnlèyé", "Patel",
         "Hussain", "Kaur", "Singh", "Chowdhury", "D'Souza", "Smith-Jones", "Lloyd-Williams", "Müller",
         "Nguyễn", "Okafor", "Pérez"]
_WARDS = ["Bigyn", "Burry Port", "Bynea", "Dafen", "Elli", "Felinfoel", "Glanymor", "Hengoed", "Llangennech",
          "Lliedi", "Llwynhendy", "Pembrey", "Swiss Valley", "Tyisha", "Hendy", "Kidwelly"]
_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
HEADERS = ["Membership No.", "First name", "Surname", "Ward", "Postcode", "Date joined", "Status", "Email"]


@functools.lru_cache(maxsize=1024)
def _fold_ascii(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())


def roll_rows(count: int, seed: int = ROLL_SEED) -> list[list[str]]:
    """``count`` members, the same on every machine for the same seed.

    Numbers are unique six-digit strings in no particular order (as exports come); about 6%
    have double-barrelled surnames; join dates straddle the cut-off; statuses as a branch has.
    """
    rng = random.Random(seed)
    numbers = rng.sample(range(100_000, 1_000_000), count)
    start, span = dt.date(1990, 1, 1).toordinal(), (dt.date(2026, 2, 27) - dt.date(1990, 1, 1)).days
    rows = []
    for number in numbers:
        first = rng.choice(_FIRST)
        last = rng.choice(_LAST)
        if rng.random() < 0.06:
            last = f"{last}-{rng.choice(_LAST)}"
        postcode = (f"{rng.choice(('SA14', 'SA15', 'SA15', 'SA16', 'SA17'))} "
                    f"{rng.randint(1, 9)}{rng.choice(_LETTERS)}{rng.choice(_LETTERS)}")
        joined = dt.date.fromordinal(start + rng.randint(0, span)).strftime("%d/%m/%Y")
        status = rng.choices(("Current", "Lapsed", "Arrears"), (90, 8, 2))[0]
        email = f"{_fold_ascii(first)}.{_fold_ascii(last)}{number % 1000}@example.org"
        rows.append([str(number), first, last, rng.choice(_WARDS), postcode, joined, status, email])
    return rows


def write_roll_csv(path: Path, count: int, seed: int = ROLL_SEED) -> list[list[str]]:
    """Write the roll as membership systems export it: UTF-8 with BOM, CRLF, dd/mm/yyyy."""
    rows = roll_rows(count, seed)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(HEADERS)
        writer.writerows(rows)
    return rows


def create_meeting(path: Path) -> Any:
    """A fresh meeting with the rules a nominating meeting has (and a chair PIN, for declaring)."""
    from ballotdesk.services.meeting import MeetingService

    return MeetingService.create(path, title="Benchmark meeting", date=dt.date(2026, 3, 21), venue="Church hall",
                                 organisation="Benchmark Branch", cutoff=CUTOFF, quorum="5%",
                                 voting_statuses=["Current"], pin=PIN)


class Workspace:
    """The run's temp folder, options, and the expensive inputs built once and shared.

    ``roll_meeting()`` imports the roll once into a template file; benchmarks that change a
    meeting work on a copy of it, so none of them sees another's registrations.
    """

    def __init__(self, quick: bool, profile: bool = False) -> None:
        self.quick = quick
        self.profile = profile
        self.roll_size = 20_000 if quick else 100_000
        self._tmp = tempfile.TemporaryDirectory(prefix="ballotdesk-bench-")
        self.dir = Path(self._tmp.name)
        setup_environment(self.dir)
        self._csv: Path | None = None
        self._rows: list[list[str]] = []
        self._meeting: Path | None = None
        self._copies = 0

    def cleanup(self) -> None:
        """Remove every file the run made."""
        self._tmp.cleanup()

    def roll_csv(self) -> Path:
        """The generated export (written on first use)."""
        if self._csv is None:
            self._csv = self.dir / f"members-{self.roll_size}.csv"
            self._rows = write_roll_csv(self._csv, self.roll_size)
        return self._csv

    def roll_numbers(self) -> list[str]:
        """Membership numbers on the generated roll, in file order."""
        self.roll_csv()
        return [r[0] for r in self._rows]

    def roll_meeting(self) -> Path:
        """A closed meeting file holding the imported roll (built on first use)."""
        if self._meeting is None:
            path = self.dir / "template.ballotdesk"
            svc = create_meeting(path)
            try:
                svc.import_roll(self.roll_csv())
            finally:
                svc.close()
            self._meeting = path
        return self._meeting

    def adopt_meeting(self, path: Path) -> bool:
        """Use a closed meeting that already holds exactly this roll as the template (saves an import)."""
        if self._meeting is None:
            self._meeting = path
            return True
        return False

    def meeting_copy(self, name: str) -> Path:
        """A private copy of the roll meeting."""
        self._copies += 1
        dest = self.dir / f"{name}-{self._copies}.ballotdesk"
        shutil.copyfile(self.roll_meeting(), dest)
        return dest
