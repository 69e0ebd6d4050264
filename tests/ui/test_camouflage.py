"""The disguise: another name and icon, worn at once and after a restart, moving nothing."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import PASSPHRASE, create_test_notebook
from ui import camouflage
from ui.appearance_dialog import AppearanceDialog
from ui.camouflage import NEUTRAL_ICON, USUAL_ICON, Disguise
from ui.main_window import WINDOW_TITLE, MainWindow
from ui.session import Session

ROOT = Path(__file__).resolve().parents[2]
NOTES = Disguise(name="Notes", icon=NEUTRAL_ICON)


@pytest.fixture(autouse=True)
def undisguised(qapp: QApplication) -> Iterator[None]:
    """The application's name and icon are process-wide: give them back as they were."""
    name, icon = qapp.applicationDisplayName(), qapp.windowIcon()
    yield
    camouflage.apply(camouflage.NO_DISGUISE, qapp)
    qapp.setApplicationDisplayName(name)
    qapp.setWindowIcon(icon)


def settings_in(folder: Path) -> QSettings:
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def window_for(qtbot, tmp_path: Path, session: Session | None = None) -> MainWindow:
    window = MainWindow(session or Session(None), default_folder=tmp_path / "new.casenotebook")
    window.settings = settings_in(tmp_path)
    qtbot.addWidget(window)
    window.show()
    return window


def image(icon: QIcon) -> QImage:
    return icon.pixmap(32, 32).toImage()


def test_a_disguise_changes_the_title_the_application_name_and_the_icon(qtbot, tmp_path):
    window = window_for(qtbot, tmp_path)
    assert window.windowTitle() == WINDOW_TITLE + "[*]"
    window.change_disguise(NOTES)
    app = QApplication.instance()
    assert window.windowTitle() == "Notes[*]"
    assert app.applicationDisplayName() == "Notes"
    assert window.welcome.heading.text() == "Notes"
    assert not app.windowIcon().isNull()
    assert image(app.windowIcon()) == image(camouflage.icon(NEUTRAL_ICON))
    assert image(window.windowIcon()) == image(camouflage.icon(NEUTRAL_ICON))


def test_the_neutral_icon_is_not_the_programs_own(qtbot):
    neutral = camouflage.icon_files(NEUTRAL_ICON)
    assert [path.name for path in neutral] == ["neutral.svg"]
    assert image(camouflage.icon(NEUTRAL_ICON)) != image(camouflage.icon(USUAL_ICON))


def test_messages_use_the_disguised_name(qtbot, tmp_path, monkeypatch):
    window = window_for(qtbot, tmp_path)
    window.change_disguise(NOTES)
    titles = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, *a: titles.append(title))
    window.new_record("incident")  # no case yet: it says so
    assert titles == ["Notes"]


def test_the_disguise_is_chosen_in_the_appearance_dialog_and_taken_off_there(qtbot, tmp_path):
    window = window_for(qtbot, tmp_path)
    window.appearance_action.trigger()
    dialog = next(w for w in window.findChildren(AppearanceDialog) if w.isVisible())
    assert not dialog.disguised.isChecked() and not dialog.name.isEnabled()
    dialog.disguised.setChecked(True)
    assert dialog.name.text() == "Notes"  # a suggestion, ready to keep
    dialog.name.setText("  Shopping\nlist ")
    dialog.accept()
    assert window.windowTitle() == "Shopping list[*]"
    assert camouflage.load(settings_in(tmp_path)) == Disguise("Shopping list", NEUTRAL_ICON)

    window.appearance_action.trigger()
    dialog = next(w for w in window.findChildren(AppearanceDialog) if w.isVisible())
    assert dialog.disguised.isChecked() and dialog.name.text() == "Shopping list"
    dialog.disguised.setChecked(False)
    dialog.accept()
    assert window.windowTitle() == WINDOW_TITLE + "[*]"
    assert window.welcome.heading.text() == WINDOW_TITLE
    assert settings_in(tmp_path).allKeys() == []  # no trace that there ever was one


