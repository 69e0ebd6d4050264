"""The command line: every command, its --json shapes, its messages and its exit codes."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from notebook import Notebook
from notebook.cli import main
from tests.conftest import PASSPHRASE, create_test_notebook

REPOSITORY = Path(__file__).resolve().parents[2]
PASSPHRASE_VARIABLE = "CASENOTEBOOK_PASSPHRASE"
NEW_PASSPHRASE_VARIABLE = "CASENOTEBOOK_NEW_PASSPHRASE"
NOTEBOOK_VARIABLE = "CASENOTEBOOK_NOTEBOOK"
UTC_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")


# -- running the command line -----------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def call(argv: Sequence[str], environ: dict[str, str]) -> Result:
    """`main` in this process, with its own streams and environment."""
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err, environ=environ)
    return Result(code, out.getvalue(), err.getvalue())


class Cli:
    """The command line on one test notebook, passphrase from the environment."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __call__(self, *argv: str, passphrase: str = PASSPHRASE) -> Result:
        return call(["--notebook", str(self.path), *argv], {PASSPHRASE_VARIABLE: passphrase})

    def ok(self, *argv: str) -> Result:
        result = self(*argv)
        assert result.code == 0, result.err
        assert result.err == ""
        return result

    def add(self, *argv: str) -> str:
        """Run an `add` and return the id it printed."""
        return self.ok(*argv).out.strip()

    def show(self, record_id: str) -> dict[str, Any]:
        return self.ok("--json", "show", record_id).json()

    def state(self) -> tuple[int, int]:
        """How many records and audit entries: what a refused command must leave alone."""
        with Notebook.open(self.path, PASSPHRASE, writable=False) as notebook:
            return notebook.count(), len(notebook.audit.entries())


