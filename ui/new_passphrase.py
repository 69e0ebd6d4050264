"""A new passphrase typed twice, with a strength meter: for creating a notebook and for
changing its passphrase. Nothing typed here leaves the two fields."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar

from notebook.vault import MINIMUM_PASSPHRASE_LENGTH

from . import strength


class NewPassphraseFields(QObject):
    """The fields, the meter and its verdict; `changed` fires on every keystroke."""

    changed = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setRange(0, 3)
        self.meter.setTextVisible(False)
        self.verdict = QLabel()
        for field in (self.passphrase, self.again):
            field.textChanged.connect(self._update)
        self._update()

    def add_rows(self, form: QFormLayout, *, label: str) -> None:
        form.addRow(label, self.passphrase)
        form.addRow(self.tr("Again"), self.again)
        form.addRow(self.tr("Strength"), self.meter)
        form.addRow("", self.verdict)
        self.passphrase.setAccessibleName(label)
        self.again.setAccessibleName(self.tr("Again"))
        self.meter.setAccessibleName(self.tr("Strength"))

    def text(self) -> str:
        return self.passphrase.text()

    def problem(self) -> str:
        """Why the passphrase cannot be taken yet, or "" once it can."""
        if len(self.passphrase.text().strip()) < MINIMUM_PASSPHRASE_LENGTH:
            return self.tr("At least {0} characters.").format(MINIMUM_PASSPHRASE_LENGTH)
        if self.again.text() != self.passphrase.text():
            return self.tr("The two passphrases differ.")
        return ""

    def _update(self) -> None:
        estimate = strength.estimate(self.passphrase.text())
        self.meter.setValue(estimate.level)
        self.verdict.setText(
            [self.tr("Too weak"), self.tr("Weak"), self.tr("Fair"), self.tr("Strong")][
                estimate.level
            ]
        )
        self.changed.emit()
