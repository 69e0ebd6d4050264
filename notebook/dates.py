"""Partial and uncertain dates as EDTF strings (levels 0 and 1): parsing, bounds and sort keys."""

from __future__ import annotations

import enum
import functools
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from notebook.errors import InvalidInput


class Precision(enum.StrEnum):
    """How finely a date is known, from a century down to a second."""

    CENTURY = "century"
    DECADE = "decade"
    YEAR = "year"
    SEASON = "season"
    MONTH = "month"
    DAY = "day"
    MINUTE = "minute"
    SECOND = "second"


@dataclass(frozen=True, slots=True, kw_only=True)
class DatePoint:
    """One date: a single value, or one side of an interval.

    `precision` is how finely the date is known; `unspecified` is the finer part written
    with X (YEAR for 201X and 20XX, MONTH for 2019-XX, DAY for 2019-06-XX and 2019-XX-XX).
    For a decade or a century `year` is its first year (2010 for 201X, 2000 for 20XX).
    For a season `season` holds its code (21 spring … 24 winter) and `month` is None.
    Hour, minute and second are as written; `earliest` and `latest` are naive, in UTC
    when an offset or Z was given and as written otherwise.
    """

    year: int
    month: int | None
    day: int | None
    hour: int | None
    minute: int | None
    second: int | None
    season: int | None
    precision: Precision
    unspecified: Precision | None
    uncertain: bool
    approximate: bool
    earliest: datetime
    latest: datetime
    utc_offset_minutes: int | None


@dataclass(frozen=True, slots=True, kw_only=True)
class EdtfDate:
    """A parsed EDTF value: a single date (start is end) or an interval of two sides.

    A side is None when it is open (`..`) or unknown (left empty).
    """

    text: str
    start: DatePoint | None
    end: DatePoint | None
    is_interval: bool
    open_start: bool
    open_end: bool
    unknown_start: bool
    unknown_end: bool

    @property
    def uncertain(self) -> bool:
        return any(point.uncertain for point in (self.start, self.end) if point is not None)

    @property
    def approximate(self) -> bool:
        return any(point.approximate for point in (self.start, self.end) if point is not None)

    @property
    def earliest(self) -> datetime | None:
        return None if self.start is None else self.start.earliest

    @property
    def latest(self) -> datetime | None:
        return None if self.end is None else self.end.latest


_SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 2)}
_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MAX_OFFSET_MINUTES = 14 * 60
_MINUTES_PER_DAY = 24 * 60

_POINT = re.compile(
    r"(?P<year>[0-9]{2}(?:[0-9]{2}|[0-9]X|XX))"
    r"(?:-(?P<month>[0-9]{2}|XX)"
    r"(?:-(?P<day>[0-9]{2}|XX)"
    r"(?:T(?P<hour>[0-9]{2}):(?P<minute>[0-9]{2})(?::(?P<second>[0-9]{2}))?"
    r"(?P<zone>Z|[+-][0-9]{2}:[0-9]{2})?)?)?)?"
    r"(?P<qualifier>[?~%])?"
)
_LEADING_DIGITS = re.compile(r"[0-9X]*")
_DAY_FIRST = re.compile(r"[0-9]{1,2}[.][0-9]{1,2}[.][0-9]{4}")

_YEAR_RANGE = "use 4-digit years from 0001 to 9999"
_YEAR_ZERO = "the year 0000 cannot be used; years go from 0001 to 9999"
_X_PLACE = (
    "X can stand only for the last digits of a year (201X, 20XX) "
    "or for a whole month or day (2019-XX, 2019-06-XX)"
)
_TIME_FORM = (
    "write a date and time as 2019-06-10T14:30 or 2019-06-10T14:30:05, "
    "optionally followed by Z or an offset such as +05:00"
)
_DATE_FORM = "write a date as YYYY, YYYY-MM or YYYY-MM-DD"


