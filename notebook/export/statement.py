"""The witness statement profile: a case's facts as a draft statement laid out by a JSON profile."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

from notebook import dates, datetext
from notebook.errors import InvalidInput
from notebook.export import wording
from notebook.export.document import clean, open_template, page_footer
from notebook.export.facts import CaseFacts, Fact, exhibit_key
from notebook.export.profiles import ExportOptions, forum_file
from notebook.export.wording import Wording
from notebook.model import Person

DEFAULT_PROFILE = "witness-ew-pd32.json"

# Blanks travel through str.format between these two marks, so the writer can highlight
# them; clean() drops both from every value first, so no record can forge a blank.
_BLANK_START, _BLANK_END = "\x01", "\x02"
_BLANK = re.compile(f"({_BLANK_START}[^{_BLANK_END}]*{_BLANK_END})")
_DAYS = (dates.Precision.DAY, dates.Precision.MINUTE, dates.Precision.SECOND)
_SENTENCE_END = (".", "!", "?", "…")
# The elements a w:pBdr must precede inside w:pPr (ECMA-376 order), or Word reports damage.
_AFTER_BORDER = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip


def load_wording(name: str = DEFAULT_PROFILE) -> Wording:
    """A statement profile read from resources/templates/profiles: fixed words and layout."""
    return wording.read("profiles", name)


@dataclass(frozen=True)
class Witness:
    """Whose statement it is, as the document may show them."""

    person_id: str  # "" when the user chose no one: the statement then has blanks
    name: str  # full name, or a pseudonym when redacting a protected witness
    short: str  # initials and surname for the top-right block
    occupation: str
    address: str


def build(facts: CaseFacts, options: ExportOptions, *, profile: str = "") -> Document:
    """A witness statement in the layout of `profile`: the top-right block, the heading, the
    opening, one numbered paragraph per fact in date order citing its exhibits and, where the
    witness is not among its people, the source of the information, then the statement of
    truth. Raises InvalidInput(field="witness") for a witness who is not a person of the case.
    """
    words = load_wording(profile or forum_file("witness", options.language))
    witness = _witness(facts, options)
    signed_on = _statement_date(options.statement_date, words)
    document = open_template(str(words("template")))
    _lay_out(document, words)
    cited = sorted({mark for fact in facts.facts for mark in fact.exhibits}, key=exhibit_key)
    redact = facts.redactor.text

    _top_block(document, words, options, witness, cited, signed_on, redact)
    _heading(document, words, options, witness, redact)
    opening = "with_address" if witness.address else "without_address"
    _write(
        _body(document, words),
        words.text("opening", opening, **_opening_values(witness, words)),
    )
    number = 0
    for paragraph in words("introduction"):
        number += 1
        _numbered(document, words, number, str(paragraph))
    introduced: set[str] = set()
    for fact in facts.facts:
        number += 1
        _numbered(document, words, number, _fact_text(fact, facts, witness, words, introduced))
    _truth(document, words, witness, signed_on)
    page, of = words.text("footer", "page"), words.text("footer", "of")
    page_footer(document, facts.case.reference, f"{page} {{page}} {of} {{pages}}")
    return document


# -- the witness and the dates --------------------------------------------------------------


def _witness(facts: CaseFacts, options: ExportOptions) -> Witness:
    if not options.witness_id:
        return Witness("", "", "", "", "")
    person = facts.person(options.witness_id)
    if not isinstance(person, Person):
        raise InvalidInput("the witness must be a person of this case", field="witness")
    name = facts.names[person.id]
    protected = facts.redactor.is_protected(person.id)
    # A protected witness's address would undo the pseudonym: it goes the way of the contact
    # details gather already leaves out.
    address = "" if protected else _one_line(facts.redactor.text(options.address))
    return Witness(
        person_id=person.id,
        name=name,
        short=name if protected else _initials_and_surname(name),
        # gather has already passed the occupation through the redactor.
        occupation=_one_line(person.occupation),
        address=address,
    )


def _initials_and_surname(name: str) -> str:
    """ "Kamil Ruziev" → "K Ruziev"; anything that is not plainly words is left whole."""
    words = name.split()
    if len(words) < 2 or not all(re.fullmatch(r"[^\W\d_][\w'’.-]*", word) for word in words):
        return name
    return " ".join([*(word[0] for word in words[:-1]), words[-1]])


def _statement_date(date: str, words: Wording) -> str:
    if not date:
        return ""
    try:
        return datetext.describe(date, str(words("language")))
    except InvalidInput as error:
        raise InvalidInput(str(error), field="statement_date") from None


def _when(fact: Fact, words: Wording) -> str:
    """ "On 10 June 2019", "In June 2020 (uncertain)", "Between 10 June 2019 and December 2019"."""
    if not fact.date:
        return words.text("dates", "undated")
    language = str(words("language"))
    parsed = dates.parse(fact.date)
    start, end = parsed.start, parsed.end
    if start is not None and end is not None and start == end:
        precise = start.precision in _DAYS or start.unspecified is dates.Precision.DAY
        return words.text("dates", "on" if precise else "in", date=fact.date_text)
    first, _, last = fact.date.partition("/")
    known = [part if part not in ("", "..") else "" for part in (first, last)]
    if known[0] and known[1]:
        return words.text(
            "dates",
            "between",
            start=datetext.describe(known[0], language),
            end=datetext.describe(known[1], language),
        )
    if known[0]:
        return words.text("dates", "from", date=datetext.describe(known[0], language))
    return words.text("dates", "until", date=datetext.describe(known[1], language))


# -- the parts of the statement --------------------------------------------------------------


def _lay_out(document: Document, words: Wording) -> None:
    for section in document.sections:
        section.page_width = Mm(float(words("page", "width_mm")))
        section.page_height = Mm(float(words("page", "height_mm")))
        for side in ("left", "right", "top", "bottom"):
            setattr(section, f"{side}_margin", Mm(float(words("page", "margin_mm", side))))
    document.styles["Normal"].font.size = Pt(float(words("font_size_pt")))


def _top_block(
    document: Document,
    words: Wording,
    options: ExportOptions,
    witness: Witness,
    cited: list[str],
    signed_on: str,
    redact: Callable[[str], str],
) -> None:
    values = {
        "party": _value(redact(options.party), words("blanks", "party")),
        "witness": _value(witness.short, words("blanks", "witness")),
        "statement_number": _value(options.statement_number, words("blanks", "statement_number")),
        "exhibits": _exhibit_ranges(cited, words) or words.text("top_block", "no_exhibits"),
        "date": _value(signed_on, words("blanks", "date")),
    }
    for key, value in values.items():
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.paragraph_format.space_after = Pt(0)
        _write(paragraph, words.text("top_block", key, value=value), bold=True)
    document.paragraphs[-1].paragraph_format.space_after = Pt(18)


def _heading(
    document: Document,
    words: Wording,
    options: ExportOptions,
    witness: Witness,
    redact: Callable[[str], str],
) -> None:
    claim = _value(redact(options.claim_number), words("blanks", "claim_number"))
    _write(
        _aligned(document, WD_ALIGN_PARAGRAPH.RIGHT),
        words.text("heading", "claim_number", value=claim),
        bold=True,
    )

    court = _one_line(redact(options.court))
    prefix = str(words("heading", "court_prefix"))
    if court and not court.upper().startswith(prefix.upper().strip()):
        court = prefix + court
    _write(
        _aligned(document, WD_ALIGN_PARAGRAPH.CENTER),
        _value(court.upper(), words("blanks", "court")),
        bold=True,
    )

    proceedings = _one_line(redact(options.proceedings))
    sides = _sides(proceedings, words("heading", "versus_separators"))
    if sides:
        _write(
            _aligned(document, WD_ALIGN_PARAGRAPH.LEFT), words.text("heading", "between"), bold=True
        )
        for number, side in enumerate(sides):
            if number:
                _write(
                    _aligned(document, WD_ALIGN_PARAGRAPH.CENTER), words.text("heading", "versus")
                )
            _write(_aligned(document, WD_ALIGN_PARAGRAPH.CENTER), clean(side.upper()), bold=True)
    else:
        _write(
            _aligned(document, WD_ALIGN_PARAGRAPH.CENTER),
            _value(proceedings, words("blanks", "proceedings")),
            bold=True,
        )

    title = _aligned(document, WD_ALIGN_PARAGRAPH.CENTER)
    title.paragraph_format.space_before = Pt(18)
    title.paragraph_format.space_after = Pt(18)
    name = clean(witness.name.upper()) if witness.name else _blank(words("blanks", "full_name"))
    _write(title, words.text("heading", "title", name=name), bold=True)
    _rule(title)


def _opening_values(witness: Witness, words: Wording) -> dict[str, str]:
    return {
        "name": _value(witness.name, words("blanks", "full_name")),
        "occupation": _value(_lower_first(witness.occupation), words("blanks", "occupation")),
        "address": clean(witness.address),
    }


def _fact_text(
    fact: Fact, facts: CaseFacts, witness: Witness, words: Wording, introduced: set[str]
) -> str:
    """One fact as a paragraph: when and where, what, the record's description, the source
    if the witness was not there (PD 32 para 18.2), and its exhibits (para 18.4)."""
    when = _when(fact, words)
    title = fact.title if fact.title.endswith(_SENTENCE_END) else fact.title + "."
    if fact.place:
        opening = words.text("fact", "with_place", when=when, place=clean(fact.place), title=title)
    else:
        opening = words.text("fact", "without_place", when=when, title=title)
    sentences = [clean(opening)]
    if fact.description:
        # Paragraphs of a description become line breaks: one fact stays one numbered paragraph.
        sentences.append(clean(re.sub(r"\s*\n\s*", "\n", fact.description)))
    from_documents = False
    if not (witness.person_id and fact.names(witness.person_id)):
        sentences.append(words.text("belief", source=_source(fact, words)))
        from_documents = not fact.interviews
    again = []
    for mark in fact.exhibits:
        exhibit = facts.exhibit(mark)
        if mark in introduced or exhibit is None:
            again.append(mark)
            continue
        introduced.add(mark)
        sentences.append(
            words.text("exhibit", "first", title=clean(exhibit.title), mark=_mark(mark, words))
        )
    # Exhibits just named as the source need no second "I refer again".
    if again and not from_documents:
        key = "again_one" if len(again) == 1 else "again_many"
        sentences.append(words.text("exhibit", key, marks=_marks(again, words)))
    return " ".join(sentences).replace(" \n", "\n").replace("\n ", "\n")


def _source(fact: Fact, words: Wording) -> str:
    if fact.interviews:
        return clean("; ".join(fact.interviews))
    if fact.exhibits:
        key = "one" if len(fact.exhibits) == 1 else "many"
        return words.text("source_documents", key, marks=_marks(fact.exhibits, words))
    return _blank(words("blanks", "source"))


def _truth(document: Document, words: Wording, witness: Witness, signed_on: str) -> None:
    heading = _body(document, words)
    heading.paragraph_format.space_before = Pt(18)
    _write(heading, words.text("truth", "heading"), bold=True)
    _write(_body(document, words), words.text("truth", "text"))
    signature = _body(document, words)
    signature.paragraph_format.space_before = Pt(24)
    _write(signature, words.text("truth", "signature"))
    name = _value(witness.name, words("blanks", "full_name"))
    _write(_body(document, words), words.text("truth", "name", name=name))
    date = clean(signed_on) or str(words("blanks", "signature_date"))
    _write(_body(document, words), words.text("truth", "date", date=date))
    # The signature never stands on a page of its own: the statement of truth and the last
    # numbered paragraph go with it, so the signed page belongs to this statement.
    for paragraph in document.paragraphs[-6:-1]:
        paragraph.paragraph_format.keep_with_next = True


# -- writing ---------------------------------------------------------------------------------


def _body(document: Document, words: Wording) -> Paragraph:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.line_spacing = float(words("line_spacing"))
    return paragraph


def _aligned(document: Document, alignment: WD_ALIGN_PARAGRAPH) -> Paragraph:
    paragraph = document.add_paragraph()
    paragraph.alignment = alignment
    paragraph.paragraph_format.keep_with_next = True
    return paragraph


def _numbered(document: Document, words: Wording, number: int, text: str) -> None:
    """ "12.<tab>text" with a hanging indent: numbered by hand, so no list continues from
    another and LibreOffice shows the same numbers as Word."""
    paragraph = _body(document, words)
    indent = Mm(float(words("number_indent_mm")))
    layout = paragraph.paragraph_format
    layout.left_indent = indent
    layout.first_line_indent = -indent
    layout.tab_stops.add_tab_stop(indent)
    _write(paragraph, f"{number}.\t{text}")


def _write(paragraph: Paragraph, text: str, *, bold: bool = False) -> None:
    """Text into runs; blanks for the lawyer to fill are highlighted so none is missed."""
    for piece in _BLANK.split(text):
        if not piece:
            continue
        blank = piece.startswith(_BLANK_START)
        run = paragraph.add_run(clean(piece))
        if bold:
            run.bold = True
        if blank:
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _rule(paragraph: Paragraph) -> None:
    """Lines above and below the title, as statements are usually set."""
    border = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        line = OxmlElement(f"w:{side}")
        for attribute, value in (("val", "single"), ("sz", "8"), ("space", "6"), ("color", "auto")):
            line.set(qn(f"w:{attribute}"), value)
        border.append(line)
    paragraph._p.get_or_add_pPr().insert_element_before(border, *_AFTER_BORDER)


# -- small words -----------------------------------------------------------------------------


def _blank(text: object) -> str:
    return f"{_BLANK_START}{clean(str(text))}{_BLANK_END}"


def _value(text: str, blank: object) -> str:
    cleaned = clean(_one_line(text))
    return cleaned if cleaned else _blank(blank)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _lower_first(text: str) -> str:
    """ "Human rights defender" → "human rights defender", to sit inside "I, NAME, …"; a
    first word in capitals ("UN official") is left alone."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower():
        return text[0].lower() + text[1:]
    return text


