"""A whole desktop session leaves no content outside the notebook folder."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import uuid

from tests.leaks import LEAK_SCAN, REPOSITORY, leaks

SESSION = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from notebook.crypto import WEAK_KDF_FOR_TESTS
    from notebook.model import Case, Incident, Person
    from ui import privacy
    from ui.app import build_window
    from ui.session import Session

    notebook_folder, canary = Path(sys.argv[1]), sys.argv[2]
    privacy.use_private_qt_settings(privacy.private_settings_folder())
    app = QApplication([])
    session = Session(None, kdf_options={"kdf": WEAK_KDF_FOR_TESTS,
                                         "allow_weak_kdf_for_tests": True})
    window = build_window(session, default_folder=notebook_folder)
    window.show()
    session.create(notebook_folder, "correct horse battery staple")
    notebook = session.notebook
    case = notebook.add(Case(title="Case " + canary))
    person = notebook.add(Person(case_id=case.id, name="Witness " + canary))
    notebook.add(Incident(case_id=case.id, title="Raid " + canary, date="2019-06-10",
                          description="Described " + canary))
    window.workspace.reload()
    app.processEvents()
    window.search_field.setText(canary)
    app.processEvents()
    window.clipboard_guard.copy("Copied " + canary)
    QSettings().setValue("window/geometry", window.saveGeometry())
    window.lock()
    app.processEvents()
    window.close()
    app.quit()
    print("session done")
    """
)


def test_a_desktop_session_writes_no_content_outside_the_notebook(tmp_path):
    home, config, data, cache, state, runtime, temporary = (
        tmp_path / name for name in ("home", "config", "data", "cache", "state", "run", "tmp")
    )
    for folder in (home, config, data, cache, state, runtime, temporary):
        folder.mkdir(mode=0o700)
    notebook_folder = tmp_path / "elsewhere" / "case.casenotebook"
    canary = "Канарейка" + uuid.uuid4().hex
    environment = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(config),
        "XDG_DATA_HOME": str(data),
        "XDG_CACHE_HOME": str(cache),
        "XDG_STATE_HOME": str(state),
        "XDG_RUNTIME_DIR": str(runtime),
        "TMPDIR": str(temporary),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPOSITORY),
    }
    script = tmp_path / "session.py"
    script.write_text(SESSION, encoding="utf-8")
    finished = subprocess.run(
        [sys.executable, str(script), str(notebook_folder), canary],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert finished.returncode == 0, finished.stderr
    assert "session done" in finished.stdout
    assert canary not in finished.stdout + finished.stderr
    # The session did write where it should: the notebook exists, Qt's settings went private.
    assert (notebook_folder / "notebook.json").is_file()
    for folder in (home, config, data, cache, state, runtime, temporary, notebook_folder):
        assert leaks(folder, [canary]) == []
        if LEAK_SCAN.is_file():
            scan = subprocess.run(
                [sys.executable, str(LEAK_SCAN), str(folder), canary],
                capture_output=True,
                text=True,
            )
            assert scan.returncode == 0, scan.stdout
    # The scan itself can see a canary: plant one and look.
    (temporary / "planted").write_text("x " + canary, encoding="utf-16-le")
    assert leaks(temporary, [canary]) != []
