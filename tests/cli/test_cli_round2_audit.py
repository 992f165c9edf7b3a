"""Second audit of the headless commands, as a secretary's evening script and a hostile tester.

Each test names the defect it guards: a traceback for a huge ballot number, for a closed pipe
and for ``pin`` without a terminal; ``--keep 0`` deleting every backup; a document written over
the meeting file; an option whose name starts with "-" that could not be counted; commands
without ``--json``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ballotdesk.__main__ import main

PIN = "123456"


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def usage_error(capsys, *args) -> tuple[int, str]:
    with pytest.raises(SystemExit, match=r"^2$") as exit_info:
        main([str(a) for a in args])
    out = capsys.readouterr()
    assert out.out == ""
    return int(exit_info.value.code or 0), out.err


def one_line(err: str) -> str:
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err and "usage:" not in err
    return err.rstrip("\n")


def subprocess_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return {**env, **extra}


@pytest.fixture
def meeting(tmp_path, capsys) -> Path:
    """Four voters registered, a chair's PIN, an election "-Neg" / "B" (ballot 1) open with papers issued."""
    path = tmp_path / "evening.ballotdesk"
    assert run(capsys, "new", path, "--title", "AGM", "--date", "2026-11-28", "--pin", PIN)[0] == 0
    roll = tmp_path / "roll.csv"
    roll.write_text("Member No,Forename,Surname,Ward,Joined,Status\n"
                    + "".join(f"100{i},F{i},L{i},N,01/05/2010,Current\n" for i in (1, 2, 3, 4)), encoding="utf-8")
    assert run(capsys, "roll", "import", path, roll)[0] == 0
    assert run(capsys, "register", path, "1001", "1002", "1003", "1004")[0] == 0
    code, out, err = run(capsys, "ballot", "add", path, "--title", "Chair", "--option=-Neg", "--option", "B")
    assert (code, out) == (0, "1\n"), err
    assert run(capsys, "ballot", "open", path, "1")[0] == 0
    return path


def issued(capsys, path: Path, ballot: str = "1") -> int:
    code, out, err = run(capsys, "result", path, ballot, "--json")
    assert code == 0, err
    return sum(b["issued"] for b in json.loads(out)["boxes"])


# -- a ballot number SQLite cannot hold ---------------------------------------------------------


@pytest.mark.parametrize("number", [str(10**30), "-5", "0"])
@pytest.mark.parametrize("command", [["ballot", "open"], ["result"], ["issue"]])
def test_a_ballot_number_out_of_range_is_a_usage_error_not_a_traceback(meeting, capsys, number, command):
    """Was: ``ballot open FILE 10**30`` died with OverflowError from SQLite."""
    extra = ["1001"] if command == ["issue"] else []
    code, err = usage_error(capsys, *command, meeting, number, *extra)
    assert code == 2
    assert one_line(err).startswith(f"ballotdesk {' '.join(command)}: argument ballot: '{number}' is not a "
                                    "ballot number")


# -- a closed pipe --------------------------------------------------------------------------------


def closed_pipe_run(*args) -> subprocess.CompletedProcess[str]:
    """Run ballotdesk with stdout a pipe whose reader is already gone (``| head -0``)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run([sys.executable, "-m", "ballotdesk", *map(str, args)], stdout=write_end,
                              stderr=subprocess.PIPE, text=True, encoding="utf-8", env=subprocess_env(),
                              timeout=60)
    finally:
        os.close(write_end)


def test_a_closed_pipe_neither_tracebacks_nor_stops_an_issue_halfway(meeting, capsys):
    """Was: BrokenPipeError traceback from the first print, the other members left without papers."""
    proc = closed_pipe_run("issue", meeting, "1", "1001", "1002", "1003")
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr, proc.stderr
    assert (proc.returncode, proc.stderr) == (0, "")
    assert issued(capsys, meeting) == 3


@pytest.mark.parametrize("args", [["result", "{m}", "1", "--json"], ["roll", "search", "{m}", "F", "--json"],
                                  ["--help"]])
def test_a_closed_pipe_on_reading_commands_is_quiet(meeting, args):
    proc = closed_pipe_run(*[a.format(m=meeting) for a in args])
    assert (proc.returncode, proc.stderr) == (0, ""), proc.stderr


# -- pin without a terminal -----------------------------------------------------------------------


def test_pin_without_a_terminal_or_input_is_one_line(meeting):
    """Was: getpass warnings, then an EOFError traceback."""
    proc = subprocess.run([sys.executable, "-m", "ballotdesk", "pin", str(meeting), "--pin", PIN],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, encoding="utf-8",
                          env=subprocess_env(), timeout=60, start_new_session=True)
    assert proc.returncode == 1 and proc.stdout == ""
    assert one_line(proc.stderr) == ("ballotdesk pin: no new PIN was given; add --new-pin PIN, or pipe the PIN in "
                                     "on standard input")


def test_pin_piped_in_is_read_without_warnings(meeting, capsys):
    proc = subprocess.run([sys.executable, "-m", "ballotdesk", "pin", str(meeting), "--pin", PIN, "--json"],
                          input="567890\n", capture_output=True, text=True, encoding="utf-8", env=subprocess_env(),
                          timeout=60, start_new_session=True)
    assert (proc.returncode, proc.stderr) == (0, "")
    assert json.loads(proc.stdout) == {"pin": "changed"}
    code, _, err = run(capsys, "pin", meeting, "--pin", "567890", "--new-pin", PIN)
    assert code == 0, err


def test_pin_at_a_terminal_is_typed_twice(meeting, capsys, monkeypatch):
    """As the GUI's dialog: a PIN typed once, unseen, with a slip would lock the chair out."""
    import getpass

    class Terminal:
        def isatty(self) -> bool:
            return True

    answers = iter(["567890", "5679"])
    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    code, out, err = run(capsys, "pin", meeting, "--pin", PIN)
    assert (code, out) == (1, "")
    assert one_line(err) == "ballotdesk pin: The two new PINs differ; type the new PIN twice. The PIN was not changed."
    monkeypatch.undo()
    code, _, err = run(capsys, "pin", meeting, "--pin", PIN, "--new-pin", "432100")
    assert code == 0, err  # the old PIN still works


