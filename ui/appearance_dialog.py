"""Appearance: the disguise's name and icon, and plain words on what a disguise cannot hide."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from . import camouflage
from .camouflage import NEUTRAL_ICON, USUAL_ICON, Disguise


class AppearanceDialog(QDialog):
    """Named "Appearance", not "Disguise": the menu of a disguised program must not say so."""

    def __init__(self, parent: QWidget | None, disguise: Disguise) -> None:
        super().__init__(parent)
        self.setMinimumWidth(540)
        self.disguised = QCheckBox()
        self.disguised.setChecked(disguise.is_on)
        self.disguised.toggled.connect(self._update)
        self.name = QLineEdit(disguise.name)
        self.name.setMaxLength(camouflage.MAXIMUM_NAME_LENGTH)
        self.icon_choice = QComboBox()
        for choice in (NEUTRAL_ICON, USUAL_ICON):
            self.icon_choice.addItem(camouflage.icon(choice), "", choice)
        chosen_icon = disguise.icon if disguise.is_on else NEUTRAL_ICON
        self.icon_choice.setCurrentIndex(self.icon_choice.findData(chosen_icon))
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name)
        self.icon_label = QLabel()
        self.icon_label.setBuddy(self.icon_choice)
        self.what = QLabel()
        self.what.setWordWrap(True)
        self.cannot = QLabel()
        self.cannot.setWordWrap(True)
        self.cannot.setTextFormat(Qt.TextFormat.RichText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.icon_label, self.icon_choice)
        column = QVBoxLayout(self)
        column.setSpacing(12)
        column.addWidget(self.what)
        column.addWidget(self.disguised)
        column.addLayout(form)
        column.addWidget(self.cannot)
        column.addStretch(1)
        column.addWidget(self.buttons)
        self.retranslate()
        self._update()
        self.resize(self.minimumWidth(), self.heightForWidth(self.minimumWidth()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Appearance"))
        self.what.setText(
            self.tr(
                "For a laptop that others may look at: the program can show itself under a "
                "plain name and icon, in its window titles, the taskbar and its messages. "
                "Your notebook stays where it is and opens as before."
            )
        )
        self.disguised.setText(self.tr("&Use another name and icon"))
        self.name_label.setText(self.tr("&Name:"))
        self.name.setPlaceholderText(self.tr("Notes"))
        self.icon_label.setText(self.tr("&Icon:"))
        self.icon_choice.setItemText(0, self.tr("Plain notes icon"))
        self.icon_choice.setItemText(1, self.tr("The program's own icon"))
        self.cannot.setText(
            self.tr(
                "<b>What this does not hide.</b> Whoever opens the program sees what it is, "
                "and its guide describes it. The program's installed files, its entry in the "
                "applications menu, its name in the list of running programs, and the folders "
                "where it keeps its settings and (unless you chose another place) your "
                "notebook keep their real names, CaseNotebook among them; some desktops show "
                "the installed program's name and icon in the taskbar whatever is chosen here. "
                "Your notebook's folder is not renamed either: if its name says what it holds, "
                "rename it while the program is closed, then open it with “Open an "
                "existing notebook…”. A disguise helps against a glance, not against "
                "a search."
            )
        )

    def _update(self) -> None:
        on = self.disguised.isChecked()
        for widget in (self.name, self.name_label, self.icon_choice, self.icon_label):
            widget.setEnabled(on)
        if on and not self.name.text().strip():
            self.name.setText(self.name.placeholderText())

    def chosen(self) -> Disguise:
        """What the dialog says now; an empty name becomes the suggested one."""
        if not self.disguised.isChecked():
            return camouflage.NO_DISGUISE
        name = camouflage.clean_name(self.name.text()) or self.name.placeholderText()
        return Disguise(name=name, icon=self.icon_choice.currentData())
