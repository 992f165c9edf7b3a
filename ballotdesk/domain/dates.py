"""Dates as people type them into a form: 12/01/2016, 12 Jan 2016, 2016-01-12, 12 Ionawr 2016.

One rule for every date field (meeting date, cut-off, join date), so a date typed anywhere is
read the same way. Day first, as in the UK; the year-first ISO form is always accepted; month
names in English and in Welsh, whatever the interface language, because a field shows its date
in the interface's language and must read back what it shows.
"""

from __future__ import annotations

import datetime as dt
import re

from ballotdesk.domain.errors import DomainError
from ballotdesk.domain.roll_csv import parse_date
from ballotdesk.domain.words import translate

_WELSH_MONTHS: dict[str, str] = {
    "ionawr": "jan", "ion": "jan",
    "chwefror": "feb", "chwef": "feb",
    "mawrth": "mar", "maw": "mar",
    "ebrill": "apr", "ebr": "apr",
    "mai": "may",
    "mehefin": "jun", "meh": "jun",
    "gorffennaf": "jul", "gorff": "jul",
    "awst": "aug",
    "medi": "sep",
    "hydref": "oct", "hyd": "oct",
    "tachwedd": "nov", "tach": "nov",
    "rhagfyr": "dec", "rhag": "dec",
}
_WORD = re.compile(r"[^\W\d_]+")


def parse_typed_date(text: str) -> dt.date:
    """Read a date typed into a form (see the module's note for the forms accepted).

    Raises:
        DomainError: Empty, or not a real date, with the forms that are read.
    """
    cleaned = " ".join(text.split())
    if not cleaned:
        raise DomainError(translate("Dates", "The date is empty; write it as 12/01/2016, 12 Jan 2016 or 2016-01-12."))
    english = _WORD.sub(lambda m: _WELSH_MONTHS.get(m.group(0).casefold(), m.group(0)), cleaned)
    try:
        found = parse_date(english, "dmy")
    except ValueError:
        found = None
    if found is None:
        raise DomainError(translate(
            "Dates", "'{0}' is not a date; write it as 12/01/2016, 12 Jan 2016 or 2016-01-12.").format(cleaned))
    return found
