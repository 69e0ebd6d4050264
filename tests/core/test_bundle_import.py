"""A bundle taken into a lawyer's notebook: verified first, hashes, marks and history kept."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from notebook import InvalidInput, Notebook
from notebook.export.bundle import BundleOptions, build_bundle
from notebook.export.bundle_import import InvalidBundle, import_bundle
from notebook.model import Case, Evidence
from tests.conftest import create_test_notebook


@pytest.fixture
def sent(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A defender's notebook with two exhibits, bundled; returns the zip and their hashes."""
    hashes = {}
    with create_test_notebook(tmp_path / "defender.casenotebook") as defender:
        case = defender.add(Case(title="Case", reference="KR-1", exhibit_prefix="KR"))
        for name, data in (("photo.jpg", b"\xff\xd8 photo"), ("letter.txt", b"letter\n" * 50)):
            source = tmp_path / name
            source.write_bytes(data)
            stored = defender.import_evidence(
                source, Evidence(case_id=case.id, title=name), actor="defender"
            )
            hashes[stored.exhibit_ref] = defender.evidence_file(stored.id).sha256
        build_bundle(defender, case.id, tmp_path / "bundle.zip", BundleOptions(actor="defender"))
    return tmp_path / "bundle.zip", hashes


@pytest.fixture
def lawyer(tmp_path: Path):
    with create_test_notebook(tmp_path / "lawyer.casenotebook") as notebook:
        yield notebook


def state(notebook: Notebook) -> tuple[int, int, list[str]]:
    blobs = sorted(p.name for p in notebook.vault.blob_folder.rglob("*") if p.is_file())
    return notebook.count(), len(notebook.audit.entries()), blobs


def test_the_exhibits_arrive_with_their_marks_and_hashes_in_a_new_case(sent, lawyer):
    bundle, hashes = sent
    made = import_bundle(lawyer, bundle, actor="lawyer")
    assert sorted(mark for mark, _ in made.exhibits) == sorted(hashes)
    for mark, record_id in made.exhibits:
        assert lawyer.evidence_file(record_id).sha256 == hashes[mark]
        record = lawyer.get(record_id)
        assert isinstance(record, Evidence) and record.case_id == made.case_id
    case = lawyer.get(made.case_id)
    assert isinstance(case, Case) and case.reference == "KR-1" and case.exhibit_prefix == "KR"
    assert lawyer.verify().sound


def test_the_history_comes_along_and_the_receipt_names_the_bundle_and_key(sent, lawyer):
    bundle, _ = sent
    made = import_bundle(lawyer, bundle, actor="lawyer")
    events = lawyer.custody(made.exhibits[0][1])
    assert [event.event for event in events] == ["prior", "intake"]
    assert events[0].actor == "defender" and events[0].purpose.startswith("intake ")
    assert events[1].actor == "lawyer"
    assert made.bag in events[1].purpose and made.fingerprint in events[1].purpose


def test_the_bytes_read_back_are_those_sent(sent, lawyer, tmp_path):
    bundle, _ = sent
    made = import_bundle(lawyer, bundle, actor="lawyer")
    letters = [rid for mark, rid in made.exhibits if mark == "KR/2"]
    out = tmp_path / "back.txt"
    lawyer.export_evidence(letters[0], out, actor="lawyer")
    assert out.read_bytes() == b"letter\n" * 50


def test_a_changed_bundle_is_refused_whole_and_nothing_is_kept(sent, lawyer, tmp_path):
    bundle, _ = sent
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(tampered, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, data.replace(b"letter", b"LETTER"))
    before = state(lawyer)
    with pytest.raises(InvalidBundle) as refused:
        import_bundle(lawyer, tampered, actor="lawyer")
    assert refused.value.report.problems
    assert state(lawyer) == before


def test_marks_already_used_in_the_chosen_case_are_refused_before_anything_is_written(sent, lawyer):
    bundle, _ = sent
    first = import_bundle(lawyer, bundle, actor="lawyer")
    before = state(lawyer)
    with pytest.raises(InvalidInput, match="KR/1"):
        import_bundle(lawyer, bundle, actor="lawyer", case_id=first.case_id)
    assert state(lawyer) == before


def test_a_hostile_zip_is_refused_without_writing_anywhere(lawyer, tmp_path, monkeypatch):
    hostile = tmp_path / "hostile.zip"
    with zipfile.ZipFile(hostile, "w") as archive:
        archive.writestr("../escape.txt", b"out")
        archive.writestr("bag/bagit.txt", b"BagIt-Version: 1.0\n")
    monkeypatch.chdir(tmp_path)
    before = (state(lawyer), sorted(tmp_path.rglob("*")))
    with pytest.raises(InvalidBundle):
        import_bundle(lawyer, hostile, actor="lawyer")
    assert (state(lawyer), sorted(tmp_path.rglob("*"))) == before
    assert not (tmp_path.parent / "escape.txt").exists()
