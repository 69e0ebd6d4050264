"""Viewing an evidence file decrypted into memory only; opening it elsewhere only after a warning.

Nothing here writes a file, temporary or not, except "Open in another program…", which
the user must confirm after being told that it leaves a plaintext copy on the disk.
"""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from notebook import InvalidInput, NotebookError, datetext
from notebook.evidence import EvidenceFile
from ui.core_words import core_message
from ui.language import locale
from ui.privacy import ask_for_paths

try:  # QtPdf comes in its own wheel (PySide6-Pdf), a dependency; be robust without it.
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:
    QPdfDocument = None
    QPdfView = None

TEXT_TYPES = ("application/json", "application/xml", "application/x-yaml", "application/csv")


def pdf_available() -> bool:
    return QPdfDocument is not None and QPdfView is not None


def decode_text(data: bytes) -> str:
    """UTF-8 if it is, else Latin-1 (which decodes any bytes)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def kind_of(info: EvidenceFile) -> str:
    """image, text, pdf or other: how the viewer shows a file, from its recorded media type."""
    media = info.media_type
    if media.startswith("image/"):
        return "image"
    if media.startswith("text/") or media in TEXT_TYPES:
        return "text"
    if media == "application/pdf":
        return "pdf"
    return "other"


def _in_words(stamp: str) -> str:
    """A stored UTC time ("2019-06-10T14:30:05.123456Z") in the interface's language."""
    try:
        return datetext.describe(stamp[:19] + "Z", locale().name())
    except InvalidInput:
        return stamp


