from __future__ import annotations

from datetime import datetime

import pytest

from notebook.dates import EdtfDate, Precision, is_valid, parse, sort_bounds
from notebook.errors import InvalidInput


def minutes(moment: datetime) -> int:
    """The sort key of one instant, worked out independently of the module."""
    return int((moment - datetime(1, 1, 1)).total_seconds()) // 60


def test_a_day_parses_into_its_parts_and_bounds() -> None:
    date = parse("2019-06-10")
    point = date.start
    assert point is not None
    assert (point.year, point.month, point.day) == (2019, 6, 10)
    assert (point.hour, point.minute, point.second, point.season) == (None, None, None, None)
    assert point.precision is Precision.DAY
    assert point.unspecified is None
    assert point.earliest == datetime(2019, 6, 10, 0, 0, 0)
    assert point.latest == datetime(2019, 6, 10, 23, 59, 59)
    assert point.utc_offset_minutes is None
    assert not point.uncertain and not point.approximate


def test_a_single_date_has_the_same_point_on_both_sides() -> None:
    date = parse("2019-06-10")
    assert date.start is date.end
    assert not date.is_interval
    assert not (date.open_start or date.open_end or date.unknown_start or date.unknown_end)
    assert date.earliest == datetime(2019, 6, 10)
    assert date.latest == datetime(2019, 6, 10, 23, 59, 59)


def test_a_month_covers_every_day_of_that_month() -> None:
    point = parse("2019-06").start
    assert point is not None
    assert (point.year, point.month, point.day) == (2019, 6, None)
    assert point.precision is Precision.MONTH
    assert point.earliest == datetime(2019, 6, 1, 0, 0, 0)
    assert point.latest == datetime(2019, 6, 30, 23, 59, 59)


def test_a_year_covers_the_whole_year() -> None:
    point = parse("2019").start
    assert point is not None
    assert (point.year, point.month, point.day) == (2019, None, None)
    assert point.precision is Precision.YEAR
    assert point.earliest == datetime(2019, 1, 1)
    assert point.latest == datetime(2019, 12, 31, 23, 59, 59)


def test_february_of_a_leap_year_has_29_days() -> None:
    assert parse("2020-02").latest == datetime(2020, 2, 29, 23, 59, 59)
    assert parse("2019-02").latest == datetime(2019, 2, 28, 23, 59, 59)
    assert parse("2000-02").latest == datetime(2000, 2, 29, 23, 59, 59)
    assert parse("1900-02").latest == datetime(1900, 2, 28, 23, 59, 59)


def test_the_leap_day_exists_only_in_leap_years() -> None:
    assert parse("2020-02-29").earliest == datetime(2020, 2, 29)
    with pytest.raises(InvalidInput, match="29 February 2019 does not exist"):
        parse("2019-02-29")
    with pytest.raises(InvalidInput, match="29 February 1900 does not exist"):
        parse("1900-02-29")


def test_surrounding_whitespace_is_stripped_and_the_text_is_kept_as_stored() -> None:
    date = parse("  2019-06-10/2019-06-12\n")
    assert date.text == "2019-06-10/2019-06-12"
    assert parse("\t2019~ ").text == "2019~"


def test_a_time_without_a_zone_is_kept_as_given() -> None:
    point = parse("2019-06-10T14:30").start
    assert point is not None
    assert (point.hour, point.minute, point.second) == (14, 30, None)
    assert point.precision is Precision.MINUTE
    assert point.utc_offset_minutes is None
    assert point.earliest == datetime(2019, 6, 10, 14, 30, 0)
    assert point.latest == datetime(2019, 6, 10, 14, 30, 59)


def test_a_time_with_seconds_is_a_single_instant() -> None:
    point = parse("2019-06-10T14:30:05").start
    assert point is not None
    assert point.precision is Precision.SECOND
    assert point.second == 5
    assert point.earliest == point.latest == datetime(2019, 6, 10, 14, 30, 5)


def test_z_means_utc() -> None:
    point = parse("2019-06-10T14:30:05Z").start
    assert point is not None
    assert point.utc_offset_minutes == 0
    assert point.earliest == datetime(2019, 6, 10, 14, 30, 5)


def test_an_offset_is_converted_to_utc_for_the_bounds_but_the_parts_stay_as_written() -> None:
    east = parse("2019-06-10T14:30+05:00").start
    assert east is not None
    assert (east.hour, east.minute) == (14, 30)
    assert east.utc_offset_minutes == 300
    assert east.earliest == datetime(2019, 6, 10, 9, 30, 0)
    assert east.latest == datetime(2019, 6, 10, 9, 30, 59)

    west = parse("2019-06-10T22:15:00-03:30").start
    assert west is not None
    assert west.utc_offset_minutes == -210
    assert west.earliest == datetime(2019, 6, 11, 1, 45, 0)


