"""The demo notebook: built from the shipped case, complete, in order, intact, and openable."""

from __future__ import annotations

import hashlib
import importlib.util
import io
import json
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from notebook import InvalidInput, Notebook, WrongPassphrase
from notebook import demo as demo_module
from notebook.cli import main
from notebook.crypto import WEAK_KDF_FOR_TESTS
from notebook.demo import BrokenDemo, build_demo, demo_dir, demo_passphrase
from notebook.model import Evidence, Incident, Interview, Person, Threat

EXPECTED_COUNTS = {
    "case": 1,
    "person": 8,
    "organisation": 4,
    "threat": 3,
    "incident": 14,
    "interview": 1,
    "evidence": 4,
}
AUTHORS = (
    "AHRCA",
    "Civil Rights Defenders",
    "IPHR",
    "Norwegian Helsinki Committee",
    "School of Law",
)


def build_for_tests(folder: Path) -> Notebook:
    return build_demo(folder, kdf=WEAK_KDF_FOR_TESTS, allow_weak_kdf_for_tests=True)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo, built once for this module and closed."""
    folder = tmp_path_factory.mktemp("demo") / demo_module.DEMO_FOLDER_NAME
    build_for_tests(folder).close()
    return folder


@pytest.fixture
def demo(built: Path) -> Iterator[Notebook]:
    with Notebook.open(built, demo_passphrase(), writable=False) as opened:
        yield opened


def by_type(notebook: Notebook) -> dict[str, list[Incident]]:
    found: dict[str, list[Incident]] = {}
    for kind in ("incident", "threat"):
        for record in notebook.records(kind=kind):
            assert isinstance(record, Incident)
            found.setdefault(record.type, []).append(record)
    return found


def copy_of_the_demo_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of resources/demo/ that the builder reads instead, for tests that break it."""
    copy = tmp_path / "demo-data"
    shutil.copytree(demo_dir(), copy)
    monkeypatch.setattr(demo_module, "demo_dir", lambda: copy)
    return copy


# -- building ---------------------------------------------------------------------------------


def test_the_demo_builds_from_the_shipped_data_and_comes_back_open(tmp_path: Path) -> None:
    with build_for_tests(tmp_path / demo_module.DEMO_FOLDER_NAME) as notebook:
        (case,) = notebook.cases()
        assert case.reference == "KR-2019-07"
        assert case.exhibit_prefix == "KR"
        assert notebook.count() == sum(EXPECTED_COUNTS.values())


def test_the_demo_holds_the_expected_number_of_each_kind_of_record(demo: Notebook) -> None:
    assert Counter(record.KIND for record in demo.records()) == EXPECTED_COUNTS


def test_the_case_summary_says_it_is_a_reconstruction_and_names_the_statements_authors(
    demo: Notebook,
) -> None:
    (case,) = demo.cases()
    assert "reconstruction for demonstration" in case.summary
    for author in AUTHORS:
        assert author in case.summary
    readme = " ".join((demo_dir() / "README.md").read_text(encoding="utf-8").split())
    assert "reconstruction for demonstration" in readme
    assert all(author in readme for author in AUTHORS)
    source = json.loads((demo_dir() / "case.json").read_text(encoding="utf-8"))["source"]
    assert len(source["authors"]) == len(AUTHORS)


# -- what the case says -----------------------------------------------------------------------


def test_the_threats_are_on_10_and_12_june_and_4_november_2019_at_gunpoint(
    demo: Notebook,
) -> None:
    threats = sorted(demo.records(kind="threat"), key=lambda record: record.date)
    assert [threat.date for threat in threats] == ["2019-06-10", "2019-06-12", "2019-11-04"]
    (officer,) = [
        p for p in demo.records(kind="person") if getattr(p, "pseudonym", "") == "Officer A"
    ]
    for threat in threats:
        assert isinstance(threat, Threat)
        assert (threat.type, threat.means, threat.channel, threat.risk) == (
            "death-threat",
            "weapon",
            "in-person",
            "critical",
        )
        assert threat.perpetrator_id == officer.id
        assert threat.fact_status


