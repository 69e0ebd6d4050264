"""Word documents built in memory from a shipped template, with nothing about who made them.

Every profile goes through here: the template is opened and its styles checked, text from
records is made safe for XML, page numbers are real Word fields, the core properties are set
on purpose, and the package's zip entries get one fixed time, so a document says nothing of
the machine, the user or the moment it was made beyond what the user put in it.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime
from html import escape  # not xml.sax.saxutils: that one imports urllib.request
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from notebook.errors import NotebookError
from notebook.resources import resource_path

# The styles every template must define; a replacement template that lacks one is refused
# with its name, rather than failing halfway through a document.
REQUIRED_STYLES = (
    "Normal",
    "Title",
    "Heading 1",
    "Heading 2",
    "List Number",
    "Table Grid",
)
# Zip entries carry this time: a date of no one's choosing (the earliest a zip can hold).
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
# Core properties carry this one: the values the format requires, meaning nothing.
FIXED_PROPERTY_TIME = datetime(2000, 1, 1, tzinfo=UTC)

# XML 1.0 cannot carry these: C0 controls other than tab, line feed and carriage return,
# lone surrogates, and U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class BrokenTemplate(NotebookError):
    """A Word template that cannot be used: missing, not a .docx, or without a needed style."""


def clean(text: str) -> str:
    """Text from a record made safe for a Word document: characters XML cannot carry are
    dropped (a record pasted from anywhere must still export)."""
    return _NOT_XML.sub("", text)


def template_path(name: str) -> Path:
    return resource_path("templates", name)


def open_template(name: str = "case-notebook.docx") -> Document:
    """A new document from a template in resources/templates, its body emptied, its styles
    checked, its page A4 portrait with margins of 25 mm."""
    path = template_path(name)
    try:
        document = docx.Document(str(path))
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, PackageNotFoundError) as error:
        raise BrokenTemplate(f"the Word template {path.name} cannot be read: {error}") from error
    names = {style.name for style in document.styles}
    missing = [style for style in REQUIRED_STYLES if style not in names]
    if missing:
        raise BrokenTemplate(
            f"the Word template {path.name} lacks the styles: {', '.join(missing)}"
        )
    # python-docx's default template carries a thumbnail picture (with a colour profile and
    # EXIF of its own): a trace of the library, and nothing a document needs.
    package = document.part.package
    for key, relationship in list(package.rels.items()):
        if relationship.reltype == RT.THUMBNAIL:
            del package.rels[key]
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    for section in document.sections:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(25))
    return document


def add_unbroken(paragraph: Paragraph, text: str) -> Run:
    """A run of `text` whose hyphens joining a number to a word ("2019-жылдын", "4-ноябры",
    "1990-е") are non-breaking: Kyrgyz and Russian dates carry them, and a narrow column
    broken there would leave "4-" alone at the end of a line."""
    run = paragraph.add_run()
    for element in _unbroken_elements(text):
        run._r.append(element)
    return run


def unbroken_xml(text: str) -> str:
    """The run content of `text` as WordprocessingML, hyphens as in `add_unbroken`."""
    pieces = []
    for number, piece in enumerate(_NUMBER_HYPHEN.split(text)):
        if number:
            pieces.append("<w:noBreakHyphen/>")
        if piece:
            pieces.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
    return "".join(pieces)


def _unbroken_elements(text: str) -> list:
    elements = []
    for number, piece in enumerate(_NUMBER_HYPHEN.split(text)):
        if number:
            elements.append(OxmlElement("w:noBreakHyphen"))
        if piece:
            element = OxmlElement("w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = piece
            elements.append(element)
    return elements


_NUMBER_HYPHEN = re.compile(r"(?<=\d)-(?=[^\W\d_])")


def set_style(paragraph: Paragraph, style: ParagraphStyle) -> None:
    """Give a paragraph a style by its id. `paragraph.style = style` asks python-docx to look
    the default style up among all of them each time, which makes a 1,000-row table take
    seconds instead of a fraction of one."""
    paragraph._p.get_or_add_pPr().style = style.style_id


def add_field(paragraph: Paragraph, instruction: str, placeholder: str = "1") -> None:
    """A Word field (PAGE, NUMPAGES …) that Word and LibreOffice compute when they lay out
    the page; `placeholder` is what shows until they do."""
    for kind, text in (("begin", None), ("instr", instruction), ("separate", None)):
        run = paragraph.add_run()
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} "
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)
    paragraph.add_run(placeholder)
    end = paragraph.add_run()
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), "end")
    end._r.append(element)


def page_footer(document: Document, reference: str, wording: str = "Page {page} of {pages}"):
    """ "REFERENCE    Page X of Y" in every footer, X and Y as fields; `wording` places them
    ("Страница {page} из {pages}", "Бет {page} / {pages}")."""
    for section in document.sections:
        footer = section.footer
        paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        for run in list(paragraph.runs):
            run._r.getparent().remove(run._r)
        paragraph.alignment = 1  # centred
        if reference:
            paragraph.add_run(clean(reference) + "    ")
        for piece in _PAGE_FIELDS.split(wording):
            if piece in _FIELD_NAMES:
                add_field(paragraph, _FIELD_NAMES[piece])
            elif piece:
                paragraph.add_run(clean(piece))


_PAGE_FIELDS = re.compile(r"(\{page\}|\{pages\})")
_FIELD_NAMES = {"{page}": "PAGE", "{pages}": "NUMPAGES"}
# The language a document's text is marked as, so that Word and LibreOffice check its
# spelling, hyphenate it and choose its quotation marks as that language asks.
LANGUAGE_TAGS = {"en": "en-GB", "ru": "ru-RU", "ky": "ky-KG"}


def set_language(document: Document, language: str) -> None:
    """Mark the document's text as written in `language` (its default run properties)."""
    tag = LANGUAGE_TAGS.get(language, language)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        document.styles.element.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = OxmlElement("w:rPrDefault")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run_defaults.append(properties)
    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        properties.append(lang)
    lang.set(qn("w:val"), tag)
    lang.set(qn("w:eastAsia"), tag)


def set_properties(document: Document, *, title: str, author: str = "") -> None:
    """Every core property on purpose: the title from the case, the author only if the user
    gave one, fixed times, and none of the template's or the library's own traces."""
    properties = document.core_properties
    properties.title = clean(title)
    properties.author = clean(author)
    properties.last_modified_by = clean(author)
    for name in ("subject", "keywords", "comments", "category", "content_status"):
        setattr(properties, name, "")
    properties.identifier = ""
    properties.language = ""
    properties.version = ""
    properties.revision = 1
    properties.created = FIXED_PROPERTY_TIME
    properties.modified = FIXED_PROPERTY_TIME
    properties.last_printed = FIXED_PROPERTY_TIME


def to_bytes(document: Document) -> bytes:
    """The document as .docx bytes, its zip entries in their order with one fixed time and
    no extended attributes, and app.xml naming no program."""
    built = io.BytesIO()
    document.save(built)
    built.seek(0)
    normalised = io.BytesIO()
    with (
        zipfile.ZipFile(built) as source,
        zipfile.ZipFile(normalised, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            data = source.read(entry.filename)
            if entry.filename == "docProps/app.xml":
                data = _NEUTRAL_APP_XML
            info = zipfile.ZipInfo(entry.filename, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            info.create_system = 3
            target.writestr(info, data)
    return normalised.getvalue()


_NEUTRAL_APP_XML = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    b' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    b"<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    b"<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)
