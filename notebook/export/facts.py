"""A case gathered for export: its facts in date order, exhibits, interviews and people,
every text already redacted, every word the program adds (dates, labels, references) in the
document's language, and a list of what was withheld and why.

Every document profile reads this one structure, so each redaction rule is applied once,
here, and no profile can forget it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from notebook import dates, datetext, vocabularies
from notebook.errors import InvalidInput
from notebook.export import wording
from notebook.export.document import clean
from notebook.export.redact import Redactor, redacted_person
from notebook.export.wording import Wording
from notebook.model import (
    Case,
    Evidence,
    Incident,
    Interview,
    Organisation,
    Person,
    Record,
    Threat,
)
from notebook.progress import Progress

if TYPE_CHECKING:
    from notebook.notebook import Notebook


class ConsentRefused(InvalidInput):
    """An interview whose consent does not allow the export asked for."""


@dataclass(frozen=True)
class Actor:
    record_id: str
    name: str  # the pseudonym of a protected person when redacting
    role: str  # as a word: "victim", "perpetrator" …


@dataclass(frozen=True)
class Exhibit:
    record_id: str
    mark: str  # "KR/1"; empty for evidence never given one
    title: str
    description: str
    kind: str  # the evidence kind, in words
    date: str  # EDTF of acquisition
    date_text: str
    source: str
    acquired_how: str
    acquired_by: str
    sha256: str  # of the stored file; empty when it is kept elsewhere
    original_name: str
    size: int
    custody: str  # one line: intake, views, exports, checks
    confidentiality: str = ""
    confidentiality_text: str = ""


@dataclass(frozen=True)
class InterviewFact:
    record_id: str
    reference: str  # how facts cite it: "Interview with Witness B, July 2020"
    title: str
    interviewee: str
    interviewer: str
    date: str
    date_text: str
    place: str
    language: str
    interpreter: str
    consent_scope: str
    consent_text: str  # the scope, in words
    recipients: str
    transcript: str
    confidentiality: str  # in words
    confidentiality_code: str = ""


@dataclass(frozen=True)
class Fact:
    """An incident or threat: one paragraph of a statement, one row of a chronology."""

    record_id: str
    kind: str  # incident or threat
    type: str
    type_text: str
    date: str  # EDTF as recorded; "" when unknown
    date_text: str  # "June 2019", "about 2019", "10–12 June 2019", "date unknown"
    title: str
    description: str
    place: str
    actors: tuple[Actor, ...]
    exhibits: tuple[str, ...]  # marks of the exhibits that support or describe it
    interviews: tuple[str, ...]  # references of the interviews that describe it
    fact_status: str
    fact_status_text: str
    confidentiality: str
    confidentiality_text: str
    risk: str
    risk_text: str
    perpetrator_type_text: str
    people: tuple[str, ...]  # ids of everyone it names

    def names(self, person_id: str) -> bool:
        return person_id in self.people


@dataclass(frozen=True)
class Withheld:
    kind: str  # "interview", "contact details", "exhibit"
    label: str  # redacted, in the language gathered in
    reason: str  # in English, for the command line and a bundle's items.json
    why: str = ""  # the reason as a code, for documents to say in their language
    scope: str = ""  # the consent scope, when why is "consent"


@dataclass(frozen=True)
class CaseFacts:
    case: Case  # title, reference and summary redacted
    facts: list[Fact]  # dated by earliest possible start, then undated
    exhibits: list[Exhibit]  # by exhibit mark
    interviews: list[InterviewFact]  # those whose consent allows this export
    people: dict[str, Record]  # persons and organisations, redacted like everything else
    names: dict[str, str]  # id → what the documents call them
    withheld: list[Withheld] = field(default_factory=list)
    redacted: bool = True
    redactor: Redactor = field(default_factory=Redactor.none, repr=False)
    language: str = "en"  # of every word gathered: dates, labels, references

    @property
    def words(self) -> Wording:
        """The shared document wording in the language gathered in."""
        return wording.for_language(self.language)

    def person(self, person_id: str) -> Record | None:
        return self.people.get(person_id)

    def exhibit(self, mark: str) -> Exhibit | None:
        return next((item for item in self.exhibits if item.mark == mark), None)


def gather(
    store: Notebook,
    case_id: str,
    *,
    redact: bool = True,
    language: str = "en",
    progress: Progress | None = None,
) -> CaseFacts:
    """Read a case for export. With `redact` (the default) protected people appear only by
    pseudonym, their contact details are left out, and interviews whose consent does not
    allow sharing are withheld; without it, only interviews consented to by name go out.
    Dates, vocabulary labels and the words the gathering adds are in `language`."""
    if language not in wording.LANGUAGES:
        raise InvalidInput(
            f"documents are made in: {', '.join(wording.LANGUAGES)}", field="language"
        )
    case = store.get(case_id)
    if not isinstance(case, Case):
        raise InvalidInput("that id is not a case", field="case")
    say = _Say(language)
    redactor = Redactor.for_case(store, case_id) if redact else Redactor.none()
    text = redactor.text
    people: dict[str, Record] = {}
    names: dict[str, str] = {}
    for kind in ("person", "organisation"):
        for record in store.records(case_id=case_id, kind=kind):
            if isinstance(record, Person):
                names[record.id] = clean_line(redactor.name(record))
                people[record.id] = redacted_person(record, redactor)
            elif isinstance(record, Organisation):
                names[record.id] = clean_line(text(record.name))
                people[record.id] = replace(
                    record,
                    name=names[record.id],
                    other_names=(),
                    description=text(record.description),
                    contact_notes=text(record.contact_notes),
                )
    withheld = [
        Withheld("contact details", names[person.id], "protected person", "protected-person")
        for person in redactor.protected_people
        if person.contact_notes.strip() and person.id in names
    ]

    exhibits = _exhibits(store, case_id, text, say, progress)
    by_record = {item.record_id: item for item in exhibits}
    interviews: list[InterviewFact] = []
    for record in store.records(case_id=case_id, kind="interview"):
        assert isinstance(record, Interview)
        made = _interview(record, names, text, say)
        consent = record.consent
        if consent.withdrawn:
            withheld.append(
                Withheld("interview", made.reference, "consent withdrawn", "consent-withdrawn")
            )
            continue
        if not consent.allows_sharing(redacted=redact):
            english = vocabularies.load("consent_scope").label(consent.scope, "en")
            withheld.append(
                Withheld(
                    "interview", made.reference, f"consent: {english}", "consent", consent.scope
                )
            )
            continue
        interviews.append(made)
    interview_by_id = {item.record_id: item for item in interviews}

    facts = []
    # Every link of the case in one query: asking per incident is a query per paragraph.
    linked: dict[str, list[str]] = {}
    for from_id, to_id in store.db.tuples(
        "SELECT from_id, to_id FROM links WHERE case_id = ? ORDER BY created, id", (case_id,)
    ):
        linked.setdefault(from_id, []).append(to_id)
        linked.setdefault(to_id, []).append(from_id)
    for kind in ("incident", "threat"):
        for record in store.records(case_id=case_id, kind=kind):
            if progress is not None:
                progress.check()
            assert isinstance(record, Incident)
            cited, described = [], []
            for other in linked.get(record.id, []):
                if other in by_record and by_record[other].mark:
                    cited.append(by_record[other].mark)
                elif other in interview_by_id:
                    described.append(interview_by_id[other].reference)
            facts.append(_fact(record, names, text, say, cited, described))
    facts.sort(key=_date_order)
    return CaseFacts(
        case=_redacted_case(case, text),
        facts=facts,
        exhibits=exhibits,
        interviews=interviews,
        people=people,
        names=names,
        withheld=withheld,
        redacted=redact,
        redactor=redactor,
        language=language,
    )


def interview_for_export(facts: CaseFacts, interview_id: str) -> InterviewFact:
    """The interview, if its consent allows this export; ConsentRefused says why not."""
    found = next((item for item in facts.interviews if item.record_id == interview_id), None)
    if found is not None:
        return found
    withheld = [item for item in facts.withheld if item.kind == "interview"]
    reason = next((item.reason for item in withheld), "")
    raise ConsentRefused(
        "this interview's consent does not allow this export"
        + (f" ({reason})" if reason else "")
        + ("" if facts.redacted else "; an export with redaction may be allowed"),
        field="interview",
    )


# -- inside --------------------------------------------------------------------------------


def clean_line(text: str) -> str:
    return clean(" ".join(text.split()))


def withheld_reason(item: Withheld, words: Wording) -> str:
    """Why something was withheld, in the language of `words` (shared document wording)."""
    if item.why and words.has("facts", "withheld", "reasons", item.why):
        scope = item.scope and vocabularies.load("consent_scope").label(item.scope, words.language)
        return words.text("facts", "withheld", "reasons", item.why, scope=scope)
    return item.reason


def withheld_kind(item: Withheld, words: Wording) -> str:
    if words.has("facts", "withheld", "kinds", item.kind):
        return words.text("facts", "withheld", "kinds", item.kind)
    return item.kind


class _Say:
    """The words gathering adds, in one language: dates, labels, references, custody."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.words = wording.for_language(language)

    def label(self, vocabulary: str, code: str) -> str:
        return vocabularies.load(vocabulary).label(code, self.language) if code else ""

    def when(self, date: str) -> str:
        if not date:
            return self.words.text("facts", "date_unknown")
        return datetext.describe(date, self.language)

    def day(self, iso_day: str) -> str:
        """A day the notebook recorded ("2020-07-01") in words; as it is if it is not a day."""
        try:
            return datetext.describe(iso_day, self.language)
        except InvalidInput:
            return iso_day


