"""The language the interface speaks: loading the translations, and remembering the choice."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QWidget

from notebook.resources import resource_path

# Each in its own language, never translated.
LANGUAGES = {"en": "English", "ru": "Русский", "ky": "Кыргызча"}
DEFAULT_LANGUAGE = "en"  # the language of the sources: it needs no translation file
SETTINGS_KEY = "ui/language"
CATALOGUE = "case_notebook"  # case_notebook_ru.qm …
# Qt ships no Kyrgyz catalogue (no qtbase_ky.qm). Kyrgyz readers read Russian, the country's
# official language beside Kyrgyz and the language of most software they use, so Qt's own
# dialogs (the file dialog above all) speak Russian rather than English; our own small
# qt_ky.qm, asked first, puts the words seen most (Cancel, Save, Yes, No, Undo, a text
# field's menu) into Kyrgyz.
QT_CATALOGUE_LANGUAGE = {"ky": "ru"}
QT_EXTRA_CATALOGUE = "qt"  # qt_ky.qm beside ours: Qt's own words that Qt does not translate
# Each language's QLocale: how numbers, data sizes and month names are written, and the
# alphabet lists sort by. English is British, like the documents: dates read day first.
LOCALES = {"en": "en_GB", "ru": "ru_RU", "ky": "ky_KG"}

T = TypeVar("T")

# Installed by `install`, kept here so that the next call can take them out again.
_installed: list[QTranslator] = []


class _Translator(QTranslator):
    """Our catalogue, also answering for helpers that lupdate files under no context.

    `ui/sections.py` translates through a plain function, `tr(text)`, that asks for the
    "sections" context, and a function may call `tr = widget.tr; tr("…")`, which asks for the
    widget's class; lupdate cannot know either and extracts those strings with an empty
    context. So a string not found in one of our contexts is looked for there; Qt's own
    contexts (QFileDialog …, all named Q…) are left to Qt's catalogues, or "Name" in the file
    dialog would read as a column of ours.
    """

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        found = super().translate(context, source_text, disambiguation, n)
        if not found and context and not context.startswith("Q"):
            found = super().translate("", source_text, disambiguation, n)
        # None, not "": an empty string would count as a translation and blank the text.
        return found or None


def translations_folder() -> Path:
    return resource_path("translations")


def install(app: QCoreApplication, language: str) -> QTranslator | None:
    """Make `app` speak `language` from now on; returns our translator (None for English).

    Qt's own catalogue (qtbase) is loaded beside ours when Qt ships it, so that standard
    buttons and dialogs (Cancel, Save, the file dialog) speak the same language, or the one
    `QT_CATALOGUE_LANGUAGE` names instead, with `QT_EXTRA_CATALOGUE` over it where we ship
    one. Widgets already shown keep their words until `retranslate_all`.
    """
    if language not in LANGUAGES:
        raise ValueError(f"no such interface language: {language!r}")
    while _installed:
        app.removeTranslator(_installed.pop())
    # Numbers, sizes and alphabetical order follow the language from now on, wherever a
    # QLocale() or a `collator()` is made.
    QLocale.setDefault(locale(language))
    if language == DEFAULT_LANGUAGE:
        return None
    ours = _Translator()
    if not ours.load(f"{CATALOGUE}_{language}", str(translations_folder())):
        return None  # a broken installation: English is better than nothing
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_language = QT_CATALOGUE_LANGUAGE.get(language, language)
    for catalogue, folder in (
        (f"qtbase_{qt_language}", qt_folder),
        (f"{QT_EXTRA_CATALOGUE}_{language}", str(translations_folder())),
    ):
        qt_own = QTranslator()
        if qt_own.load(catalogue, folder):
            app.installTranslator(qt_own)  # the later one is asked first
            _installed.append(qt_own)
    # Installed last, so asked first: ours wins over Qt's for any string both hold.
    app.installTranslator(ours)
    _installed.append(ours)
    return ours


def locale(language: str | None = None) -> QLocale:
    """The QLocale of an interface language; without one, of the language installed last."""
    return QLocale() if language is None else QLocale(LOCALES.get(language, language))


def collator(language: str | None = None) -> QCollator:
    """Alphabetical order in an interface language (the installed one when none is given):
    case ignored, numbers by value, each letter where its alphabet puts it (Kyrgyz ң, ө, ү
    after н, о, у; ё after е)."""
    return _collator(locale(language).name())


@functools.cache
def _collator(locale_name: str) -> QCollator:
    made = QCollator(QLocale(locale_name))
    made.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    made.setNumericMode(True)
    return made


def sorted_by_name(
    items: Iterable[T], key: Callable[[T], str] | None = None, *, language: str | None = None
) -> list[T]:
    """`items` in the alphabetical order of `key(item)` (the item itself without a key)."""
    compare = collator(language).compare
    name = key or str
    # Equal names in the collator's eyes ("Еж", "еж") keep a fixed order all the same.
    return sorted(
        items,
        key=lambda item: (functools.cmp_to_key(compare)(name(item)), name(item)),
    )


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
