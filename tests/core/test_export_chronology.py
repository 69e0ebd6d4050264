"""The chronology profile: one landscape table of a case's facts in date order, and its CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Pt

from notebook.crypto import WEAK_KDF_FOR_TESTS
from notebook.demo import build_demo
from notebook.export import chronology
from notebook.export.facts import gather
from notebook.export.profiles import ExportOptions, export_document
from notebook.model import Case, Consent, Evidence, Incident, Interview, Participant, Person
from notebook.notebook import Notebook
from tests.conftest import create_test_notebook
from tests.core.docx_parts import all_text, field_instructions, opened, parts

DEMO_PROTECTED_NAME = "Former senior GKNB officer (not named in public sources)"
DEMO_PSEUDONYM = "Officer A"
# The small case's protected witness, every form of her name, and what documents call her.
PROTECTED_FORMS = ("Гульнара Осмонова", "Осмонова", "Gulnara Osmonova")
PSEUDONYM = "Свидетель Б"
FORMULA_TITLE = '=HYPERLINK("http://example.org/x","open")'
FORMULA_SOURCE = "=cmd|' /C calc'!A0"


def add_protected_case(notebook: Notebook, folder: Path) -> str:
    """A Cyrillic case whose protected witness is named in titles, descriptions, a file name
    and a withheld interview; with one confidential fact, one formula-like fact, imprecise and
    unknown dates, evidence kept elsewhere and evidence with no mark. Returns the case id."""
    case = notebook.add(Case(title="Задержание в Бишкеке", reference="ОС-2024-1")).id
    witness = notebook.add(
        Person(
            case_id=case,
            name="Гульнара Осмонова",
            other_names=("Осмонова", "Gulnara Osmonova"),
            protected=True,
            pseudonym=PSEUDONYM,
            contact_notes="Через адвоката.",
        )
    ).id
    victim = notebook.add(Person(case_id=case, name="Азиз Каримов")).id
    seen = notebook.add(
        Incident(
            case_id=case,
            title="Осмонова видела задержание",
            type="detention",
            date="2021-03-14",
            place="Бишкек",
            description=(
                "Gulnara Osmonova saw two men take him.\n\nОсмонова was told to keep quiet."
            ),
            people=(
                Participant(person_id=victim, role="victim"),
                Participant(person_id=witness, role="witness"),
            ),
            fact_status="disputed",
            confidentiality="confidential",
        )
    ).id
    formula = notebook.add(
        Incident(
            case_id=case,
            title=FORMULA_TITLE,
            date="2021-03",
            place="@home",
            description="-5 days before the arrest",
            confidentiality="public",
        )
    ).id
    calls = notebook.add(
        Incident(
            case_id=case,
            title="Угрозы по телефону",
            date="2019~",
            description="Осмонова получала угрозы.",
            people=(Participant(person_id=victim, role="victim"),),
        )
    ).id
    notebook.add(Incident(case_id=case, title="Допросы", date="2021-03-10/2021-03-12"))
    notebook.add(Incident(case_id=case, title="Обыск в офисе", description="Дата неизвестна."))

    statement = folder / "Осмонова-заявление.txt"
    statement.write_text("Заявление свидетеля.", encoding="utf-8")
    filed = notebook.import_evidence(
        statement,
        Evidence(
            case_id=case,
            title="Заявление: Гульнара Осмонова",
            description="Written by Gulnara Osmonova.",
            source="Гульнара Осмонова",
            acquired_on="2021-04-02",
            acquired_how="Handed over in person",
            acquired_by="Адвокат",
        ),
        actor="test",
    ).id
    elsewhere = notebook.add(
        Evidence(case_id=case, title="Медицинская справка", source=FORMULA_SOURCE)
    ).id
    unmarked = notebook.add(Evidence(case_id=case, title="Фото офиса")).id
    notebook.update(unmarked, exhibit_ref="")
    for evidence, fact in ((filed, seen), (elsewhere, formula), (unmarked, calls)):
        notebook.link(evidence, fact, "supports")

    withheld = notebook.add(
        Interview(
            case_id=case,
            interviewee_id=witness,
            date="2021-04",
            consent=Consent(scope="record-only"),
            transcript="Осмонова рассказала всё.",
        )
    ).id
    notebook.link(withheld, seen, "describes")
    shared = notebook.add(
        Interview(
            case_id=case,
            interviewee_id=victim,
            date="2021-05",
            consent=Consent(scope="share-anonymised"),
        )
    ).id
    notebook.link(shared, calls, "describes")
    return case


def opened_demo():
    """A module's fixture `demo`: the demo notebook and its case, built once per module."""

    @pytest.fixture(scope="module")
    def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Notebook, str]]:
        notebook = build_demo(
            tmp_path_factory.mktemp("demo") / "demo.casenotebook",
            kdf=WEAK_KDF_FOR_TESTS,
            allow_weak_kdf_for_tests=True,
        )
        try:
            yield notebook, notebook.cases()[0].id
        finally:
            notebook.close()

    return demo


