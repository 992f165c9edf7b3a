"""Crash harness: kill BallotDesk with SIGKILL mid-meeting, again and again, and check nothing was lost.

A child process runs a scripted meeting through the real services (roll import, ballots,
registrations, papers issued and spoilt, guests, two tellers' count entries, declarations) and
prints ``DONE <op id>`` (flushed) after each service call returns, i.e. after its transaction
has committed. The parent kills it with SIGKILL at a random moment and then checks, on the
file as the next BallotDesk would find it:

* the file opens with ``MeetingService.open`` (the lock was freed by the kill);
* ``PRAGMA integrity_check`` is ``ok`` and ``verify_chain`` is intact;
* every op the child reported DONE is in the file, and the ops in the file are exactly a
  prefix of the script (a change is all there or not there at all, and in order).

The next child then continues the same meeting from the first op not in the file.

What this proves and what it does not: SIGKILL stops the process at any instruction, so every
commit is tested for atomicity and for durability against a *process* crash (the page cache
survives). It does not simulate power loss or a USB stick pulled out, where unsynced writes are
lost too; ``synchronous=FULL`` is the store's answer to that, and it is not exercised here.

Two ways to start the child: ``spawn="exec"`` runs ``python -m tests.crash.harness child FILE
SEED START`` (a fresh interpreter, as a real BallotDesk starts); ``spawn="fork"`` forks the
already-loaded parent (POSIX only), about twenty times faster, for many kills in a short test.
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ballotdesk.domain.ballot import Status, motion_spec
from ballotdesk.domain.count import CountFigures
from ballotdesk.services import ballots as B
from ballotdesk.services import counting, results
from ballotdesk.services import papers as paper_service
from ballotdesk.services.meeting import MeetingService
from ballotdesk.store.chain import verify_chain
from ballotdesk.store.meeting_store import MeetingFileError

ROOT = Path(__file__).resolve().parents[2]
TELLERS = ("Ann Teller", "Bob Teller")
ALL_ENTRY_STATES = ("active", "discarded", "accepted", "set_aside")


# -- the scripted meeting -------------------------------------------------------------------


@dataclass(frozen=True)
class Op:
    """One service call of the script; ``done`` tells from the file alone whether it happened."""

    id: int
    kind: str
    cycle: int = 0
    member: str = ""
    teller: str = ""
    votes: tuple[int, ...] = ()

    def describe(self) -> str:
        """For failure messages."""
        extra = " ".join(f"{k}={v}" for k, v in (("member", self.member), ("teller", self.teller),
                                                   ("votes", self.votes)) if v)
        return f"op {self.id} {self.kind} (ballot {self.cycle}) {extra}".strip()


class Script:
    """The same meeting for the same seed, op by op, generated lazily and cached.

    Cycle k: create and open "Ballot k"; register a few more members and issue each a paper;
    issue papers to some earlier attendees too; now and then spoil a paper or add a guest;
    close; two tellers enter the same figures (the box becomes definitive); declare.
    """

    def __init__(self, seed: int, members: int) -> None:
        self.seed = seed
        self.members = members
        self._ops: list[Op] = [Op(0, "import")]
        self._cycles = self._generate()

    def __getitem__(self, index: int) -> Op:
        while len(self._ops) <= index:
            self._ops.extend(next(self._cycles))
        return self._ops[index]

    def _generate(self) -> Iterator[list[Op]]:
        rng = random.Random(self.seed)
        next_member, cycle = 1, 0
        registered: list[str] = []
        while True:
            cycle += 1
            ops: list[tuple[Any, ...]] = [("ballot", cycle), ("open", cycle)]
            voters: list[str] = []
            for _ in range(rng.randint(3, 10)):
                if next_member > self.members:
                    break
                number = str(next_member)
                next_member += 1
                ops += [("register", cycle, number), ("issue", cycle, number)]
                voters.append(number)
            for number in rng.sample(registered, min(len(registered), rng.randint(0, 6))):
                ops.append(("issue", cycle, number))
                voters.append(number)
            if not voters and registered:  # the roll is used up: keep the ballots going with earlier attendees
                voters = [rng.choice(registered)]
                ops.append(("issue", cycle, voters[0]))
            registered += [v for v in voters if v not in registered]
            if voters and rng.random() < 0.5:
                ops.append(("spoil", cycle, rng.choice(voters)))
            if rng.random() < 0.3:
                ops.append(("guest", cycle, f"G{cycle}"))
            ops.append(("close", cycle))
            papers = len(voters)
            yes = rng.randint(0, papers)
            if papers and yes * 2 == papers:
                yes += 1  # no equality: a motion that ties needs nothing special, but keep it plain
            for teller in TELLERS:
                ops.append(("count", cycle, "", teller, (yes, papers - yes)))
            ops.append(("declare", cycle))
            start = len(self._ops)
            yield [Op(start + i, *item) for i, item in enumerate(ops)]


def roll_csv(path: Path, members: int) -> Path:
    """The membership export the script imports as op 0: everyone may vote."""
    lines = ["Member No,First name,Last name,Postcode,Joined,Status"]
    lines += [f"{n},First{n},Last{n},SA{n % 99} {n % 9}AB,01/01/2010,Current" for n in range(1, members + 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _ballot(svc: MeetingService, cycle: int) -> dict[str, Any] | None:
    title = f"Ballot {cycle}"
    return next((b for b in svc.store.ballots() if b["title"] == title), None)


def _status(svc: MeetingService, cycle: int) -> Status | None:
    row = _ballot(svc, cycle)
    return Status(row["status"]) if row else None


def _papers(svc: MeetingService, op: Op) -> list[dict[str, Any]]:
    row, person = _ballot(svc, op.cycle), svc.store.attendee_by_member(op.member)
    return svc.store.papers(row["id"], person["id"]) if row and person else []


def is_done(svc: MeetingService, op: Op, members: int) -> bool:
    """Whether the op's change is in the file (checked by the parent and by the resuming child)."""
    status = _status(svc, op.cycle) if op.cycle else None
    order = list(Status)
    if op.kind == "import":
        return svc.store.member_count() >= members
    if op.kind == "ballot":
        return status is not None
    if op.kind == "open":
        return status is not None and order.index(status) >= order.index(Status.OPEN)
    if op.kind == "close":
        return status is not None and order.index(status) >= order.index(Status.CLOSED)
    if op.kind == "declare":
        return status is Status.DECLARED
    if op.kind == "register":
        return svc.store.attendee_by_member(op.member) is not None
    if op.kind == "issue":
        return bool(_papers(svc, op))
    if op.kind == "spoil":
        return len(_papers(svc, op)) >= 2
    if op.kind == "guest":
        return any(a["name"] == op.member for a in svc.store.attendees())
    if op.kind == "count":
        row = _ballot(svc, op.cycle)
        return row is not None and any(
            e["teller"] == op.teller for e in svc.store.count_entries(row["id"], states=ALL_ENTRY_STATES))
    raise ValueError(op.kind)


