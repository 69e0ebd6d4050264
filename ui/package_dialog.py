"""Handing a case to another notebook: "Send case…" writes a package, "Receive case…" (or a
package dropped on the window) checks one, shows what it would change, and takes it in.

Both run the core in a `BackgroundJob` (ui/background.py) under a window-modal progress
dialog, so nothing else in the window uses the notebook meanwhile; the window's lock calls
`stop_all_packages()` before the notebook closes. Receiving is two passes over the file:
a dry run that checks everything and plans, shown to the user with the sender's
fingerprint, then, if they accept, the real one (which checks everything again: the file
may have changed in between).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from notebook import (
    DamagedPackage,
    InvalidInput,
    NotAddressedHere,
    Notebook,
    NotebookError,
    UnsupportedFormat,
    WriteFailed,
    WrongSender,
)
from notebook.identity import Identity, parse_contact_code
from notebook.package import SentPackage
from notebook.package_format import MAGIC
from notebook.package_receive import ReceivedPackage
from notebook.progress import Progress

from .background import POLL_MS, BackgroundJob, ByteProgressDialog, data_size
from .core_words import core_message, write_failure_reason
from .privacy import ask_for_paths
from .record_form import field_titles
from .session import Session

# Proposed in the save dialog: says nothing of the case or of the recipient.
PACKAGE_FILE_NAME = "case-package.cnpkg"


def is_package(path: Path) -> bool:
    """Whether a dropped file starts as a case package does (else it is evidence)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


# -- jobs ---------------------------------------------------------------------------------------


