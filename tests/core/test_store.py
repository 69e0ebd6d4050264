"""The record store: add, read, change, delete, link and tag, all or nothing."""

from __future__ import annotations

import pytest

from notebook import InUse, InvalidInput, Notebook, NotFound
from notebook.errors import TransactionAborted
from notebook.model import (
    Case,
    Consent,
    Evidence,
    Incident,
    Interview,
    Organisation,
    Participant,
    Person,
    Threat,
)


@pytest.fixture
def case(notebook: Notebook) -> Case:
    added = notebook.add(Case(title="Ruziev v. the security service", reference="KR-2019-07"))
    assert isinstance(added, Case)
    return added


@pytest.fixture
def person(notebook: Notebook, case: Case) -> Person:
    added = notebook.add(Person(case_id=case.id, name="Kamil Ruziev", occupation="defender"))
    assert isinstance(added, Person)
    return added


def test_an_added_record_gets_an_id_and_times_and_reads_back_equal(notebook, case):
    incident = notebook.add(
        Incident(
            case_id=case.id,
            title="Gun pointed at his head",
            date="2019-06-10",
            type="death-threat",
            place="Karakol",
        )
    )
    assert len(incident.id) == 36
    assert incident.created == incident.updated != ""
    assert notebook.get(incident.id) == incident


def test_every_kind_of_record_survives_closing_and_reopening(notebook_path, notebook, case, person):
    records = [
        notebook.add(Organisation(case_id=case.id, name="Ventus", other_names=("Вентус",))),
        notebook.add(
            Threat(
                case_id=case.id,
                title="Threat at the office",
                date="2019-11-04",
                means="weapon",
                channel="in-person",
                perpetrator_id=person.id,
                risk="critical",
                protective_measures="moved house",
            )
        ),
        notebook.add(
            Interview(
                case_id=case.id,
                interviewee_id=person.id,
                date="2020-06",
                language="Russian",
                transcript="Он сказал…",
                consent=Consent(scope="share-named", recipients="UN SR"),
            )
        ),
        notebook.add(
            Evidence(
                case_id=case.id,
                title="Medical certificate",
                evidence_kind="medical-record",
                acquired_on="2020-06-01",
                exhibit_ref="KR/1",
            )
        ),
    ]
    notebook.close()
    with Notebook.open(notebook_path, "correct horse battery staple") as reopened:
        assert [reopened.get(r.id) for r in records] == records
        assert reopened.get(person.id) == person


def test_a_record_outside_any_case_is_refused(notebook):
    with pytest.raises(InvalidInput) as refused:
        notebook.add(Incident(title="Orphan", date="2019"))
    assert refused.value.field == "case_id"
    assert notebook.count() == 0


def test_a_record_naming_a_case_that_is_not_a_case_is_refused(notebook, case, person):
    with pytest.raises(InvalidInput, match="no case"):
        notebook.add(Incident(case_id=person.id, title="Wrong parent", date="2019"))


def test_an_unknown_vocabulary_code_is_refused_with_the_field_named(notebook, case):
    with pytest.raises(InvalidInput) as refused:
        notebook.add(Incident(case_id=case.id, title="x", date="2019", type="picnic"))
    assert refused.value.field == "type"
    assert "death-threat" in str(refused.value)


def test_an_invalid_date_is_refused_and_nothing_is_stored(notebook, case):
    before = len(notebook.audit.entries())
    with pytest.raises(InvalidInput) as refused:
        notebook.add(Incident(case_id=case.id, title="x", date="2019-02-30"))
    assert refused.value.field == "date"
    assert notebook.count(kind="incident") == 0
    assert len(notebook.audit.entries()) == before


def test_control_characters_are_refused_because_exports_could_not_hold_them(notebook, case):
    with pytest.raises(InvalidInput) as refused:
        notebook.add(Incident(case_id=case.id, title="bell\x07", date="2019"))
    assert refused.value.field == "title"


def test_a_title_must_be_one_line(notebook, case):
    with pytest.raises(InvalidInput, match="single line"):
        notebook.add(Incident(case_id=case.id, title="two\nlines", date="2019"))


def test_a_protected_person_needs_a_pseudonym(notebook, case):
    with pytest.raises(InvalidInput) as refused:
        notebook.add(Person(case_id=case.id, name="Witness", protected=True))
    assert refused.value.field == "pseudonym"


def test_participants_must_be_people_of_the_same_case(notebook, case, person):
    other_case = notebook.add(Case(title="Another case"))
    stranger = notebook.add(Person(case_id=other_case.id, name="Stranger"))
    with pytest.raises(InvalidInput, match="another case"):
        notebook.add(
            Incident(
                case_id=case.id,
                title="x",
                date="2019",
                people=(Participant(person_id=stranger.id, role="witness"),),
            )
        )
    with pytest.raises(InvalidInput, match="no person"):
        notebook.add(
            Incident(
                case_id=case.id,
                title="x",
                date="2019",
                people=(Participant(person_id=case.id, role="witness"),),
            )
        )


