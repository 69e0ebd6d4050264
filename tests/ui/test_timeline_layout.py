"""The timeline's geometry, without Qt: spans to pixels, lanes and rows, ticks, density, tray."""

from __future__ import annotations

import itertools
import random
from datetime import datetime, timedelta

import pytest

from notebook import dates
from notebook.timeline import Mark
from ui import timeline_layout as geometry
from ui.timeline_layout import (
    BADGE_PX,
    LANE_PADDING_PX,
    MARK_GAP_PX,
    MAX_LABEL_PX,
    MAX_ROWS,
    MIN_LABEL_PX,
    MIN_TICK_PX,
    MINUTES_PER_DAY,
    MINUTES_PER_YEAR,
    POINT_PX,
    ROW_PX,
    Lane,
    build_layout,
    density,
    span_px,
    tick_step,
    ticks,
    tray,
)

DAY = MINUTES_PER_DAY
HOURS_SCALE = 2.0  # minutes per pixel: a day is 720 px
DAYS_SCALE = 30.0  # a day is 48 px
MONTHS_SCALE = 1_440.0  # a day is 1 px
YEARS_SCALE = 43_830.0  # a month is 1 px


def measure(text: str) -> float:
    return 7.0 * len(text)


def minute_of(moment: datetime) -> int:
    return (moment - datetime(1, 1, 1)) // timedelta(minutes=1)


def moment_of(minute: float) -> datetime:
    return datetime(1, 1, 1) + timedelta(minutes=minute)


_ids = itertools.count()


def mark(
    date: str = "",
    *,
    label: str = "",
    kind: str = "incident",
    group: str = "pressure",
    risk: str = "",
    start: int | None = None,
    end: int | None = None,
) -> Mark:
    """A mark dated by EDTF, or by its first and last minute when `start` is given."""
    if date:
        start, end = dates.sort_bounds(dates.parse(date))
    elif start is not None and end is None:
        end = start
    return Mark(
        record_id=f"mark-{next(_ids)}",
        kind=kind,
        type="interview" if kind == "interview" else "other",
        group=group,
        label=label,
        date=date,
        start=start,
        end=end,
        precision="",
        approximate=False,
        uncertain=False,
        open_start=False,
        open_end=False,
        day_order=0,
        risk=risk,
        fact_status="",
        people=(),
        tags=(),
    )


LANES = [Lane("pressure", "Threats and pressure"), Lane("liberty", "Deprivation of liberty")]


def by_group(item: Mark) -> tuple[str, ...]:
    return (item.group,)


def layout_of(marks, *, minutes_per_px=DAYS_SCALE, lanes=LANES, lane_keys=by_group):
    return build_layout(marks, lanes, lane_keys, minutes_per_px=minutes_per_px, measure=measure)


def only(layout):
    (item,) = layout.placed
    return item


# -- from time to pixels -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "minutes_per_px", [1.0, HOURS_SCALE, DAYS_SCALE, MONTHS_SCALE, YEARS_SCALE, 7.5]
)
def test_a_day_is_exactly_1440_minutes_wide_at_every_zoom(minutes_per_px):
    x0, x1 = span_px(mark("2019-06-10"), minutes_per_px)
    assert x0 == minute_of(datetime(2019, 6, 10)) / minutes_per_px
    assert x1 - x0 == pytest.approx(DAY / minutes_per_px)


@pytest.mark.parametrize("minutes_per_px", [DAYS_SCALE, MONTHS_SCALE, YEARS_SCALE])
def test_a_month_and_a_year_are_as_wide_as_all_their_days(minutes_per_px):
    june_0, june_1 = span_px(mark("2019-06"), minutes_per_px)
    assert june_1 - june_0 == pytest.approx(30 * DAY / minutes_per_px)
    year_0, year_1 = span_px(mark("2020"), minutes_per_px)
    assert year_1 - year_0 == pytest.approx(366 * DAY / minutes_per_px)
    assert year_0 == minute_of(datetime(2020, 1, 1)) / minutes_per_px


