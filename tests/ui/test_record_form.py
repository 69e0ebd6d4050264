"""The record form: every field of every kind shown, read back, and told apart when changed."""

from __future__ import annotations

from dataclasses import fields

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit

from notebook import InvalidInput, vocabularies
from notebook.model import (
    IDENTITY_FIELDS,
    KINDS,
    Case,
    Consent,
    Evidence,
    Incident,
    Interview,
    Organisation,
    Participant,
    Person,
    Record,
    Threat,
    validate,
)
from ui import record_form
from ui.record_form import ConsentEditor, DateEdit, ParticipantsEditor, RecordForm

PEOPLE = [("p-anna", "Anna Petrova"), ("p-igor", "Igor Sokolov"), ("p-oleg", "Oleg M.")]
IDENTITY = {
    "id": "r-1",
    "case_id": "c-1",
    "created": "2024-01-01T10:00:00Z",
    "updated": "2024-01-02T10:00:00Z",
}

FULL_RECORDS: dict[str, Record] = {
    "case": Case(
        **IDENTITY,
        title="Detention of journalists in Kazan",
        reference="KZ-2019-04",
        summary="Three journalists detained after a protest.\nFollow-up with lawyers.",
        status="monitoring",
        exhibit_prefix="KZ",
    ),
    "person": Person(
        **IDENTITY,
        name="Anna Petrova",
        other_names=("Anya", "А. Петрова"),
        sex="female",
        birth_date="1985-03~",
        occupation="Journalist",
        contact_notes="Only through her lawyer.\nNever by phone.",
        protected=True,
        pseudonym="Witness A",
    ),
    "organisation": Organisation(
        **IDENTITY,
        name="Kazan Press Club",
        other_names=("KPC",),
        description="An association of independent journalists.",
        contact_notes="Office closed since 2021.",
    ),
    "incident": Incident(
        **IDENTITY,
        title="Arrest at the press club",
        type="detention",
        date="2019-06-10/2019-06-12",
        place="Kazan",
        description="Police entered the club and took three people.",
        people=(
            Participant(person_id="p-anna", role="victim"),
            Participant(
                person_id="p-igor",
                role="perpetrator",
                involvement="ordered",
                perpetrator_type="police",
            ),
        ),
        fact_status="undisputed",
        confidentiality="confidential",
        day_order=2,
    ),
    "threat": Threat(
        **IDENTITY,
        title="Threatening messages",
        date="2019-06~",
        place="Online",
        description="Messages saying she would be next.",
        people=(Participant(person_id="p-anna", role="victim"),),
        fact_status="disputed",
        confidentiality="confidential",
        day_order=1,
        means="message",
        channel="messaging-app",
        perpetrator_id="p-oleg",
        perpetrator_type="state-security-service",
        risk="high",
        protective_measures="Moved to a safe flat.\nChanged phone.",
    ),
    "interview": Interview(
        **IDENTITY,
        interviewee_id="p-anna",
        title="First interview with Anna",
        interviewer="M. Ivanova",
        date="2019-07-02",
        place="Moscow",
        language="Russian",
        interpreter="None needed",
        consent=Consent(
            scope="share-anonymised",
            recipients="UN Special Rapporteur",
            withdrawn=True,
            withdrawn_on="2020-03",
        ),
        transcript="Q: What happened?\nA: They came at night.",
        confidentiality="restricted",
        day_order=1,
    ),
    "evidence": Evidence(
        **IDENTITY,
        title="Photo of the club door",
        description="The broken lock.",
        evidence_kind="photo",
        source="Anna Petrova",
        source_reliability="b",
        acquired_on="2019-06-11",
        acquired_how="Sent by messenger",
        acquired_by="M. Ivanova",
        device_clock_note="The phone's clock ran an hour behind.",
        exhibit_ref="KZ/1",
        confidentiality="restricted",
        identifies_protected=True,
    ),
}


def editable(record: Record) -> dict:
    return {
        item.name: getattr(record, item.name)
        for item in fields(record)
        if item.name not in IDENTITY_FIELDS
    }


@pytest.fixture
def make_form(qtbot):
    def make(kind: str, *, language: str = "en", record: Record | None = None) -> RecordForm:
        form = RecordForm(kind, people=PEOPLE, language=language)
        qtbot.addWidget(form)
        if record is not None:
            form.set_record(record)
        return form

    return make


def test_the_sample_records_are_valid_and_use_every_field():
    for kind in KINDS:
        record = FULL_RECORDS[kind]
        validate(record)
        required = {"title", "name", "interviewee_id"} & set(editable(record))
        defaults = type(record)(**dict.fromkeys(required, ""))
        left_as_default = [
            name
            for name, value in editable(record).items()
            if value == getattr(defaults, name) and name != "type"  # a threat's type is "threat"
        ]
        assert left_as_default == [], kind