def apply(svc: MeetingService, op: Op, csv_path: Path) -> None:
    """Run the op's service call: one transaction, one audit event."""
    row = _ballot(svc, op.cycle) if op.cycle else None
    bid = row["id"] if row else 0
    if op.kind == "import":
        svc.import_roll(csv_path)
    elif op.kind == "ballot":
        B.create_ballot(svc, motion_spec(f"Ballot {op.cycle}"))
    elif op.kind == "open":
        B.open_ballot(svc, bid)
    elif op.kind == "close":
        B.close_ballot(svc, bid)
    elif op.kind == "declare":
        results.declare(svc, bid, "The Chair")
    elif op.kind == "register":
        svc.register(op.member)
    elif op.kind == "issue":
        paper_service.issue_paper(svc, bid, paper_service.attendee_for_member(svc, op.member))
    elif op.kind == "spoil":
        paper_service.spoil_paper(svc, bid, paper_service.attendee_for_member(svc, op.member))
    elif op.kind == "guest":
        svc.add_guest(op.member, "press")
    elif op.kind == "count":
        papers = sum(op.votes)
        counting.enter_count(svc, bid, B.MAIN_HALL, op.teller, CountFigures(papers, op.votes))
    else:
        raise ValueError(op.kind)


# -- the child ------------------------------------------------------------------------------


def child_main(path: Path, seed: int, start: int, members: int, write: Callable[[str], None]) -> None:
    """Open the meeting, say READY, then run the script from ``start`` forever, saying DONE after each op.

    Ops from ``start`` on may already be in the file (committed just before the last kill,
    unreported), so each is checked first and reported as SKIP instead of being run twice.
    """
    csv_path = path.with_name("roll.csv")
    script = Script(seed, members)
    svc = MeetingService.open(path, actor="crash-child")
    write("READY\n")
    index = start
    while True:
        op = script[index]
        if is_done(svc, op, members):
            write(f"SKIP {op.id}\n")
        else:
            apply(svc, op, csv_path)
            write(f"DONE {op.id}\n")
        index += 1


