"""Exporting a case as a document: choose a profile, see what is redacted and withheld, then
write it in the background with progress and cancel.

The worker is a plain Python thread that only calls the core (gather, build, write), as in
`evidence_import`: the UI thread polls it on a timer, so every signal is delivered on the UI
thread and none fires once the dialog is gone. The progress dialog is window-modal, so
nothing in the window reads or writes the notebook while the worker reads it, and the
window's lock calls `stop_all_exports()` (cancel, then wait) before the database closes.
The document is built in memory and written once, whole (`write_export`): a cancel or a
failure leaves nothing at the destination.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from notebook import (
    DamagedNotebook,
    InvalidInput,
    Notebook,
    NotebookError,
    datetext,
    vocabularies,
)
from notebook.export.chronology import csv_bytes
from notebook.export.facts import (
    SHARE_REDACTED,
    CaseFacts,
    ConsentRefused,
    Withheld,
    gather,
    interview_for_export,
)
from notebook.export.files import write_export
from notebook.export.profiles import ExportOptions, document_bytes
from notebook.export.redact import Redactor
from notebook.model import Interview, Person
from notebook.progress import Progress

from .background import POLL_MS, BackgroundJob
from .privacy import ask_for_paths
from .record_form import PROBLEM_TEXT_STYLE, DateEdit
from .session import Session

CSV = "chronology-csv"  # the chronology as a table: not a Word profile, so not in PROFILES
# Every choice of the dialog, in the order offered, with a neutral file name to propose:
# nothing of the case goes into it, so it says nothing if the file is found.
FILE_NAMES = {
    "witness": "witness-statement.docx",
    "chronology": "chronology.docx",
    CSV: "chronology.csv",
    "urgent-appeal": "urgent-appeal.docx",
    "interview": "interview-record.docx",
    "exhibits": "schedule-of-exhibits.docx",
}
DATED = ("witness", "urgent-appeal")  # the documents that print the date they are signed on
# The steps of an export, as `Progress.done`: the bar stands at the step under way.
READING, BUILDING, WRITING = range(3)


class ExportProgress(Progress):
    """Which step of one export is under way, and whether it was asked to stop."""

    def __init__(self) -> None:
        super().__init__(WRITING + 1)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


class ExportJob(BackgroundJob):
    """Gathers a case, builds one document and writes it, in a worker thread.

    Only `finished` (carrying the path written) means a file was written.
    """

    thread_name = "document-export"

    def __init__(
        self,
        notebook: Notebook,
        case_id: str,
        profile: str,
        options: ExportOptions,
        path: Path,
        *,
        parent: QObject | None = None,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(ExportProgress(), parent=parent, poll_ms=poll_ms)
        self.progress: ExportProgress
        self._notebook = notebook
        self._case_id = case_id
        self._profile = profile
        self._options = options
        self.path = Path(path)

    def work(self) -> str:
        progress = self.progress
        progress.advance(READING)
        facts = gather(
            self._notebook, self._case_id, redact=self._options.redact, progress=progress
        )
        progress.advance(BUILDING)
        if self._profile == CSV:
            data = csv_bytes(facts)
        else:
            data = document_bytes(facts, self._profile, self._options)
        progress.advance(WRITING)  # the last chance to cancel: the write is whole or nothing
        write_export(self.path, data)
        return str(self.path)

    def describe(self, error: BaseException) -> str:
        return self._describe(error)

    def _describe(self, error: BaseException) -> str:
        if isinstance(error, OSError):
            reason = error.strerror or type(error).__name__
            return self.tr("The file could not be written ({0}). Nothing was written.").format(
                reason
            )
        if isinstance(error, ConsentRefused):
            return self.tr(
                "The interview's consent does not allow this export. Nothing was written."
            )
        if isinstance(error, DamagedNotebook):
            return self.tr("The case could not be read: the notebook may be damaged.")
        if isinstance(error, NotebookError):
            return self.tr("The document was not made: {0}").format(error)
        return self.tr("The document was not made because of an unexpected error.")


def running_exports() -> list[ExportJob]:
    return list(ExportJob.running)


def stop_all_exports() -> None:
    """Cancel every running export and wait for it: call before the database closes."""
    ExportJob.stop_all()


class ExportProgressDialog(QProgressDialog):
    """Which step the export is at; Cancel stops it before the file is written."""

    def __init__(self, job: ExportJob, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self.setWindowTitle(self.tr("Exporting"))
        self.setRange(0, job.progress.total)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        # Window-modal: while the worker reads the notebook, nothing in the window may use it.
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.canceled.connect(self._on_cancel)
        job.progressed.connect(self.refresh)
        job.finished.connect(self._end)
        job.failed.connect(self._end)
        job.cancelled.connect(self._end)
        self.refresh()

    def refresh(self) -> None:
        progress = self._job.progress
        if progress.cancelled:
            self.setLabelText(self.tr("Stopping…"))
        else:
            self.setLabelText(
                {
                    READING: self.tr("Reading the case…"),
                    BUILDING: self.tr("Making the document…"),
                    WRITING: self.tr("Writing the file…"),
                }.get(progress.done, "")
            )
        self.setValue(progress.done)

    def reject(self) -> None:
        # The window's lock rejects every dialog: that must stop the job as Cancel does.
        self._job.cancel()
        super().reject()

    def _on_cancel(self) -> None:
        self._job.cancel()
        self.refresh()

    def _end(self, *_outcome: object) -> None:
        self.close()
        self.deleteLater()


def start_export(
    parent: QWidget,
    notebook: Notebook,
    case_id: str,
    profile: str,
    options: ExportOptions,
    path: Path,
) -> ExportJob | None:
    """Start writing one document with a progress dialog; None if an export already runs.

    The caller connects `finished`/`failed`/`cancelled` to tell the user.
    """
    if running_exports():
        return None
    job = ExportJob(notebook, case_id, profile, options, path, parent=parent)
    ExportProgressDialog(job, parent).show()
    job.start()
    return job


def with_suffix(path: Path, suffix: str) -> Path:
    """`path` ending in `suffix`: added when the user typed a name without it."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


