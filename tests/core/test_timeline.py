"""The timeline: by earliest possible date, imprecision kept, filters that combine."""

from __future__ import annotations

import pytest

from notebook import NotFound
from notebook.model import Case, Evidence, Incident, Interview, Participant, Person, Threat


@pytest.fixture
def story(notebook):
    case = notebook.add(Case(title="Ruziev"))
    kamil = notebook.add(Person(case_id=case.id, name="Kamil Ruziev"))
    officer = notebook.add(
        Person(case_id=case.id, name="Officer", protected=True, pseudonym="Officer A")
    )
    victim = (Participant(person_id=kamil.id, role="victim"),)

    def add(record):
        return notebook.add(record).label

    add(
        Incident(
            case_id=case.id,
            title="Detention",
            date="2020-05-29/2020-05-31",
            type="detention",
            people=victim,
        )
    )
    add(
        Threat(
            case_id=case.id,
            title="Second threat",
            date="2019-06-12",
            type="death-threat",
            perpetrator_id=officer.id,
            people=victim,
        )
    )
    add(
        Threat(
            case_id=case.id,
            title="First threat",
            date="2019-06-10",
            type="death-threat",
            perpetrator_id=officer.id,
            people=victim,
        )
    )
    add(Incident(case_id=case.id, title="Earlier harassment", date="2019~", type="harassment"))
    add(Incident(case_id=case.id, title="Complaint", date="2019-06", type="complaint-filed"))
    add(Interview(case_id=case.id, title="Interview", interviewee_id=kamil.id, date="2020-06-02"))
    add(
        Incident(
            case_id=case.id,
            title="Hunger strike",
            date="2020-05-29",
            type="hunger-strike",
            day_order=1,
        )
    )
    add(Incident(case_id=case.id, title="Undated pressure", type="intimidation"))
    add(Evidence(case_id=case.id, title="Certificate", acquired_on="2020-06-01"))
    return notebook, case, kamil, officer


def labels(entries):
    return [e.label for e in entries]


def test_entries_run_by_earliest_possible_date_with_undated_ones_last(story):
    notebook, case, *_ = story
    assert labels(notebook.timeline(case.id)) == [
        "Earlier harassment",  # 2019~ may start on 1 January 2019
        "Complaint",  # June 2019 may start on 1 June
        "First threat",
        "Second threat",
        "Detention",  # 29 May, day order 0
        "Hunger strike",  # 29 May, day order 1
        "Interview",
        "Undated pressure",
    ]


def test_imprecise_dates_are_kept_as_recorded(story):
    notebook, case, *_ = story
    by_label = {e.label: e for e in notebook.timeline(case.id)}
    assert by_label["Earlier harassment"].date == "2019~"
    assert by_label["Earlier harassment"].parsed_date().approximate
    detention = by_label["Detention"]
    assert detention.parsed_date().is_interval
    assert detention.sort_end - detention.sort_start == 3 * 24 * 60 - 1
    assert not by_label["Undated pressure"].dated
    assert by_label["Undated pressure"].sort_start is None


def test_evidence_is_not_an_event_of_the_timeline(story):
    notebook, case, *_ = story
    assert "Certificate" not in labels(notebook.timeline(case.id))


def test_filter_by_type(story):
    notebook, case, *_ = story
    assert labels(notebook.timeline(case.id, types=("death-threat", "interview"))) == [
        "First threat",
        "Second threat",
        "Interview",
    ]


def test_filter_by_person_covers_every_role(story):
    notebook, case, kamil, officer = story
    assert labels(notebook.timeline(case.id, person_id=officer.id)) == [
        "First threat",
        "Second threat",
    ]
    assert "Interview" in labels(notebook.timeline(case.id, person_id=kamil.id))


def test_filter_by_tag(story):
    notebook, case, *_ = story
    detention = next(e for e in notebook.timeline(case.id) if e.label == "Detention")
    notebook.tag(detention.record_id, "detention")
    assert labels(notebook.timeline(case.id, tag="detention")) == ["Detention"]


def test_a_date_range_keeps_whatever_may_fall_within_it(story):
    notebook, case, *_ = story
    assert labels(notebook.timeline(case.id, start="2019-06-11", end="2019-06")) == [
        "Earlier harassment",
        "Complaint",
        "Second threat",
    ]
    assert labels(notebook.timeline(case.id, start="2020-05-31")) == ["Detention", "Interview"]


def test_filters_combine(story):
    notebook, case, kamil, _ = story
    assert labels(
        notebook.timeline(case.id, person_id=kamil.id, types=("death-threat",), end="2019-06-10")
    ) == ["First threat"]


def test_the_timeline_of_a_missing_case_is_not_found(story):
    notebook, *_ = story
    with pytest.raises(NotFound):
        notebook.timeline("no-such-case")
