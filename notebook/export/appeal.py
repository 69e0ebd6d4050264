"""The urgent-appeal profile: a case told to the UN Special Rapporteur on human rights defenders."""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterable, Sequence

from docx.document import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.text.paragraph import Paragraph

from notebook import datetext, vocabularies
from notebook.export import wording
from notebook.export.document import clean, open_template, page_footer
from notebook.export.facts import Actor, CaseFacts, Fact, withheld_reason
from notebook.export.profiles import ExportOptions, forum_file
from notebook.export.wording import Wording
from notebook.model import Person, Record
from notebook.timeline import incident_group

# The confidentiality levels (resources/vocabularies/confidentiality.json) whose facts go to
# the Special Rapporteur only for information: the mark asks that they not reach the State.
CONFIDENTIAL_LEVELS = frozenset({"confidential"})

# Incident groups whose facts answer "what did the authorities and the victim do about it".
ACTION_GROUPS = frozenset({"complaints", "prosecution"})
# Roles of the people an appeal is about, and of those it accuses.
DEFENDER_ROLES = ("victim", "defender")
PERPETRATOR_ROLES = ("perpetrator",)

# In the requests, "[…]" is a blank for the lawyer and "{names}" the defenders.
_BLANK_OR_NAMES = re.compile(r"(\[[^\]]*\]|\{names\})")


def build(facts: CaseFacts, options: ExportOptions) -> Document:
    """The appeal as a Word document: header, the six sections, supporting documents, and a
    note of what consent kept out, in the words of the forum's file for the options' language."""
    words = load_wording(forum_file("urgent-appeal", options.language))
    document = open_template()
    defenders = defenders_of(facts)
    _header(document, words, facts, options, defenders)
    _the_defender(document, words, facts, defenders)
    _what_happened(document, words, facts)
    _perpetrators(document, words, facts)
    _action_taken(document, words, facts)
    _current_risk(document, words, facts)
    _what_is_asked(document, words, options, defenders)
    _supporting_documents(document, words, facts)
    _not_included(document, words, facts)
    page_footer(document, facts.case.reference, str(facts.words("footer")))
    return document


def load_wording(name: str) -> Wording:
    return wording.read("profiles", name)


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
    document: Document,
    words: Wording,
    facts: CaseFacts,
    options: ExportOptions,
    defenders: list[Actor],
) -> None:
    recipient = document.add_paragraph()
    lines = [str(line) for line in words("recipient")]
    for number, line in enumerate(lines):
        _run(recipient, line, bold=number == 0)
        if number < len(lines) - 1:
            recipient.add_run().add_break()
    document.add_paragraph(words.text("title"), style="Title")
    _labelled(document, words.text("header", "re"), facts.case.title)
    if facts.case.reference:
        _labelled(document, words.text("header", "reference"), facts.case.reference)
    date = (
        datetext.describe(options.statement_date, facts.language) if options.statement_date else ""
    )
    _labelled(document, words.text("header", "date"), date, blank=words.text("blanks", "date"))
    submitted = _labelled(
        document,
        words.text("header", "submitted_by"),
        options.prepared_by.strip(),
        blank=words.text("blanks", "organisation"),
    )
    _run(submitted, words.text("header", "contact_open"))
    _run(submitted, words.text("blanks", "contact"), blank=True)
    _run(submitted, words.text("header", "contact_close") + words.text("header", "source_note"))
    consents = [_consent_line(words, facts, defender) for defender in defenders]
    for line in consents or [_consent_line(words, facts, None)]:
        paragraph = document.add_paragraph()
        for text, blank in line:
            _run(paragraph, text, blank=blank)
    if any(is_confidential(fact) for fact in facts.facts):
        _run(document.add_paragraph(), words.text("confidential_note"), bold=True)


def _section(document: Document, words: Wording, number: int) -> None:
    document.add_paragraph(str(words("sections")[number]), style="Heading 1")


