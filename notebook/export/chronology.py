"""The chronology profile: a case's facts in date order, as one landscape Word table and as CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from html import escape  # not xml.sax.saxutils: that one imports urllib.request
from typing import TYPE_CHECKING

from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import parse_xml
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

from notebook import datetext, vocabularies
from notebook.export.document import (
    add_unbroken,
    clean,
    open_template,
    page_footer,
    set_style,
    unbroken_xml,
)
from notebook.export.facts import CaseFacts, Fact, gather, withheld_reason
from notebook.export.profiles import ExportOptions, require_language
from notebook.export.wording import Wording
from notebook.progress import Progress

if TYPE_CHECKING:
    from notebook.notebook import Notebook

# The columns, by their key in the wording's "chronology.columns".
COLUMNS = (
    "number", "date", "event", "place", "actors", "sources", "fact_status", "confidentiality",
)  # fmt: skip
# Landscape A4 less two margins of 15 mm is 267 mm; the event holds the prose, so it gets most.
WIDTHS_MM = (11, 28, 78, 28, 40, 32, 22, 28)
# The CSV splits the event into title and description, and gives the EDTF beside the words so
# that a program can sort and filter what a reader sees as "about 2019". That column's name
# is for programs, so it is the same in every language.
EDTF_COLUMN = "date_edtf"
CSV_COLUMNS = (
    "number", "date", EDTF_COLUMN, "event", "description", "place", "actors", "sources",
    "fact_status", "confidentiality",
)  # fmt: skip
# The dates the reading note shows as examples, put into words in the document's language.
DATE_EXAMPLES = {"month": "2019-06", "about": "2019~", "range": "2019-06-10/2019-06-12"}
UNCERTAIN_EXAMPLE = "2020-06?"

LANDSCAPE_MARGIN_MM = 15
TABLE_TEXT = "Table Text"  # a paragraph style added to the document: 9 pt, single spaced
TEXT_PT = 9
SMALL_PT = 8
HEADER_SHADE = "D9D9D9"
# About half a landscape page of 8 pt text in the event column: rows up to this long are
# kept whole on one page.
LONGEST_UNBROKEN_ROW = 1500

# Cells that open with these are formulas to Excel and LibreOffice: a record pasted from a
# hostile source could run =HYPERLINK(…) or a DDE command when a lawyer opens the CSV. Tab and
# carriage return are on OWASP's list too, since some spreadsheets strip them and then read on.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def build(facts: CaseFacts, options: ExportOptions) -> Document:
    """The chronology as a Word document: title, how to read it, one table, what was withheld."""
    words = facts.words
    document = open_template()
    landscape(document)
    title_block(document, words.text("chronology", "title"), facts)
    _confidential_warning(document, facts)
    _reading_note(document, facts)
    style = table_text_style(document)
    headers = [words.text("chronology", "columns", column) for column in COLUMNS]
    table = new_table(document, headers, WIDTHS_MM, style)
    widths = [Mm(width).twips for width in WIDTHS_MM]
    for number, fact in enumerate(facts.facts, start=1):
        table._tbl.append(_row(number, fact, widths, style.style_id))
    if not facts.facts:
        document.add_paragraph(words.text("chronology", "empty"))
    _withheld(document, facts)
    page_footer(document, facts.case.reference, str(words("footer")))
    return document


def csv_header(words: Wording) -> list[str]:
    return [
        column if column == EDTF_COLUMN else words.text("chronology", "columns", column)
        for column in CSV_COLUMNS
    ]


def csv_bytes(facts: CaseFacts) -> bytes:
    """The chronology as CSV: one row per fact, the columns of the table plus the EDTF date,
    the header and the words in the language the facts were gathered in."""
    rows = [
        (
            str(number),
            fact.date_text,
            fact.date,
            fact.title,
            fact.description,
            fact.place,
            "; ".join(actor_lines(fact)),
            "; ".join(source_lines(fact)),
            fact.fact_status_text,
            confidentiality_mark(fact)[0],
        )
        for number, fact in enumerate(facts.facts, start=1)
    ]
    return csv_file(csv_header(facts.words), rows)


def export_csv(
    notebook: Notebook,
    case_id: str,
    options: ExportOptions,
    *,
    progress: Progress | None = None,
) -> bytes:
    """The chronology CSV of one case, redacted and in the language the options say, built in
    memory."""
    require_language("chronology", options.language)
    return csv_bytes(
        gather(
            notebook, case_id, redact=options.redact, language=options.language, progress=progress
        )
    )


# -- what a row says ------------------------------------------------------------------------


def actor_lines(fact: Fact) -> list[str]:
    """ "Kamil Ruziev (victim)", one per actor."""
    return [
        f"{actor.name} ({_lower_word(actor.role)})" if actor.role else actor.name
        for actor in fact.actors
    ]


def source_lines(fact: Fact) -> list[str]:
    """The exhibit marks on one line, then each interview that describes the fact."""
    return ([", ".join(fact.exhibits)] if fact.exhibits else []) + list(fact.interviews)


def confidentiality_mark(fact: Fact) -> tuple[str, bool]:
    """The row's marking and whether it is set in bold.

    Confidential rows are in capitals and bold so that someone deciding what may be shared
    sees them at a glance on a printed page.
    """
    if "confidential" in fact.confidentiality:
        return fact.confidentiality_text.upper(), True
    return fact.confidentiality_text, False


def _lower_word(role: str) -> str:
    # "Victim" reads as "(victim)" after a name; an acronym such as "NGO" keeps its capitals.
    return role[:1].lower() + role[1:] if role[1:2].islower() else role


def _row(number: int, fact: Fact, widths: Sequence[int], style_id: str) -> BaseOxmlElement:
    """One row of the table, written as XML and parsed once: building it cell by cell through
    python-docx costs some forty element insertions a cell, a thousand rows three seconds."""
    mark, bold = confidentiality_mark(fact)
    cells: list[list[tuple[str, bool, float | None]]] = [
        [(str(number), False, None)],
        [(fact.date_text, False, None)],
        [(fact.title, True, None)]
        + [(line, False, SMALL_PT) for line in fact.description.split("\n")],
        [(fact.place, False, None)],
        [(line, False, None) for line in actor_lines(fact)],
        [(line, False, None) for line in source_lines(fact)],
        [(fact.fact_status_text, False, None)],
        [(mark, bold, None)],
    ]
    keep = "<w:cantSplit/>" if len(fact.description) <= LONGEST_UNBROKEN_ROW else ""
    xml = [f"<w:tr {nsdecls('w')}><w:trPr>{keep}</w:trPr>"]
    for width, lines in zip(widths, cells, strict=True):
        xml.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>')
        paragraphs = [
            (text, strong, size) for text, strong, size in lines if clean(text).strip()
        ] or [("", False, None)]
        for text, strong, size in paragraphs:
            xml.append(f'<w:p><w:pPr><w:pStyle w:val="{escape(style_id)}"/></w:pPr>')
            if text:
                properties = ("<w:b/>" if strong else "") + (
                    f'<w:sz w:val="{round(size * 2)}"/>' if size else ""
                )
                xml.append(
                    f"<w:r><w:rPr>{properties}</w:rPr>{unbroken_xml(clean(text).strip())}</w:r>"
                )
            xml.append("</w:p>")
        xml.append("</w:tc>")
    xml.append("</w:tr>")
    return parse_xml("".join(xml))


# -- around the table -------------------------------------------------------------------------


def title_block(document: Document, title: str, facts: CaseFacts) -> None:
    """The document's title, then the case it is about and its reference."""
    document.add_paragraph(title, style="Title")
    case = document.add_paragraph()
    case.add_run(clean(facts.case.title)).bold = True
    if facts.case.reference:
        reference = facts.words.text("reference", reference=clean(facts.case.reference))
        case.add_run("\n" + reference)


