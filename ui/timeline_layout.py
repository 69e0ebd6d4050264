"""The timeline's geometry, without Qt: time to x, lanes and rows, axis ticks, density, tray.

Everything here is in pixels of an endless strip where x = minute / minutes_per_px: the view
pans by moving a window along the strip, and only a zoom needs a new layout.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from operator import attrgetter
from typing import Protocol

from notebook.dates import days_in_month
from notebook.timeline import Mark

MINUTES_PER_HOUR = 60
MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR
MINUTES_PER_YEAR = 525_960  # 365.25 days: for choosing a zoom, never for placing a date
FIRST_MINUTE = 0  # 0001-01-01T00:00
LAST_MINUTE = (datetime(9999, 12, 31, 23, 59) - datetime(1, 1, 1)) // timedelta(minutes=1)

# The zoom runs from about sixty years across the view down to about six hours.
WIDEST_SPAN_MINUTES = 60 * MINUTES_PER_YEAR
NARROWEST_SPAN_MINUTES = 6 * MINUTES_PER_HOUR

POINT_PX = 11.0  # a span narrower than this is drawn as a point this wide
ROW_PX = 24.0
LANE_PADDING_PX = 6.0
MARK_GAP_PX = 4.0
LABEL_GAP_PX = 5.0
BADGE_PX = 16.0  # the risk badge in front of a threat's label
MIN_LABEL_PX = 36.0  # less room than this and the label is left out (the list and tooltip say it)
MAX_LABEL_PX = 260.0
ROWS_BEFORE_LABELS_GIVE_WAY = 6  # more rows than this in a lane and labels stop reserving room
MAX_ROWS = 14  # beyond this marks share rows: the density strip still shows how many there are
LONG_PX = 2_000.0  # spans longer than this are kept apart for culling


def span_px(mark: Mark, minutes_per_px: float) -> tuple[float, float]:
    """Where a dated mark's whole possible span lies: from its earliest start to the end of its
    latest minute (a day is exactly 1,440 minutes wide)."""
    assert mark.start is not None and mark.end is not None
    return mark.start / minutes_per_px, (mark.end + 1) / minutes_per_px


FIT_MARGIN_PX = 14.0  # before the first mark when a whole case is shown


def fit_window(marks: Iterable[Mark], plot_width: float) -> tuple[float, float] | None:
    """The stretch of time [first, last] minute that shows every dated mark across a plot
    this wide, leaving room on the right for the last marks' labels; None if none is dated."""
    spans = [(mark.start, mark.end) for mark in marks if mark.start is not None]
    if not spans:
        return None
    first = min(start for start, _end in spans)
    last = max(end for _start, end in spans if end is not None) + 1
    label_room = min(MAX_LABEL_PX, plot_width * 0.3)
    usable = max(plot_width - label_room - 2 * FIT_MARGIN_PX, plot_width * 0.25)
    minutes_per_px = max(last - first, 1) / usable
    start = first - FIT_MARGIN_PX * minutes_per_px
    return start, start + plot_width * minutes_per_px


@dataclass(frozen=True, slots=True)
class Lane:
    key: str
    title: str


@dataclass(slots=True)
class Placed:
    """One mark in one lane: where it is drawn, in strip pixels, and how much label fits."""

    mark: Mark
    lane: int
    row: int
    x0: float  # the span, as span_px gives it
    x1: float
    point: bool  # drawn as a point at the span's centre, the span being too narrow to see
    left: float  # what the mark covers: the span, or the point around its centre
    right: float
    label_px: float = 0.0  # room for the label (with a threat's badge); 0 when none is drawn
    risk_badge: bool = False

    @classmethod
    def of(cls, mark: Mark, lane: int, x0: float, x1: float) -> Placed:
        if x1 - x0 < POINT_PX:
            centre = (x0 + x1) / 2
            return cls(mark, lane, 0, x0, x1, True, centre - POINT_PX / 2, centre + POINT_PX / 2)
        return cls(mark, lane, 0, x0, x1, False, x0, x1)

    @property
    def reach(self) -> float:
        """The right edge of the mark and its label together."""
        return self.right + (LABEL_GAP_PX + self.label_px if self.label_px else 0.0)