def test_the_timeline_is_in_order_with_the_hunger_strike_on_the_day_of_the_detention(
    demo: Notebook,
) -> None:
    (case,) = demo.cases()
    entries = demo.timeline(case.id)
    assert len(entries) == 3 + 14 + 1
    starts = [entry.sort_start for entry in entries]
    assert None not in starts
    assert starts == sorted(starts)
    order = [entry.type for entry in entries]
    assert order.index("death-threat") < order.index("complaint-filed")
    assert order.index("lawsuit-filed") < order.index("criminal-charge")
    assert order.index("criminal-charge") < order.index("detention")
    assert order.index("detention") < order.index("hunger-strike")
    assert order.index("detention") < order.index("court-hearing")
    assert order.index("court-hearing") < order.index("house-arrest")
    assert order.index("house-arrest") < order.index("hospitalisation")
    assert order.index("hospitalisation") < order.index("interrogation")
    types = by_type(demo)
    (detention,) = types["detention"]
    (hunger_strike,) = types["hunger-strike"]
    assert detention.date == "2020-05-29/2020-05-31"
    assert hunger_strike.date == "2020-05-29" == detention.date.split("/")[0]
    assert hunger_strike.day_order > detention.day_order
    (lawsuit,) = types["lawsuit-filed"]
    (charge,) = types["criminal-charge"]
    (interrogation,) = types["interrogation"]
    assert (lawsuit.date, charge.date, interrogation.date) == (
        "2020-02",
        "2020-03-11",
        "2020-06-08",
    )
    assert "359" in charge.description and "153" in charge.description


def test_dates_the_statement_does_not_give_stay_imprecise(demo: Notebook) -> None:
    types = by_type(demo)
    for code in ("complaint-filed", "hospitalisation", "smear-campaign"):
        (incident,) = types[code]
        assert "/" in incident.date or "?" in incident.date or "~" in incident.date, code


def test_every_protected_person_has_a_pseudonym(demo: Notebook) -> None:
    people = [p for p in demo.records(kind="person") if isinstance(p, Person)]
    protected = {person.pseudonym for person in people if person.protected}
    assert protected == {"Officer A", "Client A", "Client B", "Client C"}
    (kamil,) = [person for person in people if person.name == "Kamil Ruziev"]
    assert not kamil.protected
    assert "Ventus" in kamil.occupation


def test_the_interview_describes_the_threats_and_every_evidence_item_supports_something(
    demo: Notebook,
) -> None:
    (interview,) = demo.records(kind="interview")
    assert isinstance(interview, Interview)
    assert interview.consent.scope == "share-named"
    assert "Special Rapporteur" in interview.consent.recipients
    assert "ИЛЛЮСТРАТИВНАЯ" in interview.transcript
    described = {link.to_id for link in demo.links(interview.id) if link.kind == "describes"}
    assert {threat.id for threat in demo.records(kind="threat")} <= described
    for item in demo.records(kind="evidence"):
        assert any(link.kind == "supports" for link in demo.links(item.id)), item.label
    assert "escalation" in demo.all_tags()
    assert "detention-2020" in demo.all_tags()


# -- evidence ---------------------------------------------------------------------------------


def test_the_evidence_files_verify_intact_and_match_the_shipped_files(demo: Notebook) -> None:
    report = demo.verify(actor="test")
    assert report.sound
    assert [result.status for result in report.evidence] == ["intact"] * 4
    shipped = {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in (demo_dir() / "evidence").iterdir()
        if path.is_file()
    }
    for item in demo.records(kind="evidence"):
        assert isinstance(item, Evidence)
        assert item.exhibit_ref.startswith("KR/")
        assert item.evidence_kind and item.source and item.acquired_on and item.acquired_by
        stored = demo.evidence_file(item.id)
        assert stored is not None
        assert shipped[stored.original_name] == stored.sha256


