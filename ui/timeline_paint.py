"""Drawing the timeline with a QPainter: on screen, and into PNG and SVG files alike."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from PySide6.QtCore import QLocale, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtSvg import QSvgGenerator

from notebook import datetext, vocabularies
from notebook.timeline import EVIDENCE_GROUP, INTERVIEWS_GROUP, Mark, group_codes

from . import timeline_layout as geometry
from .timeline_layout import Layout, Placed

# Okabe and Ito's colours, which stay apart for the commonest colour blindness, and two more.
GROUP_COLOURS = {
    "pressure": "#E69F00",
    "violence": "#D55E00",
    "liberty": "#0072B2",
    "rights-denied": "#CC79A7",
    "prosecution": "#882255",
    "complaints": "#56B4E9",
    "other": "#8C8C8C",
    INTERVIEWS_GROUP: "#009E73",
    EVIDENCE_GROUP: "#8C6D1F",
}
RISK_COLOURS = {"low": "#4D9221", "medium": "#E6A100", "high": "#D55E00", "critical": "#A50F15"}
RISK_LEVELS = ("low", "medium", "high", "critical")
INK = QColor("#1F1F1F")
FAINT_INK = QColor("#6B6B6B")
GRID = QColor("#E4E4E4")
MAJOR_GRID = QColor("#C8C8C8")
BAND = QColor("#F6F7F9")
PAPER = QColor("#FFFFFF")
SELECTION = QColor("#1A73E8")
DENSITY_HIGH = QColor("#7F0000")

HEADER_PX = 180.0  # lane titles on the left
TITLE_PX = 58.0  # exports only
AXIS_PX = 40.0
DENSITY_PX = 14.0
TRAY_TITLE_PX = 20.0
TRAY_ROWS = 2
LEGEND_ROW_PX = 20.0
MARGIN_PX = 8.0
FONT_PX = 12
SMALL_FONT_PX = 11
DENSITY_BIN_PX = 4
STAMP_PX = 20  # the square a point's picture is made in: the point and its "about" ring
INSIDE_LABEL_MIN_PX = 60.0  # a bar at least this wide on screen carries its label inside


# What the legend draws to explain a bar, an "about" date and an uncertain one.
_SAMPLE_BAR = Mark(
    record_id="",
    kind="incident",
    type="other",
    group="other",
    label="",
    date="2019",
    start=0,
    end=0,
    precision="year",
    approximate=False,
    uncertain=False,
    open_start=False,
    open_end=False,
    day_order=0,
    risk="",
    fact_status="",
    people=(),
    tags=(),
)


class TimelineWords(QObject):
    """The timeline's own words, in the interface language."""

    def date_unknown(self, count: int) -> str:
        return self.tr("Date unknown ({0})").format(count)

    def more(self, count: int) -> str:
        return self.tr("and {0} more").format(count)

    def density(self) -> str:
        return self.tr("Incidents over time")

    def approximate(self) -> str:
        return self.tr("about (faded ends)")

    def uncertain(self) -> str:
        return self.tr("uncertain (hatched, ?)")

    def span(self) -> str:
        return self.tr("a bar spans all the time a date could mean")

    def risk(self) -> str:
        return self.tr("Threat risk:")

    def group_title(self, code: str, language: str) -> str:
        if code == INTERVIEWS_GROUP:
            return self.tr("Interviews")
        if code == EVIDENCE_GROUP:
            return self.tr("Evidence acquired")
        return vocabularies.load("incident_groups").label(code, language)

    def nobody(self) -> str:
        return self.tr("No one named")

    def shown(self, shown: int, total: int) -> str:
        return self.tr("{0} of {1} records shown").format(shown, total)

    def people(self, names: str) -> str:
        return self.tr("people: {0}").format(names)

    def filtered(self) -> str:
        return self.tr("filtered")

    def pseudonyms(self) -> str:
        return self.tr("protected people appear under pseudonyms")


