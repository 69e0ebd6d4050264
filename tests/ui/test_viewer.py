"""The evidence viewer: decrypts into memory only, and opens elsewhere only after a warning."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QSize, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage, QPainter, QPdfWriter
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QMessageBox

from notebook import Notebook
from notebook.model import Case, Evidence
from ui import viewer as viewer_module
from ui.session import Session
from ui.viewer import EvidenceViewer

CYRILLIC = "Свидетель показал, что его задержали 10 июня.\nВторая строка."


@pytest.fixture
def session(notebook: Notebook) -> Session:
    opened = Session()
    opened.adopt(notebook)
    return opened


@pytest.fixture
def add_file(notebook: Notebook, tmp_path: Path):
    case_id = notebook.add(Case(title="Case")).id
    sources = tmp_path / "sources"
    sources.mkdir()

    def add(name: str, data: bytes) -> str:
        source = sources / name
        source.write_bytes(data)
        record = Evidence(case_id=case_id, title=name)
        return notebook.import_evidence(source, record, actor="intake").id

    return add


def png_bytes(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("darkred"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(buffer.data())


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def open_viewer(qtbot, session: Session, record_id: str) -> EvidenceViewer:
    viewer = EvidenceViewer(None, session, record_id, actor="reviewer")
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    return viewer


def test_an_image_is_shown_at_its_own_size_when_it_fits(qtbot, session, add_file):
    record_id = add_file("photo.png", png_bytes(40, 30))
    viewer = open_viewer(qtbot, session, record_id)

    assert viewer.pages.currentWidget() is viewer.image_scroll
    assert viewer.image_label.pixmap().size() == QSize(40, 30)
    assert viewer.windowTitle() == "Evidence viewer"


def test_a_large_image_is_fitted_to_the_window_unless_asked_not_to(qtbot, session, add_file):
    record_id = add_file("large.png", png_bytes(3000, 2000))
    viewer = open_viewer(qtbot, session, record_id)

    room = viewer.image_scroll.viewport().size()
    fitted = viewer.image_label.pixmap().size()
    assert fitted.width() <= room.width() and fitted.height() <= room.height()
    viewer.fit_box.setChecked(False)
    assert viewer.image_label.pixmap().size() == QSize(3000, 2000)


def test_cyrillic_text_is_shown_read_only(qtbot, session, add_file):
    record_id = add_file("statement.txt", CYRILLIC.encode("utf-8"))
    viewer = open_viewer(qtbot, session, record_id)

    assert viewer.pages.currentWidget() is viewer.text_view
    assert viewer.text_view.toPlainText() == CYRILLIC
    assert viewer.text_view.isReadOnly()


def test_text_that_is_not_utf8_falls_back_to_latin1(qtbot, session, add_file):
    record_id = add_file("old.txt", "café déjà".encode("latin-1"))
    viewer = open_viewer(qtbot, session, record_id)

    assert viewer.text_view.toPlainText() == "café déjà"


def test_viewing_is_recorded_as_a_view_in_the_custody_log(qtbot, session, notebook, add_file):
    record_id = add_file("statement.txt", b"hello")
    open_viewer(qtbot, session, record_id)

    events = notebook.custody(record_id)
    assert [e.event for e in events] == ["intake", "view"]
    assert events[-1].actor == "reviewer"


def test_viewing_writes_no_file_anywhere(qtbot, monkeypatch, session, notebook, add_file, tmp_path):
    record_id = add_file("photo.png", png_bytes(64, 64))
    text_id = add_file("statement.txt", CYRILLIC.encode())
    empty_tmp = tmp_path / "tmp"
    empty_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(empty_tmp))
    monkeypatch.setenv("TEMP", str(empty_tmp))
    monkeypatch.setenv("TMP", str(empty_tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    before = files_under(tmp_path)

    for viewed in (record_id, text_id):
        open_viewer(qtbot, session, viewed).close()

    assert list(empty_tmp.iterdir()) == []
    assert files_under(tmp_path) == before


def test_closing_the_viewer_drops_the_decrypted_bytes(qtbot, session, add_file):
    image_viewer = open_viewer(qtbot, session, add_file("photo.png", png_bytes(40, 30)))
    text_viewer = open_viewer(qtbot, session, add_file("statement.txt", CYRILLIC.encode()))

    image_viewer.reject()
    text_viewer.close()

    assert not image_viewer.holds_content
    assert image_viewer.image_label.pixmap().isNull()
    assert not text_viewer.holds_content
    assert text_viewer.text_view.toPlainText() == ""


def pdf_bytes(pages: int) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    for page in range(pages):
        if page:
            writer.newPage()
        painter.drawText(200, 200, f"Charge sheet, page {page + 1}")
    painter.end()
    return bytes(buffer.data())


def test_a_pdf_is_shown_page_by_page_from_memory(qtbot, monkeypatch, session, add_file, tmp_path):
    assert viewer_module.pdf_available()  # PySide6-Pdf is a dependency
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    viewer = open_viewer(qtbot, session, add_file("charge sheet.pdf", pdf_bytes(3)))
    views = viewer.findChildren(QPdfView)
    assert len(views) == 1
    assert views[0].document().pageCount() == 3
    assert files_under(tmp_path / "tmp") == set()


def test_other_files_show_their_details_only(qtbot, session, add_file):
    viewer = open_viewer(qtbot, session, add_file("recording.bin", b"\0\1\2"))

    assert viewer.pages.currentWidget() is viewer.details
    assert viewer.open_button.isVisible()


class Recorder:
    def __init__(self, answer=None):
        self.calls: list[tuple] = []
        self.answer = answer

    def __call__(self, *args, **kwargs):
        self.calls.append(args)
        return self.answer


def patch_outside_world(monkeypatch, *, warning_answer, chosen: Path):
    warning = Recorder(warning_answer)
    save = Recorder([str(chosen)])
    open_url = Recorder(True)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "question", Recorder(warning_answer))
    monkeypatch.setattr(viewer_module, "ask_for_paths", save)
    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return warning, save, open_url


def test_open_elsewhere_does_nothing_unless_the_warning_is_accepted(
    qtbot, monkeypatch, session, notebook, add_file, tmp_path
):
    record_id = add_file("statement.txt", CYRILLIC.encode())
    viewer = open_viewer(qtbot, session, record_id)
    chosen = tmp_path / "out" / "statement.txt"
    chosen.parent.mkdir()
    warning, save, open_url = patch_outside_world(
        monkeypatch, warning_answer=QMessageBox.StandardButton.No, chosen=chosen
    )

    viewer.open_elsewhere()

    assert len(warning.calls) == 1
    assert "plaintext" in warning.calls[0][2]
    assert save.calls == [] and open_url.calls == []
    assert not chosen.exists()
    assert "export" not in [e.event for e in notebook.custody(record_id)]


def test_open_elsewhere_after_the_warning_writes_the_chosen_file_and_opens_it(
    qtbot, monkeypatch, session, notebook, add_file, tmp_path
):
    record_id = add_file("statement.txt", CYRILLIC.encode())
    viewer = open_viewer(qtbot, session, record_id)
    chosen = tmp_path / "out" / "statement.txt"
    chosen.parent.mkdir()
    _warning, save, open_url = patch_outside_world(
        monkeypatch, warning_answer=QMessageBox.StandardButton.Yes, chosen=chosen
    )

    viewer.open_elsewhere()

    assert chosen.read_bytes() == CYRILLIC.encode()
    assert len(save.calls) == 1  # through ask_for_paths: Qt's own dialog, no history kept
    assert open_url.calls == [(QUrl.fromLocalFile(str(chosen)),)]
    assert notebook.custody(record_id)[-1].event == "export"