def test_only_a_perpetrator_has_a_degree_of_involvement(notebook, case, person):
    with pytest.raises(InvalidInput) as refused:
        notebook.add(
            Incident(
                case_id=case.id,
                title="x",
                date="2019",
                people=(Participant(person_id=person.id, role="victim", involvement="direct"),),
            )
        )
    assert refused.value.field == "involvement"


def test_update_changes_only_the_named_fields_and_the_updated_time(notebook, case):
    incident = notebook.add(Incident(case_id=case.id, title="Detention", date="2020-05-29"))
    changed = notebook.update(incident.id, place="Karakol", fact_status="undisputed")
    assert (changed.place, changed.fact_status, changed.title) == (
        "Karakol",
        "undisputed",
        "Detention",
    )
    assert changed.created == incident.created
    assert changed.updated > incident.updated
    assert notebook.get(incident.id) == changed


def test_an_update_that_changes_nothing_writes_nothing(notebook, case):
    incident = notebook.add(Incident(case_id=case.id, title="Detention", date="2020-05-29"))
    entries = len(notebook.audit.entries())
    assert notebook.update(incident.id, title="Detention") == incident
    assert len(notebook.audit.entries()) == entries


def test_identity_fields_cannot_be_changed(notebook, case):
    incident = notebook.add(Incident(case_id=case.id, title="Detention", date="2020-05-29"))
    for name in ("id", "case_id", "created"):
        with pytest.raises(InvalidInput):
            notebook.update(incident.id, **{name: "x"})


def test_an_update_with_an_unknown_field_is_refused(notebook, case):
    incident = notebook.add(Incident(case_id=case.id, title="Detention", date="2020-05-29"))
    with pytest.raises(InvalidInput) as refused:
        notebook.update(incident.id, colour="red")
    assert refused.value.field == "colour"


def test_a_failed_update_leaves_the_record_as_it_was(notebook, case):
    incident = notebook.add(Incident(case_id=case.id, title="Detention", date="2020-05-29"))
    with pytest.raises(InvalidInput):
        notebook.update(incident.id, title="New title", date="not a date")
    assert notebook.get(incident.id) == incident


def test_deleting_a_record_removes_it_with_its_links_and_tags(notebook, case, person):
    incident = notebook.add(Incident(case_id=case.id, title="Detention", date="2020-05-29"))
    evidence = notebook.add(Evidence(case_id=case.id, title="Court ruling"))
    notebook.link(evidence.id, incident.id, "supports")
    notebook.tag(incident.id, "2020")
    notebook.delete(incident.id)
    with pytest.raises(NotFound):
        notebook.get(incident.id)
    assert notebook.links(evidence.id) == []
    actions = [e.action for e in notebook.audit.entries()][-3:]
    assert actions == ["unlink", "untag", "delete"]


def test_a_person_named_by_an_incident_cannot_be_deleted(notebook, case, person):
    notebook.add(Threat(case_id=case.id, title="Threat", date="2019", perpetrator_id=person.id))
    with pytest.raises(InUse):
        notebook.delete(person.id)
    assert notebook.get(person.id) == person


def test_a_case_that_holds_records_cannot_be_deleted(notebook, case, person):
    with pytest.raises(InUse, match="1 records"):
        notebook.delete(case.id)
    notebook.delete(person.id)
    notebook.delete(case.id)
    assert notebook.cases() == []


def test_deleting_or_reading_a_missing_record_says_not_found(notebook):
    with pytest.raises(NotFound):
        notebook.get("no-such-id")
    with pytest.raises(NotFound):
        notebook.delete("no-such-id")


def test_links_join_records_of_one_case_only_once_per_kind(notebook, case, person):
    incident = notebook.add(Incident(case_id=case.id, title="Detention", date="2020-05-29"))
    interview = notebook.add(Interview(case_id=case.id, interviewee_id=person.id, date="2020"))
    link = notebook.link(interview.id, incident.id, "describes", note="his own account")
    assert notebook.links(incident.id) == [link] == notebook.links(interview.id)
    with pytest.raises(InvalidInput, match="already linked"):
        notebook.link(interview.id, incident.id, "describes")
    with pytest.raises(InvalidInput):
        notebook.link(incident.id, incident.id, "follows")
    with pytest.raises(InvalidInput):
        notebook.link(interview.id, incident.id, "causes")
    other = notebook.add(Incident(case_id=notebook.add(Case(title="B")).id, title="x", date="2019"))
    with pytest.raises(InvalidInput, match="same case"):
        notebook.link(other.id, incident.id, "follows")
    notebook.unlink(link.id)
    assert notebook.links(incident.id) == []


