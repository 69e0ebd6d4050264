"""The urgent-appeal profile: a case told to the UN Special Rapporteur on human rights defenders."""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from docx.document import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.text.paragraph import Paragraph

from notebook import datetext, vocabularies
from notebook.export.document import clean, open_template, page_footer
from notebook.export.facts import LANGUAGE, Actor, CaseFacts, Fact
from notebook.model import Person, Record
from notebook.timeline import incident_group

if TYPE_CHECKING:
    from notebook.export.profiles import ExportOptions

# Where the OHCHR asks for urgent communications to be sent; the Quick Response Desk passes
# them to the mandate named in the first line.
RECIPIENT = (
    "To: Special Rapporteur on the situation of human rights defenders",
    "Office of the United Nations High Commissioner for Human Rights (OHCHR)",
    "Palais des Nations, CH-1211 Geneva 10, Switzerland",
    "urgent-action@ohchr.org",
)
TITLE = "URGENT APPEAL"
# The questions of the OHCHR's model communication, in the order its questionnaire asks them.
SECTIONS = (
    "1. The defender and their work",
    "2. What happened",
    "3. The alleged perpetrators",
    "4. Action taken by the authorities and by the victim",
    "5. Current risk",
    "6. What is asked",
)
SUPPORTING = "Supporting documents"
NOT_INCLUDED = "Not included"

# The confidentiality levels (resources/vocabularies/confidentiality.json) whose facts go to
# the Special Rapporteur only for information: the mark asks that they not reach the State.
CONFIDENTIAL_LEVELS = frozenset({"confidential"})
CONFIDENTIAL_MARK = "[CONFIDENTIAL]"
CONFIDENTIAL_NOTE = (
    "Parts marked [CONFIDENTIAL] are for the Special Rapporteur's information only; we ask"
    " that they not be disclosed to the Government."
)
RISK_SOURCE = "the submitting organisation's own assessment"
SOURCE_NOTE = "We ask that the identity of the source of this communication be kept confidential."

# Incident groups whose facts answer "what did the authorities and the victim do about it".
ACTION_GROUPS = frozenset({"complaints", "prosecution"})
# Roles of the people an appeal is about, and of those it accuses.
DEFENDER_ROLES = ("victim", "defender")
PERPETRATOR_ROLES = ("perpetrator",)

# The standard request, for the lawyer to edit: "[…]" is a blank, "{names}" the defenders.
REQUESTS = (
    "We respectfully ask the Special Rapporteur on the situation of human rights defenders to"
    " contact the Government of [State] as a matter of urgency and to call on the authorities to:",
    "take all measures needed to guarantee the physical and psychological integrity of {names}"
    " and of [their family and colleagues];",
    "carry out a prompt, thorough and impartial investigation into the acts described above,"
    " make its results public and bring those responsible to justice;",
    "put an end to all acts of retaliation and harassment against {names}, including"
    " [the proceedings or measures to be ended];",
    "ensure that human rights defenders can carry out their legitimate work without fear of"
    " reprisals.",
    "[Any further request.]",
)
_BLANK_OR_NAMES = re.compile(r"(\[[^\]]*\]|\{names\})")

ORGANISATION_BLANK = "[organisation submitting]"
DEFENDER_BLANK = "[name of the defender]"


def build(facts: CaseFacts, options: ExportOptions) -> Document:
    """The appeal as a Word document: header, the six sections, supporting documents, and a
    note of what consent kept out."""
    document = open_template()
    defenders = defenders_of(facts)
    _header(document, facts, options, defenders)
    _the_defender(document, facts, defenders)
    _what_happened(document, facts)
    _perpetrators(document, facts)
    _action_taken(document, facts)
    _current_risk(document, facts)
    _what_is_asked(document, options, defenders)
    _supporting_documents(document, facts)
    _not_included(document, facts)
    page_footer(document, facts.case.reference)
    return document


def is_confidential(fact: Fact) -> bool:
    return fact.confidentiality in CONFIDENTIAL_LEVELS


def defenders_of(facts: CaseFacts) -> list[Actor]:
    """The people the appeal is about: victims and defenders in the facts, the one named in
    the most facts first (the defender, rather than a relative hurt once)."""
    named = _named_in_roles(facts, DEFENDER_ROLES)
    # sorted() is stable, so people named equally often keep the order the facts name them.
    ordered = sorted(named.values(), key=lambda entry: -len(entry[1]))
    return [actor for actor, _ in ordered]


# -- the parts ------------------------------------------------------------------------------


