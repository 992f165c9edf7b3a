"""Save a Copy and backups always produce a file that verifies on its own, without a journal (issue 14)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from ballotdesk.services.backup import backup_now, verify_file
from ballotdesk.services.backup_files import BackupError
from ballotdesk.store.meeting_store import MeetingFileError, MeetingStore

pytestmark = pytest.mark.meeting(register=("1001",))


def _alone(copy: Path, tmp_path: Path) -> Path:
    """The copy moved to an empty folder by itself, as it reaches another computer."""
    away = tmp_path / "elsewhere"
    away.mkdir(exist_ok=True)
    return Path(shutil.copy(copy, away / copy.name))


def test_save_a_copy_verifies_on_its_own(svc, tmp_path):
    dest = tmp_path / "copy.ballotdesk"
    svc.save_copy(dest)
    assert not dest.with_name(dest.name + "-journal").exists()
    report = verify_file(_alone(dest, tmp_path))
    assert report.intact and report.events == svc.store.audit_head()[0]


def test_a_backup_verifies_on_its_own(svc, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup_now(svc, usb, "manual")
    assert verify_file(_alone(made, tmp_path)).intact
    names = [p.name for p in usb.iterdir()]
    assert made.name in names and not [n for n in names if n.endswith((".part", "-journal"))]


def _copy_then(damage: Callable[[Path], None]) -> Callable[[MeetingStore, Path], None]:
    real = MeetingStore.copy_to

    def copy_to(self: MeetingStore, dest: Path) -> None:
        real(self, dest)
        damage(Path(dest))

    return copy_to


def _journal_left(dest: Path) -> None:
    dest.with_name(dest.name + "-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\0" * 504)


def _cut_short(dest: Path) -> None:
    data = dest.read_bytes()
    dest.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize(("damage", "why"), [
    (_journal_left, "was not completely written (its last change is still in a journal file beside it)."),
    (_cut_short, "is damaged"),
])
def test_a_copy_that_would_not_stand_alone_is_refused_and_removed(svc, tmp_path, monkeypatch, damage, why):
    monkeypatch.setattr(MeetingStore, "copy_to", _copy_then(damage))
    dest = tmp_path / "copy.ballotdesk"
    with pytest.raises(MeetingFileError, match=rf"^The copy written to .*copy\.ballotdesk failed its check and was "
                                               rf"removed: \.ballotdesk-copy-.*\.part {why[:20]}"):
        svc.save_copy(dest)
    assert not dest.exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".ballotdesk-copy-")]
    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(BackupError, match=r"^The backup in .*usb failed its check and was removed: "):
        backup_now(svc, usb, "manual")
    assert not list(usb.glob("*.ballotdesk")) and not list(usb.glob(".*.part*"))
