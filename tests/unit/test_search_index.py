"""The desk's in-memory search index: prefix words, roll order, and rowids that stay right."""

import shutil
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from ballotdesk.domain.search import SearchIndex, index_text, words
from ballotdesk.services.backup import verify_file
from ballotdesk.services.meeting import MeetingService
from ballotdesk.store.schema import m001_meeting_roll_registration, schema_version

ROLL = [  # (rowid, search text), in roll order
    (30, index_text("Ann", "Aaron", "3001", "SA1 1AA")),
    (10, index_text("Jo", "Smith", "1002", "SA15 2BB")),
    (20, index_text("John", "Smith-Jones", "1005", "SA16 5EE")),
    (40, index_text("Zoë", "Smithers", "4004", "CF10 1AA")),
]


class Tiny(SearchIndex):
    CHUNK = 2  # every other member starts a new chunk


def test_hits_come_in_roll_order_up_to_the_limit():
    index = SearchIndex.of(ROLL)
    assert index.find(["smith"], 10) == [10, 20, 40]
    assert index.find(["smith"], 2) == [10, 20]
    assert len(index) == 4


def test_every_term_must_start_a_word():
    index = SearchIndex.of(ROLL)
    assert index.find(["jo", "smith"], 10) == [10, 20]
    assert index.find(["smith", "jo"], 10) == [10, 20]
    assert index.find(["ith"], 10) == []  # inside a word is not a match
    assert index.find(["jones", "zoe"], 10) == []  # both words, in the same member
    assert index.find(["sa16"], 10) == [20]
    assert index.find(["sa165"], 10) == [20]  # the postcode joined up


def test_rowids_stay_right_across_chunks():
    index = Tiny.of(ROLL)
    assert index.find(["smith"], 10) == [10, 20, 40]
    assert index.find(["zoe"], 10) == [40]
    assert index.find(["aaron"], 10) == [30]
    assert index.find(["cf10"], 10) == [40]


def test_odd_texts_cannot_shift_the_lines():
    index = Tiny.of([(1, "first\nsecond"), (2, "Upper CASE"), (3, "  spaced   out "), (4, "last")])
    assert index.find(["second"], 10) == [1]
    assert index.find(["upper"], 10) == [2]
    assert index.find(["out"], 10) == [3]
    assert index.find(["last"], 10) == [4]


def test_nothing_to_find():
    index = SearchIndex.of(ROLL)
    assert index.find([], 10) == []
    assert index.find([""], 10) == []
    assert index.find(["smith"], 0) == []
    assert SearchIndex.of([]).find(["a"], 10) == []


def test_a_file_with_the_old_fts_index_loses_it_and_still_finds_members(tmp_path):
    """A meeting written by BallotDesk before the index moved into memory (format 1: format 2 with the index)."""
    path = tmp_path / "m.ballotdesk"
    shutil.copyfile(Path(__file__).parents[1] / "data" / "formats" / "format2.ballotdesk", path)
    conn = sqlite3.connect(path)
    with conn:
        old = Database(memory=True)
        m001_meeting_roll_registration(old)  # the index and its triggers exactly as format 1 made them
        made = [row[0] for row in old.execute("SELECT sql FROM sqlite_master WHERE name = 'members_fts' "
                                               "OR type = 'trigger' ORDER BY type DESC")]
        conn.executescript(
            ";".join(made) + ";"
            "INSERT INTO members_fts (members_fts) VALUES ('rebuild');"
            "DELETE FROM _sqlite_migrations WHERE name = 'm002_search_in_memory';"
            "PRAGMA user_version = 1;"
        )
    conn.close()
    svc = MeetingService.open(path, take_over=True)  # an older BallotDesk's record, not keyed: taken over
    try:
        tables = {r[0] for r in svc.store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert not any(t.startswith("members_fts") for t in tables)
        assert svc.store.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
        assert [h.number for h in svc.search("smith jo")][:1] == ["1002"]
    finally:
        svc.close()
    assert verify_file(path).intact


def test_whole_words_come_before_words_that_merely_start_with_the_term():
    roll = [(1, index_text("Mary", "Jones", "1", "")), (2, index_text("Jon", "Jonas", "2", "")),
            (3, index_text("Jo", "Smith", "3", "")), (4, index_text("Jo", "Wright", "4", ""))]
    index = Tiny.of(roll)
    assert index.find(["jo"], 10) == [3, 4, 1, 2]
    assert index.find(["jo"], 1) == [3]
    assert index.find(["jon"], 10) == [2, 1]  # Jon first, then Jonas and Jones start with it
    assert index.find(["jo", "smith"], 10) == [3]
    assert index.find(["smith", "j"], 10) == [3]


def test_names_that_fold_to_capitals_are_found_all_the_same():
    """Found in review: fold() keeps Cherokee capitals and turns ℍ into H; the index is lower case."""
    roll = [(1, index_text("Wilma", "ᏣᎳᎩ", "1001", "")), (2, index_text("", "ℍarris", "1002", "")),
            (3, index_text("", "№5 Smith", "1003", ""))]
    index = SearchIndex.of(roll)
    for query, rowid in (("ᏣᎳᎩ", 1), ("ℍarris", 2), ("harris", 2), ("№5 smith", 3)):
        assert index.find(words(query), 10) == [rowid], query
        assert index.matches(words(query)) == [rowid], query