def test_an_offset_can_move_the_bounds_into_another_year() -> None:
    assert parse("2020-01-01T01:00+02:00").earliest == datetime(2019, 12, 31, 23, 0)


@pytest.mark.parametrize(
    ("text", "uncertain", "approximate"),
    [("2019~", False, True), ("2020-02?", True, False), ("2019-06-10%", True, True)],
)
def test_a_qualifier_at_the_end_applies_to_the_whole_date(
    text: str, uncertain: bool, approximate: bool
) -> None:
    date = parse(text)
    assert date.start is not None
    assert (date.start.uncertain, date.start.approximate) == (uncertain, approximate)
    assert (date.uncertain, date.approximate) == (uncertain, approximate)


def test_a_qualifier_does_not_change_the_bounds() -> None:
    assert parse("2020-02?").earliest == datetime(2020, 2, 1)
    assert parse("2020-02?").latest == datetime(2020, 2, 29, 23, 59, 59)
    assert parse("2019~").earliest == parse("2019").earliest
    assert parse("2019~").latest == parse("2019").latest


def test_a_decade_with_an_unspecified_year() -> None:
    point = parse("201X").start
    assert point is not None
    assert point.year == 2010
    assert point.precision is Precision.DECADE
    assert point.unspecified is Precision.YEAR
    assert point.earliest == datetime(2010, 1, 1)
    assert point.latest == datetime(2019, 12, 31, 23, 59, 59)


def test_a_century_with_unspecified_decade_and_year() -> None:
    point = parse("20XX").start
    assert point is not None
    assert point.year == 2000
    assert point.precision is Precision.CENTURY
    assert point.earliest == datetime(2000, 1, 1)
    assert point.latest == datetime(2099, 12, 31, 23, 59, 59)


def test_an_unspecified_month_is_known_only_to_the_year() -> None:
    point = parse("2019-XX").start
    assert point is not None
    assert (point.year, point.month, point.day) == (2019, None, None)
    assert point.precision is Precision.YEAR
    assert point.unspecified is Precision.MONTH
    assert (point.earliest, point.latest) == (
        datetime(2019, 1, 1),
        datetime(2019, 12, 31, 23, 59, 59),
    )


def test_an_unspecified_day_is_known_only_to_the_month() -> None:
    point = parse("2019-06-XX").start
    assert point is not None
    assert (point.year, point.month, point.day) == (2019, 6, None)
    assert point.precision is Precision.MONTH
    assert point.unspecified is Precision.DAY
    assert point.latest == datetime(2019, 6, 30, 23, 59, 59)


def test_an_unspecified_month_and_day_is_known_only_to_the_year() -> None:
    point = parse("2019-XX-XX").start
    assert point is not None
    assert point.precision is Precision.YEAR
    assert point.unspecified is Precision.DAY
    assert point.latest == datetime(2019, 12, 31, 23, 59, 59)


def test_an_unspecified_value_may_carry_a_qualifier() -> None:
    assert parse("201X?").uncertain
    assert parse("2019-06-XX~").approximate


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("2019-21", datetime(2019, 3, 1), datetime(2019, 5, 31, 23, 59, 59)),
        ("2019-22", datetime(2019, 6, 1), datetime(2019, 8, 31, 23, 59, 59)),
        ("2019-23", datetime(2019, 9, 1), datetime(2019, 11, 30, 23, 59, 59)),
        ("2019-24", datetime(2019, 12, 1), datetime(2020, 2, 29, 23, 59, 59)),
        ("2020-24", datetime(2020, 12, 1), datetime(2021, 2, 28, 23, 59, 59)),
    ],
)
def test_a_season_covers_its_three_months(text: str, earliest: datetime, latest: datetime) -> None:
    date = parse(text)
    assert (date.earliest, date.latest) == (earliest, latest)


def test_a_season_keeps_its_code_apart_from_the_month() -> None:
    point = parse("2019-24~").start
    assert point is not None
    assert (point.year, point.month, point.season) == (2019, None, 24)
    assert point.precision is Precision.SEASON
    assert point.approximate


def test_an_interval_has_two_sides() -> None:
    date = parse("2019-06-10/2019-06-12")
    assert date.is_interval
    assert date.start is not None and date.end is not None
    assert date.start.day == 10 and date.end.day == 12
    assert date.earliest == datetime(2019, 6, 10)
    assert date.latest == datetime(2019, 6, 12, 23, 59, 59)
    assert not (date.open_start or date.open_end or date.unknown_start or date.unknown_end)