def _date_order(fact: Fact) -> tuple[int, int, int, str]:
    if not fact.date:
        return (1, 0, 0, fact.record_id)
    start, end = dates.sort_bounds(dates.parse(fact.date))
    return (0, start, end, fact.record_id)


def _redacted_case(case: Case, text) -> Case:
    return replace(
        case, title=text(case.title), reference=text(case.reference), summary=text(case.summary)
    )


def _fact(record: Incident, names: dict[str, str], text, say: _Say, cited, described) -> Fact:
    actors = [
        Actor(p.person_id, names.get(p.person_id, ""), say.label("roles", p.role))
        for p in record.people
        if p.person_id in names
    ]
    perpetrator_type = ""
    risk = ""
    if isinstance(record, Threat):
        risk = record.risk
        perpetrator_type = say.label("perpetrator_types", record.perpetrator_type)
        if record.perpetrator_id in names and not any(
            actor.record_id == record.perpetrator_id for actor in actors
        ):
            perpetrator = say.label("roles", "perpetrator")
            actors.append(Actor(record.perpetrator_id, names[record.perpetrator_id], perpetrator))
    return Fact(
        record_id=record.id,
        kind=record.KIND,
        type=record.type,
        type_text=say.label("incident_types", record.type),
        date=record.date,
        date_text=say.when(record.date),
        title=clean_line(text(record.title)),
        description=text_block(text(record.description)),
        place=clean_line(text(record.place)),
        actors=tuple(actors),
        exhibits=tuple(sorted(set(cited), key=exhibit_key)),
        interviews=tuple(dict.fromkeys(described)),
        fact_status=record.fact_status,
        fact_status_text=say.label("fact_status", record.fact_status),
        confidentiality=record.confidentiality,
        confidentiality_text=say.label("confidentiality", record.confidentiality),
        risk=risk,
        risk_text=say.label("risk_levels", risk),
        perpetrator_type_text=perpetrator_type,
        people=tuple(dict.fromkeys(person_id for person_id, _ in record.person_references())),
    )