class LocaleAxisNames:
    """Axis labels from Qt's locale data: month names and date order of the language."""

    def __init__(self, language: str) -> None:
        self._locale = QLocale(language)
        self._language = language

    def hour(self, moment: datetime) -> str:
        return f"{moment.hour:02d}:00"

    def day(self, moment: datetime) -> str:
        return str(moment.day)

    def month(self, moment: datetime) -> str:
        return self._locale.standaloneMonthName(moment.month, QLocale.FormatType.ShortFormat)

    def year(self, moment: datetime) -> str:
        return str(moment.year)

    def full_day(self, moment: datetime) -> str:
        if self._language == "ky":
            # Qt's Kyrgyz lacks the possessive month of "2019-жылдын 10-июну", year first.
            return datetext.describe(f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}", "ky")
        # The genitive month of "d MMMM" ("10 июня") is what Russian needs after a day.
        month = self._locale.monthName(moment.month, QLocale.FormatType.LongFormat)
        return f"{moment.day} {month} {moment.year}"

    def month_year(self, moment: datetime) -> str:
        if self._language == "ky":
            return datetext.describe(f"{moment.year:04d}-{moment.month:02d}", "ky")
        month = self._locale.standaloneMonthName(moment.month, QLocale.FormatType.LongFormat)
        return f"{month} {moment.year}"

    def decade(self, moment: datetime) -> str:
        suffix = {"ru": "-е", "ky": "-жылдар"}.get(self._language, "s")
        return f"{moment.year}{suffix}"