def run_script(*argv: str, environ: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """The real program in its own process, as a shell runs it, with no terminal on stdin."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASENOTEBOOK_")}
    env.update(environ or {})
    return subprocess.run(
        [sys.executable, "-m", "notebook.cli", *argv],
        env=env,
        cwd=REPOSITORY,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


@dataclass(frozen=True)
class Seed:
    """A notebook built once for this module, holding one case and one person."""

    folder: Path
    case: str
    person: str


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Seed:
    folder = tmp_path_factory.mktemp("seed") / "case.casenotebook"
    create_test_notebook(folder).close()
    builder = Cli(folder)
    case = builder.add("case", "add", "--title", "Karakol", "--reference", "KR-2019-07")
    person = builder.add("person", "add", "--case", case, "--name", "Азамат Исаев")
    return Seed(folder, case, person)


@pytest.fixture
def cli(seed: Seed, notebook_path: Path) -> Cli:
    """A fresh copy of the seed: copying is far cheaper than building, as every write syncs."""
    shutil.copytree(seed.folder, notebook_path)
    return Cli(notebook_path)


@pytest.fixture
def case_id(cli: Cli, seed: Seed) -> str:
    return seed.case


@pytest.fixture
def person_id(cli: Cli, seed: Seed) -> str:
    return seed.person


# -- init and the passphrase ------------------------------------------------------------------


def test_init_creates_a_notebook_and_refuses_a_second_one_at_the_same_path(
    notebook_path: Path,
) -> None:
    environ = {PASSPHRASE_VARIABLE: PASSPHRASE}
    created = call(["--notebook", str(notebook_path), "--json", "init"], environ)
    assert created.code == 0, created.err
    assert created.json() == {"path": str(notebook_path)}
    assert Cli(notebook_path).ok("case", "list").out == "no case records\n"

    files = {p.name: p.read_bytes() for p in notebook_path.iterdir() if p.is_file()}
    again = call(["--notebook", str(notebook_path), "init"], environ)
    assert again.code == 1
    assert again.out == ""
    assert "already exists" in again.err
    assert {p.name: p.read_bytes() for p in notebook_path.iterdir() if p.is_file()} == files


def test_init_without_a_passphrase_or_a_terminal_names_the_variable(tmp_path: Path) -> None:
    folder = tmp_path / "new.casenotebook"
    result = run_script("--notebook", str(folder), "init")
    assert result.returncode == 1
    assert PASSPHRASE_VARIABLE in result.stderr
    assert result.stdout == ""
    assert not folder.exists()


def test_init_refuses_a_short_passphrase_and_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "new.casenotebook"
    result = call(["--notebook", str(folder), "init"], {PASSPHRASE_VARIABLE: "short"})
    assert result.code == 1
    assert "passphrase" in result.err
    assert not folder.exists()


@pytest.mark.parametrize("ending", ["\n", "\r\n", ""])
def test_the_passphrase_file_gives_its_first_line_without_the_line_ending(
    cli: Cli, tmp_path: Path, ending: str
) -> None:
    secret = tmp_path / "passphrase.txt"
    secret.write_bytes(f"{PASSPHRASE}{ending}".encode() + (b"not this line\n" if ending else b""))
    result = call(
        ["--notebook", str(cli.path), "--passphrase-file", str(secret), "case", "list"], {}
    )
    assert (result.code, result.err) == (0, "")


def test_the_passphrase_variable_wins_over_the_passphrase_file(cli: Cli, tmp_path: Path) -> None:
    right, wrong = tmp_path / "right.txt", tmp_path / "wrong.txt"
    right.write_text(PASSPHRASE + "\n", encoding="utf-8")
    wrong.write_text("not the passphrase at all\n", encoding="utf-8")
    base = ["--notebook", str(cli.path)]

    variable_right = call(
        [*base, "--passphrase-file", str(wrong), "case", "list"], {PASSPHRASE_VARIABLE: PASSPHRASE}
    )
    variable_wrong = call(
        [*base, "--passphrase-file", str(right), "case", "list"],
        {PASSPHRASE_VARIABLE: "not the passphrase at all"},
    )
    assert variable_right.code == 0
    assert variable_wrong.code == 2


def test_a_missing_passphrase_file_is_bad_usage(cli: Cli, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    result = call(
        ["--notebook", str(cli.path), "--passphrase-file", str(missing), "case", "list"], {}
    )
    assert result.code == 1
    assert "passphrase file" in result.err


def test_the_passphrase_is_never_accepted_as_an_argument(cli: Cli) -> None:
    result = run_script(
        "--notebook",
        str(cli.path),
        "--passphrase",
        PASSPHRASE,
        "case",
        "list",
        environ={PASSPHRASE_VARIABLE: PASSPHRASE},
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("casenotebook: ")
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["--passphrase", PASSPHRASE, "case", "list"],
        [f"--passphrase={PASSPHRASE}", "case", "list"],
        ["--pass", PASSPHRASE, "case", "list"],
        ["case", "list", "--passphrase", PASSPHRASE],
    ],
    ids=["before", "with-equals", "abbreviated", "after"],
)
def test_no_spelling_of_a_passphrase_option_is_accepted(cli: Cli, argv: list[str]) -> None:
    result = cli(*argv)
    assert result.code == 1
    assert result.out == ""


def test_the_notebook_variable_names_the_notebook_when_no_option_does(cli: Cli) -> None:
    environ = {PASSPHRASE_VARIABLE: PASSPHRASE, NOTEBOOK_VARIABLE: str(cli.path)}
    added = call(["case", "add", "--title", "Osh"], environ)
    assert added.code == 0, added.err
    assert cli.show(added.out.strip())["title"] == "Osh"


def test_the_notebook_option_wins_over_the_variable(cli: Cli, tmp_path: Path) -> None:
    environ = {PASSPHRASE_VARIABLE: PASSPHRASE, NOTEBOOK_VARIABLE: str(tmp_path / "elsewhere")}
    result = call(["--notebook", str(cli.path), "case", "list"], environ)
    assert (result.code, result.err) == (0, "")


# -- adding and listing records ---------------------------------------------------------------


def test_case_add_prints_only_the_new_id(cli: Cli) -> None:
    result = cli.ok("case", "add", "--title", "Karakol", "--summary", "Raids on defenders")
    new_id = result.out.removesuffix("\n")
    assert result.out == new_id + "\n"
    assert str(uuid.UUID(new_id)) == new_id
    shown = cli.show(new_id)
    assert (shown["kind"], shown["title"], shown["summary"]) == (
        "case",
        "Karakol",
        "Raids on defenders",
    )


def test_kind_add_with_json_prints_an_object_with_the_id(cli: Cli, case_id: str) -> None:
    result = cli.ok("person", "add", "--case", case_id, "--name", "Bakyt", "--json")
    assert set(result.json()) == {"id"}
    assert cli.show(result.json()["id"])["name"] == "Bakyt"


def test_case_list_names_every_case_by_id_and_title(cli: Cli, case_id: str) -> None:
    second = cli.add("case", "add", "--title", "Osh")
    assert cli.ok("case", "list").out == f"{case_id}  Karakol\n{second}  Osh\n"
    listed = cli.ok("case", "list", "--json").json()
    assert [(r["kind"], r["id"], r["title"]) for r in listed] == [
        ("case", case_id, "Karakol"),
        ("case", second, "Osh"),
    ]
    assert all(UTC_TIME.match(r["created"]) and UTC_TIME.match(r["updated"]) for r in listed)


def test_case_list_of_an_empty_notebook_says_there_are_none(notebook_path: Path) -> None:
    create_test_notebook(notebook_path).close()
    cli = Cli(notebook_path)
    assert cli.ok("case", "list").out == "no case records\n"
    assert cli.ok("case", "list", "--json").json() == []


def test_a_kind_list_with_a_case_gives_only_that_cases_records(
    cli: Cli, case_id: str, person_id: str
) -> None:
    osh = cli.add("case", "add", "--title", "Osh")
    cli.add("person", "add", "--case", osh, "--name", "Bakyt")
    listed = cli.ok("person", "list", "--case", case_id, "--json").json()
    assert [r["id"] for r in listed] == [person_id]
    assert cli.ok("person", "list", "--case", case_id).out == f"{person_id}  Азамат Исаев\n"
    assert len(cli.ok("person", "list", "--json").json()) == 2


def test_a_protected_person_keeps_the_pseudonym(cli: Cli, case_id: str) -> None:
    person = cli.add(
        "person", "add", "--case", case_id, "--name", "Азамат", "--protected", "--pseudonym", "A."
    )
    shown = cli.show(person)
    assert (shown["name"], shown["protected"], shown["pseudonym"]) == ("Азамат", True, "A.")


def test_a_protected_person_without_a_pseudonym_is_refused_naming_the_pseudonym(
    cli: Cli, case_id: str
) -> None:
    before = cli.state()
    result = cli("person", "add", "--case", case_id, "--name", "Азамат", "--protected")
    assert result.code == 1
    assert "pseudonym" in result.err
    assert cli.state() == before


def test_an_incident_takes_repeated_people_with_roles_and_involvement(
    cli: Cli, case_id: str, person_id: str
) -> None:
    officer = cli.add("person", "add", "--case", case_id, "--name", "Officer K.")
    incident = cli.add(
        "incident", "add", "--case", case_id, "--title", "Raid on the office",
        "--date", "2019-06-10", "--type", "raid-or-search", "--place", "Karakol",
        "--person", f"{person_id}:victim",
        "--person", f"{officer}:perpetrator:ordered",
        "--person", f"{person_id}:witness",
    )  # fmt: skip
    shown = cli.show(incident)
    assert (shown["type"], shown["date"], shown["place"]) == (
        "raid-or-search",
        "2019-06-10",
        "Karakol",
    )
    assert [(p["person_id"], p["role"], p["involvement"]) for p in shown["people"]] == [
        (person_id, "victim", ""),
        (officer, "perpetrator", "ordered"),
        (person_id, "witness", ""),
    ]


def test_a_threat_keeps_its_perpetrator_risk_and_means(
    cli: Cli, case_id: str, person_id: str
) -> None:
    threat = cli.add(
        "threat", "add", "--case", case_id, "--title", "Calls at night", "--date", "2019-07",
        "--perpetrator", person_id, "--risk", "high", "--means", "phone-call",
    )  # fmt: skip
    shown = cli.show(threat)
    assert shown["kind"] == "threat"
    assert shown["type"] == "threat"
    assert (shown["perpetrator_id"], shown["risk"], shown["means"]) == (
        person_id,
        "high",
        "phone-call",
    )


def test_an_interview_reads_a_utf8_transcript_and_keeps_the_consent(
    cli: Cli, case_id: str, person_id: str, tmp_path: Path
) -> None:
    transcript = "Вопрос: Что случилось?\nОтвет: Они пришли ночью и сказали, что убьёт.\n"
    source = tmp_path / "transcript.txt"
    source.write_bytes(transcript.encode("utf-8"))
    interview = cli.add(
        "interview", "add", "--case", case_id, "--interviewee", person_id, "--date", "2019-06-12",
        "--consent", "share-anonymised", "--recipients", "UN Special Rapporteur",
        "--language", "ru", "--transcript-file", str(source),
    )  # fmt: skip
    shown = cli.show(interview)
    assert shown["transcript"] == transcript
    assert shown["consent"] == {
        "scope": "share-anonymised",
        "recipients": "UN Special Rapporteur",
        "withdrawn": False,
        "withdrawn_on": "",
    }


def test_evidence_keeps_what_is_known_of_it(cli: Cli, case_id: str) -> None:
    evidence = cli.add(
        "evidence", "add", "--case", case_id, "--title", "Photo of the door", "--kind", "photo",
        "--source", "neighbour", "--acquired-on", "2019-06-11", "--exhibit-ref", "KR/1",
    )  # fmt: skip
    shown = cli.show(evidence)
    assert {k: shown[k] for k in ("title", "source", "acquired_on", "exhibit_ref")} == {
        "title": "Photo of the door",
        "source": "neighbour",
        "acquired_on": "2019-06-11",
        "exhibit_ref": "KR/1",
    }
    assert "evidence_kind: photo" in cli.ok("show", evidence).out.splitlines()


def test_evidence_json_tells_the_record_kind_from_the_evidence_kind(cli: Cli, case_id: str) -> None:
    evidence = cli.add("evidence", "add", "--case", case_id, "--title", "Photo", "--kind", "photo")
    shown = cli.show(evidence)
    assert shown["kind"] == "evidence"
    assert shown["evidence_kind"] == "photo"


def test_a_link_shows_on_both_records_until_it_is_deleted(cli: Cli, case_id: str) -> None:
    incident = cli.add("incident", "add", "--case", case_id, "--title", "Raid", "--date", "2019")
    evidence = cli.add("evidence", "add", "--case", case_id, "--title", "Photo")
    link = cli.add("link", "add", evidence, incident, "--kind", "supports", "--note", "the door")
    assert str(uuid.UUID(link)) == link
    for record in (incident, evidence):
        links = cli.show(record)["links"]
        assert [(k["id"], k["from_id"], k["to_id"], k["kind"]) for k in links] == [
            (link, evidence, incident, "supports")
        ]
    assert f"link supports -> {incident}  ({link})" in cli.ok("show", evidence).out

    assert cli.ok("link", "delete", link, "--json").json() == {"deleted": link}
    assert cli.show(incident)["links"] == []
    assert cli.show(evidence)["links"] == []


def test_tags_are_added_and_removed_and_the_remaining_ones_reported(cli: Cli, case_id: str) -> None:
    assert cli.ok("tag", "add", case_id, "urgent").out == "urgent\n"
    added = cli.ok("tag", "add", case_id, "срочно", "--json").json()
    assert added == {"id": case_id, "tags": sorted(["urgent", "срочно"])}
    assert cli.ok("tag", "remove", case_id, "urgent").out == "срочно\n"
    assert cli.ok("tag", "remove", case_id, "срочно").out == "no tags\n"
    assert cli.show(case_id)["tags"] == []


def test_removing_a_tag_the_record_does_not_have_is_exit_1(cli: Cli, case_id: str) -> None:
    result = cli("tag", "remove", case_id, "never-added")
    assert result.code == 1
    assert "never-added" in result.err


# -- show, edit, delete -----------------------------------------------------------------------


def test_show_prints_the_record_with_its_tags_as_text(cli: Cli, case_id: str) -> None:
    cli.ok("tag", "add", case_id, "urgent")
    text = cli.ok("show", case_id).out
    lines = text.splitlines()
    assert lines[0] == f"case {case_id}"
    assert "title: Karakol" in lines
    assert "reference: KR-2019-07" in lines
    assert "tags: urgent" in lines


def test_show_json_is_the_same_before_or_after_the_command(cli: Cli, person_id: str) -> None:
    before = cli.ok("--json", "show", person_id)
    after = cli.ok("show", person_id, "--json")
    assert before.out == after.out
    shown = before.json()
    assert {"kind", "id", "case_id", "created", "updated", "tags", "links"} <= set(shown)
    assert (shown["kind"], shown["id"], shown["name"]) == ("person", person_id, "Азамат Исаев")
    assert UTC_TIME.match(shown["created"])
    assert "Азамат Исаев" in before.out  # UTF-8, not \u-escaped


def test_show_of_an_unknown_id_is_one_line_on_stderr_even_with_json(cli: Cli) -> None:
    result = cli("--json", "show", "no-such-record")
    assert result.code == 1
    assert result.out == ""
    assert result.err.count("\n") == 1
    assert "not found" in result.err


def test_edit_changes_the_given_fields_and_keeps_the_others(cli: Cli, case_id: str) -> None:
    incident = cli.add(
        "incident", "add", "--case", case_id, "--title", "Raid", "--date", "2019-06-10",
        "--description", "At dawn.",
    )  # fmt: skip
    result = cli.ok("edit", incident, "--title", "Raid on the office", "--day-order", "2")
    assert result.out == f"Updated {incident}\n"
    shown = cli.show(incident)
    assert (shown["title"], shown["day_order"]) == ("Raid on the office", 2)
    assert (shown["description"], shown["date"]) == ("At dawn.", "2019-06-10")
    assert shown["updated"] > shown["created"]


def test_edit_with_json_after_the_command_prints_the_record_as_stored(
    cli: Cli, case_id: str
) -> None:
    stored = cli.ok("edit", case_id, "--summary", "Raids", "--json").json()
    assert (stored["kind"], stored["id"], stored["summary"]) == ("case", case_id, "Raids")


def test_edit_turns_protection_off_with_no(cli: Cli, case_id: str) -> None:
    person = cli.add(
        "person", "add", "--case", case_id, "--name", "Азамат", "--protected", "--pseudonym", "A."
    )
    cli.ok("edit", person, "--protected", "no")
    shown = cli.show(person)
    assert (shown["protected"], shown["pseudonym"]) == (False, "A.")
    cli.ok("edit", person, "--protected", "yes")
    assert cli.show(person)["protected"] is True


def test_withdrawing_consent_keeps_its_scope_and_recipients(
    cli: Cli, case_id: str, person_id: str
) -> None:
    interview = cli.add(
        "interview", "add", "--case", case_id, "--interviewee", person_id, "--date", "2019-06",
        "--consent", "share-named", "--recipients", "the court",
    )  # fmt: skip
    cli.ok("edit", interview, "--withdrawn", "yes", "--withdrawn-on", "2020-01")
    assert cli.show(interview)["consent"] == {
        "scope": "share-named",
        "recipients": "the court",
        "withdrawn": True,
        "withdrawn_on": "2020-01",
    }


@pytest.mark.parametrize(
    "changes",
    [["--colour", "red"], ["--protected", "yes"], ["--title", "New", "--colour", "red"]],
    ids=["unknown", "another-kinds-field", "with-a-good-one"],
)
def test_edit_with_a_field_the_record_lacks_is_refused_and_changes_nothing(
    cli: Cli, case_id: str, changes: list[str]
) -> None:
    incident = cli.add("incident", "add", "--case", case_id, "--title", "Raid", "--date", "2019")
    before, shown = cli.state(), cli.show(incident)
    result = cli("edit", incident, *changes)
    assert result.code == 1
    assert changes[-2] in result.err
    assert cli.state() == before
    assert cli.show(incident) == shown


def test_edit_without_any_change_is_bad_usage(cli: Cli, case_id: str) -> None:
    result = cli("edit", case_id)
    assert result.code == 1
    assert result.err


def test_delete_removes_the_record(cli: Cli, case_id: str) -> None:
    person = cli.add("person", "add", "--case", case_id, "--name", "Bakyt")
    assert cli.ok("delete", person).out == "Deleted.\n"
    assert cli("show", person).code == 1
    other = cli.add("person", "add", "--case", case_id, "--name", "Chynara")
    assert cli.ok("delete", other, "--json").json() == {"deleted": other}


def test_deleting_a_person_still_referred_to_is_refused_and_the_person_stays(
    cli: Cli, case_id: str, person_id: str
) -> None:
    cli.add(
        "incident", "add", "--case", case_id, "--title", "Raid", "--date", "2019",
        "--person", f"{person_id}:victim",
    )  # fmt: skip
    before = cli.state()
    result = cli("delete", person_id)
    assert result.code == 1
    assert "refer" in result.err
    assert cli.state() == before
    assert cli.show(person_id)["name"] == "Азамат Исаев"


def test_deleting_a_case_that_holds_records_is_refused(cli: Cli, case_id: str) -> None:
    cli.add("person", "add", "--case", case_id, "--name", "Bakyt")
    result = cli("delete", case_id)
    assert result.code == 1
    assert "records" in result.err
    assert cli.show(case_id)["title"] == "Karakol"


# -- timeline ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Chronology:
    case: str
    person: str
    by_date: dict[str, str]  # EDTF date -> record id


@pytest.fixture
def chronology(cli: Cli, case_id: str, person_id: str) -> Chronology:
    """Four dated entries, added out of order, of three kinds and four types."""
    by_date = {
        "2019-06-10": cli.add(
            "incident", "add", "--case", case_id, "--title", "Arrest at home",
            "--date", "2019-06-10", "--type", "arrest", "--person", f"{person_id}:victim",
        ),
        "2019~": cli.add(
            "threat", "add", "--case", case_id, "--title", "Calls at night", "--date", "2019~",
        ),
        "2019-06": cli.add(
            "interview", "add", "--case", case_id, "--interviewee", person_id,
            "--date", "2019-06", "--consent", "record-only", "--title", "First interview",
        ),
        "2019-05-31/2019-06-02": cli.add(
            "incident", "add", "--case", case_id, "--title", "Detention",
            "--date", "2019-05-31/2019-06-02", "--type", "detention",
        ),
    }  # fmt: skip
    return Chronology(case_id, person_id, by_date)


def timeline_ids(cli: Cli, case: str, *options: str) -> list[str]:
    return [entry["id"] for entry in cli.ok("timeline", "--case", case, *options, "--json").json()]


def test_the_timeline_runs_by_earliest_possible_date(cli: Cli, chronology: Chronology) -> None:
    expected = ["2019~", "2019-05-31/2019-06-02", "2019-06", "2019-06-10"]
    assert timeline_ids(cli, chronology.case) == [chronology.by_date[d] for d in expected]
    lines = cli.ok("timeline", "--case", chronology.case).out.splitlines()
    assert [line.split()[-1] for line in lines] == [chronology.by_date[d] for d in expected]
    assert "June 2019" in lines[2]


def test_an_incident_cannot_be_added_without_a_date(cli: Cli, case_id: str) -> None:
    before = cli.state()
    result = cli("incident", "add", "--case", case_id, "--title", "Some day")
    assert result.code == 1
    assert "--date" in result.err
    assert cli.state() == before


def test_an_entry_whose_date_is_cleared_comes_last_with_null_sort_keys(
    cli: Cli, chronology: Chronology
) -> None:
    arrest = chronology.by_date["2019-06-10"]
    cli.ok("edit", chronology.by_date["2019~"], "--date", "")
    entries = cli.ok("timeline", "--case", chronology.case, "--json").json()
    last = entries[-1]
    assert last["id"] == chronology.by_date["2019~"]
    assert (last["date"], last["date_text"], last["sort_start"], last["sort_end"]) == (
        "",
        "",
        None,
        None,
    )
    assert entries[-2]["id"] == arrest
    assert (
        cli.ok("timeline", "--case", chronology.case)
        .out.splitlines()[-1]
        .startswith("date unknown")
    )


def test_the_timeline_keeps_only_the_types_asked_for(cli: Cli, chronology: Chronology) -> None:
    by_date = chronology.by_date
    assert timeline_ids(cli, chronology.case, "--type", "arrest", "--type", "detention") == [
        by_date["2019-05-31/2019-06-02"],
        by_date["2019-06-10"],
    ]
    assert timeline_ids(cli, chronology.case, "--type", "threat") == [by_date["2019~"]]


def test_the_timeline_keeps_only_the_persons_entries(cli: Cli, chronology: Chronology) -> None:
    by_date = chronology.by_date
    assert timeline_ids(cli, chronology.case, "--person", chronology.person) == [
        by_date["2019-06"],
        by_date["2019-06-10"],
    ]


def test_the_timeline_range_keeps_entries_whose_span_meets_it(
    cli: Cli, chronology: Chronology
) -> None:
    by_date = chronology.by_date
    assert timeline_ids(cli, chronology.case, "--from", "2019-06-05") == [
        by_date["2019~"],
        by_date["2019-06"],
        by_date["2019-06-10"],
    ]
    assert timeline_ids(cli, chronology.case, "--to", "2019-06-01") == [
        by_date["2019~"],
        by_date["2019-05-31/2019-06-02"],
        by_date["2019-06"],
    ]
    assert timeline_ids(cli, chronology.case, "--from", "2019-06-03", "--to", "2019-06-09") == [
        by_date["2019~"],
        by_date["2019-06"],
    ]


def test_the_timeline_json_has_the_documented_keys(cli: Cli, chronology: Chronology) -> None:
    entries = cli.ok("timeline", "--case", chronology.case, "--json").json()
    keys = {"id", "kind", "type", "label", "date", "date_text", "sort_start", "sort_end"}
    assert all(set(entry) == keys for entry in entries)
    interview = next(e for e in entries if e["id"] == chronology.by_date["2019-06"])
    assert {k: interview[k] for k in ("kind", "type", "label", "date", "date_text")} == {
        "kind": "interview",
        "type": "interview",
        "label": "First interview",
        "date": "2019-06",
        "date_text": "June 2019",
    }
    assert isinstance(interview["sort_start"], int)
    assert interview["sort_end"] - interview["sort_start"] == 30 * 24 * 60 - 1


def test_the_timeline_of_an_unknown_case_is_exit_1(cli: Cli) -> None:
    result = cli("timeline", "--case", "no-such-case")
    assert result.code == 1
    assert "not found" in result.err


# -- search -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "text", "query"),
    [
        ("--place", "Каракол", "КАРАКОЛ"),
        ("--description", "We met at the café.", "cafe"),
        ("--description", "Сказал, что убьёт его.", "убьет"),
        ("--description", "Сказал, что убьет его.", "убьёт"),
    ],
    ids=["cyrillic-case", "accent", "yo-in-text", "yo-in-query"],
)
def test_search_ignores_case_accents_and_yo(
    cli: Cli, case_id: str, field: str, text: str, query: str
) -> None:
    incident = cli.add(
        "incident", "add", "--case", case_id, "--title", "Meeting", "--date", "2019", field, text
    )
    hits = cli.ok("search", query, "--json").json()
    assert [hit["id"] for hit in hits] == [incident]
    assert "[" in hits[0]["snippet"]


def test_search_within_a_case_leaves_other_cases_out(cli: Cli) -> None:
    first = cli.add("case", "add", "--title", "First")
    second = cli.add("case", "add", "--title", "Second")
    ids = {
        case: cli.add(
            "incident", "add", "--case", case, "--title", "Raid in Naryn", "--date", "2019"
        )
        for case in (first, second)
    }
    assert len(cli.ok("search", "naryn", "--json").json()) == 2
    hits = cli.ok("search", "naryn", "--case", first, "--json").json()
    assert [(hit["id"], hit["case_id"]) for hit in hits] == [(ids[first], first)]


def test_search_json_lists_the_best_hit_first_with_the_match_marked(cli: Cli, case_id: str) -> None:
    in_text = cli.add(
        "incident", "add", "--case", case_id, "--title", "Raid", "--date", "2019",
        "--description", "They came from Каракол at night.",
    )  # fmt: skip
    in_title = cli.add("incident", "add", "--case", case_id, "--title", "Каракол", "--date", "2019")
    hits = cli.ok("search", "каракол", "--json").json()
    assert all(set(hit) == {"id", "kind", "case_id", "label", "snippet", "score"} for hit in hits)
    assert [hit["id"] for hit in hits] == [in_title, in_text]
    assert hits[0]["score"] < hits[1]["score"]
    assert "[Каракол]" in hits[1]["snippet"]
    assert (hits[1]["kind"], hits[1]["case_id"], hits[1]["label"]) == ("incident", case_id, "Raid")


def test_search_text_names_each_hit(cli: Cli, case_id: str) -> None:
    incident = cli.add(
        "incident", "add", "--case", case_id, "--title", "Raid in Osh", "--date", "2019"
    )
    text = cli.ok("search", "osh").out
    assert incident in text
    assert "Raid in [Osh]" in text


def test_search_without_matches_says_so(cli: Cli, case_id: str) -> None:
    result = cli.ok("search", "nothing-like-this")
    assert result.out == "no matches\n"
    assert cli.ok("search", "nothing-like-this", "--json").json() == []


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "*",
        "!!!",
        "— …",
    ],
)
def test_a_search_without_a_word_is_refused(cli: Cli, case_id: str, query: str) -> None:
    result = cli("search", query)
    assert result.code == 1
    assert "word" in result.err
    assert result.out == ""


# -- audit and verify -------------------------------------------------------------------------


def test_the_audit_lists_every_change_in_order(cli: Cli, case_id: str, person_id: str) -> None:
    incident = cli.add("incident", "add", "--case", case_id, "--title", "Raid", "--date", "2019")
    evidence = cli.add("evidence", "add", "--case", case_id, "--title", "Photo")
    cli.ok("edit", incident, "--title", "Raid on the office")
    cli.ok("tag", "add", incident, "urgent")
    link = cli.add("link", "add", evidence, incident, "--kind", "supports")
    cli.ok("link", "delete", link)
    cli.ok("tag", "remove", incident, "urgent")
    cli.ok("delete", evidence)

    entries = cli.ok("audit", "--json").json()
    assert [(e["seq"], e["action"], e["record_id"]) for e in entries] == [
        (1, "create", case_id),
        (2, "create", person_id),
        (3, "create", incident),
        (4, "create", evidence),
        (5, "update", incident),
        (6, "tag", incident),
        (7, "link", link),
        (8, "unlink", link),
        (9, "untag", incident),
        (10, "delete", evidence),
    ]
    assert all(
        set(e) == {"seq", "at", "action", "record_id", "digest", "prev", "hash"} for e in entries
    )
    assert [e["prev"] for e in entries] == ["0" * 64] + [e["hash"] for e in entries[:-1]]

    lines = cli.ok("audit").out.splitlines()
    assert [line.split()[2] for line in lines] == [e["action"] for e in entries]
    only = cli.ok("audit", "--record", incident, "--json").json()
    assert [e["seq"] for e in only] == [3, 5, 6, 9]


def test_verify_says_a_sound_notebook_is_intact(cli: Cli, case_id: str) -> None:
    result = cli.ok("verify")
    assert "intact" in result.out
    report = cli.ok("verify", "--json").json()
    assert report["sound"] is True
    assert report["database_problems"] == []
    assert set(report["audit"]) == {"entries", "intact", "head", "broken_at", "problem"}
    assert (report["audit"]["entries"], report["audit"]["intact"]) == (2, True)
    assert report["audit"]["broken_at"] is None


def test_verify_exits_3_when_an_audit_entry_was_tampered_with(cli: Cli, case_id: str) -> None:
    cli.add("person", "add", "--case", case_id, "--name", "Bakyt")
    with Notebook.open(cli.path, PASSPHRASE) as notebook:
        notebook.db.execute("UPDATE audit SET action='delete' WHERE seq=2")

    result = cli("verify")
    assert result.code == 3
    assert "BROKEN at entry 2" in result.out
    report = cli("verify", "--json")
    assert report.code == 3
    chain = report.json()["audit"]
    assert report.json()["sound"] is False
    assert (chain["intact"], chain["broken_at"], chain["entries"]) == (False, 2, 1)


# -- exit codes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["bogus"],
        ["case", "add"],
        ["case"],
        ["case", "list", "--colour"],
        ["search", "raid", "--limit", "many"],
        ["search", "raid", "--limit", "0"],
        ["link", "add", "only-one", "--kind", "supports"],
    ],
    ids=["unknown-command", "missing-option", "missing-action", "unknown-option", "bad-number",
         "limit-zero", "missing-argument"],
)  # fmt: skip
def test_bad_usage_is_exit_1_not_argparses_2(cli: Cli, argv: list[str]) -> None:
    result = cli(*argv)
    assert result.code == 1
    assert result.out == ""
    assert result.err.startswith("casenotebook: ")
    assert result.err.count("\n") == 1


@pytest.mark.parametrize(
    ("argv", "code"),
    [(["case", "list"], 0), (["bogus"], 1), (["case", "add"], 1)],
    ids=["success", "unknown-command", "missing-option"],
)
def test_a_shell_sees_the_documented_exit_code(cli: Cli, argv: list[str], code: int) -> None:
    result = run_script(
        "--notebook", str(cli.path), *argv, environ={PASSPHRASE_VARIABLE: PASSPHRASE}
    )
    assert result.returncode == code, result.stderr


def test_a_wrong_passphrase_is_exit_2_with_one_line_on_stderr_and_nothing_else(cli: Cli) -> None:
    result = run_script(
        "--notebook", str(cli.path), "case", "list",
        environ={PASSPHRASE_VARIABLE: "not the passphrase at all"},
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.endswith("\n")
    assert "wrong passphrase" in result.stderr


@pytest.fixture
def damaged(cli: Cli, case_id: str, person_id: str) -> Cli:
    for number in range(5):
        cli.add(
            "incident", "add", "--case", case_id, "--title", f"Raid {number}", "--date", "2019",
            "--description", "Officers searched the office and took the computers. " * 20,
        )  # fmt: skip
    database = cli.path / "notebook.db"
    data = bytearray(database.read_bytes())
    assert len(data) > 5000
    data[5000] ^= 0xFF
    database.write_bytes(bytes(data))
    return cli


def test_verify_of_a_damaged_notebook_is_exit_3(damaged: Cli) -> None:
    result = damaged("verify")
    assert result.code == 3
    assert "DAMAGED" in result.out
    report = damaged("verify", "--json")
    assert report.code == 3
    assert report.json()["sound"] is False
    assert report.json()["database_problems"]


@pytest.mark.parametrize("command", ["show {case}", "case list", "search raid"])
def test_reading_a_damaged_notebook_is_exit_3(damaged: Cli, case_id: str, command: str) -> None:
    result = damaged(*command.format(case=case_id).split())
    assert result.code == 3
    assert result.out == ""
    assert "damaged" in result.err
    assert result.err.count("\n") == 1


def test_a_notebook_open_for_writing_refuses_writes_with_exit_4_but_allows_reads(
    cli: Cli, case_id: str
) -> None:
    before = cli.state()
    holder = Notebook.open(cli.path, PASSPHRASE)
    try:
        refused = cli("case", "add", "--title", "Osh")
        assert refused.code == 4
        assert refused.out == ""
        assert "open in another program" in refused.err
        listed = cli("case", "list")
        assert (listed.code, listed.out) == (0, f"{case_id}  Karakol\n")
    finally:
        holder.close()
    assert cli.state() == before


def test_a_shell_sees_exit_4_while_another_process_holds_the_notebook(
    cli: Cli, case_id: str
) -> None:
    environ = {PASSPHRASE_VARIABLE: PASSPHRASE}
    holder = Notebook.open(cli.path, PASSPHRASE)
    try:
        write = run_script(
            "--notebook", str(cli.path), "case", "add", "--title", "Osh", environ=environ
        )
        read = run_script("--notebook", str(cli.path), "case", "list", environ=environ)
    finally:
        holder.close()
    assert write.returncode == 4
    assert read.returncode == 0
    assert read.stdout == f"{case_id}  Karakol\n"


# -- invalid input ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Ids:
    case: str
    person: str
    incident: str
    folder: Path


INVALID: dict[str, tuple[Callable[[Ids], list[str]], list[str]]] = {
    "month-13": (
        lambda i: ["incident", "add", "--case", i.case, "--title", "T", "--date", "2019-13"],
        ["date", "month 13"],
    ),
    "30-february": (
        lambda i: ["evidence", "add", "--case", i.case, "--title", "T",
                   "--acquired-on", "2019-02-30"],
        ["acquired_on", "February"],
    ),
    "unknown-type": (
        lambda i: ["incident", "add", "--case", i.case, "--title", "T", "--date", "2019",
                   "--type", "bogus"],
        ["bogus", "arrest", "death-threat", "detention"],
    ),
    "person-without-role": (
        lambda i: ["incident", "add", "--case", i.case, "--title", "T", "--date", "2019",
                   "--person", i.person],
        ["ID:ROLE"],
    ),
    "unknown-role": (
        lambda i: ["incident", "add", "--case", i.case, "--title", "T", "--date", "2019",
                   "--person", f"{i.person}:bystander"],
        ["bystander", "witness"],
    ),
    "involvement-of-a-victim": (
        lambda i: ["incident", "add", "--case", i.case, "--title", "T", "--date", "2019",
                   "--person", f"{i.person}:victim:direct"],
        ["perpetrator"],
    ),
    "unknown-person": (
        lambda i: ["incident", "add", "--case", i.case, "--title", "T", "--date", "2019",
                   "--person", "nobody:victim"],
        ["no person"],
    ),
    "unknown-case": (
        lambda i: ["person", "add", "--case", "nowhere", "--name", "N"],
        ["case"],
    ),
    "day-order-not-a-number": (
        lambda i: ["incident", "add", "--case", i.case, "--title", "T", "--date", "2019",
                   "--day-order", "first"],
        ["--day-order", "whole number"],
    ),
    "unknown-risk": (
        lambda i: ["threat", "add", "--case", i.case, "--title", "T", "--date", "2019",
                   "--risk", "extreme"],
        ["extreme", "critical"],
    ),
    "unknown-consent": (
        lambda i: ["interview", "add", "--case", i.case, "--interviewee", i.person,
                   "--date", "2019", "--consent", "maybe"],
        ["maybe", "share-named"],
    ),
    "missing-transcript": (
        lambda i: ["interview", "add", "--case", i.case, "--interviewee", i.person,
                   "--date", "2019", "--consent", "none",
                   "--transcript-file", str(i.folder / "nowhere.txt")],
        ["--transcript-file", "no such file"],
    ),
    "transcript-not-utf8": (
        lambda i: ["interview", "add", "--case", i.case, "--interviewee", i.person,
                   "--date", "2019", "--consent", "none",
                   "--transcript-file", str(i.folder / "cp1251.txt")],
        ["--transcript-file", "UTF-8"],
    ),
    "empty-title": (
        lambda i: ["case", "add", "--title", "  "],
        ["title"],
    ),
    "two-line-title": (
        lambda i: ["case", "add", "--title", "one\ntwo"],
        ["title", "single line"],
    ),
    "unknown-link-kind": (
        lambda i: ["link", "add", i.incident, i.person, "--kind", "causes"],
        ["causes", "contradicts"],
    ),
    "link-to-itself": (
        lambda i: ["link", "add", i.incident, i.incident, "--kind", "mentions"],
        ["itself"],
    ),
    "tag-with-a-comma": (
        lambda i: ["tag", "add", i.incident, "a,b"],
        ["comma"],
    ),
    "edit-bad-date": (
        lambda i: ["edit", i.incident, "--date", "2019-13"],
        ["month 13"],
    ),
    "edit-bad-boolean": (
        lambda i: ["edit", i.person, "--protected", "maybe"],
        ["--protected", "yes or no"],
    ),
    "timeline-bad-date": (
        lambda i: ["timeline", "--case", i.case, "--from", "2019-13"],
        ["month 13"],
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", list(INVALID))
def test_invalid_input_is_explained_and_changes_nothing(
    cli: Cli, case_id: str, person_id: str, tmp_path: Path, name: str
) -> None:
    incident = cli.add("incident", "add", "--case", case_id, "--title", "Raid", "--date", "2019")
    (tmp_path / "cp1251.txt").write_bytes("Обыск".encode("cp1251"))
    build, expected = INVALID[name]
    before = cli.state()

    result = cli(*build(Ids(case_id, person_id, incident, tmp_path)))
    assert result.code == 1
    assert result.out == ""
    assert result.err.count("\n") == 1
    for words in expected:
        assert words in result.err
    assert cli.state() == before


# -- passwd -----------------------------------------------------------------------------------


def test_passwd_makes_the_old_passphrase_fail_and_the_new_one_work(cli: Cli, case_id: str) -> None:
    new = "a new and longer passphrase"
    changed = call(
        ["--notebook", str(cli.path), "passwd", "--json"],
        {PASSPHRASE_VARIABLE: PASSPHRASE, NEW_PASSPHRASE_VARIABLE: new},
    )
    assert changed.code == 0, changed.err
    assert changed.json() == {"changed": True}
    assert cli("case", "list").code == 2
    with_new = cli("case", "list", passphrase=new)
    assert (with_new.code, with_new.out) == (0, f"{case_id}  Karakol\n")


def test_passwd_refuses_a_short_new_passphrase_and_keeps_the_old_one(
    cli: Cli, case_id: str
) -> None:
    refused = call(
        ["--notebook", str(cli.path), "passwd"],
        {PASSPHRASE_VARIABLE: PASSPHRASE, NEW_PASSPHRASE_VARIABLE: "short"},
    )
    assert refused.code == 1
    assert "passphrase" in refused.err
    assert cli.ok("case", "list").out == f"{case_id}  Karakol\n"


# -- the desktop program ----------------------------------------------------------------------


@pytest.mark.parametrize("argv", [["gui"], []], ids=["gui", "no-command"])
def test_gui_and_no_command_start_the_desktop_program_on_the_chosen_notebook(
    cli: Cli, argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[Path] = []

    def fake_main(notebook_path: Path) -> int:
        started.append(notebook_path)
        return 0

    # The real one would open a window and wait for the user; core tests do not import Qt.
    fake_app = type(sys)("ui.app")
    fake_app.main = fake_main
    monkeypatch.setitem(sys.modules, "ui.app", fake_app)
    result = cli(*argv)
    assert result.code == 0, result.err
    assert started == [cli.path]


def test_a_perpetrator_can_be_given_with_involvement_and_type(cli: Cli, case_id: str) -> None:
    person = cli.add("person", "add", "--case", case_id, "--name", "Officer")
    incident = cli.add(
        "incident", "add", "--case", case_id, "--title", "Detention", "--date", "2020-05-29",
        "--person", f"{person}:perpetrator:direct:state-security-service",
    )  # fmt: skip
    assert cli.show(incident)["people"] == [
        {"person_id": person, "role": "perpetrator", "involvement": "direct",
         "perpetrator_type": "state-security-service"}
    ]  # fmt: skip


def test_edit_help_lists_the_options_of_every_kind_without_opening_anything(tmp_path) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--notebook", str(tmp_path / "none"), "edit", "--help"], out=out, err=err,
                    environ={})  # fmt: skip
    assert code == 0
    assert "threat: --title --date" in out.getvalue()
    assert "--perpetrator-type" in out.getvalue()
    assert err.getvalue() == ""
