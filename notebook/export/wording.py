"""The fixed words of the documents, read from JSON: one file per language, or per forum.

Documents that serve any forum (the chronology, the schedule of exhibits, the interview
record, a bundle's index) take their words from resources/templates/wording/<language>.json;
a document laid out for one forum (a witness statement under PD 32, an urgent appeal to a UN
Special Rapporteur) takes them from its own file in resources/templates/profiles/, in the
language that forum works in. Either way the program supplies only the values in braces.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping
from typing import Any

from notebook.export.document import BrokenTemplate
from notebook.resources import resource_path

FORMAT = 1
# The document languages, in the order they are offered; each name in its own language.
LANGUAGES = ("en", "ru", "ky")
NAMES = {"en": "English", "ru": "Русский", "ky": "Кыргызча"}


class Wording:
    """A wording file: fixed words and layout values, found by their path of keys."""

    def __init__(self, data: Mapping[str, Any], name: str) -> None:
        self._data = data
        self.name = name

    @property
    def language(self) -> str:
        return str(self("language"))

    def __call__(self, *path: str) -> Any:
        value: Any = self._data
        for key in path:
            if not isinstance(value, Mapping) or key not in value:
                raise BrokenTemplate(f"the document wording {self.name} lacks {'.'.join(path)}")
            value = value[key]
        return value

    def has(self, *path: str) -> bool:
        value: Any = self._data
        for key in path:
            if not isinstance(value, Mapping) or key not in value:
                return False
            value = value[key]
        return True

    def text(self, *path: str, **values: object) -> str:
        try:
            return str(self(*path)).format(**values)
        except (KeyError, IndexError, ValueError) as error:
            where = ".".join(path)
            raise BrokenTemplate(
                f"the document wording {self.name} has an unknown placeholder in {where}: {error}"
            ) from None

    def number(self, value: int) -> str:
        """ "1,755" in English, "1 755" (a no-break space) in Russian and Kyrgyz."""
        return f"{value:,}".replace(",", str(self("number", "thousands")))

    def counted(self, *path: str, count: int) -> str:
        """The form of `path` for `count` ("1 view", "2 views"; "2 просмотра", "5 просмотров"),
        the number written as the language writes numbers."""
        forms = self(*path)
        if not isinstance(forms, Mapping) or "other" not in forms:
            raise BrokenTemplate(f"the document wording {self.name} lacks {'.'.join(path)}.other")
        form = forms.get(plural_category(self.language, count)) or forms["other"]
        return str(form).format(count=self.number(count))

    def quoted(self, text: str) -> str:
        opening, closing = self("quote")
        return f"{opening}{text}{closing}"

    def joined(self, items: Iterable[str]) -> str:
        """ "A, B and C"; "А, Б и В"; "А, Б жана В"."""
        items = list(items)
        if len(items) < 2:
            return "".join(items)
        separator, last = str(self("list", "separator")), str(self("list", "last"))
        return separator.join(items[:-1]) + last + items[-1]


def plural_category(language: str, count: int) -> str:
    """The CLDR plural category of a whole number: "one", "few", "many" or "other"."""
    if language == "ru":
        if count % 10 == 1 and count % 100 != 11:
            return "one"
        if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14:
            return "few"
        return "many"
    # English and Kyrgyz (which puts a noun after a number in the singular anyway).
    return "one" if count == 1 else "other"


def read(*parts: str) -> Wording:
    """A wording file below resources/templates/, checked for its format."""
    name = "/".join(parts)
    path = resource_path("templates", *parts)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BrokenTemplate(f"the document wording {name} cannot be read: {error}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BrokenTemplate(f"the document wording {name} is not of format {FORMAT}")
    if not isinstance(data.get("language"), str):
        raise BrokenTemplate(f"the document wording {name} does not say its language")
    return Wording(data, name)


@functools.cache
def for_language(language: str) -> Wording:
    """The shared wording of one language (resources/templates/wording/<language>.json)."""
    if language not in LANGUAGES:
        raise BrokenTemplate(f"no document wording in {language!r}")
    return read("wording", f"{language}.json")


@functools.cache
def forum(name: str) -> Wording:
    """A forum's own wording and layout (resources/templates/profiles/<name>)."""
    return read("profiles", name)


def languages_with(section: str) -> tuple[str, ...]:
    """The languages whose shared wording has `section`: the languages that document is made in."""
    return tuple(
        language
        for language in LANGUAGES
        if resource_path("templates", "wording", f"{language}.json").is_file()
        and for_language(language).has(section)
    )