@dataclass
class Layout:
    """Marks placed in lanes and rows for one zoom; build it with `build_layout`."""

    minutes_per_px: float
    lanes: list[Lane]
    lane_rows: list[int]  # how many rows each lane has (at least one)
    placed: list[Placed]  # by left edge
    _short: list[Placed] = field(default_factory=list, repr=False)
    _lefts: list[float] = field(default_factory=list, repr=False)  # of _short
    _long: list[Placed] = field(default_factory=list, repr=False)
    _widest_reach: float = 0.0  # of _short
    _tops: list[float] = field(default_factory=list, repr=False)  # of each lane, and the end

    def __post_init__(self) -> None:
        self._tops = [0.0]
        for lane in range(len(self.lanes)):
            self._tops.append(self._tops[-1] + self.lane_height(lane))

    def lane_top(self, lane: int) -> float:
        """The top of a lane below the top of the lane area."""
        return self._tops[lane]

    def lane_height(self, lane: int) -> float:
        return self.lane_rows[lane] * ROW_PX + 2 * LANE_PADDING_PX

    @property
    def height(self) -> float:
        return self._tops[-1]

    def row_centre(self, lane: int, row: int) -> float:
        return self.lane_top(lane) + LANE_PADDING_PX + (row + 0.5) * ROW_PX

    def visible(self, left: float, right: float) -> list[Placed]:
        """The placed marks that reach into [left, right] of the strip, found by bisection so a
        view of a few dozen marks among ten thousand touches only those."""
        low = bisect.bisect_left(self._lefts, left - self._widest_reach)
        high = bisect.bisect_right(self._lefts, right)
        found = [item for item in self._short[low:high] if item.reach >= left]
        found += [item for item in self._long if item.left <= right and item.reach >= left]
        return found

    def at(self, x: float, y: float) -> Placed | None:
        """The mark drawn at strip point (x, y), y measured from the top of the lane area."""
        for item in reversed(self.visible(x - POINT_PX, x + POINT_PX)):
            centre = self.row_centre(item.lane, item.row)
            if abs(y - centre) <= ROW_PX / 2 and item.left - 2 <= x <= item.reach:
                return item
        return None

    def places_of(self, record_id: str) -> list[Placed]:
        return [item for item in self.placed if item.mark.record_id == record_id]


def build_layout(
    marks: Iterable[Mark],
    lanes: Sequence[Lane],
    lane_keys: Callable[[Mark], Iterable[str]],
    *,
    minutes_per_px: float,
    measure: Callable[[str], float],
) -> Layout:
    """Place every dated mark in each of its lanes, stacking rows where marks (and, while there
    is room, their labels) would overlap. `measure` gives a label's width in pixels."""
    lane_number = {lane.key: index for index, lane in enumerate(lanes)}
    per_lane: list[list[Placed]] = [[] for _ in lanes]
    for mark in marks:
        if mark.start is None or mark.end is None:
            continue
        x0, x1 = span_px(mark, minutes_per_px)
        for key in lane_keys(mark):
            lane = lane_number.get(key)
            if lane is not None:
                per_lane[lane].append(Placed.of(mark, lane, x0, x1))
    lane_rows = []
    by_left = attrgetter("left")
    for items in per_lane:
        items.sort(key=by_left)
        wanted = [label_width(item.mark, measure) for item in items]
        rows = _pack(items, wanted, give_up_after=ROWS_BEFORE_LABELS_GIVE_WAY)
        if rows < 0:
            rows = _pack(items, None)
        _fit_labels(items, rows, wanted)
        lane_rows.append(max(rows, 1))
    placed = sorted((item for items in per_lane for item in items), key=by_left)
    layout = Layout(minutes_per_px, list(lanes), lane_rows, placed)
    layout._short = [item for item in placed if item.reach - item.left <= LONG_PX]
    layout._lefts = [item.left for item in layout._short]
    layout._long = [item for item in placed if item.reach - item.left > LONG_PX]
    layout._widest_reach = max((item.reach - item.left for item in layout._short), default=0.0)
    return layout