def test_each_side_of_an_interval_carries_its_own_qualifier() -> None:
    date = parse("2019-06/2019-08~")
    assert date.start is not None and date.end is not None
    assert not date.start.approximate
    assert date.end.approximate
    assert date.approximate and not date.uncertain


def test_an_interval_may_mix_precisions_and_forms() -> None:
    date = parse("201X/2020-03-01T10:00Z")
    assert date.start is not None and date.end is not None
    assert date.start.precision is Precision.DECADE
    assert date.end.precision is Precision.MINUTE
    assert parse("2019-21/2019-24?").latest == datetime(2020, 2, 29, 23, 59, 59)


def test_an_open_start_has_no_earliest_instant() -> None:
    date = parse("../2020-03")
    assert date.is_interval and date.open_start and not date.unknown_start
    assert date.start is None
    assert date.earliest is None
    assert date.latest == datetime(2020, 3, 31, 23, 59, 59)


def test_an_open_end_has_no_latest_instant() -> None:
    date = parse("2019-06/..")
    assert date.open_end and not date.unknown_end
    assert date.end is None
    assert date.earliest == datetime(2019, 6, 1)
    assert date.latest is None


def test_an_empty_side_is_unknown_rather_than_open() -> None:
    before = parse("/2020-03")
    assert before.unknown_start and not before.open_start and before.start is None
    after = parse("2019-06/")
    assert after.unknown_end and not after.open_end and after.end is None


def test_an_interval_may_start_and_end_on_the_same_day() -> None:
    date = parse("2019-06-10/2019-06-10")
    assert date.is_interval
    assert date.start == date.end


def test_an_interval_is_checked_against_its_widest_bounds() -> None:
    # June 20 is before the last day of June, so this interval is possible.
    assert parse("2019-06-20/2019-06").earliest == datetime(2019, 6, 20)


def test_an_interval_whose_end_comes_before_its_start_is_refused() -> None:
    with pytest.raises(InvalidInput, match="an interval's end comes before its start"):
        parse("2019-06-12/2019-06-10")
    with pytest.raises(InvalidInput, match="an interval's end comes before its start"):
        parse("2020/2019-12")


def test_an_interval_compares_times_in_utc() -> None:
    # 10:00 at +05:00 is 05:00 UTC, after 04:00 UTC.
    with pytest.raises(InvalidInput, match="end comes before its start"):
        parse("2019-06-10T10:00+05:00/2019-06-10T04:00Z")
    assert is_valid("2019-06-10T10:00+05:00/2019-06-10T06:00Z")


def test_sort_keys_count_minutes_from_the_first_day_of_year_one() -> None:
    assert sort_bounds(parse("0001-01-01T00:01")) == (1, 1)
    assert sort_bounds(parse("0001-01-02")) == (1440, 1440 + 1439)


def test_sort_keys_run_from_the_earliest_start_to_the_latest_end() -> None:
    assert sort_bounds(parse("2019-06")) == (
        minutes(datetime(2019, 6, 1)),
        minutes(datetime(2019, 6, 30, 23, 59)),
    )
    assert sort_bounds(parse("2019-05-31/2019-06-02")) == (
        minutes(datetime(2019, 5, 31)),
        minutes(datetime(2019, 6, 2, 23, 59)),
    )


def test_an_approximate_date_sorts_with_its_strict_bounds() -> None:
    assert (
        sort_bounds(parse("2019~"))
        == sort_bounds(parse("2019"))
        == (
            minutes(datetime(2019, 1, 1)),
            minutes(datetime(2019, 12, 31, 23, 59)),
        )
    )


def test_an_open_or_unknown_side_borrows_the_other_sides_bounds() -> None:
    june = (minutes(datetime(2019, 6, 1)), minutes(datetime(2019, 6, 30, 23, 59)))
    assert sort_bounds(parse("../2019-06")) == june
    assert sort_bounds(parse("/2019-06")) == june
    assert sort_bounds(parse("2019-06/..")) == june
    assert sort_bounds(parse("2019-06/")) == june


def test_a_time_with_an_offset_sorts_by_its_utc_instant() -> None:
    assert sort_bounds(parse("2019-06-10T14:30+05:00")) == sort_bounds(parse("2019-06-10T09:30Z"))


def test_an_interval_sorts_by_its_earliest_start() -> None:
    texts = [
        "2019-06-10T08:00",
        "../2019-06",
        "2019-06-10",
        "2019~",
        "2019-05-31/2019-06-02",
        "2019-06",
        "2019",
    ]
    ordered = sorted(texts, key=lambda text: (sort_bounds(parse(text)), text))
    assert ordered == [
        "2019",
        "2019~",
        "2019-05-31/2019-06-02",
        "../2019-06",
        "2019-06",
        "2019-06-10",
        "2019-06-10T08:00",
    ]


