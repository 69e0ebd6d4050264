"""The urgent appeal: the questionnaire's sections in order, facts by date, risk, marks, names."""

from __future__ import annotations

import pytest
from docx.enum.text import WD_COLOR_INDEX

from notebook import vocabularies
from notebook.crypto import WEAK_KDF_FOR_TESTS
from notebook.demo import build_demo
from notebook.export.appeal import CONFIDENTIAL_LEVELS
from notebook.export.facts import gather
from notebook.export.profiles import ExportOptions, document_bytes, export_document
from notebook.model import Case, Consent, Incident, Interview, Participant, Person, Threat
from tests.core.docx_parts import all_text, field_instructions, opened, parts

HEADINGS = [
    "1. The defender and their work",
    "2. What happened",
    "3. The alleged perpetrators",
    "4. Action taken by the authorities and by the victim",
    "5. Current risk",
    "6. What is asked",
]
OFFICER_A_NAME = "Former senior GKNB officer (not named in public sources)"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("appeal") / "demo.casenotebook"
    notebook = build_demo(folder, kdf=WEAK_KDF_FOR_TESTS, allow_weak_kdf_for_tests=True)
    try:
        case = notebook.cases()[0]
        yield gather(notebook, case.id), gather(notebook, case.id, redact=False)
    finally:
        notebook.close()


@pytest.fixture(scope="module")
def appeal(demo) -> bytes:
    redacted, _ = demo
    return document_bytes(redacted, "urgent-appeal", ExportOptions())


@pytest.fixture
def story(notebook):
    """A protected journalist, named in titles by other forms of her name, and her brother,
    hurt once before her; one confidential fact; two threats by unnamed police, the higher risk
    the earlier; no complaint."""
    case = notebook.add(Case(title="Case of Aida Osmonova", reference="AO-1"))
    aida = notebook.add(
        Person(
            case_id=case.id,
            name="Aida Osmonova",
            other_names=("Осмонова",),
            occupation="Journalist; Aida Osmonova writes for Kloop",
            protected=True,
            pseudonym="Witness B",
        )
    )
    victim = (Participant(person_id=aida.id, role="victim"),)
    brother = notebook.add(Person(case_id=case.id, name="Nurlan Osmonov"))
    notebook.add(
        Incident(
            case_id=case.id,
            title="Nurlan Osmonov dismissed from work",
            date="2019-01",
            type="dismissal-from-work",
            people=(Participant(person_id=brother.id, role="victim"),),
        )
    )
    notebook.add(
        Incident(
            case_id=case.id,
            title="Search of the home of Осмонова",
            date="2020-02",
            type="raid-or-search",
            people=victim,
            confidentiality="public",
        )
    )
    notebook.add(
        Incident(
            case_id=case.id,
            title="Aida Osmonova meets her source",
            date="2020-03-01",
            description="Осмонова met a source in the ministry.\nThe source asked not to be named.",
            people=victim,
            confidentiality="confidential",
        )
    )
    notebook.add(
        Threat(
            case_id=case.id,
            title="Call to Aida Osmonova",
            date="2019-06-10",
            risk="high",
            perpetrator_type="police",
            people=victim,
        )
    )
    notebook.add(
        Threat(
            case_id=case.id,
            title="Letter to the editor",
            date="2020-04-02",
            risk="medium",
            perpetrator_type="police",
            people=victim,
        )
    )
    notebook.add(
        Interview(
            case_id=case.id,
            interviewee_id=aida.id,
            date="2020-05",
            consent=Consent(scope="record-only"),
            transcript="Осмонова said…",
        )
    )
    return notebook, case


def export(story, **options) -> bytes:
    notebook, case = story
    return export_document(notebook, case.id, "urgent-appeal", ExportOptions(**options))


def sections(data: bytes) -> dict[str, list[str]]:
    """The paragraphs under each top-level heading, by heading."""
    found: dict[str, list[str]] = {}
    current = None
    for paragraph in opened(data).paragraphs:
        if paragraph.style.name == "Heading 1":
            current = paragraph.text
            found[current] = []
        elif current is not None:
            found[current].append(paragraph.text)
    return found


def before_sections(data: bytes) -> list[str]:
    texts = []
    for paragraph in opened(data).paragraphs:
        if paragraph.style.name == "Heading 1":
            break
        texts.append(paragraph.text)
    return texts