def _the_defender(
    document: Document, words: Wording, facts: CaseFacts, defenders: list[Actor]
) -> None:
    _section(document, words, 0)
    if not defenders:
        _run(document.add_paragraph(), words.text("blanks", "defender_particulars"), blank=True)
    for defender in defenders:
        paragraph = document.add_paragraph()
        _run(paragraph, defender.name, bold=True)
        if _pseudonymous(facts, defender):
            _run(paragraph, words.text("pseudonym"))
        record = facts.person(defender.record_id)
        occupation = ""
        if isinstance(record, Person):
            occupation = " ".join(facts.redactor.text(record.occupation).split())
        _run(paragraph, ". ")
        if occupation:
            _run(paragraph, _sentence(occupation))
        else:
            _run(paragraph, words.text("blanks", "occupation"), blank=True)
        for label, value in _particulars(words, facts.language, record):
            _run(paragraph, words.text("particular", label=label, value=value))
    summary = _lines(facts.case.summary)
    if not summary:
        _run(document.add_paragraph(), words.text("blanks", "work"), blank=True)
    for line in summary:
        _run(document.add_paragraph(), line)


def _what_happened(document: Document, words: Wording, facts: CaseFacts) -> None:
    _section(document, words, 1)
    if not facts.facts:
        _run(document.add_paragraph(), words.text("blanks", "what_happened"), blank=True)
    for fact in facts.facts:
        _fact_paragraph(document, words, fact)


def _perpetrators(document: Document, words: Wording, facts: CaseFacts) -> None:
    _section(document, words, 2)
    accused = _named_in_roles(facts, PERPETRATOR_ROLES)
    unnamed = [
        fact
        for fact in facts.facts
        if fact.perpetrator_type_text
        and not _in_roles(fact.actors, PERPETRATOR_ROLES, facts.language)
    ]
    if not accused and not unnamed:
        _run(document.add_paragraph(), words.text("blanks", "perpetrators"), blank=True)
    for actor, acts in accused.values():
        paragraph = document.add_paragraph()
        _run(paragraph, actor.name, bold=True)
        if _pseudonymous(facts, actor):
            _run(paragraph, words.text("pseudonym"))
        record = facts.person(actor.record_id)
        if isinstance(record, Person) and record.occupation.strip():
            occupation = " ".join(facts.redactor.text(record.occupation).split())
            _run(paragraph, ". " + occupation.rstrip("."))
        kinds = dict.fromkeys(fact.perpetrator_type_text for fact in acts)
        kinds.pop("", None)
        if kinds:
            _run(paragraph, words.text("perpetrators", "type", types=", ".join(kinds)))
        _run(paragraph, words.text("perpetrators", "acts"))
        _fact_list(paragraph, words, acts)
    for fact in unnamed:
        paragraph = document.add_paragraph()
        unidentified = words.text("perpetrators", "unidentified", type=fact.perpetrator_type_text)
        _run(paragraph, unidentified, bold=True)
        _run(paragraph, words.text("perpetrators", "act"))
        _fact_list(paragraph, words, [fact])


def _action_taken(document: Document, words: Wording, facts: CaseFacts) -> None:
    _section(document, words, 3)
    taken = [fact for fact in facts.facts if incident_group(fact.type) in ACTION_GROUPS]
    if not any(incident_group(fact.type) == "complaints" for fact in taken):
        _run(document.add_paragraph(), words.text("blanks", "no_complaint"), blank=True)
    for fact in taken:
        paragraph = document.add_paragraph()
        _mark(paragraph, words, fact)
        _run(paragraph, fact.date_text + " — ", bold=True)
        _run(paragraph, f"{fact.type_text}: {_sentence(fact.title)}")
        _sources(paragraph, words, fact)


