"""Adding evidence files in the background: many at once, progress, cancel, drops and locking."""

from __future__ import annotations

import hashlib
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtWidgets import QPushButton

from notebook import Notebook
from notebook.evidence import PART_SUFFIX
from notebook.model import Case
from notebook.progress import Progress
from tests.conftest import PASSPHRASE
from ui.evidence_import import (
    ImportJob,
    ImportProgressDialog,
    files_from_drop,
    running_imports,
    stop_all_imports,
)
from ui.session import Session

BIG = 64 * 1024 * 1024


@pytest.fixture
def session(notebook: Notebook) -> Session:
    opened = Session()
    opened.adopt(notebook)
    return opened


@pytest.fixture
def case_id(notebook: Notebook) -> str:
    return notebook.add(Case(title="Case")).id


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def hold_after_first_chunk(monkeypatch, notebook: Notebook, name: str) -> threading.Event:
    """Hold the import of file `name` after its first chunk until released or cancelled, so
    the test sees a mid-file tick however fast the machine is. Returns the release event."""
    release = threading.Event()
    original = notebook.import_evidence

    def importing(source, record, *, actor, progress=None):
        if Path(source).name != name:
            return original(source, record, actor=actor, progress=progress)

        class Held(Progress):
            held = False

            def advance(self, done: int) -> None:
                progress.advance(done)
                if not self.held:
                    self.held = True
                    while not release.is_set():
                        progress.check()
                        time.sleep(0.005)

            def check(self) -> None:
                progress.check()

        return original(source, record, actor=actor, progress=Held())

    monkeypatch.setattr(notebook, "import_evidence", importing)
    return release


def blobs(notebook: Notebook) -> list[Path]:
    return [p for p in notebook.vault.blob_folder.rglob("*") if p.is_file()]


def test_a_folder_and_a_file_are_stored_in_the_background_with_their_hashes(
    qtbot, notebook, case_id, tmp_path
):
    contents = {
        "first.txt": b"first statement",
        "photo.jpg": bytes(range(256)) * 5000,
        "notes.txt": "Свидетель".encode(),
    }
    write(tmp_path / "drop" / "first.txt", contents["first.txt"])
    write(tmp_path / "drop" / "inner" / "photo.jpg", contents["photo.jpg"])
    single = write(tmp_path / "notes.txt", contents["notes.txt"])
    job = ImportJob(notebook, case_id, [tmp_path / "drop", single], actor="tester")

    with qtbot.waitSignal(job.finished, timeout=20_000) as finished:
        job.start()

    new_ids = finished.args[0]
    assert len(new_ids) == 3
    for record_id in new_ids:
        info = notebook.evidence_file(record_id)
        assert info.sha256 == hashlib.sha256(contents[info.original_name]).hexdigest()
        assert notebook.get(record_id).title == info.original_name
        assert notebook.get(record_id).case_id == case_id
        assert [event.event for event in notebook.custody(record_id)] == ["intake"]
    assert not job.is_running
    assert running_imports() == []


def test_cancelling_mid_file_keeps_finished_files_and_leaves_no_half_item(
    qtbot, monkeypatch, notebook, case_id, tmp_path
):
    write(tmp_path / "a.txt", b"a" * 1000)
    write(tmp_path / "b.txt", b"b" * 2000)
    write(tmp_path / "c.bin", b"\0" * BIG)
    hold_after_first_chunk(monkeypatch, notebook, "c.bin")
    job = ImportJob(
        notebook, case_id, [tmp_path / n for n in ("a.txt", "b.txt", "c.bin")], actor="tester"
    )
    finished: list = []
    job.finished.connect(finished.append)

    with qtbot.waitSignal(job.cancelled, timeout=20_000):
        job.start()
        qtbot.waitUntil(
            lambda: job.progress.current_name == "c.bin" and job.progress.done > 3000,
            timeout=20_000,
        )
        job.cancel()

    assert finished == []
    evidence = notebook.records(case_id=case_id, kind="evidence")
    assert sorted(r.title for r in evidence) == ["a.txt", "b.txt"]
    assert len(job.new_ids) == 2
    assert len(blobs(notebook)) == 2
    assert not [p for p in blobs(notebook) if p.name.endswith(PART_SUFFIX)]


