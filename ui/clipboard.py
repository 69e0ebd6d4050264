"""Copying to the system clipboard without leaving notebook text there: cleared after a delay."""

from __future__ import annotations

import sys

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000

Mode = QClipboard.Mode

# Hints asking clipboard history tools not to keep what we copy. Tools that honour them
# never store the text, so clearing the clipboard later really removes it; the others
# (and cloud clipboards that ignore the hints) are a limit we can only document.
if sys.platform == "win32":
    # Win+V history and cloud clipboard: Qt registers a clipboard format named by `value`.
    _DWORD_ZERO = b"\0\0\0\0"
    _PRIVACY_HINTS = {
        'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': (
            _DWORD_ZERO
        ),
        'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': _DWORD_ZERO,
        'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': _DWORD_ZERO,
    }
elif sys.platform == "darwin":
    # The nspasteboard.org "concealed" type needs a native UTI converter that PySide6 does
    # not expose; macOS has no built-in clipboard history, third-party ones may keep text.
    _PRIVACY_HINTS = {}
else:
    # KDE's Klipper, and Wayland tools such as wl-clip-persist and cliphist filters, skip it.
    _PRIVACY_HINTS = {"x-kde-passwordManagerHint": b"secret"}


class ClipboardGuard(QObject):
    """Puts text on the clipboard and takes it off again after `clear_after_ms` or on lock.

    Only text that is still exactly what this program put there is ever cleared: something
    the user copied from another program since is theirs and is left alone. Text that our
    own widgets copy (Ctrl+C in an editor, the X11 selection) is watched too, on platforms
    that tell us the clipboard is ours.
    """

    def __init__(self, parent: QObject | None = None, *, clear_after_ms: int = CLEAR_AFTER_MS):
        super().__init__(parent)
        self._clipboard = QGuiApplication.clipboard()
        self._modes = [Mode.Clipboard]
        if self._clipboard.supportsSelection():
            self._modes.append(Mode.Selection)
        self._clear_after_ms = clear_after_ms
        self._ours: dict[Mode, str] = {}
        self._timers: dict[Mode, QTimer] = {}
        for mode in self._modes:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda mode=mode: self._clear(mode))
            self._timers[mode] = timer
        self._clipboard.changed.connect(self._on_clipboard_changed)

    @property
    def clear_after_ms(self) -> int:
        return self._clear_after_ms

    def copy(self, text: str) -> None:
        """Put `text` on the clipboard; it is cleared after `clear_after_ms` unless replaced."""
        mime = QMimeData()
        mime.setText(text)
        for kind, value in _PRIVACY_HINTS.items():
            mime.setData(kind, value)
        self._clipboard.setMimeData(mime, Mode.Clipboard)
        # The selection is not set, but if it holds the same text (selected, then copied)
        # it is the same notebook content and goes by the same rule.
        for mode in self._modes:
            self._remember(mode, text)

    def clear_now(self) -> None:
        """Clear every clipboard that still holds what we put there: called on lock and quit."""
        for mode in self._modes:
            self._clear(mode)

    def _remember(self, mode: Mode, text: str) -> None:
        if not text:
            return
        self._ours[mode] = text
        self._timers[mode].start(self._clear_after_ms)

    def _clear(self, mode: Mode) -> None:
        self._timers[mode].stop()
        ours = self._ours.pop(mode, None)
        if ours is not None and self._clipboard.text(mode) == ours:
            self._clipboard.clear(mode)

    def _on_clipboard_changed(self, mode: Mode) -> None:
        # Copies made by Qt's own widgets bypass copy(); ownership says they came from us.
        # Platforms that cannot tell (offscreen, some Wayland compositors) answer False, and
        # then only copy() is guarded.
        if mode not in self._modes or not self._owns(mode):
            return
        self._remember(mode, self._clipboard.text(mode))

    def _owns(self, mode: Mode) -> bool:
        if mode == Mode.Selection:
            return self._clipboard.ownsSelection()
        return self._clipboard.ownsClipboard()
