"""The headless commands: encodings, usage errors, names, --map, locks.

Commands run through ``main()`` as the console script does, or in a subprocess where the
process itself matters (console encoding, whether Qt is loaded, two processes at once).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ballotdesk.__main__ import _could_be_meeting, main
from ballotdesk.cli import base
from ballotdesk.cli.table import COMMANDS
from ballotdesk.domain.roll_csv import FIELDS
from ballotdesk.services.meeting import MeetingService


def run(capsys, *args):
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def usage_error(capsys, *args):
    """A usage error: exit status 2 and the stderr text (argparse raises SystemExit)."""
    with pytest.raises(SystemExit, match=r"^2$") as exit_info:
        main([str(a) for a in args])
    out = capsys.readouterr()
    assert out.out == ""
    return exit_info.value.code, out.err


def one_line(err: str) -> str:
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "usage:" not in err
    return err.rstrip("\n")


def subprocess_env(**extra: str) -> dict[str, str]:
    """This environment (its private data dirs) without a screen, as a script on a server has."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return {**env, **extra}


def ballotdesk(*args, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ballotdesk", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", env=subprocess_env(**env), timeout=60)


@pytest.fixture
def meeting(tmp_path, capsys):
    path = tmp_path / "branch.ballotdesk"
    code, _, err = run(capsys, "new", path, "--title", "AGM", "--date", "2026-11-28", "--cutoff", "2016-01-12",
                       "--voting-status", "Current")
    assert code == 0, err
    roll = tmp_path / "roll.csv"
    roll.write_text("Member No;Forename;Surname;Ward;Joined;Status\n"
                    "1001;Łukasz;Nowak;North;01/05/2010;Current\n"
                    "1002;Jo;Smith;South;03/02/2016;Current\n"
                    "1003;Siân;ap Rhys;North;01/01/2001;Current\n"
                    "1004;Ann;Nowakowska;North;01/01/2001;Current\n", encoding="utf-8")
    code, _, err = run(capsys, "roll", "import", path, roll)
    assert code == 0, err
    return path


def registered(capsys, path: Path) -> int:
    code, out, err = run(capsys, "attendance", path, "--json")
    assert code == 0, err
    return int(json.loads(out)["registered"])


# -- 1. output a console cannot encode ----------------------------------------------------


def test_json_is_ascii_and_valid(meeting, capsys):
    code, out, _ = run(capsys, "roll", "search", meeting, "nowak", "--json")
    assert code == 0 and out.isascii() and "\\u0141ukasz" in out
    assert json.loads(out)[0]["first_name"] == "Łukasz"


def test_cp1252_console_never_fails_a_saved_change(meeting, capsys):
    proc = ballotdesk("register", meeting, "1001", "--json", PYTHONIOENCODING="cp1252")
    assert (proc.returncode, proc.stderr) == (0, "")
    assert json.loads(proc.stdout)[0]["name"] == "Łukasz Nowak"
    proc = ballotdesk("register", meeting, "1004", PYTHONIOENCODING="cp1252")
    assert (proc.returncode, proc.stderr) == (0, "")
    assert proc.stdout.startswith("1004 Ann Nowakowska: registered; may vote")
    proc = ballotdesk("roll", "search", meeting, "nowak", PYTHONIOENCODING="cp1252")
    assert proc.returncode == 0 and proc.stdout.startswith("1001\t\\u0141ukasz Nowak\tNorth\tmay vote")
    # Already registered: the line names the member, and the console never turns it into a failure.
    proc = ballotdesk("register", meeting, "1001", PYTHONIOENCODING="cp1252")
    assert (proc.returncode, proc.stderr) == (0, "")
    assert "\\u0141ukasz Nowak: already registered at" in proc.stdout
    assert registered(capsys, meeting) == 2


# -- 2. --limit -------------------------------------------------------------------------------


@pytest.mark.parametrize("limit", ["0", "-1", "two"])
def test_search_limit_must_be_positive(meeting, capsys, limit):
    code, err = usage_error(capsys, "roll", "search", meeting, "nowak", "--limit", limit)
    assert code == 2
    assert one_line(err).startswith(f"ballotdesk roll search: argument --limit: '{limit}' is not a whole number of 1")