@pytest.mark.parametrize("kind", KINDS)
def test_a_full_record_comes_back_unchanged(make_form, kind):
    record = FULL_RECORDS[kind]
    form = make_form(kind, record=record)
    assert form.values() == editable(record)
    assert form.changes(record) == {}


@pytest.mark.parametrize("kind", KINDS)
def test_a_full_record_comes_back_unchanged_in_russian(make_form, kind):
    record = FULL_RECORDS[kind]
    form = make_form(kind, language="ru", record=record)
    assert form.values() == editable(record)


@pytest.mark.parametrize("kind", KINDS)
def test_every_field_but_the_identity_has_a_labelled_input(make_form, kind):
    form = make_form(kind)
    names = [item.name for item in fields(FULL_RECORDS[kind]) if item.name not in IDENTITY_FIELDS]
    assert list(form.values()) == names
    for name in names:
        assert form.widget(name).accessibleName()
        assert "_" not in form.widget(name).accessibleName()


def test_identity_fields_are_not_editable(make_form):
    form = make_form("case", record=FULL_RECORDS["case"])
    for name in IDENTITY_FIELDS:
        with pytest.raises(KeyError):
            form.widget(name)


def test_dates_are_shown_as_a_person_reads_them(make_form):
    form = make_form("incident", record=FULL_RECORDS["incident"])
    assert form.widget("date").text() == "10–12 June 2019"
    interview = make_form("interview", language="ru", record=FULL_RECORDS["interview"])
    assert interview.widget("date").text() == "2 июля 2019 г."


def test_a_date_the_words_cannot_carry_is_shown_as_edtf(make_form, monkeypatch):
    monkeypatch.setattr(record_form.datetext, "describe", lambda edtf, language: "a while ago")
    record = Incident(title="Odd date", date="2019-06-XX")
    form = make_form("incident", record=record)
    assert form.widget("date").text() == "2019-06-XX"
    assert form.changes(record) == {}


def test_kinds_of_field_get_the_inputs_they_need(make_form):
    form = make_form("interview")
    assert isinstance(form.widget("title"), QLineEdit)
    assert isinstance(form.widget("transcript"), QPlainTextEdit)
    assert isinstance(form.widget("confidentiality"), QComboBox)
    assert isinstance(form.widget("interviewee_id"), QComboBox)
    assert isinstance(form.findChild(ConsentEditor), ConsentEditor)
    incident = make_form("incident")
    assert isinstance(incident.findChild(ParticipantsEditor), ParticipantsEditor)
    assert isinstance(incident.findChild(DateEdit), DateEdit)


def test_editing_the_title_is_a_change(make_form, qtbot):
    record = FULL_RECORDS["case"]
    form = make_form("case", record=record)
    title = form.widget("title")
    title.clear()
    qtbot.keyClicks(title, "Detentions in Kazan")
    assert form.changes(record) == {"title": "Detentions in Kazan"}


def test_choosing_a_vocabulary_item_gives_its_code(make_form):
    record = FULL_RECORDS["case"]
    form = make_form("case", record=record)
    status = form.widget("status")
    status.setCurrentIndex(status.findData("closed"))
    assert form.changes(record) == {"status": "closed"}


def test_typing_a_natural_date_gives_edtf_and_a_confirmation(make_form, qtbot):
    record = FULL_RECORDS["incident"]
    form = make_form("incident", record=record)
    date = form.widget("date")
    date.clear()
    qtbot.keyClicks(date, "about June 2019")
    assert form.changes(record) == {"date": "2019-06~"}
    confirmation = form.findChild(DateEdit).confirmation
    assert confirmation.text() == "= about June 2019"


def test_an_unreadable_date_raises_invalid_input_naming_the_field(make_form, qtbot):
    form = make_form("evidence", record=FULL_RECORDS["evidence"])
    date = form.widget("acquired_on")
    date.clear()
    qtbot.keyClicks(date, "last Tuesdayish")
    with pytest.raises(InvalidInput) as caught:
        form.values()
    assert caught.value.field == "acquired_on"
    assert "10 June 2019" in form.findChild(DateEdit).confirmation.text()


def test_an_empty_date_means_unknown(make_form):
    record = FULL_RECORDS["person"]
    form = make_form("person", record=record)
    form.widget("birth_date").clear()
    assert form.changes(record) == {"birth_date": ""}


def test_other_names_are_split_at_semicolons(make_form, qtbot):
    record = FULL_RECORDS["person"]
    form = make_form("person", record=record)
    assert form.widget("other_names").text() == "Anya; А. Петрова"
    form.widget("other_names").setText("Anya;  Nyura ; ")
    assert form.changes(record) == {"other_names": ("Anya", "Nyura")}


def test_participants_can_be_added_and_removed(make_form, qtbot):
    record = FULL_RECORDS["incident"]
    form = make_form("incident", record=record)
    editor = form.findChild(ParticipantsEditor)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    row = editor.table.rowCount() - 1
    person = editor.combo(row, editor.PERSON)
    person.setCurrentIndex(person.findData("p-oleg"))
    role = editor.combo(row, editor.ROLE)
    role.setCurrentIndex(role.findData("witness"))
    added = Participant(person_id="p-oleg", role="witness")
    assert form.changes(record) == {"people": (*record.people, added)}

    editor.table.selectRow(0)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert form.values()["people"] == (record.people[1], added)