def test_an_interval_spans_from_its_first_day_to_the_end_of_its_last():
    x0, x1 = span_px(mark("2020-05-29/2020-05-31"), DAYS_SCALE)
    assert x0 == pytest.approx(minute_of(datetime(2020, 5, 29)) / DAYS_SCALE)
    assert x1 == pytest.approx(minute_of(datetime(2020, 6, 1)) / DAYS_SCALE)


def test_consecutive_days_meet_without_a_gap_or_an_overlap():
    assert span_px(mark("2019-06-10"), 7.5)[1] == span_px(mark("2019-06-11"), 7.5)[0]


# -- lanes and rows ----------------------------------------------------------------------------


def test_narrow_spans_become_points_and_wide_ones_bars():
    day, year = mark("2019-06-10"), mark("2019")
    at_months = layout_of([day, year], minutes_per_px=MONTHS_SCALE)
    point = at_months.places_of(day.record_id)[0]
    assert point.point
    assert point.right - point.left == POINT_PX
    assert (point.left + point.right) / 2 == pytest.approx((point.x0 + point.x1) / 2)
    bar = at_months.places_of(year.record_id)[0]
    assert not bar.point
    assert (bar.left, bar.right) == (bar.x0, bar.x1)
    assert not only(layout_of([day], minutes_per_px=DAYS_SCALE)).point


def test_undated_marks_are_not_placed_but_left_for_the_tray():
    dated, undated = mark("2019-06-10"), mark(label="Undated")
    layout = layout_of([dated, undated])
    assert [item.mark for item in layout.placed] == [dated]
    assert layout.places_of(undated.record_id) == []


def test_overlapping_marks_in_one_lane_go_to_different_rows():
    marks = [mark("2019-06"), mark("2019-06-10"), mark("2019-06-05/2019-06-20")]
    layout = layout_of(marks)
    assert sorted(item.row for item in layout.placed) == [0, 1, 2]
    assert layout.lane_rows == [3, 1]


def test_marks_apart_from_each_other_share_a_row():
    marks = [mark("2019-06-10"), mark("2019-06-12"), mark("2019-07")]
    layout = layout_of(marks)
    assert [item.row for item in layout.placed] == [0, 0, 0]
    assert layout.lane_rows == [1, 1]


def test_a_label_keeps_the_next_mark_off_its_row_while_there_is_room():
    first, following = mark("2019-06-10", label="x" * 20), mark("2019-06-13")
    rows = {item.mark: item.row for item in layout_of([first, following]).placed}
    assert rows[first] != rows[following]  # 20 characters need 140 px, and 3 days are 144
    unlabelled = mark("2019-06-10")
    rows = {item.mark: item.row for item in layout_of([unlabelled, following]).placed}
    assert rows[unlabelled] == rows[following]


def test_marks_in_different_lanes_do_not_push_each_other_into_new_rows():
    layout = layout_of([mark("2019-06", group="pressure"), mark("2019-06", group="liberty")])
    assert sorted((item.lane, item.row) for item in layout.placed) == [(0, 0), (1, 0)]


def test_a_mark_with_two_lane_keys_is_placed_in_both_lanes():
    shared = mark("2019-06-10", label="Detention")
    layout = layout_of([shared], lane_keys=lambda item: ("pressure", "liberty"))
    places = layout.places_of(shared.record_id)
    assert sorted(item.lane for item in places) == [0, 1]
    assert {(item.x0, item.x1) for item in places} == {span_px(shared, DAYS_SCALE)}


def test_lanes_not_named_by_lane_keys_are_ignored():
    kept, lost = mark("2019-06-10", group="liberty"), mark("2019-06-10", group="violence")
    layout = layout_of([kept, lost])
    assert [item.mark for item in layout.placed] == [kept]
    assert layout.placed[0].lane == 1
    assert layout.lane_rows == [1, 1]  # an empty lane still has a row


def test_lanes_stack_one_below_the_other():
    marks = [mark("2019-06") for _ in range(3)] + [mark("2019-06", group="liberty")]
    layout = layout_of(marks, lanes=[*LANES, Lane("violence", "Violence")])
    assert layout.lane_rows == [3, 1, 1]
    heights = [rows * ROW_PX + 2 * LANE_PADDING_PX for rows in (3, 1, 1)]
    assert [layout.lane_height(lane) for lane in range(3)] == heights
    assert [layout.lane_top(lane) for lane in range(3)] == [0, heights[0], heights[0] + heights[1]]
    assert layout.height == sum(heights)
    assert layout.row_centre(1, 0) == heights[0] + LANE_PADDING_PX + ROW_PX / 2


