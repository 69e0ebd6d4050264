"""What the timeline shows of a case: the marks a filter lets through, in lanes, in words."""

from __future__ import annotations

from dataclasses import dataclass, replace

from notebook import vocabularies
from notebook.export.redact import Redactor
from notebook.model import Case, Person, Record
from notebook.notebook import Notebook
from notebook.timeline import Mark, MarkFilter, group_codes

from .language import sorted_by_name
from .timeline_layout import Lane
from .timeline_paint import Content, TimelineWords

BY_TYPE = "type"
BY_PERSON = "person"
NOBODY = ""  # the lane of marks that name no one


@dataclass(frozen=True)
class CaseMarks:
    """A case's marks and the people they name, read from the notebook once per refresh."""

    case: Case
    marks: list[Mark]
    people: dict[str, Record]  # persons and organisations of the case, by id

    @classmethod
    def load(cls, notebook: Notebook, case_id: str) -> CaseMarks:
        case = notebook.get(case_id)
        assert isinstance(case, Case)
        people: dict[str, Record] = {}
        for kind in ("person", "organisation"):
            for record in notebook.records(case_id=case_id, kind=kind):
                people[record.id] = record
        return cls(case, notebook.marks(case_id), people)

    def tags(self) -> list[str]:
        return sorted_by_name({tag for mark in self.marks for tag in mark.tags})

    def types(self) -> list[str]:
        """Incident types the case uses, in the vocabulary's order."""
        used = {mark.type for mark in self.marks if mark.kind in ("incident", "threat")}
        return [code for code in vocabularies.load("incident_types").codes if code in used]

    def groups(self) -> list[str]:
        used = {mark.group for mark in self.marks}
        return [code for code in group_codes() if code in used]

    def named_people(self) -> list[Record]:
        """The people and organisations the marks name, by the date each first appears."""
        order: dict[str, None] = {}
        for mark in self.marks:
            for person_id in mark.people:
                if person_id in self.people:
                    order.setdefault(person_id)
        return [self.people[person_id] for person_id in order]

    def person_name(self, person_id: str, redactor: Redactor | None = None) -> str:
        record = self.people.get(person_id)
        if record is None:
            return ""
        if redactor is not None and isinstance(record, Person):
            return redactor.name(record)
        return record.label


def build_content(
    case_marks: CaseMarks,
    mark_filter: MarkFilter,
    *,
    lanes: str,
    language: str,
    words: TimelineWords,
    redactor: Redactor | None = None,
) -> Content:
    """The filtered marks in lanes by type or by person. With a redactor (for exports) every
    label and lane says a protected person's pseudonym, never their name."""
    shown = mark_filter.apply(case_marks.marks)
    if redactor is not None:
        shown = [replace(mark, label=redactor.text(mark.label)) for mark in shown]
    if lanes == BY_PERSON:
        known = case_marks.people
        chosen = mark_filter.people
        people = [
            record
            for record in case_marks.named_people()
            if (not chosen or record.id in chosen) and any(record.id in m.people for m in shown)
        ]
        lane_list = [
            Lane(record.id, case_marks.person_name(record.id, redactor)) for record in people
        ]

        def lane_keys(mark: Mark) -> tuple[str, ...]:
            named = tuple(person_id for person_id in mark.people if person_id in known)
            return named or (NOBODY,)

        if any(not lane_keys(mark)[0] for mark in shown if mark.start is not None):
            lane_list.append(Lane(NOBODY, words.nobody()))
    else:
        present = {mark.group for mark in shown if mark.start is not None}
        lane_list = [
            Lane(code, words.group_title(code, language))
            for code in group_codes()
            if code in present
        ]

        def lane_keys(mark: Mark) -> tuple[str, ...]:
            return (mark.group,)

    risks = vocabularies.load("risk_levels")
    return Content(
        marks=shown,
        lanes=lane_list,
        lane_keys=lane_keys,
        language=language,
        risk_titles={code: risks.label(code, language) for code in risks.codes},
        total=len(case_marks.marks),
    )
