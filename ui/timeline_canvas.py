"""The timeline drawn on screen: zoom with the wheel or keys, pan by dragging, click to choose."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QScrollBar, QToolTip, QWidget

from notebook import datetext, vocabularies

from . import timeline_layout as geometry
from .timeline_layout import Layout
from .timeline_paint import Content, Frame, TimelinePainter, View

ZOOM_STEP = 1.25  # per wheel notch or key press
PAN_FRACTION = 1 / 6  # of the view's width, per arrow key
DRAG_THRESHOLD_PX = 4
SCROLL_BAR_PX = 12


class TimelineCanvas(QWidget):
    """Owns the view (where and how close) and the selection; draws through TimelinePainter."""

    selection_changed = Signal(list)  # record ids chosen here, by the user
    activated = Signal(str)  # a record's id, on double-click or Enter
    view_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.painter = TimelinePainter()
        self.content = Content(marks=[], lanes=[], lane_keys=lambda mark: ())
        self.view = View(first_minute=0.0, minutes_per_px=geometry.MINUTES_PER_DAY)
        self.selected: frozenset[str] = frozenset()
        self._layout: Layout | None = None
        self._press: QPointF | None = None
        self._press_view: View | None = None
        self._dragging = False
        self._fitted = False  # the view shows the whole case and should go on doing so
        self.scroll_bar = QScrollBar(Qt.Orientation.Vertical, self)
        self.scroll_bar.valueChanged.connect(self._scrolled)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(420, 280)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Timeline chart"))
        self.setAccessibleDescription(
            self.tr(
                "Plus and minus zoom, the arrow keys move, Home fits the case, Enter opens the "
                "chosen record. The list beside holds the same records."
            )
        )

    # -- what is shown ----------------------------------------------------------------------

    def set_content(self, content: Content, *, fit: bool = False) -> None:
        self.content = content
        self._layout = None
        shown = {mark.record_id for mark in content.marks}
        self.selected = frozenset(record_id for record_id in self.selected if record_id in shown)
        if fit:
            self.fit()
        else:
            self._clamp()
            self.update()
            self.view_changed.emit()

    def clear(self) -> None:
        """On lock: forget the marks, the selection and every measured label."""
        self.set_content(Content(marks=[], lanes=[], lane_keys=lambda mark: ()))
        self.selected = frozenset()
        self.painter.measure.cache_clear()

    def layout_now(self) -> Layout:
        if self._layout is None or self._layout.minutes_per_px != self.view.minutes_per_px:
            self._layout = geometry.build_layout(
                self.content.dated,
                self.content.lanes,
                self.content.lane_keys,
                minutes_per_px=self.view.minutes_per_px,
                measure=self.painter.measure,
            )
        return self._layout

    def frame(self) -> Frame:
        return self.painter.frame_for(
            self.content, self.width(), self.height(), right_margin=SCROLL_BAR_PX + 4
        )

    @property
    def last_minute(self) -> float:
        return self.view.first_minute + self.frame().plot_width * self.view.minutes_per_px

    # -- moving about -----------------------------------------------------------------------

    def fit(self) -> None:
        """Show every dated mark, with room on the right for the last marks' labels."""
        window = geometry.fit_window(self.content.marks, self.frame().plot_width)
        if window is None:
            self.zoom_to(self.view.first_minute, self.last_minute)
        else:
            self.zoom_to(*window)
        self._fitted = True

    def zoom_to(self, first_minute: float, last_minute: float) -> None:
        """Show [first_minute, last_minute] across the plot (within the zoom's limits)."""
        self._fitted = False
        width = self.frame().plot_width
        centre = (first_minute + last_minute) / 2
        self.view.minutes_per_px = self._bounded_zoom((last_minute - first_minute) / width)
        self.view.first_minute = centre - width * self.view.minutes_per_px / 2
        self._changed()

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom in (factor > 1) or out, keeping the moment under anchor_x where it is."""
        self._fitted = False
        frame = self.frame()
        if anchor_x is None:
            anchor_x = frame.plot_left + frame.plot_width / 2
        offset = anchor_x - frame.plot_left
        anchored_minute = self.view.first_minute + offset * self.view.minutes_per_px
        self.view.minutes_per_px = self._bounded_zoom(self.view.minutes_per_px / factor)
        self.view.first_minute = anchored_minute - offset * self.view.minutes_per_px
        self._changed()

    def pan_by(self, dx_px: float, dy_px: float = 0.0) -> None:
        """Move the view right by dx and down by dy pixels (negative: left, up)."""
        self._fitted = self._fitted and not dx_px
        self.view.first_minute += dx_px * self.view.minutes_per_px
        self.view.scroll_y += dy_px
        self._changed()

    def _bounded_zoom(self, minutes_per_px: float) -> float:
        width = self.frame().plot_width
        return min(
            max(minutes_per_px, geometry.NARROWEST_SPAN_MINUTES / width),
            geometry.WIDEST_SPAN_MINUTES / width,
        )

    def _clamp(self) -> None:
        frame = self.frame()
        span = frame.plot_width * self.view.minutes_per_px
        self.view.first_minute = min(
            max(self.view.first_minute, geometry.FIRST_MINUTE), geometry.LAST_MINUTE - span
        )
        lanes_height = self.layout_now().height
        self.view.scroll_y = min(
            max(0.0, self.view.scroll_y), max(0.0, lanes_height - frame.lanes.height())
        )
        self._place_scroll_bar()

    def _changed(self) -> None:
        self._clamp()
        self.update()
        self.view_changed.emit()

    def _place_scroll_bar(self) -> None:
        frame = self.frame()
        lanes = frame.lanes
        self.scroll_bar.setGeometry(
            int(self.width() - SCROLL_BAR_PX - 1),
            int(lanes.top()),
            SCROLL_BAR_PX,
            int(lanes.height()),
        )
        overflow = max(0, int(self.layout_now().height - lanes.height()))
        self.scroll_bar.blockSignals(True)
        self.scroll_bar.setRange(0, overflow)
        self.scroll_bar.setPageStep(max(1, int(lanes.height())))
        self.scroll_bar.setSingleStep(int(geometry.ROW_PX))
        self.scroll_bar.setValue(int(self.view.scroll_y))
        self.scroll_bar.blockSignals(False)
        self.scroll_bar.setVisible(overflow > 0)

    def _scrolled(self, value: int) -> None:
        self.view.scroll_y = float(value)
        self.update()

    # -- choosing ---------------------------------------------------------------------------

    def set_selection(self, record_ids: list[str], *, reveal: bool = False) -> None:
        """Choose these records (from the list beside); with reveal, bring them into view."""
        self.selected = frozenset(record_ids)
        if reveal and record_ids:
            self._reveal(record_ids[0])
        self.update()

    def _reveal(self, record_id: str) -> None:
        places = self.layout_now().places_of(record_id)
        if not places:
            return
        item = places[0]
        strip_left = self.view.first_minute / self.view.minutes_per_px
        frame = self.frame()
        if item.right < strip_left or item.left > strip_left + frame.plot_width:
            mark = item.mark
            assert mark.start is not None and mark.end is not None
            span = mark.end + 1 - mark.start
            if span > frame.plot_width * self.view.minutes_per_px * 0.8:
                self.zoom_to(mark.start - span * 0.1, mark.end + span * 0.1)
            else:
                centre = (mark.start + mark.end) / 2
                self.view.first_minute = centre - frame.plot_width * self.view.minutes_per_px / 2
        layout = self.layout_now()
        row_y = layout.row_centre(item.lane, item.row)
        lanes = frame.lanes
        if not self.view.scroll_y + 10 <= row_y <= self.view.scroll_y + lanes.height() - 10:
            self.view.scroll_y = row_y - lanes.height() / 2
        self._changed()

    def record_at(self, position: QPointF) -> str | None:
        """The record drawn at a point of the widget: a mark in a lane, or a tray chip."""
        frame = self.frame()
        if frame.lanes.contains(position) and position.x() >= frame.plot_left:
            strip_x = (
                position.x() - frame.plot_left + self.view.first_minute / self.view.minutes_per_px
            )
            lane_y = position.y() - frame.lanes.top() + self.view.scroll_y
            item = self.layout_now().at(strip_x, lane_y)
            return item.mark.record_id if item else None
        if frame.tray and frame.tray_area.contains(position):
            for chip in self.painter.tray_chips(frame, self.content):
                if chip.mark and self.painter.chip_box(frame, chip).contains(position):
                    return chip.mark.record_id
        return None

    def spans_on_screen(self, record_id: str) -> list[tuple[float, float]]:
        """Where a record's span is drawn, in widget x: one pair per lane it is in."""
        frame = self.frame()
        shift = frame.plot_left - self.view.first_minute / self.view.minutes_per_px
        return [
            (item.x0 + shift, item.x1 + shift) for item in self.layout_now().places_of(record_id)
        ]

    def record_ids_on_screen(self) -> set[str]:
        """Every record drawn now: marks in the visible window, and chips in the tray."""
        frame = self.frame()
        strip_left = self.view.first_minute / self.view.minutes_per_px
        layout = self.layout_now()
        shown = set()
        for item in layout.visible(strip_left, strip_left + frame.plot_width):
            y = layout.row_centre(item.lane, item.row) - self.view.scroll_y
            if 0 <= y <= frame.lanes.height():
                shown.add(item.mark.record_id)
        if frame.tray:
            chips = self.painter.tray_chips(frame, self.content)
            shown |= {chip.mark.record_id for chip in chips if chip.mark}
        return shown

    # -- Qt events --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.painter.paint(
                painter, self.frame(), self.content, self.layout_now(), self.view,
                selected=self.selected,
            )  # fmt: skip
            if self.hasFocus():
                painter.setPen(self.palette().highlight().color())
                painter.drawRect(QRectF(0.5, 0.5, self.width() - 1, self.height() - 1))
        finally:
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the same stretch of time across the plot: a wider window shows it larger."""
        old = event.oldSize()
        previous_width = None
        if old.isValid() and old.width() > 0:
            previous_width = self.painter.frame_for(
                self.content, old.width(), old.height(), right_margin=SCROLL_BAR_PX + 4
            ).plot_width
        super().resizeEvent(event)
        if self._fitted:
            self.fit()
        elif previous_width:
            span = previous_width * self.view.minutes_per_px
            self.view.minutes_per_px = self._bounded_zoom(span / self.frame().plot_width)
        self._clamp()

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier or abs(delta.x()) > abs(delta.y()):
            steps = (delta.x() or delta.y()) / 120
            self.pan_by(-steps * self.frame().plot_width * PAN_FRACTION / 2)
        elif delta.y():
            self.zoom_by(ZOOM_STEP ** (delta.y() / 120), event.position().x())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_view = View(
                self.view.first_minute, self.view.minutes_per_px, self.view.scroll_y
            )
            self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or self._press_view is None:
            return
        moved = event.position() - self._press
        if not self._dragging and abs(moved.x()) + abs(moved.y()) < DRAG_THRESHOLD_PX:
            return
        self._dragging = True
        self._fitted = False
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.view.first_minute = (
            self._press_view.first_minute - moved.x() * self.view.minutes_per_px
        )
        self.view.scroll_y = self._press_view.scroll_y - moved.y()
        self._changed()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        if not self._dragging:
            record_id = self.record_at(event.position())
            toggling = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if toggling and record_id:
                self.selected = self.selected ^ {record_id}
            else:
                self.selected = frozenset([record_id] if record_id else [])
            self.update()
            self.selection_changed.emit(sorted(self.selected))
        self._press = None
        self._dragging = False
        self.unsetCursor()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        record_id = self.record_at(event.position())
        if record_id:
            self.activated.emit(record_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        width = self.frame().plot_width
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_Left:
            self.pan_by(-width * PAN_FRACTION)
        elif key == Qt.Key.Key_Right:
            self.pan_by(width * PAN_FRACTION)
        elif key == Qt.Key.Key_Up:
            self.pan_by(0, -geometry.ROW_PX * 2)
        elif key == Qt.Key.Key_Down:
            self.pan_by(0, geometry.ROW_PX * 2)
        elif key == Qt.Key.Key_PageUp:
            self.pan_by(0, -self.frame().lanes.height() * 0.8)
        elif key == Qt.Key.Key_PageDown:
            self.pan_by(0, self.frame().lanes.height() * 0.8)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_0):
            self.fit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected:
            self.activated.emit(sorted(self.selected)[0])
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            record_id = self.record_at(QPointF(event.pos()))
            if record_id:
                QToolTip.showText(event.globalPos(), self._tooltip(record_id), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _tooltip(self, record_id: str) -> str:
        mark = next(mark for mark in self.content.marks if mark.record_id == record_id)
        language = self.content.language
        when = datetext.describe(mark.date, language) if mark.date else self.tr("date unknown")
        lines = [mark.label, when]
        if mark.risk:
            risk = vocabularies.load("risk_levels").label(mark.risk, language)
            lines.append(self.tr("Risk: {0}").format(risk))
        if mark.fact_status:
            status = vocabularies.load("fact_status").label(mark.fact_status, language)
            lines.append(self.tr("Status: {0}").format(status))
        return "\n".join(lines)