def redaction_line(document: Document, facts: CaseFacts, section: str) -> None:
    """Whether protected people are hidden: said plainly, and loudly when they are not;
    `section` is the document's part of the wording ("chronology", "exhibits")."""
    paragraph = document.add_paragraph()
    if facts.redacted:
        paragraph.add_run(facts.words.text("redacted"))
    else:
        run = paragraph.add_run(facts.words.text(section, "not_redacted"))
        run.bold = True
    paragraph.runs[0].font.size = Pt(TEXT_PT)


def note(document: Document, text: str) -> Paragraph:
    paragraph = document.add_paragraph()
    paragraph.add_run(text).font.size = Pt(TEXT_PT)
    return paragraph


def _confidential_warning(document: Document, facts: CaseFacts) -> None:
    # Said once at the top as well as on each row: whoever forwards the document reads the
    # first page, not the last row.
    marked = sum(1 for fact in facts.facts if confidentiality_mark(fact)[1])
    if marked:
        mark = vocabularies.load("confidentiality").label("confidential", facts.language).upper()
        warning = document.add_paragraph()
        warning.add_run(
            facts.words.text(
                "chronology",
                "confidential_count",
                mark=mark,
                marked=facts.words.number(marked),
                total=facts.words.number(len(facts.facts)),
            )
        ).bold = True


def _reading_note(document: Document, facts: CaseFacts) -> None:
    words, language = facts.words, facts.language
    document.add_paragraph(words.text("chronology", "reading"), style="Heading 2")
    note(document, words.text("chronology", "order"))
    examples = {
        name: words.quoted(datetext.describe(date, language))
        for name, date in DATE_EXAMPLES.items()
    }
    examples["uncertain"] = words.quoted(datetext.describe(UNCERTAIN_EXAMPLE, language))
    note(document, words.text("chronology", "dates", **examples))
    for vocabulary in ("fact_status", "confidentiality"):
        definitions = _definitions(vocabulary, words, language)
        note(document, words.text("chronology", vocabulary, definitions=definitions))
    note(document, words.text("chronology", "sources"))
    redaction_line(document, facts, "chronology")