class EvidenceViewer(QDialog):
    """Decrypts one evidence item into a buffer (logging a "view") and shows it."""

    def __init__(
        self,
        parent: QWidget | None,
        session,
        record_id: str,
        *,
        actor: str,
        purpose: str = "viewed",
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._record_id = record_id
        self._actor = actor
        self._buffer: io.BytesIO | None = io.BytesIO()
        self._image: QImage | None = None
        self._pdf_buffer: QBuffer | None = None
        self._pdf_document = None
        # The title is generic on purpose: a window title reaches task bars and screen sharing.
        self.setWindowTitle(self.tr("Evidence viewer"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(900, 700)

        self.info: EvidenceFile = session.notebook.read_evidence(
            record_id, self._buffer, actor=actor, purpose=purpose
        )
        self.kind = kind_of(self.info)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_scroll = QScrollArea()
        self.image_scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_scroll.setWidget(self.image_label)
        self.fit_box = QCheckBox(self.tr("Fit to window"))
        self.fit_box.setChecked(True)
        self.fit_box.toggled.connect(self._show_image)
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.addRow(self.tr("File name:"), QLabel(self.info.original_name))
        form.addRow(self.tr("Type:"), QLabel(self.info.media_type))
        size = locale().toString(self.info.size)  # "1 234 567" in the interface's language
        form.addRow(self.tr("Size:"), QLabel(self.tr("{0} bytes").format(size)))
        form.addRow(self.tr("SHA-256:"), _selectable(self.info.sha256))
        form.addRow(self.tr("Added:"), QLabel(_in_words(self.info.imported_at)))
        self.pages = QStackedWidget()
        for page in (self.image_scroll, self.text_view, self.details):
            self.pages.addWidget(page)

        self.open_button = QPushButton(self.tr("Open in another program…"))
        self.open_button.clicked.connect(self.open_elsewhere)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.fit_box)
        layout.addWidget(buttons)
        self._show_content()

    # -- showing ----------------------------------------------------------------------------

    def _data(self) -> bytes:
        return self._buffer.getvalue() if self._buffer is not None else b""

    def _show_content(self) -> None:
        self.message.hide()
        self.fit_box.hide()
        if self.kind == "image":
            image = QImage.fromData(self._data())
            if not image.isNull():
                self._image = image
                self.fit_box.show()
                self.pages.setCurrentWidget(self.image_scroll)
                self._show_image()
                return
            self._show_details(self.tr("This image could not be read."))
        elif self.kind == "text":
            self.text_view.setPlainText(decode_text(self._data()))
            self.pages.setCurrentWidget(self.text_view)
        elif self.kind == "pdf" and pdf_available():
            self._show_pdf()
        elif self.kind == "pdf":
            self._show_details(
                self.tr(
                    "PDF files cannot be shown here: this installation has no PDF viewer. "
                    "You may open it in another program."
                )
            )
        else:
            self._show_details(
                self.tr(
                    "Files of this type cannot be shown here. You may open it in another program."
                )
            )

    def _show_details(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()
        self.pages.setCurrentWidget(self.details)

    def _show_pdf(self) -> None:
        # The document reads from a QBuffer over the decrypted bytes: still only memory.
        self._pdf_buffer = QBuffer(self)
        self._pdf_buffer.setData(QByteArray(self._data()))
        self._pdf_buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._pdf_document = QPdfDocument(self)
        self._pdf_document.load(self._pdf_buffer)
        view = QPdfView(self)
        view.setDocument(self._pdf_document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pages.addWidget(view)
        self.pages.setCurrentWidget(view)

    def _show_image(self) -> None:
        if self._image is None:
            return
        pixmap = QPixmap.fromImage(self._image)
        if self.fit_box.isChecked():
            room = self.image_scroll.viewport().size()
            if pixmap.width() > room.width() or pixmap.height() > room.height():
                pixmap = pixmap.scaled(
                    room,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
        self.image_label.setPixmap(pixmap)
        self.image_label.resize(pixmap.size())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fit_box.isChecked():
            self._show_image()

    # -- outside the notebook ---------------------------------------------------------------

    def open_elsewhere(self) -> None:
        """Warn, and only on explicit confirmation write a plaintext copy where the user says."""
        answer = QMessageBox.warning(
            self,
            self.tr("Open in another program"),
            self.tr(
                "To open this file in another program, a decrypted copy must be written "
                "outside the notebook. That copy is not protected by your passphrase and "
                "stays on the disk until you delete it. Other programs, backups and cloud "
                "sync may copy it further.\n\nWrite a plaintext copy?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        paths = ask_for_paths(
            self,
            self.tr("Save a plaintext copy"),
            mode=QFileDialog.FileMode.AnyFile,
            accept=QFileDialog.AcceptMode.AcceptSave,
            start=str(Path.home() / self.info.original_name),
        )
        chosen = paths[0] if paths else ""
        if not chosen:
            return
        destination = Path(chosen)
        try:
            # The save dialog has already asked before replacing an existing file.
            self._session.notebook.export_evidence(
                self._record_id,
                destination,
                actor=self._actor,
                purpose="opened in another program",
                force=destination.exists(),
            )
        except (NotebookError, OSError) as error:
            QMessageBox.warning(
                self,
                self.tr("Open in another program"),
                self.tr("The copy could not be written: {0}").format(core_message(error)),
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(destination)))

    # -- forgetting -------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self.forget()
        super().done(result)

    def closeEvent(self, event) -> None:
        self.forget()
        super().closeEvent(event)

    def forget(self) -> None:
        """Drop every copy of the decrypted bytes this dialog holds (on close and on lock)."""
        self.image_label.clear()
        self._image = None
        self.text_view.clear()
        if self._pdf_document is not None:
            self._pdf_document.close()
            self._pdf_document = None
        if self._pdf_buffer is not None:
            self._pdf_buffer.close()
            self._pdf_buffer.setData(QByteArray())
            self._pdf_buffer = None
        if self._buffer is not None:
            # Overwrite before letting go: Python frees memory, it does not clear it.
            size = self._buffer.seek(0, io.SEEK_END)
            self._buffer.seek(0)
            self._buffer.write(bytes(size))
            self._buffer.close()
            self._buffer = None

    @property
    def holds_content(self) -> bool:
        return self._buffer is not None or self._image is not None


def _selectable(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
