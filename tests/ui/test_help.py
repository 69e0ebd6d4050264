"""Help: the guide at the first start and from F1, in every language, and the shortcuts list."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE, create_test_notebook
from ui import guide, language
from ui.editor import EditorDialog
from ui.help_dialog import GUIDE_SHOWN_KEY, HelpDialog
from ui.main_window import MainWindow
from ui.session import Session
from ui.shortcuts import plain

GUIDE_LANGUAGES = sorted({"en", "ru", "ky", *language.LANGUAGES})
LINK = re.compile(r"\]\(#([a-z0-9-]+)\)")


def settings_in(folder: Path) -> QSettings:
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def window_for(qtbot, tmp_path: Path, session: Session | None = None) -> MainWindow:
    window = MainWindow(session or Session(None), default_folder=tmp_path / "new.casenotebook")
    window.settings = settings_in(tmp_path)
    qtbot.addWidget(window)
    window.show()
    return window


def activate(qtbot, window: MainWindow) -> None:
    """Keys reach a window's shortcuts only while it is the active one."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    language.install(qapp, "en")


@pytest.fixture
def filled_notebook(tmp_path: Path) -> Path:
    from notebook.model import Case, Incident

    path = tmp_path / "case.casenotebook"
    with create_test_notebook(path) as notebook:
        case = notebook.add(Case(title="Ruziev"))
        notebook.add(Incident(case_id=case.id, title="Summons", date="2019-06-10"))
    return path


# -- the first start --------------------------------------------------------------------------


def test_the_guide_opens_by_itself_at_the_first_start_and_not_at_the_second(qtbot, tmp_path):
    first = window_for(qtbot, tmp_path)
    shown = first.show_guide_on_first_run()
    assert shown is not None and shown.isVisible()
    assert shown.tabs.currentIndex() == HelpDialog.GUIDE_TAB
    first.close()

    second = window_for(qtbot, tmp_path)
    assert second.show_guide_on_first_run() is None
    assert second.help_dialog is None


def test_the_first_start_remembers_one_boolean_and_nothing_else(qtbot, tmp_path):
    window = window_for(qtbot, tmp_path)
    window.show_guide_on_first_run()
    stored = settings_in(tmp_path)
    assert stored.allKeys() == [GUIDE_SHOWN_KEY]
    assert stored.value(GUIDE_SHOWN_KEY, type=bool) is True


def test_the_welcome_screen_offers_the_guide(qtbot, tmp_path):
    window = window_for(qtbot, tmp_path)
    assert window.pages.currentWidget() is window.welcome
    window.welcome.guide_button.click()
    assert window.help_dialog is not None and window.help_dialog.isVisible()


def test_f1_opens_the_guide_from_any_page(qtbot, tmp_path, filled_notebook):
    session = Session(filled_notebook)
    window = window_for(qtbot, tmp_path, session)
    session.unlock(PASSPHRASE)
    activate(qtbot, window)
    qtbot.keyClick(window.workspace.navigator, Qt.Key.Key_F1)
    assert window.help_dialog is not None and window.help_dialog.isVisible()
    assert window.help_dialog.tabs.currentIndex() == HelpDialog.GUIDE_TAB


def test_the_guide_is_one_dialog_however_often_it_is_asked_for(qtbot, tmp_path):
    window = window_for(qtbot, tmp_path)
    first = window.show_guide()
    first.go_to("erase")
    again = window.show_shortcuts()
    assert again is first
    assert len(window.findChildren(HelpDialog)) == 1
    assert again.tabs.currentIndex() == HelpDialog.SHORTCUTS_TAB


# -- the guide's files ------------------------------------------------------------------------


@pytest.mark.parametrize("code", GUIDE_LANGUAGES)
def test_the_guide_exists_in_each_language_with_the_same_sections(code):
    english = guide.load("en")
    path = guide.guide_file(code)
    assert path.is_file(), f"no guide for {code}"
    translated = guide.parse(path.read_text(encoding="utf-8"), language=code)
    assert translated.section_ids == english.section_ids
    assert [s.level for s in translated.sections] == [s.level for s in english.sections]
    assert sorted(name for name, _ in translated.placeholders()) == sorted(
        name for name, _ in english.placeholders()
    )
    # Every section says something, and every link inside the guide lands on a section.
    bodies = re.split(r"^#{1,6} .*$", translated.markdown, flags=re.MULTILINE)[1:]
    assert all(len(body.split()) >= 20 for body in bodies)
    assert set(LINK.findall(translated.markdown)) <= set(translated.section_ids)


def test_a_heading_without_an_id_is_refused():
    with pytest.raises(guide.BrokenGuide, match="line 3"):
        guide.parse("# Guide {#top}\n\n## Backups\n", language="xx")


