"""The schedule of exhibits: every evidence item by mark, with the stored file's fingerprint."""

from __future__ import annotations

import pytest
from docx.enum.section import WD_ORIENT

from notebook.export import exhibits
from notebook.export.facts import gather
from notebook.export.profiles import ExportOptions, export_document
from notebook.model import Case, Evidence, Incident
from notebook.notebook import Notebook
from tests.core.docx_parts import all_text, field_instructions, opened, parts
from tests.core.test_export_chronology import (
    DEMO_PROTECTED_NAME,
    FORMULA_SOURCE,
    PROTECTED_FORMS,
    PSEUDONYM,
    csv_rows,
    opened_demo,
    opened_protected,
    rows_of,
)

demo = opened_demo()
protected = opened_protected()


@pytest.fixture(scope="module")
def demo_docx(demo: tuple[Notebook, str]) -> bytes:
    return export_document(*demo, "exhibits")


@pytest.fixture(scope="module")
def protected_docx(protected: tuple[Notebook, str]) -> bytes:
    return export_document(*protected, "exhibits")


def evidence_by_mark(notebook: Notebook, case: str) -> dict[str, Evidence]:
    found = notebook.records(case_id=case, kind="evidence")
    return {record.exhibit_ref: record for record in found if isinstance(record, Evidence)}


def cited_marks(chronology: bytes) -> set[str]:
    """Every exhibit mark the chronology's Sources column cites."""
    (table,) = opened(chronology).tables
    marks = set()
    for row in table.rows[1:]:
        for paragraph in row.cells[5].paragraphs:
            if paragraph.text and not paragraph.text.startswith("Interview"):
                marks.update(paragraph.text.split(", "))
    return marks


# -- the table ------------------------------------------------------------------------------


def test_the_schedule_is_one_grid_table_headed_by_its_columns(demo_docx):
    (table,) = opened(demo_docx).tables
    assert [cell.text for cell in table.rows[0].cells] == [
        "Exhibit",
        "Description",
        "Date acquired",
        "Source",
        "SHA-256",
        "Acquisition and custody",
    ]
    assert table.style.name == "Table Grid"
    assert opened(demo_docx).paragraphs[0].text == "Schedule of exhibits"


def test_exhibits_are_listed_by_mark_and_unmarked_evidence_comes_last(protected_docx):
    assert [row[0] for row in rows_of(protected_docx)] == ["ОС/1", "ОС/2", "(no mark)"]


def test_the_demo_lists_its_four_exhibits_with_title_description_and_file(demo_docx):
    rows = rows_of(demo_docx)
    assert [row[0] for row in rows] == ["KR/1", "KR/2", "KR/3", "KR/4"]
    title, *_, file_line = rows[2][1].split("\n")
    assert title == "Photo placeholder: the hospital (a drawing, not a photograph)"
    assert file_line == "Photo · hospital-placeholder.png · 1,755\u00a0bytes"


def test_the_fingerprint_is_the_stored_files_full_sha256_in_a_monospace_font(demo, demo_docx):
    notebook, case = demo
    by_mark = evidence_by_mark(notebook, case)
    (table,) = opened(demo_docx).tables
    for row in table.rows[1:]:
        stored = notebook.evidence_file(by_mark[row.cells[0].text].id)
        assert stored is not None
        cell = row.cells[4]
        assert cell.text == stored.sha256
        assert len(cell.text) == 64
        assert cell.paragraphs[0].runs[0].font.name == "Courier New"


def test_evidence_whose_file_is_kept_elsewhere_says_so_where_the_fingerprint_would_be(
    protected_docx,
):
    rows = {row[0]: row for row in rows_of(protected_docx)}
    assert rows["ОС/2"][4] == "kept elsewhere"
    assert "Custody: kept elsewhere; no custody events in this notebook" in rows["ОС/2"][5]


def test_the_date_is_the_acquisition_date_in_words(demo_docx, protected_docx):
    assert [row[2] for row in rows_of(demo_docx)] == [
        "June 2020",
        "June 2020",
        "June 2020",
        "July 2020",
    ]
    assert rows_of(protected_docx)[0][2] == "2 April 2021"
    assert rows_of(protected_docx)[1][2] == "date unknown"


def test_acquisition_says_how_and_by_whom_then_the_custody(demo_docx):
    how, by, custody = rows_of(demo_docx)[0][5].split("\n")
    assert how == "Read the published statement and summarised it"
    assert by == "By Case Notebook demo"
    assert custody.startswith("Custody: intake ") and custody.endswith(" by demo")


