"""The document profiles a user picks, and the one way in to each: facts in, bytes out."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from docx.document import Document

from notebook.errors import InvalidInput
from notebook.export.document import set_properties, to_bytes
from notebook.export.facts import CaseFacts, gather
from notebook.progress import Progress

if TYPE_CHECKING:
    from notebook.notebook import Notebook


@dataclass(frozen=True, kw_only=True)
class ExportOptions:
    """What the user says about a document beyond the case itself; every field may be left
    empty, and the documents then print clearly marked blanks for the lawyer to fill."""

    redact: bool = True
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

Builder = Callable[[CaseFacts, ExportOptions], Document]


def builder(profile: str) -> Builder:
    if profile not in PROFILES:
        raise InvalidInput(
            f"no document profile {profile!r}; choose one of: {', '.join(PROFILES)}",
            field="profile",
        )
    module = importlib.import_module(PROFILES[profile])
    return module.build


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
    facts = gather(notebook, case_id, redact=options.redact, progress=progress)
    return document_bytes(facts, profile, options, build=build)


def document_bytes(
    facts: CaseFacts, profile: str, options: ExportOptions, *, build: Builder | None = None
) -> bytes:
    """The .docx bytes of one profile from facts already gathered."""
    document = (build or builder(profile))(facts, options)
    set_properties(document, title=facts.case.title, author=options.author)
    return to_bytes(document)