def test_the_progress_dialog_names_the_file_and_advances_to_the_end(
    qtbot, monkeypatch, notebook, case_id, tmp_path
):
    write(tmp_path / "small.txt", b"s" * 1000)
    write(tmp_path / "large.bin", b"\1" * (8 * 1024 * 1024))
    release = hold_after_first_chunk(monkeypatch, notebook, "large.bin")
    job = ImportJob(notebook, case_id, [tmp_path / "small.txt", tmp_path / "large.bin"], actor="t")
    dialog = ImportProgressDialog(job)
    qtbot.addWidget(dialog)
    dialog.show()

    with qtbot.waitSignal(job.finished, timeout=20_000):
        job.start()
        qtbot.waitUntil(lambda: 0 < dialog.value() < dialog.maximum(), timeout=20_000)
        assert "large.bin" in dialog.labelText()
        assert "2 of 2" in dialog.labelText()
        release.set()

    assert job.progress.fraction == 1.0
    assert not dialog.isVisible()


@pytest.mark.parametrize("how", ["cancel button", "window closes its dialogs"])
def test_the_progress_dialog_stops_the_job(qtbot, monkeypatch, notebook, case_id, tmp_path, how):
    write(tmp_path / "large.bin", b"\1" * (8 * 1024 * 1024))
    hold_after_first_chunk(monkeypatch, notebook, "large.bin")
    job = ImportJob(notebook, case_id, [tmp_path / "large.bin"], actor="t")
    dialog = ImportProgressDialog(job)
    qtbot.addWidget(dialog)
    dialog.show()

    with qtbot.waitSignal(job.cancelled, timeout=20_000):
        job.start()
        qtbot.waitUntil(lambda: dialog.value() > 0, timeout=20_000)
        if how == "cancel button":
            qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        else:
            dialog.reject()

    assert notebook.records(kind="evidence") == []


def test_locking_cancels_a_running_import_and_waits_before_the_database_closes(
    qtbot, monkeypatch, notebook, session, case_id, tmp_path
):
    write(tmp_path / "a.txt", b"kept")
    write(tmp_path / "c.bin", b"\0" * BIG)
    hold_after_first_chunk(monkeypatch, notebook, "c.bin")
    job = ImportJob(notebook, case_id, [tmp_path / "a.txt", tmp_path / "c.bin"], actor="t")
    job.start()
    qtbot.waitUntil(lambda: job.progress.current_name == "c.bin", timeout=20_000)

    with qtbot.waitSignal(job.cancelled, timeout=1_000):
        stop_all_imports()
    assert not job.is_running
    session.lock()

    with Notebook.open(notebook.vault.folder, PASSPHRASE) as reopened:
        assert [r.title for r in reopened.records(kind="evidence")] == ["a.txt"]
        assert len(blobs(reopened)) == 1


def test_a_missing_file_fails_with_a_sentence_before_anything_is_added(
    qtbot, notebook, case_id, tmp_path
):
    write(tmp_path / "a.txt", b"not added")
    job = ImportJob(notebook, case_id, [tmp_path / "a.txt", tmp_path / "gone.txt"], actor="t")

    with qtbot.waitSignal(job.failed, timeout=20_000) as failed:
        job.start()

    assert "gone.txt" in failed.args[0]
    assert notebook.records(kind="evidence") == []


def test_a_file_that_cannot_be_read_midway_fails_and_keeps_earlier_files(
    qtbot, monkeypatch, notebook, case_id, tmp_path
):
    write(tmp_path / "a.txt", b"kept")
    write(tmp_path / "b.txt", b"locked by another program")
    original = notebook.import_evidence

    def importing(source, record, **options):
        if Path(source).name == "b.txt":
            raise PermissionError(13, "Permission denied")
        return original(source, record, **options)

    monkeypatch.setattr(notebook, "import_evidence", importing)
    job = ImportJob(notebook, case_id, [tmp_path / "a.txt", tmp_path / "b.txt"], actor="t")

    with qtbot.waitSignal(job.failed, timeout=20_000) as failed:
        job.start()

    assert "b.txt" in failed.args[0]
    assert [r.title for r in notebook.records(kind="evidence")] == ["a.txt"]
    assert job.new_ids == [notebook.records(kind="evidence")[0].id]


def test_a_drop_gives_local_files_and_folders_and_ignores_web_links(tmp_path):
    file = write(tmp_path / "photo.jpg", b"x")
    folder = tmp_path / "folder"
    folder.mkdir()
    mime = QMimeData()
    mime.setUrls(
        [
            QUrl.fromLocalFile(str(file)),
            QUrl.fromLocalFile(str(folder)),
            QUrl("https://example.org/photo.jpg"),
            QUrl("http://example.org/"),
            QUrl.fromLocalFile(str(tmp_path / "missing.jpg")),
            QUrl.fromLocalFile(str(file)),
        ]
    )

    assert files_from_drop(mime) == [file, folder]


def test_a_drop_without_urls_gives_nothing():
    mime = QMimeData()
    mime.setText("/etc/passwd")
    assert files_from_drop(mime) == []