def test_the_shipped_evidence_is_small_and_the_photo_is_what_the_script_draws() -> None:
    for path in (demo_dir() / "evidence").iterdir():
        assert path.stat().st_size < 50_000, path.name
    script = demo_dir() / "draw_placeholder.py"
    spec = importlib.util.spec_from_file_location("draw_placeholder", script)
    assert spec is not None and spec.loader is not None
    drawing = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(drawing)
    shipped = (demo_dir() / "evidence" / "hospital-placeholder.png").read_bytes()
    assert shipped.startswith(b"\x89PNG\r\n\x1a\n")
    assert drawing.draw() == shipped


# -- the passphrase ---------------------------------------------------------------------------


def test_the_demo_passphrase_is_six_words_and_opens_the_demo(built: Path) -> None:
    passphrase = demo_passphrase()
    assert len(passphrase.split()) == 6
    with Notebook.open(built, passphrase, writable=False) as opened:
        assert opened.cases()
    with pytest.raises(WrongPassphrase):
        Notebook.open(built, passphrase.upper(), writable=False)


# -- bad data and bad places ------------------------------------------------------------------


def test_a_folder_that_is_not_empty_is_refused_and_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "taken"
    folder.mkdir()
    (folder / "mine.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(InvalidInput, match="not empty"):
        build_for_tests(folder)
    assert [path.name for path in folder.iterdir()] == ["mine.txt"]


def test_missing_demo_data_is_a_clear_error_and_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = copy_of_the_demo_data(tmp_path, monkeypatch)
    (data / "case.json").unlink()
    folder = tmp_path / "demo.casenotebook"
    with pytest.raises(BrokenDemo, match="missing"):
        build_for_tests(folder)
    with pytest.raises(BrokenDemo):
        demo_passphrase()
    assert not folder.exists()


def test_a_missing_evidence_file_is_named_before_anything_is_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = copy_of_the_demo_data(tmp_path, monkeypatch)
    (data / "evidence" / "complaint-note.txt").unlink()
    folder = tmp_path / "demo.casenotebook"
    with pytest.raises(BrokenDemo, match=r"complaint-note\.txt"):
        build_for_tests(folder)
    assert not folder.exists()


def test_a_reference_to_an_unknown_key_is_named_and_leaves_no_half_built_notebook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = copy_of_the_demo_data(tmp_path, monkeypatch)
    case = json.loads((data / "case.json").read_text(encoding="utf-8"))
    case["threats"][0]["perpetrator_id"] = "nobody"
    (data / "case.json").write_text(json.dumps(case), encoding="utf-8")
    folder = tmp_path / "demo.casenotebook"
    with pytest.raises(BrokenDemo, match=r"threat_1.*nobody"):
        build_for_tests(folder)
    assert not folder.exists()


def test_a_code_outside_the_vocabularies_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = copy_of_the_demo_data(tmp_path, monkeypatch)
    case = json.loads((data / "case.json").read_text(encoding="utf-8"))
    case["incidents"][0]["type"] = "not-a-type"
    (data / "case.json").write_text(json.dumps(case), encoding="utf-8")
    with pytest.raises(BrokenDemo, match="complaint"):
        build_for_tests(tmp_path / "demo.casenotebook")


# -- the command line -------------------------------------------------------------------------


def test_the_demo_command_builds_the_demo_and_prints_its_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / demo_module.DEMO_FOLDER_NAME
    out, err = io.StringIO(), io.StringIO()
    code = main(["--notebook", str(folder), "--json", "demo"], out=out, err=err, environ={})
    assert code == 0, err.getvalue()
    assert err.getvalue() == ""
    assert json.loads(out.getvalue()) == {"path": str(folder), "passphrase": demo_passphrase()}
    assert (folder / "notebook.json").is_file()


def test_the_demo_command_refuses_a_path_that_exists(tmp_path: Path) -> None:
    folder = tmp_path / demo_module.DEMO_FOLDER_NAME
    folder.mkdir()
    out, err = io.StringIO(), io.StringIO()
    code = main(["--notebook", str(folder), "demo"], out=out, err=err, environ={})
    assert code == 1
    assert out.getvalue() == ""
    assert "already exists" in err.getvalue()
    assert list(folder.iterdir()) == []
