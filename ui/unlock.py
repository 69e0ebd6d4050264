"""The unlock screen: one passphrase field, and words that tell each failure apart."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from notebook import DamagedNotebook, NotebookInUse, NotFound, UnsupportedFormat, WrongPassphrase
from notebook.guard import ErasedAfterWrongPassphrases

from . import camouflage
from .session import Session
from .welcome import centred_panel


class UnlockPage(QWidget):
    """Shown when a notebook is known but locked."""

    unlocked = Signal()
    choose_other = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self._session = session
        self.heading = QLabel()
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("unlockMessage")
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.other_button = QPushButton()
        self.other_button.setFlat(True)
        self.other_button.clicked.connect(self.choose_other)

        self.setLayout(
            centred_panel(
                [
                    self.heading,
                    self.passphrase,
                    self.unlock_button,
                    self.message,
                    self.other_button,
                ],
                width=420,
            )
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("This notebook is locked. Type its passphrase."))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.other_button.setText(self.tr("Open another notebook…"))

    def prepare(self) -> None:
        """Fresh for the next attempt: empty field, no message, focus in the field."""
        self.passphrase.clear()
        self.message.clear()
        self.passphrase.setFocus()

    def try_unlock(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.message.setText(self.tr("Type the passphrase first."))
            return
        try:
            self._session.unlock(passphrase)
        except ErasedAfterWrongPassphrases:
            self.passphrase.clear()
            self.message.setText(
                self.tr(
                    "Wrong passphrase. That was the last attempt this notebook's guard allowed: "
                    "the notebook has been erased, as its setting asked."
                )
            )
            return
        except WrongPassphrase as error:
            left = getattr(error, "attempts_left", None)
            text = self.tr("Wrong passphrase. Check the keyboard layout and try again.")
            if left is not None:
                text += " " + self.tr(
                    "{0} more wrong attempts in a row will erase this notebook."
                ).format(left)
            self.message.setText(text)
            self.passphrase.selectAll()
            return
        except DamagedNotebook:
            self.message.setText(
                self.tr(
                    "The notebook is damaged or was altered, so it cannot be opened safely. "
                    "Nothing was changed. Restore it from a backup."
                )
            )
            return
        except NotebookInUse:
            self.message.setText(
                self.tr("The notebook is open in another program or window. Close it there first.")
            )
            return
        except UnsupportedFormat:
            self.message.setText(
                self.tr("A newer version of {0} made this notebook. Update the program.").format(
                    camouflage.title()
                )
            )
            return
        except NotFound:
            self.message.setText(self.tr("There is no notebook in that folder any more."))
            return
        self.passphrase.clear()
        self.unlocked.emit()