def _definitions(vocabulary: str, words: Wording, language: str) -> str:
    """ "Undisputed – accepted by all sides…; Disputed – …", from the shipped vocabulary, so
    the note and the column always use the same words."""
    parts = []
    for term in vocabularies.load(vocabulary).terms:
        definition = (term.note(language) or "").rstrip(".")
        label = term.label(language)
        if "confidential" in term.code:
            label = label.upper()
        if definition:
            definition = definition[:1].lower() + definition[1:]
            label = words.text("chronology", "definition", label=label, definition=definition)
        parts.append(label)
    return "; ".join(parts)


def _withheld(document: Document, facts: CaseFacts) -> None:
    interviews = [item for item in facts.withheld if item.kind == "interview"]
    if not interviews:
        return
    words = facts.words
    document.add_paragraph(words.text("chronology", "withheld"), style="Heading 2")
    note(document, words.text("chronology", "withheld_note"))
    for item in interviews:
        reason = withheld_reason(item, words)
        note(
            document,
            words.text(
                "chronology", "withheld_item", label=clean(item.label), reason=clean(reason)
            ),
        )


# -- tables and pages shared with the schedule of exhibits ------------------------------------


def landscape(document: Document, *, margin_mm: float = LANDSCAPE_MARGIN_MM) -> None:
    """A4 turned on its side, for tables too wide for a portrait page."""
    for section in document.sections:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(margin_mm))


def table_text_style(document: Document) -> ParagraphStyle:
    """A compact paragraph style for table cells: Normal's space after and line height would
    make every row twice as tall as its text."""
    styles = document.styles
    if TABLE_TEXT in styles:
        found = styles[TABLE_TEXT]
        assert isinstance(found, ParagraphStyle)
        return found
    style = styles.add_style(TABLE_TEXT, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles["Normal"]
    style.font.size = Pt(TEXT_PT)
    style.paragraph_format.space_before = Pt(0)
    style.paragraph_format.space_after = Pt(2)
    style.paragraph_format.line_spacing = 1.0
    return style


def new_table(
    document: Document, headers: Sequence[str], widths_mm: Sequence[float], style: ParagraphStyle
) -> Table:
    """A "Table Grid" table of fixed column widths whose header row is repeated on every page."""
    table = document.add_table(rows=1, cols=len(headers))
    table.style = document.styles["Table Grid"]
    # Fixed layout: Word and LibreOffice otherwise size columns by their content, and a long
    # description would squeeze the date into a column one word wide.
    table.autofit = False
    _cell_margins(table)
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    header = table.rows[0]
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header._tr.get_or_add_trPr().append(repeat)
    for cell, text, width in zip(header.cells, headers, widths_mm, strict=True):
        cell.width = Mm(width)
        shade(cell, HEADER_SHADE)
        write(cell, [text], style, bold=True)
    return table


def write(
    cell: _Cell,
    lines: Iterable[str],
    style: ParagraphStyle,
    *,
    bold: bool = False,
    size: float | None = None,
    font: str | None = None,
    append: bool = False,
) -> None:
    """Each line as a paragraph of the cell; `append` adds below what the cell already holds.

    A new cell has one empty paragraph, which the first line fills, so no blank line is left.
    """
    paragraphs = cell.paragraphs
    first = paragraphs[0] if not append and not paragraphs[0].runs else None
    if first is not None:
        set_style(first, style)  # even left empty, it must not take Normal's taller spacing
    for line in lines:
        text = clean(line).strip()
        if not text:
            continue  # blank lines of a description would only stretch the row
        if first is None:
            paragraph = cell.add_paragraph()
            set_style(paragraph, style)
        else:
            paragraph = first
        first = None
        run = add_unbroken(paragraph, text)
        run.bold = bold or None
        if size is not None:
            run.font.size = Pt(size)
        if font is not None:
            run.font.name = font


def keep_row_on_one_page(row: _Row, text_length: int) -> None:
    """Stop a row breaking across pages, unless its text is long enough to need more than one.

    A short row cut in two leaves one line of an event at the foot of a page, cut off from
    its date; a row longer than a page must be allowed to break, or it would be clipped.
    """
    if text_length <= LONGEST_UNBROKEN_ROW:
        row._tr.get_or_add_trPr().insert(0, OxmlElement("w:cantSplit"))


def shade(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _cell_margins(table: Table) -> None:
    # Set here, not left to the template: the SHA-256 column of the schedule is sized so that
    # a fingerprint breaks into two equal lines, which depends on the side margins.
    margins = OxmlElement("w:tblCellMar")
    for side, twips in (("top", 28), ("left", 108), ("bottom", 28), ("right", 108)):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:w"), str(twips))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    # The schema fixes the order of a table's properties; Word refuses a file that breaks it.
    table._tbl.tblPr.insert_element_before(
        margins, "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange"
    )


# -- CSV shared with the schedule of exhibits -------------------------------------------------


def neutralise(cell: str) -> str:
    """A cell a spreadsheet would read as a formula, made text by a leading apostrophe."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def csv_file(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    """RFC 4180 CSV: CRLF after every record, quotes only where a cell needs them."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    # Excel reads a CSV without a byte-order mark in the machine's legacy code page (cp1251,
    # cp1252 …) and turns Cyrillic into mojibake; the BOM tells it the file is UTF-8.
    return out.getvalue().encode("utf-8-sig")