def position(lines: list[str], words: str) -> int:
    return next(number for number, line in enumerate(lines) if words in line)


# -- the demo -------------------------------------------------------------------------------


def test_the_appeal_is_addressed_to_the_special_rapporteur_as_urgent(appeal):
    header = "\n".join(before_sections(appeal))
    assert header.startswith("To: Special Rapporteur on the situation of human rights defenders")
    assert "OHCHR" in header and "Geneva" in header
    assert "URGENT APPEAL" in header
    assert "Our reference: KR-2019-07" in header


def test_the_sections_of_the_questionnaire_come_in_order(appeal):
    assert list(sections(appeal))[: len(HEADINGS)] == HEADINGS


def test_what_happened_tells_every_fact_once_in_date_order(demo, appeal):
    redacted, _ = demo
    told = sections(appeal)["2. What happened"]
    places = [position(told, fact.title) for fact in redacted.facts]
    assert places == sorted(places) and len(set(places)) == len(places)
    assert len(redacted.facts) == 17


def test_a_fact_is_told_as_date_place_title_description_and_sources(demo, appeal):
    redacted, _ = demo
    fact = next(fact for fact in redacted.facts if fact.exhibits and fact.interviews)
    told = sections(appeal)["2. What happened"]
    line = told[position(told, fact.title)]
    assert line.startswith(f"{fact.date_text} — {fact.place} — {fact.title}")
    assert fact.description.split("\n")[0] in line
    sources = ", ".join(fact.exhibits) + "; " + "; ".join(fact.interviews)
    assert line.endswith(f"(sources: {sources})")


def test_the_defender_is_named_with_their_occupation_and_the_case_summary(appeal):
    told = sections(appeal)["1. The defender and their work"]
    assert told[0].startswith("Kamil Ruziev. Human rights defender; head of the public foundation")
    assert any(line.startswith("Kamil Ruziev, 57, is a human rights defender") for line in told)


def test_the_perpetrators_are_named_by_pseudonym_never_by_the_protected_name(demo, appeal):
    accused = "\n".join(sections(appeal)["3. The alleged perpetrators"])
    assert "Officer A (a pseudonym)" in accused
    assert "Type: State security service" in accused
    assert accused.index("Officer A") < accused.index("GKNB officers (names not known)")
    assert OFFICER_A_NAME not in all_text(appeal)
    _, plain = demo
    assert OFFICER_A_NAME in all_text(document_bytes(plain, "urgent-appeal", ExportOptions()))


def test_action_taken_holds_complaints_and_prosecution_and_nothing_else(appeal):
    action = "\n".join(sections(appeal)["4. Action taken by the authorities and by the victim"])
    for title in (
        "Complaint to the security service about the threats",
        "No answer to the complaint",
        "Lawsuit against the security service",
        "Security service opens a forgery case against him",
        "Karakol City Court approves the charges",
    ):
        assert title in action
    for title in ("Hunger strike begins", "Gun pointed at his head", "Moved to house arrest"):
        assert title not in action
    assert "[No complaint" not in action


def test_the_risk_section_names_the_highest_risk_and_the_latest_threat_first(appeal):
    risk = sections(appeal)["5. Current risk"]
    assert risk[0].startswith("Highest risk assessed: Critical")
    threats = [
        position(risk, "Third threat to kill him"),
        position(risk, "Second threat to kill him"),
        position(risk, "Gun pointed at his head"),
    ]
    assert threats == sorted(threats)
    assert "Risk: Critical. Perpetrator: State security service." in risk[threats[0]]


def test_the_request_names_the_defender_and_leaves_marked_blanks(appeal):
    asked = "\n".join(sections(appeal)["6. What is asked"])
    assert "physical and psychological integrity of Kamil Ruziev" in asked
    assert "prompt, thorough and impartial investigation" in asked
    assert "retaliation and harassment against Kamil Ruziev" in asked
    assert "Government of [State]" in asked


def test_blanks_are_highlighted_and_the_submitter_fills_one(appeal, demo):
    runs = [run for paragraph in opened(appeal).paragraphs for run in paragraph.runs]
    blank = next(run for run in runs if run.text == "[organisation submitting]")
    assert blank.font.highlight_color == WD_COLOR_INDEX.YELLOW
    redacted, _ = demo
    signed = document_bytes(redacted, "urgent-appeal", ExportOptions(prepared_by="Ventus Legal"))
    assert "Submitted by: Ventus Legal" in "\n".join(before_sections(signed))
    assert "[organisation submitting]" not in all_text(signed)


