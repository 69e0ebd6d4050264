"""The interview-record profile: one interview and its transcript, if its consent allows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.document import Document
from docx.shared import Mm
from docx.text.paragraph import Paragraph

from notebook import vocabularies
from notebook.errors import InvalidInput
from notebook.export.appeal import CONFIDENTIAL_LEVELS, CONFIDENTIAL_MARK
from notebook.export.document import clean, open_template, page_footer
from notebook.export.facts import LANGUAGE, CaseFacts, InterviewFact, interview_for_export

if TYPE_CHECKING:
    from notebook.export.profiles import ExportOptions

TITLE = "INTERVIEW RECORD"
TRANSCRIPT = "Transcript"
NOT_RECORDED = "not recorded"
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
    document = open_template()
    if _confidential(interview):
        _run(document.add_paragraph(), CONFIDENTIAL_MARK, bold=True)
    document.add_paragraph(TITLE, style="Title")
    _run(document.add_paragraph(), facts.case.title, bold=True)
    _particulars(document, facts, interview)
    document.add_paragraph(TRANSCRIPT, style="Heading 1")
    blocks = transcript_paragraphs(interview.transcript)
    if not blocks:
        _run(document.add_paragraph(), "No transcript is recorded.")
    for lines in blocks:
        paragraph = document.add_paragraph()
        for number, line in enumerate(lines):
            if number:
                paragraph.add_run().add_break()
            _run(paragraph, line)
    page_footer(document, facts.case.reference)
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
    interviewee = interview.interviewee or NOT_RECORDED
    if interview.interviewee and _pseudonymous(facts, interview):
        interviewee += " (a pseudonym)"
    rows = (
        ("Case reference", clean(facts.case.reference) or NOT_RECORDED),
        ("Interview", interview.title or NOT_RECORDED),
        ("Interviewee", interviewee),
        ("Interviewer", interview.interviewer or NOT_RECORDED),
        ("Date", interview.date_text),
        ("Place", interview.place or NOT_RECORDED),
        ("Language", interview.language or NOT_RECORDED),
        ("Interpreter", interview.interpreter or "none recorded"),
        ("Consent", _consent(interview)),
        ("Recipients", interview.recipients or NOT_RECORDED),
        ("Confidentiality", interview.confidentiality or NOT_RECORDED),
    )
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


def _consent(interview: InterviewFact) -> str:
    """ "Given: Share anonymised. May be shared … without anything that identifies the person."
    Only consent that is given and not withdrawn gets this far."""
    scopes = vocabularies.load("consent_scope")
    note = scopes.term(interview.consent_scope).note(LANGUAGE) if interview.consent_scope else ""
    return f"Given: {interview.consent_text}." + (f" {note}" if note else "")


def _confidential(interview: InterviewFact) -> bool:
    # The gathered interview carries its confidentiality in words, so the words are compared.
    levels = vocabularies.load("confidentiality")
    return interview.confidentiality in {
        levels.label(code, LANGUAGE) for code in CONFIDENTIAL_LEVELS if code in levels
    }


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