def opened_protected():
    """A module's fixture `protected`: the small case with a protected witness."""

    @pytest.fixture(scope="module")
    def protected(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Notebook, str]]:
        notebook = create_test_notebook(tmp_path_factory.mktemp("protected") / "case.casenotebook")
        try:
            yield notebook, add_protected_case(notebook, tmp_path_factory.mktemp("files"))
        finally:
            notebook.close()

    return protected


demo = opened_demo()
protected = opened_protected()


@pytest.fixture(scope="module")
def demo_docx(demo: tuple[Notebook, str]) -> bytes:
    return export_document(*demo, "chronology")


@pytest.fixture(scope="module")
def protected_docx(protected: tuple[Notebook, str]) -> bytes:
    return export_document(*protected, "chronology")


def rows_of(data: bytes) -> list[list[str]]:
    """The table's rows below the header, as the text of each cell."""
    (table,) = opened(data).tables
    return [[cell.text for cell in row.cells] for row in table.rows[1:]]


def csv_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def row_for(data: bytes, title: str) -> list[str]:
    return next(row for row in rows_of(data) if row[2].split("\n")[0] == title)


# -- the table ------------------------------------------------------------------------------


def test_the_chronology_is_one_grid_table_whose_header_repeats_on_every_page(demo_docx):
    (table,) = opened(demo_docx).tables
    header = [cell.text for cell in table.rows[0].cells]
    assert header == [
        "No.",
        "Date",
        "Event",
        "Place",
        "Actors",
        "Sources",
        "Fact status",
        "Confidentiality",
    ]
    assert table.style.name == "Table Grid"
    repeated = [
        row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None
        for row in table.rows
    ]
    assert repeated == [True] + [False] * (len(table.rows) - 1)


def test_rows_are_the_facts_in_date_order_numbered_from_one(demo, demo_docx):
    facts = gather(*demo).facts
    rows = rows_of(demo_docx)
    assert [row[0] for row in rows] == [str(n) for n in range(1, len(facts) + 1)]
    assert [row[1] for row in rows] == [fact.date_text for fact in facts]
    assert [row[2].split("\n")[0] for row in rows] == [fact.title for fact in facts]
    assert rows[0][:3] == [
        "1",
        "10 June 2019",
        "Gun pointed at his head and a threat to kill him\n" + facts[0].description,
    ]
    assert rows[-1][1] == "8 June 2020"


def test_imprecise_and_unknown_dates_are_kept_in_words(demo_docx, protected_docx):
    demo_dates = [row[1] for row in rows_of(demo_docx)]
    assert {"June 2020 (uncertain)", "29–31 May 2020", "10 June 2019 – December 2019"} <= set(
        demo_dates
    )
    dates = [row[1] for row in rows_of(protected_docx)]
    assert dates == [
        "about 2019",
        "March 2021",
        "10–12 March 2021",
        "14 March 2021",
        "date unknown",
    ]


