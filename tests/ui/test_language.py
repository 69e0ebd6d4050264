"""The Russian interface: complete, built from the sources, switchable, and remembered."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ui import language
from ui.main_window import MainWindow
from ui.session import Session

ROOT = Path(__file__).resolve().parents[2]
TS = language.translations_folder() / "case_notebook_ru.ts"
QM = language.translations_folder() / "case_notebook_ru.qm"
PLACEHOLDER = re.compile(r"\{\d*\}")


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(f"pyside6-{name}")
    found = str(beside_python) if beside_python.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        pytest.skip(f"pyside6-{name} is not installed")
    return found


def _messages(ts: Path) -> Iterator[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message still in the sources."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            yield name, message.findtext("source") or "", translation


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[QApplication]:
    """Other tests expect English: put it back whatever happens here."""
    yield qapp
    language.install(qapp, "en")


def test_every_shipped_message_has_a_finished_russian_translation() -> None:
    unfinished = [
        (context, source)
        for context, source, translation in _messages(TS)
        if translation.get("type") == "unfinished" or not (translation.text or "").strip()
    ]
    assert unfinished == []


def test_translations_keep_their_placeholders() -> None:
    changed = [
        (context, source)
        for context, source, translation in _messages(TS)
        if sorted(PLACEHOLDER.findall(source))
        != sorted(PLACEHOLDER.findall(translation.text or ""))
    ]
    assert changed == []


def test_every_user_visible_string_in_ui_is_translated(tmp_path: Path) -> None:
    """Fails when a string is added or reworded in ui/ without `make translations`."""
    fresh = tmp_path / "fresh_ru.ts"
    sources = sorted(str(path) for path in (ROOT / "ui").glob("*.py"))
    subprocess.run(
        [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", *sources,
         "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    in_sources = {(context, source) for context, source, _ in _messages(fresh)}
    translated = {
        (context, source)
        for context, source, translation in _messages(TS)
        if translation.get("type") is None and (translation.text or "").strip()
    }
    assert sorted(in_sources - translated) == []


def test_the_shipped_qm_is_built_from_the_shipped_ts(tmp_path: Path) -> None:
    rebuilt = tmp_path / "rebuilt.qm"
    subprocess.run(
        [_tool("lrelease"), "-silent", str(TS), "-qm", str(rebuilt)],
        check=True,
        capture_output=True,
    )
    assert QM.is_file(), "run `make translations`"
    assert QM.read_bytes() == rebuilt.read_bytes(), "the .qm is stale: run `make translations`"


def test_russian_reaches_the_sections_and_qts_own_buttons(english_afterwards) -> None:
    assert language.install(english_afterwards, "ru") is not None
    assert QCoreApplication.translate("sections", "Timeline") == "Хронология"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"


def test_switching_language_retranslates_an_open_window(
    english_afterwards, qtbot, tmp_path: Path
) -> None:
    window = MainWindow(Session(None), default_folder=tmp_path / "x")
    qtbot.addWidget(window)
    assert window.lock_action.text() == "Lock"

    language.install(english_afterwards, "ru")
    language.retranslate_all(window)
    assert window.lock_action.text() == "Заблокировать"
    assert window.welcome.open_button.text() == "Открыть существующий блокнот…"
    assert window.unlock_page.unlock_button.text() == "Разблокировать"

    assert language.install(english_afterwards, "en") is None
    language.retranslate_all(window)
    assert window.lock_action.text() == "Lock"
    assert QCoreApplication.translate("sections", "Timeline") == "Timeline"


def test_an_unknown_language_is_refused(english_afterwards) -> None:
    with pytest.raises(ValueError):
        language.install(english_afterwards, "xx")
    with pytest.raises(ValueError):
        language.save_language("xx")


def test_the_chosen_language_is_remembered_in_our_private_settings(tmp_path: Path) -> None:
    # A fresh process each time: the settings' location is process-wide and must not leak
    # into other tests.
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from ui import language, privacy

        app = QCoreApplication([])
        privacy.use_private_qt_settings(Path(sys.argv[1]))
        if sys.argv[2] == "save":
            language.save_language("ru")
        print(language.saved_language())
        """
    )

    def run(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-c", script, str(tmp_path), *args],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
        return done.stdout.strip()

    assert run("read") == "en"
    assert run("save") == "ru"
    assert run("read") == "ru"
    stored = "".join(path.read_text() for path in tmp_path.rglob("*") if path.is_file())
    assert re.sub(r"\s+", " ", stored).strip() == "[ui] language=ru"
