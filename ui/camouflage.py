"""The disguise: a neutral name and icon for a laptop that may be looked at, and nothing more.

It changes what the program calls itself (window titles, the taskbar, its messages) and its
window icon. It does not move or rename anything: the notebook, Qt's settings and every
other path keep the fixed names of `privacy.py`. What is remembered is the name and the
choice of icon, nothing about any notebook.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from notebook.resources import resource_path

REAL_NAME = "Case Notebook"
USUAL_ICON = "usual"
NEUTRAL_ICON = "neutral"
ICONS = (USUAL_ICON, NEUTRAL_ICON)
NAME_KEY = "appearance/name"
ICON_KEY = "appearance/icon"
MAXIMUM_NAME_LENGTH = 40
USUAL_ICON_STEM = "case-notebook"  # resources/icons/case-notebook.svg, hicolor/*/apps/….png
NEUTRAL_ICON_STEM = "neutral"


@dataclass(frozen=True)
class Disguise:
    name: str = ""  # empty: the program's own name
    icon: str = USUAL_ICON

    @property
    def is_on(self) -> bool:
        return bool(self.name) or self.icon != USUAL_ICON

    @property
    def title(self) -> str:
        return self.name or REAL_NAME


NO_DISGUISE = Disguise()
_current = NO_DISGUISE


def clean_name(text: str) -> str:
    """A name fit for a title bar: one line, no control characters, not too long."""
    printable = "".join(
        " " if unicodedata.category(char).startswith(("C", "Z")) else char for char in text
    )
    return re.sub(r" +", " ", printable).strip()[:MAXIMUM_NAME_LENGTH].strip()


def _settings(settings: QSettings | None) -> QSettings:
    return settings if settings is not None else QSettings()


def load(settings: QSettings | None = None) -> Disguise:
    """The disguise chosen last time; anything unreadable counts as none."""
    stored = _settings(settings)
    name = stored.value(NAME_KEY, "")
    icon = stored.value(ICON_KEY, USUAL_ICON)
    return Disguise(
        name=clean_name(name) if isinstance(name, str) else "",
        icon=icon if icon in ICONS else USUAL_ICON,
    )


def save(disguise: Disguise, settings: QSettings | None = None) -> None:
    """Remember it; no disguise leaves no trace of one in the settings."""
    stored = _settings(settings)
    if disguise.is_on:
        stored.setValue(NAME_KEY, clean_name(disguise.name))
        stored.setValue(ICON_KEY, disguise.icon)
    else:
        stored.remove("appearance")
    stored.sync()


def current() -> Disguise:
    return _current


def title() -> str:
    """What the program calls itself now: in window titles and message boxes."""
    return _current.title


def icon_files(choice: str) -> list[Path]:
    """The files of an icon that exist: its SVG, and PNGs of any sizes (used where SVG is not)."""
    folder = resource_path("icons")
    stem = NEUTRAL_ICON_STEM if choice == NEUTRAL_ICON else USUAL_ICON_STEM
    files = [folder / f"{stem}.svg"] if (folder / f"{stem}.svg").is_file() else []
    return (
        files
        + sorted(folder.glob(f"hicolor/*/apps/{stem}.png"))
        + sorted(folder.glob(f"{stem}*.png"))
    )


def icon(choice: str) -> QIcon:
    """The icon, or a null one where none is installed (Qt then shows the desktop's default)."""
    made = QIcon()
    for path in icon_files(choice):
        made.addFile(str(path))
    return made


def apply(disguise: Disguise, app: QApplication | None = None) -> None:
    """Call ourselves by the disguise's name, and show its icon, from now on.

    Window titles that are the program's name must be set again by their owner
    (`MainWindow.apply_disguise`); every other window gets the new icon from here, and on
    desktops that add the program's name to a window's title, the new name.
    """
    global _current
    _current = Disguise(name=clean_name(disguise.name), icon=disguise.icon)
    app = app or QApplication.instance()
    if app is None:
        return
    app.setApplicationDisplayName(_current.title)
    app.setWindowIcon(icon(_current.icon))
