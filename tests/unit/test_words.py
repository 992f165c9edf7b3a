"""The Qt-free translation hook that domain rules and services speak through."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from ballotdesk.domain import words
from ballotdesk.domain.ballot import Rule, motion_spec
from ballotdesk.domain.count import CountFigures, account
from ballotdesk.domain.eligibility import Rules, member_eligibility
from ballotdesk.domain.tally import tally

RULES = Rules(cutoff=dt.date(2016, 1, 12))

FAKE = {
    ("Eligibility", "joined {0}, after the cut-off of {1}"): "ymunodd {0}, ar ôl y dyddiad terfyn, {1}",
    ("Tally", "The motion is carried: {0}."): "Mae'r cynnig wedi'i basio: {0}.",
    ("Count", "Balanced: {0} issued, {1} found."): "Yn cysoni: {0} wedi'u dosbarthu, {1} wedi'u canfod.",
    ("Quorum", "A quorum of {0}% is impossible; use 100% or less."):
        "Mae cworwm o {0}% yn amhosibl; defnyddiwch 100% neu lai.",
    ("Ballot", "An election needs at least one candidate."): "Mae angen o leiaf un ymgeisydd mewn etholiad.",
    ("Backup", "Nothing was restored: {0}"): "Ni adferwyd dim: {0}",
    ("MeetingFile", "{0} was not found at {1}."): "Ni chafwyd hyd i {0} yn {1}.",
    ("RollCsv", "missing membership number"): "rhif aelodaeth ar goll",
    ("RollCsv", "{0} looks like a web page (HTML), not a CSV file."): "Mae {0} yn edrych fel tudalen we (HTML).",
    ("MeetingFile", "{0} is empty (0 bytes); it is not a BallotDesk meeting file."):
        "Mae {0} yn wag (0 beit); nid yw'n ffeil cyfarfod BallotDesk.",
}


@pytest.fixture
def welsh() -> Iterator[list[tuple[str, str]]]:
    """A fake translator (and date formatter) that records what it was asked; English restored after."""
    asked: list[tuple[str, str]] = []

    def fake(context: str, text: str) -> str:
        asked.append((context, text))
        return FAKE.get((context, text), text)

    words.set_translator(fake)
    words.set_date_formatter(lambda day: f"{day.day}/{day.month}/{day.year}")
    yield asked
    words.set_translator(None)
    words.set_date_formatter(None)


def test_identity_by_default() -> None:
    assert words.translate("Eligibility", "member on the roll") == "member on the roll"
    assert words.format_date(dt.date(2016, 2, 3)) == "3 Feb 2016"
    assert not words.translating()
    reason = member_eligibility(RULES, dt.date(2016, 2, 3), "").reason
    assert reason == "joined 3 Feb 2016, after the cut-off of 12 Jan 2016"


def test_a_translator_changes_an_eligibility_reason_and_the_date_formatter_is_used(welsh) -> None:
    reason = member_eligibility(RULES, dt.date(2016, 2, 3), "").reason
    assert reason == "ymunodd 3/2/2016, ar ôl y dyddiad terfyn, 12/1/2016"
    assert ("Eligibility", "joined {0}, after the cut-off of {1}") in welsh


def test_a_translator_changes_an_outcome_and_a_paper_account(welsh) -> None:
    result = tally(motion_spec("Roof", rule=Rule.PLURALITY), {"Main hall": CountFigures(5, (3, 2))})
    assert result.outcome == "Mae'r cynnig wedi'i basio: 3 For, 2 Against."
    assert account(56, 56, 0).message == "Yn cysoni: 56 wedi'u dosbarthu, 56 wedi'u canfod."


def test_english_block_keeps_stored_text_english(welsh) -> None:
    generation = words.generation()
    with words.english():
        assert not words.translating()
        assert member_eligibility(RULES, dt.date(2016, 2, 3), "").reason == (
            "joined 3 Feb 2016, after the cut-off of 12 Jan 2016")
    assert words.translating()
    words.set_translator(None)
    assert words.generation() != generation  # caches of shown text know the language changed


def test_placeholders_are_filled_after_translation_so_braces_in_data_are_safe(welsh) -> None:
    result = tally(motion_spec("Roof", rule=Rule.PLURALITY), {"Main hall": CountFigures(5, (3, 2))})
    assert "{" not in result.outcome
    reason = member_eligibility(Rules(voting_statuses=frozenset({"Full"})), None, "{0} odd").reason
    assert reason == "membership status '{0} odd' may not vote (voting statuses: Full)"


def test_using_overrides_the_interface_language_in_this_context_only():
    import threading

    words.set_translator(lambda context, text: f"[{text}]")
    try:
        with words.using(None, None):
            assert words.translate("Reports", "Total") == "Total"
            assert words.format_date(dt.date(2016, 2, 3)) == "3 Feb 2016"
            assert not words.translating()
        with words.using(lambda c, t: f"<{t}>", lambda d: "3/2/2016"):
            assert words.translate("Reports", "Total") == "<Total>"
            assert words.format_date(dt.date(2016, 2, 3)) == "3/2/2016"
            with words.english():
                assert words.translate("Reports", "Total") == "Total"
            seen: list[str] = []
            thread = threading.Thread(target=lambda: seen.append(words.translate("Reports", "Total")))
            thread.start()
            thread.join()
            assert seen == ["[Total]"]  # a new thread does not inherit the block's language
        assert words.translate("Reports", "Total") == "[Total]"
    finally:
        words.set_translator(None)


def test_language_words_asks_the_provider_except_for_english(monkeypatch):
    monkeypatch.setattr(words, "_language_provider", None)
    assert words.language_words("cy") == (None, None)
    pair = (lambda c, t: "x", lambda d: "y")
    asked: list[str] = []
    words.set_language_provider(lambda code: asked.append(code) or (pair if code == "cy" else None))
    assert words.language_words("en") == (None, None)
    assert words.language_words("cy") == pair
    assert words.language_words("fr") == (None, None)
    assert asked == ["cy", "fr"]
    with words.in_language("cy"):
        assert words.translate("Reports", "Total") == "x"


def test_a_translator_changes_a_quorum_error_and_a_ballot_refusal(welsh) -> None:
    from ballotdesk.domain.ballot import BallotSpec, Kind
    from ballotdesk.domain.eligibility import Quorum
    from ballotdesk.domain.errors import DomainError

    with pytest.raises(DomainError, match="Mae cworwm o 150% yn amhosibl") as info:
        Quorum.parse("150%")
    assert str(info.value) == "Mae cworwm o 150% yn amhosibl; defnyddiwch 100% neu lai."
    with pytest.raises(DomainError, match="Mae angen o leiaf un ymgeisydd mewn etholiad") as info:
        BallotSpec(title="Board", question="", kind=Kind.ELECTION, options=()).validate()
    assert str(info.value) == "Mae angen o leiaf un ymgeisydd mewn etholiad."


def test_a_translator_changes_a_backup_error(welsh, tmp_path) -> None:
    from ballotdesk.services.backup_files import BackupError
    from ballotdesk.services.restore import restore

    with pytest.raises(BackupError, match=r"Ni adferwyd dim: Ni chafwyd hyd i gone\.ballotdesk") as info:
        restore(tmp_path / "gone.ballotdesk", tmp_path / "back.ballotdesk")
    assert str(info.value) == f"Ni adferwyd dim: Ni chafwyd hyd i gone.ballotdesk yn {tmp_path}."


def test_a_translator_changes_a_meeting_file_refusal(welsh, tmp_path) -> None:
    from ballotdesk.store.meeting_file import inspect_file
    from ballotdesk.store.meeting_store import MeetingFileError

    empty = tmp_path / "empty.ballotdesk"
    empty.write_bytes(b"")
    with pytest.raises(MeetingFileError, match=r"Mae empty\.ballotdesk yn wag \(0 beit\)") as info:
        inspect_file(empty)
    assert str(info.value) == "Mae empty.ballotdesk yn wag (0 beit); nid yw'n ffeil cyfarfod BallotDesk."
    assert ("MeetingFile", "{0} is empty (0 bytes); it is not a BallotDesk meeting file.") in welsh


def test_a_translator_changes_roll_import_problems(welsh, tmp_path) -> None:
    from ballotdesk.domain.roll_csv import CsvReadError, guess_mapping, parse_records, read_csv

    roll = tmp_path / "roll.csv"
    roll.write_text("Membership number,Surname\n,Jones\n", encoding="utf-8")
    table = read_csv(roll)
    (problem,) = list(parse_records(table, guess_mapping(table.headers)))
    assert (problem.line, problem.reason) == (2, "rhif aelodaeth ar goll")
    page = tmp_path / "page.csv"
    page.write_text("<!DOCTYPE html><html><body>members</body></html>", encoding="utf-8")
    with pytest.raises(CsvReadError, match=r"^Mae page.csv yn edrych fel tudalen we \(HTML\)\.$"):
        read_csv(page)


def test_the_clock_is_written_one_way_for_every_screen_and_command() -> None:
    assert words.clock("2026-11-28T19:42:07.123+00:00") == "19:42"
    assert words.clock(dt.datetime(2026, 11, 28, 9, 5)) == "09:05"
    assert words.clock(None) == "" and words.clock("not a time") == "not a time"
    assert words.clock("2026-11-28T19:42:00", today=dt.date(2026, 11, 29)) == "28 Nov 19:42"
    assert words.clock("2026-11-28T19:42:00", today=dt.date(2026, 11, 28)) == "19:42"
