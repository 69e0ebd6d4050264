"""Changing the notebook's passphrase: the current one asked again, the new one twice.

Only the key slot changes (a fraction of a second, whatever the notebook's size); recovery
codes keep working, and backups already made still open with the passphrase they were made
under, as the dialog says.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from notebook import NotebookError, WrongPassphrase

from .core_words import core_message
from .new_passphrase import NewPassphraseFields
from .session import Session


class PassphraseDialog(QDialog):
    def __init__(
        self, parent: QWidget, session: Session, *, kdf_options: dict[str, Any] | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._kdf_options = kdf_options or {}
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.fields = NewPassphraseFields(self)
        self.fields.changed.connect(self._update)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.current_label = QLabel()
        self.form.addRow(self.current_label, self.current)
        self.fields.add_rows(self.form, label=self.tr("New passphrase"))
        column = QVBoxLayout(self)
        column.addLayout(self.form)
        column.addWidget(self.note)
        column.addWidget(self.problem)
        column.addWidget(self.buttons)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.current_label.setText(self.tr("Current passphrase"))
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change"))
        self.note.setText(
            self.tr(
                "Use six random words or more. Recovery codes keep working. Backups made "
                "before today still open with the passphrase they were made under: make a new "
                "backup, and destroy the old ones if the old passphrase may be known."
            )
        )

    def _update(self) -> None:
        problem = self.fields.problem()
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def change(self) -> None:
        if self.fields.problem():
            return
        try:
            self._session.notebook.change_passphrase(
                self.fields.text(), current=self.current.text(), **self._kdf_options
            )
        except WrongPassphrase:
            self.problem.setText(self.tr("The current passphrase is not right. Nothing changed."))
            self.current.selectAll()
            self.current.setFocus()
            return
        except NotebookError as error:
            self.problem.setText(
                self.tr("The passphrase was not changed: {0}").format(core_message(error))
            )
            return
        self.current.clear()
        self.accept()