def test_search_limit_limits(meeting, capsys):
    code, out, _ = run(capsys, "roll", "search", meeting, "nowak", "--limit", "1", "--json")
    assert code == 0 and [h["number"] for h in json.loads(out)] == ["1001"]


# -- 3. usage errors are one line; help is not ---------------------------------------------------


@pytest.mark.parametrize(("args", "start"), [
    (["new", "m.ballotdesk", "--title", "T"], "ballotdesk new: the following arguments are required: --date"),
    (["new", "m.ballotdesk", "--title", "T", "--date", "2026-11-28", "--language", "fr"],
     "ballotdesk new: argument --language: invalid choice: 'fr'"),
    (["roll"], "ballotdesk roll: the following arguments are required: {import,search}"),
    (["roll", "lookup"], "ballotdesk roll: argument {import,search}: invalid choice: 'lookup'"),
    (["ballot", "open", "m.ballotdesk", "one"], "ballotdesk ballot open: argument ballot: invalid int value: 'one'"),
    (["register"], "ballotdesk register: the following arguments are required: file, MEMBER_NUMBER"),
    (["count", "m.ballotdesk", "1", "--box", "B", "--teller", "T", "--papers", "1", "--zork"],
     "ballotdesk count: unrecognized arguments: --zork"),
    (["attendance", "m.ballotdesk", "--zork"], "ballotdesk attendance: unrecognized arguments: --zork"),
])
def test_usage_errors_are_one_line(capsys, args, start):
    code, err = usage_error(capsys, *args)
    line = one_line(err)
    assert code == 2 and line.startswith(start), line


def test_command_help_is_still_full(capsys):
    with pytest.raises(SystemExit, match=r"^0$") as exit_info:
        main(["new", "--help"])
    out = capsys.readouterr().out
    assert exit_info.value.code == 0
    assert out.startswith("usage: ballotdesk new") and "--cutoff CUTOFF" in out and out.count("\n") > 10


# -- 4. ballotdesk --help and mistyped commands, without Qt ----------------------------------


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_top_level_help_lists_commands_and_gui_forms_without_qt(flag):
    code = (f"import sys\nfrom ballotdesk.__main__ import main\nrc = main([{flag!r}])\n"
            "print('QT LOADED' if 'PySide6' in sys.modules else 'NO QT')\nsys.exit(rc)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=subprocess_env(),
                          timeout=60)
    assert (proc.returncode, proc.stderr) == (0, "")
    assert proc.stdout.rstrip().endswith("NO QT")
    for form in ("ballotdesk  ", "ballotdesk FILE", "ballotdesk --demo", "ballotdesk COMMAND"):
        assert form in proc.stdout, form
    listed = proc.stdout.split("commands:", 1)[1]
    for command in COMMANDS:
        assert command in listed, command


def test_mistyped_command_is_one_line_without_qt(tmp_path):
    code = ("import sys\nfrom ballotdesk.__main__ import main\nrc = main(['regster', 'x.ballotdesk'])\n"
            "print('QT LOADED' if 'PySide6' in sys.modules else 'NO QT')\nsys.exit(rc)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=subprocess_env(),
                          cwd=tmp_path, timeout=60)
    assert proc.returncode == 2 and proc.stdout == "NO QT\n"
    assert proc.stderr == ("ballotdesk: 'regster' is neither a command (new, roll, register, ...) nor a meeting "
                           "file; did you mean 'register'?\n")
    proc = ballotdesk("xyzzy")  # the console script itself, with no display: no Qt abort
    assert proc.returncode == 2
    assert one_line(proc.stderr) == ("ballotdesk: 'xyzzy' is neither a command (new, roll, register, ...) nor a "
                                     "meeting file; see 'ballotdesk --help'")


def test_what_may_still_be_a_meeting_goes_to_the_gui(tmp_path):
    existing = tmp_path / "agm-without-suffix"
    existing.write_bytes(b"")
    assert _could_be_meeting(str(existing))
    assert _could_be_meeting(str(tmp_path / "missing.ballotdesk"))  # the GUI says it is missing
    assert _could_be_meeting("--demo")
    assert not _could_be_meeting(str(tmp_path / "regster"))
    assert not _could_be_meeting("")