def _interview(record: Interview, names: dict[str, str], text, say: _Say) -> InterviewFact:
    interviewee = names.get(record.interviewee_id, "")
    when = say.when(record.date)
    reference = (
        say.words.text("facts", "interview_with", name=interviewee, date=when)
        if interviewee
        else say.words.text("facts", "interview", date=when)
    )
    return InterviewFact(
        record_id=record.id,
        reference=reference,
        title=clean_line(text(record.title)),
        interviewee=interviewee,
        interviewer=clean_line(text(record.interviewer)),
        date=record.date,
        date_text=when,
        place=clean_line(text(record.place)),
        language=clean_line(record.language),
        interpreter=clean_line(text(record.interpreter)),
        consent_scope=record.consent.scope,
        consent_text=say.label("consent_scope", record.consent.scope),
        recipients=clean_line(text(record.consent.recipients)),
        transcript=text_block(text(record.transcript)),
        confidentiality=say.label("confidentiality", record.confidentiality),
        confidentiality_code=record.confidentiality,
    )


def _exhibits(
    store: Notebook, case_id: str, text, say: _Say, progress: Progress | None
) -> list[Exhibit]:
    made = []
    for record in store.records(case_id=case_id, kind="evidence"):
        if progress is not None:
            progress.check()
        assert isinstance(record, Evidence)
        stored = store.evidence_file(record.id)
        events = store.custody(record.id)
        made.append(
            Exhibit(
                record_id=record.id,
                mark=record.exhibit_ref,
                title=clean_line(text(record.title)),
                description=text_block(text(record.description)),
                kind=say.label("evidence_kinds", record.evidence_kind),
                date=record.acquired_on,
                date_text=say.when(record.acquired_on),
                source=clean_line(text(record.source)),
                acquired_how=clean_line(text(record.acquired_how)),
                acquired_by=clean_line(text(record.acquired_by)),
                sha256=stored.sha256 if stored else "",
                original_name=clean_line(text(stored.original_name)) if stored else "",
                size=stored.size if stored else 0,
                custody=_custody_summary(events, text, say),
                confidentiality=record.confidentiality,
                confidentiality_text=say.label("confidentiality", record.confidentiality),
            )
        )
    made.sort(key=lambda item: (item.mark == "", exhibit_key(item.mark), item.record_id))
    return made