def test_the_consent_line_leaves_the_answer_to_the_lawyer_beside_the_recorded_consent(appeal):
    header = "\n".join(before_sections(appeal))
    assert "Consent of Kamil Ruziev to their name being shared with the Government: [yes / no]" in (
        header
    )
    assert "(consent given at the interview of July 2020: share with name;" in header


def test_cited_exhibits_are_listed_as_supporting_documents(demo, appeal):
    redacted, _ = demo
    listed = "\n".join(sections(appeal)["Supporting documents"])
    for exhibit in redacted.exhibits:
        assert f"{exhibit.mark} — {exhibit.title}" in listed


def test_a_case_with_no_confidential_fact_has_no_mark_and_no_note(appeal):
    assert "CONFIDENTIAL" not in all_text(appeal)


def test_the_footer_numbers_pages_beside_the_reference(appeal):
    assert field_instructions(appeal) == ["PAGE", "NUMPAGES"]
    footer = next(xml for name, xml in parts(appeal).items() if name.startswith("word/footer"))
    assert "KR-2019-07" in footer


# -- small cases ------------------------------------------------------------------------------


def test_confidential_facts_carry_the_mark_wherever_they_appear_and_others_never(story):
    data = export(story)
    lines = [paragraph.text for paragraph in opened(data).paragraphs]
    secret = [line for line in lines if "meets her source" in line]
    assert secret and all("[CONFIDENTIAL]" in line for line in secret)
    assert any("\nThe source asked not to be named." in line for line in secret)
    for title in ("Search of the home of", "Call to Witness B", "Letter to the editor"):
        named = [line for line in lines if title in line]
        assert named and not any("[CONFIDENTIAL]" in line for line in named)
    assert any(line.startswith("Parts marked [CONFIDENTIAL]") for line in before_sections(data))


def test_every_confidentiality_level_is_knowingly_marked_or_left_unmarked():
    # A new level in the vocabulary must be sorted into one side here before it ships.
    assert set(vocabularies.load("confidentiality").codes) == {"public", "restricted"} | set(
        CONFIDENTIAL_LEVELS
    )


def test_no_form_of_a_protected_name_is_left_anywhere_when_redacting(story):
    text = all_text(export(story))
    for form in ("Aida Osmonova", "Осмонова", "Osmonova"):
        assert form not in text
    assert "Witness B" in text and "Kloop" in text


def test_without_redaction_every_form_of_the_name_is_printed(story):
    text = all_text(export(story, redact=False))
    assert "Aida Osmonova" in text and "Осмонова" in text
    assert "Witness B" not in text


def test_a_protected_victim_is_called_a_pseudonym_and_not_named_to_the_government(story):
    data = export(story)
    assert "Consent of Witness B to their name being shared with the Government: no;" in "\n".join(
        before_sections(data)
    )
    assert sections(data)["1. The defender and their work"][0].startswith(
        "Witness B (a pseudonym). Journalist; Witness B writes for Kloop."
    )


def test_the_defender_named_in_most_facts_comes_before_a_relative_named_first(story):
    told = sections(export(story))["1. The defender and their work"]
    assert [line.split(" ")[0] for line in told[:2]] == ["Witness", "Nurlan"]


def test_the_highest_risk_is_named_though_a_later_threat_is_lower(story):
    risk = sections(export(story))["5. Current risk"]
    assert risk[0].startswith("Highest risk assessed: High")
    assert position(risk, "Letter to the editor") < position(risk, "Call to Witness B")


def test_threats_by_an_unnamed_perpetrator_are_listed_by_its_kind(story):
    accused = sections(export(story))["3. The alleged perpetrators"]
    assert [line.split(".")[0] for line in accused] == ["Not identified (Police)"] * 2


def test_a_case_without_a_complaint_leaves_a_marked_blank_for_it(story):
    action = sections(export(story))["4. Action taken by the authorities and by the victim"]
    assert action[0].startswith("[No complaint to the authorities is recorded.")


def test_interviews_whose_consent_keeps_them_out_are_noted_as_not_included(story):
    lines = [paragraph.text for paragraph in opened(export(story)).paragraphs]
    noted = lines[position(lines, "Not included") + 1 :]
    assert noted == ["Interview with Witness B, May 2020: not included (consent: Record only)."]
