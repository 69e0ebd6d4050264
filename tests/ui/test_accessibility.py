"""Every control has a name a screen reader can say, and every action a way in by keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from notebook.crypto import WEAK_KDF_FOR_TESTS
from notebook.demo import build_demo, demo_passphrase
from ui import language
from ui.editor import EditorDialog
from ui.erase_dialog import EraseDialog
from ui.export_dialog import DocumentExportDialog
from ui.main_window import MainWindow
from ui.package_dialog import ReceiveDialog
from ui.sections import SECTIONS
from ui.session import Session
from ui.timeline_canvas import TimelineCanvas
from ui.welcome import CreateDialog

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    TimelineCanvas,
)


def _inside_qt_machinery(widget: QWidget) -> bool:
    """Parts Qt makes and names itself: headers, a line edit's clear button, a combo box's
    pop-up list, a table's corner button, the toolbar's overflow arrow."""
    if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QLineEdit | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets under `root` with no visible text, no accessible name and no label
    that names them (a QLabel whose buddy they are): a screen reader would say nothing."""
    named_by_label = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or _inside_qt_machinery(widget):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if text.strip() or widget.accessibleName().strip() or id(widget) in named_by_label:
            continue
        found.append(f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}")
    return found


@pytest.fixture(scope="module")
def demo_notebook(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "demo.casenotebook"
    build_demo(folder, kdf=WEAK_KDF_FOR_TESTS, allow_weak_kdf_for_tests=True).close()
    return folder


@pytest.fixture
def demo_window(qtbot, tmp_path, demo_notebook) -> MainWindow:
    session = Session(demo_notebook)
    window = MainWindow(session, default_folder=tmp_path / "new.casenotebook")
    window.settings = None
    qtbot.addWidget(window)
    window.show()
    session.unlock(demo_passphrase())
    yield window
    session.lock()


def test_the_walk_finds_a_control_nobody_named(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    QLineEdit(page)
    named = QLineEdit(page)
    named.setAccessibleName("Place")
    labelled = QComboBox(page)
    QLabel("&Lanes:", page).setBuddy(labelled)
    QToolButton(page)
    assert sorted(unnamed(page)) == ["QLineEdit in QWidget", "QToolButton in QWidget"]


def test_every_control_of_the_main_window_has_a_name_with_the_demo_open(demo_window):
    window = demo_window
    session = window.session
    case_id = session.notebook.cases()[0].id
    for section in SECTIONS:  # each section's list, and the timeline's own controls
        window.workspace.show_section(case_id, section.key)
    window.search_field.setText("Karakol")  # the search results
    assert unnamed(window) == []


def test_every_dialog_the_main_window_opens_names_its_controls(demo_window):
    window = demo_window
    notebook = window.session.notebook
    case_id = notebook.cases()[0].id
    for kind in ("threat", "interview", "person", "evidence"):
        window.edit_record(notebook.records(kind=kind)[0].id)
    dialogs = [w for w in window.findChildren(EditorDialog) if w.isVisible()]
    dialogs += [
        window.show_guide(),
        window.show_appearance(),
        window.show_recovery_codes(),
        window.show_identity(),
        window.show_guard(),
        window.change_passphrase(),
        window.send_case(),
        ReceiveDialog(window, window.session, Path("case.cnpkg"), actor="test", language="en"),
        DocumentExportDialog(window, window.session, case_id, language="en", actor="test"),
        CreateDialog(window, Path("x.casenotebook")),
        EraseDialog(window),
    ]
    problems = {type(dialog).__name__: unnamed(dialog) for dialog in dialogs}
    assert {name: found for name, found in problems.items() if found} == {}


def test_the_timeline_chart_says_what_it_is_and_how_to_use_it(demo_window):
    canvas = demo_window.workspace.timeline.canvas
    assert canvas.accessibleName() == "Timeline chart"
    assert "Home" in canvas.accessibleDescription()


def test_every_toolbar_action_has_a_key_and_every_menu_button_a_letter(demo_window):
    window = demo_window
    toolbar = window.findChild(QWidget, "mainToolbar")
    actions = [a for a in toolbar.actions() if not a.isSeparator() and a.text()]
    missing = [a.text() for a in actions if not a.shortcuts()]
    assert missing == []
    buttons = [b for b in toolbar.findChildren(QToolButton) if b.menu() is not None]
    letters = [QKeySequence.mnemonic(b.text()).toString() for b in buttons]
    assert "" not in letters
    assert len(set(letters)) == len(letters)
    taken = {key.toString() for a in window.findChildren(QAction) for key in a.shortcuts()}
    assert taken.isdisjoint(letters)


@pytest.mark.parametrize("code", sorted(language.LANGUAGES))
def test_no_two_controls_in_sight_answer_to_the_same_alt_letter(demo_window, qapp, code):
    window = demo_window
    window.workspace.show_section(window.session.notebook.cases()[0].id, "timeline")
    try:
        language.install(qapp, code)
        language.retranslate_all(window)
        letters: dict[str, list[str]] = {}
        for widget in window.findChildren(QAbstractButton) + window.findChildren(QLabel):
            mnemonic = QKeySequence.mnemonic(widget.text()).toString()
            if mnemonic and widget.isVisible():
                letters.setdefault(mnemonic, []).append(widget.text())
    finally:
        language.install(qapp, "en")
        language.retranslate_all(window)
    assert {key: texts for key, texts in letters.items() if len(texts) > 1} == {}


def next_tab_stop(widget: QWidget) -> QWidget:
    """Where Tab goes from `widget`: the next widget in the chain that takes Tab."""
    widget = widget.nextInFocusChain()
    while not widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value:
        widget = widget.nextInFocusChain()
    return widget


def test_tab_goes_through_the_toolbar_in_the_order_it_is_shown(demo_window):
    window = demo_window
    order = [window.new_button]
    while len(order) < 5:
        order.append(next_tab_stop(order[-1]))
    assert order == [
        window.new_button,
        window.notebook_button,
        window.help_button,
        window.language_button,
        window.search_field,
    ]


def test_the_start_pages_take_tab_in_reading_order(qtbot, tmp_path):
    window = MainWindow(Session(None), default_folder=tmp_path / "x")
    qtbot.addWidget(window)
    welcome, unlock = window.welcome, window.unlock_page
    reading_order = [
        (welcome.guide_button, welcome.create_button),
        (welcome.create_button, welcome.open_button),
        (welcome.open_button, welcome.demo_button),
        (unlock.passphrase, unlock.unlock_button),
        (unlock.unlock_button, unlock.other_button),
    ]
    assert [next_tab_stop(before) for before, _ in reading_order] == [
        after for _, after in reading_order
    ]