def test_the_dialog_says_what_a_disguise_does_not_hide(qtbot, tmp_path):
    dialog = window_for(qtbot, tmp_path).show_appearance()
    words = dialog.cannot.text()
    for hidden_nowhere in ("running programs", "settings", "folder", "installed"):
        assert hidden_nowhere in words


def test_a_disguise_moves_no_notebook_and_no_folder(qtbot, tmp_path):
    from PySide6.QtCore import QStandardPaths

    from ui.app import demo_folder
    from ui.privacy import private_settings_folder

    notebook = tmp_path / "case.casenotebook"
    create_test_notebook(notebook).close()
    files_before = sorted(p.relative_to(notebook) for p in notebook.rglob("*"))
    where = QStandardPaths.StandardLocation.AppDataLocation
    before = (
        QApplication.applicationName(),
        QStandardPaths.writableLocation(where),
        private_settings_folder(),
        demo_folder(),
    )
    session = Session(notebook)
    window = window_for(qtbot, tmp_path, session)
    window.change_disguise(NOTES)
    assert (
        QApplication.applicationName(),
        QStandardPaths.writableLocation(where),
        private_settings_folder(),
        demo_folder(),
    ) == before
    assert session.path == notebook
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    assert session.is_open
    session.lock()
    assert sorted(p.relative_to(notebook) for p in notebook.rglob("*")) == files_before


def test_names_are_cleaned_and_unknown_settings_count_as_no_disguise(tmp_path):
    assert camouflage.clean_name("  Notes\x00\t2 ") == "Notes 2"
    assert len(camouflage.clean_name("N" * 200)) == camouflage.MAXIMUM_NAME_LENGTH
    stored = settings_in(tmp_path)
    stored.setValue(camouflage.ICON_KEY, "../../etc/passwd")
    stored.setValue(camouflage.NAME_KEY, 42)
    assert camouflage.load(stored) == camouflage.NO_DISGUISE


def test_the_disguise_survives_a_restart_and_the_settings_hold_only_it(tmp_path):
    # A fresh process each time: where QSettings writes is process-wide.
    script = textwrap.dedent(
        """
        import json, sys
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from ui import camouflage, privacy
        from ui.camouflage import Disguise

        privacy.use_private_qt_settings(Path(sys.argv[1]))
        app = QApplication(["casenotebook"])
        if sys.argv[2] == "save":
            camouflage.save(Disguise(name="Notes", icon=camouflage.NEUTRAL_ICON))
        camouflage.apply(camouflage.load(), app)
        from ui.main_window import MainWindow
        from ui.session import Session
        window = MainWindow(Session(None), default_folder=Path(sys.argv[1]) / "x")
        print(json.dumps({
            "title": window.windowTitle(),
            "display": app.applicationDisplayName(),
            "name": app.applicationName(),
            "icon": not app.windowIcon().isNull(),
            "disguise": camouflage.current().icon,
        }))
        """
    )

    def run(*args: str) -> dict:
        done = subprocess.run(
            [sys.executable, "-c", script, str(tmp_path), *args],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        )
        return json.loads(done.stdout.strip().splitlines()[-1])

    plain = run("read")
    assert plain["title"] == "Case Notebook[*]" and plain["disguise"] == USUAL_ICON
    run("save")
    again = run("read")
    assert again == {
        "title": "Notes[*]",
        "display": "Notes",
        "name": "CaseNotebook",
        "icon": True,
        "disguise": NEUTRAL_ICON,
    }
    stored = "".join(path.read_text() for path in tmp_path.rglob("*.ini"))
    assert re.sub(r"\s+", " ", stored).strip() == "[appearance] icon=neutral name=Notes"


def test_nothing_in_ui_spells_out_the_real_name_but_the_disguise_itself():
    """A window title or message written as "Case Notebook" would show through a disguise."""
    allowed = {
        ("camouflage.py", 'REAL_NAME = "Case Notebook"'),
        ("welcome.py", 'camouflage.current().name or self.tr("Case Notebook")'),
    }
    found = {
        (path.name, line.strip())
        for path in (ROOT / "ui").glob("*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if "Case Notebook" in line and not line.strip().startswith(("#", '"""'))
    }
    found = {(name, line) for name, line in found if not any(a[1] in line for a in allowed)}
    assert found == set()
