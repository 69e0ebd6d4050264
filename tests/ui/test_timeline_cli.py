"""`casenotebook timeline --image`: the picture from the command line, and the new filters."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from notebook.model import Case, Evidence, Incident, Participant, Person, Threat
from tests.conftest import PASSPHRASE, create_test_notebook
from tests.core.test_cli import Result, call

PASSPHRASE_VARIABLE = "CASENOTEBOOK_PASSPHRASE"


@pytest.fixture
def case_path(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "case.casenotebook"
    with create_test_notebook(path) as notebook:
        case = notebook.add(Case(title="Case of Bakyt Osmonov"))
        witness = notebook.add(
            Person(
                case_id=case.id,
                name="Bakyt Osmonov",
                other_names=("Осмонова",),
                protected=True,
                pseudonym="Witness B",
            )
        )
        present = (Participant(person_id=witness.id, role="witness"),)
        notebook.add(
            Threat(
                case_id=case.id,
                title="Call to Bakyt Osmonov",
                date="2019-06-10",
                risk="high",
                people=present,
                fact_status="disputed",
            )
        )
        notebook.add(
            Incident(
                case_id=case.id,
                title="Raid",
                date="2020-02",
                type="raid-or-search",
                people=present,
                fact_status="undisputed",
            )
        )
        notebook.add(Evidence(case_id=case.id, title="Photo", acquired_on="2020-03-01"))
    return path, case.id


def run(path: Path, *argv: str) -> Result:
    return call(["--notebook", str(path), *argv], {PASSPHRASE_VARIABLE: PASSPHRASE})


def test_a_png_of_the_requested_size_is_written(case_path, tmp_path, qapp):
    path, case_id = case_path
    out = tmp_path / "timeline.png"
    result = run(
        path, "--json", "timeline", "--case", case_id, "--image", str(out), "--size", "900x600"
    )
    assert result.code == 0, result.err
    assert result.json() == {"image": str(out), "format": "png", "shown": 3, "total": 3}
    assert QImage(str(out)).size().toTuple() == (900, 600)


def test_an_svg_by_person_names_the_protected_witness_only_by_pseudonym(case_path, tmp_path, qapp):
    path, case_id = case_path
    out = tmp_path / "timeline.svg"
    result = run(path, "timeline", "--case", case_id, "--image", str(out), "--lanes", "person")
    assert result.code == 0, result.err
    drawing = out.read_text(encoding="utf-8")
    assert "Witness B" in drawing and "Raid" in drawing
    assert "Osmonov" not in drawing and "Осмонова" not in drawing
    assert "pseudonyms" in result.out


def test_filters_choose_what_the_picture_shows(case_path, tmp_path, qapp):
    path, case_id = case_path
    out = tmp_path / "disputed.svg"
    result = run(
        path, "--json", "timeline", "--case", case_id, "--image", str(out), "--status", "disputed"
    )
    assert result.json()["shown"] == 1
    drawing = out.read_text(encoding="utf-8")
    assert "Call to" in drawing and "Raid" not in drawing


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--image", "timeline.gif", "name a .png or .svg file"),
        ("--size", "12x12", "--size"),
        ("--size", "wide", "--size"),
        ("--group", "nonsense", "--group"),
        ("--status", "maybe", "--status"),
    ],
)
def test_bad_picture_options_are_refused_and_write_nothing(
    case_path, tmp_path, qapp, option, value, message
):
    path, case_id = case_path
    out = tmp_path / "timeline.png"
    arguments = ["timeline", "--case", case_id, "--image", str(out), option, value]
    if option == "--image":
        arguments = ["timeline", "--case", case_id, "--image", str(tmp_path / value)]
    result = run(path, *arguments)
    assert result.code == 1
    assert message in result.err
    assert list(tmp_path.iterdir()) == [path]


def test_a_picture_into_a_missing_folder_is_refused(case_path, tmp_path, qapp):
    path, case_id = case_path
    result = run(path, "timeline", "--case", case_id, "--image", str(tmp_path / "no" / "t.png"))
    assert result.code == 1 and "does not exist" in result.err


def test_the_text_timeline_takes_groups_and_fact_status_too(case_path):
    path, case_id = case_path
    by_status = run(path, "--json", "timeline", "--case", case_id, "--status", "undisputed")
    assert [entry["label"] for entry in by_status.json()] == ["Raid"]
    by_group = run(path, "--json", "timeline", "--case", case_id, "--group", "pressure")
    assert [entry["label"] for entry in by_group.json()] == ["Call to Bakyt Osmonov"]


def test_a_picture_that_cannot_be_written_is_a_clear_error_not_a_traceback(
    case_path, tmp_path, qapp, monkeypatch
):
    import notebook.export.files as files

    def full_disk(path, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files, "write_export", full_disk)
    monkeypatch.setattr("ui.timeline_export.write_export", full_disk)
    path, case_id = case_path
    result = run(path, "timeline", "--case", case_id, "--image", str(tmp_path / "t.png"))
    assert result.code == 1
    assert "No space left on device" in result.err and "Traceback" not in result.err
