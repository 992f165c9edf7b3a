"""Moving a meeting between laptops: a logged hand-over, each key's part of the record reported, keys carried by backups."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ballotdesk.__main__ import main as cli_main
from ballotdesk.services.backup import backup_now, verify_file
from ballotdesk.services.backup_keys import key_file_name, read_key
from ballotdesk.services.meeting import HandOverNeeded, MeetingService
from ballotdesk.services.restore import restore
from ballotdesk.store import verified
from ballotdesk.store.record_keys import KeyFileError, installation_keys
from tests.helpers import make_meeting

FORMAT2 = Path(__file__).parents[1] / "data" / "formats" / "format2.ballotdesk"


def other_laptop(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str = "spare") -> None:
    """From here on, this test runs as another installation of BallotDesk, with a key of its own."""
    monkeypatch.setenv("BALLOTDESK_DATA_DIR", str(tmp_path / name / "data"))


def test_an_older_record_verifies_and_opens_only_through_a_hand_over(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "m.ballotdesk"
    shutil.copyfile(FORMAT2, path)
    report = verify_file(path)
    assert report.intact and not report.authenticated and report.events == 17
    assert report.parts_text() == "Events 1–17: written by an older BallotDesk, not authenticated by any key."
    before = path.read_bytes()
    with pytest.raises(HandOverNeeded, match=r"(?s)older version\. Its record is intact.*Events 1–17: written by an "
                                             r"older BallotDesk.*ballotdesk take-over m\.ballotdesk"):
        MeetingService.open(path)
    assert path.read_bytes() == before  # refused, and not one byte changed
    assert cli_main(["take-over", str(path), "--reason", "the chair's laptop failed"]) == 0
    capsys.readouterr()
    after = verify_file(path)
    assert after.intact and after.authenticated and after.events == 18
    assert [(p.first, p.last, p.key_id == installation_keys().own.key_id) for p in after.parts] == [
        (1, 17, False), (18, 18, True)]
    with MeetingService.open(path) as svc:  # no question the second time
        event = svc.store.events(1)[0]
        assert event["action"] == "record.hand_over" and event["actor"] == "secretary"
        assert '"reason":"the chair\'s laptop failed"' in event["details"]
        svc.register("1004")
    assert cli_main(["verify", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Events 1–17: written by an older BallotDesk" in out and "Events 18–19: authenticated by this " in out


def test_a_backup_restored_on_a_spare_laptop_with_its_key_stays_fully_verifiable(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    svc = make_meeting(tmp_path)
    svc.register("1001")
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup_now(svc, usb, "manual", key_passphrase="correct horse battery")
    chair_key = installation_keys().own.key_id
    svc.close()
    sealed = usb / key_file_name(chair_key)
    assert sealed.is_file() and installation_keys().own.seed not in sealed.read_bytes()

    other_laptop(monkeypatch, tmp_path)
    spare = tmp_path / "spare.ballotdesk"
    restore(made, spare)
    unknown = verify_file(spare)
    assert unknown.intact and not unknown.authenticated  # the chair's key is not known here yet
    with pytest.raises(KeyFileError, match=r"The passphrase does not open this record key\."):
        read_key(sealed, "wrong horse")
    assert read_key(sealed, "correct horse battery") is True
    known = verify_file(spare)
    assert known.authenticated and not known.parts[-1].own  # known, so checked, but not this laptop's own
    with pytest.raises(HandOverNeeded, match=r"^spare\.ballotdesk was last written by another installation of BallotDesk"):
        MeetingService.open(spare)
    with MeetingService.open(spare, take_over=True, actor="secretary", reason="chair's laptop failed") as moved:
        moved.register("1004")
    report = verify_file(spare)
    assert report.authenticated
    assert [(p.known, p.own) for p in report.parts] == [(True, False), (True, True)]
    assert report.parts[0].key_id == chair_key


def test_a_record_key_file_is_refused_in_words_when_it_is_not_one(tmp_path: Path) -> None:
    bad = tmp_path / "not a key.bdkey"
    bad.write_text("hello", "utf-8")
    with pytest.raises(KeyFileError, match=r"This is not a BallotDesk record key file\."):
        read_key(bad, "whatever passphrase")


def test_reading_commands_check_a_file_once_per_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    svc = make_meeting(tmp_path)
    svc.register("1001")
    svc.close()
    path = tmp_path / "m.ballotdesk"
    assert verified.seen(path)  # written here: its bytes are known
    import ballotdesk.store.chain as chain

    calls = []
    real = chain.verify_chain

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(chain, "verify_chain", counting)
    for _ in range(3):
        with MeetingService.reading(path) as reader:
            assert reader.figures().registered == 1
    assert calls == []
    import sqlite3

    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE attendees SET registered_by = 'Mallory'")
    conn.close()
    assert not verified.seen(path)
    from ballotdesk.store.meeting_store import MeetingFileError

    with pytest.raises(MeetingFileError, match="has been changed outside BallotDesk"), MeetingService.reading(path):
        pass
    assert calls == [1]
