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
from notebook.export.wording import Wording

if TYPE_CHECKING:
    from notebook.export.profiles import ExportOptions

# The columns, by their key in the wording's "exhibits.columns".
COLUMNS = ("exhibit", "description", "date", "source", "sha256", "acquisition")
# 267 mm across a landscape page. The SHA-256 column holds 32 characters of 8 pt Courier New
# (4.8 pt each) between the cell's side margins, and not 33: a fingerprint always breaks into
# two equal halves, never 33 and 31, so two of them can be compared by eye.
# The date column holds a Kyrgyz year ("2020-жылдын") on one line.
WIDTHS_MM = (18, 70, 26, 40, 59, 54)
HASH_FONT = "Courier New"
HASH_PT = 8
# date_edtf is a name for programs, the same in every language.
EDTF_COLUMN = "date_edtf"
CSV_COLUMNS = (
    "exhibit", "title", "description", "kind", "date", EDTF_COLUMN, "source", "acquired_how",
    "acquired_by", "sha256", "file_name", "size", "custody",
)  # fmt: skip


def build(facts: CaseFacts, options: ExportOptions) -> Document:
    """The schedule as a Word document: title, how to read it, one table of every exhibit."""
    words = facts.words
    document = open_template()
    landscape(document)
    title_block(document, words.text("exhibits", "title"), facts)
    _reading_note(document, facts)
    style = table_text_style(document)
    headers = [words.text("exhibits", "columns", column) for column in COLUMNS]
    table = new_table(document, headers, WIDTHS_MM, style)
    for exhibit in facts.exhibits:
        row = table.add_row()
        _fill_row(row.cells, exhibit, style, words)
        keep_row_on_one_page(row, len(exhibit.description))
    if not facts.exhibits:
        note(document, words.text("exhibits", "empty"))
    page_footer(document, facts.case.reference, str(words("footer")))
    return document


def csv_bytes(facts: CaseFacts) -> bytes:
    """The schedule as CSV, for a bundle's data folder: one row per evidence item, with the
    mark and fingerprint left empty where there is none, so a program need not read words;
    the header and the words in the language the facts were gathered in."""
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
    words = facts.words
    header = [
        column if column == EDTF_COLUMN else words.text("exhibits", "columns", column)
        for column in CSV_COLUMNS
    ]
    return csv_file(header, rows)


def _fill_row(
    cells: Sequence[_Cell], exhibit: Exhibit, style: ParagraphStyle, words: Wording
) -> None:
    mark, description, date, source, fingerprint, acquisition = cells
    write(mark, [exhibit.mark or words.text("exhibits", "no_mark")], style, bold=bool(exhibit.mark))
    write(description, [exhibit.title], style, bold=True)
    write(description, exhibit.description.split("\n"), style, size=SMALL_PT, append=True)
    write(description, [_file_line(exhibit, words)], style, size=SMALL_PT, append=True)
    write(date, [exhibit.date_text], style)
    write(source, [exhibit.source or words.text("exhibits", "not_recorded")], style)
    if exhibit.sha256:
        write(fingerprint, [exhibit.sha256], style, size=HASH_PT, font=HASH_FONT)
    else:
        write(fingerprint, [words.text("exhibits", "kept_elsewhere")], style)
    how = exhibit.acquired_how or words.text("exhibits", "how_not_recorded")
    write(acquisition, [how], style)
    if exhibit.acquired_by:
        write(
            acquisition,
            [words.text("exhibits", "by", name=exhibit.acquired_by)],
            style,
            append=True,
        )
    custody = words.text("exhibits", "custody", custody=exhibit.custody)
    write(acquisition, [custody], style, size=SMALL_PT, append=True)


def _file_line(exhibit: Exhibit, words: Wording) -> str:
    """ "Photo · hospital.png · 1,755 bytes", or the kind alone when the file is elsewhere."""
    parts = [exhibit.kind]
    if exhibit.sha256:
        parts += [exhibit.original_name, words.counted("exhibits", "size", count=exhibit.size)]
    return " · ".join(part for part in parts if part)


def _reading_note(document: Document, facts: CaseFacts) -> None:
    words = facts.words
    document.add_paragraph(words.text("exhibits", "reading"), style="Heading 2")
    no_mark = words.quoted(words.text("exhibits", "no_mark"))
    note(document, words.text("exhibits", "order", no_mark=no_mark))
    kept = words.text("exhibits", "kept_elsewhere")
    kept = words.quoted(kept[:1].upper() + kept[1:])
    note(document, words.text("exhibits", "fingerprint", kept_elsewhere=kept))
    note(document, words.text("exhibits", "custody_note"))
    redaction_line(document, facts, "exhibits")
