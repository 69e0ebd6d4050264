"""Full-text search: ranked, highlighted, folded for case and accents, Cyrillic included."""

from __future__ import annotations

import pytest

from notebook import InvalidInput
from notebook.model import Case, Evidence, Incident, Interview, Person
from notebook.search import match_expression


@pytest.fixture
def filled(notebook):
    case = notebook.add(Case(title="Ruziev", summary="Retaliation against a defender"))
    person = notebook.add(Person(case_id=case.id, name="Камиль Рузиев", other_names=("Kamil",)))
    notebook.add(
        Incident(
            case_id=case.id,
            title="Задержание в Караколе",
            date="2020-05-29",
            description="Сотрудники ГКНБ задержали его без адвоката.",
        )
    )
    notebook.add(
        Incident(
            case_id=case.id,
            title="Meeting at the café",
            date="2019-06",
            description="He was followed from the café to his office.",
        )
    )
    notebook.add(
        Interview(
            case_id=case.id,
            interviewee_id=person.id,
            date="2020-06",
            transcript="Он сказал, что убьёт меня.",
        )
    )
    other = notebook.add(Case(title="Another defender"))
    notebook.add(Incident(case_id=other.id, title="Raid in Karakol", date="2021"))
    notebook.add(Evidence(case_id=case.id, title="Photo of the office in Karakol"))
    return notebook, case


def labels(hits):
    return [h.label for h in hits]


def test_cyrillic_is_found_whatever_its_case(filled):
    notebook, _ = filled
    assert labels(notebook.search("КАРАКОЛЕ")) == ["Задержание в Караколе"]
    assert labels(notebook.search("рузиев")) == ["Камиль Рузиев"]


def test_accents_are_folded_both_ways(filled):
    notebook, _ = filled
    assert labels(notebook.search("cafe")) == ["Meeting at the café"]
    assert labels(notebook.search("CAFÉ")) == ["Meeting at the café"]


def test_yo_and_ye_are_one_letter_to_search(filled):
    notebook, _ = filled
    hits = notebook.search("убьет")
    assert [h.kind for h in hits] == ["interview"]


def test_every_word_must_match(filled):
    notebook, _ = filled
    assert labels(notebook.search("followed office")) == ["Meeting at the café"]
    assert notebook.search("followed raid") == []


def test_a_prefix_matches_with_a_star(filled):
    notebook, _ = filled
    assert labels(notebook.search("задерж*")) == ["Задержание в Караколе"]


def test_search_can_be_restricted_to_one_case(filled):
    notebook, case = filled
    everywhere = labels(notebook.search("karakol"))
    assert set(everywhere) == {"Raid in Karakol", "Photo of the office in Karakol"}
    assert labels(notebook.search("karakol", case_id=case.id)) == ["Photo of the office in Karakol"]
    assert labels(notebook.search("defender", case_id=case.id)) == ["Ruziev"]


def test_a_match_in_the_title_ranks_above_one_in_the_text(filled):
    notebook, case = filled
    notebook.add(
        Incident(case_id=case.id, title="Office searched", date="2021", description="nothing else")
    )
    hits = notebook.search("office", case_id=case.id)
    assert hits[0].label == "Office searched"
    assert [h.score for h in hits] == sorted(h.score for h in hits)


def test_snippets_mark_the_matched_words(filled):
    notebook, _ = filled
    hit = notebook.search("адвоката", marks=("<b>", "</b>"))[0]
    assert "<b>адвоката</b>" in hit.snippet


def test_edits_tags_and_deletes_reach_the_index(filled):
    notebook, case = filled
    incident = notebook.add(Incident(case_id=case.id, title="Hearing", date="2020-06-01"))
    assert notebook.search("appeal") == []
    notebook.update(incident.id, description="The appeal was refused.")
    assert labels(notebook.search("appeal")) == ["Hearing"]
    notebook.tag(incident.id, "hunger-strike")
    assert labels(notebook.search("hunger")) == ["Hearing"]
    notebook.delete(incident.id)
    assert notebook.search("appeal") == []


def test_operators_and_quotes_in_a_query_are_taken_as_words(filled):
    notebook, _ = filled
    assert notebook.search('"office" AND OR NOT (') == []
    assert match_expression('a"b -c') == '"ab" "-c"'


def test_an_empty_query_is_refused(filled):
    notebook, _ = filled
    with pytest.raises(InvalidInput):
        notebook.search("   ")
    with pytest.raises(InvalidInput):
        notebook.search('""')
