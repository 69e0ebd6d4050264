"""Controlled vocabularies: the codes that records store, labelled in English, Russian, Kyrgyz."""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from notebook.errors import InvalidInput, NotebookError
from notebook.resources import resource_path

# Codes are stored in notebooks, so they must never change once shipped.
CODE_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
REQUIRED_LANGUAGES = ("en", "ru", "ky")  # the interface languages
FALLBACK_LANGUAGE = "en"

_LANGUAGE_KEY = re.compile(r"^[a-z]{2,3}$")
_NOTE_KEY = re.compile(r"^note_([a-z]{2,3})$")


class UnknownVocabulary(NotebookError, LookupError):
    """No vocabulary of that name is shipped; a programming error, not a user's."""


class BrokenVocabulary(NotebookError, ValueError):
    """A vocabulary file is not valid JSON or breaks the vocabulary format; `path` names it."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path


@dataclass(frozen=True)
class Term:
    """One code of a vocabulary with its labels (and optional notes) by language.

    `group` is the code of a term in another vocabulary that gathers this one with its kin
    (an incident type's `incident_groups` code); empty when the term belongs to no group.
    """

    code: str
    labels: Mapping[str, str] = dataclasses.field(hash=False)
    notes: Mapping[str, str] = dataclasses.field(default_factory=dict, hash=False)
    group: str = ""

    def __post_init__(self) -> None:
        # Read-only copies, so a Term shared through the cache cannot be changed by a caller.
        object.__setattr__(self, "labels", MappingProxyType(dict(self.labels)))
        object.__setattr__(self, "notes", MappingProxyType(dict(self.notes)))

    def label(self, language: str = FALLBACK_LANGUAGE) -> str:
        """The label in `language` (`ky`, `ky-KG`, `ru_RU`), else in English, else the code."""
        return _pick(self.labels, language) or self.code

    def note(self, language: str = FALLBACK_LANGUAGE) -> str | None:
        """The definition in `language`, else in English; None if the term has none."""
        return _pick(self.notes, language)


@dataclass(frozen=True)
class Vocabulary:
    """A named, ordered list of terms; build it with `load`, which validates the file."""

    name: str
    description: str
    terms: tuple[Term, ...]
    _by_code: Mapping[str, Term] = dataclasses.field(
        init=False, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "_by_code", MappingProxyType({term.code: term for term in self.terms})
        )

    @property
    def codes(self) -> tuple[str, ...]:
        """Every code, in the order of the file (the order to offer them in)."""
        return tuple(term.code for term in self.terms)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._by_code

    def term(self, code: str) -> Term:
        """The term for `code`; raises `KeyError` if the vocabulary has no such code."""
        return self._by_code[code]

    def label(self, code: str, language: str = FALLBACK_LANGUAGE) -> str:
        """The label of `code` in `language`, else in English, else the code itself.

        A code this vocabulary does not know (say, written by a newer version) is shown as is.
        """
        term = self._by_code.get(code)
        return term.label(language) if term else code


def names() -> tuple[str, ...]:
    """The name of every shipped vocabulary, sorted."""
    return _shipped_names()


def load(name: str) -> Vocabulary:
    """The shipped vocabulary `name`, read once and then cached.

    Raises `UnknownVocabulary` (a `LookupError`) if no such vocabulary is shipped, and
    `BrokenVocabulary` (a `ValueError`) naming the file if the file is malformed.
    """
    if name not in _shipped_names():
        raise UnknownVocabulary(
            f"no vocabulary named {name!r}; shipped: {', '.join(_shipped_names())}"
        )
    return _load_shipped(name)


def require(name: str, code: str, *, field: str) -> str:
    """Return `code` if vocabulary `name` has it, else raise `InvalidInput` for `field`."""
    vocabulary = load(name)
    if code in vocabulary:
        return code
    raise InvalidInput(
        f"{field}: {code!r} is not a known {name} code; "
        f"choose one of: {', '.join(vocabulary.codes)}",
        field=field,
    )


def load_file(path: Path) -> Vocabulary:
    """Read and validate one vocabulary file, uncached; `load` is the way in for shipped ones.

    The file must be named after its vocabulary (`risk_levels.json` holds `risk_levels`).
    Raises `BrokenVocabulary` naming the file if it breaks the format.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as error:
        raise BrokenVocabulary(path, f"not UTF-8 ({error.reason})") from error
    except json.JSONDecodeError as error:
        raise BrokenVocabulary(
            path, f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from error
    return _parse(path, data)


@functools.cache
def _shipped_names() -> tuple[str, ...]:
    folder = resource_path("vocabularies")
    return tuple(sorted(entry.stem for entry in folder.glob("*.json") if entry.is_file()))


@functools.cache
def _load_shipped(name: str) -> Vocabulary:
    return load_file(resource_path("vocabularies", name + ".json"))


def _parse(path: Path, data: Any) -> Vocabulary:
    if not isinstance(data, dict):
        raise BrokenVocabulary(path, "the top level must be a JSON object")
    unexpected = sorted(set(data) - {"vocabulary", "description", "terms"})
    if unexpected:
        raise BrokenVocabulary(path, f"unexpected keys: {', '.join(unexpected)}")
    name = data.get("vocabulary")
    if name != path.stem:
        raise BrokenVocabulary(
            path, f'"vocabulary" is {name!r} but must be the file name, {path.stem!r}'
        )
    description = data.get("description")
    if not isinstance(description, str) or not description.strip():
        raise BrokenVocabulary(path, '"description" must be a non-empty string')
    raw_terms = data.get("terms")
    if not isinstance(raw_terms, list) or not raw_terms:
        raise BrokenVocabulary(path, '"terms" must be a non-empty list')

    terms: list[Term] = []
    seen: set[str] = set()
    for number, raw in enumerate(raw_terms, start=1):
        term = _parse_term(path, number, raw)
        if term.code in seen:
            raise BrokenVocabulary(path, f"term {number}: code {term.code!r} appears twice")
        seen.add(term.code)
        terms.append(term)
    return Vocabulary(name=name, description=description, terms=tuple(terms))


def _parse_term(path: Path, number: int, raw: Any) -> Term:
    if not isinstance(raw, dict):
        raise BrokenVocabulary(path, f"term {number}: must be a JSON object")
    code = raw.get("code")
    where = f"term {number} ({code!r})" if isinstance(code, str) else f"term {number}"
    if not isinstance(code, str) or not CODE_PATTERN.fullmatch(code):
        raise BrokenVocabulary(
            path,
            f"{where}: code must be lowercase ASCII letters and digits joined by single "
            "hyphens, e.g. 'death-threat'",
        )

    labels: dict[str, str] = {}
    notes: dict[str, str] = {}
    group = ""
    for key, value in raw.items():
        if key == "code":
            continue
        if key == "group":
            group = _parse_group(path, where, value)
            continue
        note = _NOTE_KEY.fullmatch(key)
        if note is None and not _LANGUAGE_KEY.fullmatch(key):
            raise BrokenVocabulary(
                path,
                f"{where}: unexpected key {key!r} (expected a language, note_<language> or group)",
            )
        if not isinstance(value, str) or not value.strip():
            raise BrokenVocabulary(path, f"{where}: {key!r} must be a non-empty string")
        if note is None:
            labels[key] = value
        else:
            notes[note.group(1)] = value

    missing = [language for language in REQUIRED_LANGUAGES if language not in labels]
    if missing:
        raise BrokenVocabulary(path, f"{where}: no label in {', '.join(missing)}")
    return Term(code=code, labels=labels, notes=notes, group=group)


def _parse_group(path: Path, where: str, value: Any) -> str:
    # Only the form is checked here: which vocabulary the group belongs to is the reader's
    # business, and a test holds each shipped file to its partner.
    if not isinstance(value, str) or not CODE_PATTERN.fullmatch(value):
        raise BrokenVocabulary(
            path,
            f"{where}: 'group' must be the code of a term of another vocabulary: lowercase "
            "ASCII letters and digits joined by single hyphens, e.g. 'violence'",
        )
    return value


def _pick(texts: Mapping[str, str], language: str) -> str | None:
    primary = re.split(r"[-_]", language, maxsplit=1)[0].lower()
    for candidate in (language, primary, FALLBACK_LANGUAGE):
        text = texts.get(candidate)
        if text:
            return text
    return None
