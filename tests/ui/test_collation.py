"""Lists sort, and numbers and dates read, as the interface language writes them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QComboBox

from notebook import Notebook
from notebook.model import Case, Evidence, Incident, Participant, Person
from ui import language, sections
from ui.editor import EditorDialog
from ui.models import CollatingSortProxy, Row, RowTableModel
from ui.session import Session
from ui.timeline_page import TimelinePage
from ui.timeline_paint import LocaleAxisNames

NAMES = ["Үсөн", "Ярослав", "Ңа", "Өмүрбек", "улан", "Нурлан", "Омурбек", "Ёлка", "Елена", "Ешим"]
KYRGYZ_ORDER = [
    "Елена", "Ешим", "Ёлка", "Нурлан", "Ңа", "Омурбек", "Өмүрбек", "улан", "Үсөн", "Ярослав",
]  # fmt: skip


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    language.install(qapp, "en")


def test_kyrgyz_letters_sort_beside_their_kin_and_case_is_ignored() -> None:
    assert language.sorted_by_name(NAMES, language="ky") == KYRGYZ_ORDER
    assert sorted(NAMES)[-3:] == ["Ңа", "Үсөн", "Өмүрбек"]  # what Python alone would do


def test_russian_order_keeps_yo_among_ye_and_latin_comes_after_cyrillic() -> None:
    assert language.sorted_by_name(["Ёлка", "Ешим", "Елена"], language="ru") == [
        "Елена", "Ёлка", "Ешим",
    ]  # fmt: skip
    assert language.sorted_by_name(["Zara", "Бакыт", "adam"], language="ky") == [
        "Бакыт", "adam", "Zara",
    ]  # fmt: skip
    assert language.sorted_by_name(["Zara", "Бакыт", "adam"], language="en") == [
        "adam", "Zara", "Бакыт",
    ]  # fmt: skip


def test_numbers_within_names_sort_by_value() -> None:
    assert language.sorted_by_name(["Күбө 10", "Күбө 2"], language="ky") == ["Күбө 2", "Күбө 10"]


def test_installing_a_language_makes_its_locale_the_default(english_afterwards) -> None:
    language.install(english_afterwards, "ky")
    assert QLocale().name() == "ky_KG"
    assert language.locale().toString(1234567) == QLocale("ky_KG").toString(1234567)
    assert language.sorted_by_name(NAMES) == KYRGYZ_ORDER  # the installed language's order
    language.install(english_afterwards, "ru")
    assert QLocale().name() == "ru_RU"
    assert QLocale().toString(1.5, "f", 1) == "1,5"
    language.install(english_afterwards, "en")
    assert QLocale().name() == "en_GB"
    assert QLocale().toString(1.5, "f", 1) == "1.5"


def test_a_list_sorts_names_in_the_alphabet_of_the_interface(english_afterwards, qtbot) -> None:
    language.install(english_afterwards, "ky")
    model = RowTableModel(["Name"])
    model.set_rows([Row(str(number), (name,)) for number, name in enumerate(NAMES)])
    proxy = CollatingSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(row, 0).data() for row in range(proxy.rowCount())]
    assert shown == KYRGYZ_ORDER


def test_the_sort_proxy_passes_the_model_checks(qtmodeltester) -> None:
    model = RowTableModel(["Name"])
    model.set_rows([Row(str(number), (name,)) for number, name in enumerate(NAMES)])
    proxy = CollatingSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(0)
    qtmodeltester.check(proxy)


def test_the_timeline_axis_writes_kyrgyz_dates_year_first() -> None:
    names = LocaleAxisNames("ky")
    assert names.full_day(datetime(2019, 6, 10)) == "2019-жылдын 10-июну"
    assert names.month_year(datetime(2019, 6, 1)) == "2019-жылдын июнь айы"
    assert names.decade(datetime(2010, 1, 1)) == "2010-жылдар"
    assert LocaleAxisNames("ru").decade(datetime(2010, 1, 1)) == "2010-е"
    assert LocaleAxisNames("en").decade(datetime(2010, 1, 1)) == "2010s"


@pytest.fixture
def named_case(notebook: Notebook) -> tuple[str, dict[str, str]]:
    case = notebook.add(Case(title="Иш"))
    ids: dict[str, str] = {}
    for name in ("Үсөн", "Улан", "Өмүрбек", "Омурбек"):
        ids[name] = notebook.add(Person(case_id=case.id, name=name)).id
    for number, name in enumerate(("Үсөн", "Улан", "Өмүрбек", "Омурбек")):
        incident = notebook.add(
            Incident(
                case_id=case.id,
                title=f"Окуя {number}",
                type="threat",
                date=f"2019-06-{10 + number}",
                people=(Participant(person_id=ids[name], role="victim"),),
            )
        )
        notebook.tag(incident.id, ("үй", "уй", "өч", "оч")[number])
    return case.id, ids


def test_the_timeline_menus_list_people_and_tags_alphabetically(
    english_afterwards, qtbot, notebook, named_case
) -> None:
    language.install(english_afterwards, "ky")
    case_id, _ = named_case
    session = Session()
    session.adopt(notebook)
    page = TimelinePage(session, "ky")
    qtbot.addWidget(page)
    page.show_case(case_id, "ky")
    people = [action.text() for action in page.people_menu.actions()]
    tags = [action.text() for action in page.tags_menu.actions()]
    session.lock()
    assert people == ["Омурбек", "Өмүрбек", "Улан", "Үсөн"]
    assert tags == ["оч", "өч", "уй", "үй"]


def test_the_editor_offers_people_alphabetically(qtbot, notebook, named_case) -> None:
    case_id, _ = named_case
    session = Session()
    session.adopt(notebook)
    dialog = EditorDialog(
        None, session, QUndoStack(), kind="threat", case_id=case_id, language="ky"
    )
    qtbot.addWidget(dialog)
    perpetrator = dialog.form.widget("perpetrator_id")
    assert isinstance(perpetrator, QComboBox)
    offered = [perpetrator.itemText(row) for row in range(perpetrator.count())]
    session.lock()
    assert offered[1:] == ["Омурбек", "Өмүрбек", "Улан", "Үсөн"]  # after "—", nobody


def test_lists_show_vocabulary_labels_and_dates_in_the_interface_language(
    notebook, named_case
) -> None:
    case_id, _ = named_case

    def types_by_date(code: str) -> dict[str, str]:
        rows = sections.incident_rows(notebook, case_id, code)
        return {row.cells[0]: row.cells[1] for row in rows}

    assert types_by_date("ky")["2019-жылдын 10-июну"] == "Коркутуу"
    assert types_by_date("ru")["10 июня 2019 г."] == "Угроза"


def test_evidence_sizes_are_written_as_the_interface_language_writes_numbers(
    notebook, tmp_path
) -> None:
    case_id = notebook.add(Case(title="Case")).id
    source = tmp_path / "scan.bin"
    source.write_bytes(bytes(1234))
    notebook.import_evidence(source, Evidence(case_id=case_id, title="Scan"), actor="intake")
    size_column = 4  # exhibit, title, kind, acquired, size, fixity
    sizes = {
        code: sections.evidence_rows(notebook, case_id, code)[0].cells[size_column]
        for code in ("en", "ru", "ky")
    }
    assert sizes == {"en": "1.2 kB", "ru": "1,2 кБ", "ky": "1,2 кБ"}
