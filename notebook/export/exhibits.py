"""The schedule of exhibits: every evidence item of a case by mark, with its fingerprint."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from docx.document import Document
from docx.styles.style import ParagraphStyle
from docx.table import _Cell

from notebook.export.chronology import (
    SMALL_PT,
    csv_file,
    keep_row_on_one_page,
    landscape,
    new_table,
    note,
    redaction_line,
    table_text_style,
    title_block,
    write,
)
from notebook.export.document import open_template, page_footer
from notebook.export.facts import CaseFacts, Exhibit

if TYPE_CHECKING:
    from notebook.export.profiles import ExportOptions

COLUMNS = (
    "Exhibit",
    "Description",
    "Date acquired",
    "Source",
    "SHA-256",
    "Acquisition and custody",
)
# 267 mm across a landscape page. The SHA-256 column holds 32 characters of 8 pt Courier New
# (4.8 pt each) between the cell's side margins, and not 33: a fingerprint always breaks into
# two equal halves, never 33 and 31, so two of them can be compared by eye.
WIDTHS_MM = (18, 72, 24, 40, 59, 54)
HASH_FONT = "Courier New"
HASH_PT = 8
NO_MARK = "(no mark)"
KEPT_ELSEWHERE = "kept elsewhere"
CSV_COLUMNS = (
    "Exhibit",
    "Title",
    "Description",
    "Kind",
    "Date acquired",
    "date_edtf",
    "Source",
    "Acquired how",
    "Acquired by",
    "SHA-256",
    "File name",
    "Size (bytes)",
    "Custody",
)


def build(facts: CaseFacts, options: ExportOptions) -> Document:
    """The schedule as a Word document: title, how to read it, one table of every exhibit."""
    document = open_template()
    landscape(document)
    title_block(document, "Schedule of exhibits", facts)
    _reading_note(document, facts)
    style = table_text_style(document)
    table = new_table(document, COLUMNS, WIDTHS_MM, style)
    for exhibit in facts.exhibits:
        row = table.add_row()
        _fill_row(row.cells, exhibit, style)
        keep_row_on_one_page(row, len(exhibit.description))
    if not facts.exhibits:
        note(document, "No evidence is recorded in this case.")
    page_footer(document, facts.case.reference)
    return document


def csv_bytes(facts: CaseFacts) -> bytes:
    """The schedule as CSV, for a bundle's data folder: one row per evidence item, with the
    mark and fingerprint left empty where there is none, so a program need not read words."""
    rows = [
        (
            exhibit.mark,
            exhibit.title,
            exhibit.description,
            exhibit.kind,
            exhibit.date_text,
            exhibit.date,
            exhibit.source,
            exhibit.acquired_how,
            exhibit.acquired_by,
            exhibit.sha256,
            exhibit.original_name,
            str(exhibit.size) if exhibit.sha256 else "",
            exhibit.custody,
        )
        for exhibit in facts.exhibits
    ]
    return csv_file(CSV_COLUMNS, rows)


def _fill_row(cells: Sequence[_Cell], exhibit: Exhibit, style: ParagraphStyle) -> None:
    mark, description, date, source, fingerprint, acquisition = cells
    write(mark, [exhibit.mark or NO_MARK], style, bold=bool(exhibit.mark))
    write(description, [exhibit.title], style, bold=True)
    write(description, exhibit.description.split("\n"), style, size=SMALL_PT, append=True)
    write(description, [_file_line(exhibit)], style, size=SMALL_PT, append=True)
    write(date, [exhibit.date_text], style)
    write(source, [exhibit.source or "not recorded"], style)
    if exhibit.sha256:
        write(fingerprint, [exhibit.sha256], style, size=HASH_PT, font=HASH_FONT)
    else:
        write(fingerprint, [KEPT_ELSEWHERE], style)
    write(acquisition, [exhibit.acquired_how or "How acquired: not recorded"], style)
    if exhibit.acquired_by:
        write(acquisition, [f"By {exhibit.acquired_by}"], style, append=True)
    write(acquisition, [f"Custody: {exhibit.custody}"], style, size=SMALL_PT, append=True)


def _file_line(exhibit: Exhibit) -> str:
    """ "Photo · hospital.png · 1,755 bytes", or the kind alone when the file is elsewhere."""
    parts = [exhibit.kind]
    if exhibit.sha256:
        parts += [exhibit.original_name, f"{exhibit.size:,} bytes"]
    return " · ".join(part for part in parts if part)


def _reading_note(document: Document, facts: CaseFacts) -> None:
    document.add_paragraph("Reading this schedule", style="Heading 2")
    note(
        document,
        "Exhibits are listed by their mark; evidence not yet given a mark comes last, "
        f"as “{NO_MARK}”. The date is the date the item was acquired for the case, not the "
        "date the document bears.",
    )
    note(
        document,
        "SHA-256 is the fingerprint of the file as kept in the case notebook. Computed again "
        "from a copy (certutil -hashfile FILE SHA256 on Windows, shasum -a 256 FILE on macOS, "
        "sha256sum FILE on Linux), the same 64 characters show the copy is the same file, "
        f"bit for bit. “{KEPT_ELSEWHERE.capitalize()}” means the notebook describes the item "
        "but does not hold the file.",
    )
    note(
        document,
        "Custody summarises the notebook's own record of the file: when it was taken in and "
        "by whom, then how many times it was viewed, exported or checked.",
    )
    redaction_line(document, facts, "schedule")