def test_a_shorter_range_sorts_first_among_equal_starts() -> None:
    day, month = sort_bounds(parse("2019-06-01")), sort_bounds(parse("2019-06"))
    assert day[0] == month[0]
    assert day < month


def test_is_valid_says_whether_a_text_parses() -> None:
    assert is_valid("2019-06-10")
    assert is_valid(" 2019-06/.. ")
    assert not is_valid("2019-13")
    assert not is_valid("yesterday")


def test_parse_returns_the_same_value_for_the_same_text() -> None:
    first = parse("2019-06-10/2019-06-12")
    assert isinstance(first, EdtfDate)
    assert parse("2019-06-10/2019-06-12") is first


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the date is empty"),
        ("   ", "the date is empty"),
        ("2019-13", "month 13 does not exist"),
        ("2019-00", "month 00 does not exist"),
        ("2019-25", "month 25 does not exist (seasons are 21 to 24)"),
        ("2019-02-30", "30 February does not exist"),
        ("2019-04-31", "31 April does not exist"),
        ("2019-06-32", "day 32 does not exist"),
        ("2019-06-00", "day 00 does not exist"),
        ("2019-02-29", "29 February 2019 does not exist: not a leap year"),
        ("2019-06-10T24:00", "hour 24 does not exist: hours go from 00 to 23"),
        ("2019-06-10T14:60", "minute 60 does not exist: minutes go from 00 to 59"),
        ("2019-06-10T14:30:60", "second 60 does not exist: seconds go from 00 to 59"),
        ("2019-06-10T14:30+15:00", "a UTC offset goes from -14:00 to +14:00"),
        ("2019-06-10T14:30+05:60", "a UTC offset goes from -14:00 to +14:00"),
        ("2019-06-10T14:30?", "a date with a time cannot carry a qualifier (? ~ %)"),
        ("2019-06-XXT14:30", "a time needs a complete date, as in 2019-06-10T14:30"),
        ("-2019", "use 4-digit years from 0001 to 9999"),
        ("+2019", "use 4-digit years from 0001 to 9999"),
        ("Y170000002", "use 4-digit years from 0001 to 9999"),
        ("20190", "use 4-digit years from 0001 to 9999"),
        ("19-06", "use 4-digit years from 0001 to 9999"),
        ("0000", "the year 0000 cannot be used; years go from 0001 to 9999"),
        ("00XX", "the year 0000 cannot be used; years go from 0001 to 9999"),
        ("2019?-06", "put a qualifier (? ~ %) at the end of the date"),
        ("2019-06?-10", "put a qualifier (? ~ %) at the end of the date"),
        ("?2019", "put a qualifier (? ~ %) at the end of the date"),
        ("2019?~", "use one qualifier at the end: ? uncertain, ~ approximate, % both"),
        ("201x", "write unspecified digits with a capital X, as in 201X"),
        ("201X-06", "X can stand only for the last digits of a year"),
        ("2X19", "X can stand only for the last digits of a year"),
        ("2019-X6", "X can stand only for the last digits of a year"),
        ("2019-XX-10", "X can stand only for the last digits of a year"),
        ("2019-21-05", "a season (21 to 24) cannot have a day"),
        ("9999-24", "winter 9999 would end in the year 10000"),
        ("0001-01-01T00:30+05:00", "in UTC this time falls outside the years 0001 to 9999"),
        ("2019-06-10T14:30:05.250", "write a date and time as 2019-06-10T14:30"),
        ("2019-06-10T1430", "write a date and time as 2019-06-10T14:30"),
        ("2019-6-1", "write a date as YYYY, YYYY-MM or YYYY-MM-DD"),
        ("June 2019", "remove the spaces inside the date"),
        ("10.06.2019", "write the year first, as in 2019-06-10"),
        ("2019.06.10", "write a date as YYYY, YYYY-MM or YYYY-MM-DD"),
        ("yesterday", "write a date as YYYY, YYYY-MM or YYYY-MM-DD"),
        ("٢٠١٩", "write a date as YYYY, YYYY-MM or YYYY-MM-DD"),
        ("{2019,2020}", "write a date as YYYY, YYYY-MM or YYYY-MM-DD"),
        ("..", ".. marks an open end of an interval, as in ../2020-03"),
        ("/", "an interval needs at least one known date"),
        ("../..", "an interval needs at least one known date"),
        ("../", "an interval needs at least one known date"),
        ("10/06/2019", "write a date as YYYY-MM-DD, or an interval as two dates around one /"),
        ("2019 / 2020", "remove the spaces inside the date"),
        ("2019-06/2019-13", "month 13 does not exist"),
    ],
)
def test_a_refused_date_says_why(text: str, message: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse(text)
    assert str(caught.value).startswith(message)
