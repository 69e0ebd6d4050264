"""What each section of a case lists: its columns, and the rows built from core records."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from notebook import NotFound, dates, datetext, vocabularies
from notebook.model import Evidence, Incident, Interview, Organisation, Person, Record, Threat
from notebook.notebook import Notebook

from .background import data_size
from .language import locale
from .models import Row


def tr(text: str) -> str:
    return QCoreApplication.translate("sections", text)


@dataclass(frozen=True)
class Section:
    key: str
    title: Callable[[], str]
    headers: Callable[[], list[str]]
    rows: Callable[[Notebook, str, str], list[Row]]  # (notebook, case id, language)


UNDATED_KEY = 2**60  # after every date; keys are plain integers so Qt can compare them


def _date_cells(value: str, language: str, day_order: int = 0) -> tuple[str, int]:
    """The date as words, and an integer that sorts by earliest possible start."""
    if not value:
        return tr("date unknown"), UNDATED_KEY
    start, _end = dates.sort_bounds(dates.parse(value))
    return datetext.describe(value, language), start * 1000 + day_order


def _label(vocabulary: str, code: str, language: str) -> str:
    return vocabularies.load(vocabulary).label(code, language) if code else ""


def incident_rows(notebook: Notebook, case_id: str, language: str) -> list[Row]:
    rows = []
    for kind in ("incident", "threat"):
        for record in notebook.records(case_id=case_id, kind=kind):
            assert isinstance(record, Incident)
            date_text, date_key = _date_cells(record.date, language, record.day_order)
            risk = (
                _label("risk_levels", record.risk, language) if isinstance(record, Threat) else ""
            )
            cells = (
                date_text,
                _label("incident_types", record.type, language),
                record.title,
                record.place,
                risk,
                _label("fact_status", record.fact_status, language),
            )
            rows.append(Row(record.id, cells, (date_key, *cells[1:])))
    return rows


def interview_rows(notebook: Notebook, case_id: str, language: str) -> list[Row]:
    rows = []
    for record in notebook.records(case_id=case_id, kind="interview"):
        assert isinstance(record, Interview)
        date_text, date_key = _date_cells(record.date, language)
        interviewee = _name_of(notebook, record.interviewee_id)
        consent = _label("consent_scope", record.consent.scope, language)
        if record.consent.withdrawn:
            consent = tr("withdrawn")
        cells = (date_text, interviewee, record.title, record.language, consent)
        rows.append(Row(record.id, cells, (date_key, *cells[1:])))
    return rows


def people_rows(notebook: Notebook, case_id: str, language: str) -> list[Row]:
    rows = []
    for record in notebook.records(case_id=case_id, kind="person"):
        assert isinstance(record, Person)
        protected = tr("protected: {0}").format(record.pseudonym) if record.protected else ""
        rows.append(Row(record.id, (record.name, tr("person"), record.occupation, protected)))
    for record in notebook.records(case_id=case_id, kind="organisation"):
        assert isinstance(record, Organisation)
        rows.append(Row(record.id, (record.name, tr("organisation"), "", "")))
    return rows


def evidence_rows(notebook: Notebook, case_id: str, language: str) -> list[Row]:
    rows = []
    for record in notebook.records(case_id=case_id, kind="evidence"):
        assert isinstance(record, Evidence)
        stored = notebook.evidence_file(record.id)
        date_text, date_key = _date_cells(record.acquired_on, language)
        size = data_size(locale(language), stored.size) if stored else tr("kept elsewhere")
        fixity = _fixity_text(stored.fixity) if stored else ""
        cells = (
            record.exhibit_ref,
            record.title,
            _label("evidence_kinds", record.evidence_kind, language),
            date_text,
            size,
            fixity,
        )
        sort_size = stored.size if stored else -1
        rows.append(
            Row(
                record.id,
                cells,
                (_exhibit_key(record.exhibit_ref), cells[1], cells[2], date_key, sort_size, fixity),
            )
        )
    return rows


def timeline_rows(notebook: Notebook, case_id: str, language: str) -> list[Row]:
    rows = []
    for entry in notebook.timeline(case_id):
        date_text = datetext.describe(entry.date, language) if entry.date else tr("date unknown")
        if entry.kind == "interview":
            what = tr("Interview")
        else:
            what = _label("incident_types", entry.type, language)
        key = UNDATED_KEY if entry.sort_start is None else entry.sort_start * 1000 + entry.day_order
        rows.append(Row(entry.record_id, (date_text, what, entry.label), (key, what, entry.label)))
    return rows


def _name_of(notebook: Notebook, person_id: str) -> str:
    try:
        record: Record = notebook.get(person_id)
    except NotFound:
        return ""
    return record.label


def _fixity_text(fixity: str) -> str:
    return {
        "unverified": tr("not yet checked"),
        "intact": tr("intact"),
        "damaged": tr("DAMAGED"),
        "missing": tr("MISSING"),
    }.get(fixity, fixity)


def _exhibit_key(ref: str) -> str:
    """KR/2 before KR/10."""
    prefix, _, number = ref.rpartition("/")
    return f"{prefix}/{int(number):09d}" if number.isdigit() else ref


SECTIONS: tuple[Section, ...] = (
    Section("timeline", lambda: tr("Timeline"),
            lambda: [tr("Date"), tr("What"), tr("Title")], timeline_rows),
    Section("incidents", lambda: tr("Incidents and threats"),
            lambda: [tr("Date"), tr("Type"), tr("Title"), tr("Place"), tr("Risk"), tr("Status")],
            incident_rows),
    Section("interviews", lambda: tr("Interviews"),
            lambda: [tr("Date"), tr("Interviewee"), tr("Title"), tr("Language"), tr("Consent")],
            interview_rows),
    Section("people", lambda: tr("People and organisations"),
            lambda: [tr("Name"), tr("Kind"), tr("Occupation"), tr("Protection")], people_rows),
    Section("evidence", lambda: tr("Evidence"),
            lambda: [tr("Exhibit"), tr("Title"), tr("Kind"), tr("Acquired"), tr("Size"),
                     tr("Fixity")], evidence_rows),
)  # fmt: skip