def test_the_event_shows_its_title_in_bold_over_a_smaller_description(demo_docx):
    (table,) = opened(demo_docx).tables
    title, description = table.rows[1].cells[2].paragraphs
    assert title.runs[0].bold is True
    assert description.runs[0].font.size == Pt(8)
    assert description.text.startswith("Officer A, a former senior GKNB officer")


def test_a_description_in_paragraphs_keeps_them_without_blank_lines(protected_docx):
    event = row_for(protected_docx, f"{PSEUDONYM} видела задержание")[2]
    assert event.split("\n") == [
        f"{PSEUDONYM} видела задержание",
        f"{PSEUDONYM} saw two men take him.",
        f"{PSEUDONYM} was told to keep quiet.",
    ]


def test_actors_carry_their_role_and_sources_cite_marks_then_interviews(demo_docx):
    first = rows_of(demo_docx)[0]
    assert first[4] == "Kamil Ruziev (victim)\nOfficer A (perpetrator)"
    assert first[5] == "KR/1, KR/4\nInterview with Kamil Ruziev, July 2020"


def test_confidential_facts_are_marked_in_bold_capitals_and_others_by_their_level(
    protected_docx,
):
    (table,) = opened(protected_docx).tables
    marks = {}
    for row in table.rows[1:]:
        cell = row.cells[7]
        marks[row.cells[2].paragraphs[0].text] = (cell.text, cell.paragraphs[0].runs[0].bold)
    assert marks[f"{PSEUDONYM} видела задержание"] == ("CONFIDENTIAL", True)
    assert marks["Угрозы по телефону"] == ("Restricted", None)
    assert marks[FORMULA_TITLE] == ("Public", None)


def test_a_case_with_confidential_facts_says_so_under_the_title(protected_docx, demo_docx):
    paragraphs = opened(protected_docx).paragraphs
    assert paragraphs[2].text == "Entries marked CONFIDENTIAL: 1 of 5."
    assert paragraphs[2].runs[0].bold is True
    assert "Entries marked CONFIDENTIAL" not in all_text(demo_docx)


def test_a_document_is_not_a_spreadsheet_so_formula_like_text_stays_as_written(protected_docx):
    assert row_for(protected_docx, FORMULA_TITLE)[3] == "@home"


# -- redaction and what is withheld ---------------------------------------------------------


def test_no_protected_name_reaches_the_demo_chronology_or_its_csv(demo, demo_docx):
    text = all_text(demo_docx) + chronology.export_csv(*demo, ExportOptions()).decode("utf-8")
    assert DEMO_PROTECTED_NAME not in text
    assert DEMO_PSEUDONYM in text


def test_no_form_of_a_protected_name_reaches_the_document_or_the_csv(protected, protected_docx):
    for text in (all_text(protected_docx), chronology.csv_bytes(gather(*protected)).decode()):
        folded = text.casefold()
        assert not [form for form in PROTECTED_FORMS if form.casefold() in folded]
        assert PSEUDONYM in text


def test_without_redaction_the_name_appears_and_the_document_says_so(protected):
    data = export_document(*protected, "chronology", ExportOptions(redact=False))
    text = all_text(data)
    assert "Gulnara Osmonova saw two men" in text
    assert "NOT REDACTED: protected people are named in this chronology." in text
    assert "Гульнара Осмонова" in chronology.export_csv(
        *protected, ExportOptions(redact=False)
    ).decode("utf-8-sig")


def test_an_interview_withheld_for_consent_is_listed_with_its_reason_and_never_cited(
    protected_docx,
):
    paragraphs = [paragraph.text for paragraph in opened(protected_docx).paragraphs]
    after = paragraphs[paragraphs.index("Withheld") + 1 :]
    assert f"Interview with {PSEUDONYM}, April 2021 (consent: Record only)" in after
    sources = "\n".join(row[5] for row in rows_of(protected_docx))
    assert PSEUDONYM not in sources
    assert "Interview with Азиз Каримов, May 2021" in sources


def test_the_demo_withholds_no_interview_so_prints_no_withheld_list(demo_docx):
    assert "Withheld" not in [paragraph.text for paragraph in opened(demo_docx).paragraphs]


# -- the page -------------------------------------------------------------------------------


