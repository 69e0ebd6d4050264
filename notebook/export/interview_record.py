"""The interview-record profile: one interview and its transcript, if its consent allows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.document import Document
from docx.shared import Mm
from docx.text.paragraph import Paragraph

from notebook import vocabularies
from notebook.errors import InvalidInput
from notebook.export.appeal import CONFIDENTIAL_LEVELS
from notebook.export.document import clean, open_template, page_footer
from notebook.export.facts import CaseFacts, InterviewFact, interview_for_export
from notebook.export.wording import Wording

if TYPE_CHECKING:
    from notebook.export.profiles import ExportOptions

# The particulars, in order, by their key in the wording's "interview.rows".
ROWS = (
    "reference", "interview", "interviewee", "interviewer", "date", "place", "language",
    "interpreter", "consent", "recipients", "confidentiality",
)  # fmt: skip
# A4 portrait less two margins of 25 mm is 160 mm: a narrow column of labels, the rest values.
WIDTHS_MM = (42, 118)


def build(facts: CaseFacts, options: ExportOptions) -> Document:
    """The record of `options.interview_id`. Raises InvalidInput when no interview is named,
    and ConsentRefused when its consent does not allow this export: a redacted one needs
    consent to share anonymised or by name, an unredacted one consent to share by name, and
    withdrawn consent allows neither."""
    if not options.interview_id:
        raise InvalidInput("an interview record needs the interview", field="interview")
    interview = interview_for_export(facts, options.interview_id)
    words = facts.words
    document = open_template()
    if interview.confidentiality_code in CONFIDENTIAL_LEVELS:
        _run(document.add_paragraph(), words.text("interview", "confidential"), bold=True)
    document.add_paragraph(words.text("interview", "title"), style="Title")
    _run(document.add_paragraph(), facts.case.title, bold=True)
    _particulars(document, facts, interview)
    document.add_paragraph(words.text("interview", "transcript"), style="Heading 1")
    blocks = transcript_paragraphs(interview.transcript)
    if not blocks:
        _run(document.add_paragraph(), words.text("interview", "no_transcript"))
    for lines in blocks:
        paragraph = document.add_paragraph()
        for number, line in enumerate(lines):
            if number:
                paragraph.add_run().add_break()
            _run(paragraph, line)
    page_footer(document, facts.case.reference, str(words("footer")))
    return document


def transcript_paragraphs(transcript: str) -> list[list[str]]:
    """The transcript's paragraphs (split at blank lines), each a list of its lines.

    A line that starts indented or with a small letter carries on the line before: it was
    wrapped to fit a text editor, and kept as typed it would wrap again, raggedly, on the
    page. Any other line keeps its own line, so "Q:" and "A:" stay apart. Only spacing
    changes; every word stays as typed.
    """
    paragraphs: list[list[str]] = [[]]
    for line in clean(transcript).splitlines():
        lines = paragraphs[-1]
        if not line.strip():
            if lines:
                paragraphs.append([])
        elif lines and (line[0].isspace() or line.lstrip()[0].islower()):
            lines[-1] = lines[-1].rstrip() + " " + " ".join(line.split())
        else:
            lines.append(line.rstrip())
    return [lines for lines in paragraphs if lines]


def _particulars(document: Document, facts: CaseFacts, interview: InterviewFact) -> None:
    words = facts.words
    not_recorded = words.text("interview", "not_recorded")
    interviewee = interview.interviewee or not_recorded
    if interview.interviewee and _pseudonymous(facts, interview):
        interviewee = words.text("interview", "pseudonym", name=interviewee)
    values = {
        "reference": clean(facts.case.reference) or not_recorded,
        "interview": interview.title or not_recorded,
        "interviewee": interviewee,
        "interviewer": interview.interviewer or not_recorded,
        "date": interview.date_text,
        "place": interview.place or not_recorded,
        "language": interview.language or not_recorded,
        "interpreter": interview.interpreter or words.text("interview", "no_interpreter"),
        "consent": _consent(interview, words),
        "recipients": interview.recipients or not_recorded,
        "confidentiality": interview.confidentiality or not_recorded,
    }
    rows = [(words.text("interview", "rows", key), values[key]) for key in ROWS]
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.autofit = False
    # Word reads the cells' widths, LibreOffice the grid's: both are set.
    for column, width in zip(table.columns, WIDTHS_MM, strict=True):
        column.width = Mm(width)
    for label, value in rows:
        cells = table.add_row().cells  # row by row: Table.cell() is quadratic
        for cell, width in zip(cells, WIDTHS_MM, strict=True):
            cell.width = Mm(width)
        _run(cells[0].paragraphs[0], label, bold=True)
        _run(cells[1].paragraphs[0], value)
    document.add_paragraph()


def _consent(interview: InterviewFact, words: Wording) -> str:
    """ "Given: Share anonymised. May be shared … without anything that identifies the person."
    Only consent that is given and not withdrawn gets this far."""
    scopes = vocabularies.load("consent_scope")
    scope = interview.consent_scope
    note = scopes.term(scope).note(words.language) if scope in scopes else ""
    given = words.text("interview", "consent", scope=interview.consent_text)
    return given + (f" {note}" if note else "")


def _pseudonymous(facts: CaseFacts, interview: InterviewFact) -> bool:
    if not facts.redacted:
        return False
    return any(
        name == interview.interviewee and facts.redactor.is_protected(person_id)
        for person_id, name in facts.names.items()
    )


def _run(paragraph: Paragraph, text: str, *, bold: bool = False) -> None:
    run = paragraph.add_run(clean(text))
    if bold:
        run.bold = True
