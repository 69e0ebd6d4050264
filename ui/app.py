"""Start the desktop program: a careful process first, then the application and its window."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import platformdirs
from PySide6.QtWidgets import QApplication

from notebook import NotebookError
from notebook.demo import DEMO_FOLDER_NAME, build_demo, demo_passphrase
from notebook.hardening import disable_core_dumps

from . import camouflage, language, privacy
from .backup_dialog import stop_all_backups
from .evidence_import import stop_all_imports
from .export_dialog import stop_all_exports
from .idle import IdleWatcher
from .main_window import MainWindow
from .session import Session


def demo_folder() -> Path:
    return Path(platformdirs.user_data_dir("CaseNotebook", appauthor=False)) / DEMO_FOLDER_NAME


def open_demo(session: Session) -> None:
    """Build the demo on first use; afterwards it is a notebook like any other, to unlock."""
    folder = demo_folder()
    if (folder / "notebook.json").is_file():
        session.path = folder
        return
    session.adopt(build_demo(folder))


def build_window(
    session: Session, *, default_folder: Path, idle_clock: Callable[[], float] = time.time
) -> MainWindow:
    """The window with its idle guard (the clock is the wall clock but for tests)."""
    try:
        passphrase = demo_passphrase()
    except (NotebookError, OSError, ValueError):
        passphrase = ""  # the welcome screen then simply does not show it
    window = MainWindow(
        session, default_folder=default_folder, demo_passphrase=passphrase, build_demo=open_demo
    )
    window.idle_watcher = IdleWatcher(window, clock=idle_clock)
    window.idle_watcher.idle.connect(window.lock)
    window.idle_watcher.session_locked.connect(window.lock)
    session.opened.connect(window.idle_watcher.reset)
    return window


def main(notebook_path: Path | None = None, argv: list[str] | None = None) -> int:
    """Run the program; `notebook_path` is the notebook to offer for unlocking."""
    disable_core_dumps()
    privacy.use_private_qt_settings(privacy.private_settings_folder())
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    # Its name and icon, or the disguise chosen for them, before any window exists.
    camouflage.apply(camouflage.load(), app)
    chosen_language = language.saved_language()
    language.install(app, chosen_language)
    session = Session(notebook_path)
    default_folder = notebook_path or Path.home() / "notebook.casenotebook"
    window = build_window(session, default_folder=default_folder)
    window.workspace.language = chosen_language
    window.show()
    window.show_guide_on_first_run()
    try:
        return app.exec()
    finally:
        # Every background job must stop (and wait) before the database closes.
        stop_all_imports()
        stop_all_exports()
        stop_all_backups()
        session.lock()