def test_placed_marks_come_by_their_left_edge():
    rng = random.Random(3)
    marks = [
        mark(start=rng.randrange(0, 400 * DAY), label="x" * rng.randrange(8)) for _ in range(50)
    ]
    lefts = [item.left for item in layout_of(marks).placed]
    assert lefts == sorted(lefts)


def test_more_marks_than_rows_share_the_last_rows_rather_than_grow_the_lane_forever():
    layout = layout_of([mark("2019-06-10") for _ in range(MAX_ROWS + 6)])
    assert layout.lane_rows[0] == MAX_ROWS
    assert {item.row for item in layout.placed} == set(range(MAX_ROWS))


# -- labels ------------------------------------------------------------------------------------


def test_a_lone_mark_gets_all_the_room_its_label_asks_for():
    assert only(layout_of([mark("2019-06-10", label="Detention")])).label_px == measure("Detention")


def test_a_long_label_is_cut_to_the_widest_allowed():
    assert only(layout_of([mark("2019-06-10", label="x" * 100)])).label_px == MAX_LABEL_PX


def test_an_assessed_threat_makes_room_for_its_risk_badge():
    assessed = only(layout_of([mark("2019-06-10", kind="threat", risk="high", label="Phone call")]))
    assert assessed.risk_badge
    assert assessed.label_px == measure("Phone call") + BADGE_PX
    unassessed = only(layout_of([mark("2019-06-10", kind="threat", label="Phone call")]))
    assert not unassessed.risk_badge
    assert unassessed.label_px == measure("Phone call")
    incident = only(layout_of([mark("2019-06-10", risk="high", label="Phone call")]))
    assert not incident.risk_badge


def test_a_mark_without_a_label_reaches_only_to_its_right_edge():
    item = only(layout_of([mark("2019-06-10")]))
    assert item.label_px == 0
    assert item.reach == item.right


def test_in_a_crowded_lane_labels_take_only_the_room_that_exists():
    rng = random.Random(11)
    marks = [
        mark(start=rng.randrange(0, 60 * DAY), label="Label " * rng.randrange(1, 8))
        for _ in range(120)
    ]
    layout = layout_of(marks)
    rows = layout.lane_rows[0]
    assert rows < MAX_ROWS  # otherwise marks may share a row on purpose
    by_row = {}
    for item in layout.placed:
        by_row.setdefault(item.row, []).append(item)
    cut = 0
    for items in by_row.values():
        for item, following in itertools.pairwise(items):
            assert item.reach + MARK_GAP_PX <= following.left + 1e-9
        for item in items:
            wanted = min(measure(item.mark.label), MAX_LABEL_PX)
            assert item.label_px == 0 or MIN_LABEL_PX <= item.label_px <= wanted
            cut += item.label_px < wanted
    assert cut  # the lane really was crowded
    assert any(item.label_px for item in layout.placed)


# -- finding marks -----------------------------------------------------------------------------


def random_marks(rng: random.Random, count: int) -> list[Mark]:
    first = minute_of(datetime(2018, 1, 1))
    lengths = [1, 60, DAY, 3 * DAY, 30 * DAY, 365 * DAY, 3_650 * DAY]
    return [
        mark(
            start=(start := first + rng.randrange(0, 3 * 365 * DAY)),
            end=start + rng.choice(lengths) - 1,
            label="x" * rng.choice([0, 0, 3, 8, 20, 60]),
            kind=rng.choice(["incident", "threat"]),
            risk=rng.choice(["", "high"]),
            group=rng.choice(["pressure", "liberty"]),
        )
        for _ in range(count)
    ]


