"""Exporting a case as a document or an evidence bundle: choose a profile, see what is
redacted and withheld, then write it in the background with progress and cancel.

The worker is a plain Python thread that only calls the core (gather, build, write), as in
`evidence_import`: the UI thread polls it on a timer, so every signal is delivered on the UI
thread and none fires once the dialog is gone. The progress dialog is window-modal, so
nothing in the window reads or writes the notebook while the worker uses it (a bundle also
logs custody events), and the window's lock calls `stop_all_exports()` (cancel, then wait)
before the database closes. A document is built in memory and written once, whole
(`write_export`); a bundle is written by the core beside the destination under a hidden name
and renamed when whole: either way a cancel or a failure leaves nothing at the destination.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QFontDatabase
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
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from notebook import (
    DamagedNotebook,
    InvalidInput,
    Notebook,
    NotebookError,
    WriteFailed,
    datetext,
    vocabularies,
)
from notebook.export.bundle import (
    STATEMENT_PROFILES,
    BundleOptions,
    BundleResult,
    build_bundle,
)
from notebook.export.bundle import languages as bundle_languages
from notebook.export.chronology import csv_bytes
from notebook.export.facts import (
    CaseFacts,
    ConsentRefused,
    Withheld,
    exhibit_key,
    gather,
    interview_for_export,
)
from notebook.export.files import write_export
from notebook.export.profiles import ExportOptions, document_bytes
from notebook.export.profiles import languages as profile_languages
from notebook.export.redact import Redactor
from notebook.export.wording import LANGUAGES as DOCUMENT_LANGUAGES
from notebook.export.wording import NAMES as LANGUAGE_NAMES
from notebook.model import Evidence, Interview, Person
from notebook.progress import Progress

from .background import POLL_MS, BackgroundJob, ByteProgressDialog, JobProgressDialog, data_size
from .core_words import core_message, write_failure_reason
from .language import sorted_by_name
from .privacy import ask_for_paths
from .record_form import PROBLEM_TEXT_STYLE, DateEdit
from .session import Session

CSV = "chronology-csv"  # the chronology as a table: not a Word profile, so not in PROFILES
BUNDLE = "evidence-bundle"  # a signed BagIt .zip of documents and exhibits: not in PROFILES
# Every choice of the dialog, in the order offered, with a neutral file name to propose:
# nothing of the case goes into it, so it says nothing if the file is found.
FILE_NAMES = {
    "witness": "witness-statement.docx",
    "chronology": "chronology.docx",
    CSV: "chronology.csv",
    "urgent-appeal": "urgent-appeal.docx",
    "interview": "interview-record.docx",
    "exhibits": "schedule-of-exhibits.docx",
    BUNDLE: "evidence-bundle.zip",
}
DATED = ("witness", "urgent-appeal")  # the documents that print the date they are signed on
# The steps of an export, as `Progress.done`: the bar stands at the step under way.
READING, BUILDING, WRITING = range(3)
# Custom roles of the exhibit list's items.
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole  # the evidence record's id
PROTECTED_ROLE = Qt.ItemDataRole.UserRole + 1  # True if the file identifies a protected person
NAME_ROLE = Qt.ItemDataRole.UserRole + 2  # its mark and title: "KR/2 Photograph"
LABEL_ROLE = Qt.ItemDataRole.UserRole + 3  # the item's words before any "withheld" note


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
        super().__init__(Progress(WRITING + 1), parent=parent, poll_ms=poll_ms)
        self._notebook = notebook
        self._case_id = case_id
        self._profile = profile
        self._options = options
        self.path = Path(path)

    def work(self) -> str:
        progress = self.progress
        progress.advance(READING)
        facts = gather(
            self._notebook,
            self._case_id,
            redact=self._options.redact,
            language=self._options.language,
            progress=progress,
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
        if isinstance(error, WriteFailed | OSError):
            reason = write_failure_reason(error)
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
            return self.tr("The document was not made: {0}").format(core_message(error))
        return self.tr("The document was not made because of an unexpected error.")


class BundleJob(BackgroundJob):
    """Writes one evidence bundle with the core's `build_bundle`, in a worker thread.

    Only `finished` (carrying the `BundleResult`) means a bundle was written.
    """

    thread_name = "bundle-export"

    def __init__(
        self,
        notebook: Notebook,
        case_id: str,
        options: BundleOptions,
        path: Path,
        *,
        parent: QObject | None = None,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(Progress(), parent=parent, poll_ms=poll_ms)
        self._notebook = notebook
        self._case_id = case_id
        self._options = options
        self.path = Path(path)

    def work(self) -> BundleResult:
        return build_bundle(
            self._notebook, self._case_id, self.path, self._options, progress=self.progress
        )

    def describe(self, error: BaseException) -> str:
        if isinstance(error, WriteFailed | OSError):
            reason = write_failure_reason(error)
            return self.tr("The bundle could not be written ({0}). Nothing was written.").format(
                reason
            )
        if isinstance(error, ConsentRefused):
            return self.tr(
                "The interview's consent does not allow this export. Nothing was written."
            )
        if isinstance(error, DamagedNotebook):
            return self.tr(
                "The case or one of its files could not be read: the notebook may be damaged. "
                "Nothing was written."
            )
        if isinstance(error, NotebookError):
            return self.tr("The bundle was not made: {0}").format(core_message(error))
        return self.tr("The bundle was not made because of an unexpected error.")


def running_exports() -> list[ExportJob | BundleJob]:
    return [*ExportJob.running, *BundleJob.running]


def stop_all_exports() -> None:
    """Cancel every running export and wait for it: call before the database closes."""
    ExportJob.stop_all()
    BundleJob.stop_all()


class ExportProgressDialog(JobProgressDialog):
    """Which step the export is at; Cancel stops it before the file is written."""

    def __init__(self, job: ExportJob, parent: QWidget | None = None) -> None:
        super().__init__(job, parent)
        self._job: ExportJob
        self.setWindowTitle(self.tr("Exporting"))
        self.setRange(0, job.progress.total)
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


class BundleProgressDialog(ByteProgressDialog):
    """How many bytes of the bundle are written; Cancel stops it and leaves no file."""

    def __init__(
        self, job: BundleJob, parent: QWidget | None = None, *, language: str = "en"
    ) -> None:
        super().__init__(job, parent, language=language)
        self.setWindowTitle(self.tr("Making the evidence bundle"))
        self.refresh()

    def busy_text(self) -> str:
        return self.tr("Reading the case and making the documents…")

    def writing_text(self, done: str, total: str) -> str:
        return self.tr("Writing the bundle: {0} of {1}").format(done, total)

    def stopping_text(self) -> str:
        return self.tr("Stopping…")


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


def start_bundle(
    parent: QWidget,
    notebook: Notebook,
    case_id: str,
    options: BundleOptions,
    path: Path,
    *,
    language: str = "en",
) -> BundleJob | None:
    """Start writing one evidence bundle with a progress dialog; None if an export already
    runs. The notebook must be writable: the core logs a custody event for each exhibit."""
    if running_exports():
        return None
    job = BundleJob(notebook, case_id, options, path, parent=parent)
    BundleProgressDialog(job, parent, language=language).show()
    job.start()
    return job


def with_suffix(path: Path, suffix: str) -> Path:
    """`path` ending in `suffix`: added when the user typed a name without it."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