@dataclass
class Content:
    """What a timeline shows, in the words it shows it with."""

    marks: list[Mark]  # as filtered: dated by start, then undated
    lanes: list[geometry.Lane]
    lane_keys: Callable[[Mark], Sequence[str]]
    language: str = "en"
    risk_titles: dict[str, str] = field(default_factory=dict)
    total: int = 0  # how many marks the case has before filtering

    dated: list[Mark] = field(init=False, repr=False)
    undated: list[Mark] = field(init=False, repr=False)
    density_spans: list[tuple[int, int]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Worked out once: every frame asks for them.
        self.dated = [mark for mark in self.marks if mark.start is not None]
        self.undated = [mark for mark in self.marks if mark.start is None]
        self.density_spans = geometry.density_spans(self.dated)


@dataclass
class Frame:
    """Where each part of the picture goes, for a picture of `width` by `height`."""

    width: float
    height: float
    title: bool = False
    tray: bool = False
    legend_rows: int = 1
    right_margin: float = MARGIN_PX  # the screen leaves room for a scroll bar here

    @property
    def top(self) -> float:
        return TITLE_PX if self.title else 0.0

    @property
    def plot_left(self) -> float:
        return HEADER_PX

    @property
    def plot_width(self) -> float:
        return max(1.0, self.width - HEADER_PX - self.right_margin)

    @property
    def axis(self) -> QRectF:
        return QRectF(0, self.top, self.width, AXIS_PX)

    @property
    def density(self) -> QRectF:
        return QRectF(0, self.top + AXIS_PX, self.width, DENSITY_PX)

    @property
    def legend(self) -> QRectF:
        height = self.legend_rows * LEGEND_ROW_PX + MARGIN_PX
        return QRectF(0, self.height - height, self.width, height)

    @property
    def tray_area(self) -> QRectF:
        if not self.tray:
            return QRectF(0, self.legend.top(), self.width, 0)
        height = TRAY_TITLE_PX + TRAY_ROWS * (geometry.CHIP_PX + 4) + 4
        return QRectF(0, self.legend.top() - height, self.width, height)

    @property
    def lanes(self) -> QRectF:
        top = self.top + AXIS_PX + DENSITY_PX + 4
        return QRectF(0, top, self.width, max(0.0, self.tray_area.top() - top))


def fonts() -> tuple[QFont, QFont, QFont]:
    """Normal, small and bold, sized in pixels so exports look the same on every screen."""
    normal = QFont()
    normal.setPixelSize(FONT_PX)
    small = QFont(normal)
    small.setPixelSize(SMALL_FONT_PX)
    bold = QFont(normal)
    bold.setBold(True)
    return normal, small, bold


def measurer(font: QFont) -> Callable[[str], float]:
    metrics = QFontMetricsF(font)
    return metrics.horizontalAdvance


def legend_entries(content: Content, words: TimelineWords) -> list[tuple[str, str]]:
    """(kind of swatch, text) for each legend entry: the groups on show, then how to read."""
    present = {mark.group for mark in content.marks}
    entries = [
        (f"group:{code}", words.group_title(code, content.language))
        for code in group_codes()
        if code in present
    ]
    entries += [
        ("span", words.span()),
        ("approximate", words.approximate()),
        ("uncertain", words.uncertain()),
    ]
    if any(mark.risk for mark in content.marks):
        entries.append(("risk-title", words.risk()))
        entries += [
            (f"risk:{level}", content.risk_titles.get(level, level)) for level in RISK_LEVELS
        ]
    return entries


def legend_rows(entries: list[tuple[str, str]], width: float, measure: Callable[[str], float]):
    """Legend entries placed left to right, wrapping: [(x, row, kind, text)], rows used."""
    placed = []
    x, row = MARGIN_PX, 0
    widths = [
        (0.0 if kind == "risk-title" else 18.0) + measure(text) + 16 for kind, text in entries
    ]
    for index, (kind, text) in enumerate(entries):
        entry_width = widths[index]
        if kind == "risk-title":  # the risk scale stays on one line with its title
            entry_width = sum(widths[index:])
        if x > MARGIN_PX and x + entry_width > width - MARGIN_PX:
            x, row = MARGIN_PX, row + 1
        entry_width = widths[index]
        placed.append((x, row, kind, text))
        x += entry_width
    return placed, row + 1


@dataclass
class View:
    """Which part of the strip is on show: the minute at the plot's left edge, the zoom, and
    how far the lanes are scrolled down."""

    first_minute: float
    minutes_per_px: float
    scroll_y: float = 0.0


class TimelinePainter:
    """Paints one picture of the timeline: used by the canvas for every frame, and by exports."""

    def __init__(self, words: TimelineWords | None = None) -> None:
        self.words = words or TimelineWords()
        self.normal, self.small, self.bold = fonts()
        # Labels are measured again at every zoom; cached, a zoom costs only the new layout.
        # The cache holds record titles: the canvas empties it on lock.
        self.measure = functools.lru_cache(maxsize=1 << 16)(measurer(self.normal))
        self.measure_small = measurer(self.small)
        self._colours = {group: QColor(colour) for group, colour in GROUP_COLOURS.items()}
        self._stamps: dict[tuple[object, ...], QImage] = {}
        self._stamping = False

    def frame_for(
        self,
        content: Content,
        width: float,
        height: float,
        *,
        title: bool = False,
        right_margin: float = MARGIN_PX,
    ) -> Frame:
        entries = legend_entries(content, self.words)
        _placed, rows = legend_rows(entries, width, self.measure_small)
        return Frame(
            width,
            height,
            title=title,
            tray=bool(content.undated),
            legend_rows=rows,
            right_margin=right_margin,
        )

    def paint(
        self,
        painter: QPainter,
        frame: Frame,
        content: Content,
        layout: Layout,
        view: View,
        *,
        selected: frozenset[str] = frozenset(),
        title: str = "",
        subtitle: str = "",
    ) -> None:
        # A vector drawing (SVG) keeps every point a shape; a raster may copy them from stamps.
        self._stamping = not isinstance(painter.device(), QSvgGenerator)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(0, 0, frame.width, frame.height), PAPER)
        if frame.title:
            self._title(painter, frame, title, subtitle)
        self._lanes(painter, frame, content, layout, view, selected)
        self._axis(painter, frame, view, content.language)
        self._density(painter, frame, content, view)
        if frame.tray:
            self._tray(painter, frame, content, selected)
        self._legend(painter, frame, content)
        painter.restore()

    # -- parts ------------------------------------------------------------------------------

    def _title(self, painter: QPainter, frame: Frame, title: str, subtitle: str) -> None:
        big = QFont(self.bold)
        big.setPixelSize(18)
        painter.setFont(big)
        painter.setPen(INK)
        box = QRectF(MARGIN_PX * 2, 8, frame.width - 4 * MARGIN_PX, 24)
        elided = QFontMetricsF(big).elidedText(title, Qt.TextElideMode.ElideRight, box.width())
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        painter.setFont(self.small)
        painter.setPen(FAINT_INK)
        box = QRectF(MARGIN_PX * 2, 32, frame.width - 4 * MARGIN_PX, 18)
        elided = self._elide(self.small, subtitle, box.width())
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)

    def _x(self, frame: Frame, view: View, minute: float) -> float:
        return frame.plot_left + (minute - view.first_minute) / view.minutes_per_px

    def _axis(self, painter: QPainter, frame: Frame, view: View, language: str) -> None:
        area = frame.axis
        painter.fillRect(area, PAPER)
        last = view.first_minute + frame.plot_width * view.minutes_per_px
        minor, major = geometry.ticks(
            view.first_minute, last, view.minutes_per_px, LocaleAxisNames(language)
        )
        painter.save()
        painter.setClipRect(QRectF(frame.plot_left, area.top(), frame.plot_width, area.height()))
        painter.setFont(self.small)
        for tick in minor:
            x = self._x(frame, view, tick.minute)
            painter.setPen(QPen(FAINT_INK, 1))
            painter.drawLine(QPointF(x, area.bottom() - 5), QPointF(x, area.bottom()))
            if x >= frame.plot_left:  # a label cut by the edge would misname its month
                painter.setPen(INK)
                painter.drawText(QPointF(x + 3, area.bottom() - 7), tick.label)
        painter.setFont(self.bold)
        for index, tick in enumerate(major):
            x = self._x(frame, view, tick.minute)
            following = (
                self._x(frame, view, major[index + 1].minute)
                if index + 1 < len(major)
                else frame.plot_left + frame.plot_width
            )
            # The period under way at the left edge keeps its name in sight.
            text_x = max(x, frame.plot_left) + 3
            width = self.measure(tick.label) + 6
            if text_x + width > following and x < frame.plot_left:
                text_x = following - width
            painter.setPen(QPen(MAJOR_GRID, 1))
            painter.drawLine(QPointF(x, area.top() + 2), QPointF(x, area.bottom()))
            if text_x >= frame.plot_left:  # no room before the next one: a cut name misleads
                painter.setPen(INK)
                painter.drawText(QPointF(text_x, area.top() + 15), tick.label)
        painter.restore()
        painter.setPen(QPen(MAJOR_GRID, 1))
        painter.drawLine(QPointF(0, area.bottom()), QPointF(frame.width, area.bottom()))
        painter.setPen(QPen(GRID, 1))
        lanes = frame.lanes
        painter.save()
        painter.setClipRect(QRectF(frame.plot_left, lanes.top(), frame.plot_width, lanes.height()))
        for tick in minor:
            x = self._x(frame, view, tick.minute)
            painter.drawLine(QPointF(x, lanes.top()), QPointF(x, lanes.bottom()))
        painter.setPen(QPen(MAJOR_GRID, 1))
        for tick in major:
            x = self._x(frame, view, tick.minute)
            painter.drawLine(QPointF(x, lanes.top()), QPointF(x, lanes.bottom()))
        painter.restore()

    def _density(self, painter: QPainter, frame: Frame, content: Content, view: View) -> None:
        area = frame.density
        painter.setFont(self.small)
        painter.setPen(FAINT_INK)
        painter.drawText(
            QRectF(MARGIN_PX, area.top(), HEADER_PX - 2 * MARGIN_PX, area.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._elide(self.small, self.words.density(), HEADER_PX - 2 * MARGIN_PX),
        )
        counts = geometry.density_of_spans(
            content.density_spans,
            view.first_minute,
            view.minutes_per_px,
            int(frame.plot_width),
            DENSITY_BIN_PX,
        )
        highest = max(counts, default=0.0)
        strip = QRectF(frame.plot_left, area.top() + 1, frame.plot_width, area.height() - 2)
        painter.fillRect(strip, BAND)
        if highest <= 0:
            return
        painter.save()
        painter.setClipRect(strip)
        for index, count in enumerate(counts):
            if count <= 0:
                continue
            # A square root keeps one lone incident visible beside a cluster of twenty.
            strength = (count / highest) ** 0.5
            colour = QColor(DENSITY_HIGH)
            colour.setAlphaF(0.12 + 0.88 * strength)
            x = frame.plot_left + index * DENSITY_BIN_PX
            painter.fillRect(QRectF(x, strip.top(), DENSITY_BIN_PX, strip.height()), colour)
        painter.restore()

    def _lanes(
        self,
        painter: QPainter,
        frame: Frame,
        content: Content,
        layout: Layout,
        view: View,
        selected: frozenset[str],
    ) -> None:
        area = frame.lanes
        painter.save()
        painter.setClipRect(area)
        top = area.top() - view.scroll_y
        for lane_index, lane in enumerate(layout.lanes):
            lane_top = top + layout.lane_top(lane_index)
            height = layout.lane_height(lane_index)
            if lane_top > area.bottom() or lane_top + height < area.top():
                continue
            if lane_index % 2 == 0:
                painter.fillRect(QRectF(0, lane_top, frame.width, height), BAND)
            self._lane_title(painter, lane.title, lane_top, height)
        painter.setPen(QPen(MAJOR_GRID, 1))
        painter.drawLine(QPointF(HEADER_PX, area.top()), QPointF(HEADER_PX, area.bottom()))
        plot = QRectF(frame.plot_left, area.top(), frame.plot_width, area.height())
        painter.setClipRect(plot)
        strip_left = view.first_minute / view.minutes_per_px
        shift = frame.plot_left - strip_left
        visible = layout.visible(strip_left, strip_left + frame.plot_width)
        low, high = area.top() - geometry.ROW_PX, area.bottom() + geometry.ROW_PX
        drawn: set[tuple[object, ...]] = set()
        for item in visible:
            y = top + layout.row_centre(item.lane, item.row)
            if not low <= y <= high:
                continue
            chosen = item.mark.record_id in selected
            if item.point and not chosen and not item.label_px:
                # Zoomed out, many points fall within a pixel or two of each other in a row:
                # each look is drawn once there, the rest would be painted over unseen.
                mark = item.mark
                looks = (item.lane, item.row, int(item.left + shift) // 2, mark.group, mark.kind,
                         mark.risk, mark.approximate, mark.uncertain)  # fmt: skip
                if looks in drawn:
                    continue
                drawn.add(looks)
            self._mark(painter, item, shift, y, chosen, plot)
        painter.restore()

    def _lane_title(self, painter: QPainter, title: str, top: float, height: float) -> None:
        """The lane's name, wrapped over as many lines as the lane is tall (three at most)."""
        painter.setFont(self.bold)
        painter.setPen(INK)
        width = HEADER_PX - 2 * MARGIN_PX
        line = QFontMetricsF(self.bold).lineSpacing()
        lines = max(1, min(3, int((height - 6) // line)))
        box = QRectF(MARGIN_PX, top + 6, width, line * lines)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        needed = QFontMetricsF(self.bold).boundingRect(box, flags, title)
        if needed.height() > box.height() + 1:
            # Too long even wrapped: keep what fits on the lines there are, then an ellipsis.
            title = self._elide(self.bold, title, width * lines - width * 0.15)
        painter.drawText(box, flags, title)

    def _mark(
        self, painter: QPainter, item: Placed, shift: float, y: float, chosen: bool, plot: QRectF
    ) -> None:
        mark = item.mark
        colour = self._colours.get(mark.group) or self._colours["other"]
        left, right = item.left + shift, item.right + shift
        height = 12.0
        if chosen:
            halo = QRectF(left - 4, y - height / 2 - 4, right - left + 8, height + 8)
            if item.label_px:
                halo.setRight(item.reach + shift + 4)
            painter.setPen(QPen(SELECTION, 2))
            painter.setBrush(QColor(26, 115, 232, 40))
            painter.drawRoundedRect(halo, 5, 5)
        if item.point and self._stamping:
            self._stamp(painter, mark, QPointF((left + right) / 2, y), colour)
        elif item.point:
            self._point(painter, mark, QPointF((left + right) / 2, y), colour)
        else:
            self._bar(
                painter, mark, QRectF(left, y - height / 2, right - left, height), colour, plot
            )
        text_left = right + geometry.LABEL_GAP_PX
        if mark.uncertain:
            painter.setFont(self.bold)
            painter.setPen(INK)
            painter.drawText(QPointF(right + 1, y - 4), "?")
            text_left += 4
        label_whole_after = item.label_px and text_left >= plot.left()
        after_room = min(item.label_px, plot.right() - text_left) if label_whole_after else 0.0
        if after_room >= geometry.label_width(mark, self.measure):
            self._label_after(painter, item, text_left, y, chosen)
            return
        if not item.point:
            # A bar wide enough on screen carries its name inside, from where it comes into
            # view: a long bar running off either side keeps its name in sight.
            inside_left = max(left, plot.left()) + 5
            inside_right = min(right, plot.right()) - 5
            inside = inside_right - inside_left
            if inside >= INSIDE_LABEL_MIN_PX and inside > after_room:
                self._label_inside(painter, item, inside_left, inside_right, y, chosen, colour)
                return
        # A name whose mark is off to the left is left out: cut, it would name nothing.
        if label_whole_after:
            self._label_after(painter, item, text_left, y, chosen)

    def _label_after(
        self, painter: QPainter, item: Placed, text_left: float, y: float, chosen: bool
    ) -> None:
        mark = item.mark
        room = item.label_px
        if item.risk_badge:
            self._risk_badge(painter, mark.risk, QPointF(text_left, y))
            text_left += geometry.BADGE_PX
            room -= geometry.BADGE_PX
        # The room was measured in the normal font: choosing a mark must not cut its label.
        bold_fits = QFontMetricsF(self.bold).horizontalAdvance(mark.label) <= room
        font = self.bold if chosen and bold_fits else self.normal
        painter.setFont(font)
        painter.setPen(INK)
        painter.drawText(QPointF(text_left, y + 4), self._elide(font, mark.label, room))

    def _label_inside(
        self,
        painter: QPainter,
        item: Placed,
        left: float,
        right: float,
        y: float,
        chosen: bool,
        colour: QColor,
    ) -> None:
        mark = item.mark
        if item.risk_badge:
            self._risk_badge(painter, mark.risk, QPointF(left, y))
            left += geometry.BADGE_PX
        font = self.bold if chosen else self.small
        painter.setFont(font)
        # Dark text on the light colours, white on the dark ones.
        painter.setPen(PAPER if colour.lightnessF() < 0.55 else INK)
        painter.drawText(QPointF(left, y + 4), self._elide(font, mark.label, right - left))

    def _stamp(self, painter: QPainter, mark: Mark, centre: QPointF, colour: QColor) -> None:
        """A point drawn from a picture of it made once: on a raster a crowded view draws
        thousands, and copying pixels costs a fraction of drawing each shape again."""
        ratio = painter.device().devicePixelRatioF()
        looks = (mark.kind, mark.group, mark.risk, mark.approximate, mark.uncertain, ratio)
        stamp = self._stamps.get(looks)
        if stamp is None:
            stamp = QImage(
                round(STAMP_PX * ratio),
                round(STAMP_PX * ratio),
                QImage.Format.Format_ARGB32_Premultiplied,
            )
            stamp.setDevicePixelRatio(ratio)
            stamp.fill(Qt.GlobalColor.transparent)
            stamper = QPainter(stamp)
            stamper.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._point(stamper, mark, QPointF(STAMP_PX / 2, STAMP_PX / 2), colour)
            stamper.end()
            self._stamps[looks] = stamp
        painter.drawImage(QPointF(centre.x() - STAMP_PX / 2, centre.y() - STAMP_PX / 2), stamp)

    def _point(self, painter: QPainter, mark: Mark, centre: QPointF, colour: QColor) -> None:
        radius = geometry.POINT_PX / 2
        outline = QColor(colour).darker(150)
        if mark.kind == "threat" and mark.risk in RISK_COLOURS:
            outline = QColor(RISK_COLOURS[mark.risk])
        painter.setPen(QPen(outline, 2 if mark.kind == "threat" else 1))
        if mark.uncertain:
            painter.setPen(QPen(outline, 1.5, Qt.PenStyle.DotLine))
        painter.setBrush(colour)
        x, y = centre.x(), centre.y()
        if mark.kind == "threat":
            shape = QPolygonF(
                [
                    QPointF(x, y - radius - 1),
                    QPointF(x + radius + 1, y),
                    QPointF(x, y + radius + 1),
                    QPointF(x - radius - 1, y),
                ]
            )
            painter.drawPolygon(shape)
        elif mark.kind == "interview":
            painter.drawRect(QRectF(x - radius, y - radius, 2 * radius, 2 * radius))
        elif mark.kind == "evidence":
            shape = QPolygonF(
                [
                    QPointF(x, y - radius),
                    QPointF(x + radius, y + radius),
                    QPointF(x - radius, y + radius),
                ]
            )
            painter.drawPolygon(shape)
        else:
            painter.drawEllipse(centre, radius, radius)
        if mark.approximate:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            faded = QColor(colour)
            faded.setAlphaF(0.35)
            painter.setPen(QPen(faded, 3))
            painter.drawEllipse(centre, radius + 3, radius + 3)

    def _bar(
        self, painter: QPainter, mark: Mark, box: QRectF, colour: QColor, plot: QRectF
    ) -> None:
        # Drawn within a little beyond the plot: a bar of centuries must not overflow a float.
        box = box.intersected(QRectF(plot.left() - 60, box.top(), plot.width() + 120, box.height()))
        if box.isEmpty():
            return
        fill = QColor(colour)
        fill.setAlphaF(0.85)
        brush: QBrush | QLinearGradient = QBrush(fill)
        if mark.approximate or mark.open_start or mark.open_end:
            # Faded ends: the date is "about", or the interval's end is open or unknown.
            gradient = QLinearGradient(box.left(), 0, box.right(), 0)
            clear = QColor(colour)
            clear.setAlphaF(0.0)
            fade = min(0.35, 24.0 / max(box.width(), 1.0))
            sure_start = mark.approximate or mark.open_start
            sure_end = mark.approximate or mark.open_end
            gradient.setColorAt(0.0, clear if sure_start else fill)
            gradient.setColorAt(fade if sure_start else 0.0, fill)
            gradient.setColorAt(1.0 - fade if sure_end else 1.0, fill)
            gradient.setColorAt(1.0, clear if sure_end else fill)
            brush = QBrush(gradient)
        path = QPainterPath()
        path.addRoundedRect(box, 4, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(brush)
        painter.drawPath(path)
        outline = QColor(colour).darker(140)
        if mark.kind == "threat" and mark.risk in RISK_COLOURS:
            outline = QColor(RISK_COLOURS[mark.risk])
        if mark.uncertain:
            painter.setBrush(QBrush(QColor(255, 255, 255, 170), Qt.BrushStyle.BDiagPattern))
            painter.drawPath(path)
            painter.setPen(QPen(outline, 1.5, Qt.PenStyle.DashLine))
        elif not mark.approximate:
            painter.setPen(QPen(outline, 2 if mark.kind == "threat" else 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    def _risk_badge(self, painter: QPainter, risk: str, at: QPointF) -> None:
        level = RISK_LEVELS.index(risk) + 1 if risk in RISK_LEVELS else 0
        colour = QColor(RISK_COLOURS.get(risk, "#8C8C8C"))
        painter.setPen(Qt.PenStyle.NoPen)
        for step in range(4):
            bar_height = 3 + 2.5 * step
            shade = QColor(colour) if step < level else QColor("#D0D0D0")
            painter.setBrush(shade)
            painter.drawRect(QRectF(at.x() + step * 3.5, at.y() + 5 - bar_height, 2.5, bar_height))

    def _tray(
        self, painter: QPainter, frame: Frame, content: Content, selected: frozenset[str]
    ) -> None:
        area = frame.tray_area
        undated = content.undated
        painter.fillRect(area, BAND)
        painter.setPen(QPen(MAJOR_GRID, 1))
        painter.drawLine(area.topLeft(), area.topRight())
        painter.setFont(self.bold)
        painter.setPen(INK)
        painter.drawText(QPointF(MARGIN_PX, area.top() + 15), self.words.date_unknown(len(undated)))
        for chip in self.tray_chips(frame, content):
            box = self.chip_box(frame, chip)
            if chip.mark is None:
                painter.setFont(self.small)
                painter.setPen(FAINT_INK)
                painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, self.words.more(chip.hidden))
                continue
            colour = QColor(GROUP_COLOURS.get(chip.mark.group, GROUP_COLOURS["other"]))
            chosen = chip.mark.record_id in selected
            painter.setPen(QPen(SELECTION, 2) if chosen else QPen(MAJOR_GRID, 1))
            painter.setBrush(PAPER)
            painter.drawRoundedRect(box, 6, 6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(box.left() + 10, box.center().y()), 4.5, 4.5)
            text_box = box.adjusted(18, 0, -4, 0)
            # The chip was sized in the normal font: bold only if the label still fits.
            bold_width = QFontMetricsF(self.bold).horizontalAdvance(chip.mark.label)
            font = self.bold if chosen and bold_width <= text_box.width() else self.normal
            painter.setFont(font)
            painter.setPen(INK)
            painter.drawText(
                text_box,
                Qt.AlignmentFlag.AlignVCenter,
                self._elide(font, chip.mark.label, text_box.width()),
            )

    def tray_chips(self, frame: Frame, content: Content) -> list[geometry.Chip]:
        return geometry.tray(
            content.undated,
            frame.width - HEADER_PX - MARGIN_PX,
            self.measure,
            max_rows=TRAY_ROWS,
        )

    def chip_box(self, frame: Frame, chip: geometry.Chip) -> QRectF:
        area = frame.tray_area
        top = area.top() + TRAY_TITLE_PX + chip.row * (geometry.CHIP_PX + 4)
        return QRectF(frame.plot_left + chip.x, top, chip.width, geometry.CHIP_PX)

    def _legend(self, painter: QPainter, frame: Frame, content: Content) -> None:
        area = frame.legend
        painter.fillRect(area, PAPER)
        painter.setPen(QPen(MAJOR_GRID, 1))
        painter.drawLine(area.topLeft(), area.topRight())
        placed, _rows = legend_rows(
            legend_entries(content, self.words), frame.width, self.measure_small
        )
        painter.setFont(self.small)
        for x, row, kind, text in placed:
            y = area.top() + MARGIN_PX / 2 + row * LEGEND_ROW_PX + LEGEND_ROW_PX / 2
            swatch = QRectF(x, y - 5, 14, 10)
            if kind.startswith("group:"):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(GROUP_COLOURS.get(kind[6:], GROUP_COLOURS["other"])))
                painter.drawRoundedRect(swatch, 3, 3)
            elif kind.startswith("risk:"):
                self._risk_badge(painter, kind[5:], QPointF(x, y))
            elif kind in ("span", "approximate", "uncertain"):
                sample = _SAMPLE_BAR
                if kind != "span":
                    sample = replace(
                        sample, approximate=kind == "approximate", uncertain=kind == "uncertain"
                    )
                self._bar(painter, sample, swatch, QColor(GROUP_COLOURS["other"]), swatch)
            painter.setPen(INK if kind != "risk-title" else FAINT_INK)
            offset = 0 if kind == "risk-title" else 18
            painter.drawText(QPointF(x + offset, y + 4), text)

    # -- helpers ----------------------------------------------------------------------------

    def _elide(self, font: QFont, text: str, width: float) -> str:
        return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