def _current_risk(document: Document, words: Wording, facts: CaseFacts) -> None:
    _section(document, words, 4)
    threats = [fact for fact in facts.facts if fact.kind == "threat"]
    levels = vocabularies.load("risk_levels")
    assessed = [fact.risk for fact in threats if fact.risk in levels]
    if assessed:
        highest = max(assessed, key=levels.codes.index)
        paragraph = document.add_paragraph()
        _run(paragraph, words.text("risk", "highest"))
        _run(paragraph, levels.label(highest, facts.language), bold=True)
        scale = ", ".join(levels.label(code, facts.language).lower() for code in levels.codes)
        _run(
            paragraph, words.text("risk", "scale", scale=scale, source=words.text("risk", "source"))
        )
    elif threats:
        _run(document.add_paragraph(), words.text("risk", "none_assessed"))
    if threats:
        _run(document.add_paragraph(), words.text("risk", "threats"))
    dated = [fact for fact in threats if fact.date]
    for fact in [*reversed(dated), *(fact for fact in threats if not fact.date)]:
        paragraph = document.add_paragraph()
        _mark(paragraph, words, fact)
        _run(paragraph, fact.date_text + " — ", bold=True)
        _run(paragraph, _sentence(fact.title))
        risk = fact.risk_text or words.text("risk", "not_assessed")
        _run(paragraph, words.text("risk", "of_threat", risk=risk))
        if fact.perpetrator_type_text:
            _run(paragraph, words.text("risk", "perpetrator", type=fact.perpetrator_type_text))
    _run(document.add_paragraph(), words.text("blanks", "situation"), blank=True)


def _what_is_asked(
    document: Document, words: Wording, options: ExportOptions, defenders: list[Actor]
) -> None:
    _section(document, words, 5)
    names = words.joined([defender.name for defender in defenders]) or words.text(
        "blanks", "defender"
    )
    for number, request in enumerate(words("requests")):
        prefix = f"({string.ascii_lowercase[number - 1]}) " if number else ""
        _wording(document.add_paragraph(), prefix + str(request), names, named=bool(defenders))
    closing = document.add_paragraph()
    _run(closing, words.text("closing"))
    closing.add_run().add_break()
    submitter = options.prepared_by.strip()
    _run(closing, submitter or words.text("blanks", "organisation"), blank=not submitter)
    closing.add_run().add_break()
    _run(closing, words.text("blanks", "signature"), blank=True)


def _supporting_documents(document: Document, words: Wording, facts: CaseFacts) -> None:
    cited = dict.fromkeys(mark for fact in facts.facts for mark in fact.exhibits)
    exhibits = [item for item in facts.exhibits if item.mark in cited]
    if not exhibits:
        return
    document.add_paragraph(words.text("supporting"), style="Heading 1")
    for exhibit in exhibits:
        paragraph = document.add_paragraph()
        _run(paragraph, exhibit.mark + " — ", bold=True)
        obtained = words.text("obtained", date=exhibit.date_text) if exhibit.date else ""
        details = "; ".join(part for part in (exhibit.kind, obtained) if part)
        _run(paragraph, exhibit.title + (f" ({details})" if details else ""))


def _not_included(document: Document, words: Wording, facts: CaseFacts) -> None:
    withheld = [item for item in facts.withheld if item.kind == "interview"]
    if not withheld:
        return
    document.add_paragraph(words.text("not_included"), style="Heading 2")
    for item in withheld:
        reason = withheld_reason(item, facts.words)
        _run(
            document.add_paragraph(),
            words.text("not_included_item", label=item.label, reason=reason),
        )


# -- facts in the text ------------------------------------------------------------------------


def _fact_paragraph(document: Document, words: Wording, fact: Fact) -> None:
    """ "date — place — title. description (sources: …)", marked if confidential: one
    paragraph, so the mark covers all of it; further lines of the description start on lines
    of their own inside it."""
    paragraph = document.add_paragraph()
    _mark(paragraph, words, fact)
    lead = " — ".join(part for part in (fact.date_text, fact.place) if part)
    _run(paragraph, lead + " — ", bold=True)
    _run(paragraph, _sentence(fact.title))
    for number, line in enumerate(_lines(fact.description)):
        if number:
            paragraph.add_run().add_break()
            _run(paragraph, line)
        else:
            _run(paragraph, " " + line)
    _sources(paragraph, words, fact)


