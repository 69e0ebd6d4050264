"""The interview record: its particulars and transcript, and refusal where consent says no."""

from __future__ import annotations

import pytest

from notebook.crypto import WEAK_KDF_FOR_TESTS
from notebook.demo import build_demo, demo_dir
from notebook.errors import InvalidInput
from notebook.export.facts import ConsentRefused, gather
from notebook.export.interview_record import transcript_paragraphs
from notebook.export.profiles import ExportOptions, document_bytes, export_document
from notebook.model import Case, Consent, Interview, Person
from tests.core.docx_parts import all_text, field_instructions, opened, parts


@pytest.fixture(scope="module")
def record(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("interview") / "demo.casenotebook"
    notebook = build_demo(folder, kdf=WEAK_KDF_FOR_TESTS, allow_weak_kdf_for_tests=True)
    try:
        case = notebook.cases()[0]
        interview = notebook.records(case_id=case.id, kind="interview")[0]
        options = ExportOptions(interview_id=interview.id)
        return document_bytes(gather(notebook, case.id), "interview", options)
    finally:
        notebook.close()


@pytest.fixture
def aida(notebook):
    """A protected interviewee whose transcript names her in two forms."""
    case = notebook.add(Case(title="Case of Aida Osmonova", reference="AO-1"))
    person = notebook.add(
        Person(
            case_id=case.id,
            name="Aida Osmonova",
            other_names=("Осмонова",),
            protected=True,
            pseudonym="Witness B",
        )
    )
    return notebook, case, person


def interview_with(aida, consent: Consent) -> str:
    notebook, case, person = aida
    made = notebook.add(
        Interview(
            case_id=case.id,
            interviewee_id=person.id,
            title="Interview with Aida Osmonova",
            interviewer="A. Lawyer",
            date="2020-05-04",
            consent=consent,
            transcript=(
                "Q: Who came?\nA: They asked for Aida Osmonova.\n\nQ: And then?\nA: Осмонова left."
            ),
        )
    )
    return made.id


def export(aida, interview_id: str, *, redact: bool = True) -> bytes:
    notebook, case, _ = aida
    options = ExportOptions(interview_id=interview_id, redact=redact)
    return export_document(notebook, case.id, "interview", options)


def particulars(data: bytes) -> dict[str, str]:
    table = opened(data).tables[0]
    return {row.cells[0].text: row.cells[1].text for row in table.rows}


def transcript(data: bytes) -> list[str]:
    texts = [paragraph.text for paragraph in opened(data).paragraphs]
    return texts[texts.index("Transcript") + 1 :]


# -- the demo -------------------------------------------------------------------------------


def test_the_record_gives_every_particular_of_the_interview(record):
    given = particulars(record)
    assert given["Case reference"] == "KR-2019-07"
    assert given["Interviewee"] == "Kamil Ruziev"
    assert given["Interviewer"] == "Ventus volunteer (illustrative)"
    assert given["Date"] == "July 2020"
    assert given["Place"] == "Karakol"
    assert given["Language"] == "Russian"
    assert given["Interpreter"] == "none recorded"
    assert given["Consent"] == (
        "Given: Share with name. May be shared or published with the person's name."
    )
    assert given["Recipients"].endswith(
        "UN Special Rapporteur on the situation of human rights defenders"
    )
    assert given["Confidentiality"] == "Confidential"


def test_a_confidential_interview_is_marked_above_the_title(record):
    texts = [paragraph.text for paragraph in opened(record).paragraphs]
    assert texts[:2] == ["[CONFIDENTIAL]", "INTERVIEW RECORD"]


def test_the_transcript_keeps_one_paragraph_per_paragraph_of_text(record):
    source = (demo_dir() / "evidence" / "interview-transcript.txt").read_text(encoding="utf-8")
    blocks = [block for block in source.split("\n\n") if block.strip()]
    told = transcript(record)
    assert len(told) == len(blocks) == 8
    for paragraph, block in zip(told, blocks, strict=True):
        assert paragraph.split("\n")[0] == block.split("\n")[0]
    assert told[2] == (
        "В: Что произошло 10 июня 2019 года?\nО: Бывший высокопоставленный сотрудник ГКНБ,"
        " которого я раньше обвинил в пытках, направил мне в голову пистолет и сказал, что"
        " убьёт меня."
    )


def test_the_footer_numbers_pages_beside_the_reference(record):
    assert field_instructions(record) == ["PAGE", "NUMPAGES"]
    footer = next(xml for name, xml in parts(record).items() if name.startswith("word/footer"))
    assert "KR-2019-07" in footer


# -- the transcript's lines -------------------------------------------------------------------


def test_wrapped_lines_rejoin_while_questions_and_answers_keep_their_own_lines():
    typed = "Q: Where?\nA: In the\n   yard, and\nthen home.\nQ: When?\n\n\nLater  \nNotes"
    assert transcript_paragraphs(typed) == [
        ["Q: Where?", "A: In the yard, and then home.", "Q: When?"],
        ["Later", "Notes"],
    ]


def test_an_empty_transcript_has_no_paragraphs():
    assert transcript_paragraphs(" \n\n\t\n") == []


# -- consent ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("consent", "redact"),
    [
        (Consent(scope="none"), True),
        (Consent(scope="record-only"), True),
        (Consent(scope="share-named", withdrawn=True, withdrawn_on="2020-06"), True),
        (Consent(scope="share-named", withdrawn=True), False),
        (Consent(scope="share-anonymised"), False),
    ],
    ids=["none", "record-only", "withdrawn", "withdrawn-unredacted", "anonymised-unredacted"],
)
def test_an_export_the_consent_does_not_allow_is_refused(aida, consent, redact):
    interview_id = interview_with(aida, consent)
    with pytest.raises(ConsentRefused) as refused:
        export(aida, interview_id, redact=redact)
    assert refused.value.field == "interview"


def test_consent_to_share_anonymised_allows_a_redacted_record_under_the_pseudonym(aida):
    data = export(aida, interview_with(aida, Consent(scope="share-anonymised")))
    given = particulars(data)
    assert given["Interviewee"] == "Witness B (a pseudonym)"
    assert given["Consent"].startswith("Given: Share anonymised.")
    assert transcript(data) == [
        "Q: Who came?\nA: They asked for Witness B.",
        "Q: And then?\nA: Witness B left.",
    ]
    text = all_text(data)
    assert "Aida Osmonova" not in text and "Осмонова" not in text


def test_consent_to_share_by_name_allows_the_name_without_redaction(aida):
    data = export(aida, interview_with(aida, Consent(scope="share-named")), redact=False)
    assert particulars(data)["Interviewee"] == "Aida Osmonova"
    assert "Осмонова left." in all_text(data)
    assert "Witness B" not in all_text(data)


def test_a_record_without_an_interview_named_is_refused_as_such(aida):
    interview_with(aida, Consent(scope="share-named"))
    with pytest.raises(InvalidInput) as refused:
        export(aida, "")
    assert refused.value.field == "interview"
    assert not isinstance(refused.value, ConsentRefused)