@pytest.mark.parametrize("minutes_per_px", [HOURS_SCALE, DAYS_SCALE, MONTHS_SCALE, YEARS_SCALE])
def test_visible_returns_exactly_the_marks_that_reach_into_the_window(minutes_per_px):
    rng = random.Random(minutes_per_px)
    layout = layout_of(
        random_marks(rng, 400),
        minutes_per_px=minutes_per_px,
        lane_keys=lambda item: ("pressure", "liberty") if item.label else (item.group,),
    )
    lowest = min(item.left for item in layout.placed)
    highest = max(item.reach for item in layout.placed)
    if minutes_per_px <= MONTHS_SCALE:  # so both ways of finding marks are tried
        assert any(item.reach - item.left > geometry.LONG_PX for item in layout.placed)
    seen = 0
    for _ in range(200):
        # Mostly near some mark, so that most windows hold something; now and then anywhere.
        if rng.random() < 0.8:
            left = rng.choice(layout.placed).left + rng.uniform(-800, 200)
        else:
            left = rng.uniform(lowest - 500, highest + 100)
        right = left + rng.choice([0.0, 5.0, 300.0, 1_200.0, 5_000.0])
        expected = {id(item) for item in layout.placed if item.left <= right and item.reach >= left}
        found = layout.visible(left, right)
        assert len(found) == len({id(item) for item in found})
        assert {id(item) for item in found} == expected
        seen += bool(found)
    assert seen > 100


def test_a_label_reaching_into_the_window_makes_its_mark_visible():
    layout = layout_of([mark("2019-06-10", label="x" * 20)])
    item = only(layout)
    assert item.reach > item.right
    label_middle = (item.right + item.reach) / 2
    assert layout.visible(label_middle, label_middle + 100) == [item]
    assert layout.visible(item.reach + 1, item.reach + 100) == []


def test_at_finds_the_mark_under_a_point_and_nothing_elsewhere():
    detention = mark("2019-06-10/2019-06-12", group="liberty", label="Detention")
    threat = mark("2019-06-11", label="Phone call")
    layout = layout_of([detention, threat])
    bar = layout.places_of(detention.record_id)[0]
    centre = layout.row_centre(bar.lane, bar.row)
    assert layout.at((bar.x0 + bar.x1) / 2, centre) is bar
    assert layout.at(bar.reach - 1, centre + ROW_PX / 2 - 1) is bar  # on its label
    above = layout.places_of(threat.record_id)[0]
    assert layout.at((bar.x0 + bar.x1) / 2, layout.row_centre(0, 0)) is above  # the other lane
    assert layout.at((bar.x0 + bar.x1) / 2, centre + ROW_PX) is None  # below it
    assert layout.at(bar.reach + 20, centre) is None  # after its label
    assert layout.at(bar.x0 - 20, centre) is None  # before it


# -- the axis ----------------------------------------------------------------------------------

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class EnglishNames:
    def hour(self, moment: datetime) -> str:
        return f"{moment.hour:02}:00"

    def day(self, moment: datetime) -> str:
        return str(moment.day)

    def month(self, moment: datetime) -> str:
        return MONTHS[moment.month - 1]

    def year(self, moment: datetime) -> str:
        return str(moment.year)

    def full_day(self, moment: datetime) -> str:
        return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"

    def month_year(self, moment: datetime) -> str:
        return f"{MONTHS[moment.month - 1]} {moment.year}"

    def decade(self, moment: datetime) -> str:
        return f"{moment.year // 10 * 10}s"


NAMES = EnglishNames()
ROUGH = {"hour": 60, "day": DAY, "month": MINUTES_PER_YEAR / 12, "year": MINUTES_PER_YEAR}
UNITS = ("hour", "day", "month", "year")


@pytest.mark.parametrize(
    ("minutes_per_px", "step"),
    [
        (1.0, ("hour", 1)),
        (HOURS_SCALE, ("hour", 3)),
        (6.0, ("hour", 6)),
        (12.0, ("hour", 12)),
        (DAYS_SCALE, ("day", 1)),
        (DAY / 10, ("day", 7)),
        (MONTHS_SCALE, ("month", 3)),
        (MINUTES_PER_YEAR / 100, ("month", 6)),
        (YEARS_SCALE, ("year", 5)),
        (MINUTES_PER_YEAR / 2, ("year", 50)),
        (MINUTES_PER_YEAR * 10, ("year", 50)),
    ],
)
def test_tick_steps_follow_the_zoom(minutes_per_px, step):
    assert tick_step(minutes_per_px) == step