def test_every_mark_the_chronology_cites_is_in_the_schedule_and_every_mark_is_evidence(
    demo, demo_docx, protected, protected_docx
):
    for (notebook, case), schedule in ((demo, demo_docx), (protected, protected_docx)):
        listed = {row[0] for row in rows_of(schedule)} - {"(no mark)"}
        assert listed == set(evidence_by_mark(notebook, case)) - {""}
        cited = cited_marks(export_document(notebook, case, "chronology"))
        assert cited and cited <= listed


# -- redaction ------------------------------------------------------------------------------


def test_no_protected_name_reaches_the_demo_schedule(demo, demo_docx):
    text = all_text(demo_docx) + exhibits.csv_bytes(gather(*demo)).decode("utf-8-sig")
    assert DEMO_PROTECTED_NAME not in text


def test_no_form_of_a_protected_name_reaches_the_schedule_or_its_csv(protected, protected_docx):
    for text in (all_text(protected_docx), exhibits.csv_bytes(gather(*protected)).decode()):
        folded = text.casefold()
        assert not [form for form in PROTECTED_FORMS if form.casefold() in folded]
        assert f"Заявление: {PSEUDONYM}" in text
        assert f"{PSEUDONYM}-заявление.txt" in text


def test_without_redaction_the_schedule_names_the_protected_person(protected):
    data = export_document(*protected, "exhibits", ExportOptions(redact=False))
    assert "Written by Gulnara Osmonova." in all_text(data)
    assert "NOT REDACTED: protected people are named in this schedule." in all_text(data)


# -- the page -------------------------------------------------------------------------------


def test_the_schedule_is_a4_landscape_with_the_reference_and_page_fields(protected_docx):
    (section,) = opened(protected_docx).sections
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (297, 210)
    assert field_instructions(protected_docx) == ["PAGE", "NUMPAGES"]
    footer = next(xml for name, xml in parts(protected_docx).items() if "footer" in name)
    assert "ОС-2024-1" in footer


def test_a_case_without_evidence_exports_an_empty_schedule_that_says_so(notebook):
    case = notebook.add(Case(title="Без доказательств", reference="NONE-1")).id
    notebook.add(Incident(case_id=case, title="Событие", date="2020"))
    data = export_document(notebook, case, "exhibits")
    (table,) = opened(data).tables
    assert len(table.rows) == 1
    assert "No evidence is recorded in this case." in [p.text for p in opened(data).paragraphs]
    assert csv_rows(exhibits.csv_bytes(gather(notebook, case))) == []


# -- the CSV --------------------------------------------------------------------------------


def test_the_schedule_csv_has_a_bom_crlf_and_one_row_per_evidence_item(demo):
    data = exhibits.csv_bytes(gather(*demo))
    assert data.startswith(b"\xef\xbb\xbf") and data.endswith(b"\r\n")
    rows = csv_rows(data)
    assert list(rows[0]) == [
        "Exhibit",
        "Title",
        "Description",
        "Kind",
        "Date acquired",
        "date_edtf",
        "Source",
        "Acquired how",
        "Acquired by",
        "SHA-256",
        "File name",
        "Size (bytes)",
        "Custody",
    ]
    assert [row["Exhibit"] for row in rows] == ["KR/1", "KR/2", "KR/3", "KR/4"]
    assert [row["date_edtf"] for row in rows] == ["2020-06", "2020-06", "2020-06", "2020-07"]


def test_the_schedule_csv_carries_the_same_fingerprints_and_sizes_as_the_stored_files(demo):
    notebook, case = demo
    by_mark = evidence_by_mark(notebook, case)
    for row in csv_rows(exhibits.csv_bytes(gather(notebook, case))):
        stored = notebook.evidence_file(by_mark[row["Exhibit"]].id)
        assert stored is not None
        assert (row["SHA-256"], row["Size (bytes)"]) == (stored.sha256, str(stored.size))


def test_the_schedule_csv_leaves_missing_marks_and_fingerprints_empty_and_defuses_formulas(
    protected,
):
    rows = {row["Title"]: row for row in csv_rows(exhibits.csv_bytes(gather(*protected)))}
    assert rows["Фото офиса"]["Exhibit"] == ""
    elsewhere = rows["Медицинская справка"]
    assert (elsewhere["SHA-256"], elsewhere["File name"], elsewhere["Size (bytes)"]) == ("", "", "")
    assert elsewhere["Source"] == "'" + FORMULA_SOURCE
