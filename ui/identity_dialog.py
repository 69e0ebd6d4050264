"""This notebook's identity: the contact code to give a sender, and the fingerprint to read."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .clipboard import ClipboardGuard
from .session import Session


class IdentityDialog(QDialog):
    """Both halves are public: the code may be copied (the clipboard guard still clears it)."""

    def __init__(self, parent: QWidget, session: Session, clipboard: ClipboardGuard) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        identity = session.notebook.identity()
        self.contact_code = identity.contact_code
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.code = QPlainTextEdit(self.contact_code)
        self.code.setReadOnly(True)
        self.code.setFont(fixed)
        self.code.setMaximumHeight(80)
        self.fingerprint_title = QLabel()
        self.fingerprint = QLabel(identity.fingerprint)
        big = QFont(fixed)
        big.setPointSize(big.pointSize() + 3)
        big.setBold(True)
        self.fingerprint.setFont(big)
        self.fingerprint.setTextInteractionFlags(
            self.fingerprint.textInteractionFlags()
            | self.fingerprint.textInteractionFlags().TextSelectableByMouse
        )
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_code)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        for widget in (self.explanation, self.code, self.fingerprint_title, self.fingerprint):
            column.addWidget(widget)
        column.addWidget(buttons)
        self.resize(620, 320)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("This notebook's contact code"))
        self.explanation.setText(
            self.tr(
                "Give this contact code to whoever may send this notebook a case (a lawyer, "
                "a colleague): only this notebook can open what is sent to it. Then read them "
                "the fingerprint below by telephone or in person, so they know the code is "
                "really yours and not one swapped on the way."
            )
        )
        self.fingerprint_title.setText(self.tr("Fingerprint:"))
        self.copy_button.setText(self.tr("Copy the code"))
        self.code.setAccessibleName(self.tr("Contact code"))

    def copy_code(self) -> None:
        self._clipboard.copy(self.contact_code)
