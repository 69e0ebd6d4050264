"""The emergency erase's confirmation: honest words, and a button held down for two seconds."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

HOLD_MS = 2000  # long enough not to happen by a slip, short enough for someone in a hurry
TICK_MS = 16
FILL = QColor(200, 30, 30, 150)


class HoldButton(QPushButton):
    """Emits `held` once it has been kept pressed (mouse or Space) for `hold_ms`; letting go
    earlier empties it again. The part already held is filled in red."""

    held = Signal()

    def __init__(self, parent: QWidget | None = None, *, hold_ms: int = HOLD_MS) -> None:
        super().__init__(parent)
        self.hold_ms = hold_ms
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._fraction = 0.0
        self._done = False
        self.setAutoDefault(False)  # Enter must never erase: only a held press does
        self.pressed.connect(self._start)
        self.released.connect(self._stop)

    @property
    def fraction(self) -> float:
        """How much of the hold is done, 0 to 1."""
        return self._fraction

    def _start(self) -> None:
        if self._done:
            return
        self._clock.start()
        self._timer.start()

    def _stop(self) -> None:
        if self._done:
            return
        self._timer.stop()
        self._fraction = 0.0
        self.update()

    def _tick(self) -> None:
        self._fraction = min(1.0, self._clock.elapsed() / self.hold_ms)
        self.update()
        if self._fraction >= 1.0:
            self._timer.stop()
            self._done = True
            self.held.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._fraction <= 0:
            return
        painter = QPainter(self)
        filled = self.rect().adjusted(2, 2, -2, -2)
        filled.setWidth(round(filled.width() * self._fraction))
        painter.fillRect(filled, FILL)
        painter.end()


class EraseDialog(QDialog):
    """Says what erase does and cannot do; accepted only by the held button. It shows nothing
    of the notebook: not its name, not its records."""

    def __init__(self, parent: QWidget | None = None, *, hold_ms: int = HOLD_MS) -> None:
        super().__init__(parent)
        self.setMinimumWidth(520)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.what = QLabel()
        self.what.setWordWrap(True)
        self.cannot = QLabel()
        self.cannot.setWordWrap(True)
        self.cannot.setTextFormat(Qt.TextFormat.RichText)
        self.hold_button = HoldButton(self, hold_ms=hold_ms)
        self.hold_button.setObjectName("eraseHoldButton")
        self.hold_button.setMinimumHeight(48)
        self.hold_button.held.connect(self.accept)
        self.hold_button.pressed.connect(self._show_holding)
        self.hold_button.released.connect(self._show_ready)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)

        column = QVBoxLayout(self)
        column.setSpacing(12)
        for widget in (self.heading, self.what, self.cannot):
            column.addWidget(widget)
        column.addStretch(1)  # extra height goes here, not between the paragraphs
        column.addWidget(self.hold_button)
        column.addWidget(self.buttons)
        self.retranslate()
        # The size hint measures the wrapped paragraphs at half this width, and so too tall.
        self.resize(self.minimumWidth(), self.heightForWidth(self.minimumWidth()))
        cancel.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Erase this notebook"))
        self.heading.setText(self.tr("Erase this notebook now, for good?"))
        self.what.setText(
            self.tr(
                "Its keys are destroyed first: within a second nothing in it can be read again "
                "by anyone, not even with the passphrase or a recovery code. Then all its files "
                "are removed. There is no undo."
            )
        )
        self.cannot.setText(
            self.tr(
                "<b>What erase cannot do.</b> It cannot reach copies made elsewhere: backups, "
                "exported documents and bundles, synced or cloud folders, or a copy of the "
                "notebook someone has already taken. It is not a forensic wipe: a disk, above "
                "all an SSD, may keep older versions of the files where no program can "
                "overwrite them."
            )
        )
        self._show_ready()
        self.hold_button.setAccessibleName(self.tr("Erase: press and hold for two seconds"))

    def _show_holding(self) -> None:
        self.hold_button.setText(self.tr("Keep holding…"))

    def _show_ready(self) -> None:
        self.hold_button.setText(self.tr("Hold down to erase (2 seconds)"))
