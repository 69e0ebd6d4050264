"""A case gathered for export: date order, citations, redaction and consent, applied once."""

from __future__ import annotations

import pytest

from notebook import InvalidInput
from notebook.export.facts import ConsentRefused, exhibit_key, gather, interview_for_export
from notebook.model import (
    Case,
    Consent,
    Evidence,
    Incident,
    Interview,
    Participant,
    Person,
    Threat,
)


@pytest.fixture
def story(notebook):
    case = notebook.add(Case(title="Case of Bakyt Osmonov", reference="BO-1", exhibit_prefix="BO"))
    bakyt = notebook.add(
        Person(
            case_id=case.id,
            name="Bakyt Osmonov",
            other_names=("Осмонова",),
            protected=True,
            pseudonym="Witness B",
            contact_notes="+996 555 000 000",
        )
    )
    kamil = notebook.add(Person(case_id=case.id, name="Kamil Ruziev"))
    victim = (Participant(person_id=bakyt.id, role="victim"),)
    later = notebook.add(
        Incident(
            case_id=case.id,
            title="Search of the home of Осмонова",
            date="2020-02",
            type="raid-or-search",
            people=victim,
        )
    )
    earlier = notebook.add(
        Threat(
            case_id=case.id,
            title="Call to Bakyt Osmonov",
            date="2019-06-10",
            risk="high",
            perpetrator_id=kamil.id,
            people=victim,
        )
    )
    undated = notebook.add(Incident(case_id=case.id, title="Rumours", type="smear-campaign"))
    photo = notebook.add(
        Evidence(case_id=case.id, title="Photo", exhibit_ref="BO/2", acquired_on="2020-03")
    )
    letter = notebook.add(
        Evidence(case_id=case.id, title="Letter", exhibit_ref="BO/10", acquired_on="2020-03")
    )
    notebook.link(photo.id, later.id, "supports")
    notebook.link(letter.id, earlier.id, "supports")
    notebook.link(photo.id, earlier.id, "supports")
    shared = notebook.add(
        Interview(
            case_id=case.id,
            interviewee_id=bakyt.id,
            title="With Bakyt Osmonov",
            date="2020-04",
            consent=Consent(scope="share-anonymised"),
            transcript="Bakyt Osmonov said…",
        )
    )
    private = notebook.add(
        Interview(
            case_id=case.id,
            interviewee_id=kamil.id,
            date="2020-05",
            consent=Consent(scope="record-only"),
        )
    )
    notebook.link(shared.id, earlier.id, "describes")
    return (
        notebook,
        case,
        {
            "bakyt": bakyt,
            "kamil": kamil,
            "later": later,
            "earlier": earlier,
            "undated": undated,
            "shared": shared,
            "private": private,
        },
    )


def test_facts_come_by_earliest_date_with_the_undated_last(story):
    notebook, case, _ = story
    assert [fact.title for fact in gather(notebook, case.id).facts] == [
        "Call to Witness B",
        "Search of the home of Witness B",
        "Rumours",
    ]


def test_imprecise_dates_keep_their_imprecision_in_words(story):
    notebook, case, _ = story
    assert [fact.date_text for fact in gather(notebook, case.id).facts] == [
        "10 June 2019",
        "February 2020",
        "date unknown",
    ]


def test_a_fact_cites_its_exhibits_by_mark_in_number_order(story):
    notebook, case, _ = story
    first = gather(notebook, case.id).facts[0]
    assert first.exhibits == ("BO/2", "BO/10")


def test_exhibits_are_listed_by_mark_in_number_order(story):
    notebook, case, _ = story
    assert [item.mark for item in gather(notebook, case.id).exhibits] == ["BO/2", "BO/10"]


def test_a_fact_cites_the_interviews_that_describe_it(story):
    notebook, case, _ = story
    first = gather(notebook, case.id).facts[0]
    assert first.interviews == ("Interview with Witness B, April 2020",)


def test_redaction_leaves_no_written_form_of_a_protected_name(story):
    notebook, case, _ = story
    gathered = gather(notebook, case.id)
    everything = repr(
        (gathered.case, gathered.facts, gathered.exhibits, gathered.interviews, gathered.names,
         gathered.withheld, gathered.people)
    )  # fmt: skip
    assert "Osmonov" not in everything and "Осмонова" not in everything
    assert "Witness B" in everything


def test_without_redaction_the_names_stay(story):
    notebook, case, _ = story
    gathered = gather(notebook, case.id, redact=False)
    assert gathered.facts[0].title == "Call to Bakyt Osmonov"
    assert gathered.case.title == "Case of Bakyt Osmonov"


def test_a_protected_persons_contact_details_are_withheld_and_listed(story):
    notebook, case, _ = story
    withheld = gather(notebook, case.id).withheld
    assert any(item.kind == "contact details" and item.label == "Witness B" for item in withheld)
    assert "+996" not in repr(gather(notebook, case.id))


def test_interviews_without_consent_to_share_are_withheld_and_listed(story):
    notebook, case, people = story
    gathered = gather(notebook, case.id)
    assert [item.record_id for item in gathered.interviews] == [people["shared"].id]
    assert any(
        item.kind == "interview" and "Kamil Ruziev" in item.label for item in gathered.withheld
    )


def test_an_anonymised_consent_allows_a_redacted_export_only(story):
    notebook, case, people = story
    assert interview_for_export(gather(notebook, case.id), people["shared"].id)
    with pytest.raises(ConsentRefused, match="redaction may be allowed"):
        interview_for_export(gather(notebook, case.id, redact=False), people["shared"].id)


def test_a_withdrawn_consent_is_never_exported(story):
    notebook, case, people = story
    notebook.update(
        people["shared"].id,
        consent=Consent(scope="share-named", withdrawn=True, withdrawn_on="2020-05"),
    )
    with pytest.raises(ConsentRefused):
        interview_for_export(gather(notebook, case.id), people["shared"].id)


def test_the_actors_of_a_threat_include_its_perpetrator(story):
    notebook, case, _ = story
    first = gather(notebook, case.id).facts[0]
    assert {(actor.name, actor.role) for actor in first.actors} == {
        ("Witness B", "Victim"),
        ("Kamil Ruziev", "Perpetrator"),
    }


def test_only_a_case_can_be_gathered(story):
    notebook, _case, people = story
    with pytest.raises(InvalidInput):
        gather(notebook, people["kamil"].id)


def test_an_exhibit_mark_ending_in_a_superscript_digit_sorts_as_text_and_does_not_raise() -> None:
    assert exhibit_key("KR/²") == ("KR/²", 0, "KR/²")
    assert sorted(["KR/10", "KR/²", "KR/2"], key=exhibit_key) == ["KR/2", "KR/10", "KR/²"]