def test_tick_steps_go_from_hours_to_decades_as_the_zoom_widens():
    scales = [0.5 * 1.15**power for power in range(140)]
    steps = [tick_step(scale) for scale in scales]
    order = [(UNITS.index(unit), step) for unit, step in steps]
    assert order == sorted(order)
    assert steps[0] == ("hour", 1) and steps[-1][0] == "year" and steps[-1][1] >= 10
    assert {unit for unit, _ in steps} == set(UNITS)
    for scale, (unit, step) in zip(scales, steps, strict=True):
        if (unit, step) != ("year", 50):  # the widest step is taken when nothing is wide enough
            assert ROUGH[unit] * step / scale >= MIN_TICK_PX


def on_boundary(unit: str, step: int, moment: datetime) -> bool:
    if unit == "hour":
        return moment.minute == 0 and moment.hour % step == 0
    midnight = (moment.hour, moment.minute) == (0, 0)
    if unit == "day":
        return midnight and (moment.day - 1) % step == 0
    if unit == "month":
        return midnight and moment.day == 1 and (moment.month - 1) % step == 0
    return midnight and (moment.month, moment.day) == (1, 1) and moment.year % step == 0


ZOOMS = [1.0, 3.0, 6.0, 12.0, DAYS_SCALE, 60.0, DAY / 10, MONTHS_SCALE, 4_000.0, YEARS_SCALE]


@pytest.mark.parametrize("minutes_per_px", [*ZOOMS, 100_000.0, 250_000.0, 400_000.0])
def test_minor_ticks_are_ascending_within_range_and_on_calendar_boundaries(minutes_per_px):
    unit, step = tick_step(minutes_per_px)
    rng = random.Random(minutes_per_px)
    for _ in range(10):
        first = minute_of(datetime(2019, 6, 10)) + rng.uniform(-2, 2) * 365 * DAY
        last = first + 1_500 * minutes_per_px
        minor, _major = ticks(first, last, minutes_per_px, NAMES)
        minutes = [tick.minute for tick in minor]
        assert minutes == sorted(set(minutes))
        assert minutes[0] <= first < minutes[1]  # the first tick is the one under way
        assert minutes[-1] <= last
        for tick in minor:
            assert on_boundary(unit, step, moment_of(tick.minute)), moment_of(tick.minute)


@pytest.mark.parametrize("minutes_per_px", ZOOMS)
def test_ticks_stay_put_as_the_view_pans(minutes_per_px):
    start = minute_of(datetime(2020, 1, 1))
    width = 1_200 * minutes_per_px
    # Day by day through months of 31, 29, 31 and 30 days; week by week at coarser zooms.
    days = range(122) if minutes_per_px < 1_000 else range(0, 1_100, 7)
    wide, wide_major = ticks(start, start + (days[-1] + 1) * DAY + width, minutes_per_px, NAMES)
    everywhere = {(tick.minute, tick.label) for tick in wide}
    everywhere_major = {(tick.minute, tick.label) for tick in wide_major}
    for day in days:
        first = start + day * DAY + 90
        minor, major = ticks(first, first + width, minutes_per_px, NAMES)
        assert {(tick.minute, tick.label) for tick in minor} <= everywhere, moment_of(first)
        assert {(tick.minute, tick.label) for tick in major} <= everywhere_major


def test_week_steps_fall_on_the_same_days_of_every_month():
    minor, _ = ticks(
        minute_of(datetime(2019, 5, 30)), minute_of(datetime(2019, 8, 1)), DAY / 10, NAMES
    )
    assert tick_step(DAY / 10) == ("day", 7)
    assert {moment_of(tick.minute).day for tick in minor} == {1, 8, 15, 22}


