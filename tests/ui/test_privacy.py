"""Privacy at start-up: Qt's settings in our own folder, Qt's own file dialogs."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from ui.privacy import non_native_file_dialog_options, private_settings_folder

REPO = Path(__file__).resolve().parents[2]
SECRET = "Ivanov-torture-evidence"


def run_python(script: str, *, home: Path, args: list[str] | None = None) -> str:
    """Run `script` in a fresh interpreter whose home and XDG folders are all under `home`."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
    }
    (home / "runtime").mkdir(parents=True, mode=0o700, exist_ok=True)
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), *(args or [])],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def files_mentioning(folder: Path, needle: str) -> list[Path]:
    """Files under `folder` whose name or bytes contain `needle`."""
    found = []
    for path in folder.rglob("*"):
        if needle in path.name or (path.is_file() and needle.encode() in path.read_bytes()):
            found.append(path)
    return found


SETTINGS_SCRIPT = """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from ui.privacy import use_private_qt_settings

    use_private_qt_settings(Path(sys.argv[1]))
    ours = QSettings()
    ours.setValue("window/last-case", sys.argv[2])
    ours.sync()
    qt_own = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt_own.setValue("FileDialog/lastVisited", sys.argv[2])
    qt_own.sync()
    print(ours.fileName())
    print(qt_own.fileName())
"""


def test_qt_settings_land_in_the_private_folder_and_not_in_home(tmp_path: Path) -> None:
    home, private = tmp_path / "home", tmp_path / "private"
    out = run_python(SETTINGS_SCRIPT, home=home, args=[str(private), SECRET])
    for name in out.split():
        assert Path(name).is_relative_to(private)
    assert len(files_mentioning(private, SECRET)) == 2
    assert files_mentioning(home, SECRET) == []
    assert not (home / ".config" / "QtProject.conf").exists()


FILE_DIALOG_SCRIPT = """
    import gc, sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication, QFileDialog
    from ui.privacy import (
        forget_file_dialog_history, non_native_file_dialog_options, use_private_qt_settings,
    )

    use_private_qt_settings(Path(sys.argv[1]))
    app = QApplication([])
    dialog = QFileDialog(None, options=non_native_file_dialog_options())
    dialog.setDirectory(sys.argv[2])
    if sys.argv[3] == "forget":
        forget_file_dialog_history(dialog)
    del dialog  # Qt saves the dialog's history as it is destroyed
    gc.collect()
"""


@pytest.mark.parametrize("forget", [False, True], ids=["kept", "forgotten"])
def test_file_dialog_history_stays_out_of_home(tmp_path: Path, forget: bool) -> None:
    home, private = tmp_path / "home", tmp_path / "private"
    visited = tmp_path / "cases" / SECRET
    visited.mkdir(parents=True)
    run_python(
        FILE_DIALOG_SCRIPT,
        home=home,
        args=[str(private), str(visited), "forget" if forget else "keep"],
    )
    assert files_mentioning(home, SECRET) == []
    # Where the settings path cannot be redirected (Windows, macOS) only forgetting helps.
    assert bool(files_mentioning(private, SECRET)) is not forget


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders are Linux's")
def test_the_private_settings_folder_is_in_our_config_folder(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert private_settings_folder() == tmp_path / "CaseNotebook" / "qt"


def test_file_dialogs_are_qt_s_own_never_the_platform_s() -> None:
    assert non_native_file_dialog_options() & QFileDialog.Option.DontUseNativeDialog


def test_the_file_dialog_we_use_keeps_no_history_of_visited_folders(qapp, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from ui.privacy import ask_for_paths

    secret_folder = tmp_path / "raid photos of Karakol"
    secret_folder.mkdir()
    (secret_folder / "one.jpg").write_bytes(b"x")
    seen = {}

    def choose_and_accept(dialog):
        seen["native"] = not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.selectFile(str(secret_folder / "one.jpg"))
        return QFileDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "exec", choose_and_accept)
    chosen = ask_for_paths(
        None, "Pick", mode=QFileDialog.FileMode.ExistingFiles, start=str(secret_folder)
    )
    assert chosen == [str(secret_folder / "one.jpg")]
    assert seen["native"] is False
    probe = QFileDialog()
    assert all(str(secret_folder) not in entry for entry in probe.history())
    assert probe.directory().absolutePath() != str(secret_folder)
