"""The export dialog's document language: the interface's when the document is made in it,
only the languages the chosen document is made in, and the file written in the one chosen."""

from __future__ import annotations

import csv
import io

import pytest

from tests.core.docx_parts import paragraphs
from tests.ui.test_export_dialog import (  # noqa: F401 (fixtures)
    choose,
    finish,
    ids,
    out,
    save_as,
    window,
)
from ui.export_dialog import BUNDLE, CSV, DocumentExportDialog


def offered(dialog: DocumentExportDialog) -> list[str]:
    box = dialog.language_box
    return [box.itemData(row) for row in range(box.count())]


def pick(dialog: DocumentExportDialog, language: str) -> None:
    box = dialog.language_box
    box.setCurrentIndex(box.findData(language))
    box.activated.emit(box.currentIndex())


@pytest.fixture
def russian(window, ids) -> DocumentExportDialog:  # noqa: F811
    """The dialog of a window whose interface speaks Russian."""
    made = DocumentExportDialog(window, window.session, ids["case"], language="ru")
    made.show()
    return made


def test_the_document_language_is_the_interfaces_when_the_document_is_made_in_it(russian):
    choose(russian, "chronology")
    assert offered(russian) == ["en", "ru", "ky"]
    assert russian.document_language() == "ru"
    assert russian.language_box.isEnabled()
    assert russian.options().language == "ru"


def test_a_document_made_in_one_language_offers_only_that_one_and_says_why(russian):
    choose(russian, "witness")
    assert offered(russian) == ["en"]
    assert russian.document_language() == "en"
    assert not russian.language_box.isEnabled()
    assert russian.language_note.isVisibleTo(russian)
    choose(russian, "chronology")
    assert not russian.language_note.isVisibleTo(russian)


def test_a_language_picked_is_kept_while_the_document_chosen_is_made_in_it(russian):
    choose(russian, "chronology")
    pick(russian, "ky")
    choose(russian, "urgent-appeal")
    assert russian.document_language() == "en"
    choose(russian, "exhibits")
    assert russian.document_language() == "ky"


def test_a_bundle_carrying_a_witness_statement_is_offered_in_english_only(russian):
    choose(russian, BUNDLE)
    assert offered(russian) == ["en", "ru", "ky"]
    russian.statement_boxes["witness"].setChecked(True)
    assert offered(russian) == ["en"]
    assert russian.bundle_options().documents.language == "en"


def test_the_chronology_is_written_in_the_language_chosen(qtbot, russian, monkeypatch, out):  # noqa: F811
    choose(russian, "chronology")
    pick(russian, "ky")
    save_as(monkeypatch, out / "chronology.docx")
    russian.export()
    finish(qtbot, russian)
    text = paragraphs((out / "chronology.docx").read_bytes())
    assert text[0] == "Хронология"
    assert "Бул хронологияны кантип окуу керек" in text


def test_the_csv_is_written_in_the_language_chosen(qtbot, russian, monkeypatch, out):  # noqa: F811
    choose(russian, CSV)
    save_as(monkeypatch, out / "chronology.csv")
    russian.export()
    finish(qtbot, russian)
    rows = list(csv.reader(io.StringIO((out / "chronology.csv").read_text("utf-8-sig"))))
    assert rows[0][:3] == ["№", "Дата", "date_edtf"]
    assert "Officer A" in "\n".join(",".join(row) for row in rows)