def test_minor_ticks_are_named_by_their_unit():
    june = minute_of(datetime(2019, 6, 10, 13, 20))
    hours, _ = ticks(june, june + 300, 1.0, NAMES)
    assert [tick.label for tick in hours[:3]] == ["13:00", "14:00", "15:00"]
    days, _ = ticks(june, june + 200 * DAYS_SCALE, DAYS_SCALE, NAMES)
    assert [tick.label for tick in days[:3]] == ["10", "11", "12"]
    months, _ = ticks(june, june + 300 * MONTHS_SCALE, MONTHS_SCALE, NAMES)
    assert [tick.label for tick in months[:3]] == ["Apr", "Jul", "Oct"]
    years, _ = ticks(june, june + 300 * YEARS_SCALE, YEARS_SCALE, NAMES)
    assert [tick.label for tick in years[:3]] == ["2015", "2020", "2025"]


@pytest.mark.parametrize(
    ("minutes_per_px", "labels"),
    [
        (1.0, ["10 Jun 2019", "11 Jun 2019"]),
        (DAYS_SCALE, ["Jun 2019", "Jul 2019"]),
        (MONTHS_SCALE, ["2019", "2020"]),
        (YEARS_SCALE, ["2010s", "2020s"]),
    ],
)
def test_major_ticks_name_the_period_under_way_at_the_left_edge(minutes_per_px, labels):
    first = minute_of(datetime(2019, 6, 10, 13, 20))
    _minor, major = ticks(first, first + 1_000 * minutes_per_px, minutes_per_px, NAMES)
    assert [tick.label for tick in major[:2]] == labels
    assert major[0].minute <= first < major[1].minute
    assert [tick.minute for tick in major] == sorted(tick.minute for tick in major)


def test_ticks_stop_at_the_end_of_the_calendar_and_start_at_its_beginning():
    late = minute_of(datetime(9990, 1, 1))
    minor, major = ticks(late, late + 10**9, YEARS_SCALE, NAMES)
    assert minor and major
    assert moment_of(minor[-1].minute).year <= 9999
    assert all(tick.minute <= geometry.LAST_MINUTE for tick in minor + major)
    early, _ = ticks(-5_000 * MONTHS_SCALE, 5_000 * MONTHS_SCALE, MONTHS_SCALE, NAMES)
    assert early[0].minute == 0


# -- the density strip -------------------------------------------------------------------------

WINDOW_START = minute_of(datetime(2019, 1, 1))


def strip(marks, *, minutes_per_px=MONTHS_SCALE, width_px=400, bin_px=4):
    by_start = sorted(marks, key=lambda item: (item.start is None, item.start or 0))
    return density(by_start, WINDOW_START, minutes_per_px, width_px, bin_px)


@pytest.mark.parametrize(
    "date",
    ["2019-06-10", "2019-06-10T14:30", "2019-06", "2019-06-03/2019-06-20", "2019-22", "2019"],
)
def test_a_mark_wholly_inside_the_window_adds_one_in_total(date):
    assert sum(strip([mark(date)])) == pytest.approx(1.0)
    assert sum(strip([mark(date)], minutes_per_px=YEARS_SCALE, bin_px=1)) == pytest.approx(1.0)


def test_every_mark_inside_the_window_adds_one_whatever_the_bins():
    rng = random.Random(5)
    marks = [
        mark(start=(start := WINDOW_START + rng.randrange(0, 300 * DAY)), end=start + length)
        for length in [rng.randrange(0, 60 * DAY) for _ in range(200)]
    ]
    for bin_px in (1, 3, 7, 50):
        assert sum(strip(marks, bin_px=bin_px)) == pytest.approx(200.0)


def test_the_window_is_cut_into_whole_bins():
    assert len(strip([], width_px=400, bin_px=4)) == 100
    assert len(strip([], width_px=401, bin_px=4)) == 101
    assert strip([], width_px=0, bin_px=4) == [0.0]


def test_a_day_is_a_spike_and_a_year_a_thin_layer():
    day_bins = strip([mark("2019-06-10")], bin_px=1)
    assert max(day_bins) == pytest.approx(1.0)
    assert sum(1 for count in day_bins if count) == 1
    year_bins = strip([mark("2019")], bin_px=1)
    assert year_bins[:365] == pytest.approx([1 / 365] * 365)
    assert year_bins[365:] == [0.0] * 35


