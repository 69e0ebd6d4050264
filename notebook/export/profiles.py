"""The document profiles a user picks, the languages each is made in, and the one way in to
each: facts in, bytes out."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from docx.document import Document

from notebook.errors import InvalidInput
from notebook.export import wording
from notebook.export.document import set_language, set_properties, to_bytes
from notebook.export.facts import CaseFacts, gather
from notebook.progress import Progress

if TYPE_CHECKING:
    from notebook.notebook import Notebook


@dataclass(frozen=True, kw_only=True)
class ExportOptions:
    """What the user says about a document beyond the case itself; every field may be left
    empty, and the documents then print clearly marked blanks for the lawyer to fill."""

    redact: bool = True
    language: str = "en"  # the language of the document's fixed wording, dates and labels
    witness_id: str = ""  # witness statement: whose statement
    interview_id: str = ""  # interview record: which interview
    author: str = ""  # the document's author property; empty unless the user gives one
    proceedings: str = ""  # the title of proceedings: "Ruziev v State Committee …"
    claim_number: str = ""
    court: str = ""
    party: str = ""  # on whose behalf the statement is made: "Claimant"
    statement_number: str = "1st"
    statement_date: str = ""  # EDTF day; empty leaves a line to fill
    address: str = ""  # the witness's address; empty leaves it out
    prepared_by: str = ""  # appeal and bundle index: who prepared it, if the user says


# The profile's name on the command line → the module that builds it (each has `build`).
PROFILES: dict[str, str] = {
    "witness": "notebook.export.statement",
    "chronology": "notebook.export.chronology",
    "urgent-appeal": "notebook.export.appeal",
    "interview": "notebook.export.interview_record",
    "exhibits": "notebook.export.exhibits",
}
# A profile laid out for one forum is made in the language of that forum's wording file: a
# statement under the England and Wales PD 32 stays English, whatever else the user speaks.
FORUM_FILES: dict[str, tuple[str, ...]] = {
    "witness": ("witness-ew-pd32.json",),
    "urgent-appeal": ("urgent-appeal-un-srhrd.json",),
}
# The others are made in every language whose shared wording has their section.
SECTIONS: dict[str, str] = {
    "chronology": "chronology",
    "interview": "interview",
    "exhibits": "exhibits",
}

Builder = Callable[[CaseFacts, ExportOptions], Document]


class UnsupportedLanguage(InvalidInput):
    """A document asked for in a language it is not made in; `supported` lists those it is."""

    def __init__(self, profile: str, language: str, supported: tuple[str, ...]) -> None:
        super().__init__(
            f"the {profile} document is made only in: {', '.join(supported) or 'no language'}"
            f" (not {language!r})",
            field="language",
        )
        self.profile = profile
        self.language = language
        self.supported = supported


def builder(profile: str) -> Builder:
    _known(profile)
    module = importlib.import_module(PROFILES[profile])
    return module.build


def languages(profile: str) -> tuple[str, ...]:
    """The languages `profile` is made in, in the order they are offered."""
    _known(profile)
    if profile in FORUM_FILES:
        found = {wording.forum(name).language for name in FORUM_FILES[profile]}
        return tuple(language for language in wording.LANGUAGES if language in found)
    return wording.languages_with(SECTIONS[profile])


def common_languages(profiles: Iterable[str]) -> tuple[str, ...]:
    """The languages every one of `profiles` is made in."""
    found = wording.LANGUAGES
    for profile in profiles:
        made = languages(profile)
        found = tuple(language for language in found if language in made)
    return found


def require_language(profile: str, language: str) -> None:
    """Refuse, naming the languages it is made in, a profile asked for in another."""
    supported = languages(profile)
    if language not in supported:
        raise UnsupportedLanguage(profile, language, supported)


def forum_file(profile: str, language: str) -> str:
    """The forum wording file of `profile` in `language`."""
    for name in FORUM_FILES[profile]:
        if wording.forum(name).language == language:
            return name
    raise UnsupportedLanguage(profile, language, languages(profile))


def export_document(
    notebook: Notebook,
    case_id: str,
    profile: str,
    options: ExportOptions = ExportOptions(),
    *,
    progress: Progress | None = None,
) -> bytes:
    """The .docx bytes of one profile for one case, built in memory: the caller writes them
    where the user chose (notebook.export.files.write_export), nowhere else."""
    build = builder(profile)  # an unknown profile is refused before the case is read
    require_language(profile, options.language)  # and so is a language it is not made in
    facts = gather(
        notebook, case_id, redact=options.redact, language=options.language, progress=progress
    )
    return document_bytes(facts, profile, options, build=build)


def document_bytes(
    facts: CaseFacts, profile: str, options: ExportOptions, *, build: Builder | None = None
) -> bytes:
    """The .docx bytes of one profile from facts already gathered in the options' language."""
    require_language(profile, options.language)
    if facts.language != options.language:
        raise ValueError(
            f"the case was gathered in {facts.language!r} for a document in {options.language!r}"
        )
    document = (build or builder(profile))(facts, options)
    set_language(document, options.language)
    set_properties(document, title=facts.case.title, author=options.author)
    return to_bytes(document)


def _known(profile: str) -> None:
    if profile not in PROFILES:
        raise InvalidInput(
            f"no document profile {profile!r}; choose one of: {', '.join(PROFILES)}",
            field="profile",
        )
