"""Recovery codes: what one is, making one (shown once, for paper), and removing one.

The code lives only in this dialog's label while it is open: never on the clipboard by our
doing, in a log, in settings or in a file. Closing the dialog (the window's lock among
others) empties the label, and takes the code off the clipboard if the user copied it there.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QClipboard, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from notebook import NotebookError
from notebook.vault import PASSPHRASE_SLOT, RECOVERY_SLOT, SlotInfo

from .core_words import core_message
from .session import Session


class RecoveryDialog(QDialog):
    """The notebook's key slots, each recovery code's with a Remove button, and a button that
    makes a new code and shows it this once.

    `kdf_options` exists for tests only (a cheap key derivation), passed explicitly.
    """

    def __init__(
        self,
        parent: QWidget | None,
        session: Session,
        *,
        kdf_options: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._kdf_options = kdf_options or {}
        self._code = ""
        self.shown_slot = ""  # the key slot of the code on show, if one is
        self._making = False  # a code is asked for, the busy cursor on, the work not begun
        self.setWindowTitle(self.tr("Recovery codes"))
        self.setMinimumWidth(600)
        self.about = QLabel(
            self.tr(
                "A recovery code is a second way into this notebook, for the day the passphrase "
                "is lost: it opens the notebook wherever the passphrase is asked. Write it on "
                "paper and keep the paper away from this laptop, since whoever has both can read "
                "everything in the notebook. If the paper is lost or seen, remove its code here."
            )
        )
        self.about.setWordWrap(True)
        self.backups_note = QLabel(
            self.tr(
                "A backup opens with the codes the notebook had when it was taken, even after "
                "they are removed here."
            )
        )
        self.backups_note.setWordWrap(True)
        self.slots_group = QGroupBox(self.tr("Ways into this notebook"))
        self.slots_grid = QGridLayout(self.slots_group)
        self.remove_buttons: dict[str, QPushButton] = {}

        self.make_button = QPushButton(self.tr("Make a recovery code"))
        self.make_button.setObjectName("makeRecoveryCode")
        self.make_button.setAutoDefault(False)
        self.make_button.clicked.connect(self.make_code)
        self.code_heading = QLabel()
        self.code_heading.setWordWrap(True)
        self.code_label = QLabel()
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Selectable, so it can be read a group at a time; no context menu offers to copy it.
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(fixed.pointSizeF() * 2)
        fixed.setBold(True)
        self.code_label.setFont(fixed)
        self.code_warning = QLabel(
            self.tr(
                "Write it on paper now and keep it away from this laptop. "
                "It will not be shown again."
            )
        )
        self.code_warning.setWordWrap(True)
        warning_font = self.code_warning.font()
        warning_font.setBold(True)
        self.code_warning.setFont(warning_font)
        self.code_box = QWidget()
        code_column = QVBoxLayout(self.code_box)
        code_column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.code_heading, self.code_label, self.code_warning):
            code_column.addWidget(widget)
        self.code_box.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        column = QVBoxLayout(self)
        column.setSpacing(12)
        column.addWidget(self.about)
        column.addWidget(self.backups_note)
        column.addWidget(self.slots_group)
        column.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.code_box)
        column.addStretch(1)
        column.addWidget(self.buttons)
        self.list_slots()

    # -- the key slots ----------------------------------------------------------------------

    def list_slots(self) -> None:
        """One row per key slot: its kind and id, and Remove for a recovery code's."""
        while self.slots_grid.count():
            item = self.slots_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.remove_buttons.clear()
        slots = self._session.notebook.key_slots() if self._session.is_open else []
        for row, slot in enumerate(slots):
            self.slots_grid.addWidget(QLabel(self._kind_words(slot.kind)), row, 0)
            slot_id = QLabel(slot.slot_id)
            slot_id.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            slot_id.setToolTip(self.tr("The key slot's name: it is not the code"))
            self.slots_grid.addWidget(slot_id, row, 1)
            if slot.kind == RECOVERY_SLOT:
                button = QPushButton(self.tr("Remove…"))
                button.setAutoDefault(False)
                button.setAccessibleName(self.tr("Remove recovery code {0}").format(slot.slot_id))
                button.clicked.connect(lambda _checked=False, s=slot: self.remove_slot(s))
                self.slots_grid.addWidget(button, row, 2)
                self.remove_buttons[slot.slot_id] = button
        if not any(slot.kind == RECOVERY_SLOT for slot in slots):
            none_yet = QLabel(self.tr("No recovery code yet."))
            none_yet.setEnabled(False)
            self.slots_grid.addWidget(none_yet, len(slots), 0, 1, 3)
        self.slots_grid.setColumnStretch(1, 1)
        self._fit()

    def _fit(self) -> None:
        """Tall enough for every row and paragraph: the size hint measures wrapped text at
        half the width, and a top-level window does not grow for it by itself."""
        self.layout().activate()
        width = max(self.width(), self.minimumWidth())
        self.resize(width, max(self.height(), self.heightForWidth(width)))

    def _kind_words(self, kind: str) -> str:
        if kind == PASSPHRASE_SLOT:
            return self.tr("Passphrase")
        if kind == RECOVERY_SLOT:
            return self.tr("Recovery code")
        return kind

    def remove_slot(self, slot: SlotInfo) -> None:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "Remove recovery code {0}? It will no longer open this notebook. Backups taken "
                "while it existed still open with it."
            ).format(slot.slot_id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes or not self._session.is_open:
            return
        try:
            self._session.notebook.remove_key_slot(slot.slot_id)
        except (NotebookError, OSError) as error:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("It was not removed: {0}").format(core_message(error)),
            )
            return
        if self.shown_slot == slot.slot_id:
            self._forget_code()
        self.list_slots()

    # -- a new code -------------------------------------------------------------------------

    def make_code(self) -> None:
        """Make a code with a busy cursor: its key derivation takes about a second. The work
        waits for the next turn of the event loop, so the cursor and the words show first."""
        if self._code or self._making or not self._session.is_open:
            return
        self._making = True
        self.make_button.setEnabled(False)
        self.make_button.setText(self.tr("Making the code…"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QTimer.singleShot(0, self, self._make_code_now)

    def _make_code_now(self) -> None:
        if not self._making:
            return  # closed (or locked) in the meantime: `done` restored the cursor
        self._making = False
        if not self._session.is_open:
            QApplication.restoreOverrideCursor()
            self._ready_to_make()
            return
        failure = None
        try:
            slot_id, code = self._session.notebook.add_recovery_code(**self._kdf_options)
        except (NotebookError, OSError) as error:
            failure = self.tr("No recovery code was made: {0}").format(core_message(error))
        finally:
            QApplication.restoreOverrideCursor()
        if failure is not None:
            self._ready_to_make()
            QMessageBox.warning(self, self.windowTitle(), failure)
            return
        self._code = code
        self.shown_slot = slot_id
        self.code_heading.setText(self.tr("The new recovery code (key slot {0}):").format(slot_id))
        self.code_label.setText(code)
        self.code_box.show()
        self._fit()
        self.make_button.setText(self.tr("Make a recovery code"))
        self.list_slots()

    def _ready_to_make(self) -> None:
        self.make_button.setText(self.tr("Make a recovery code"))
        self.make_button.setEnabled(self._session.is_open)

    def _forget_code(self) -> None:
        """Empty the label, and the clipboard where it still holds the code."""
        if self._code:
            clipboard = QGuiApplication.clipboard()
            modes = [QClipboard.Mode.Clipboard]
            if clipboard.supportsSelection():
                modes.append(QClipboard.Mode.Selection)
            for mode in modes:
                if self._code in clipboard.text(mode):
                    clipboard.clear(mode)
        self._code = ""
        self.shown_slot = ""
        self.code_label.clear()
        self.code_heading.clear()
        self.code_box.hide()
        self._ready_to_make()

    def done(self, result: int) -> None:
        if self._making:
            self._making = False
            QApplication.restoreOverrideCursor()
        self._forget_code()
        super().done(result)
