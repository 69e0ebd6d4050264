"""Marks for the visual timeline: every dated thing of a case, its span, people, group, filters."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from notebook import InvalidInput, NotFound, dates, vocabularies
from notebook.model import Case, Evidence, Incident, Interview, Participant, Person, Threat
from notebook.timeline import MarkFilter, group_codes, incident_group, marks
from tests.conftest import create_test_notebook

DAY = 24 * 60


def minute_of(moment: datetime) -> int:
    return (moment - datetime(1, 1, 1)) // timedelta(minutes=1)


@pytest.fixture
def case(notebook):
    return notebook.add(Case(title="Ruziev"))


def build_story(notebook):
    case = notebook.add(Case(title="Ruziev"))
    kamil = notebook.add(Person(case_id=case.id, name="Kamil Ruziev"))
    officer = notebook.add(Person(case_id=case.id, name="Officer"))
    lawyer = notebook.add(Person(case_id=case.id, name="Lawyer"))
    victim = (Participant(person_id=kamil.id, role="victim"),)
    made = {}

    def add(record):
        made[record.label] = notebook.add(record)

    add(Incident(case_id=case.id, title="Undated pressure", type="intimidation"))
    add(
        Incident(
            case_id=case.id,
            title="Detention",
            date="2020-05-29/2020-05-31",
            type="detention",
            people=(*victim, Participant(person_id=lawyer.id, role="lawyer")),
            fact_status="undisputed",
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
            risk="high",
            fact_status="disputed",
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
    add(
        Evidence(
            case_id=case.id, title="Certificate", evidence_kind="document", acquired_on="2020-06-01"
        )
    )
    add(Evidence(case_id=case.id, title="Undated photo", evidence_kind="photo"))
    notebook.tag(made["Detention"].id, "custody")
    notebook.tag(made["Detention"].id, "appeal")
    notebook.tag(made["Hunger strike"].id, "custody")
    notebook.tag(made["Certificate"].id, "medical")
    return notebook, case, {"kamil": kamil, "officer": officer, "lawyer": lawyer}, made


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    """Read only: the tests that change the notebook build their own."""
    notebook = create_test_notebook(tmp_path_factory.mktemp("story") / "case.casenotebook")
    try:
        yield build_story(notebook)
    finally:
        notebook.close()


DATES = (
    "2019-06-10",
    "2019-06",
    "2020-02",
    "2019-02",
    "2019",
    "2019~",
    "201X",
    "2019-22",
    "2019-06-10T14:30",
    "2019-06-10/2019-12",
    "2019/2019-06-10",
    "2020-02?",
    "2020%",
    "2019~/2020-02?",
    "../2020-03",
    "/2020-03",
    "2019-06/",
    "2019-06/..",
    "2019-06/2020-03",
    "2019-06-10/",
)


@pytest.fixture(scope="module")
def dated(tmp_path_factory):
    """The mark of one incident for each of DATES, by its date."""
    notebook = create_test_notebook(tmp_path_factory.mktemp("dated") / "case.casenotebook")
    try:
        case = notebook.add(Case(title="Dates"))
        for date in DATES:
            notebook.add(Incident(case_id=case.id, title=date, date=date))
        yield {mark.date: mark for mark in notebook.marks(case.id)}
    finally:
        notebook.close()


def labels(found):
    return [mark.label for mark in found]


def by_label(notebook, case):
    return {mark.label: mark for mark in notebook.marks(case.id)}


def mark_of(notebook, record):
    stored = notebook.add(record)
    return next(mark for mark in notebook.marks(stored.case_id) if mark.record_id == stored.id)


# -- what a mark holds -------------------------------------------------------------------------


def test_incidents_threats_interviews_and_evidence_all_become_marks(story):
    notebook, case, _people, made = story
    found = notebook.marks(case.id)
    assert {mark.kind for mark in found} == {"incident", "threat", "interview", "evidence"}
    assert sorted(mark.record_id for mark in found) == sorted(r.id for r in made.values())


def test_notebook_marks_are_those_of_the_timeline_module(story):
    notebook, case, *_ = story
    assert notebook.marks(case.id) == marks(notebook, case.id)


def test_evidence_is_placed_by_when_it_was_acquired(story):
    notebook, case, *_ = story
    certificate = by_label(notebook, case)["Certificate"]
    assert certificate.date == "2020-06-01"
    assert certificate.start == minute_of(datetime(2020, 6, 1))
    assert certificate.type == "document"


def test_dated_marks_run_by_earliest_possible_start_then_day_order_with_undated_ones_last(story):
    notebook, case, *_ = story
    assert labels(notebook.marks(case.id)) == [
        "Earlier harassment",  # 2019~ may start on 1 January 2019
        "Complaint",  # June 2019 may start on 1 June
        "First threat",
        "Second threat",
        "Detention",  # 29 May 2020, day order 0
        "Hunger strike",  # 29 May 2020, day order 1
        "Certificate",
        "Interview",
        "Undated pressure",
        "Undated photo",
    ]
    assert [mark.dated for mark in notebook.marks(case.id)] == [True] * 8 + [False] * 2


def test_day_order_decides_between_marks_of_one_day_whatever_order_they_were_made_in(
    notebook, case
):
    for title, order in (("Third", 2), ("First", 0), ("Second", 1)):
        notebook.add(Incident(case_id=case.id, title=title, date="2021-03-04", day_order=order))
    assert labels(notebook.marks(case.id)) == ["First", "Second", "Third"]


def test_undated_marks_follow_in_the_order_they_were_made(notebook, case):
    kamil = notebook.add(Person(case_id=case.id, name="Kamil"))
    notebook.add(Interview(case_id=case.id, title="Undated interview", interviewee_id=kamil.id))
    notebook.add(Evidence(case_id=case.id, title="Undated photo"))
    notebook.add(Threat(case_id=case.id, title="Undated threat"))
    notebook.add(Incident(case_id=case.id, title="Undated incident"))
    assert labels(notebook.marks(case.id)) == [
        "Undated interview",
        "Undated photo",
        "Undated threat",
        "Undated incident",
    ]


def test_an_undated_mark_has_no_span_precision_or_flags(story):
    notebook, case, *_ = story
    undated = by_label(notebook, case)["Undated pressure"]
    assert not undated.dated
    assert (undated.date, undated.start, undated.end, undated.precision) == ("", None, None, "")
    assert not (undated.approximate or undated.uncertain or undated.open_start)


def test_a_day_spans_exactly_one_day_of_minutes(dated):
    mark = dated["2019-06-10"]
    assert mark.start == minute_of(datetime(2019, 6, 10))
    assert mark.end - mark.start + 1 == DAY


@pytest.mark.parametrize(
    ("date", "days"), [("2019-06", 30), ("2020-02", 29), ("2019-02", 28), ("2019", 365)]
)
def test_a_month_or_a_year_spans_all_of_its_days(dated, date, days):
    mark = dated[date]
    assert mark.start == dates.sort_bounds(dates.parse(date))[0]
    assert mark.end - mark.start + 1 == days * DAY


def test_an_interval_spans_from_its_first_possible_minute_to_its_last(story):
    notebook, case, *_ = story
    detention = by_label(notebook, case)["Detention"]
    assert detention.start == minute_of(datetime(2020, 5, 29))
    assert detention.end + 1 == minute_of(datetime(2020, 6, 1))


@pytest.mark.parametrize(
    ("date", "precision"),
    [
        ("2019-06-10", "day"),
        ("2019-06", "month"),
        ("2019~", "year"),
        ("201X", "decade"),
        ("2019-22", "season"),
        ("2019-06-10T14:30", "minute"),
        ("2019-06-10/2019-12", "month"),
        ("2019/2019-06-10", "year"),
        ("../2020-03", "month"),
        ("2019-06-10/", "day"),
    ],
)
def test_precision_is_that_of_the_less_precisely_known_side(dated, date, precision):
    assert dated[date].precision == precision


@pytest.mark.parametrize(
    ("date", "approximate", "uncertain"),
    [
        ("2019~", True, False),
        ("2020-02?", False, True),
        ("2020%", True, True),
        ("2019-06-10", False, False),
        ("2019~/2020-02?", True, True),
    ],
)
def test_approximate_and_uncertain_dates_are_flagged(dated, date, approximate, uncertain):
    mark = dated[date]
    assert (mark.approximate, mark.uncertain) == (approximate, uncertain)


@pytest.mark.parametrize(
    ("date", "open_start", "open_end"),
    [
        ("../2020-03", True, False),
        ("/2020-03", True, False),
        ("2019-06/", False, True),
        ("2019-06/..", False, True),
        ("2019-06/2020-03", False, False),
        ("2019-06", False, False),
    ],
)
def test_open_and_unknown_interval_ends_are_flagged(dated, date, open_start, open_end):
    mark = dated[date]
    assert (mark.open_start, mark.open_end) == (open_start, open_end)


def test_an_interval_with_one_known_side_is_placed_on_that_side(dated):
    ending = dated["../2020-03"]
    assert (ending.start, ending.end + 1) == (
        minute_of(datetime(2020, 3, 1)),
        minute_of(datetime(2020, 4, 1)),
    )
    starting = dated["2019-06/"]
    assert (starting.start, starting.end + 1) == (
        minute_of(datetime(2019, 6, 1)),
        minute_of(datetime(2019, 7, 1)),
    )


def test_people_include_participants_a_threats_perpetrator_and_an_interviewee(story):
    notebook, case, people, _made = story
    found = by_label(notebook, case)
    kamil, officer, lawyer = people["kamil"].id, people["officer"].id, people["lawyer"].id
    assert set(found["Detention"].people) == {kamil, lawyer}
    assert set(found["First threat"].people) == {kamil, officer}
    assert found["Interview"].people == (kamil,)
    assert found["Certificate"].people == ()
    assert found["Complaint"].people == ()


def test_a_person_named_in_two_roles_is_listed_once(notebook, case):
    kamil = notebook.add(Person(case_id=case.id, name="Kamil"))
    mark = mark_of(
        notebook,
        Threat(
            case_id=case.id,
            title="Threat",
            perpetrator_id=kamil.id,
            people=(
                Participant(person_id=kamil.id, role="victim"),
                Participant(person_id=kamil.id, role="witness"),
            ),
        ),
    )
    assert mark.people == (kamil.id,)


def test_marks_carry_their_tags_in_alphabetical_order(story):
    notebook, case, *_ = story
    found = by_label(notebook, case)
    assert found["Detention"].tags == ("appeal", "custody")
    assert found["Hunger strike"].tags == ("custody",)
    assert found["Certificate"].tags == ("medical",)
    assert found["Complaint"].tags == ()


def test_threats_carry_their_risk_and_incidents_their_fact_status(story):
    notebook, case, *_ = story
    found = by_label(notebook, case)
    assert (found["Second threat"].risk, found["Second threat"].fact_status) == ("high", "disputed")
    assert (found["First threat"].risk, found["First threat"].fact_status) == ("", "unsure")
    assert (found["Detention"].risk, found["Detention"].fact_status) == ("", "undisputed")
    for label in ("Interview", "Certificate"):
        assert (found[label].risk, found[label].fact_status) == ("", "")


def test_each_mark_takes_its_group_from_what_it_is(story):
    notebook, case, *_ = story
    found = by_label(notebook, case)
    assert {label: mark.group for label, mark in found.items()} == {
        "Undated pressure": "pressure",
        "Detention": "liberty",
        "Second threat": "pressure",
        "First threat": "pressure",
        "Earlier harassment": "pressure",
        "Complaint": "complaints",
        "Interview": "interviews",
        "Hunger strike": "rights-denied",
        "Certificate": "evidence",
        "Undated photo": "evidence",
    }
    assert found["Interview"].type == "interview"
    assert found["Detention"].type == "detention"


@pytest.mark.parametrize(
    ("incident_type", "group"),
    [
        ("death-threat", "pressure"),
        ("detention", "liberty"),
        ("assault", "violence"),
        ("court-hearing", "prosecution"),
        ("denial-of-medical-care", "rights-denied"),
        ("other", "other"),
        ("a-type-from-a-newer-version", "other"),
        ("", "other"),
    ],
)
def test_an_incident_types_group_comes_from_the_vocabulary(incident_type, group):
    assert incident_group(incident_type) == group


def test_group_codes_are_the_incident_groups_then_interviews_and_evidence():
    incident_groups = vocabularies.load("incident_groups").codes
    assert group_codes() == (*incident_groups, "interviews", "evidence")
    every_type = vocabularies.load("incident_types").codes
    assert {incident_group(code) for code in every_type} <= set(group_codes())


def test_another_cases_records_never_appear(notebook):
    notebook, case, *_ = build_story(notebook)
    other = notebook.add(Case(title="Other case"))
    elsewhere = notebook.add(Incident(case_id=other.id, title="Elsewhere", date="2019-06-11"))
    notebook.tag(elsewhere.id, "custody")
    assert "Elsewhere" not in labels(notebook.marks(case.id))
    assert labels(notebook.marks(other.id)) == ["Elsewhere"]
    assert notebook.marks(other.id)[0].tags == ("custody",)


def test_a_case_without_events_has_no_marks(notebook, case):
    notebook.add(Person(case_id=case.id, name="Kamil"))
    assert notebook.marks(case.id) == []


def test_the_marks_of_a_missing_case_are_not_found(notebook):
    with pytest.raises(NotFound):
        notebook.marks("no-such-case")


# -- filters -----------------------------------------------------------------------------------


def kept(story, **criteria):
    notebook, case, *_ = story
    return labels(MarkFilter(**criteria).apply(notebook.marks(case.id)))


def test_an_empty_filter_is_clear_and_keeps_every_mark(story):
    notebook, case, *_ = story
    everything = notebook.marks(case.id)
    assert MarkFilter().is_clear
    assert MarkFilter().apply(everything) == everything


@pytest.mark.parametrize(
    "criterion",
    [
        {"groups": frozenset({"pressure"})},
        {"types": frozenset({"detention"})},
        {"people": frozenset({"someone"})},
        {"tags": frozenset({"custody"})},
        {"statuses": frozenset({"disputed"})},
        {"start": "2019"},
        {"end": "2019"},
    ],
)
def test_a_filter_with_any_criterion_is_not_clear(criterion):
    assert not MarkFilter(**criterion).is_clear


def test_a_group_filter_keeps_marks_of_any_chosen_group(story):
    assert kept(story, groups=frozenset({"liberty", "evidence"})) == [
        "Detention",
        "Certificate",
        "Undated photo",
    ]


def test_a_type_filter_keeps_marks_of_any_chosen_type(story):
    assert kept(story, types=frozenset({"death-threat", "interview", "photo"})) == [
        "First threat",
        "Second threat",
        "Interview",
        "Undated photo",
    ]


def test_a_group_and_a_type_from_another_group_keep_the_marks_of_either(story):
    assert kept(story, groups=frozenset({"liberty"}), types=frozenset({"death-threat"})) == [
        "First threat",
        "Second threat",
        "Detention",
    ]


def test_a_people_filter_keeps_marks_naming_any_chosen_person(story):
    _notebook, _case, people, _made = story
    assert kept(story, people=frozenset({people["officer"].id})) == [
        "First threat",
        "Second threat",
    ]
    assert kept(story, people=frozenset({people["officer"].id, people["lawyer"].id})) == [
        "First threat",
        "Second threat",
        "Detention",
    ]


def test_a_tag_filter_keeps_marks_with_any_chosen_tag(story):
    assert kept(story, tags=frozenset({"custody"})) == ["Detention", "Hunger strike"]
    assert kept(story, tags=frozenset({"appeal", "medical"})) == ["Detention", "Certificate"]


def test_a_status_filter_leaves_out_interviews_and_evidence(story):
    assert kept(story, statuses=frozenset({"undisputed", "disputed"})) == [
        "Second threat",
        "Detention",
    ]
    unsure = kept(story, statuses=frozenset({"unsure"}))
    assert "Interview" not in unsure and "Certificate" not in unsure
    assert "First threat" in unsure


def test_criteria_combine_so_a_mark_must_meet_every_one(story):
    _notebook, _case, people, _made = story
    kamil = people["kamil"].id
    assert kept(story, people=frozenset({kamil}), groups=frozenset({"pressure"})) == [
        "First threat",
        "Second threat",
    ]
    assert kept(
        story, people=frozenset({kamil}), groups=frozenset({"pressure"}), end="2019-06-10"
    ) == ["First threat"]
    assert kept(story, tags=frozenset({"custody"}), types=frozenset({"hunger-strike"})) == [
        "Hunger strike"
    ]
    assert kept(story, tags=frozenset({"medical"}), statuses=frozenset({"unsure"})) == []


def test_a_date_range_keeps_whatever_may_fall_within_it_and_leaves_undated_marks_out(
    notebook, case
):
    for date in ("2019-06-10", "2018/2020", "2019~", "2018-12-31", "2020-01-01", "2019-12-31"):
        notebook.add(Incident(case_id=case.id, title=date, date=date))
    notebook.add(Incident(case_id=case.id, title="undated"))
    found = MarkFilter(start="2019", end="2019").apply(notebook.marks(case.id))
    assert sorted(labels(found)) == ["2018/2020", "2019-06-10", "2019-12-31", "2019~"]


def test_a_range_open_on_one_side_reaches_as_far_as_it_likes(story):
    assert kept(story, start="2020-05-31") == ["Detention", "Certificate", "Interview"]
    assert kept(story, end="2019-06-11") == ["Earlier harassment", "Complaint", "First threat"]


def test_a_range_keeps_marks_that_only_touch_its_ends(notebook, case):
    notebook.add(Incident(case_id=case.id, title="ends on the first day", date="2019/2020-03-01"))
    notebook.add(Incident(case_id=case.id, title="starts on the last day", date="2020-03-31/2021"))
    notebook.add(Incident(case_id=case.id, title="the day before", date="2020-02-29"))
    notebook.add(Incident(case_id=case.id, title="the day after", date="2020-04-01"))
    found = MarkFilter(start="2020-03", end="2020-03").apply(notebook.marks(case.id))
    assert labels(found) == ["ends on the first day", "starts on the last day"]


def test_a_range_ending_before_it_starts_is_refused():
    with pytest.raises(InvalidInput) as refused:
        MarkFilter(start="2020", end="2019-12-31")
    assert refused.value.field == "end"


def test_a_range_may_end_with_a_coarser_date_that_contains_its_start(story):
    assert kept(story, start="2019-06-11", end="2019-06") == [
        "Earlier harassment",
        "Complaint",
        "Second threat",
    ]


@pytest.mark.parametrize(
    "criterion", [{"start": "2019-13"}, {"end": "June 2019"}, {"start": "2019-06-31"}]
)
def test_a_malformed_date_is_refused_when_the_filter_is_made(criterion):
    with pytest.raises(InvalidInput):
        MarkFilter(**criterion)
