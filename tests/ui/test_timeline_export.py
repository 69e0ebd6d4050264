"""The timeline as a picture for reports: its size, what it shows, redaction, and safe writing."""

from __future__ import annotations

import errno
import os
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from notebook import Notebook, WriteFailed, dates
from notebook.export.redact import Redactor
from notebook.model import Evidence, Incident, Interview, Participant, Threat
from notebook.timeline import MarkFilter
from tests.ui.witness import witness_case
from ui import timeline_page
from ui.session import Session
from ui.timeline_content import BY_PERSON, BY_TYPE, CaseMarks, build_content
from ui.timeline_export import DEFAULT_SIZE, ExportDialog, export_view, render
from ui.timeline_page import TimelinePage
from ui.timeline_paint import TimelineWords

# Drawing needs an application (for fonts) even where no widget is shown.
pytestmark = pytest.mark.usefixtures("qapp")

SVG = "{http://www.w3.org/2000/svg}"
# Every written form of the protected witness's name: none may reach a picture.
NAMES = ("Bakyt", "Osmonov", "Осмонов")
JUNE_AND_JULY_2019 = ("2019-06-01", "2019-07-31")
IN_JUNE_AND_JULY = {"Summons", "Search", "Call", "Detention", "Note by Witness B"}
OUTSIDE = {"Pressure", "Talk", "Beating of Witness B"}


@pytest.fixture
def case_marks(notebook: Notebook) -> CaseMarks:
    """A case whose titles name a protected witness by name and by another form of it."""
    case, bakyt, kamil = witness_case(notebook)
    victim = Participant(person_id=bakyt.id, role="victim")
    for record in (
        Incident(case_id=case.id, title="Pressure", type="intimidation", date="2018"),
        Incident(case_id=case.id, title="Summons", type="interrogation", date="2019-06"),
        Incident(
            case_id=case.id,
            title="Search",
            type="raid-or-search",
            date="2019-06-10",
            people=(victim,),
        ),
        Threat(
            case_id=case.id,
            title="Call",
            type="death-threat",
            date="2019-06-12",
            risk="high",
            perpetrator_id=kamil.id,
        ),
        Incident(
            case_id=case.id, title="Detention", type="detention", date="2019-07-01/2019-07-15"
        ),
        Evidence(
            case_id=case.id,
            title="Note by Осмонова",
            evidence_kind="document",
            acquired_on="2019-07-20",
        ),
        Incident(
            case_id=case.id,
            title="Beating of Bakyt Osmonov",
            type="assault",
            date="2020-02?",
            people=(victim, Participant(person_id=kamil.id, role="witness")),
        ),
        Interview(case_id=case.id, interviewee_id=bakyt.id, title="Talk", date="2020-06-01"),
        Incident(case_id=case.id, title="Old grudge", type="harassment"),
    ):
        notebook.add(record)
    return CaseMarks.load(notebook, case.id)


def minutes(first_day: str, last_day: str) -> dict[str, int]:
    return {
        "first_minute": dates.sort_bounds(dates.parse(first_day))[0],
        "last_minute": dates.sort_bounds(dates.parse(last_day))[1],
    }


def export(path: Path, notebook: Notebook, case_marks: CaseMarks, **options) -> None:
    settings = {
        "lanes": BY_TYPE,
        "language": "en",
        "width": 1200,
        "height": 700,
        "title": "Osmonov",
        **minutes(*JUNE_AND_JULY_2019),
        **options,
    }
    mark_filter = settings.pop("mark_filter", MarkFilter())
    export_view(path, notebook, case_marks, mark_filter, **settings)


def texts(svg: Path) -> list[str]:
    """Every piece of text the drawing holds, as it is written in it."""
    root = ElementTree.parse(svg).getroot()
    return [element.text or "" for element in root.iter(f"{SVG}text")]


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".part"))


# -- size and content -----------------------------------------------------------------------


def test_a_png_has_exactly_the_size_asked_for(tmp_path, notebook, case_marks):
    path = tmp_path / "timeline.png"
    export(path, notebook, case_marks, width=900, height=500)
    assert QImage(str(path)).size() == QSize(900, 500)
    assert leftovers(tmp_path) == []


