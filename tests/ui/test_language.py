"""The Russian and Kyrgyz interfaces: complete, built from the sources, switchable, remembered."""

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
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

from ui import language
from ui.main_window import MainWindow
from ui.session import Session

ROOT = Path(__file__).resolve().parents[2]
# Every language but the sources' own ships a translation; each test runs for each of them.
TRANSLATED = [code for code in language.LANGUAGES if code != language.DEFAULT_LANGUAGE]
PLACEHOLDER = re.compile(r"\{\d*\}")
PLACEHOLDER_QT = re.compile(r"%\d")
ACCELERATOR = re.compile(r"&(?=[^\s&])")  # "&Lock"; "A & B" and "&&" are plain ampersands


def _ts(code: str) -> Path:
    return language.translations_folder() / f"{language.CATALOGUE}_{code}.ts"


def _qm(code: str) -> Path:
    return language.translations_folder() / f"{language.CATALOGUE}_{code}.qm"


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


def test_every_interface_language_but_english_ships_a_translation() -> None:
    assert TRANSLATED == ["ru", "ky"]
    for code in TRANSLATED:
        assert _ts(code).is_file(), f"no {_ts(code).name}: add it to `make translations`"


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_translation_file_says_which_language_it_holds(code: str) -> None:
    root = ET.parse(_ts(code)).getroot()
    assert root.get("language", "").split("_")[0] == code
    assert root.get("sourcelanguage") == "en"


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_shipped_message_has_a_finished_translation(code: str) -> None:
    unfinished = [
        (context, source)
        for context, source, translation in _messages(_ts(code))
        if translation.get("type") == "unfinished" or not (translation.text or "").strip()
    ]
    assert unfinished == []


def test_the_kyrgyz_translation_is_kyrgyz_and_not_the_russian_one_copied() -> None:
    russian = {(context, source): t.text for context, source, t in _messages(_ts("ru"))}
    kyrgyz = {(context, source): t.text or "" for context, source, t in _messages(_ts("ky"))}
    copied = [key for key, text in kyrgyz.items() if text == russian.get(key)]
    # Only words both languages share: Интервью, Хронология, Документ, "{0}, {1}" …
    assert len(copied) <= len(kyrgyz) // 20, copied
    with_kyrgyz_letters = [text for text in kyrgyz.values() if re.search("[ңөүҢӨҮ]", text)]
    assert len(with_kyrgyz_letters) >= len(kyrgyz) // 3


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_their_placeholders(code: str) -> None:
    changed = [
        (context, source)
        for context, source, translation in _messages(_ts(code))
        if sorted(PLACEHOLDER.findall(source))
        != sorted(PLACEHOLDER.findall(translation.text or ""))
    ]
    assert changed == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_a_keyboard_accelerator_is_kept_once_where_the_source_has_one(code: str) -> None:
    changed = [
        (context, source, translation.text)
        for context, source, translation in _messages(_ts(code))
        if len(ACCELERATOR.findall(source.replace("&&", "")))
        != len(ACCELERATOR.findall((translation.text or "").replace("&&", "")))
    ]
    assert changed == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_user_visible_string_in_ui_is_translated(code: str, tmp_path: Path) -> None:
    """Fails when a string is added or reworded in ui/ without `make translations`."""
    fresh = tmp_path / f"fresh_{code}.ts"
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
        for context, source, translation in _messages(_ts(code))
        if translation.get("type") is None and (translation.text or "").strip()
    }
    assert sorted(in_sources - translated) == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_shipped_qm_is_built_from_the_shipped_ts(code: str, tmp_path: Path) -> None:
    rebuilt = tmp_path / "rebuilt.qm"
    subprocess.run(
        [_tool("lrelease"), "-silent", str(_ts(code)), "-qm", str(rebuilt)],
        check=True,
        capture_output=True,
    )
    assert _qm(code).is_file(), "run `make translations`"
    assert _qm(code).read_bytes() == rebuilt.read_bytes(), (
        "the .qm is stale: run `make translations`"
    )


def test_the_makefile_updates_every_shipped_translation() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for code in TRANSLATED:
        assert f"resources/translations/{_ts(code).name}" in makefile


def test_russian_reaches_the_sections_and_qts_own_buttons(english_afterwards) -> None:
    assert language.install(english_afterwards, "ru") is not None
    assert QCoreApplication.translate("sections", "Timeline") == "Хронология"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"


