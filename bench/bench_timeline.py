"""How fast the timeline builds and redraws a large case, against plain rectangles.

Ten thousand synthetic records (days, months, years, "about", uncertain and intervals,
across twelve years, some undated) are laid out and drawn into a 1600 x 1000 picture, as
the screen would show them. Three things are timed, each several rounds, best kept:

- build: placing every mark in lanes and rows for one zoom (`build_layout`), what a zoom
  costs before anything is drawn;
- repaint after a zoom: one zoom step (a new layout) and a whole frame painted, with the
  whole case in view (every mark on screen: the worst case) and zoomed in to two months
  (the usual case: most marks are off screen and must cost nothing);
- the baseline: QPainter drawing the same number of plain rectangles into the same kind
  of picture, in the same run. A ratio is our time over that.

The goal is "no visible stutter": a zoom step within one frame at 20 frames a second,
50 ms, is printed beside each figure. Exits 0 whatever the figures.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from bench.common import best_of, record_figure
from bench.goals import GOALS
from notebook import dates
from notebook.timeline import Mark, group_codes
from ui import timeline_layout as geometry
from ui.timeline_paint import Content, TimelinePainter, View

WIDTH, HEIGHT = 1600, 1000
FRAME_BUDGET_MS = GOALS["timeline.zoom_whole"].value
WORDS = (
    "threat", "call", "officer", "court", "hearing", "detention", "complaint", "lawsuit",
    "hospital", "search", "raid", "family", "summons", "charge", "appeal", "video", "smear",
    "visit", "police", "car", "night", "letter",
)  # fmt: skip


def synthetic_marks(count: int, seed: int = 7) -> list[Mark]:
    """A case of `count` records whose dates are as varied as a real one's."""
    generator = random.Random(seed)
    groups = group_codes()
    made = []
    for number in range(count):
        year = generator.randint(2012, 2023)
        month = generator.randint(1, 12)
        day = generator.randint(1, 28)
        roll = generator.random()
        if roll < 0.05:
            text = ""
        elif roll < 0.55:
            text = f"{year}-{month:02d}-{day:02d}"
        elif roll < 0.70:
            text = f"{year}-{month:02d}"
        elif roll < 0.75:
            text = f"{year}"
        elif roll < 0.80:
            text = f"{year}~"
        elif roll < 0.85:
            text = f"{year}-{month:02d}?"
        else:
            text = f"{year}-{month:02d}-{day:02d}/{year}-{month:02d}-{min(28, day + 5):02d}"
        group = generator.choice(groups)
        kind = "threat" if group == "pressure" and generator.random() < 0.5 else "incident"
        start = end = None
        approximate = uncertain = False
        if text:
            parsed = dates.parse(text)
            start, end = dates.sort_bounds(parsed)
            approximate, uncertain = parsed.approximate, parsed.uncertain
        made.append(
            Mark(
                record_id=f"r{number}",
                kind=kind,
                type="other",
                group=group,
                label=" ".join(generator.choices(WORDS, k=generator.randint(2, 6))),
                date=text,
                start=start,
                end=end,
                precision="day",
                approximate=approximate,
                uncertain=uncertain,
                open_start=False,
                open_end=False,
                day_order=0,
                risk=generator.choice(("", "low", "medium", "high", "critical"))
                if kind == "threat"
                else "",
                fact_status="unsure",
                people=(),
                tags=(),
            )
        )
    dated = sorted((m for m in made if m.start is not None), key=lambda m: (m.start, m.end))
    return dated + [m for m in made if m.start is None]


def plain_rectangles(count: int) -> Callable[[], None]:
    """The baseline: `count` filled, outlined rectangles painted into a picture."""
    generator = random.Random(3)
    boxes = [
        QRectF(generator.uniform(0, WIDTH), generator.uniform(0, HEIGHT), 30, 12)
        for _ in range(count)
    ]
    colour = QColor("#0072B2")

    def draw() -> None:
        image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        painter.setBrush(colour)
        for box in boxes:
            painter.drawRect(box)
        painter.end()

    return draw


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    options = parser.parse_args(argv)
    application = QGuiApplication.instance() or QGuiApplication([])
    assert application is not None

    marks = synthetic_marks(options.items)
    lanes = [geometry.Lane(code, code) for code in group_codes()]
    content = Content(marks=marks, lanes=lanes, lane_keys=lambda mark: (mark.group,))
    painter_ = TimelinePainter()
    frame = painter_.frame_for(content, WIDTH, HEIGHT)
    window = geometry.fit_window(marks, frame.plot_width)
    assert window is not None
    whole = View(window[0], (window[1] - window[0]) / frame.plot_width)
    middle = (window[0] + window[1]) / 2
    two_months = View(middle, 61 * geometry.MINUTES_PER_DAY / frame.plot_width)

    def build(view: View) -> geometry.Layout:
        return geometry.build_layout(
            content.dated,
            content.lanes,
            content.lane_keys,
            minutes_per_px=view.minutes_per_px,
            measure=painter_.measure,
        )

    def zoom_and_repaint(view: View) -> Callable[[], None]:
        def step() -> None:
            zoomed = View(view.first_minute, view.minutes_per_px / 1.25)
            layout = build(zoomed)
            image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
            painter = QPainter(image)
            painter_.paint(painter, frame, content, layout, zoomed)
            painter.end()

        return step

    build(whole)  # warm the label-width cache and Qt's font engine, as a session would
    baseline = best_of(options.rounds, plain_rectangles(options.items))
    figures = [
        (
            "timeline.build",
            "build: lay out every mark (whole case)",
            best_of(options.rounds, lambda: build(whole)),
        ),
        (
            "timeline.zoom_whole",
            "zoom + repaint, whole case in view",
            best_of(options.rounds, zoom_and_repaint(whole)),
        ),
        (
            "timeline.zoom_two_months",
            "zoom + repaint, two months in view",
            best_of(options.rounds, zoom_and_repaint(two_months)),
        ),
    ]
    on_screen = len(build(whole).visible(0, float("inf")))
    print(
        f"Case Notebook timeline, {options.items:,} records ({on_screen:,} placed marks), "
        f"{WIDTH}x{HEIGHT}, {os.cpu_count()} cores, best of {options.rounds}"
    )
    print(f"{'operation':<42} {'time':>9} {'ratio':>7} {'goal':>9}  verdict")
    print(f"{'bare: ' + format(options.items, ',') + ' plain rectangles':<42} "
          f"{baseline * 1000:>7.1f}ms {'1.00x':>7}")  # fmt: skip
    for figure, title, seconds in figures:
        verdict = "met" if seconds * 1000 <= FRAME_BUDGET_MS else "NOT MET"
        print(
            f"{title:<42} {seconds * 1000:>7.1f}ms {seconds / baseline:>6.2f}x "
            f"{'<=' + format(FRAME_BUDGET_MS, '.0f') + 'ms':>9}  {verdict}"
        )
        record_figure(
            figure,
            what=f"{title}, {options.items:,} records",
            ours=seconds * 1000,
            unit="ms",
            bare=baseline * 1000,
            bare_what=f"QPainter, {options.items:,} plain rectangles",
            ratio=seconds / baseline,
            ratio_of="time",
        )
    print("(ratio: our time over the plain rectangles'; the goal is one frame at 20 fps)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