def test_tags_are_kept_sorted_once_each_and_can_be_removed(notebook, case):
    incident = notebook.add(Incident(case_id=case.id, title="Detention", date="2020-05-29"))
    for tag in ("urgent", "detention", "urgent"):
        notebook.tag(incident.id, tag)
    assert notebook.tags(incident.id) == ["detention", "urgent"]
    assert notebook.all_tags(case_id=case.id) == ["detention", "urgent"]
    notebook.untag(incident.id, "urgent")
    assert notebook.tags(incident.id) == ["detention"]
    with pytest.raises(NotFound):
        notebook.untag(incident.id, "urgent")
    with pytest.raises(InvalidInput):
        notebook.tag(incident.id, "a,b")


def test_a_transaction_commits_all_of_its_changes_or_none(notebook, case):
    entries = len(notebook.audit.entries())
    with pytest.raises(RuntimeError), notebook.transaction():
        notebook.add(Incident(case_id=case.id, title="One", date="2019"))
        notebook.add(Incident(case_id=case.id, title="Two", date="2019"))
        raise RuntimeError("the user cancelled")
    assert notebook.count(kind="incident") == 0
    assert len(notebook.audit.entries()) == entries
    # The audit chain continues from what was committed, not from the rolled-back entries.
    notebook.add(Incident(case_id=case.id, title="Three", date="2019"))
    assert notebook.audit.verify().intact


def test_records_lists_by_case_and_kind_in_creation_order(notebook, case, person):
    first = notebook.add(Incident(case_id=case.id, title="First", date="2020"))
    second = notebook.add(Incident(case_id=case.id, title="Second", date="2019"))
    assert notebook.records(case_id=case.id, kind="incident") == [first, second]
    assert notebook.records(kind="case") == [case]
    assert notebook.count() == 4


def test_a_perpetrator_carries_a_degree_of_involvement_and_a_type(notebook, case, person):
    incident = notebook.add(
        Incident(
            case_id=case.id,
            title="Detention",
            date="2020-05-29",
            people=(
                Participant(
                    person_id=person.id,
                    role="perpetrator",
                    involvement="ordered",
                    perpetrator_type="state-security-service",
                ),
            ),
        )
    )
    assert notebook.get(incident.id).people[0].perpetrator_type == "state-security-service"
    with pytest.raises(InvalidInput) as refused:
        notebook.update(
            incident.id,
            people=(Participant(person_id=person.id, role="witness", perpetrator_type="police"),),
        )
    assert refused.value.field == "perpetrator_type"
    with pytest.raises(InvalidInput) as refused:
        notebook.add(Threat(case_id=case.id, title="Call", date="2019", perpetrator_type="ghost"))
    assert refused.value.field == "perpetrator_type"


def test_a_refused_record_inside_a_group_leaves_the_rest_of_the_group_to_commit(notebook, case):
    with notebook.transaction():
        notebook.add(Incident(case_id=case.id, title="Kept", date="2019"))
        with pytest.raises(InvalidInput):
            notebook.add(Incident(case_id=case.id, title="Refused", date="2019-13"))
        notebook.add(Incident(case_id=case.id, title="Also kept", date="2020"))
    assert [r.label for r in notebook.records(kind="incident")] == ["Kept", "Also kept"]
    assert notebook.audit.verify().intact


def test_a_write_that_fails_halfway_inside_a_group_aborts_the_whole_group(
    notebook, case, monkeypatch
):
    def failing_append(*args, **kwargs):
        raise OSError(28, "No space left on device")

    with pytest.raises(TransactionAborted), notebook.transaction():
        notebook.add(Incident(case_id=case.id, title="Before", date="2019"))
        with monkeypatch.context() as patch:
            patch.setattr(notebook.audit, "append", failing_append)
            with pytest.raises(OSError):
                notebook.add(Incident(case_id=case.id, title="Half written", date="2019"))
        # The caller carries on as if nothing happened: the group must not commit.
        notebook.add(Incident(case_id=case.id, title="After", date="2020"))
    assert notebook.records(kind="incident") == []
    notebook.add(Incident(case_id=case.id, title="Later", date="2021"))
    assert notebook.audit.verify().intact
    assert notebook.count(kind="incident") == 1


def test_a_write_that_fails_outside_any_group_leaves_nothing_behind(notebook, case, monkeypatch):
    monkeypatch.setattr(notebook.audit, "append", lambda *a, **k: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        notebook.add(Incident(case_id=case.id, title="Half written", date="2019"))
    monkeypatch.undo()
    assert notebook.records(kind="incident") == []
    assert notebook.search("written") == []


def test_a_deleted_record_can_be_stored_again_under_its_own_id(notebook, case):
    incident = notebook.add(Incident(case_id=case.id, title="Raid", date="2019"))
    notebook.delete(incident.id)
    again = notebook.add(incident, reuse_id=True)
    assert again.id == incident.id
    assert notebook.get(incident.id).title == "Raid"
    with pytest.raises(InvalidInput):
        notebook.add(incident, reuse_id=True)  # that id is taken again now
    assert notebook.audit.verify().intact