def test_an_svg_has_the_size_asked_for(tmp_path, notebook, case_marks):
    path = tmp_path / "timeline.svg"
    export(path, notebook, case_marks, width=1200, height=700)
    root = ElementTree.parse(path).getroot()
    assert root.attrib["viewBox"] == "0 0 1200 700"
    width, height = (float(root.attrib[side].removesuffix("mm")) for side in ("width", "height"))
    assert width / height == pytest.approx(1200 / 700, rel=1e-4)  # written in mm, rounded


def test_an_svg_names_what_is_in_its_window_and_not_what_is_outside(tmp_path, notebook, case_marks):
    path = tmp_path / "timeline.svg"
    export(path, notebook, case_marks)
    written = texts(path)
    assert set(written) >= IN_JUNE_AND_JULY
    assert not OUTSIDE & set(written)
    assert "Old grudge" in written  # undated: the tray shows it whatever the window
    assert "9 of 9 records shown" in " ".join(written)


def test_a_filter_leaves_its_marks_out_of_the_picture_and_says_so(tmp_path, notebook, case_marks):
    path = tmp_path / "timeline.svg"
    export(path, notebook, case_marks, mark_filter=MarkFilter(types=frozenset({"death-threat"})))
    written = texts(path)
    assert "Call" in written
    assert not {"Summons", "Search", "Detention", "Old grudge"} & set(written)
    caption = next(text for text in written if "records shown" in text)
    assert "1 of 9 records shown" in caption and "filtered" in caption


# -- redaction ------------------------------------------------------------------------------


@pytest.mark.parametrize("lanes", [BY_TYPE, BY_PERSON])
def test_a_protected_person_appears_only_by_their_pseudonym(tmp_path, notebook, case_marks, lanes):
    path = tmp_path / "timeline.svg"
    export(
        path,
        notebook,
        case_marks,
        lanes=lanes,
        title="Threats to Bakyt Osmonov",
        **minutes("2019-06-01", "2020-12-31"),
    )
    drawing = path.read_text(encoding="utf-8")
    for name in NAMES:
        assert name.casefold() not in drawing.casefold()
    written = texts(path)
    assert "Threats to Witness B" in written
    assert {"Beating of Witness B", "Note by Witness B"} <= set(written)
    if lanes == BY_PERSON:
        assert {"Witness B", "Kamil Ruziev"} <= set(written)


def test_the_lanes_of_a_picture_by_person_name_the_pseudonym(notebook, case_marks):
    content = build_content(
        case_marks,
        MarkFilter(),
        lanes=BY_PERSON,
        language="en",
        words=TimelineWords(),
        redactor=Redactor.for_case(notebook, case_marks.case.id),
    )
    assert [lane.title for lane in content.lanes] == ["Witness B", "Kamil Ruziev", "No one named"]


def test_a_people_filter_is_captioned_by_pseudonym(tmp_path, notebook, case_marks):
    bakyt = next(person for person in case_marks.people.values() if person.protected)
    path = tmp_path / "timeline.svg"
    export(path, notebook, case_marks, mark_filter=MarkFilter(people=frozenset({bakyt.id})))
    caption = next(text for text in texts(path) if "records shown" in text)
    assert "people: Witness B" in caption
    assert "pseudonyms" in caption


# -- writing --------------------------------------------------------------------------------


def test_a_missing_folder_writes_nothing(tmp_path, notebook, case_marks):
    with pytest.raises(WriteFailed, match="the output file could not be written: the folder"):
        export(tmp_path / "gone" / "timeline.png", notebook, case_marks)
    assert not (tmp_path / "gone").exists()


