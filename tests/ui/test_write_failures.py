"""A full or failing disk, as the desktop tells it: the file named, the system's reason in
the interface's language, and that nothing was written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from notebook import Notebook, WriteFailed, writes
from notebook.export.bundle import BundleOptions
from notebook.export.profiles import ExportOptions
from ui import language
from ui.backup_dialog import BackupJob
from ui.core_words import core_message
from ui.export_dialog import BundleJob, ExportJob

FULL = WriteFailed(writes.OUTPUT_FILE, writes.NO_SPACE)


@pytest.fixture
def russian(qapp: QApplication):
    language.install(qapp, "ru")
    yield
    language.install(qapp, "en")


def test_a_full_disk_during_an_export_names_the_file_and_the_reason(
    qapp, notebook: Notebook, tmp_path: Path
) -> None:
    job = ExportJob(notebook, "case", "witness", ExportOptions(), tmp_path / "out.docx")
    assert job.describe(FULL) == (
        "The file could not be written (no space left on the disk). Nothing was written."
    )
    bundle = BundleJob(notebook, "case", BundleOptions(), tmp_path / "out.zip")
    assert bundle.describe(WriteFailed(writes.BUNDLE_FILE, writes.DISK_ERROR)) == (
        "The bundle could not be written (the disk reported an error). Nothing was written."
    )
    backup = BackupJob(notebook, tmp_path / "case.cnbackup")
    assert backup.describe(WriteFailed(writes.BACKUP_FILE, writes.READ_ONLY)) == (
        "The backup could not be written (the disk is read-only). Nothing was written."
    )


def test_the_reason_and_the_whole_core_message_are_in_the_interface_language(
    notebook: Notebook, tmp_path: Path, russian: None
) -> None:
    job = BackupJob(notebook, tmp_path / "case.cnbackup")
    told = job.describe(WriteFailed(writes.BACKUP_FILE, writes.NO_SPACE))
    assert "no space" not in told and "(" in told
    whole = core_message(WriteFailed(writes.EVIDENCE_COPY, writes.NO_SPACE))
    assert "could not be written" not in whole and "evidence" not in whole
