"""The optional guard that erases the notebook after too many wrong passphrases in a row.

Off by default. The dialog says plainly what it cannot do before anyone turns it on: a copy
of the folder can be attacked without limit, and mistyping can lose the notebook.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from notebook import NotebookError
from notebook.guard import MAXIMUM_LIMIT, MINIMUM_LIMIT

from .core_words import core_message
from .session import Session

DEFAULT_LIMIT = 10


class GuardDialog(QDialog):
    def __init__(self, parent: QWidget, session: Session) -> None:
        super().__init__(parent)
        self._session = session
        current = session.notebook.erase_after()
        self.enabled = QCheckBox()
        self.enabled.setChecked(current is not None)
        self.limit = QSpinBox()
        self.limit.setRange(MINIMUM_LIMIT, MAXIMUM_LIMIT)
        self.limit.setValue(current or DEFAULT_LIMIT)
        self.limit.setEnabled(current is not None)
        self.enabled.toggled.connect(self.limit.setEnabled)
        self.limit_label = QLabel()
        self.limit_label.setBuddy(self.limit)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.limit_label)
        row.addWidget(self.limit)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.enabled)
        column.addLayout(row)
        column.addWidget(self.warning)
        column.addWidget(self.error)
        column.addStretch(1)
        column.addWidget(buttons)
        self.resize(560, 340)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Erase after wrong passphrases"))
        self.enabled.setText(self.tr("&Erase this notebook after wrong passphrases in a row"))
        self.limit_label.setText(self.tr("&Wrong passphrases in a row:"))
        self.limit.setAccessibleName(self.tr("Wrong passphrases in a row"))
        self.warning.setText(
            self.tr(
                "This only stops guessing in this program. Whoever copies the notebook's "
                "folder first can try passphrases on the copy without any limit, and can put "
                "the count back: against that, only a strong passphrase protects you. And a few "
                "mistyped passphrases on a bad day erase the notebook for good: keep a backup "
                "somewhere safe. Each wrong attempt says how many are left. Backups and "
                "restored notebooks have this turned off."
            )
        )

    def apply(self) -> None:
        limit = self.limit.value() if self.enabled.isChecked() else None
        try:
            self._session.notebook.set_erase_after(limit)
        except NotebookError as error:
            self.error.setText(self.tr("Not changed: {0}").format(core_message(error)))
            return
        self.accept()