def test_a_language_without_a_guide_gets_the_english_one():
    assert guide.load("xx").language == "en"


def test_every_menu_the_guides_name_is_one_the_window_has_or_has_words_of_its_own(qtbot, tmp_path):
    names = window_for(qtbot, tmp_path).menu_names()
    for code in GUIDE_LANGUAGES:
        for name, fallback in guide.load(code).placeholders():
            assert name in names or fallback, (code, name)


def test_the_guide_names_menus_as_the_window_does(qtbot, tmp_path):
    window = window_for(qtbot, tmp_path)
    text = window.show_guide().browser.toPlainText()
    assert "Notebook ▸ Back up…" in text
    assert "Help ▸ Appearance…" in text
    for code in GUIDE_LANGUAGES:
        window.workspace.language = code
        window.help().retranslate()
        assert "{{" not in window.help().browser.toPlainText(), code


def test_the_guide_follows_the_interface_language(qtbot, tmp_path, english_afterwards):
    window = window_for(qtbot, tmp_path)
    dialog = window.show_guide()
    assert dialog.sections.item(0).text() == "What it protects against"
    language.install(english_afterwards, "ru")
    window.workspace.language = "ru"
    language.retranslate_all(window)
    assert dialog.sections.item(0).text() == "От чего он защищает"
    assert "Блокнот ▸ Резервная копия…" in dialog.browser.toPlainText()


def test_each_heading_is_an_anchor_and_the_list_of_sections_leads_to_it(qtbot, tmp_path):
    window = window_for(qtbot, tmp_path)
    dialog = window.show_guide()
    assert dialog.heading_ids() == list(guide.load("en").section_ids)
    bar = dialog.browser.verticalScrollBar()
    assert bar.value() == 0
    erase_row = [s.id for s in guide.load("en").sections if s.level == 2].index("erase")
    dialog.sections.setCurrentRow(erase_row)
    assert bar.value() > 0


def test_links_move_inside_the_guide_and_nowhere_else(qtbot, tmp_path):
    dialog = window_for(qtbot, tmp_path).show_guide()
    browser = dialog.browser
    assert not browser.openExternalLinks() and not browser.openLinks()
    bar = browser.verticalScrollBar()
    assert browser.follow(QUrl("#erase"))
    assert bar.value() > 0
    before = browser.toPlainText()
    for outside in ("https://example.org/#erase", "file:///etc/passwd", "guide.ru.md#top"):
        assert not browser.follow(QUrl(outside))
    assert browser.toPlainText() == before
    assert browser.source().isEmpty()


# -- keyboard ---------------------------------------------------------------------------------


def test_the_shortcuts_list_names_every_action_that_has_a_shortcut(qtbot, tmp_path):
    window = window_for(qtbot, tmp_path)
    listed = window.show_shortcuts().listed_shortcuts()
    assert all(name.strip() and keys.strip() for name, keys in listed)
    renamed = {window.undo_action, window.redo_action}
    for action in window.findChildren(QAction):
        if not action.shortcuts():
            continue
        keys = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
        )
        names = [name for name, listed_keys in listed if listed_keys == keys]
        assert names, f"{action.text()!r} ({keys}) is not listed"
        if action not in renamed:
            assert any(name.endswith(plain(action.text())) for name in names)
    assert ("Help ▸ Guide", "F1") in listed
    assert ("Lock", "Ctrl+L") in listed
    assert ("Help", "Alt+H") in listed


def test_a_new_action_with_a_shortcut_is_listed_without_editing_the_list(qtbot, tmp_path):
    window = window_for(qtbot, tmp_path)
    extra = QAction("Print the chronology", window)
    extra.setShortcut(QKeySequence("Ctrl+P"))
    window.addAction(extra)
    assert ("Print the chronology", "Ctrl+P") in window.show_shortcuts().listed_shortcuts()


def test_the_shortcuts_list_speaks_the_interface_language(qtbot, tmp_path, english_afterwards):
    window = window_for(qtbot, tmp_path)
    dialog = window.show_shortcuts()
    language.install(english_afterwards, "ru")
    language.retranslate_all(window)
    names = [name for name, _ in dialog.listed_shortcuts()]
    assert "Заблокировать" in names
    assert "Lock" not in names


def test_enter_in_a_list_opens_the_chosen_record(qtbot, tmp_path, filled_notebook):
    session = Session(filled_notebook)
    window = window_for(qtbot, tmp_path, session)
    session.unlock(PASSPHRASE)
    window.workspace.show_section(session.notebook.cases()[0].id, "incidents")
    table = window.workspace.table
    table.selectRow(0)
    table.setFocus()
    activate(qtbot, window)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editors = [w for w in window.findChildren(EditorDialog) if w.isVisible()]
    assert len(editors) == 1
    assert editors[0].form.widget("title").text() == "Summons"