def label_width(mark: Mark, measure: Callable[[str], float]) -> float:
    """The room a mark's label asks for (with a threat's risk badge); 0 for no label."""
    if not mark.label:
        return 0.0
    badge = BADGE_PX if mark.kind == "threat" and mark.risk else 0.0
    return min(measure(mark.label) + badge, MAX_LABEL_PX)


def _pack(
    items: list[Placed], label_widths: list[float] | None, *, give_up_after: int = MAX_ROWS
) -> int:
    """First fit: each mark (with its label, when widths are given) goes to the first row it
    does not overlap; when every row is taken, to the one free soonest. Returns the rows, or
    -1 as soon as more than `give_up_after` rows would be needed."""
    rights: list[float] = []
    soonest = float("inf")  # the smallest of rights: when it is taken, every row is
    for index, item in enumerate(items):
        right = item.right
        if label_widths is not None and label_widths[index]:
            right += LABEL_GAP_PX + label_widths[index]
        limit = item.left - MARK_GAP_PX
        if soonest <= limit:
            row = next(row for row, taken_to in enumerate(rights) if taken_to <= limit)
        elif len(rights) >= give_up_after < MAX_ROWS:
            return -1
        elif len(rights) < MAX_ROWS:
            row = len(rights)
            rights.append(0.0)
        else:
            row = rights.index(soonest)
        item.row = row
        was_soonest = rights[row] == soonest
        if right > rights[row]:
            rights[row] = right
        if was_soonest or len(rights) == 1 or rights[row] < soonest:
            soonest = min(rights)
    return len(rights)


def _fit_labels(items: list[Placed], rows: int, label_widths: list[float]) -> None:
    """Give each label the room up to the next mark in its row; too little room, no label."""
    by_row: list[list[tuple[Placed, float]]] = [[] for _ in range(rows)]
    for item, wanted in zip(items, label_widths, strict=True):
        by_row[item.row].append((item, wanted))
    for row_items in by_row:
        following = float("inf")
        for item, wanted in reversed(row_items):
            item.risk_badge = item.mark.kind == "threat" and bool(item.mark.risk)
            if wanted:
                room = following - MARK_GAP_PX - item.right - LABEL_GAP_PX
                # A short label fits whole; a long one is cut to the room there is, if enough.
                if room >= wanted:
                    item.label_px = wanted
                else:
                    item.label_px = room if room >= MIN_LABEL_PX else 0.0
            following = item.left


# -- the axis -------------------------------------------------------------------------------


class AxisNames(Protocol):
    """How axis labels are written in the user's language."""

    def hour(self, moment: datetime) -> str: ...  # "14:00"
    def day(self, moment: datetime) -> str: ...  # "10"
    def month(self, moment: datetime) -> str: ...  # "Jun"
    def year(self, moment: datetime) -> str: ...  # "2019"
    def full_day(self, moment: datetime) -> str: ...  # "10 June 2019"
    def month_year(self, moment: datetime) -> str: ...  # "June 2019"
    def decade(self, moment: datetime) -> str: ...  # "2010s"


@dataclass(frozen=True, slots=True)
class Tick:
    minute: int
    label: str


# (unit, step) from the finest; the first whose step is wide enough on screen is used.
_STEPS: tuple[tuple[str, int], ...] = (
    ("hour", 1), ("hour", 3), ("hour", 6), ("hour", 12),
    ("day", 1), ("day", 2), ("day", 7),
    ("month", 1), ("month", 3), ("month", 6),
    ("year", 1), ("year", 2), ("year", 5), ("year", 10), ("year", 20), ("year", 50),
)  # fmt: skip
_ROUGH_MINUTES = {
    "hour": MINUTES_PER_HOUR,
    "day": MINUTES_PER_DAY,
    "month": MINUTES_PER_YEAR / 12,
    "year": MINUTES_PER_YEAR,
}
_MAJOR_OF = {"hour": "day", "day": "month", "month": "year", "year": "decade"}
MIN_TICK_PX = 46.0


def tick_step(minutes_per_px: float) -> tuple[str, int]:
    """The finest calendar step whose ticks stand at least MIN_TICK_PX apart."""
    for unit, step in _STEPS:
        if _ROUGH_MINUTES[unit] * step / minutes_per_px >= MIN_TICK_PX:
            return unit, step
    return _STEPS[-1]