def test_kyrgyz_reaches_the_sections_and_qts_own_buttons(english_afterwards) -> None:
    assert language.install(english_afterwards, "ky") is not None
    assert QCoreApplication.translate("sections", "Timeline") == "Хронология"
    assert QCoreApplication.translate("sections", "Incidents and threats") == (
        "Окуялар жана коркутуулар"
    )
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Жокко чыгаруу"
    assert QCoreApplication.translate("QUndoStack", "Undo", "Default text for undo action") == (
        "Артка кайтаруу"
    )


def test_qts_words_we_do_not_translate_fall_back_to_russian_in_kyrgyz(english_afterwards) -> None:
    # Qt ships no Kyrgyz catalogue: its file dialog speaks Russian, which Kyrgyz readers read.
    language.install(english_afterwards, "ky")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Перейти к:"
    # Our own words found under no context are not lent to Qt's columns.
    assert QCoreApplication.translate("QFileSystemModel", "Size") != "Көлөмү"


def _qt_messages() -> list[tuple[str, str, str | None, str]]:
    root = ET.parse(language.translations_folder() / "qt_ky.ts").getroot()
    return [
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.findtext("comment"),
            message.findtext("translation") or "",
        )
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_qt_word_we_translate_is_one_qt_really_asks_for(qapp: QApplication) -> None:
    """A typo in a context or source would silently translate nothing: each entry of qt_ky.ts
    must be one that Qt's own Russian catalogue translates too."""
    russian = QTranslator()
    assert russian.load("qtbase_ru", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    unknown = [
        (context, source)
        for context, source, comment, _ in _qt_messages()
        if not russian.translate(context, source, comment)
    ]
    assert len(_qt_messages()) >= 30
    assert unknown == []


def test_the_kyrgyz_qt_words_keep_their_placeholders_and_accelerators() -> None:
    for context, source, _, translation in _qt_messages():
        assert translation.strip(), (context, source)
        assert PLACEHOLDER_QT.findall(source) == PLACEHOLDER_QT.findall(translation)
        assert len(ACCELERATOR.findall(source)) == len(ACCELERATOR.findall(translation))


def test_the_shipped_kyrgyz_qt_qm_is_built_from_its_ts(tmp_path: Path) -> None:
    ts = language.translations_folder() / "qt_ky.ts"
    rebuilt = tmp_path / "rebuilt.qm"
    subprocess.run(
        [_tool("lrelease"), "-silent", str(ts), "-qm", str(rebuilt)],
        check=True,
        capture_output=True,
    )
    shipped = ts.with_suffix(".qm")
    assert shipped.read_bytes() == rebuilt.read_bytes(), "run `make translations`"
    assert "resources/translations/qt_ky.ts" in (ROOT / "Makefile").read_text(encoding="utf-8")


def test_a_string_lupdate_found_without_a_context_is_found_from_any_context(
    english_afterwards,
) -> None:
    # `tr = widget.tr; tr("…")` asks for the widget's class, lupdate files it under none.
    language.install(english_afterwards, "ky")
    assert QCoreApplication.translate("AnyWidget", "date unknown") == "датасы белгисиз"
    assert QCoreApplication.translate("AnyWidget", "not in any catalogue") == (
        "not in any catalogue"
    )


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


def test_switching_to_kyrgyz_retranslates_an_open_window(
    english_afterwards, qtbot, tmp_path: Path
) -> None:
    window = MainWindow(Session(None), default_folder=tmp_path / "x")
    qtbot.addWidget(window)

    language.install(english_afterwards, "ky")
    language.retranslate_all(window)
    assert window.lock_action.text() == "Кулпулоо"
    assert window.welcome.open_button.text() == "Бар дептерди ачуу…"
    assert window.unlock_page.unlock_button.text() == "Кулпусун ачуу"

    language.install(english_afterwards, "ru")
    language.retranslate_all(window)
    assert window.lock_action.text() == "Заблокировать"

    assert language.install(english_afterwards, "en") is None
    language.retranslate_all(window)
    assert window.lock_action.text() == "Lock"


def test_the_language_menu_offers_kyrgyz_in_its_own_words(qtbot, tmp_path: Path) -> None:
    window = MainWindow(Session(None), default_folder=tmp_path / "x")
    qtbot.addWidget(window)
    names = [action.text() for action in window.language_menu.actions()]
    assert names == ["English", "Русский", "Кыргызча"]


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
            language.save_language(sys.argv[3])
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
    assert run("save", "ru") == "ru"
    assert run("read") == "ru"
    assert run("save", "ky") == "ky"
    assert run("read") == "ky"
    stored = "".join(path.read_text() for path in tmp_path.rglob("*") if path.is_file())
    assert re.sub(r"\s+", " ", stored).strip() == "[ui] language=ky"