# -- 5. new: strict dates, usable names --------------------------------------------------------


@pytest.mark.parametrize("option", ["--date", "--cutoff"])
@pytest.mark.parametrize("text", ["20261128", "2026-W48-6", "2026-11-28T10:00", "28/11/2026", "2026-1-28",
                                  "２０２６-11-28"])
def test_new_dates_must_be_yyyy_mm_dd(tmp_path, capsys, option, text):
    args = {"--date": "2026-11-28", "--cutoff": "2016-01-12", option: text}
    code, err = usage_error(capsys, "new", tmp_path / "m", "--title", "T", *[x for kv in args.items() for x in kv])
    assert code == 2
    assert one_line(err).startswith(f"ballotdesk new: argument {option}: '{text}' is not a date in the form YYYY-MM-DD")
    assert list(tmp_path.iterdir()) == []


def test_new_impossible_date_is_named(tmp_path, capsys):
    code, err = usage_error(capsys, "new", tmp_path / "m", "--title", "T", "--date", "2026-02-30")
    assert code == 2 and one_line(err).startswith("ballotdesk new: argument --date: '2026-02-30' is not a real date")


@pytest.mark.parametrize("name", ["", "   ", ".ballotdesk", "  .ballotdesk"])
def test_new_refuses_a_blank_name(tmp_path, capsys, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "new", name, "--title", "T", "--date", "2026-11-28")
    assert (code, out) == (1, "")
    assert one_line(err) == (f"ballotdesk new: '{name}' is not a usable file name; give the meeting one, "
                             "e.g. branch-agm.ballotdesk")
    assert list(tmp_path.iterdir()) == []