def is_leap_year(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    return 29 if month == 2 and is_leap_year(year) else _DAYS_IN_MONTH[month - 1]


@functools.lru_cache(maxsize=8192)
def parse(text: str) -> EdtfDate:
    """Parse an EDTF level 0 or level 1 date or interval; raise InvalidInput if it is not one."""
    stripped = text.strip()
    if not stripped:
        raise InvalidInput("the date is empty")
    if "/" not in stripped:
        if stripped == "..":
            raise InvalidInput(".. marks an open end of an interval, as in ../2020-03")
        point = _parse_point(stripped)
        return EdtfDate(
            text=stripped,
            start=point,
            end=point,
            is_interval=False,
            open_start=False,
            open_end=False,
            unknown_start=False,
            unknown_end=False,
        )
    left, _, right = stripped.partition("/")
    if "/" in right:
        raise InvalidInput("write a date as YYYY-MM-DD, or an interval as two dates around one /")
    start = None if left in ("", "..") else _parse_point(left)
    end = None if right in ("", "..") else _parse_point(right)
    if start is None and end is None:
        raise InvalidInput("an interval needs at least one known date")
    if start is not None and end is not None and start.earliest > end.latest:
        raise InvalidInput("an interval's end comes before its start")
    return EdtfDate(
        text=stripped,
        start=start,
        end=end,
        is_interval=True,
        open_start=left == "..",
        open_end=right == "..",
        unknown_start=left == "",
        unknown_end=right == "",
    )


def is_valid(text: str) -> bool:
    try:
        parse(text)
    except InvalidInput:
        return False
    return True


def sort_bounds(value: EdtfDate) -> tuple[int, int]:
    """Sort keys in minutes since 0001-01-01T00:00: from the earliest start, to the latest end.

    An open or unknown side borrows the other side's bounds, so `../2019-06` sorts as June 2019.
    """
    first = value.start if value.start is not None else value.end
    last = value.end if value.end is not None else value.start
    # parse() never returns an interval without a known side.
    assert first is not None and last is not None
    return _minutes(first.earliest), _minutes(last.latest)


def _minutes(moment: datetime) -> int:
    return (moment.toordinal() - 1) * _MINUTES_PER_DAY + moment.hour * 60 + moment.minute


def _parse_point(text: str) -> DatePoint:
    match = _POINT.fullmatch(text)
    if match is None:
        raise InvalidInput(_diagnose(text))
    year_text, month_text, day_text, hour_text, minute_text, second_text, zone, qualifier = (
        match.groups()
    )
    flags = {"uncertain": qualifier in ("?", "%"), "approximate": qualifier in ("~", "%")}
    if hour_text is not None:
        if qualifier is not None:
            raise InvalidInput("a date with a time cannot carry a qualifier (? ~ %)")
        if "X" in year_text or month_text == "XX" or day_text == "XX":
            raise InvalidInput("a time needs a complete date, as in 2019-06-10T14:30")

    if year_text[3] == "X":
        if month_text is not None:
            raise InvalidInput(_X_PLACE)
        if year_text[2] == "X":
            first_year, span, precision = int(year_text[:2]) * 100, 100, Precision.CENTURY
        else:
            first_year, span, precision = int(year_text[:3]) * 10, 10, Precision.DECADE
        if first_year == 0:
            raise InvalidInput(_YEAR_ZERO)
        return _point(
            year=first_year,
            precision=precision,
            unspecified=Precision.YEAR,
            earliest=datetime(first_year, 1, 1),
            latest=datetime(first_year + span - 1, 12, 31, 23, 59, 59),
            **flags,
        )

    year = int(year_text)
    if year == 0:
        raise InvalidInput(_YEAR_ZERO)
    if month_text is None:
        return _year(year, None, **flags)
    if month_text == "XX":
        if day_text is not None and day_text != "XX":
            raise InvalidInput(_X_PLACE)
        return _year(year, Precision.MONTH if day_text is None else Precision.DAY, **flags)

    month = int(month_text)
    if month in _SEASON_MONTHS:
        if day_text is not None:
            raise InvalidInput("a season (21 to 24) cannot have a day")
        return _season(year, month, **flags)
    if not 1 <= month <= 12:
        hint = " (seasons are 21 to 24)" if month > 24 else ""
        raise InvalidInput(f"month {month_text} does not exist{hint}")
    if day_text is None or day_text == "XX":
        return _point(
            year=year,
            month=month,
            precision=Precision.MONTH,
            unspecified=None if day_text is None else Precision.DAY,
            earliest=datetime(year, month, 1),
            latest=datetime(year, month, days_in_month(year, month), 23, 59, 59),
            **flags,
        )

    day = int(day_text)
    if not 1 <= day <= days_in_month(year, month):
        if not 1 <= day <= 31:
            raise InvalidInput(f"day {day_text} does not exist")
        if month == 2 and day == 29:
            raise InvalidInput(f"29 February {year_text} does not exist: not a leap year")
        raise InvalidInput(f"{day} {_MONTH_NAMES[month - 1]} does not exist")
    if hour_text is None:
        return _point(
            year=year,
            month=month,
            day=day,
            precision=Precision.DAY,
            earliest=datetime(year, month, day),
            latest=datetime(year, month, day, 23, 59, 59),
            **flags,
        )
    return _time_point(year, month, day, hour_text, minute_text, second_text, zone)


def _point(
    *,
    year: int,
    month: int | None = None,
    day: int | None = None,
    season: int | None = None,
    precision: Precision,
    unspecified: Precision | None = None,
    earliest: datetime,
    latest: datetime,
    uncertain: bool,
    approximate: bool,
) -> DatePoint:
    """A point without a time of day."""
    return DatePoint(
        year=year,
        month=month,
        day=day,
        hour=None,
        minute=None,
        second=None,
        season=season,
        precision=precision,
        unspecified=unspecified,
        uncertain=uncertain,
        approximate=approximate,
        earliest=earliest,
        latest=latest,
        utc_offset_minutes=None,
    )


def _season(year: int, code: int, *, uncertain: bool, approximate: bool) -> DatePoint:
    first_month, last_month = _SEASON_MONTHS[code]
    # Winter starts in December and ends in February of the next year.
    last_year = year + 1 if last_month < first_month else year
    if last_year > 9999:
        raise InvalidInput(f"winter {year} would end in the year {last_year}")
    return _point(
        year=year,
        season=code,
        precision=Precision.SEASON,
        earliest=datetime(year, first_month, 1),
        latest=datetime(last_year, last_month, days_in_month(last_year, last_month), 23, 59, 59),
        uncertain=uncertain,
        approximate=approximate,
    )


def _year(
    year: int, unspecified: Precision | None, *, uncertain: bool, approximate: bool
) -> DatePoint:
    return _point(
        year=year,
        precision=Precision.YEAR,
        unspecified=unspecified,
        earliest=datetime(year, 1, 1),
        latest=datetime(year, 12, 31, 23, 59, 59),
        uncertain=uncertain,
        approximate=approximate,
    )


def _time_point(
    year: int,
    month: int,
    day: int,
    hour_text: str,
    minute_text: str,
    second_text: str | None,
    zone: str | None,
) -> DatePoint:
    hour, minute = int(hour_text), int(minute_text)
    second = None if second_text is None else int(second_text)
    if hour > 23:
        raise InvalidInput(f"hour {hour_text} does not exist: hours go from 00 to 23")
    if minute > 59:
        raise InvalidInput(f"minute {minute_text} does not exist: minutes go from 00 to 59")
    if second is not None and second > 59:
        raise InvalidInput(f"second {second_text} does not exist: seconds go from 00 to 59")
    offset = None if zone is None else _offset_minutes(zone)
    earliest = datetime(year, month, day, hour, minute, second or 0)
    if offset:
        try:
            earliest -= timedelta(minutes=offset)
        except OverflowError:
            raise InvalidInput("in UTC this time falls outside the years 0001 to 9999") from None
    if second is None:
        precision, latest = Precision.MINUTE, earliest.replace(second=59)
    else:
        precision, latest = Precision.SECOND, earliest
    return DatePoint(
        year=year,
        month=month,
        day=day,
        hour=hour,
        minute=minute,
        second=second,
        season=None,
        precision=precision,
        unspecified=None,
        uncertain=False,
        approximate=False,
        earliest=earliest,
        latest=latest,
        utc_offset_minutes=offset,
    )


def _offset_minutes(zone: str) -> int:
    if zone == "Z":
        return 0
    hours, minutes = int(zone[1:3]), int(zone[4:6])
    total = hours * 60 + minutes
    if minutes > 59 or total > _MAX_OFFSET_MINUTES:
        raise InvalidInput("a UTC offset goes from -14:00 to +14:00")
    return -total if zone[0] == "-" else total


def _diagnose(text: str) -> str:
    """Say what is wrong with one side that the pattern refused; off the fast path."""
    if text != "".join(text.split()):
        return "remove the spaces inside the date"
    if text[0] in "-+Y":
        return _YEAR_RANGE
    if "x" in text:
        return "write unspecified digits with a capital X, as in 201X"
    body = text.rstrip("?~%")
    if len(text) - len(body) > 1:
        return "use one qualifier at the end: ? uncertain, ~ approximate, % both"
    if any(mark in body for mark in "?~%"):
        return "put a qualifier (? ~ %) at the end of the date"
    if _DAY_FIRST.fullmatch(body):
        return "write the year first, as in 2019-06-10"
    leading = _LEADING_DIGITS.match(body)
    assert leading is not None  # the pattern matches the empty string
    if leading.group() and len(leading.group()) != 4:
        return _YEAR_RANGE
    if "X" in body:
        return _X_PLACE
    if "T" in body:
        return _TIME_FORM
    return _DATE_FORM