def test_a_mark_reaching_out_of_the_window_adds_only_the_share_inside_it():
    halves = strip([mark("2018-07/2019-06")])  # 184 days before the window, 181 in it
    assert sum(halves) == pytest.approx(181 / 365)
    window_end = WINDOW_START + 400 * MONTHS_SCALE
    assert window_end == minute_of(datetime(2020, 2, 5))
    assert sum(strip([mark("2020-02")])) == pytest.approx(4 / 29)


def test_marks_outside_the_window_add_nothing():
    outside = [mark("2018-12-31"), mark("2018"), mark("2021"), mark("2020-02-06")]
    assert sum(strip(outside)) == 0.0


def test_a_mark_starting_exactly_where_the_window_ends_adds_nothing():
    right_edge = WINDOW_START + 400 * MONTHS_SCALE
    assert sum(strip([mark(start=int(right_edge), end=int(right_edge) + DAY - 1)])) == 0.0


def test_interviews_evidence_and_undated_marks_are_not_counted():
    others = [
        mark("2019-06-10", kind="interview"),
        mark("2019-06-10", kind="evidence"),
        mark(kind="incident"),
    ]
    assert sum(strip(others)) == 0.0
    assert sum(strip([*others[:2], mark("2019-06-10", kind="threat")])) == pytest.approx(1.0)


# -- the tray of undated marks -----------------------------------------------------------------

CHIP_EXTRA = 2 * geometry.CHIP_PADDING_PX + POINT_PX


def test_chips_run_left_to_right_and_wrap_onto_the_next_row():
    undated = [mark(label="x" * 10), mark(label="x" * 4), mark(label="x" * 20)]
    chips = tray(undated, 200, measure, max_rows=3)
    widths = [70 + CHIP_EXTRA, 28 + CHIP_EXTRA, 140 + CHIP_EXTRA]
    assert [(chip.mark, chip.row, chip.width) for chip in chips] == [
        (undated[0], 0, widths[0]),
        (undated[1], 0, widths[1]),
        (undated[2], 1, widths[2]),
    ]
    assert [chip.x for chip in chips] == [0, widths[0] + MARK_GAP_PX, 0]


def test_a_long_label_makes_a_chip_no_wider_than_allowed():
    (chip,) = tray([mark(label="x" * 200)], 1_000, measure, max_rows=1)
    assert chip.width == geometry.MAX_CHIP_PX


@pytest.mark.parametrize("width_px", [150.0, 260.0, 400.0, 555.0, 1_000.0])
@pytest.mark.parametrize("max_rows", [1, 2, 3])
def test_what_does_not_fit_in_the_tray_is_counted(width_px, max_rows):
    rng = random.Random(width_px * max_rows)
    for count in (1, 2, 5, 12, 40):
        undated = [mark(label="x" * rng.randrange(0, 30)) for _ in range(count)]
        chips = tray(undated, width_px, measure, max_rows=max_rows)
        shown = [chip.mark for chip in chips if chip.mark is not None]
        more = [chip for chip in chips if chip.mark is None]
        assert not more or (len(more) == 1 and chips[-1] is more[0])
        assert shown == undated[: len(shown)]
        assert len(shown) + sum(chip.hidden for chip in more) == count
        for chip in chips:
            assert 0 <= chip.row < max_rows
            assert chip.x + chip.width <= width_px or chip.x == 0


def test_when_the_last_row_is_full_the_rest_are_counted_on_one_chip():
    undated = [mark(label="x" * 15) for _ in range(5)]  # chips 132 px wide
    chips = tray(undated, 400, measure, max_rows=1)
    assert [chip.mark for chip in chips] == [*undated[:2], None]
    more = chips[-1]
    assert (more.hidden, more.row, more.x) == (3, 0, 2 * (132 + MARK_GAP_PX))
    assert more.x + more.width <= 400


def test_a_tray_with_room_for_everything_hides_nothing():
    undated = [mark(label="Undated") for _ in range(5)]
    chips = tray(undated, 2_000, measure, max_rows=1)
    assert [chip.mark for chip in chips] == undated
    assert all(chip.hidden == 0 for chip in chips)