def test_new_refuses_a_folder(tmp_path, capsys):
    folder = tmp_path / "meetings"
    folder.mkdir()
    code, _, err = run(capsys, "new", folder, "--title", "T", "--date", "2026-11-28")
    assert code == 1
    assert one_line(err) == (f"ballotdesk new: '{folder}' is a folder; give the new meeting a file name, "
                             f"e.g. {folder / 'meeting.ballotdesk'}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["meetings"] and list(folder.iterdir()) == []


def test_new_still_adds_the_suffix(tmp_path, capsys):
    code, out, _ = run(capsys, "new", tmp_path / "agm", "--title", "T", "--date", "2026-11-28", "--json")
    assert code == 0 and json.loads(out)["file"] == str(tmp_path / "agm.ballotdesk")


# -- 6. register ----------------------------------------------------------------------------------


def test_register_again_says_whether_they_may_vote(meeting, capsys):
    run(capsys, "register", meeting, "1001", "1002")
    code, out, err = run(capsys, "register", meeting, "1001", "1002")
    assert code == 0 and err == ""  # already registered is registered (issue 14)
    first, second = out.splitlines()
    assert first.startswith("1001 Łukasz Nowak: already registered at ")
    assert first.endswith("; may vote (joined 1 May 2010, on or before the cut-off of 12 Jan 2016)")
    assert second.endswith("; may attend but not vote (joined 3 Feb 2016, after the cut-off of 12 Jan 2016)")


@pytest.mark.parametrize("blank", ["", "  "])
def test_register_refuses_an_empty_number(meeting, capsys, blank):
    code, err = usage_error(capsys, "register", meeting, "1001", blank)
    assert code == 2
    assert one_line(err).startswith("ballotdesk register: argument MEMBER_NUMBER: a membership number cannot be empty")
    assert registered(capsys, meeting) == 0


def test_issue_refuses_an_empty_number(meeting, capsys):
    code, err = usage_error(capsys, "issue", meeting, "1", "")
    assert code == 2 and "a membership number cannot be empty" in one_line(err)


# -- 7. --map --------------------------------------------------------------------------------------


@pytest.fixture
def odd_csv(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("Ref,Given,Family\nA1,Ann,Aaron\n", encoding="utf-8")
    return path


def test_map_unknown_field_lists_the_fields(meeting, odd_csv, capsys):
    code, out, err = run(capsys, "roll", "import", meeting, odd_csv, "--map", "Ref=bogus")
    assert (code, out) == (1, "")
    assert one_line(err) == ("ballotdesk roll import: --map 'Ref=bogus': 'bogus' is not a field; the fields are "
                             + ", ".join(FIELDS))


def test_map_missing_header_lists_the_files_headers(meeting, odd_csv, capsys):
    code, _, err = run(capsys, "roll", "import", meeting, odd_csv, "--map", "Member No=number")
    assert code == 1
    assert one_line(err) == ("ballotdesk roll import: --map: r.csv has no column 'Member No'; "
                             "its columns are 'Ref', 'Given', 'Family'")


def test_map_without_a_number_says_how(meeting, odd_csv, capsys):
    code, _, err = run(capsys, "roll", "import", meeting, odd_csv, "--map", "Given=first_name")
    assert code == 1
    assert one_line(err) == ("ballotdesk roll import: no column of r.csv holds the membership number; "
                             "add --map \"HEADER=number\" (its columns are 'Ref', 'Given', 'Family')")


def test_map_fields_ignore_case(meeting, odd_csv, capsys):
    code, out, err = run(capsys, "roll", "import", meeting, odd_csv, "--map", "ref=NUMBER", "--map",
                         "Given=First_Name", "--map", "Family=Last_name", "--json")
    assert code == 0, err
    assert json.loads(out)["imported"] == 1
    code, out, _ = run(capsys, "roll", "search", meeting, "aaron", "--json")
    assert json.loads(out)[0] == {"number": "A1", "first_name": "Ann", "last_name": "Aaron", "ward": "",
                                  "may_vote": False, "reason": json.loads(out)[0]["reason"]}


def test_roll_import_help_lists_the_fields(capsys):
    with pytest.raises(SystemExit, match=r"^0$"):
        main(["roll", "import", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "fields: " + ", ".join(FIELDS) in help_text


# -- 8. attendance --csv --json -----------------------------------------------------------------


def test_attendance_csv_with_json_prints_json(meeting, capsys, tmp_path):
    run(capsys, "register", meeting, "1001")
    out_csv = tmp_path / "att.csv"
    code, out, err = run(capsys, "attendance", meeting, "--csv", out_csv, "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert {k: data[k] for k in ("on_roll", "registered", "may_vote_present", "guests", "quorum", "quorate")} == {
        "on_roll": 4, "registered": 1, "may_vote_present": 1, "guests": 0, "quorum": 0, "quorate": True}
    assert data["csv"] == str(out_csv)
    assert "Łukasz" in out_csv.read_text(encoding="utf-8-sig")
    code, out, _ = run(capsys, "attendance", meeting, "--csv", out_csv)
    assert (code, out) == (0, f"Wrote {out_csv}\n")


# -- 9. error prefixes name the subcommand ------------------------------------------------------


def test_roll_errors_name_the_subcommand(meeting, capsys, tmp_path):
    code, _, err = run(capsys, "roll", "import", meeting, tmp_path / "missing.csv")
    assert code == 1 and one_line(err).startswith("ballotdesk roll import: missing.csv ")
    code, _, err = run(capsys, "roll", "search", tmp_path / "missing.ballotdesk", "x")
    assert code == 1 and one_line(err).startswith("ballotdesk roll search: missing.ballotdesk was not found")


# -- 10. a meeting another process has open for a moment ----------------------------------------


def test_waits_for_a_meeting_held_for_a_moment(meeting, capsys):
    from ballotdesk.services.meeting import MeetingService

    holder = MeetingService.open(meeting)
    releaser = threading.Timer(0.5, holder.close)
    start = time.monotonic()
    releaser.start()
    try:
        code, out, err = run(capsys, "register", meeting, "1001")
    finally:
        releaser.join()
    assert (code, err) == (0, "") and "1001 Łukasz Nowak: registered" in out
    assert time.monotonic() - start >= 0.45


def test_gives_up_on_a_meeting_held_too_long(meeting, capsys, monkeypatch):
    from ballotdesk.services.meeting import MeetingService

    monkeypatch.setattr(base, "LOCK_WAIT_SECONDS", 0.4)
    holder = MeetingService.open(meeting)
    try:
        start = time.monotonic()
        code, out, err = run(capsys, "register", meeting, "1001")
        waited = time.monotonic() - start
    finally:
        holder.close()
    assert (code, out) == (1, "")
    assert one_line(err).startswith("ballotdesk register: branch.ballotdesk is already open in BallotDesk (process ")
    assert 0.3 <= waited < 2
    assert registered(capsys, meeting) == 0


def test_other_refusals_do_not_wait(tmp_path, capsys):
    bad = tmp_path / "notes.ballotdesk"
    bad.write_text("not a meeting")
    start = time.monotonic()
    code, _, err = run(capsys, "register", bad, "1001")
    assert code == 1 and "not a BallotDesk meeting file" in one_line(err)
    assert time.monotonic() - start < 1


def test_several_processes_register_at_once(meeting, capsys):
    numbers = ["1001", "1002", "1003", "1004"]
    procs = [subprocess.Popen([sys.executable, "-m", "ballotdesk", "register", str(meeting), n],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=subprocess_env())
             for n in numbers]
    results = [(p.wait(timeout=60), p.stderr.read() if p.stderr else "") for p in procs]
    for p in procs:
        for stream in (p.stdout, p.stderr):
            if stream:
                stream.close()
    assert results == [(0, "")] * len(numbers)
    assert registered(capsys, meeting) == len(numbers)


# -- commands that only read, while the desk has the meeting open ----------------------------


def file_digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_figures_and_search_while_the_desk_has_the_meeting_open(capsys, meeting):
    desk = MeetingService.open(meeting)
    try:
        desk.register("1001")
        before = file_digest(meeting)
        code, out, err = run(capsys, "attendance", meeting, "--json")
        assert (code, err) == (0, "")
        figures = json.loads(out)
        assert (figures["registered"], figures["may_vote_present"], figures["on_roll"]) == (1, 1, 4)
        code, out, err = run(capsys, "roll", "search", meeting, "nowak", "--json")
        assert (code, err) == (0, "")
        assert [m["number"] for m in json.loads(out)] == ["1001", "1004"]
        assert file_digest(meeting) == before
        desk.register("1003")  # the desk goes on writing
        assert run(capsys, "attendance", meeting, "--json")[1].count('"registered": 2') == 1
    finally:
        desk.close()


def test_reading_refuses_what_opening_refuses(capsys, meeting):
    conn = sqlite3.connect(meeting)
    with conn:
        conn.execute("UPDATE members SET first_name = 'Mallory' WHERE number = '1002'")
    conn.close()
    code, out, err = run(capsys, "attendance", meeting, "--json")
    assert code == 1 and out == ""
    assert "has been changed outside BallotDesk" in err and err.count("\n") == 1


def test_a_command_that_writes_still_waits_for_the_lock(capsys, meeting, monkeypatch):
    monkeypatch.setattr(base, "LOCK_WAIT_SECONDS", 0.3)
    desk = MeetingService.open(meeting)
    try:
        code, _, err = run(capsys, "register", meeting, "1001")
        assert code == 1 and "already open" in err
    finally:
        desk.close()


def test_an_import_warns_when_every_status_may_vote(capsys, tmp_path):
    path = tmp_path / "open.ballotdesk"
    assert run(capsys, "new", path, "--title", "AGM", "--date", "2026-11-28")[0] == 0
    roll = tmp_path / "roll.csv"
    roll.write_text("ID,Surname,Status\n1,Jones,Current\n2,Evans,Lapsed\n3,Price,Current\n", encoding="utf-8")
    code, out, err = run(capsys, "roll", "import", path, roll)
    assert code == 0 and out.startswith("Imported 3")
    assert one_line(err) == ("Note: no voting statuses are set, so every status may vote (Current 2, Lapsed 1). "
                             "Choose them on the Meeting page, or create the meeting with --voting-status.")
