"""An editor for one record of any kind, built from the record's dataclass fields."""

from __future__ import annotations

import typing
from dataclasses import MISSING, fields
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from notebook import InvalidInput, dateinput, datetext, vocabularies
from notebook.model import (
    IDENTITY_FIELDS,
    RECORD_TYPES,
    Consent,
    Participant,
    Record,
)

NONE_CHOSEN = "—"
PROBLEM_STYLE = "border: 2px solid #c0392b;"
PROBLEM_TEXT_STYLE = "color: #c0392b; font-weight: bold;"


def _is_optional(cls: type, name: str) -> bool:
    """A code or person field is optional when the record may leave it empty."""
    for item in fields(cls):
        if item.name == name:
            return item.default == ""
    return False


def _fill_combo(combo: QComboBox, choices: list[tuple[str, str]], *, optional: bool) -> None:
    """(value, label) choices, the value kept as item data; "—" first when optional."""
    combo.clear()
    if optional:
        combo.addItem(NONE_CHOSEN, "")
    for value, label in choices:
        combo.addItem(label, value)


def _choose(combo: QComboBox, value: str) -> None:
    """Select `value`; one this combo does not offer (a newer code, a removed person) is
    added as it is, so that showing a record never changes it."""
    index = combo.findData(value)
    if index < 0 and not value:
        combo.setCurrentIndex(-1)  # a required choice not made yet: nothing selected
        return
    if index < 0:
        combo.addItem(value, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def _chosen(combo: QComboBox) -> str:
    data = combo.currentData()
    return data if isinstance(data, str) else ""


def _vocabulary_choices(name: str, language: str) -> list[tuple[str, str]]:
    vocabulary = vocabularies.load(name)
    return [(code, vocabulary.label(code, language)) for code in vocabulary.codes]


class DateEdit(QWidget):
    """A date typed as a person says it, with what we read shown underneath."""

    edited = Signal()

    def __init__(self, field: str, *, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.language = language
        self.line = QLineEdit()
        self.confirmation = QLabel()
        self.confirmation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.confirmation)
        self.line.textChanged.connect(self._confirm)
        self.line.textEdited.connect(self.edited)
        self.retranslate()

    def retranslate(self) -> None:
        self.line.setPlaceholderText(
            self.tr("for example: {0}").format(", ".join(dateinput.examples(self.language)[:3]))
        )
        self._confirm()

    def set_value(self, edtf: str) -> None:
        """Show the date in words when they read back to the same EDTF, else the EDTF."""
        text = edtf
        if edtf:
            try:
                words = datetext.describe(edtf, self.language)
                if dateinput.to_edtf(words, self.language) == edtf:
                    text = words
            except InvalidInput:
                pass
        self.line.setText(text)

    def value(self) -> str:
        """The EDTF of what is typed; "" for an unknown date. Raises InvalidInput."""
        try:
            return dateinput.to_edtf(self.line.text(), self.language)
        except InvalidInput:
            raise InvalidInput(self._unreadable(), field=self.field) from None

    def _unreadable(self) -> str:
        return self.tr("This is not a date we can read. Write it like: {0}").format(
            ", ".join(dateinput.examples(self.language)[:4])
        )

    def _confirm(self) -> None:
        try:
            edtf = dateinput.to_edtf(self.line.text(), self.language)
        except InvalidInput:
            self.confirmation.setText(self._unreadable())
            self.confirmation.setStyleSheet(PROBLEM_TEXT_STYLE)
            self.setProperty("unreadable", True)
            return
        self.setProperty("unreadable", False)
        self.confirmation.setStyleSheet("")
        words = datetext.describe(edtf, self.language) if edtf else ""
        self.confirmation.setText(self.tr("= {0}").format(words) if words else "")


class ParticipantsEditor(QWidget):
    """The people in an incident and their parts: one row per person and role."""

    edited = Signal()
    PERSON, ROLE, INVOLVEMENT, PERPETRATOR_TYPE = range(4)

    def __init__(
        self, *, people: list[tuple[str, str]], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._people = list(people)
        self._language = language
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(120)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self._remove_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Person"),
                self.tr("Role"),
                self.tr("Involvement"),
                self.tr("Perpetrator type"),
            ]
        )
        self.table.setAccessibleName(self.tr("People involved"))
        self.add_button.setText(self.tr("Add a person"))
        self.remove_button.setText(self.tr("Remove the selected person"))
        for row in range(self.table.rowCount()):
            self._name_row(row)

    def add_row(self, participant: Participant | None = None) -> int:
        """Add a row, for `participant` or a blank victim; returns its row number."""
        if participant is None:
            first = self._people[0][0] if self._people else ""
            participant = Participant(person_id=first, role=vocabularies.load("roles").codes[0])
        row = self.table.rowCount()
        self.table.insertRow(row)
        combos = {
            self.PERSON: (self._people, False, participant.person_id),
            self.ROLE: (_vocabulary_choices("roles", self._language), False, participant.role),
            self.INVOLVEMENT: (
                _vocabulary_choices("involvement", self._language),
                True,
                participant.involvement,
            ),
            self.PERPETRATOR_TYPE: (
                _vocabulary_choices("perpetrator_types", self._language),
                True,
                participant.perpetrator_type,
            ),
        }
        for column, (choices, optional, value) in combos.items():
            combo = QComboBox()
            _fill_combo(combo, choices, optional=optional)
            _choose(combo, value)
            combo.currentIndexChanged.connect(self.edited)
            self.table.setCellWidget(row, column, combo)
        self.combo(row, self.ROLE).currentIndexChanged.connect(self._enable_perpetrator_columns)
        self._name_row(row)
        self._enable_perpetrator_columns()
        return row

    def remove_row(self, row: int) -> None:
        self.table.removeRow(row)

    def combo(self, row: int, column: int) -> QComboBox:
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, QComboBox)
        return widget

    def set_value(self, participants: tuple[Participant, ...]) -> None:
        self.table.setRowCount(0)
        for participant in participants:
            self.add_row(participant)

    def value(self) -> tuple[Participant, ...]:
        participants = []
        for row in range(self.table.rowCount()):
            role = _chosen(self.combo(row, self.ROLE))
            perpetrator = role == "perpetrator"
            participants.append(
                Participant(
                    person_id=_chosen(self.combo(row, self.PERSON)),
                    role=role,
                    involvement=_chosen(self.combo(row, self.INVOLVEMENT)) if perpetrator else "",
                    perpetrator_type=(
                        _chosen(self.combo(row, self.PERPETRATOR_TYPE)) if perpetrator else ""
                    ),
                )
            )
        return tuple(participants)

    def _add_clicked(self) -> None:
        row = self.add_row()
        self.table.selectRow(row)
        self.edited.emit()

    def _remove_clicked(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.remove_row(row)
            self.edited.emit()

    def _enable_perpetrator_columns(self) -> None:
        # Only a perpetrator has a degree of involvement and a type; the core refuses others.
        for row in range(self.table.rowCount()):
            perpetrator = _chosen(self.combo(row, self.ROLE)) == "perpetrator"
            for column in (self.INVOLVEMENT, self.PERPETRATOR_TYPE):
                self.combo(row, column).setEnabled(perpetrator)

    def _name_row(self, row: int) -> None:
        names = {
            self.PERSON: self.tr("Person {0}"),
            self.ROLE: self.tr("Role of person {0}"),
            self.INVOLVEMENT: self.tr("Involvement of person {0}"),
            self.PERPETRATOR_TYPE: self.tr("Perpetrator type of person {0}"),
        }
        for column, name in names.items():
            self.combo(row, column).setAccessibleName(name.format(row + 1))


class ConsentEditor(QWidget):
    """An interview's consent: its scope, who may receive it, and any withdrawal."""

    edited = Signal()

    def __init__(self, *, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope = QComboBox()
        _fill_combo(self.scope, _vocabulary_choices("consent_scope", language), optional=False)
        self.recipients = QLineEdit()
        self.withdrawn = QCheckBox()
        self.withdrawn_on = DateEdit("consent_withdrawn_on", language=language)
        self.scope_label, self.recipients_label = QLabel(), QLabel()
        self.withdrawn_on_label = QLabel()
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.scope_label, self.scope)
        layout.addRow(self.recipients_label, self.recipients)
        layout.addRow(None, self.withdrawn)
        layout.addRow(self.withdrawn_on_label, self.withdrawn_on)
        self.scope.currentIndexChanged.connect(self.edited)
        self.recipients.textEdited.connect(self.edited)
        self.withdrawn.toggled.connect(self.edited)
        self.withdrawn.toggled.connect(self.withdrawn_on.setEnabled)
        self.withdrawn_on.edited.connect(self.edited)
        self.withdrawn_on.setEnabled(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.scope_label.setText(self.tr("Consent given"))
        self.recipients_label.setText(self.tr("May be shared with"))
        self.withdrawn.setText(self.tr("Consent withdrawn"))
        self.withdrawn_on_label.setText(self.tr("Withdrawn on"))
        self.scope.setAccessibleName(self.tr("Consent given"))
        self.recipients.setAccessibleName(self.tr("May be shared with"))
        self.withdrawn.setAccessibleName(self.tr("Consent withdrawn"))
        self.withdrawn_on.line.setAccessibleName(self.tr("Consent withdrawn on"))
        self.withdrawn_on.retranslate()

    def widget_for(self, field: str) -> QWidget:
        """The input the core means by `field` ("consent", "consent_withdrawn_on"…)."""
        return {
            "consent_recipients": self.recipients,
            "consent_withdrawn": self.withdrawn,
            "consent_withdrawn_on": self.withdrawn_on.line,
        }.get(field, self.scope)

    def set_value(self, consent: Consent) -> None:
        _choose(self.scope, consent.scope)
        self.recipients.setText(consent.recipients)
        self.withdrawn.setChecked(consent.withdrawn)
        self.withdrawn_on.setEnabled(consent.withdrawn or bool(consent.withdrawn_on))
        self.withdrawn_on.set_value(consent.withdrawn_on)

    def value(self) -> Consent:
        return Consent(
            scope=_chosen(self.scope),
            recipients=self.recipients.text(),
            withdrawn=self.withdrawn.isChecked(),
            withdrawn_on=self.withdrawn_on.value(),
        )


class RecordForm(QWidget):
    """Every editable field of one kind of record; the caller saves what `changes` returns."""

    edited = Signal()

    def __init__(
        self,
        kind: str,
        *,
        people: list[tuple[str, str]] | tuple[tuple[str, str], ...] = (),
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.record_type: type[Record] = RECORD_TYPES[kind]
        self.language = language
        self._people = list(people)
        self._filling = False
        self._marked: QWidget | None = None
        self._inputs: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_TEXT_STYLE)
        self.problem.hide()
        form = QFormLayout()
        hints = typing.get_type_hints(self.record_type)
        for item in fields(self.record_type):
            if item.name in IDENTITY_FIELDS:
                continue
            editor = self._make_input(item.name, hints[item.name])
            self._inputs[item.name] = editor
            self._labels[item.name] = QLabel()
            self._labels[item.name].setBuddy(editor)
            form.addRow(self._labels[item.name], editor)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problem)
        layout.addWidget(scroll)
        self.set_record(self._blank_record())
        self.retranslate()

    # -- building ----------------------------------------------------------------------------

    def _make_input(self, name: str, hint: Any) -> QWidget:
        cls = self.record_type
        editor: QWidget
        if name in cls.DATE_FIELDS:
            editor = DateEdit(name, language=self.language)
            editor.edited.connect(self._user_edited)
        elif name in cls.CODE_FIELDS:
            editor = QComboBox()
            choices = _vocabulary_choices(cls.CODE_FIELDS[name], self.language)
            _fill_combo(editor, choices, optional=_is_optional(cls, name))
            editor.currentIndexChanged.connect(self._user_edited)
        elif name in cls.PERSON_FIELDS or name.endswith("_id"):
            editor = QComboBox()
            _fill_combo(editor, self._people, optional=_is_optional(cls, name))
            editor.currentIndexChanged.connect(self._user_edited)
        elif hint is bool:
            editor = QCheckBox()
            editor.toggled.connect(self._user_edited)
        elif hint is int:
            editor = QSpinBox()
            editor.setRange(-9999, 9999)
            editor.valueChanged.connect(self._user_edited)
        elif hint is Consent:
            editor = ConsentEditor(language=self.language)
            editor.edited.connect(self._user_edited)
        elif hint == tuple[Participant, ...]:
            editor = ParticipantsEditor(people=self._people, language=self.language)
            editor.edited.connect(self._user_edited)
        elif hint == tuple[str, ...] or name in cls.LINE_FIELDS:
            editor = QLineEdit()
            # Several names on one line, "; " between them, come back as a tuple.
            editor.setProperty("names", hint == tuple[str, ...])
            editor.textEdited.connect(self._user_edited)
        else:
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.textChanged.connect(self._user_edited)
        return editor

    def _blank_record(self) -> Record:
        required = {
            item.name: ""
            for item in fields(self.record_type)
            if item.default is MISSING and item.default_factory is MISSING
        }
        return self.record_type(**required)

    def retranslate(self) -> None:
        titles = field_titles()
        for name, label in self._labels.items():
            title = titles.get(name, name.replace("_", " ").capitalize())
            label.setText(title)
            editor = self._inputs[name]
            editor.setAccessibleName(title)
            if isinstance(editor, DateEdit):
                editor.line.setAccessibleName(title)
                editor.retranslate()
            elif isinstance(editor, ParticipantsEditor | ConsentEditor):
                editor.retranslate()
            elif name == "other_names" and isinstance(editor, QLineEdit):
                editor.setPlaceholderText(self.tr("separate names with ;"))

    # -- reading and writing -----------------------------------------------------------------

    def widget(self, field: str) -> QWidget:
        """The input for `field`, as the core names it (a typing date's line edit)."""
        if field.startswith("consent") and "consent" in self._inputs:
            editor = self._inputs["consent"]
            assert isinstance(editor, ConsentEditor)
            return editor.widget_for(field)
        if field in ("role", "involvement") and "people" in self._inputs:
            return self._inputs["people"]
        editor = self._inputs[field]
        return editor.line if isinstance(editor, DateEdit) else editor

    def set_record(self, record: Record) -> None:
        """Show `record`'s values; this is not an edit, so `edited` is not emitted."""
        self._filling = True
        try:
            for name, editor in self._inputs.items():
                _show(editor, getattr(record, name))
        finally:
            self._filling = False

    def values(self) -> dict[str, Any]:
        """Every editable field as the model stores it; InvalidInput for an unreadable date."""
        return {name: _read(editor) for name, editor in self._inputs.items()}

    def changes(self, record: Record) -> dict[str, Any]:
        """Only the fields whose value differs from `record`'s: what an update needs."""
        return {
            name: value for name, value in self.values().items() if value != getattr(record, name)
        }

    def _user_edited(self) -> None:
        if not self._filling:
            self.edited.emit()

    # -- problems ----------------------------------------------------------------------------

    def show_problem(self, field: str | None, message: str) -> None:
        """Say what is wrong at the top and, when one field is to blame, mark and focus it."""
        self.clear_problem()
        self.problem.setText(message)
        self.problem.show()
        try:
            widget = self.widget(field) if field else None
        except KeyError:
            widget = None
        if widget is not None:
            widget.setProperty("problem", True)
            widget.setStyleSheet(PROBLEM_STYLE)
            widget.setFocus()
            self._marked = widget

    def clear_problem(self) -> None:
        self.problem.clear()
        self.problem.hide()
        if self._marked is not None:
            self._marked.setProperty("problem", False)
            self._marked.setStyleSheet("")
            self._marked = None


def _show(editor: QWidget, value: Any) -> None:
    if isinstance(editor, DateEdit | ParticipantsEditor | ConsentEditor):
        editor.set_value(value)
    elif isinstance(editor, QComboBox):
        _choose(editor, value)
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value))
    elif isinstance(editor, QLineEdit):
        editor.setText("; ".join(value) if isinstance(value, tuple) else value)
    elif isinstance(editor, QPlainTextEdit):
        editor.setPlainText(value)


