"""`casenotebook export`: documents and CSV from the command line, redacted unless told."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from notebook.model import Case, Consent, Evidence, Incident, Interview, Participant, Person
from tests.conftest import create_test_notebook
from tests.core.docx_parts import all_text, opened
from tests.core.test_cli import Cli


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> tuple[Cli, dict[str, str]]:
    folder = tmp_path_factory.mktemp("export") / "case.casenotebook"
    with create_test_notebook(folder) as notebook:
        case = notebook.add(
            Case(title="Case of Bakyt Osmonov", reference="BO-1", exhibit_prefix="BO")
        )
        bakyt = notebook.add(
            Person(
                case_id=case.id,
                name="Bakyt Osmonov",
                other_names=("Осмонова",),
                occupation="driver",
                protected=True,
                pseudonym="Witness B",
            )
        )
        aida = notebook.add(Person(case_id=case.id, name="Aida Bekova", occupation="lawyer"))
        raid = notebook.add(
            Incident(
                case_id=case.id,
                title="Search of the home of Осмонова",
                date="2020-02",
                type="raid-or-search",
                people=(Participant(person_id=bakyt.id, role="victim"),),
            )
        )
        photo = notebook.add(Evidence(case_id=case.id, title="Photo", exhibit_ref="BO/1"))
        notebook.link(photo.id, raid.id, "supports")
        private = notebook.add(
            Interview(
                case_id=case.id,
                interviewee_id=aida.id,
                date="2020-05",
                consent=Consent(scope="record-only"),
            )
        )
    return Cli(folder), {"case": case.id, "aida": aida.id, "private": private.id}


@pytest.mark.parametrize("profile", ["witness", "chronology", "urgent-appeal", "exhibits"])
def test_every_profile_writes_a_document_that_names_only_the_pseudonym(story, tmp_path, profile):
    cli, ids = story
    out = tmp_path / f"{profile}.docx"
    result = cli.ok(
        "--json", "export", "statement", "--case", ids["case"], "--profile", profile,
        "--out", str(out), "--witness", ids["aida"],
    )  # fmt: skip
    assert result.json()["redacted"] is True
    text = all_text(out.read_bytes())
    assert "Witness B" in text
    assert "Osmonov" not in text and "Осмонова" not in text
    assert opened(out.read_bytes()).paragraphs


def test_without_redaction_the_protected_name_is_printed(story, tmp_path):
    cli, ids = story
    out = tmp_path / "chronology.docx"
    result = cli.ok(
        "export", "statement", "--case", ids["case"], "--profile", "chronology",
        "--out", str(out), "--no-redact",
    )  # fmt: skip
    assert "NOT redacted" in result.out
    assert "Осмонова" in all_text(out.read_bytes())


def test_withheld_interviews_are_listed(story, tmp_path):
    cli, ids = story
    result = cli.ok(
        "--json", "export", "statement", "--case", ids["case"], "--profile", "chronology",
        "--out", str(tmp_path / "c.docx"),
    )  # fmt: skip
    assert any(item["kind"] == "interview" for item in result.json()["withheld"])


def test_an_interview_whose_consent_forbids_sharing_is_refused_and_nothing_written(story, tmp_path):
    cli, ids = story
    out = tmp_path / "interview.docx"
    result = cli(
        "export", "statement", "--case", ids["case"], "--profile", "interview",
        "--interview", ids["private"], "--out", str(out),
    )  # fmt: skip
    assert result.code == 1 and "consent" in result.err
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_the_chronology_csv_parses_back_without_protected_names(story, tmp_path):
    cli, ids = story
    out = tmp_path / "chronology.csv"
    cli.ok("export", "chronology", "--case", ids["case"], "--out", str(out))
    data = out.read_bytes()
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 2 and "Witness B" in " ".join(rows[1])
    assert "Осмонова" not in data.decode("utf-8-sig")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--profile", "witness", "--out", "{tmp}/x.pdf"], "name a .docx file"),
        (["--profile", "witness", "--out", "{tmp}/missing/x.docx"], "does not exist"),
        (["--profile", "witness", "--out", "{tmp}/x.docx", "--witness", "nobody"], "witness"),
        (["--profile", "witness", "--out", "{tmp}/x.docx", "--statement-date", "soon"], "EDTF"),
        (["--profile", "interview", "--out", "{tmp}/x.docx"], "interview"),
    ],
)
def test_bad_export_options_are_refused_and_write_nothing(story, tmp_path, arguments, message):
    cli, ids = story
    filled = [argument.replace("{tmp}", str(tmp_path)) for argument in arguments]
    result = cli("export", "statement", "--case", ids["case"], *filled)
    assert result.code == 1
    assert message in result.err
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_replaced_only_with_force(story, tmp_path):
    cli, ids = story
    out = tmp_path / "chronology.csv"
    out.write_text("keep me")
    refused = cli("export", "chronology", "--case", ids["case"], "--out", str(out))
    assert refused.code == 1 and "--force" in refused.err
    assert out.read_text() == "keep me"
    cli.ok("export", "chronology", "--case", ids["case"], "--out", str(out), "--force")
    assert out.read_text(encoding="utf-8-sig").startswith("No.") or "Date" in out.read_text(
        encoding="utf-8-sig"
    )


def test_nothing_but_the_chosen_file_is_written(story, tmp_path):
    cli, ids = story
    before = set(Path(tmp_path).iterdir())
    cli.ok("export", "chronology", "--case", ids["case"], "--out", str(tmp_path / "c.csv"))
    assert set(Path(tmp_path).iterdir()) - before == {tmp_path / "c.csv"}