# -- backup --keep ----------------------------------------------------------------------------------


@pytest.mark.parametrize("keep", ["0", "-1", "two"])
def test_backup_keep_below_one_is_refused_and_deletes_nothing(meeting, capsys, tmp_path, keep):
    """Was: ``--keep 0`` made a backup and deleted every earlier one."""
    folder = tmp_path / "usb"
    folder.mkdir()
    assert run(capsys, "backup", meeting, folder)[0] == 0
    before = sorted(folder.iterdir())
    code, err = usage_error(capsys, "backup", meeting, folder, "--keep", keep)
    assert code == 2
    assert one_line(err).startswith(f"ballotdesk backup: argument --keep: '{keep}' is not a whole number of 1")
    assert sorted(folder.iterdir()) == before


# -- documents over the meeting file -----------------------------------------------------------------


@pytest.mark.parametrize("command", [
    ["register-sheet", "{m}", "-o", "{out}"],
    ["papers", "{m}", "1", "--count", "2", "-o", "{out}"],
    ["attendance", "{m}", "--csv", "{out}"],
    ["result", "{m}", "1", "--csv", "{out}"],
    ["sheet", "{m}", "1", "-o", "{out}"],
])
def test_a_document_is_never_written_over_the_meeting(meeting, capsys, command):
    """Was: ``papers FILE 1 --count 2 -o FILE`` replaced the meeting with a PDF."""
    before = meeting.read_bytes()
    for out in (meeting, meeting.parent / "." / meeting.name):
        code, stdout, err = run(capsys, *[a.format(m=meeting, out=out) for a in command])
        assert (code, stdout) == (1, "")
        assert one_line(err).endswith("is the meeting file itself; nothing was written. Give the document its "
                                      "own name, e.g. result.pdf")
        assert meeting.read_bytes() == before
    code, _, err = run(capsys, "verify", meeting)
    assert code == 0, err


def test_a_document_is_not_named_as_a_meeting(meeting, capsys, tmp_path):
    other = tmp_path / "Other.BALLOTDESK"
    code, out, err = run(capsys, "register-sheet", meeting, "-o", other)
    assert (code, out) == (1, "")
    assert "ends in .ballotdesk, the name of a meeting file; nothing was written" in one_line(err)
    assert not other.exists()


# -- an option whose name starts with "-" -------------------------------------------------------------


def test_an_option_starting_with_a_dash_is_counted_after_double_dash(meeting, capsys):
    """Was: "-Neg=1" read as an unknown option, and "-- -Neg=1" refused too: the ballot could not be counted."""
    assert run(capsys, "issue", meeting, "1", "1001", "1002")[0] == 0
    assert run(capsys, "ballot", "close", meeting, "1")[0] == 0
    code, err = usage_error(capsys, "count", meeting, "1", "--box", "Main hall", "--teller", "T1", "--papers", "2",
                            "-Neg=1", "B=1")
    assert code == 2
    assert "put figures for an option whose name starts with '-' after '--'" in one_line(err)
    for teller in ("T1", "T2"):
        code, _, err = run(capsys, "count", meeting, "1", "--box", "Main hall", "--teller", teller, "--papers", "2",
                           "B=1", "--", "-Neg=1")
        assert code == 0, err
    data = json.loads(run(capsys, "result", meeting, "1", "--json")[1])
    assert [(o["name"], o["votes"]) for o in data["options"]] == [("-Neg", 1), ("B", 1)]
    assert data["boxes"][0]["state"] == "definitive"