def _read(editor: QWidget) -> Any:
    if isinstance(editor, DateEdit | ParticipantsEditor | ConsentEditor):
        return editor.value()
    if isinstance(editor, QComboBox):
        return _chosen(editor)
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QSpinBox):
        return editor.value()
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    assert isinstance(editor, QLineEdit)
    if editor.property("names"):
        return tuple(name.strip() for name in editor.text().split(";") if name.strip())
    return editor.text()


def field_titles() -> dict[str, str]:
    """A readable, translatable name for every field of every kind of record (the form's
    labels, and the fields a received case package changed)."""
    return {
        "title": QCoreApplication.translate("RecordForm", "Title"),
        "reference": QCoreApplication.translate("RecordForm", "Reference"),
        "summary": QCoreApplication.translate("RecordForm", "Summary"),
        "status": QCoreApplication.translate("RecordForm", "Status"),
        "exhibit_prefix": QCoreApplication.translate("RecordForm", "Exhibit prefix"),
        "name": QCoreApplication.translate("RecordForm", "Name"),
        "other_names": QCoreApplication.translate("RecordForm", "Other names"),
        "sex": QCoreApplication.translate("RecordForm", "Sex"),
        "birth_date": QCoreApplication.translate("RecordForm", "Date of birth"),
        "occupation": QCoreApplication.translate("RecordForm", "Occupation"),
        "contact_notes": QCoreApplication.translate("RecordForm", "Contact notes"),
        "protected": QCoreApplication.translate("RecordForm", "Protect this person's identity"),
        "identifies_protected": QCoreApplication.translate(
            "RecordForm", "Shows or names a protected person (left out of redacted bundles)"
        ),
        "pseudonym": QCoreApplication.translate("RecordForm", "Pseudonym"),
        "description": QCoreApplication.translate("RecordForm", "Description"),
        "type": QCoreApplication.translate("RecordForm", "Type"),
        "date": QCoreApplication.translate("RecordForm", "Date"),
        "place": QCoreApplication.translate("RecordForm", "Place"),
        "people": QCoreApplication.translate("RecordForm", "People involved"),
        "fact_status": QCoreApplication.translate("RecordForm", "Fact status"),
        "confidentiality": QCoreApplication.translate("RecordForm", "Confidentiality"),
        "day_order": QCoreApplication.translate("RecordForm", "Order within the day"),
        "means": QCoreApplication.translate("RecordForm", "Means"),
        "channel": QCoreApplication.translate("RecordForm", "Channel"),
        "perpetrator_id": QCoreApplication.translate("RecordForm", "Perpetrator"),
        "perpetrator_type": QCoreApplication.translate("RecordForm", "Perpetrator type"),
        "risk": QCoreApplication.translate("RecordForm", "Risk"),
        "protective_measures": QCoreApplication.translate("RecordForm", "Protective measures"),
        "interviewee_id": QCoreApplication.translate("RecordForm", "Interviewee"),
        "interviewer": QCoreApplication.translate("RecordForm", "Interviewer"),
        "language": QCoreApplication.translate("RecordForm", "Language"),
        "interpreter": QCoreApplication.translate("RecordForm", "Interpreter"),
        "consent": QCoreApplication.translate("RecordForm", "Consent"),
        "transcript": QCoreApplication.translate("RecordForm", "Transcript"),
        "evidence_kind": QCoreApplication.translate("RecordForm", "Kind of evidence"),
        "source": QCoreApplication.translate("RecordForm", "Source"),
        "source_reliability": QCoreApplication.translate("RecordForm", "Source reliability"),
        "acquired_on": QCoreApplication.translate("RecordForm", "Acquired on"),
        "acquired_how": QCoreApplication.translate("RecordForm", "How it was acquired"),
        "acquired_by": QCoreApplication.translate("RecordForm", "Acquired by"),
        "device_clock_note": QCoreApplication.translate("RecordForm", "Device clock note"),
        "exhibit_ref": QCoreApplication.translate("RecordForm", "Exhibit reference"),
    }