class DocumentExportDialog(QDialog):
    """Which document (or evidence bundle), for which case, with what details, and what the
    redaction will do.

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
        actor: str = "",
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._session = session
        self._language = language
        self._actor = actor  # who exports, for the custody log of a bundle's exhibits
        # (case id, redact, document language) → the case as gathered for the preview
        self._facts: dict[tuple[str, bool, str], CaseFacts] = {}
        self._redactor = Redactor.none()
        self._interviews: dict[str, Interview] = {}
        self._failure = ""  # why the case could not be read for the preview, if it could not
        self.job: ExportJob | BundleJob | None = None
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
            BUNDLE: self.tr("Evidence bundle (signed BagIt .zip)"),
        }
        for profile in FILE_NAMES:
            self.profile_box.addItem(names[profile], profile)
        self.witness_box = QComboBox()
        self.interview_box = QComboBox()
        # A long title or name must not push the bundle's and the preview's columns away.
        for combo in (self.case_box, self.profile_box, self.witness_box, self.interview_box):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(32)

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
        # The document's own language, apart from the interface's: a statement for an English
        # court stays English, a chronology for a Bishkek court may be in Russian or Kyrgyz.
        self.language_box = QComboBox()
        self.language_box.setToolTip(
            self.tr(
                "The language of the document's fixed wording, dates and labels; what the "
                "records say is printed as written."
            )
        )
        self.language_note = _note(
            self.tr("Only the languages the document's forum takes are offered.")
        )
        self._chosen_language = ""  # the language the user picked, kept while it is offered
        self.language_box.setAccessibleName(self.tr("Document language"))
        form.addRow(self.tr("Document language"), _stacked(self.language_box, self.language_note))
        form.addRow(self.tr("Interview"), self.interview_box)
        form.addRow(self.tr("Date of the document"), self.statement_date)
        form.addRow(self.tr("Prepared by"), self.prepared_by)
        form.addRow(self.tr("Author"), _stacked(self.author, self.author_note))
        # Their labels name the rows' holders, not the fields themselves.
        self.statement_date.line.setAccessibleName(self.tr("Date of the document"))
        self.address.setAccessibleName(self.tr("Witness's address"))
        self.author.setAccessibleName(self.tr("Author"))
        self.language_box.setAccessibleName(self.tr("Document language"))
        self.bundle_group = QGroupBox(self.tr("Evidence bundle"))
        self.statement_boxes = {
            "witness": QCheckBox(self.tr("Witness statement")),
            "urgent-appeal": QCheckBox(self.tr("Urgent appeal")),
            "interview": QCheckBox(self.tr("Interview record")),
        }
        assert tuple(self.statement_boxes) == STATEMENT_PROFILES
        self.exhibit_list = QListWidget()
        self.exhibit_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.exhibit_list.setWordWrap(True)
        self.exhibit_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.exhibit_list.setAccessibleName(self.tr("Exhibits to include"))
        bundle_layout = QVBoxLayout(self.bundle_group)
        bundle_layout.addWidget(
            _note(
                self.tr(
                    "The chronology and the schedule of exhibits are always included. Also include:"
                )
            )
        )
        for box in self.statement_boxes.values():
            bundle_layout.addWidget(box)
        bundle_layout.addWidget(_note(self.tr("Exhibits, as their files were stored:")))
        bundle_layout.addWidget(self.exhibit_list, 1)
        # Wide enough for an exhibit's title on two lines; the form on the left gives way.
        self.bundle_group.setMinimumWidth(340)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.statement_group)
        left.addStretch(1)
        middle = QVBoxLayout()
        middle.addWidget(self.bundle_group, 1)

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
        columns.addLayout(left, 1)
        columns.addLayout(middle, 1)
        columns.addLayout(right, 1)

        self.problem = QLabel()
        self.problem.setObjectName("exportProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_TEXT_STYLE)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # After a bundle: the key's fingerprint, to be read out to whoever receives it.
        self.fingerprint_note = QLabel(
            self.tr(
                "Signed with this notebook's key. Its fingerprint: read it to the recipient "
                "by phone so they can confirm the bundle is yours."
            )
        )
        self.fingerprint_note.setWordWrap(True)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("bundleFingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(fixed.pointSizeF() * 1.2)
        fixed.setBold(True)
        self.fingerprint.setFont(fixed)
        self.fingerprint_note.hide()
        self.fingerprint.hide()
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
        column.addWidget(self.fingerprint_note)
        column.addWidget(self.fingerprint)
        column.addWidget(self.buttons)
        self.resize(1240, 660)

        self.case_box.currentIndexChanged.connect(self._load_case)
        self.profile_box.currentIndexChanged.connect(self.refresh)
        self.language_box.activated.connect(self._language_chosen)
        self.interview_box.currentIndexChanged.connect(self.refresh)
        self.redact_box.clicked.connect(self._redaction_clicked)
        self.statement_date.line.textChanged.connect(self.refresh)
        for box in self.statement_boxes.values():
            box.toggled.connect(self.refresh)
        self.exhibit_list.itemChanged.connect(self.refresh)
        self._load_case()

    # -- what the user chose ----------------------------------------------------------------

    def case_id(self) -> str:
        return _chosen(self.case_box)

    def profile(self) -> str:
        return _chosen(self.profile_box)

    def statements(self) -> tuple[str, ...]:
        """The documents a bundle carries under data/statements/, as checked."""
        return tuple(name for name, box in self.statement_boxes.items() if box.isChecked())

    def chosen_exhibits(self) -> tuple[str, ...]:
        """The record ids of the exhibits checked for a bundle."""
        return tuple(item.data(RECORD_ID_ROLE) for item in self._checked_items())

    def _uses(self) -> set[str]:
        """The documents the chosen export makes that the dialog has choices for."""
        if self.profile() == BUNDLE:
            return set(self.statements())
        return {self.profile()}

    def options(self) -> ExportOptions:
        """The options as typed; raises InvalidInput for a date it cannot read."""
        uses = self._uses()
        witness = "witness" in uses
        dated = bool(uses & set(DATED))
        return ExportOptions(
            redact=self.redact_box.isChecked(),
            language=self.document_language(),
            witness_id=_chosen(self.witness_box) if witness else "",
            interview_id=_chosen(self.interview_box) if "interview" in uses else "",
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

    def document_language(self) -> str:
        """The language chosen for the document (one the chosen export is made in)."""
        return _chosen(self.language_box) or "en"

    def _offered_languages(self) -> tuple[str, ...]:
        profile = self.profile()
        if profile == BUNDLE:
            return bundle_languages(*self.statements())
        if profile == CSV:
            return profile_languages("chronology")
        return profile_languages(profile) if profile else ()

    def _offer_languages(self) -> None:
        """The languages the chosen export is made in; the one the user picked if it is among
        them, else the interface's, else the first."""
        offered = self._offered_languages()
        current = [self.language_box.itemData(row) for row in range(self.language_box.count())]
        if list(offered) != current:
            self.language_box.blockSignals(True)
            self.language_box.clear()
            for code in offered:
                self.language_box.addItem(LANGUAGE_NAMES.get(code, code), code)
            self.language_box.blockSignals(False)
        for wanted in (self._chosen_language, self._language, offered[0] if offered else ""):
            if wanted in offered:
                self.language_box.setCurrentIndex(self.language_box.findData(wanted))
                break
        self.language_box.setEnabled(len(offered) > 1)
        self.language_note.setVisible(0 < len(offered) < len(DOCUMENT_LANGUAGES))

    def _language_chosen(self) -> None:
        self._chosen_language = self.document_language()
        self.refresh()

    def bundle_options(self) -> BundleOptions:
        """The bundle as chosen; raises InvalidInput for a date it cannot read."""
        documents = self.options()
        return BundleOptions(
            redact=documents.redact,
            statements=self.statements(),
            exhibits=self.chosen_exhibits(),
            documents=documents,
            prepared_by=documents.prepared_by,
            actor=self._actor,
        )

    # -- the case, the preview and what may be exported -------------------------------------

    def _load_case(self) -> None:
        notebook = self._session.notebook
        case_id = self.case_id()
        self._redactor = Redactor.for_case(notebook, case_id) if case_id else Redactor.none()
        self.witness_box.clear()
        self.witness_box.addItem(self.tr("Leave blank for the lawyer"), "")
        people = notebook.records(case_id=case_id, kind="person") if case_id else []
        for person in sorted_by_name(people, lambda person: person.label, language=self._language):
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
        self.statement_boxes["interview"].setEnabled(bool(self._interviews))
        if not self._interviews:
            self.statement_boxes["interview"].setChecked(False)
        self._load_exhibits(case_id)
        self.refresh()

    def _load_exhibits(self, case_id: str) -> None:
        """The case's evidence with a stored file, each checked: a bundle carries all of them
        unless the user unchecks some."""
        notebook = self._session.notebook
        stored: list[tuple[Evidence, int]] = []
        for record in notebook.records(case_id=case_id, kind="evidence") if case_id else []:
            assert isinstance(record, Evidence)
            file = notebook.evidence_file(record.id)
            if file is not None:
                stored.append((record, file.size))
        stored.sort(key=lambda pair: (not pair[0].exhibit_ref, exhibit_key(pair[0].exhibit_ref)))
        locale = QLocale(self._language)
        self.exhibit_list.blockSignals(True)
        self.exhibit_list.clear()
        for record, size in stored:
            name = f"{record.exhibit_ref} {record.title}" if record.exhibit_ref else record.title
            item = QListWidgetItem()
            item.setData(RECORD_ID_ROLE, record.id)
            item.setData(PROTECTED_ROLE, record.identifies_protected)
            item.setData(NAME_ROLE, name)
            item.setData(LABEL_ROLE, self.tr("{0}, {1}").format(name, data_size(locale, size)))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.exhibit_list.addItem(item)
        self.exhibit_list.blockSignals(False)

    def _exhibit_items(self) -> list[QListWidgetItem]:
        return [self.exhibit_list.item(row) for row in range(self.exhibit_list.count())]

    def _checked_items(self) -> list[QListWidgetItem]:
        return [
            item for item in self._exhibit_items() if item.checkState() == Qt.CheckState.Checked
        ]

    def _label_exhibits(self) -> None:
        """Mark the exhibits a redacted bundle leaves out: no pseudonym fits in a photo."""
        redact = self.redact_box.isChecked()
        self.exhibit_list.blockSignals(True)  # words only: no check state changes here
        for item in self._exhibit_items():
            label = item.data(LABEL_ROLE)
            if redact and item.data(PROTECTED_ROLE):
                label = self.tr("{0} — withheld when redacted").format(label)
            item.setText(label)
        self.exhibit_list.blockSignals(False)

    def _interview_label(self, record: Interview, names: dict[str, str]) -> str:
        title = record.title or self.tr("Interview with {0}").format(
            names.get(record.interviewee_id, "?")
        )
        if not record.date:
            return title
        return self.tr("{0}, {1}").format(title, datetext.describe(record.date, self._language))

    def _case_facts(self) -> CaseFacts | None:
        key = (self.case_id(), self.redact_box.isChecked(), self.document_language())
        if key not in self._facts:
            try:
                self._facts[key] = gather(
                    self._session.notebook, key[0], redact=key[1], language=key[2]
                )
            except NotebookError as error:
                self._failure = self.tr("The case could not be read: {0}").format(
                    core_message(error)
                )
                return None
        self._failure = ""
        return self._facts[key]

    def refresh(self) -> None:
        """Enable what the profile uses, rebuild the preview, and say why Export is off."""
        profile = self.profile()
        bundle = profile == BUNDLE
        uses = self._uses()
        dated = bool(uses & set(DATED))
        busy = self.job is not None and self.job.is_running
        self.statement_group.setEnabled("witness" in uses)
        self.interview_box.setEnabled("interview" in uses)
        self.prepared_by.setEnabled(profile in ("urgent-appeal", BUNDLE))
        self.statement_date.setEnabled(dated)
        self.bundle_group.setEnabled(bundle)
        self._label_exhibits()
        self._offer_languages()
        facts = self._case_facts() if self.case_id() else None
        problem = self._failure if self.case_id() else self.tr("Choose a case.")
        consent = ""
        if facts is not None and "interview" in uses:
            problem, consent = self._consent(facts)
        if not problem and dated and self.statement_date.property("unreadable"):
            problem = self.tr("The date of the document cannot be read.")
        if not problem and bundle and self.exhibit_list.count() and not self._checked_items():
            # The core reads "no exhibit chosen" as "every exhibit": say so rather than guess.
            problem = self.tr("Check at least one exhibit to include.")
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
            if not facts.redacted and record.consent.allows_sharing(redacted=True):
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
        exhibits = self._withheld_exhibits() if facts.redacted else []
        for label in exhibits:
            self._line(self.tr("{0}: it identifies a protected person").format(label))
        if not facts.withheld and not exhibits:
            self._line(self.tr("Nothing is withheld."))
        if consent:
            self._heading(self.tr("Interview"))
            self._line(consent)

    def _withheld_exhibits(self) -> list[str]:
        """The exhibits checked for a bundle that redaction will leave out, as listed."""
        if self.profile() != BUNDLE:
            return []
        checked = self._checked_items()
        return [item.data(NAME_ROLE) for item in checked if item.data(PROTECTED_ROLE)]

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
            self.problem.setText(core_message(problem))
            self.problem.show()
            return
        profile = self.profile()
        bundle_options = self.bundle_options() if profile == BUNDLE else None
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
        notebook = self._session.notebook
        job: ExportJob | BundleJob | None
        if bundle_options is not None:
            job = start_bundle(
                self, notebook, self.case_id(), bundle_options, path, language=self._language
            )
        else:
            job = start_export(self, notebook, self.case_id(), profile, options, path)
        if job is None:
            self.status.setText(self.tr("Another export is still running."))
            return
        self.job = job
        self.status.clear()
        self.fingerprint_note.hide()
        self.fingerprint.hide()
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

    def _written(self, written: str | BundleResult) -> None:
        if isinstance(written, BundleResult):
            self._bundle_written(written)
        else:
            self.status.setText(self.tr("Written: {0}").format(written))
        self.refresh()

    def _bundle_written(self, result: BundleResult) -> None:
        locale = QLocale(self._language)
        self.status.setText(
            self.tr("Written: {0}").format(result.path)
            + "\n"
            + self.tr("Bag {0}: {1} files, {2} ({3} bytes).").format(
                result.bag,
                locale.toString(result.payload_files),
                data_size(locale, result.payload_bytes),
                locale.toString(result.payload_bytes),
            )
        )
        self.fingerprint.setText(result.fingerprint)
        self.fingerprint_note.show()
        self.fingerprint.show()

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