# -- --json on every command ----------------------------------------------------------------------------


def test_every_step_of_the_evening_takes_json_and_prints_only_json(meeting, capsys, tmp_path):
    """A script can ask every command for JSON; stdout is then exactly one JSON document."""
    m = meeting
    papers, reg, sheet, csv_out = (tmp_path / n for n in ("papers.pdf", "reg.pdf", "sheet.pdf", "att.csv"))
    folder = tmp_path / "usb"
    folder.mkdir()
    steps = [
        ["box", "add", m, "Overflow"],
        ["issue", m, "1", "1001", "1002", "1003", "1004", "--box", "Main hall"],
        ["spoil", m, "1", "1001"],
        ["withdraw", m, "1", "1004", "--reason", "issued by mistake"],
        ["ballot", "close", m, "1"],
        ["count", m, "1", "--box", "Main hall", "--teller", "T1", "--papers", "2", "B=2", "--", "-Neg=0"],
        ["count", m, "1", "--box", "Main hall", "--teller", "T2", "--papers", "2", "B=1", "--", "-Neg=1"],
        ["resolve", m, "1", "--box", "Main hall", "--accept", "T1", "--reason", "T2 misread", "--pin", PIN],
        ["explain", m, "1", "--box", "Main hall", "one voter left with the paper", "--pin", PIN],
        ["result", m, "1"],
        ["declare", m, "1", "--chair", "Chair", "--pin", PIN],
        ["sheet", m, "1", "-o", sheet],
        ["verify", sheet],
        ["papers", m, "1", "--count", "2", "-o", papers],
        ["register-sheet", m, "-o", reg],
        ["attendance", m, "--csv", csv_out],
        ["backup", m, folder],
        ["pin", m, "--pin", PIN, "--new-pin", "567890"],
        ["purge", m, "--pin", "567890"],
        ["verify", m],
        ["ballot", "add", m, "--title", "Motion", "--motion"],
        ["ballot", "open", m, "2"],
    ]
    for step in steps:
        cut = step.index("--") if "--" in step else len(step)  # after "--" every word is a figure
        code, out, err = run(capsys, *step[:cut], "--json", *step[cut:])
        assert code == 0, (step, err)
        json.loads(out)  # exactly one JSON document, nothing else on stdout
    issued_rows = json.loads(run(capsys, "issue", m, "2", "1002", "9999", "--json")[1])
    assert [(r["number"], r["issued"]) for r in issued_rows] == [("1002", True), ("9999", False)]
    assert issued_rows[1]["reason"] == "9999 is not on the roll."


def test_a_motion_with_options_is_refused_not_silently_for_against(meeting, capsys):
    """Was: ``ballot add --motion --option Foo`` made a For/Against ballot and dropped Foo unseen."""
    code, out, err = run(capsys, "ballot", "add", meeting, "--title", "M", "--motion", "--option", "Foo")
    assert (code, out) == (1, "")
    assert one_line(err) == ("ballotdesk ballot add: --motion makes the options For and Against; leave out "
                             "--option, or leave out --motion for an election.")
    code, out, err = run(capsys, "result", meeting, "2", "--json")
    assert code == 1 and "There is no ballot 2" in err


def test_register_says_the_earlier_time_as_the_hall_reads_it(tmp_path, capsys):
    import re

    from tests.helpers import make_meeting

    svc = make_meeting(tmp_path)
    path = str(svc.path)
    svc.close()
    assert main(["register", path, "1001"]) == 0
    capsys.readouterr()
    assert main(["register", path, "1001"]) == 0  # already registered is not a failure
    out = capsys.readouterr().out
    assert re.search(r"already registered at \d\d:\d\d; may vote", out), out  # not 2026-11-28T19:42:07+00:00


def test_issue_on_a_ballot_that_does_not_exist_is_one_refusal(tmp_path, capsys):
    from tests.helpers import make_meeting

    svc = make_meeting(tmp_path)
    for number in ("1001", "1004"):
        svc.register(number)
    path = str(svc.path)
    svc.close()
    assert main(["issue", path, "7", "1001", "1004"]) == 1
    err = capsys.readouterr().err
    assert err.count("There is no ballot 7") == 1, err
