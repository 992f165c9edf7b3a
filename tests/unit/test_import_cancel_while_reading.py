"""Cancelling a roll import takes effect while the file is still being read, not once it has all been read."""

from __future__ import annotations

import pytest

from ballotdesk.domain import search
from ballotdesk.domain.roll_csv import dates as roll_dates
from ballotdesk.services.roll_import import ImportCancelled
from tests.helpers import make_meeting


def test_cancel_stops_the_reading_before_dates_and_search_words_are_worked_out(tmp_path, monkeypatch):
    path = tmp_path / "roll.csv"
    path.write_text("Member No,Forename,Surname,Joined\n"
                    + "".join(f"{2000 + i},F{i},L{i},0{1 + i % 9}/05/2010\n" for i in range(500)), encoding="utf-8")
    worked: list[str] = []
    real_missing = roll_dates.DateCache.__missing__
    real_index = search.index_columns

    def dates(self, text):
        worked.append("dates")
        return real_missing(self, text)

    def index(*args):
        worked.append("search words")
        return real_index(*args)

    monkeypatch.setattr(roll_dates.DateCache, "__missing__", dates)
    monkeypatch.setattr(search, "index_columns", index)
    asked: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        asked.append((done, total))
        return False  # Cancel was pressed as soon as the import began

    svc = make_meeting(tmp_path, people=False)
    try:
        with pytest.raises(ImportCancelled):
            svc.import_roll(path, progress=progress)
        assert asked == [(0, 0)] and worked == []  # stopped at the first step of reading
        assert svc.store.member_count() == 0
    finally:
        svc.close()