@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_a_failed_write_leaves_the_old_file_and_no_part_file(
    tmp_path, notebook, case_marks, monkeypatch, suffix
):
    path = tmp_path / f"timeline.{suffix}"
    path.write_bytes(b"the picture from last week")

    def refuse(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(WriteFailed, match="no space left on the disk"):
        export(path, notebook, case_marks)
    assert path.read_bytes() == b"the picture from last week"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("image_format", "width", "height"),
    [("jpg", 800, 600), ("", 800, 600), ("png", 399, 600), ("svg", 800, 10_001)],
)
def test_render_refuses_an_unknown_format_or_a_size_out_of_range(
    case_marks, image_format, width, height
):
    content = build_content(
        case_marks, MarkFilter(), lanes=BY_TYPE, language="en", words=TimelineWords()
    )
    with pytest.raises(ValueError):
        render(
            content,
            **minutes(*JUNE_AND_JULY_2019),
            width=width,
            height=height,
            title="",
            subtitle="",
            image_format=image_format,
        )


def test_a_file_name_with_another_suffix_is_refused_and_nothing_is_written(
    tmp_path, notebook, case_marks
):
    with pytest.raises(ValueError):
        export(tmp_path / "timeline.jpg", notebook, case_marks)
    assert list(tmp_path.glob("timeline*")) == []
    assert leftovers(tmp_path) == []


# -- from the page --------------------------------------------------------------------------


@pytest.fixture
def page(qtbot, notebook, case_marks) -> Iterator[TimelinePage]:
    session = Session()
    session.adopt(notebook)
    shown = TimelinePage(session, "en")
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    shown.show()
    shown.show_case(case_marks.case.id, "en")
    yield shown
    session.lock()


def answer_dialogs(monkeypatch, *, accept: bool, path: Path | None, size=None, title=None):
    """Answer the export dialog and the file dialog as a user would; returns what was asked."""
    asked: list[str] = []

    def exec_(dialog: ExportDialog) -> int:
        asked.append("size")
        if size:
            dialog.width_box.setValue(size[0])
            dialog.height_box.setValue(size[1])
        if title is not None:
            dialog.title_field.setText(title)
        code = ExportDialog.DialogCode
        return code.Accepted if accept else code.Rejected

    def ask_for_paths(*_args, **_kwargs) -> list[str]:
        asked.append("file")
        return [str(path)] if path else []

    monkeypatch.setattr(ExportDialog, "exec", exec_)
    monkeypatch.setattr(timeline_page, "ask_for_paths", ask_for_paths)
    return asked


def test_the_page_exports_a_png_of_the_chosen_size_adding_the_suffix(tmp_path, monkeypatch, page):
    asked = answer_dialogs(monkeypatch, accept=True, path=tmp_path / "report", size=(800, 450))
    page.export_png.trigger()
    assert asked == ["size", "file"]
    assert QImage(str(tmp_path / "report.png")).size() == QSize(800, 450)
    assert not (tmp_path / "report").exists()


def test_the_page_exports_an_svg_of_the_filtered_view_under_pseudonyms(tmp_path, monkeypatch, page):
    page.set_filter(MarkFilter(types=frozenset({"assault", "death-threat"})))
    answer_dialogs(
        monkeypatch, accept=True, path=tmp_path / "report.svg", title="Case of Bakyt Osmonov"
    )
    page.export_svg.trigger()
    path = tmp_path / "report.svg"
    root = ElementTree.parse(path).getroot()
    assert root.attrib["viewBox"] == "0 0 {} {}".format(*DEFAULT_SIZE)
    written = texts(path)
    assert {"Case of Witness B", "Call", "Beating of Witness B"} <= set(written)
    assert "Search" not in written
    for name in NAMES:
        assert name.casefold() not in path.read_text(encoding="utf-8").casefold()


def test_a_cancelled_export_asks_for_no_file_and_writes_nothing(tmp_path, monkeypatch, page):
    asked = answer_dialogs(monkeypatch, accept=False, path=tmp_path / "report.png")
    page.export("png")
    assert asked == ["size"]
    assert list(tmp_path.glob("report*")) == []


def test_a_failed_export_from_the_page_says_so(tmp_path, monkeypatch, page):
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **_: warnings.append(args[2]))
    answer_dialogs(monkeypatch, accept=True, path=tmp_path / "gone" / "report.png")
    page.export("png")
    assert len(warnings) == 1 and warnings[0].startswith("The picture was not written")
    assert leftovers(tmp_path) == []
