"""The join dates of a roll: the date orders a chair can choose, and reading a date as written.

Apart from the records because dates are the one field read in many shapes ("03/02/2016", "3 Feb 2016",
"2016-02-03 00:00", or any strptime format): :func:`parse_date` is also used by the forms
(:mod:`ballotdesk.domain.dates`), and :class:`DateCache` lets an import read each distinct text once.
"""

from __future__ import annotations

import datetime
import functools
import re

from ballotdesk.domain.words import QT_TRANSLATE_NOOP, translate

DATE_FORMATS: dict[str, str] = {
    "dmy": "Day first (31/12/2024)",
    "mdy": "Month first (12/31/2024)",
    "ymd": "Year first (2024-12-31)",
}
"""Date order choices offered to the chair; any strptime format is accepted too."""

# How each date order is described in a problem message.
_EXPECTED_ORDER = {"dmy": QT_TRANSLATE_NOOP("RollCsv", "day/month/year"),
                   "mdy": QT_TRANSLATE_NOOP("RollCsv", "month/day/year"),
                   "ymd": QT_TRANSLATE_NOOP("RollCsv", "year/month/day")}


_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("jan", "january"),
        ("feb", "february"),
        ("mar", "march"),
        ("apr", "april"),
        ("may",),
        ("jun", "june"),
        ("jul", "july"),
        ("aug", "august"),
        ("sep", "sept", "september"),
        ("oct", "october"),
        ("nov", "november"),
        ("dec", "december"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number
_WEEKDAYS = frozenset(
    ("mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
     "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday")
)
_TIME_SUFFIX = re.compile(
    r"(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?m\.?)?(?:Z|[+-]\d{2}:?\d{2})?)$",
    re.IGNORECASE,
)
_YEAR_FIRST = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,4})")
_TOKEN_SPLIT = re.compile(r"[\s,./\-]+")
_ORDINAL = re.compile(r"(\d{1,4})(?:st|nd|rd|th)?")


def parse_date(text: str, date_format: str = "dmy") -> datetime.date | None:
    """Read a join date as written by a membership system or Excel.

    Day-first is the default because BallotDesk is used mostly in the UK.
    Whatever the order chosen, year-first ISO dates ("2016-02-03") are
    always accepted, because they are unambiguous. Two-digit years pivot at
    70 (00-69 are 2000-2069), and a trailing time such as Excel's
    "03/02/2016 00:00" is ignored.

    Args:
        text: The field value; surrounding whitespace is ignored.
        date_format: ``"dmy"``, ``"mdy"``, ``"ymd"`` or any
            :func:`datetime.datetime.strptime` format such as ``"%d.%m.%Y"``.

    Returns:
        The date, or None when ``text`` is blank.

    Raises:
        ValueError: The text is not a real date in the chosen order (for
            example 31/02/2016), or ``date_format`` is not recognised.
    """
    text = text.strip()
    if not text:
        return None
    check_date_format(date_format)
    return _parse_date_cached(text, date_format)


_DIRECTIVE = re.compile(r"%(.)")


def _names_a_date(directives: set[str]) -> bool:
    """Whether strptime directives can say which day it is (and use no directive strptime lacks)."""
    if not directives <= set("aAbBcdfGHIjmMpSuUVwWxXyYzZ%"):
        return False
    year = bool({"y", "Y"} & directives)
    return bool(
        {"c", "x"} & directives
        or (year and "j" in directives)
        or (year and "d" in directives and {"m", "b", "B"} & directives)
        or ({"G", "V"} <= directives and {"u", "a", "A"} & directives)
        or (year and {"U", "W"} & directives and {"w", "u", "a", "A"} & directives)
    )


def check_date_format(date_format: str) -> None:
    if "%" in date_format and not _names_a_date(set(_DIRECTIVE.findall(date_format))):
        # A format that cannot say which day it is would skip every row as unreadable.
        raise ValueError(translate(
            "RollCsv", "Date format {0} does not name the day, the month and the year (e.g. '%d.%m.%Y').").format(
            repr(date_format)))
    if date_format not in DATE_FORMATS and "%" not in date_format:
        choices = ", ".join(repr(key) for key in DATE_FORMATS)
        raise ValueError(translate(
            "RollCsv", "Unknown date format {0}: use one of {1} or a strptime format such as '%d.%m.%Y'."
        ).format(repr(date_format), choices))


