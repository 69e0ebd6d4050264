"""The first screen with no notebook yet: create one, open one, or open the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from notebook.vault import SUFFIX

from . import camouflage
from .new_passphrase import NewPassphraseFields
from .privacy import ask_for_paths


def centred_panel(widgets: list[QWidget], *, width: int) -> QVBoxLayout:
    """Widgets stacked in a fixed-width column in the middle of the page.

    Wrapped labels need a known width to know their height: aligned directly in a layout
    they shrink and clip.
    """
    panel = QWidget()
    panel.setFixedWidth(width)
    inner = QVBoxLayout(panel)
    inner.setSpacing(10)
    for widget in widgets:
        inner.addWidget(widget)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(panel)
    row.addStretch(1)
    outer = QVBoxLayout()
    outer.addStretch(2)
    outer.addLayout(row)
    outer.addStretch(3)
    return outer


class WelcomePage(QWidget):
    """Three ways in, and the guide. The demo's passphrase is public, so it is shown here."""

    create_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    guide_requested = Signal()

    def __init__(self, demo_passphrase: str = "") -> None:
        super().__init__()
        self._demo_passphrase = demo_passphrase
        self.heading = QLabel()
        self.heading.setObjectName("welcomeHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        self.heading.setFont(font)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.guide_button = QPushButton()
        self.guide_button.clicked.connect(self.guide_requested)
        self.create_button = QPushButton()
        self.create_button.clicked.connect(self.create_requested)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button = QPushButton()
        self.demo_button.clicked.connect(self.demo_requested)
        self.demo_note = QLabel()
        self.demo_note.setWordWrap(True)
        self.demo_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.setLayout(
            centred_panel(
                [
                    self.heading,
                    self.explanation,
                    self.guide_button,
                    self.create_button,
                    self.open_button,
                    self.demo_button,
                    self.demo_note,
                ],
                width=520,
            )
        )
        self.retranslate()

    def retranslate(self) -> None:
        # The disguise's name, if one is worn: the page must not undo it.
        self.heading.setText(camouflage.current().name or self.tr("Case Notebook"))
        self.explanation.setText(
            self.tr(
                "An encrypted notebook for cases: incidents, threats, interviews and evidence. "
                "It works offline, and everything it keeps is encrypted with your passphrase."
            )
        )
        self.guide_button.setText(self.tr("Read the guide first (F1)"))
        self.create_button.setText(self.tr("Create a new notebook…"))
        self.open_button.setText(self.tr("Open an existing notebook…"))
        self.demo_button.setText(self.tr("Open the demo notebook"))
        if self._demo_passphrase:
            self.demo_note.setText(
                self.tr(
                    "The demo holds a public case, rebuilt from a published statement. "
                    "Its passphrase is: {0}"
                ).format(self._demo_passphrase)
            )


class CreateDialog(QDialog):
    """Where, and a passphrase typed twice, with a meter and honest advice."""

    def __init__(self, parent: QWidget | None, default_folder: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a notebook"))
        self.location = QLineEdit(str(default_folder))
        self.location.setMinimumWidth(380)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.location)
        where.addWidget(browse)
        self.fields = NewPassphraseFields(self)
        self.fields.changed.connect(self._update)
        # The fields by their own names, as the tests and the tab order know them.
        self.passphrase, self.again = self.fields.passphrase, self.fields.again
        self.meter, self.verdict = self.fields.meter, self.fields.verdict
        self.advice = QLabel(
            self.tr(
                "Use six random words or more, chosen by dice or a generator, not by you. "
                "Nobody can reset this passphrase: without it (or a recovery key) the notebook "
                "cannot be opened by anyone, including you."
            )
        )
        self.advice.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("createProblem")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Location"), where)
        self.location.setAccessibleName(self.tr("Location"))
        self.fields.add_rows(form, label=self.tr("Passphrase"))
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.advice)
        column.addWidget(self.problem)
        column.addWidget(self.buttons)
        self._update()

    def folder(self) -> Path:
        path = Path(self.location.text().strip()).expanduser()
        return path if path.name.endswith(SUFFIX) else path.with_name(path.name + SUFFIX)

    def secret(self) -> str:
        return self.passphrase.text()

    def _browse(self) -> None:
        chosen = ask_for_paths(
            self, self.tr("Where to keep the notebook"), mode=QFileDialog.FileMode.Directory
        )
        if chosen:
            self.location.setText(str(Path(chosen[0]) / ("notebook" + SUFFIX)))

    def _update(self) -> None:
        problem = self.fields.problem()
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
