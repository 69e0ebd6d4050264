"""The keyboard shortcuts list, read from a window's real actions and buttons: it cannot drift."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QWidget

NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True)
class Shortcut:
    name: str  # what it does, as the menu or button says it, without "&"
    keys: str  # as the user's platform writes them: "Ctrl+L", "Alt+N"
    where: str  # "" when it works anywhere in the window


class _Words(QObject):
    """A translation context for the list's own words."""

    def in_lists(self) -> str:
        return self.tr("in a list that has the focus")

    def opens_menu(self) -> str:
        return self.tr("opens its menu")


def plain(text: str) -> str:
    """A menu text as it reads: "&&" is an ampersand, a lone "&" only marks a mnemonic."""
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&").strip()


def keys_of(action: QAction) -> str:
    return ", ".join(sequence.toString(NATIVE) for sequence in action.shortcuts())


def shortcut_rows(window: QWidget, *, names: Mapping[QAction, str] | None = None) -> list[Shortcut]:
    """Every action under `window` that has a shortcut, then every menu button's Alt+letter.

    `names` overrides an action's name where its text changes as it is used (the undo
    action says "Undo" and then the step it would undo).
    """
    names = names or {}
    words = _Words()
    # An action in a button's menu is named by both: "New ▸ Incident…".
    menus = {
        id(button.menu()): plain(button.text())
        for button in window.findChildren(QAbstractButton)
        if getattr(button, "menu", lambda: None)() is not None
    }
    rows: list[Shortcut] = []
    seen: set[int] = set()
    for action in [*window.actions(), *window.findChildren(QAction)]:
        if id(action) in seen or action.isSeparator() or not action.shortcuts():
            continue
        seen.add(id(action))
        name = names.get(action) or plain(action.text())
        for holder in action.associatedObjects():
            if id(holder) in menus:
                name = f"{menus[id(holder)]} ▸ {name}"
                break
        context = action.shortcutContext()
        where = words.in_lists() if context == Qt.ShortcutContext.WidgetShortcut else ""
        rows.append(Shortcut(name, keys_of(action), where))
    for button in window.findChildren(QAbstractButton):
        mnemonic = QKeySequence.mnemonic(button.text())
        if id(getattr(button, "menu", lambda: None)()) not in menus or mnemonic.isEmpty():
            continue
        rows.append(Shortcut(plain(button.text()), mnemonic.toString(NATIVE), words.opens_menu()))
    return rows