def _header(
    document: Document, facts: CaseFacts, options: ExportOptions, defenders: list[Actor]
) -> None:
    recipient = document.add_paragraph()
    for number, line in enumerate(RECIPIENT):
        _run(recipient, line, bold=number == 0)
        if number < len(RECIPIENT) - 1:
            recipient.add_run().add_break()
    document.add_paragraph(TITLE, style="Title")
    _labelled(document, "Re: ", facts.case.title)
    if facts.case.reference:
        _labelled(document, "Our reference: ", facts.case.reference)
    date = datetext.describe(options.statement_date, LANGUAGE) if options.statement_date else ""
    _labelled(document, "Date: ", date, blank="[date]")
    submitted = _labelled(
        document, "Submitted by: ", options.prepared_by.strip(), blank=ORGANISATION_BLANK
    )
    _run(submitted, " (contact: ")
    _run(submitted, "[e-mail and telephone]", blank=True)
    _run(submitted, "). " + SOURCE_NOTE)
    consents = [_consent_line(facts, defender) for defender in defenders]
    for line in consents or [_consent_line(facts, None)]:
        paragraph = document.add_paragraph()
        for text, blank in line:
            _run(paragraph, text, blank=blank)
    if any(is_confidential(fact) for fact in facts.facts):
        _run(document.add_paragraph(), CONFIDENTIAL_NOTE, bold=True)


def _the_defender(document: Document, facts: CaseFacts, defenders: list[Actor]) -> None:
    document.add_paragraph(SECTIONS[0], style="Heading 1")
    if not defenders:
        _run(document.add_paragraph(), "[the defender: name, occupation, organisation]", blank=True)
    for defender in defenders:
        paragraph = document.add_paragraph()
        _run(paragraph, defender.name, bold=True)
        if _pseudonymous(facts, defender):
            _run(paragraph, " (a pseudonym)")
        record = facts.person(defender.record_id)
        occupation = ""
        if isinstance(record, Person):
            occupation = " ".join(facts.redactor.text(record.occupation).split())
        _run(paragraph, ". ")
        if occupation:
            _run(paragraph, _sentence(occupation))
        else:
            _run(paragraph, "[occupation and human rights work]", blank=True)
        for label, value in _particulars(record):
            _run(paragraph, f" {label}: {value}.")
    summary = _lines(facts.case.summary)
    if not summary:
        _run(
            document.add_paragraph(),
            "[the defender's human rights work, and how the facts below relate to it]",
            blank=True,
        )
    for line in summary:
        _run(document.add_paragraph(), line)


def _what_happened(document: Document, facts: CaseFacts) -> None:
    document.add_paragraph(SECTIONS[1], style="Heading 1")
    if not facts.facts:
        _run(document.add_paragraph(), "[what happened, when and where]", blank=True)
    for fact in facts.facts:
        _fact_paragraph(document, fact)


def _perpetrators(document: Document, facts: CaseFacts) -> None:
    document.add_paragraph(SECTIONS[2], style="Heading 1")
    accused = _named_in_roles(facts, PERPETRATOR_ROLES)
    unnamed = [
        fact
        for fact in facts.facts
        if fact.perpetrator_type_text and not _in_roles(fact.actors, PERPETRATOR_ROLES)
    ]
    if not accused and not unnamed:
        _run(document.add_paragraph(), "[who is believed to be responsible, and why]", blank=True)
    for actor, acts in accused.values():
        paragraph = document.add_paragraph()
        _run(paragraph, actor.name, bold=True)
        if _pseudonymous(facts, actor):
            _run(paragraph, " (a pseudonym)")
        record = facts.person(actor.record_id)
        if isinstance(record, Person) and record.occupation.strip():
            occupation = " ".join(facts.redactor.text(record.occupation).split())
            _run(paragraph, ". " + occupation.rstrip("."))
        kinds = dict.fromkeys(fact.perpetrator_type_text for fact in acts)
        kinds.pop("", None)
        if kinds:
            _run(paragraph, ". Type: " + ", ".join(kinds))
        _run(paragraph, ". Alleged acts: ")
        _fact_list(paragraph, acts)
    for fact in unnamed:
        paragraph = document.add_paragraph()
        _run(paragraph, f"Not identified ({fact.perpetrator_type_text})", bold=True)
        _run(paragraph, ". Alleged act: ")
        _fact_list(paragraph, [fact])


def _action_taken(document: Document, facts: CaseFacts) -> None:
    document.add_paragraph(SECTIONS[3], style="Heading 1")
    taken = [fact for fact in facts.facts if incident_group(fact.type) in ACTION_GROUPS]
    if not any(incident_group(fact.type) == "complaints" for fact in taken):
        _run(
            document.add_paragraph(),
            "[No complaint to the authorities is recorded. Say whether the facts were reported"
            " to the authorities and, if not, why not.]",
            blank=True,
        )
    for fact in taken:
        paragraph = document.add_paragraph()
        _mark(paragraph, fact)
        _run(paragraph, fact.date_text + " — ", bold=True)
        _run(paragraph, f"{fact.type_text}: {_sentence(fact.title)}")
        _sources(paragraph, fact)