def _sides(proceedings: str, separators: Iterable[str]) -> list[str]:
    """ "A v B" → ["A", "B"], for the BETWEEN layout; anything else stays one line."""
    for separator in separators:
        sides = [side.strip() for side in proceedings.split(separator)]
        if len(sides) == 2 and all(sides):
            return sides
    return []


def _mark(mark: str, words: Wording) -> str:
    return words.text("exhibit", "mark", mark=clean(mark))


def _marks(marks: Iterable[str], words: Wording) -> str:
    quoted = [_mark(mark, words) for mark in marks]
    if len(quoted) < 2:
        return "".join(quoted)
    return (
        str(words("list", "separator")).join(quoted[:-1]) + str(words("list", "last")) + quoted[-1]
    )


def _exhibit_ranges(marks: list[str], words: Wording) -> str:
    """ "KR/1–KR/4, KR/7": runs of consecutive numbers under one prefix said once."""
    runs: list[list[str]] = []
    previous: tuple[str, int] | None = None
    for mark in marks:
        prefix, _, number = mark.rpartition("/")
        current = (
            (prefix, int(number)) if number.isascii() and number.isdigit() and prefix else None
        )
        if current and previous and current == (previous[0], previous[1] + 1) and runs:
            runs[-1].append(mark)
        else:
            runs.append([mark])
        previous = current
    said: list[str] = []
    for run in runs:
        # Two in a row read better as a list than as a range.
        if len(run) < 3:
            said += run
        else:
            said.append(words.text("exhibit", "range", first=run[0], last=run[-1]))
    return clean(str(words("list", "separator")).join(said))