def _fact_list(paragraph: Paragraph, words: Wording, facts: Sequence[Fact]) -> None:
    """Facts named in passing: "date: title; date: title." with their marks."""
    for number, fact in enumerate(facts):
        if number:
            _run(paragraph, "; ")
        _mark(paragraph, words, fact)
        _run(paragraph, f"{fact.date_text}: {fact.title.rstrip('.')}")
    _run(paragraph, ".")


def _mark(paragraph: Paragraph, words: Wording, fact: Fact) -> None:
    if is_confidential(fact):
        _run(paragraph, words.text("confidential_mark") + " ", bold=True)


def _sources(paragraph: Paragraph, words: Wording, fact: Fact) -> None:
    cited = ", ".join(fact.exhibits)
    described = "; ".join(fact.interviews)
    sources = "; ".join(part for part in (cited, described) if part)
    if sources:
        _run(paragraph, words.text("sources", sources=sources))


# -- people -----------------------------------------------------------------------------------


def _named_in_roles(facts: CaseFacts, roles: Sequence[str]) -> dict[str, tuple[Actor, list[Fact]]]:
    """Everyone the facts name in one of the roles, by id, in the order first named, with
    the facts that name them so."""
    named: dict[str, tuple[Actor, list[Fact]]] = {}
    for fact in facts.facts:
        for actor in _in_roles(fact.actors, roles, facts.language):
            acts = named.setdefault(actor.record_id, (actor, []))[1]
            if not acts or acts[-1] is not fact:  # one person in two of the roles
                acts.append(fact)
    return named


def _in_roles(actors: Iterable[Actor], roles: Sequence[str], language: str) -> list[Actor]:
    words = _role_words(tuple(roles), language)
    return [actor for actor in actors if actor.role.casefold() in words]


@functools.cache
def _role_words(roles: tuple[str, ...], language: str) -> frozenset[str]:
    # Facts give a role as the vocabulary's label ("Human rights defender"); the code is
    # matched too, for a role this version's vocabulary does not know.
    vocabulary = vocabularies.load("roles")
    return frozenset(
        word.casefold() for code in roles for word in (code, vocabulary.label(code, language))
    )


def _pseudonymous(facts: CaseFacts, actor: Actor) -> bool:
    return facts.redacted and facts.redactor.is_protected(actor.record_id)


def _particulars(words: Wording, language: str, record: Record | None) -> list[tuple[str, str]]:
    """Sex and date of birth, when known: the questionnaire asks for both."""
    if not isinstance(record, Person):
        return []
    found = []
    if record.sex and record.sex != "unknown":
        sex = vocabularies.load("sex").label(record.sex, language).lower()
        found.append((words.text("particulars", "sex"), sex))
    if record.birth_date:
        born = datetext.describe(record.birth_date, language)
        found.append((words.text("particulars", "born"), born))
    return found


def _consent_line(
    words: Wording, facts: CaseFacts, defender: Actor | None
) -> list[tuple[str, bool]]:
    """Whether the victim agrees to their name going to the Government: "No" for a protected
    person this appeal names by pseudonym, otherwise a blank for the lawyer, beside any
    consent the victim gave to an interview being shared."""
    yes_no = words.text("blanks", "yes_no")
    if defender is None:
        return [(words.text("consent", "victim"), False), (yes_no, True)]
    line = [(words.text("consent", "named", name=defender.name), False)]
    if _pseudonymous(facts, defender):
        return [*line, (words.text("consent", "pseudonymous"), False)]
    line.append((yes_no, True))
    recorded = [
        interview
        for interview in facts.interviews
        if interview.interviewee == defender.name and interview.consent_text
    ]
    for interview in recorded:
        at = (
            words.text("consent", "at_interview", date=interview.date_text)
            if interview.date
            else words.text("consent", "undated_interview")
        )
        recipients = (
            words.text("consent", "recipients", recipients=interview.recipients)
            if interview.recipients
            else ""
        )
        consent = interview.consent_text.lower()
        given = words.text("consent", "given", at=at, consent=consent, recipients=recipients)
        line.append((given, False))
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