def test_the_page_is_a4_landscape(demo_docx):
    (section,) = opened(demo_docx).sections
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (297, 210)


def test_the_footer_carries_the_reference_and_page_fields(protected_docx):
    assert field_instructions(protected_docx) == ["PAGE", "NUMPAGES"]
    footer = next(xml for name, xml in parts(protected_docx).items() if "footer" in name)
    assert "ОС-2024-1" in footer


def test_cyrillic_titles_survive_into_the_document(protected_docx):
    text = all_text(protected_docx)
    assert "Задержание в Бишкеке" in text and "Угрозы по телефону" in text


def test_a_case_without_events_exports_a_header_and_says_it_is_empty(notebook):
    case = notebook.add(Case(title="Пустое дело", reference="EMPTY-1")).id
    data = export_document(notebook, case, "chronology")
    (table,) = opened(data).tables
    assert len(table.rows) == 1
    assert "No events are recorded in this case." in [p.text for p in opened(data).paragraphs]
    assert csv_rows(chronology.export_csv(notebook, case, ExportOptions())) == []


# -- the CSV --------------------------------------------------------------------------------


def test_the_csv_has_a_byte_order_mark_and_crlf_after_every_record(demo):
    data = chronology.csv_bytes(gather(*demo))
    assert data.startswith(b"\xef\xbb\xbf")
    header, _, _ = data[3:].partition(b"\r\n")
    assert header.decode() == (
        "No.,Date,date_edtf,Event,Description,Place,Actors,Sources,Fact status,Confidentiality"
    )
    assert data.endswith(b"\r\n")
    assert data.count(b"\r\n") == len(gather(*demo).facts) + 1


def test_the_csv_parses_back_to_the_rows_of_the_table_with_edtf_beside_the_words(demo, demo_docx):
    facts = gather(*demo).facts
    rows = csv_rows(chronology.csv_bytes(gather(*demo)))
    table = rows_of(demo_docx)
    assert len(rows) == len(table) == len(facts)
    for row, cells, fact in zip(rows, table, facts, strict=True):
        assert [row["No."], row["Date"], row["Place"], row["Fact status"]] == [
            cells[0],
            cells[1],
            cells[3],
            cells[6],
        ]
        assert row["Event"] == cells[2].split("\n")[0]
        assert row["date_edtf"] == fact.date
        assert row["Actors"].split("; ") == cells[4].split("\n")
    uncertain = next(row for row in rows if row["Date"] == "June 2020 (uncertain)")
    assert uncertain["date_edtf"] == "2020-06?"


def test_a_csv_cell_a_spreadsheet_would_run_as_a_formula_is_made_text(protected):
    rows = csv_rows(chronology.csv_bytes(gather(*protected)))
    row = next(row for row in rows if "HYPERLINK" in row["Event"])
    assert row["Event"] == "'" + FORMULA_TITLE
    assert row["Place"] == "'@home"
    assert row["Description"] == "'-5 days before the arrest"
    assert row["Confidentiality"] == "Public"


def test_the_csv_marks_confidential_rows_as_the_document_does(protected):
    rows = csv_rows(chronology.csv_bytes(gather(*protected)))
    assert [row["Confidentiality"] for row in rows] == [
        "Restricted",
        "Public",
        "Restricted",
        "CONFIDENTIAL",
        "Restricted",
    ]


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+7 701 000 00 00", "'+7 701 000 00 00"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("Karakol", "Karakol"),
        ("a = b", "a = b"),
        ("", ""),
    ],
)
def test_only_cells_opening_like_a_formula_get_an_apostrophe(cell, written):
    assert chronology.neutralise(cell) == written


def test_export_csv_is_the_csv_of_the_case_gathered_with_the_options(demo):
    notebook, case = demo
    assert chronology.export_csv(notebook, case, ExportOptions()) == chronology.csv_bytes(
        gather(notebook, case)
    )
    named = chronology.export_csv(notebook, case, ExportOptions(redact=False))
    assert DEMO_PROTECTED_NAME in named.decode("utf-8-sig")
