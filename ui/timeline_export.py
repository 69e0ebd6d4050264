"""The timeline as a picture for reports: PNG or SVG, with a title and legend, redacted."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QRect, QSize
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from notebook import datetext
from notebook.export.files import write_export
from notebook.export.redact import Redactor
from notebook.notebook import Notebook
from notebook.timeline import MarkFilter

from . import timeline_layout as geometry
from .language import sorted_by_name
from .timeline_content import CaseMarks, build_content
from .timeline_paint import Content, TimelinePainter, TimelineWords, View

FORMATS = ("png", "svg")
DEFAULT_SIZE = (1600, 1000)
SMALLEST_SIDE, LARGEST_SIDE = 400, 10_000
EXPORT_DPI = 144  # stated in the PNG, so a word processor sizes the picture sensibly


def render(
    content: Content,
    *,
    first_minute: float,
    last_minute: float,
    width: int,
    height: int,
    title: str,
    subtitle: str,
    image_format: str,
    words: TimelineWords | None = None,
) -> bytes:
    """The picture as file bytes: the stretch [first_minute, last_minute] across its width."""
    if image_format not in FORMATS:
        raise ValueError(f"no such picture format: {image_format!r}")
    if not (SMALLEST_SIDE <= width <= LARGEST_SIDE and SMALLEST_SIDE <= height <= LARGEST_SIDE):
        raise ValueError(f"a picture's sides must be {SMALLEST_SIDE} to {LARGEST_SIDE} pixels")
    painter_ = TimelinePainter(words)
    frame = painter_.frame_for(content, width, height, title=True)
    minutes_per_px = max(last_minute - first_minute, 1.0) / frame.plot_width
    view = View(first_minute=first_minute, minutes_per_px=minutes_per_px)
    layout = geometry.build_layout(
        content.dated,
        content.lanes,
        content.lane_keys,
        minutes_per_px=minutes_per_px,
        measure=painter_.measure,
    )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if image_format == "svg":
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRect(0, 0, width, height))
        generator.setTitle(title)
        generator.setDescription("")
        painter = QPainter(generator)
    else:
        image = QImage(width, height, QImage.Format.Format_RGB32)
        dots_per_metre = round(EXPORT_DPI / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        painter = QPainter(image)
    try:
        painter_.paint(painter, frame, content, layout, view, title=title, subtitle=subtitle)
    finally:
        painter.end()
    if image_format == "png":
        image.save(buffer, "PNG")
    data = bytes(buffer.data())
    buffer.close()
    return data


def export_view(
    path: Path,
    notebook: Notebook,
    case_marks: CaseMarks,
    mark_filter: MarkFilter,
    *,
    lanes: str,
    language: str,
    first_minute: float,
    last_minute: float,
    width: int,
    height: int,
    title: str,
    words: TimelineWords | None = None,
) -> None:
    """Write the view to `path` (its suffix names the format): protected people appear only by
    their pseudonyms, in labels, lanes, title and caption alike."""
    words = words or TimelineWords()
    redactor = Redactor.for_case(notebook, case_marks.case.id)
    content = build_content(
        case_marks, mark_filter, lanes=lanes, language=language, words=words, redactor=redactor
    )
    subtitle = caption(
        content, case_marks, mark_filter, first_minute, last_minute, language, redactor, words
    )
    data = render(
        content,
        first_minute=first_minute,
        last_minute=last_minute,
        width=width,
        height=height,
        title=redactor.text(title),
        subtitle=subtitle,
        image_format=Path(path).suffix.lower().lstrip("."),
        words=words,
    )
    write_export(Path(path), data)


def caption(
    content: Content,
    case_marks: CaseMarks,
    mark_filter: MarkFilter,
    first_minute: float,
    last_minute: float,
    language: str,
    redactor: Redactor,
    words: TimelineWords,
) -> str:
    """The line under the title: the stretch of time, what is shown, and the redaction."""
    start = geometry.minute_to_edtf_day(first_minute)
    end = geometry.minute_to_edtf_day(last_minute)
    parts = [
        datetext.describe(f"{start}/{end}", language),
        words.shown(len(content.marks), len(case_marks.marks)),
    ]
    if mark_filter.people:
        names = sorted_by_name(
            (case_marks.person_name(person, redactor) for person in mark_filter.people),
            language=language,
        )
        parts.append(words.people(", ".join(names)))
    if not mark_filter.is_clear:
        parts.append(words.filtered())
    parts.append(words.pseudonyms())
    return " · ".join(parts)


class ExportDialog(QDialog):
    """The picture's title and size, asked before the file."""

    def __init__(
        self, parent: QWidget, case_marks: CaseMarks, image_format: str, screen: QSize
    ) -> None:
        super().__init__(parent)
        self.title_field = QLineEdit(case_marks.case.title)
        self.width_box = QSpinBox()
        self.height_box = QSpinBox()
        for box, value in ((self.width_box, DEFAULT_SIZE[0]), (self.height_box, DEFAULT_SIZE[1])):
            box.setRange(SMALLEST_SIDE, LARGEST_SIDE)
            box.setSuffix(" px")
            box.setValue(value)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Title:"), self.title_field)
        form.addRow(self.tr("Width:"), self.width_box)
        form.addRow(self.tr("Height:"), self.height_box)
        form.addRow(buttons)
        self.setWindowTitle(self.tr("Export the timeline as {0}").format(image_format.upper()))


def ensure_application() -> QGuiApplication:
    """A Qt application for drawing from the command line, with no window and no screen."""
    existing = QGuiApplication.instance()
    if existing is not None:
        assert isinstance(existing, QGuiApplication)
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([])


def export_case_image(
    path: Path,
    notebook: Notebook,
    case_id: str,
    mark_filter: MarkFilter,
    *,
    lanes: str,
    language: str,
    width: int,
    height: int,
    title: str = "",
) -> tuple[int, int]:
    """The whole (filtered) case as a picture, from the command line: returns how many records
    it shows, and how many the case has."""
    words = TimelineWords()
    case_marks = CaseMarks.load(notebook, case_id)
    content = build_content(case_marks, mark_filter, lanes=lanes, language=language, words=words)
    plot_width = TimelinePainter(words).frame_for(content, width, height, title=True).plot_width
    window = geometry.fit_window(content.marks, plot_width)
    if window is None:  # nothing dated: the tray holds it all, under the year just past
        now = geometry.minute_of(datetime.now(UTC).replace(tzinfo=None))
        window = (now - geometry.MINUTES_PER_YEAR, now)
    export_view(
        path,
        notebook,
        case_marks,
        mark_filter,
        lanes=lanes,
        language=language,
        first_minute=window[0],
        last_minute=window[1],
        width=width,
        height=height,
        title=title or case_marks.case.title,
        words=words,
    )
    return len(content.marks), len(case_marks.marks)