def _custody_summary(events, text, say: _Say) -> str:
    """ "intake 1 July 2020 by Aida; 2 views; 1 fixity check", in the language gathered in."""
    words = say.words
    if not events:
        return words.text("facts", "custody", "none")
    first = events[0]
    counts: dict[str, int] = {}
    for event in events[1:]:
        counts[event.event] = counts.get(event.event, 0) + 1
    values = {
        "event": _event_word(words, first.event),
        "date": say.day(first.at[:10]),
        "actor": text(first.actor),
    }
    parts = [words.text("facts", "custody", "first_by" if first.actor else "first", **values)]
    for event, count in counts.items():
        if words.has("facts", "custody", "counted", event):
            parts.append(words.counted("facts", "custody", "counted", event, count=count))
        else:
            parts.append(f"{words.number(count)} {event}")
    return clean_line(str(words("facts", "custody", "separator")).join(parts))


def _event_word(words: Wording, event: str) -> str:
    if words.has("facts", "custody", "events", event):
        return words.text("facts", "custody", "events", event)
    return event  # an event this version does not know, named by its code


def exhibit_key(mark: str) -> tuple[str, int, str]:
    """KR/2 before KR/10."""
    prefix, _, number = mark.rpartition("/")
    return (prefix, int(number), "") if number.isascii() and number.isdigit() else (mark, 0, mark)


def text_block(text: str) -> str:
    """Multi-line text made safe: paragraphs kept, characters XML cannot carry dropped."""
    return clean(text.replace("\r\n", "\n").replace("\r", "\n")).strip()