class DocumentExportDialog(QDialog):
    """Which document, for which case, with what details, and what the redaction will do.

    Only what the user asks for is kept, in the widgets, and the case read for the preview
    is dropped when the dialog closes: nothing goes to settings or to any file but the one
    chosen.
    """

    def __init__(
        self,
        parent: QWidget | None,
        session: Session,
        case_id: str,
        *,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._session = session
        self._language = language
        self._facts: dict[tuple[str, bool], CaseFacts] = {}  # (case id, redact) → as gathered
        self._redactor = Redactor.none()
        self._interviews: dict[str, Interview] = {}
        self._failure = ""  # why the case could not be read for the preview, if it could not
        self.job: ExportJob | None = None
        self._closing = False
        # The title names what the dialog does, never the case.
        self.setWindowTitle(self.tr("Export a document"))

        self.case_box = QComboBox()
        for case in session.notebook.cases():
            self.case_box.addItem(case.title, case.id)
        self.case_box.setCurrentIndex(max(self.case_box.findData(case_id), 0))
        self.profile_box = QComboBox()
        names = {
            "witness": self.tr("Witness statement (England & Wales, PD 32)"),
            "chronology": self.tr("Chronology (Word)"),
            CSV: self.tr("Chronology (CSV)"),
            "urgent-appeal": self.tr(
                "Urgent appeal to the UN Special Rapporteur on human rights defenders"
            ),
            "interview": self.tr("Interview record"),
            "exhibits": self.tr("Schedule of exhibits"),
        }
        for profile in FILE_NAMES:
            self.profile_box.addItem(names[profile], profile)
        self.profile_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.profile_box.setMinimumContentsLength(32)
        self.witness_box = QComboBox()
        self.interview_box = QComboBox()

        self.proceedings = QLineEdit()
        self.proceedings.setPlaceholderText(self.tr("for example: A v B"))
        self.claim_number = QLineEdit()
        self.court = QLineEdit()
        self.party = QLineEdit()
        self.party.setPlaceholderText(self.tr("for example: Claimant"))
        self.statement_number = QLineEdit(ExportOptions().statement_number)
        self.statement_date = DateEdit("statement_date", language=language)
        self.address = QLineEdit()
        self.address_note = _note(
            self.tr("Leave empty to withhold it. A protected witness's address is always left out.")
        )
        self.statement_group = QGroupBox(self.tr("Witness statement"))
        statement_form = QFormLayout(self.statement_group)
        statement_form.addRow(self.tr("Witness"), self.witness_box)
        statement_form.addRow(self.tr("Title of proceedings"), self.proceedings)
        statement_form.addRow(self.tr("Claim number"), self.claim_number)
        statement_form.addRow(self.tr("Court"), self.court)
        statement_form.addRow(self.tr("On behalf of"), self.party)
        statement_form.addRow(self.tr("Statement number"), self.statement_number)
        statement_form.addRow(
            self.tr("Witness's address"), _stacked(self.address, self.address_note)
        )

        self.prepared_by = QLineEdit()
        self.author = QLineEdit()
        self.author_note = _note(
            self.tr(
                "Written into the file's properties, which anyone who has the file can read. "
                "Leave empty to leave it out."
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Case"), self.case_box)
        form.addRow(self.tr("Document"), self.profile_box)
        form.addRow(self.tr("Interview"), self.interview_box)
        form.addRow(self.tr("Date of the document"), self.statement_date)
        form.addRow(self.tr("Prepared by"), self.prepared_by)
        form.addRow(self.tr("Author"), _stacked(self.author, self.author_note))
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.statement_group)
        left.addStretch(1)

        self.redact_box = QCheckBox(self.tr("Redact protected people (recommended)"))
        self.redact_box.setChecked(True)
        self.preview = QListWidget()
        self.preview.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("What the document will show and withhold"))
        right = QVBoxLayout()
        right.addWidget(self.redact_box)
        right.addWidget(self.preview, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        self.problem = QLabel()
        self.problem.setObjectName("exportProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_TEXT_STYLE)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(columns, 1)
        column.addWidget(self.problem)
        column.addWidget(self.status)
        column.addWidget(self.buttons)
        self.resize(980, 640)

        self.case_box.currentIndexChanged.connect(self._load_case)
        self.profile_box.currentIndexChanged.connect(self.refresh)
        self.interview_box.currentIndexChanged.connect(self.refresh)
        self.redact_box.clicked.connect(self._redaction_clicked)
        self.statement_date.line.textChanged.connect(self.refresh)
        self._load_case()

    # -- what the user chose ----------------------------------------------------------------

    def case_id(self) -> str:
        return _chosen(self.case_box)

    def profile(self) -> str:
        return _chosen(self.profile_box)

    def options(self) -> ExportOptions:
        """The options as typed; raises InvalidInput for a date it cannot read."""
        witness = self.profile() == "witness"
        dated = self.profile() in DATED
        return ExportOptions(
            redact=self.redact_box.isChecked(),
            witness_id=_chosen(self.witness_box) if witness else "",
            interview_id=_chosen(self.interview_box) if self.profile() == "interview" else "",
            author=self.author.text().strip(),
            proceedings=self.proceedings.text().strip(),
            claim_number=self.claim_number.text().strip(),
            court=self.court.text().strip(),
            party=self.party.text().strip(),
            statement_number=self.statement_number.text().strip(),
            statement_date=self.statement_date.value() if dated else "",
            address=self.address.text().strip(),
            prepared_by=self.prepared_by.text().strip(),
        )

    # -- the case, the preview and what may be exported -------------------------------------

    def _load_case(self) -> None:
        notebook = self._session.notebook
        case_id = self.case_id()
        self._redactor = Redactor.for_case(notebook, case_id) if case_id else Redactor.none()
        self.witness_box.clear()
        self.witness_box.addItem(self.tr("Leave blank for the lawyer"), "")
        people = notebook.records(case_id=case_id, kind="person") if case_id else []
        for person in people:
            if not isinstance(person, Person):
                continue
            label = person.name
            if self._redactor.is_protected(person.id):
                label = self.tr("{0} — protected, shown as {1}").format(
                    person.name, self._redactor.name(person)
                )
            self.witness_box.addItem(label, person.id)
        names = {person.id: person.label for person in people}
        self._interviews = {}
        self.interview_box.clear()
        records = notebook.records(case_id=case_id, kind="interview") if case_id else []
        for record in records:
            assert isinstance(record, Interview)
            self._interviews[record.id] = record
            self.interview_box.addItem(self._interview_label(record, names), record.id)
        self.refresh()

    def _interview_label(self, record: Interview, names: dict[str, str]) -> str:
        title = record.title or self.tr("Interview with {0}").format(
            names.get(record.interviewee_id, "?")
        )
        if not record.date:
            return title
        return self.tr("{0}, {1}").format(title, datetext.describe(record.date, self._language))

    def _case_facts(self) -> CaseFacts | None:
        key = (self.case_id(), self.redact_box.isChecked())
        if key not in self._facts:
            try:
                self._facts[key] = gather(self._session.notebook, key[0], redact=key[1])
            except NotebookError as error:
                self._failure = self.tr("The case could not be read: {0}").format(error)
                return None
        self._failure = ""
        return self._facts[key]

    def refresh(self) -> None:
        """Enable what the profile uses, rebuild the preview, and say why Export is off."""
        profile = self.profile()
        busy = self.job is not None and self.job.is_running
        self.statement_group.setEnabled(profile == "witness")
        self.interview_box.setEnabled(profile == "interview")
        self.prepared_by.setEnabled(profile == "urgent-appeal")
        self.statement_date.setEnabled(profile in DATED)
        facts = self._case_facts() if self.case_id() else None
        problem = self._failure if self.case_id() else self.tr("Choose a case.")
        consent = ""
        if facts is not None and profile == "interview":
            problem, consent = self._consent(facts)
        if not problem and profile in DATED and self.statement_date.property("unreadable"):
            problem = self.tr("The date of the document cannot be read.")
        self._fill_preview(facts, consent)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.export_button.setEnabled(not problem and not busy)

    def _consent(self, facts: CaseFacts) -> tuple[str, str]:
        """(why the chosen interview may not go out, or ""; what its consent allows)."""
        interview_id = _chosen(self.interview_box)
        record = self._interviews.get(interview_id)
        if record is None:
            return self.tr("This case has no interview to export."), ""
        scope = vocabularies.load("consent_scope").label(record.consent.scope, self._language)
        try:
            interview_for_export(facts, interview_id)
        except ConsentRefused:
            if record.consent.withdrawn:
                return self.tr("This interview may not be exported: consent was withdrawn."), ""
            if not facts.redacted and record.consent.scope in SHARE_REDACTED:
                return (
                    self.tr(
                        "This interview may be exported only with protected people redacted "
                        "(consent: {0})."
                    ).format(scope),
                    "",
                )
            return (
                self.tr("This interview may not be exported: its consent is “{0}”.").format(scope),
                "",
            )
        return "", self.tr("Its consent allows this export: {0}.").format(scope)

    def _fill_preview(self, facts: CaseFacts | None, consent: str) -> None:
        self.preview.clear()
        if facts is None:
            return
        protected = self._redactor.protected_people
        if facts.redacted:
            self._heading(self.tr("Shown under pseudonyms"))
            # The real names are shown: the notebook's owner sees them everywhere else in the
            # program, and only beside the pseudonym can they check that the right person is
            # hidden under the right pseudonym, and that every spelling the case uses is
            # listed (a spelling not listed is printed as written).
            for person in protected:
                self._line(
                    self.tr("{0} → {1}").format(
                        " / ".join(_written_forms(person)), facts.redactor.name(person)
                    )
                )
            if protected:
                self._line(
                    self.tr(
                        "Only these spellings are replaced: add any other to the person's "
                        "other names."
                    ),
                    note=True,
                )
        else:
            self._heading(self.tr("Named in full (not redacted)"))
            for person in protected:
                self._line(person.name)
        if not protected:
            self._line(self.tr("Nobody in this case is marked protected."))
        self._heading(self.tr("Withheld"))
        for item in facts.withheld:
            self._line(self._withheld_words(item))
        if not facts.withheld:
            self._line(self.tr("Nothing is withheld."))
        if consent:
            self._heading(self.tr("Interview"))
            self._line(consent)

    def _heading(self, text: str) -> None:
        if self.preview.count():
            self.preview.addItem(QListWidgetItem(""))  # a blank line between sections
        item = QListWidgetItem(text)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.preview.addItem(item)

    def _line(self, text: str, *, note: bool = False) -> None:
        item = QListWidgetItem(("" if note else "• ") + text)
        if note:
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.preview.addItem(item)

    def _withheld_words(self, item: Withheld) -> str:
        # The core's reasons are words for documents, in English; the known ones are said
        # again here in the user's language, anything newer is shown as it is.
        if item.kind == "contact details":
            return self.tr("The contact details of {0}, a protected person").format(item.label)
        if item.kind == "interview" and item.reason == "consent withdrawn":
            return self.tr("{0}: consent was withdrawn").format(item.label)
        if item.kind == "interview" and item.reason.startswith("consent: "):
            return self.tr("{0}: its consent is “{1}”").format(
                item.label, self._consent_words(item.reason.removeprefix("consent: "))
            )
        return f"{item.label} ({item.reason})"

    def _consent_words(self, english: str) -> str:
        vocabulary = vocabularies.load("consent_scope")
        for code in vocabulary.codes:
            if vocabulary.label(code, "en") == english:
                return vocabulary.label(code, self._language)
        return english

    def _redaction_clicked(self, checked: bool) -> None:
        if not checked and self._redactor.protected_people:
            answer = QMessageBox.question(
                self,
                self.tr("Export without redaction"),
                self.tr(
                    "Without redaction the document names every protected person in full, "
                    "and anyone who gets the file can read their names. Export without "
                    "redaction?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.redact_box.setChecked(True)
        self.refresh()

    # -- writing ----------------------------------------------------------------------------

    def export(self) -> None:
        """Ask where, then write the document in the background."""
        self.refresh()
        if not self.export_button.isEnabled():
            return
        try:
            options = self.options()
        except InvalidInput as problem:
            self.problem.setText(str(problem))
            self.problem.show()
            return
        profile = self.profile()
        name = FILE_NAMES[profile]
        chosen = ask_for_paths(
            self,
            self.tr("Export a document"),
            mode=QFileDialog.FileMode.AnyFile,
            accept=QFileDialog.AcceptMode.AcceptSave,
            start=str(Path.home() / name),
        )
        if not chosen:
            return
        typed = Path(chosen[0])
        path = with_suffix(typed, Path(name).suffix)
        # The file dialog asked before replacing the name typed, not the one with a suffix.
        if path != typed and path.exists() and not self._may_replace(path):
            return
        job = start_export(self, self._session.notebook, self.case_id(), profile, options, path)
        if job is None:
            self.status.setText(self.tr("Another export is still running."))
            return
        self.job = job
        self.status.clear()
        job.finished.connect(self._written)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.refresh()

    def _may_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Export a document"),
            self.tr("{0} already exists. Replace it?").format(path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _written(self, path: str) -> None:
        self.status.setText(self.tr("Written: {0}").format(path))
        self.refresh()

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self.refresh()
        # Closing (the window's lock among others) waits for the job: a modal box then would
        # hold the lock back, and nobody is there to read it.
        if not self._closing and self.isVisible():
            QMessageBox.warning(self, self.tr("Export a document"), message)

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Cancelled. Nothing was written."))
        self.refresh()

    def done(self, result: int) -> None:
        # Closing stops an export under way, and drops the case read for the preview.
        self._closing = True
        if self.job is not None and self.job.is_running:
            self.job.cancel()
            self.job.wait()
        self._facts.clear()
        super().done(result)


def _chosen(combo: QComboBox) -> str:
    data = combo.currentData()
    return data if isinstance(data, str) else ""


def _written_forms(person: Person) -> list[str]:
    """The person's name and other names, each spelling once."""
    forms: dict[str, str] = {}
    for form in (person.name, *person.other_names):
        words = " ".join(form.split())
        if words:
            forms.setdefault(words.casefold(), words)
    return list(forms.values())


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def _stacked(field: QWidget, note: QLabel) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(note)
    return holder