def _current_risk(document: Document, facts: CaseFacts) -> None:
    document.add_paragraph(SECTIONS[4], style="Heading 1")
    threats = [fact for fact in facts.facts if fact.kind == "threat"]
    levels = vocabularies.load("risk_levels")
    assessed = [fact.risk for fact in threats if fact.risk in levels]
    if assessed:
        highest = max(assessed, key=levels.codes.index)
        paragraph = document.add_paragraph()
        _run(paragraph, "Highest risk assessed: ")
        _run(paragraph, levels.label(highest, LANGUAGE), bold=True)
        _run(paragraph, f" (on a scale of {', '.join(_risk_scale(levels))}; {RISK_SOURCE}).")
    elif threats:
        _run(document.add_paragraph(), "No risk level has been assessed for these threats.")
    if threats:
        _run(document.add_paragraph(), "Threats, the most recent first:")
    dated = [fact for fact in threats if fact.date]
    for fact in [*reversed(dated), *(fact for fact in threats if not fact.date)]:
        paragraph = document.add_paragraph()
        _mark(paragraph, fact)
        _run(paragraph, fact.date_text + " — ", bold=True)
        _run(paragraph, _sentence(fact.title))
        _run(paragraph, f" Risk: {fact.risk_text or 'not assessed'}.")
        if fact.perpetrator_type_text:
            _run(paragraph, f" Perpetrator: {fact.perpetrator_type_text}.")
    _run(
        document.add_paragraph(),
        "[The defender's situation now: where they are, whether they are detained or under"
        " investigation, and what is feared next.]",
        blank=True,
    )


def _what_is_asked(document: Document, options: ExportOptions, defenders: list[Actor]) -> None:
    document.add_paragraph(SECTIONS[5], style="Heading 1")
    names = _joined([defender.name for defender in defenders])
    for number, wording in enumerate(REQUESTS):
        prefix = f"({string.ascii_lowercase[number - 1]}) " if number else ""
        _wording(document.add_paragraph(), prefix + wording, names, named=bool(defenders))
    closing = document.add_paragraph()
    _run(closing, "Respectfully submitted,")
    closing.add_run().add_break()
    submitter = options.prepared_by.strip()
    _run(closing, submitter or ORGANISATION_BLANK, blank=not submitter)
    closing.add_run().add_break()
    _run(closing, "[name, position and signature]", blank=True)


def _risk_scale(levels: vocabularies.Vocabulary) -> list[str]:
    return [levels.label(code, LANGUAGE).lower() for code in levels.codes]


def _supporting_documents(document: Document, facts: CaseFacts) -> None:
    cited = dict.fromkeys(mark for fact in facts.facts for mark in fact.exhibits)
    exhibits = [item for item in facts.exhibits if item.mark in cited]
    if not exhibits:
        return
    document.add_paragraph(SUPPORTING, style="Heading 1")
    for exhibit in exhibits:
        paragraph = document.add_paragraph()
        _run(paragraph, exhibit.mark + " — ", bold=True)
        obtained = f"obtained {exhibit.date_text}" if exhibit.date else ""
        details = "; ".join(part for part in (exhibit.kind, obtained) if part)
        _run(paragraph, exhibit.title + (f" ({details})" if details else ""))


def _not_included(document: Document, facts: CaseFacts) -> None:
    withheld = [item for item in facts.withheld if item.kind == "interview"]
    if not withheld:
        return
    document.add_paragraph(NOT_INCLUDED, style="Heading 2")
    for item in withheld:
        _run(document.add_paragraph(), f"{item.label}: not included ({item.reason}).")


# -- facts in the text ------------------------------------------------------------------------


def _fact_paragraph(document: Document, fact: Fact) -> None:
    """ "date — place — title. description (sources: …)", marked if confidential: one
    paragraph, so the mark covers all of it; further lines of the description start on lines
    of their own inside it."""
    paragraph = document.add_paragraph()
    _mark(paragraph, fact)
    lead = " — ".join(part for part in (fact.date_text, fact.place) if part)
    _run(paragraph, lead + " — ", bold=True)
    _run(paragraph, _sentence(fact.title))
    for number, line in enumerate(_lines(fact.description)):
        if number:
            paragraph.add_run().add_break()
            _run(paragraph, line)
        else:
            _run(paragraph, " " + line)
    _sources(paragraph, fact)


def _fact_list(paragraph: Paragraph, facts: Sequence[Fact]) -> None:
    """Facts named in passing: "date: title; date: title." with their marks."""
    for number, fact in enumerate(facts):
        if number:
            _run(paragraph, "; ")
        if is_confidential(fact):
            _run(paragraph, CONFIDENTIAL_MARK + " ", bold=True)
        _run(paragraph, f"{fact.date_text}: {fact.title.rstrip('.')}")
    _run(paragraph, ".")