def ticks(
    first_minute: float, last_minute: float, minutes_per_px: float, names: AxisNames
) -> tuple[list[Tick], list[Tick]]:
    """The minor ticks (hours, days, months or years, as the zoom allows) and the major ones
    above them (days, months, years or decades); a major tick is also given for the period
    already under way at the left edge, so the top row always says where the view is."""
    unit, step = tick_step(minutes_per_px)
    minor_label = {
        "hour": names.hour,
        "day": names.day,
        "month": names.month,
        "year": names.year,
    }[unit]
    minor = [
        Tick(minute, minor_label(moment))
        for minute, moment in _calendar(unit, step, first_minute, last_minute)
    ]
    major_unit = _MAJOR_OF[unit]
    major_label = {
        "day": names.full_day,
        "month": names.month_year,
        "year": names.year,
        "decade": names.decade,
    }[major_unit]
    major_step = 10 if major_unit == "decade" else 1
    calendar_unit = "year" if major_unit == "decade" else major_unit
    start = _floor(calendar_unit, major_step, first_minute)
    major = [
        Tick(minute, major_label(moment))
        for minute, moment in _calendar(calendar_unit, major_step, start, last_minute)
    ]
    return minor, major


def minute_to_edtf_day(minute: float) -> str:
    """The day a minute falls on, as EDTF (for captions such as "10 June 2019 to May 2020")."""
    moment = _moment(min(max(minute, FIRST_MINUTE), LAST_MINUTE))
    return f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"


def _moment(minute: float) -> datetime:
    return datetime(1, 1, 1) + timedelta(minutes=int(minute))


def minute_of(moment: datetime) -> int:
    """Minutes since 0001-01-01T00:00, as the notebook's sort keys count them."""
    return (moment - datetime(1, 1, 1)) // timedelta(minutes=1)


def _floor(unit: str, step: int, minute: float) -> int:
    moment = _moment(max(FIRST_MINUTE, minute))
    if unit == "hour":
        moment = moment.replace(minute=0, hour=moment.hour - moment.hour % step)
    elif unit == "day":
        moment = moment.replace(hour=0, minute=0)
    elif unit == "month":
        moment = moment.replace(
            day=1, hour=0, minute=0, month=1 + (moment.month - 1) // step * step
        )
    else:
        year = max(1, moment.year - moment.year % step)
        moment = datetime(year, 1, 1)
    return minute_of(moment)


def _calendar(
    unit: str, step: int, first_minute: float, last_minute: float
) -> Iterable[tuple[int, datetime]]:
    """Calendar boundaries every `step` units from the one at or before first_minute."""
    minute = _floor(unit, step, first_minute)
    moment = _moment(minute)
    if unit == "day" and step > 1:
        # Day steps count from the start of the month, so ticks fall on the same days always.
        day = 1 + (moment.day - 1) // step * step
        # _advance skips a day too near the next 1st; starting on one would show a tick that
        # is there only while the view's left edge is on it.
        while day > 1 and day + step / 2 > days_in_month(moment.year, moment.month):
            day -= step
        moment = moment.replace(day=day)
    while True:
        minute = minute_of(moment)
        if minute > last_minute or minute > LAST_MINUTE:
            return
        yield minute, moment
        try:
            moment = _advance(unit, step, moment)
        except (OverflowError, ValueError):
            return