@functools.lru_cache(maxsize=65536)
def _parse_date_cached(text: str, date_format: str) -> datetime.date:
    """Parse a stripped, non-empty date; cached because join dates repeat a lot."""
    if "%" in date_format:
        for candidate in (text, _TIME_SUFFIX.sub("", text)):
            try:
                return datetime.datetime.strptime(candidate, date_format).date()
            except ValueError:
                pass
    bare = _TIME_SUFFIX.sub("", text).strip()
    order = date_format
    try:
        match = _YEAR_FIRST.fullmatch(bare)
        if match:
            return datetime.date(int(match[1]), int(match[3]), int(match[4]))
        if order not in _EXPECTED_ORDER:
            # The chair gave an exact format: apart from ISO dates, guessing
            # other shapes would defeat the point of choosing one.
            raise ValueError(text)
        match = _NUMERIC.fullmatch(bare)
        if match:
            first, second, third = match[1], match[3], match[4]
            if order == "dmy":
                day, month, year = first, second, third
            elif order == "mdy":
                month, day, year = first, second, third
            else:
                year, month, day = first, second, third
            if len(day) > 2 or len(month) > 2:
                raise ValueError(text)
            return datetime.date(_full_year(year), int(month), int(day))
        return _parse_month_name(bare, order)
    except ValueError:
        raise ValueError(text) from None  # worded by the caller, which knows the line and the format


def _parse_month_name(text: str, order: str) -> datetime.date:
    """Parse dates with a month name: "3 Feb 2016", "Feb 3, 2016", "03-Feb-16"."""
    tokens = [token for token in _TOKEN_SPLIT.split(text.casefold()) if token]
    tokens = [token for token in tokens if token not in _WEEKDAYS]
    months = [token for token in tokens if token in _MONTHS]
    numbers = [token for token in tokens if token not in _MONTHS]
    if len(months) != 1 or len(numbers) != 2:
        raise ValueError(text)
    matches = [_ORDINAL.fullmatch(token) for token in numbers]
    if matches[0] is None or matches[1] is None:
        raise ValueError(text)
    first, second = matches[0][1], matches[1][1]
    if len(first) == 4 or (order == "ymd" and len(second) <= 2):
        year, day = first, second
    else:
        day, year = first, second
    if len(day) > 2:
        raise ValueError(text)
    return datetime.date(_full_year(year), _MONTHS[months[0]], int(day))


def _full_year(digits: str) -> int:
    """Expand a year; two digits pivot at 70 (69 -> 2069, 70 -> 1970)."""
    if len(digits) == 4:
        return int(digits)
    if len(digits) == 2:
        value = int(digits)
        return 2000 + value if value < 70 else 1900 + value
    raise ValueError(digits)


def describe_format(date_format: str) -> str:
    """Say in words what a date should look like, for problem messages."""
    if date_format in _EXPECTED_ORDER:
        return translate("RollCsv", _EXPECTED_ORDER[date_format])
    readable = date_format
    for code, words in (("%d", "dd"), ("%m", "mm"), ("%Y", "yyyy"), ("%y", "yy"),
                        ("%b", "Mon"), ("%B", "Month")):
        readable = readable.replace(code, words)
    return readable


class DateCache(dict[str, str | None]):
    """Join-date text -> ISO date, None for blank, "" for unreadable; each distinct text parsed once."""

    def __init__(self, date_format: str) -> None:
        super().__init__()
        self.date_format = date_format
        self.unreadable = False

    def __missing__(self, text: str) -> str | None:
        value: str | None = None
        if text:
            try:
                value = _parse_date_cached(text, self.date_format).isoformat()
            except ValueError:
                value, self.unreadable = "", True
        self[text] = value
        return value