def test_only_perpetrators_have_involvement_and_a_type(make_form):
    form = make_form("incident", record=FULL_RECORDS["incident"])
    editor = form.findChild(ParticipantsEditor)
    assert not editor.combo(0, editor.INVOLVEMENT).isEnabled()
    assert editor.combo(1, editor.INVOLVEMENT).isEnabled()
    role = editor.combo(1, editor.ROLE)
    role.setCurrentIndex(role.findData("witness"))
    assert form.values()["people"][1] == Participant(person_id="p-igor", role="witness")


def test_consent_fields_round_trip_and_changes_are_seen(make_form):
    record = FULL_RECORDS["interview"]
    form = make_form("interview", record=record)
    assert form.values()["consent"] == record.consent
    consent = form.findChild(ConsentEditor)
    consent.withdrawn.setChecked(False)
    consent.withdrawn_on.line.clear()
    consent.scope.setCurrentIndex(consent.scope.findData("share-named"))
    assert form.changes(record) == {
        "consent": Consent(scope="share-named", recipients="UN Special Rapporteur")
    }


def test_an_unreadable_withdrawal_date_names_the_consent_field(make_form):
    form = make_form("interview", record=FULL_RECORDS["interview"])
    form.widget("consent_withdrawn_on").setText("someday")
    with pytest.raises(InvalidInput) as caught:
        form.values()
    assert caught.value.field == "consent_withdrawn_on"


def test_the_perpetrator_combo_lists_the_given_people(make_form):
    form = make_form("threat")
    combo = form.widget("perpetrator_id")
    items = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
    assert items == [("", "—"), *PEOPLE]


def test_the_interviewee_must_be_chosen_from_the_people(make_form):
    form = make_form("interview", record=FULL_RECORDS["interview"])
    combo = form.widget("interviewee_id")
    assert combo.currentText() == "Anna Petrova"
    assert combo.findData("") == -1


def test_a_person_no_longer_listed_is_kept_as_is(make_form):
    record = Threat(title="Call", perpetrator_id="p-gone")
    form = make_form("threat", record=record)
    assert form.changes(record) == {}


def test_optional_codes_offer_no_choice(make_form):
    form = make_form("threat")
    for name in ("means", "channel", "risk", "perpetrator_type"):
        assert form.widget(name).itemText(0) == "—"
        assert form.values()[name] == ""
    assert form.widget("fact_status").itemData(0) != ""


def test_typing_emits_edited(make_form, qtbot):
    form = make_form("case", record=FULL_RECORDS["case"])
    with qtbot.waitSignal(form.edited, timeout=1000):
        qtbot.keyClicks(form.widget("reference"), "-b")


def test_showing_a_record_does_not_emit_edited(make_form, qtbot):
    form = make_form("threat")
    with qtbot.assertNotEmitted(form.edited):
        form.set_record(FULL_RECORDS["threat"])


def test_russian_labels_appear_for_vocabularies(make_form):
    form = make_form("incident", language="ru", record=FULL_RECORDS["incident"])
    combo = form.widget("fact_status")
    expected = vocabularies.load("fact_status").label("undisputed", "ru")
    assert combo.currentText() == expected
    assert any("\u0400" <= ch <= "\u04ff" for ch in expected)
    editor = form.findChild(ParticipantsEditor)
    assert editor.combo(0, editor.ROLE).currentText() == "Пострадавший"


def test_a_problem_marks_the_field_and_says_why(make_form):
    form = make_form("person", record=FULL_RECORDS["person"])
    form.show_problem("pseudonym", "A protected person needs a pseudonym.")
    assert form.problem.text() == "A protected person needs a pseudonym."
    assert not form.problem.isHidden()
    assert form.widget("pseudonym").property("problem") is True
    assert form.widget("name").property("problem") is not True
    form.clear_problem()
    assert form.problem.isHidden()
    assert form.widget("pseudonym").property("problem") is False


def test_a_problem_without_a_field_is_only_said(make_form):
    form = make_form("case")
    form.show_problem(None, "Something went wrong.")
    assert form.problem.text() == "Something went wrong."
    form.show_problem("no_such_field", "Still said.")
    assert form.problem.text() == "Still said."


def test_retranslate_keeps_every_label(make_form):
    form = make_form("threat")
    form.retranslate()
    texts = {label.text() for label in form.findChildren(QLabel)}
    assert {"Title", "Perpetrator", "Protective measures", "Risk"} <= texts


def test_a_new_interview_has_no_interviewee_chosen_yet(make_form):
    form = make_form("interview")
    assert form.widget("interviewee_id").currentIndex() == -1
    assert form.values()["interviewee_id"] == ""
