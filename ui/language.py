"""The language the interface speaks: loading the translations, and remembering the choice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator
from PySide6.QtWidgets import QWidget

from notebook.resources import resource_path

LANGUAGES = {"en": "English", "ru": "Русский"}  # each in its own language, never translated
DEFAULT_LANGUAGE = "en"  # the language of the sources: it needs no translation file
SETTINGS_KEY = "ui/language"
CATALOGUE = "case_notebook"  # case_notebook_ru.qm …

# Installed by `install`, kept here so that the next call can take them out again.
_installed: list[QTranslator] = []


class _Translator(QTranslator):
    """Our catalogue, also answering for module-level helpers that lupdate files under no context.

    `ui/sections.py` translates through a plain function, `tr(text)`, that asks for the
    "sections" context; lupdate cannot know that and extracts those strings with an empty one.
    """

    CONTEXTLESS = frozenset({"sections"})

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        found = super().translate(context, source_text, disambiguation, n)
        if not found and context in self.CONTEXTLESS:
            found = super().translate("", source_text, disambiguation, n)
        # None, not "": an empty string would count as a translation and blank the text.
        return found or None


def translations_folder() -> Path:
    return resource_path("translations")


def install(app: QCoreApplication, language: str) -> QTranslator | None:
    """Make `app` speak `language` from now on; returns our translator (None for English).

    Qt's own catalogue (qtbase) is loaded beside ours when Qt ships it, so that standard
    buttons and dialogs (Cancel, Save, the file dialog) speak the same language. Widgets
    already shown keep their words until `retranslate_all`.
    """
    if language not in LANGUAGES:
        raise ValueError(f"no such interface language: {language!r}")
    while _installed:
        app.removeTranslator(_installed.pop())
    if language == DEFAULT_LANGUAGE:
        return None
    ours = _Translator()
    if not ours.load(f"{CATALOGUE}_{language}", str(translations_folder())):
        return None  # a broken installation: English is better than nothing
    qt_own = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    # Installed last, so asked first: ours wins over Qt's for any string both hold.
    app.installTranslator(ours)
    _installed.append(ours)
    return ours


def saved_language() -> str:
    """The language chosen last time, or English; a value we do not know counts as none."""
    value = QSettings().value(SETTINGS_KEY, DEFAULT_LANGUAGE)
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(code: str) -> None:
    """Remember the language: the one setting about the user we keep, and no content."""
    if code not in LANGUAGES:
        raise ValueError(f"no such interface language: {code!r}")
    settings = QSettings()
    settings.setValue(SETTINGS_KEY, code)
    settings.sync()


def retranslate_all(root: QWidget) -> None:
    """Give `root` and every widget inside it (dialogs it owns included) the current words."""
    for widget in [root, *root.findChildren(QWidget)]:
        retranslate = getattr(widget, "retranslate", None)
        if callable(retranslate):
            retranslate()
