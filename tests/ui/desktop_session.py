"""A whole desktop session, run as its own process by tests that watch what it leaves behind.

`python -m tests.ui.desktop_session NOTEBOOK INPUT EXPORTS BACKUPS`: creates the notebook, puts a
canary in every free-text field, imports evidence through the desktop's import job, browses
every section and the timeline, searches, edits a record in its editor, views evidence,
copies to the clipboard, exports a document, a bundle and a timeline picture to EXPORTS (the
only place plaintext may go), backs up to BACKUPS, locks, unlocks on the unlock page, and
quits. It writes the canaries to INPUT/canaries.json (beside the evidence sources, outside
every folder a test scans) and prints, last, the modules it had loaded.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from notebook.crypto import WEAK_KDF_FOR_TESTS
from notebook.export.bundle import BundleOptions
from notebook.export.profiles import ExportOptions
from notebook.hardening import disable_core_dumps
from notebook.timeline import MarkFilter
from tests.canaries import evidence_bytes, fill_every_field
from ui import privacy
from ui.app import build_window
from ui.backup_dialog import start_backup
from ui.editor import EditorDialog
from ui.evidence_import import start_import
from ui.export_dialog import start_bundle, start_export
from ui.sections import SECTIONS
from ui.session import Session
from ui.timeline_export import export_case_image
from ui.viewer import EvidenceViewer

PASSPHRASE = "correct horse battery staple"


def wait_for(app: QApplication, job, what: str) -> None:
    """Let the event loop run until a background job has ended; fail loudly if it failed."""
    assert job is not None, f"{what} did not start"
    outcome: list[object] = []
    job.finished.connect(lambda result: outcome.append(result))
    job.failed.connect(lambda message: outcome.append(RuntimeError(message)))
    deadline = time.monotonic() + 120
    while not outcome and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    assert outcome and not isinstance(outcome[0], Exception), f"{what}: {outcome}"


def main(notebook_folder: Path, sources: Path, exports: Path, backups: Path) -> None:
    disable_core_dumps()
    privacy.use_private_qt_settings(privacy.private_settings_folder())
    app = QApplication([])
    session = Session(
        None, kdf_options={"kdf": WEAK_KDF_FOR_TESTS, "allow_weak_kdf_for_tests": True}
    )
    window = build_window(session, default_folder=notebook_folder)
    window.show()
    session.create(notebook_folder, PASSPHRASE)
    notebook = session.notebook
    planted = fill_every_field(notebook, sources)
    case_id = notebook.cases()[0].id

    # Evidence through the desktop's own import, as a drop or the Add evidence button does.
    dropped = sources / f"{planted.plant('dropped file name')}.txt"
    dropped.write_bytes(evidence_bytes(planted, "dropped file content"))
    wait_for(app, start_import(window, session, case_id, [dropped], "defender"), "import")
    assert len(notebook.records(kind="evidence")) == len(planted.evidence_ids) + 1

    window.workspace.reload()
    for section in SECTIONS:
        window.workspace.show_section(case_id, section.key)
        app.processEvents()
    window.search_field.setText(planted.texts["Incident.title"].rsplit("-", 1)[1])
    app.processEvents()
    window.search_field.clear()

    incident = notebook.records(kind="incident")[0]
    window.edit_record(incident.id)
    editor = next(w for w in window.findChildren(EditorDialog) if w.isVisible())
    typed = planted.plant("place typed in the editor")
    editor.form.widget("place").setText(typed)
    editor.save()
    app.processEvents()
    assert notebook.get(incident.id).place == typed, "the editor did not save"

    for record_id in planted.evidence_ids:
        viewer = EvidenceViewer(window, session, record_id, actor="defender")
        viewer.show()
        app.processEvents()
        viewer.close()
    window.clipboard_guard.copy(planted.plant("copied"))
    app.processEvents()

    # The explicit exports: the one place plaintext may leave the notebook.
    options = ExportOptions(redact=False)
    statement = exports / "statement.docx"
    export = start_export(window, notebook, case_id, "chronology", options, statement)
    wait_for(app, export, "export")
    bundle = start_bundle(
        window, notebook, case_id, BundleOptions(redact=False), exports / "bundle.zip"
    )
    wait_for(app, bundle, "bundle")
    export_case_image(
        exports / "timeline.svg",
        notebook,
        case_id,
        MarkFilter(),
        lanes="type",
        language="en",
        width=800,
        height=400,
    )
    wait_for(app, start_backup(window, notebook, backups / "case.cnbackup"), "backup")

    QSettings().setValue("window/geometry", window.saveGeometry())
    window.lock()
    app.processEvents()
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    assert session.is_open, "the passphrase did not unlock the notebook again"
    window.lock()
    app.processEvents()
    window.close()
    app.quit()
    (sources / "canaries.json").write_text(json.dumps(planted.needles()), encoding="utf-8")
    print(json.dumps({"modules": sorted(sys.modules)}))


if __name__ == "__main__":
    main(*(Path(argument) for argument in sys.argv[1:5]))