def _fd_writer(fd: int) -> Callable[[str], None]:
    def write(text: str) -> None:
        os.write(fd, text.encode())  # one write() per line: a kill never leaves half a line

    return write


# -- the parent -----------------------------------------------------------------------------


@dataclass
class Summary:
    """Figures of a run; ``failures`` is empty when every check passed."""

    kills: int = 0
    ops_confirmed: int = 0
    ops_found: int = 0
    ops_in_file: int = 0
    skipped_on_resume: int = 0
    interrupted_transactions: int = 0
    refused_after_crash: int = 0
    killed_before_ready: int = 0
    events: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """For the benchmark's output."""
        return {k: v for k, v in self.__dict__.items() if k not in ("failures", "refusals")} | {
            "failures": self.failures[:20], "refusals": sorted(set(self.refusals))[:5]}


def setup_meeting(folder: Path, members: int) -> Path:
    """A fresh meeting file (no PIN, everyone on the roll may vote) and its roll CSV beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    import datetime as dt

    svc = MeetingService.create(folder / "crash.ballotdesk", title="Crash test meeting", date=dt.date(2026, 11, 28),
                                voting_statuses=["Current"])
    path = svc.path
    svc.close()
    roll_csv(folder / "roll.csv", members)
    return path


def _spawn(mode: str, path: Path, seed: int, start: int, members: int) -> tuple[int, int, subprocess.Popen[bytes] | None]:
    """Start a child; returns (pid, read fd, Popen or None)."""
    if mode == "exec":
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.crash.harness", "child", str(path), str(seed), str(start), str(members)],
            stdout=subprocess.PIPE, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert proc.stdout is not None
        return proc.pid, proc.stdout.fileno(), proc
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the parent's code (pytest, the loop below)
        os.close(read_fd)
        code = 0
        try:
            child_main(path, seed, start, members, _fd_writer(write_fd))
        except BaseException as error:
            os.write(write_fd, f"ERROR {type(error).__name__}: {error}\n".encode())
            code = 1
        finally:
            os._exit(code)
    os.close(write_fd)
    return pid, read_fd, None


def _read_line(fd: int, buffer: bytearray, timeout: float) -> str | None:
    """The next complete line from ``fd`` within ``timeout`` seconds (None on EOF or timeout)."""
    deadline = time.monotonic() + timeout
    while b"\n" not in buffer:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            return None
        chunk = os.read(fd, 65536)
        if not chunk:
            return None
        buffer.extend(chunk)
    line, _, rest = bytes(buffer).partition(b"\n")
    buffer[:] = rest
    return line.decode()


def _drain(fd: int, buffer: bytearray) -> list[str]:
    """Every complete line left in the pipe after the child died (a partial last line is dropped)."""
    while chunk := os.read(fd, 65536):
        buffer.extend(chunk)
    lines = bytes(buffer).split(b"\n")
    return [line.decode() for line in lines[:-1]]


def _recover_interrupted(path: Path) -> None:
    """What any SQLite client does on open: roll back the hot journal of an interrupted transaction."""
    conn = sqlite3.connect(str(path))
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def _open_after_crash(path: Path, summary: Summary, recover: bool) -> MeetingService | None:
    journal = path.with_name(path.name + "-journal")
    interrupted = journal.exists() and journal.stat().st_size > 0
    summary.interrupted_transactions += interrupted
    try:
        return MeetingService.open(path, actor="crash-parent")
    except MeetingFileError as error:
        if not (recover and interrupted):
            summary.failures.append(f"kill {summary.kills}: the meeting does not open: {error}")
            return None
        summary.refused_after_crash += 1
        summary.refusals.append(str(error))
    _recover_interrupted(path)
    try:
        return MeetingService.open(path, actor="crash-parent")
    except MeetingFileError as error:
        summary.failures.append(f"kill {summary.kills}: the meeting does not open even after roll-back: {error}")
        return None


def run(kills: int, seed: int, *, folder: Path, members: int = 3000, spawn: str = "fork",
        delay_ms: tuple[int, int] = (20, 300), early_share: float = 0.1, recover: bool = False,
        progress: Callable[[Summary], None] | None = None) -> Summary:
    """Kill the scripted meeting ``kills`` times and check the file after each kill.

    Args:
        kills: How many children to kill.
        seed: Makes the script and the kill times repeatable.
        folder: An empty folder for the meeting file.
        members: Size of the roll imported by op 0.
        spawn: ``"fork"`` (fast, POSIX) or ``"exec"`` (a fresh interpreter per child).
        delay_ms: Range of the random delay between the child's READY and the kill.
        early_share: Share of kills made at a random moment during start-up and opening, before READY.
        recover: When the meeting refuses to open because of an interrupted transaction, count
            it in ``refused_after_crash``, roll the journal back as SQLite would and go on; when
            False (the default, now that opening rolls an interrupted change back) it is a failure.
        progress: Called after each kill with the summary so far.
    """
    if spawn == "fork" and not hasattr(os, "fork"):
        spawn = "exec"
    rng = random.Random(seed ^ 0x5EED)
    path = setup_meeting(folder, members)
    script = Script(seed, members)
    summary = Summary()
    confirmed_upto = -1  # every op up to here is confirmed and was found in the file
    begun = time.monotonic()
    for _ in range(kills):
        pid, fd, proc = _spawn(spawn, path, seed, confirmed_upto + 1, members)
        buffer = bytearray()
        early = rng.random() < early_share
        if early:
            time.sleep(rng.uniform(0, 0.05 if spawn == "fork" else 0.6))
        else:
            line = _read_line(fd, buffer, timeout=30)
            if line != "READY":
                os.kill(pid, signal.SIGKILL)
                summary.failures.append(f"kill {summary.kills + 1}: the child did not start: {line!r} "
                                        f"{_drain(fd, buffer)[:3]}")
                _reap(pid, fd, proc)
                break
            time.sleep(rng.uniform(*delay_ms) / 1000)
        os.kill(pid, signal.SIGKILL)
        lines = _drain(fd, buffer)
        _reap(pid, fd, proc)
        summary.kills += 1
        if early and "READY" not in lines:
            summary.killed_before_ready += 1
        errors = [line for line in lines if line.startswith("ERROR")]
        if errors:
            summary.failures.append(f"kill {summary.kills}: the child failed: {errors[0]}")
            break
        done = [int(line.split()[1]) for line in lines if line.startswith("DONE ")]
        summary.skipped_on_resume += sum(1 for line in lines if line.startswith("SKIP "))
        summary.ops_confirmed += len(done)
        svc = _open_after_crash(path, summary, recover)
        if svc is None:
            break
        try:
            before = len(summary.failures)
            _check(svc, script, done, confirmed_upto, members, summary)
            if len(summary.failures) > before:
                break
            confirmed_upto = max([confirmed_upto, *done])
        finally:
            svc.close()
        if progress:
            progress(summary)
    summary.seconds = time.monotonic() - begun
    svc = MeetingService.open(path)
    try:
        summary.events = svc.store.audit_head()[0]
        missing = [script[i].describe() for i in range(confirmed_upto + 1) if not is_done(svc, script[i], members)]
        if missing:
            summary.failures.append(f"at the end, confirmed ops are missing: {missing[:5]}")
    finally:
        svc.close()
    return summary


def _reap(pid: int, fd: int, proc: subprocess.Popen[bytes] | None) -> None:
    if proc is not None:
        proc.wait()
        assert proc.stdout is not None
        proc.stdout.close()
    else:
        os.waitpid(pid, 0)
        os.close(fd)


def _check(svc: MeetingService, script: Script, done: list[int], confirmed_upto: int, members: int,
           summary: Summary) -> None:
    """The checks after one kill (see the module docstring)."""
    where = f"kill {summary.kills}"
    check = svc.store.db.execute("PRAGMA integrity_check").fetchone()[0]
    if check != "ok":
        summary.failures.append(f"{where}: integrity_check says {check}")
    report = verify_chain(svc.store.conn)
    if not report.intact:
        summary.failures.append(f"{where}: the chain is broken: {report.message}")
    for op_id in done:
        if is_done(svc, script[op_id], members):
            summary.ops_found += 1
        else:
            summary.failures.append(f"{where}: {script[op_id].describe()} was reported DONE but is not in the file")
    # The file holds exactly a prefix of the script: find its end, and check nothing lies beyond it.
    index = confirmed_upto + 1
    while is_done(svc, script[index], members):
        index += 1
    summary.ops_in_file = index
    if done and index <= max(done):
        summary.failures.append(f"{where}: op {index} is missing but op {max(done)} was done")
    for later in range(index + 1, index + 4):
        op = script[later]
        if is_done(svc, op, members):  # a later op already in the file
            summary.failures.append(f"{where}: {op.describe()} is in the file but {script[index].describe()} is not")


# -- kills during `new` ---------------------------------------------------------------------


@dataclass
class NewSummary:
    """Figures of :func:`run_new`: each kill left no meeting or a whole one, never a half-made file."""

    kills: int = 0
    whole: int = 0
    none: int = 0
    confirmed: int = 0
    strays: int = 0
    create_seconds: float = 0.0
    failures: list[str] = field(default_factory=list)


def _create(path: Path) -> None:
    import datetime as dt

    MeetingService.create(path, title="Crash test meeting", date=dt.date(2026, 11, 28),
                          voting_statuses=["Current"]).close()


def run_new(kills: int, seed: int, *, folder: Path) -> NewSummary:
    """Kill ``ballotdesk new`` at moments spread over its whole run, ``kills`` times (POSIX, forked children).

    After each kill the name holds either nothing (and a second ``new`` with the same name then
    succeeds) or a whole meeting: it opens, its chain is intact, and it has its Main hall box.
    Before issue 14, 9 kills in 15 left an empty, half-made or box-less file that blocked the name.
    """
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    summary = NewSummary()
    begun = time.monotonic()
    _create(folder / "timing.ballotdesk")  # how long one `new` takes here, to spread the kills over it
    summary.create_seconds = time.monotonic() - begun
    for index in range(kills):
        path = folder / f"new-{index}.ballotdesk"
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_fd)
            code = 0
            try:
                os.write(write_fd, b"READY\n")
                _create(path)
                os.write(write_fd, b"DONE\n")
            except BaseException as error:
                os.write(write_fd, f"ERROR {type(error).__name__}: {error}\n".encode())
                code = 1
            finally:
                os._exit(code)
        os.close(write_fd)
        buffer = bytearray()
        _read_line(read_fd, buffer, timeout=30)
        # Spread over 0-130 % of a normal run, jittered, so both outcomes (nothing, whole) occur.
        share = (index + rng.random()) / kills * 1.3
        if index == kills - 1:
            share = 5.0  # a loaded machine can make a child slower than the timing run: one kill surely after
        time.sleep(summary.create_seconds * share)
        os.kill(pid, signal.SIGKILL)
        lines = _drain(read_fd, buffer)
        os.waitpid(pid, 0)
        os.close(read_fd)
        summary.kills += 1
        where = f"kill {summary.kills}"
        if any(line.startswith("ERROR") for line in lines):
            summary.failures.append(f"{where}: the child failed: {lines}")
            continue
        summary.confirmed += "DONE" in lines
        if not os.path.lexists(path):
            if "DONE" in lines:
                summary.failures.append(f"{where}: new reported DONE but {path.name} is not there")
            summary.none += 1
            try:
                _create(path)  # the name is free: nothing half-made blocks it
            except MeetingFileError as error:
                summary.failures.append(f"{where}: a second new with the same name is refused: {error}")
            continue
        try:
            svc = MeetingService.open(path, actor="crash-parent")
        except MeetingFileError as error:
            summary.failures.append(f"{where}: {path.name} is there but does not open: {error}")
            continue
        try:
            if not verify_chain(svc.store.conn).intact:
                summary.failures.append(f"{where}: {path.name} has a broken chain")
            if not any(box["name"] == "Main hall" for box in svc.store.boxes()):
                summary.failures.append(f"{where}: {path.name} has no Main hall box")
            summary.whole += 1
        finally:
            svc.close()
    summary.strays = len(list(folder.glob(".ballotdesk-new-*.tmp")))
    return summary


def main(argv: list[str]) -> int:
    """``python -m tests.crash.harness child FILE SEED START MEMBERS`` (the exec-mode child)."""
    if len(argv) == 5 and argv[0] == "child":
        path, seed, start, members = Path(argv[1]), int(argv[2]), int(argv[3]), int(argv[4])
        write = _fd_writer(sys.stdout.fileno())
        try:
            child_main(path, seed, start, members, write)
        except BaseException as error:
            write(f"ERROR {type(error).__name__}: {error}\n")
            return 1
        return 0
    if len(argv) >= 1 and argv[0] == "run":
        import tempfile

        kills = int(argv[1]) if len(argv) > 1 else 20
        with tempfile.TemporaryDirectory() as tmp:
            print(json.dumps(run(kills, 1, folder=Path(tmp)).as_json(), indent=2))
        return 0
    print("usage: python -m tests.crash.harness child FILE SEED START MEMBERS | run [KILLS]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
