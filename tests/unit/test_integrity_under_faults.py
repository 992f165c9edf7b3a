"""Integrity under faults and bad input: schema tampering, backups in one second, PIN spaces, purge vs restore."""

import datetime as dt
import hashlib
import sqlite3

import pytest

from ballotdesk.domain.ballot import motion_spec
from ballotdesk.services import ballots as B
from ballotdesk.services import papers
from ballotdesk.services.backup import backup_now, list_backups, verify_file
from ballotdesk.services.meeting import MeetingService
from ballotdesk.services.privacy import purge_personal_data
from ballotdesk.services.restore import purge_undone_by
from ballotdesk.services.roles import ChairPinError, require_chair, set_pin
from ballotdesk.store.chain import _schema_of, expected_schema
from ballotdesk.store.meeting_store import MeetingFileError
from ballotdesk.store.version import SCHEMA_VERSION
from tests.helpers import declared_motion, make_meeting

T0 = dt.datetime(2026, 11, 28, 19, 30, 0).astimezone()
PIN = "246802"


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def closed_ballot(tmp_path):
    """A meeting with a closed motion, two papers issued, waiting for the tellers; the file is closed."""
    svc = make_meeting(tmp_path, quorum="2")
    svc.update_details({"four_eyes": False})
    for n in ("1001", "1004"):
        svc.register(n)
    bid = B.create_ballot(svc, motion_spec("M"))
    B.open_ballot(svc, bid)
    for n in ("1001", "1004"):
        papers.issue_paper(svc, bid, papers.attendee_for_member(svc, n))
    B.close_ballot(svc, bid)
    svc.close()
    return tmp_path / "m.ballotdesk"


def sql(path, *statements):
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


# -- tampering with the file's structure ------------------------------------------------------


def test_a_trigger_planted_to_change_the_next_count_is_detected_and_the_file_not_opened(closed_ballot):
    """Before: the chain hashes rows only, so this trigger made the next count entry lie and the chain vouch for it."""
    sql(closed_ballot, "CREATE TRIGGER t AFTER INSERT ON count_entries BEGIN "
                       "UPDATE count_entries SET figures = replace(new.figures, '[2, 0]', '[0, 2]') "
                       "WHERE id = new.id; END")
    report = verify_file(closed_ballot)
    assert not report.intact
    assert report.message == (f"A trigger (t) on the tellers' count entries (count_entries) was added outside "
                              f"BallotDesk after event {report.events}; it can change what BallotDesk writes without "
                              "a trace in the audit log.")
    before = sha(closed_ballot)
    with pytest.raises(MeetingFileError, match=r"has been changed outside BallotDesk and is not opened: A trigger \(t\)"):
        MeetingService.open(closed_ballot)
    assert sha(closed_ballot) == before


def test_a_changed_default_is_detected(closed_ballot):
    """A provisional attendee's vote approved by default, as 'modify table' in a database browser could do."""
    sql(closed_ballot, "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = replace(sql, 'vote_approved INTEGER NOT NULL DEFAULT 0', "
        "'vote_approved INTEGER NOT NULL DEFAULT 1') WHERE name = 'attendees'")
    report = verify_file(closed_ballot)
    assert not report.intact
    assert report.message == (f"The definition of the registrations (attendees) was changed outside BallotDesk "
                              f"after event {report.events}.")


def test_the_schema_checked_is_the_one_the_migrations_make(tmp_path):
    make_meeting(tmp_path).close()
    conn = sqlite3.connect(tmp_path / "m.ballotdesk")
    made = {item for item in _schema_of(conn) if item[2] != "_sqlite_migrations"}
    conn.close()
    assert made | {("table", "_sqlite_migrations", "_sqlite_migrations", "*")} == expected_schema(SCHEMA_VERSION)
    assert ("index", "papers_one_live", "papers", ) in {item[:3] for item in made}


# -- two backups in one second ----------------------------------------------------------------


def test_backups_made_in_the_same_second_are_listed_and_pruned_in_the_order_made(tmp_path):
    """Before: 'manual 2' sorted before 'manual', so the first looked newest and pruning deleted the later ones."""
    svc = make_meeting(tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    try:
        made = [backup_now(svc, usb, reason, now=T0) for reason in ("manual", "manual", "ballot.open")]
        assert [p.name for p in made] == ["m 2026-11-28 193000 manual.ballotdesk",
                                          "m 2026-11-28 193000 manual 2.ballotdesk",
                                          "m 2026-11-28 193000 ballot.open 3.ballotdesk"]
        assert list_backups(usb, svc.path) == made
        newest = backup_now(svc, usb, "ballot.closed", keep=2, now=T0)
        assert list_backups(usb, svc.path) == [made[2], newest]
        assert newest.name == "m 2026-11-28 193000 ballot.closed 4.ballotdesk"
    finally:
        svc.close()


# -- the chair's PIN --------------------------------------------------------------------------


def test_a_pin_with_a_space_around_it_is_the_pin_not_a_wrong_attempt(tmp_path):
    """Before: set_pin dropped the spaces of ' 246802 ', but the same text later counted as a wrong PIN."""
    svc = make_meeting(tmp_path)
    try:
        set_pin(svc, " 246802 ", current_pin=None)
        require_chair(svc, "246802 ", "declare the result")
        require_chair(svc, "\t246802", "declare the result")
        assert svc.details()["pin_failures"] == 0
        with pytest.raises(ChairPinError, match=r"^To declare the result, enter the chair's PIN\.$"):
            require_chair(svc, "   ", "declare the result")
        assert svc.details()["pin_failures"] == 0
    finally:
        svc.close()


# -- the purge and the backups made before it ------------------------------------------------


def test_a_backup_made_before_the_purge_is_recognised(tmp_path):
    svc = make_meeting(tmp_path, pin=PIN)
    usb = tmp_path / "usb"
    usb.mkdir()
    try:
        assert purge_undone_by(backup_now(svc, usb, now=T0), svc) is None, "never purged: nothing to say"
        with svc.as_chair(PIN):
            declared_motion(svc)
        before = backup_now(svc, usb, now=T0 + dt.timedelta(minutes=1))
        purge_personal_data(svc, pin=PIN)
        after = backup_now(svc, usb, now=T0 + dt.timedelta(minutes=2))
        purged_at = next(e for e in svc.store.events() if e["action"] == "personal.purge")["at"]
        assert purge_undone_by(before, svc) == purged_at.replace("T", " ")[:16]
        assert purge_undone_by(after, svc) is None
    finally:
        svc.close()


def test_every_migration_runs_its_script_and_no_other():
    """Opening compares a file with the scripts alone (no sqlite-utils); the migrations must be exactly them."""
    from ballotdesk.store.schema import MIGRATIONS
    from ballotdesk.store.schema_sql import SCRIPTS

    assert [m.name for m in MIGRATIONS._migrations] == [name for name, _sql in SCRIPTS]
    assert len(SCRIPTS) == SCHEMA_VERSION