class SendJob(BackgroundJob):
    thread_name = "send-case"

    def __init__(
        self,
        notebook: Notebook,
        case_id: str,
        recipient: Identity,
        path: Path,
        *,
        redact: bool,
        actor: str,
        parent: QObject | None = None,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(Progress(), parent=parent, poll_ms=poll_ms)
        self._arguments = (notebook, case_id, recipient, path, redact, actor)

    def work(self) -> SentPackage:
        notebook, case_id, recipient, path, redact, actor = self._arguments
        return notebook.send_case(
            case_id,
            recipient,
            path,
            actor=actor,
            redact=redact,
            force=path.is_file(),  # the file dialog has asked before replacing it
            progress=self.progress,
        )

    def describe(self, error: BaseException) -> str:
        if isinstance(error, WriteFailed | OSError):
            reason = write_failure_reason(error)
            return self.tr("The package could not be written ({0}). Nothing was written.").format(
                reason
            )
        if isinstance(error, NotebookError):
            return self.tr("The package was not made: {0}").format(core_message(error))
        return self.tr("The package was not made because of an unexpected error.")


@dataclass(frozen=True)
class ReceiveOptions:
    accept_new_sender: bool = False
    take_theirs: bool = False
    dry_run: bool = True


class ReceiveJob(BackgroundJob):
    thread_name = "receive-case"

    def __init__(
        self,
        notebook: Notebook,
        path: Path,
        options: ReceiveOptions,
        *,
        actor: str,
        parent: QObject | None = None,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(Progress(), parent=parent, poll_ms=poll_ms)
        self._notebook = notebook
        self.path = path
        self.options = options
        self._actor = actor
        # Set when the case is held here and this sender was never part of it: the user may
        # confirm the fingerprint and go on.
        self.refused_fingerprint = ""

    def work(self) -> ReceivedPackage:
        return self._notebook.receive_package(
            self.path,
            actor=self._actor,
            accept_new_sender=self.options.accept_new_sender,
            take_theirs=self.options.take_theirs,
            dry_run=self.options.dry_run,
            progress=self.progress,
        )

    def describe(self, error: BaseException) -> str:
        nothing = self.tr("Nothing was taken.")
        if isinstance(error, WrongSender):
            self.refused_fingerprint = str(error)
            return (
                self.tr(
                    "This case is already in the notebook, exchanged with other notebooks; "
                    "this package is signed by the notebook with fingerprint {0}."
                ).format(error)
                + " "
                + nothing
            )
        if isinstance(error, NotAddressedHere):
            return self.tr(
                "This package was made for another notebook. Ask the sender to send it to this "
                "notebook's contact code (Notebook ▸ Contact code…). Nothing was taken."
            )
        if isinstance(error, DamagedPackage):
            return self.tr(
                "The package is damaged or was altered on its way ({0}). Nothing was taken: ask "
                "the sender for it again."
            ).format(core_message(error))
        if isinstance(error, UnsupportedFormat):
            return self.tr("This file is not a case package, or was made by a newer version.")
        if isinstance(error, OSError):
            reason = error.strerror or type(error).__name__
            return self.tr("The package could not be read ({0}). Nothing was taken.").format(reason)
        if isinstance(error, InvalidInput | NotebookError):
            return self.tr("The package was not taken: {0}").format(core_message(error))
        return self.tr("The package was not taken because of an unexpected error.")


def stop_all_packages() -> None:
    """Cancel every package being written or received, and wait: call before the lock."""
    SendJob.stop_all()
    ReceiveJob.stop_all()


class PackageProgressDialog(ByteProgressDialog):
    def __init__(
        self, job: BackgroundJob, parent: QWidget | None, *, language: str, reading: bool
    ) -> None:
        super().__init__(job, parent, language=language)
        self._reading = reading
        self.setWindowTitle(self.tr("Case package"))
        self.refresh()

    def busy_text(self) -> str:
        return self.tr("Reading the case…") if not self._reading else self.tr("Opening…")

    def writing_text(self, done: str, total: str) -> str:
        if self._reading:
            return self.tr("Checking the package: {0} of {1}").format(done, total)
        return self.tr("Writing the package: {0} of {1}").format(done, total)

    def stopping_text(self) -> str:
        return self.tr("Stopping…")


def _fixed_font(*, bigger: int = 0, bold: bool = False) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(font.pointSize() + bigger)
    font.setBold(bold)
    return font


# -- sending ------------------------------------------------------------------------------------


class SendCaseDialog(QDialog):
    """The recipient's contact code, checked as it is typed, and whether to redact."""

    sent = Signal(object)  # SentPackage

    def __init__(
        self, parent: QWidget, session: Session, case_id: str, *, actor: str, language: str
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._case_id = case_id
        self._actor = actor
        self._language = language
        self.job: SendJob | None = None
        self.case_label = QLabel()
        self.case_label.setWordWrap(True)
        self.code_title = QLabel()
        self.code = QPlainTextEdit()
        self.code.setFont(_fixed_font())
        self.code.setMaximumHeight(80)
        self.code.setTabChangesFocus(True)
        self.code.textChanged.connect(self._check_code)
        self.code_title.setBuddy(self.code)
        self.fingerprint = QLabel()
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.redact = QCheckBox()
        self.redact.setChecked(True)
        self.redact.toggled.connect(self._explain_redaction)
        self.redaction_note = QLabel()
        self.redaction_note.setWordWrap(True)
        self.write_button = QPushButton()
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.choose_file_and_send)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.write_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        for widget in (
            self.case_label,
            self.code_title,
            self.code,
            self.fingerprint,
            self.redact,
            self.redaction_note,
        ):
            column.addWidget(widget)
        column.addStretch(1)
        column.addWidget(buttons)
        self.resize(640, 420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Send a case"))
        case = self._session.notebook.get(self._case_id)
        self.case_label.setText(self.tr("Case: {0}").format(case.label))
        self.code_title.setText(self.tr("The recipient's &contact code (it starts with cn1-):"))
        self.code.setAccessibleName(self.tr("The recipient's contact code"))
        self.redact.setText(self.tr("&Redact: protected people appear under their pseudonyms"))
        self.write_button.setText(self.tr("&Write the package…"))
        self._check_code()
        self._explain_redaction()

    def recipient(self) -> Identity | None:
        try:
            return parse_contact_code(self.code.toPlainText())
        except InvalidInput:
            return None

    def _check_code(self) -> None:
        text = self.code.toPlainText().strip()
        if not text:
            self.fingerprint.setText(
                self.tr(
                    "Paste the code the recipient gave you (Notebook ▸ Contact code… in theirs)."
                )
            )
            self.write_button.setEnabled(False)
            return
        try:
            identity = parse_contact_code(text)
        except InvalidInput as error:
            self.fingerprint.setText(
                self.tr("This is not a contact code: {0}.").format(core_message(error))
            )
            self.write_button.setEnabled(False)
            return
        if identity == self._session.notebook.identity():
            self.fingerprint.setText(self.tr("This is this notebook's own contact code."))
            self.write_button.setEnabled(False)
            return
        self.fingerprint.setText(
            self.tr(
                "Its fingerprint: <b><tt>{0}</tt></b><br>Ask the recipient to read theirs to "
                "you; send only if the two are the same."
            ).format(identity.fingerprint)
        )
        self.write_button.setEnabled(True)

    def _explain_redaction(self) -> None:
        if self.redact.isChecked():
            self.redaction_note.setText(
                self.tr(
                    "Evidence marked as showing a protected person, and interviews whose "
                    "consent does not allow sharing, are left out."
                )
            )
        else:
            self.redaction_note.setText(
                self.tr(
                    "<b>Not redacted:</b> protected people are named, with their contact "
                    "details, to whoever holds the recipient's notebook. Interviews go only "
                    "where consent allows sharing with names."
                )
            )

    def choose_file_and_send(self) -> None:
        recipient = self.recipient()
        if recipient is None or SendJob.running:
            return
        chosen = ask_for_paths(
            self,
            self.tr("Write the case package"),
            mode=QFileDialog.FileMode.AnyFile,
            accept=QFileDialog.AcceptMode.AcceptSave,
            start=str(Path.home() / PACKAGE_FILE_NAME),
        )
        if chosen and self._session.is_open:
            self.start(recipient, Path(chosen[0]))

    def start(self, recipient: Identity, path: Path) -> SendJob:
        """Write the package in the background (tests call this, skipping the file dialog)."""
        self.job = SendJob(
            self._session.notebook,
            self._case_id,
            recipient,
            path,
            redact=self.redact.isChecked(),
            actor=self._actor,
            parent=self,
        )
        PackageProgressDialog(self.job, self, language=self._language, reading=False).show()
        self.job.finished.connect(self._sent)
        self.job.failed.connect(self._failed)
        self.job.start()
        return self.job

    def _sent(self, sent: SentPackage) -> None:
        self.sent.emit(sent)
        self.accept()

    def _failed(self, message: str) -> None:
        self.fingerprint.setText(message)


def sent_summary(widget: QWidget, sent: SentPackage, language: str) -> str:
    """What to tell the sender once the package is written."""
    size = data_size(QLocale(language), sent.file_bytes)
    tr = widget.tr
    lines = [
        tr("The package is written: {0} ({1}), {2} records and {3} evidence files.").format(
            sent.path, size, sent.records, sent.evidence_files
        ),
        tr("Only the notebook with this fingerprint can open it:")
        + f"\n{sent.recipient_fingerprint}",
        tr("The recipient will see yours as:") + f"\n{sent.sender_fingerprint}",
        tr("Give them the file any way you like; read the fingerprints to each other."),
    ]
    if not sent.redacted:
        lines.append(tr("It is NOT redacted: protected people are named in it."))
    if sent.withheld:
        lines.append(
            tr("Left out:")
            + "\n"
            + "\n".join(f"• {item.label} ({item.reason})" for item in sent.withheld)
        )
    return "\n\n".join(lines)


# -- receiving ----------------------------------------------------------------------------------


class ReceiveDialog(QDialog):
    """Checks a package (a dry run), shows the sender's fingerprint and what would change, and
    takes it in when the user accepts."""

    received = Signal(object)  # ReceivedPackage, once applied

    def __init__(
        self, parent: QWidget, session: Session, path: Path, *, actor: str, language: str
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._path = Path(path)
        self._actor = actor
        self._language = language
        self._accept_new_sender = False
        self.job: ReceiveJob | None = None
        self.plan: ReceivedPackage | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.fingerprint = QLabel()
        self.fingerprint.setFont(_fixed_font(bigger=3, bold=True))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.changes = QTreeWidget()
        self.changes.setRootIsDecorated(False)
        self.changes.setColumnCount(3)
        self.take_theirs = QCheckBox()
        self.trust_button = QPushButton()
        self.trust_button.clicked.connect(self.trust_new_sender)
        self.receive_button = QPushButton()
        self.receive_button.setDefault(True)
        self.receive_button.clicked.connect(self.receive)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.trust_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.receive_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        for widget in (self.heading, self.fingerprint, self.summary, self.changes):
            column.addWidget(widget)
        column.addWidget(self.take_theirs)
        column.addWidget(self.buttons)
        self.resize(760, 560)
        self._show_state("checking")
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Receive a case"))
        self.changes.setHeaderLabels(
            [self.tr("Record"), self.tr("What happens"), self.tr("Fields")]
        )
        self.changes.setAccessibleName(self.tr("What the package changes"))
        self.take_theirs.setText(
            self.tr("Where both sides changed a record, take the &sender's version")
        )
        self.trust_button.setText(self.tr("I have confirmed the fingerprint: &continue"))
        self.receive_button.setText(self.tr("&Receive"))
        if self.plan is not None:
            self._show_plan(self.plan)

    def check(self) -> ReceiveJob:
        """The dry run: every chunk, file hash and the signature, and the plan."""
        return self._start(ReceiveOptions(accept_new_sender=self._accept_new_sender, dry_run=True))

    def receive(self) -> ReceiveJob | None:
        if self.plan is None:
            return None
        self._show_state("checking")
        return self._start(
            ReceiveOptions(
                accept_new_sender=self._accept_new_sender,
                take_theirs=self.take_theirs.isChecked(),
                dry_run=False,
            )
        )

    def trust_new_sender(self) -> None:
        self._accept_new_sender = True
        self._show_state("checking")
        self.check()

    def _start(self, options: ReceiveOptions) -> ReceiveJob:
        self.job = ReceiveJob(
            self._session.notebook, self._path, options, actor=self._actor, parent=self
        )
        PackageProgressDialog(self.job, self, language=self._language, reading=True).show()
        self.job.finished.connect(self._done)
        self.job.failed.connect(self._failed)
        self.job.start()
        return self.job

    def _done(self, report: ReceivedPackage) -> None:
        self.plan = report
        self._show_plan(report)
        if report.applied:
            self.received.emit(report)

    def _failed(self, message: str) -> None:
        self.plan = None
        self.heading.setText(message)
        self.fingerprint.clear()
        self.summary.clear()
        self.changes.clear()
        refused = self.job is not None and bool(self.job.refused_fingerprint)
        self._show_state("refused-sender" if refused and not self._accept_new_sender else "failed")

    def _show_state(self, state: str) -> None:
        self.receive_button.setVisible(state == "plan")
        self.take_theirs.setVisible(state == "plan")
        self.trust_button.setVisible(state == "refused-sender")
        self.changes.setVisible(state in ("plan", "done"))

    def _show_plan(self, report: ReceivedPackage) -> None:
        if report.applied:
            self.heading.setText(
                self.tr("Received. The package was made by the notebook with this fingerprint:")
            )
        else:
            self.heading.setText(
                self.tr(
                    "The package is whole and signed by the notebook with this fingerprint. "
                    "Confirm it with the sender (by telephone or in person) before relying on it:"
                )
            )
        self.fingerprint.setText(report.sender_fingerprint)
        self.summary.setText(self._summary(report))
        self.changes.clear()
        titles = field_titles()
        for change in report.changes:
            if change.outcome == "unchanged":
                continue
            fields = ", ".join(titles.get(name, name) for name in change.fields)
            item = QTreeWidgetItem([change.label, self._outcome_words(change.outcome), fields])
            item.setToolTip(0, change.label)
            self.changes.addTopLevelItem(item)
        for column in range(3):
            self.changes.resizeColumnToContents(column)
        self._show_state("done" if report.applied else "plan")
        self.take_theirs.setEnabled(bool(report.conflicts))

    def _summary(self, report: ReceivedPackage) -> str:
        lines = [
            (
                self.tr("Case: {0} (new in this notebook)")
                if report.new_case
                else self.tr("Case: {0} (already in this notebook)")
            ).format(report.case_label)
        ]
        if report.redacted:
            lines.append(
                self.tr("The sender redacted it: protected people appear under pseudonyms.")
            )
        counts = [
            self.tr("{0} new").format(report.count("new")),
            self.tr("{0} updated").format(report.count("updated")),
            self.tr("{0} unchanged").format(report.count("unchanged")),
        ]
        if report.conflicts:
            counts.append(self.tr("{0} changed on both sides").format(len(report.conflicts)))
        lines.append(self.tr("Records: {0}.").format(", ".join(counts)))
        if report.conflicts and not report.applied:
            lines.append(
                self.tr(
                    "Where both sides changed a record, your version is kept and the conflict "
                    "is reported again with every package until the two agree."
                )
            )
        if report.renamed_marks:
            lines.append(
                self.tr("Exhibit marks already used here were renumbered: {0}.").format(
                    ", ".join(f"{theirs} → {ours}" for theirs, ours in report.renamed_marks)
                )
            )
        if report.withheld:
            lines.append(
                self.tr("The sender left out: {0}.").format(
                    "; ".join(f"{item.label} ({item.reason})" for item in report.withheld)
                )
            )
        return "\n".join(lines)

    def _outcome_words(self, outcome: str) -> str:
        words = {
            "new": self.tr("new"),
            "updated": self.tr("updated with the sender's changes"),
            "kept-ours": self.tr("yours kept (only you changed it)"),
            "conflict": self.tr("changed on both sides: yours kept"),
            "took-theirs": self.tr("changed on both sides: the sender's taken"),
            "deleted-here": self.tr("deleted here: not brought back"),
            "not-in-package": self.tr("not in this package: kept here"),
        }
        return words.get(outcome, outcome)