def _advance(unit: str, step: int, moment: datetime) -> datetime:
    if unit == "hour":
        return moment + timedelta(hours=step)
    if unit == "day":
        following = moment + timedelta(days=step)
        # Longer day steps start again on the 1st of each month, so ticks keep their days; a
        # step that would end too near the next 1st is dropped rather than crowd it.
        if step > 1 and (
            following.month != moment.month
            or following.day + step / 2 > days_in_month(following.year, following.month)
        ):
            return (moment.replace(day=28) + timedelta(days=4)).replace(day=1)
        return following
    if unit == "month":
        month = moment.month - 1 + step
        return moment.replace(year=moment.year + month // 12, month=month % 12 + 1)
    return moment.replace(year=moment.year + step)


# -- the density strip ----------------------------------------------------------------------


def density(
    marks: Sequence[Mark], first_minute: float, minutes_per_px: float, width_px: int, bin_px: int
) -> list[float]:
    """How many incidents and threats fall in each bin of the view, each mark's weight of one
    spread evenly over its whole possible span: a date known only to the year adds a thin
    layer across that year, never a spike at an invented day. `marks` must be by start."""
    return density_of_spans(density_spans(marks), first_minute, minutes_per_px, width_px, bin_px)


def density_spans(marks: Iterable[Mark]) -> list[tuple[int, int]]:
    """(start, end + 1) in minutes of the dated incidents and threats, in the marks' order:
    what the density strip counts, worked out once per content rather than once a frame."""
    return [
        (mark.start, mark.end + 1)
        for mark in marks
        if mark.start is not None and mark.end is not None and mark.kind in _COUNTED_KINDS
    ]


_COUNTED_KINDS = frozenset({"incident", "threat"})


def density_of_spans(
    spans: Sequence[tuple[int, int]],
    first_minute: float,
    minutes_per_px: float,
    width_px: int,
    bin_px: int,
) -> list[float]:
    bins = max(1, -(-width_px // bin_px))
    minutes_per_bin = minutes_per_px * bin_px
    last_minute = first_minute + bins * minutes_per_bin
    change = [0.0] * (bins + 1)  # per-bin rates, added over runs of whole bins
    partial = [0.0] * bins
    last_bin_index = bins - 1
    for start, end in spans:
        if start >= last_minute:  # one starting on the right edge has nothing in view
            break
        if end <= first_minute:
            continue
        # The mark's weight of one, as a share of each bin it covers.
        per_bin = minutes_per_bin / (end - start)
        low = (max(start, first_minute) - first_minute) / minutes_per_bin
        high = (min(end, last_minute) - first_minute) / minutes_per_bin
        first_bin = int(low)
        last_bin = min(int(high), last_bin_index)
        if first_bin == last_bin:
            partial[first_bin] += (high - low) * per_bin
            continue
        partial[first_bin] += (first_bin + 1 - low) * per_bin
        if high < bins:
            partial[last_bin] += (high - last_bin) * per_bin
            change[last_bin] -= per_bin
        else:
            change[bins] -= per_bin
        change[first_bin + 1] += per_bin
    counts = []
    running = 0.0
    for index in range(bins):
        running += change[index]
        counts.append(max(0.0, running + partial[index]))
    return counts


# -- the tray of undated marks --------------------------------------------------------------

CHIP_PX = 22.0
CHIP_PADDING_PX = 8.0
MAX_CHIP_PX = 240.0


@dataclass(frozen=True, slots=True)
class Chip:
    mark: Mark | None  # None for the "and N more" chip
    x: float
    row: int
    width: float
    hidden: int = 0


def tray(
    marks: Sequence[Mark], width_px: float, measure: Callable[[str], float], *, max_rows: int
) -> list[Chip]:
    """Undated marks as chips, left to right and wrapping; what does not fit is counted."""
    chips: list[Chip] = []
    x, row = 0.0, 0
    for index, mark in enumerate(marks):
        width = min(measure(mark.label) + 2 * CHIP_PADDING_PX + POINT_PX, MAX_CHIP_PX)
        remaining = len(marks) - index
        if x and x + width > width_px:
            if row == max_rows - 1:  # no row left to wrap onto: count this one and the rest
                chips.append(Chip(None, x, row, MAX_CHIP_PX / 2, hidden=remaining))
                return chips
            x, row = 0.0, row + 1
        more_x = x + width + MARK_GAP_PX  # where the "and N more" chip would follow this one
        if row == max_rows - 1 and remaining > 1 and more_x + MAX_CHIP_PX / 2 > width_px:
            chips.append(Chip(None, x, row, MAX_CHIP_PX / 2, hidden=remaining))
            return chips
        if row >= max_rows:
            return chips
        chips.append(Chip(mark, x, row, width))
        x += width + MARK_GAP_PX
    return chips
