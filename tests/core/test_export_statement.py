"""The witness statement: PD 32 layout, facts in date order, sources, redaction, clean Word."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from notebook.crypto import WEAK_KDF_FOR_TESTS
from notebook.demo import build_demo
from notebook.errors import InvalidInput
from notebook.export import statement
from notebook.export.document import BrokenTemplate
from notebook.export.facts import gather
from notebook.export.profiles import ExportOptions, document_bytes, export_document
from notebook.model import (
    Case,
    Consent,
    Evidence,
    Incident,
    Interview,
    Organisation,
    Participant,
    Person,
)
from tests.conftest import create_test_notebook
from tests.core.docx_parts import all_text, field_instructions, opened, paragraphs, parts

TRUTH = (
    "I believe that the facts stated in this witness statement are true. I understand that "
    "proceedings for contempt of court may be brought against anyone who makes, or causes to "
    "be made, a false statement in a document verified by a statement of truth without an "
    "honest belief in its truth."
)
BELIEF = "I do not know this of my own knowledge; it is a matter of information and belief."
NUMBERED = re.compile(r"^(\d+)\.\t")
INTRODUCTION = 1  # numbered paragraphs before the first fact


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    notebook = build_demo(
        tmp_path_factory.mktemp("demo") / "demo.casenotebook",
        kdf=WEAK_KDF_FOR_TESTS,
        allow_weak_kdf_for_tests=True,
    )
    case = notebook.cases()[0]
    people = {record.name: record.id for record in notebook.records(case_id=case.id, kind="person")}
    try:
        yield notebook, case, people
    finally:
        notebook.close()


@pytest.fixture(scope="module")
def kamil_statement(demo) -> bytes:
    notebook, case, people = demo
    return export_document(
        notebook,
        case.id,
        "witness",
        ExportOptions(
            witness_id=people["Kamil Ruziev"],
            party="Claimant",
            statement_date="2020-07-01",
            proceedings="Kamil Ruziev v State Committee for National Security",
            court="Karakol City Court",
            claim_number="KCC-2020-17",
        ),
    )


@pytest.fixture(scope="module")
def small_case(tmp_path_factory):
    """A protected victim written in Latin and Cyrillic, a lawyer, and an undated rumour."""
    notebook = create_test_notebook(tmp_path_factory.mktemp("small") / "small.casenotebook")
    case = notebook.add(Case(title="Case of Aida Osmonova", reference="AO-1", exhibit_prefix="AO"))
    aida = notebook.add(
        Person(
            case_id=case.id,
            name="Aida Osmonova",
            other_names=("Osmonova", "Осмонова", "Аида Осмонова"),
            occupation="Journalist; editor of the Osmonova Letter",
            protected=True,
            pseudonym="Witness B",
        )
    )
    lawyer = notebook.add(
        Person(case_id=case.id, name="Nurlan Ibraimov", occupation="Advocate, Bishkek Bar")
    )
    search = notebook.add(
        Incident(
            case_id=case.id,
            title="Search of the home of Осмонова",
            date="2020-02-14",
            place="Bishkek",
            type="raid-or-search",
            description="Officers searched the flat of Aida Osmonova.\n\nAida Osmonova's laptop "
            "was taken.",
            people=(Participant(person_id=aida.id, role="victim"),),
        )
    )
    refused = notebook.add(
        Incident(
            case_id=case.id,
            title="Lawyer refused access to Аида Осмонова",
            date="2020-03",
            type="denial-of-legal-counsel",
            fact_status="disputed",
            people=(
                Participant(person_id=aida.id, role="victim"),
                Participant(person_id=lawyer.id, role="lawyer"),
            ),
        )
    )
    notebook.add(
        Incident(
            case_id=case.id,
            title="Rumours about Osmonova",
            type="smear-campaign",
            people=(Participant(person_id=aida.id, role="victim"),),
        )
    )
    photo = notebook.add(
        Evidence(case_id=case.id, title="Photo of Osmonova's door", exhibit_ref="AO/1")
    )
    interview = notebook.add(
        Interview(
            case_id=case.id,
            interviewee_id=aida.id,
            date="2020-04",
            consent=Consent(scope="share-anonymised"),
        )
    )
    notebook.link(photo.id, search.id, "supports")
    notebook.link(interview.id, search.id, "describes")
    notebook.link(photo.id, refused.id, "supports")
    try:
        yield notebook, case, {"aida": aida.id, "lawyer": lawyer.id}
    finally:
        notebook.close()


def numbered(data: bytes) -> list[str]:
    found = [text for text in paragraphs(data) if NUMBERED.match(text)]
    return found


def fact_paragraphs(data: bytes) -> list[str]:
    return numbered(data)[INTRODUCTION:]


# -- layout ----------------------------------------------------------------------------------


def test_the_top_right_block_gives_party_witness_number_exhibits_and_date(kamil_statement):
    document = opened(kamil_statement)
    block = document.paragraphs[:5]
    assert [paragraph.text for paragraph in block] == [
        "On behalf of: Claimant",
        "Witness: K Ruziev",
        "Statement: 1st",
        "Exhibits: KR/1–KR/4",
        "Dated: 1 July 2020",
    ]
    assert {paragraph.alignment for paragraph in block} == {WD_ALIGN_PARAGRAPH.RIGHT}


def test_the_heading_gives_claim_number_court_parties_and_whose_statement(kamil_statement):
    text = paragraphs(kamil_statement)[5:12]
    assert text == [
        "Claim No. KCC-2020-17",
        "IN THE KARAKOL CITY COURT",
        "BETWEEN:",
        "KAMIL RUZIEV",
        "- and -",
        "STATE COMMITTEE FOR NATIONAL SECURITY",
        "WITNESS STATEMENT OF KAMIL RUZIEV",
    ]


def test_the_opening_names_the_witness_and_occupation_and_the_address_only_if_given(demo):
    notebook, case, people = demo
    witness = people["Kamil Ruziev"]
    without = paragraphs(
        export_document(notebook, case.id, "witness", ExportOptions(witness_id=witness))
    )
    assert (
        "I, Kamil Ruziev, human rights defender; head of the public foundation Ventus, "
        "Karakol, will say as follows:"
    ) in without
    given = ExportOptions(witness_id=witness, address="12 Toktogul Street, Karakol")
    with_address = paragraphs(export_document(notebook, case.id, "witness", given))
    assert any(
        text.startswith("I, Kamil Ruziev, ")
        and text.endswith(", of 12 Toktogul Street, Karakol, will say as follows:")
        for text in with_address
    )


def test_the_page_is_a4_with_the_35_mm_left_margin_pd_32_asks_for(kamil_statement):
    section = opened(kamil_statement).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert round(section.left_margin.mm) == 35


def test_the_footer_numbers_pages_with_fields_beside_the_case_reference(kamil_statement):
    assert field_instructions(kamil_statement) == ["PAGE", "NUMPAGES"]
    footer = next(xml for name, xml in parts(kamil_statement).items() if "footer" in name)
    assert "KR-2019-07" in footer


def test_core_properties_give_the_case_title_and_no_author_or_program(demo, kamil_statement):
    _, case, _ = demo
    properties = opened(kamil_statement).core_properties
    assert properties.title == case.title
    assert properties.author == "" and properties.last_modified_by == ""
    assert "python-docx" not in all_text(kamil_statement).lower()


def test_an_author_is_named_only_when_the_user_gives_one(demo):
    notebook, case, people = demo
    options = ExportOptions(witness_id=people["Kamil Ruziev"], author="A. Lawyer")
    data = export_document(notebook, case.id, "witness", options)
    assert opened(data).core_properties.author == "A. Lawyer"


# -- the facts -------------------------------------------------------------------------------


def test_paragraphs_are_numbered_from_one_without_a_gap(kamil_statement):
    numbers = [int(NUMBERED.match(text).group(1)) for text in numbered(kamil_statement)]
    assert numbers == list(range(1, len(numbers) + 1))


def test_every_fact_is_one_numbered_paragraph_in_date_order(demo, kamil_statement):
    notebook, case, _ = demo
    facts = gather(notebook, case.id).facts
    found = fact_paragraphs(kamil_statement)
    assert len(found) == len(facts)
    for text, fact in zip(found, facts, strict=True):
        assert fact.title in text


def test_a_fact_is_dated_and_placed_in_words_before_its_account(kamil_statement):
    found = fact_paragraphs(kamil_statement)
    assert any(
        text.startswith("2.\tOn 10 June 2019, at Karakol: Gun pointed at his head")
        for text in found
    )
    assert any(
        text.split("\t", 1)[1].startswith("Between 29 May 2020 and 31 May 2020") for text in found
    )
    assert any(text.split("\t", 1)[1].startswith("In June 2020 (uncertain): ") for text in found)


def test_a_disputed_fact_is_stated_without_a_mark(kamil_statement):
    videos = next(text for text in fact_paragraphs(kamil_statement) if "videos" in text)
    assert "disput" not in videos.lower()


def test_undated_facts_come_last(small_case):
    notebook, case, people = small_case
    options = ExportOptions(witness_id=people["lawyer"])
    found = fact_paragraphs(export_document(notebook, case.id, "witness", options))
    assert [text.split("\t", 1)[1].split(":")[0] for text in found] == [
        "On 14 February 2020, at Bishkek",
        "In March 2020",
        "On a date not recorded",
    ]


def test_every_exhibit_mark_cited_is_evidence_of_the_case(demo, kamil_statement):
    notebook, case, _ = demo
    schedule = {record.exhibit_ref for record in notebook.records(case_id=case.id, kind="evidence")}
    cited = set(re.findall(r"“([^”]+/\d+)”", "\n".join(paragraphs(kamil_statement))))
    assert cited and cited <= schedule


def test_an_exhibit_is_described_when_first_referred_to_and_then_cited_by_mark(kamil_statement):
    text = "\n".join(fact_paragraphs(kamil_statement))
    first = "I refer to “Summary of the joint public statement (June 2020)” marked “KR/1”."
    assert text.count(first) == 1
    assert text.index(first) < text.index("I refer again to the document")


def test_the_witness_knows_the_facts_they_were_part_of(kamil_statement):
    assert not any(BELIEF in text for text in fact_paragraphs(kamil_statement))


def test_other_facts_are_information_and_belief_with_their_source(demo):
    notebook, case, people = demo
    lawyer = people["Kamil Ruziev's lawyer (not named in the statement)"]
    facts = gather(notebook, case.id).facts
    options = ExportOptions(witness_id=lawyer)
    found = fact_paragraphs(export_document(notebook, case.id, "witness", options))
    assert any(BELIEF in text for text in found) and any(BELIEF not in text for text in found)
    for text, fact in zip(found, facts, strict=True):
        if fact.names(lawyer):
            assert BELIEF not in text
            continue
        assert BELIEF in text
        if fact.interviews:
            assert f"Source: {fact.interviews[0]}." in text
        elif fact.exhibits:
            assert re.search(r"Source: the documents? marked “", text)
        else:
            assert "Source: [source not recorded]." in text


# -- the end ---------------------------------------------------------------------------------


def test_the_statement_of_truth_has_the_wording_in_force_since_april_2020(kamil_statement):
    text = paragraphs(kamil_statement)
    at = text.index(TRUTH)
    assert text[at - 1] == "Statement of truth"
    assert text[at + 1].startswith("Signed: ___")
    assert text[at + 2 :] == ["Name: Kamil Ruziev", "Date: 1 July 2020"]


def test_the_signature_is_kept_with_the_last_paragraph_of_the_statement(kamil_statement):
    document = opened(kamil_statement)
    last_fact = max(
        at for at, paragraph in enumerate(document.paragraphs) if NUMBERED.match(paragraph.text)
    )
    for paragraph in document.paragraphs[last_fact:-1]:
        assert paragraph.paragraph_format.keep_with_next


# -- blanks and refusals ---------------------------------------------------------------------


def test_without_a_witness_the_lawyer_gets_highlighted_blanks_to_fill(demo):
    notebook, case, _ = demo
    data = export_document(notebook, case.id, "witness", ExportOptions())
    text = paragraphs(data)
    assert "I, [full name], [occupation], will say as follows:" in text
    assert "Witness: [initials and surname]" in text and "Claim No. [Claim number]" in text
    assert "WITNESS STATEMENT OF [full name]" in text
    highlighted = re.findall(
        r'<w:highlight w:val="yellow"/>.*?<w:t[^>]*>([^<]*)<', parts(data)["word/document.xml"]
    )
    assert {"[full name]", "[occupation]", "[Claim number]", "[date]"} <= set(highlighted)


def test_without_a_witness_no_fact_is_claimed_as_own_knowledge(demo):
    notebook, case, _ = demo
    found = fact_paragraphs(export_document(notebook, case.id, "witness", ExportOptions()))
    assert all(BELIEF in text for text in found)


@pytest.mark.parametrize("who", ["no-such-id", "organisation", "other case"])
def test_a_witness_who_is_not_a_person_of_the_case_is_refused(demo, small_case, who):
    notebook, case, _ = demo
    if who == "organisation":
        witness = notebook.records(case_id=case.id, kind="organisation")[0].id
        assert isinstance(notebook.get(witness), Organisation)
    elif who == "other case":
        witness = small_case[2]["lawyer"]
    else:
        witness = who
    with pytest.raises(InvalidInput) as refused:
        export_document(notebook, case.id, "witness", ExportOptions(witness_id=witness))
    assert refused.value.field == "witness"


def test_a_statement_date_that_is_not_a_date_is_refused_by_field(demo):
    notebook, case, _ = demo
    with pytest.raises(InvalidInput) as refused:
        export_document(notebook, case.id, "witness", ExportOptions(statement_date="soon"))
    assert refused.value.field == "statement_date"


# -- redaction and text ----------------------------------------------------------------------


def test_no_protected_name_of_the_demo_appears_anywhere(kamil_statement):
    everything = all_text(kamil_statement)
    assert "Former senior GKNB officer" not in everything
    assert "Officer A" in everything


def test_no_written_form_of_a_protected_name_appears_and_the_pseudonym_does(small_case):
    notebook, case, people = small_case
    options = ExportOptions(witness_id=people["lawyer"], proceedings="Aida Osmonova v Kyrgyzstan")
    everything = all_text(export_document(notebook, case.id, "witness", options))
    for form in ("Osmonova", "Осмонова", "Аида", "Aida"):
        assert form not in everything
    assert "Search of the home of Witness B" in everything
    assert "WITNESS B" in everything  # the parties in the heading


def test_without_redaction_the_protected_names_are_printed(small_case):
    notebook, case, people = small_case
    options = ExportOptions(witness_id=people["lawyer"], redact=False)
    everything = all_text(export_document(notebook, case.id, "witness", options))
    assert "Search of the home of Осмонова" in everything and "Aida Osmonova" in everything


def test_a_protected_witness_appears_by_pseudonym_without_their_address(small_case):
    notebook, case, people = small_case
    options = ExportOptions(witness_id=people["aida"], address="7 Chui Avenue, Bishkek")
    data = export_document(notebook, case.id, "witness", options)
    text = paragraphs(data)
    assert "Witness: Witness B" in text and "WITNESS STATEMENT OF WITNESS B" in text
    assert "I, Witness B, journalist; editor of the Witness B Letter, will say as follows:" in text
    assert "Chui" not in all_text(data)


def test_control_characters_are_dropped_and_cyrillic_kept_on_the_way_out(small_case):
    notebook, case, people = small_case
    facts = gather(notebook, case.id)
    # The store refuses control characters, so they are put into gathered facts directly.
    noisy = replace(
        facts.facts[0],
        title="Обыск в квартире\x07",
        description="Изъят ноутбук\x00.",
        place="Бишкек",
    )
    facts = replace(facts, facts=[noisy, *facts.facts[1:]])
    options = ExportOptions(witness_id=people["lawyer"], court="Первомайский суд\x0b")
    data = document_bytes(facts, "witness", options)
    text = paragraphs(data)
    assert "IN THE ПЕРВОМАЙСКИЙ СУД" in text
    assert any("at Бишкек: Обыск в квартире. Изъят ноутбук." in line for line in text)
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", all_text(data))


def test_a_description_in_paragraphs_stays_one_numbered_paragraph(small_case):
    notebook, case, people = small_case
    options = ExportOptions(witness_id=people["lawyer"])
    found = fact_paragraphs(export_document(notebook, case.id, "witness", options))
    assert "Officers searched the flat of Witness B.\nWitness B's laptop was taken." in found[0]


# -- the profile -----------------------------------------------------------------------------


def test_runs_of_exhibits_are_said_as_ranges_and_pairs_as_a_list():
    words = statement.load_wording()
    marks = ["KR/1", "KR/2", "KR/3", "KR/5", "KR/6", "AB/7", "loose"]
    assert statement._exhibit_ranges(marks, words) == "KR/1–KR/3, KR/5, KR/6, AB/7, loose"


def test_a_profile_without_a_wording_is_refused_by_its_key():
    words = statement.Wording({"format": 1, "truth": {}}, "broken.json")
    with pytest.raises(BrokenTemplate, match=r"truth\.heading"):
        words.text("truth", "heading")