def _mark(paragraph: Paragraph, fact: Fact) -> None:
    if is_confidential(fact):
        _run(paragraph, CONFIDENTIAL_MARK + " ", bold=True)


def _sources(paragraph: Paragraph, fact: Fact) -> None:
    cited = ", ".join(fact.exhibits)
    described = "; ".join(fact.interviews)
    sources = "; ".join(part for part in (cited, described) if part)
    if sources:
        _run(paragraph, f" (sources: {sources})")


# -- people -----------------------------------------------------------------------------------


def _named_in_roles(facts: CaseFacts, roles: Sequence[str]) -> dict[str, tuple[Actor, list[Fact]]]:
    """Everyone the facts name in one of the roles, by id, in the order first named, with
    the facts that name them so."""
    named: dict[str, tuple[Actor, list[Fact]]] = {}
    for fact in facts.facts:
        for actor in _in_roles(fact.actors, roles):
            acts = named.setdefault(actor.record_id, (actor, []))[1]
            if not acts or acts[-1] is not fact:  # one person in two of the roles
                acts.append(fact)
    return named


def _in_roles(actors: Iterable[Actor], roles: Sequence[str]) -> list[Actor]:
    words = _role_words(tuple(roles))
    return [actor for actor in actors if actor.role.casefold() in words]


@functools.cache
def _role_words(roles: tuple[str, ...]) -> frozenset[str]:
    # Facts give a role as the vocabulary's label ("Human rights defender") and a threat's own
    # perpetrator as the plain code, so both are matched.
    vocabulary = vocabularies.load("roles")
    return frozenset(
        word.casefold() for code in roles for word in (code, vocabulary.label(code, LANGUAGE))
    )


def _pseudonymous(facts: CaseFacts, actor: Actor) -> bool:
    return facts.redacted and facts.redactor.is_protected(actor.record_id)


def _particulars(record: Record | None) -> list[tuple[str, str]]:
    """Sex and date of birth, when known: the questionnaire asks for both."""
    if not isinstance(record, Person):
        return []
    found = []
    if record.sex and record.sex != "unknown":
        found.append(("Sex", vocabularies.load("sex").label(record.sex, LANGUAGE).lower()))
    if record.birth_date:
        found.append(("Born", datetext.describe(record.birth_date, LANGUAGE)))
    return found


def _consent_line(facts: CaseFacts, defender: Actor | None) -> list[tuple[str, bool]]:
    """Whether the victim agrees to their name going to the Government: "No" for a protected
    person this appeal names by pseudonym, otherwise a blank for the lawyer, beside any
    consent the victim gave to an interview being shared."""
    if defender is None:
        return [
            ("Consent of the victim to their name being shared with the Government: ", False),
            ("[yes / no]", True),
        ]
    line = [(f"Consent of {defender.name} to their name being shared with the Government: ", False)]
    if _pseudonymous(facts, defender):
        return [*line, ("no; named in this appeal by a pseudonym only.", False)]
    line.append(("[yes / no]", True))
    recorded = [
        interview
        for interview in facts.interviews
        if interview.interviewee == defender.name and interview.consent_text
    ]
    for interview in recorded:
        at = f"the interview of {interview.date_text}" if interview.date else "an undated interview"
        recipients = f"; recipients: {interview.recipients}" if interview.recipients else ""
        consent = interview.consent_text.lower()
        line.append((f" (consent given at {at}: {consent}{recipients})", False))
    return line


# -- text -------------------------------------------------------------------------------------


def _run(paragraph: Paragraph, text: str, *, bold: bool = False, blank: bool = False) -> None:
    """A run of record text made safe for Word; a blank for the lawyer to fill is highlighted,
    so none goes out unfilled by oversight."""
    run = paragraph.add_run(clean(text))
    if bold:
        run.bold = True
    if blank:
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _wording(paragraph: Paragraph, wording: str, names: str, *, named: bool) -> None:
    """Fixed wording with its blanks highlighted; the names are split out before they go in,
    so a bracket in someone's name is never taken for a blank."""
    for piece in _BLANK_OR_NAMES.split(wording):
        if piece == "{names}":
            _run(paragraph, names, blank=not named)
        elif piece:
            _run(paragraph, piece, blank=piece.startswith("["))


def _labelled(document: Document, label: str, value: str, *, blank: str = "") -> Paragraph:
    paragraph = document.add_paragraph()
    _run(paragraph, label, bold=True)
    _run(paragraph, value or blank, blank=not value)
    return paragraph


def _lines(text: str) -> list[str]:
    """Free text as its non-empty lines, their spacing tidied."""
    return [" ".join(line.split()) for line in clean(text).splitlines() if line.strip()]


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text.endswith((".", "!", "?", "…")) else text + "."


def _joined(names: Sequence[str]) -> str:
    if not names:
        return DEFENDER_BLANK
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]
