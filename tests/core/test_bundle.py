"""Evidence bundles: a valid signed BagIt bag, redacted, reproducible, whole or not at all."""

from __future__ import annotations

import base64
import hashlib
import io
import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from notebook import Cancelled, Notebook, crypto
from notebook.export.bundle import BAGIT_TXT, BundleOptions, build_bundle
from notebook.model import Case, Evidence, Incident, Participant, Person
from notebook.progress import Progress
from tests.conftest import PASSPHRASE, create_test_notebook
from tests.core.docx_parts import all_text

DAY = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
NAMES = ("Bakyt Osmonov", "Осмонова", "Osmonov")


def fixed_day() -> datetime:
    return DAY


@pytest.fixture
def case(notebook: Notebook, tmp_path: Path) -> tuple[Notebook, str, dict[str, str]]:
    made = notebook.add(
        Case(title="Case of Bakyt Osmonov", reference="BO/2020 1", exhibit_prefix="BO")
    )
    bakyt = notebook.add(
        Person(
            case_id=made.id,
            name="Bakyt Osmonov",
            other_names=("Осмонова", "Osmonov"),
            protected=True,
            pseudonym="Witness B",
        )
    )
    raid = notebook.add(
        Incident(
            case_id=made.id,
            title="Search of the home of Осмонова",
            date="2020-02",
            type="raid-or-search",
            people=(Participant(person_id=bakyt.id, role="victim"),),
        )
    )
    ids = {"case": made.id, "raid": raid.id}
    for key, name, data, identifies in (
        ("letter", "Letter from Osmonov.txt", b"a letter\n" * 100, False),
        ("photo", "face.jpg", b"\xff\xd8 a face", True),
        ("evil", "../../etc/pass\x07wd", b"odd name", False),
    ):
        source = tmp_path / "sources" / key
        source.parent.mkdir(exist_ok=True)
        source.write_bytes(data)
        stored = notebook.import_evidence(
            source,
            Evidence(case_id=made.id, title=f"Item {key}", identifies_protected=identifies),
            actor="test",
        )
        # The name as received is what a bundle keeps: set it as an import from that file would.
        notebook.db.execute(
            "UPDATE evidence_files SET original_name = ? WHERE num ="
            " (SELECT num FROM records WHERE id = ?)",
            (name, stored.id),
        )
        ids[key] = stored.id
    notebook.link(ids["letter"], raid.id, "supports")
    return notebook, made.id, ids


def bundle(notebook: Notebook, case_id: str, out: Path, **options) -> zipfile.ZipFile:
    build_bundle(notebook, case_id, out, BundleOptions(**options), today=fixed_day)
    return zipfile.ZipFile(out)


def test_a_bundle_is_one_bag_folder_with_the_required_files(case, tmp_path):
    notebook, case_id, _ = case
    archive = bundle(notebook, case_id, tmp_path / "b.zip", statements=("witness",))
    names = archive.namelist()
    assert {name.split("/")[0] for name in names} == {"BO-2020-1-evidence"}
    inside = {name.split("/", 1)[1] for name in names}
    for required in (
        "bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt",
        "tagmanifest-sha256.txt", "tagmanifest-sha512.txt", "evidence/items.json",
        "evidence/custody.jsonl", "evidence/audit-head.txt", "data/index.docx",
        "data/statements/witness.docx", "data/chronology/chronology.docx",
        "data/chronology/chronology.csv", "data/schedule_of_exhibits.csv",
        "signature/tagmanifest-sha512.txt.sig", "signature/public-key.txt",
    ):  # fmt: skip
        assert required in inside, required
    assert archive.read("BO-2020-1-evidence/bagit.txt") == BAGIT_TXT


def read(archive: zipfile.ZipFile, name: str) -> bytes:
    return archive.read(f"{archive.namelist()[0].split('/')[0]}/{name}")


def manifest(archive: zipfile.ZipFile, name: str) -> dict[str, str]:
    lines = read(archive, name).decode().splitlines()
    return {path: digest for digest, path in (line.split(" ", 1) for line in lines)}


def test_every_payload_file_is_in_both_manifests_once_with_its_true_hash(case, tmp_path):
    notebook, case_id, _ = case
    archive = bundle(notebook, case_id, tmp_path / "b.zip")
    bag = archive.namelist()[0].split("/")[0]
    payload = [name[len(bag) + 1 :] for name in archive.namelist() if "/data/" in name]
    for algorithm in ("sha256", "sha512"):
        listed = manifest(archive, f"manifest-{algorithm}.txt")
        assert sorted(listed) == sorted(payload)
        for path, digest in listed.items():
            assert hashlib.new(algorithm, read(archive, path)).hexdigest() == digest, path


def test_payload_oxum_counts_the_payload(case, tmp_path):
    notebook, case_id, _ = case
    archive = bundle(notebook, case_id, tmp_path / "b.zip")
    bag = archive.namelist()[0].split("/")[0]
    sizes = [info.file_size for info in archive.infolist() if "/data/" in info.filename]
    info = read(archive, "bag-info.txt").decode()
    assert f"Payload-Oxum: {sum(sizes)}.{len(sizes)}\n" in info
    assert "Bagging-Date: 2026-11-28\n" in info and bag.startswith("BO-2020-1")
    head = read(archive, "evidence/audit-head.txt").decode().strip()
    assert len(head) == 64 and f"Audit-Log-Head-SHA256: {head}\n" in info


def test_the_tag_manifests_cover_the_tag_files_but_not_themselves_or_the_signature(case, tmp_path):
    notebook, case_id, _ = case
    archive = bundle(notebook, case_id, tmp_path / "b.zip")
    for algorithm in ("sha256", "sha512"):
        listed = manifest(archive, f"tagmanifest-{algorithm}.txt")
        assert set(listed) == {
            "bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt",
            "evidence/items.json", "evidence/custody.jsonl", "evidence/audit-head.txt",
        }  # fmt: skip
        for path, digest in listed.items():
            assert hashlib.new(algorithm, read(archive, path)).hexdigest() == digest


def test_the_signature_is_the_notebooks_over_the_sha512_tag_manifest(case, tmp_path):
    notebook, case_id, _ = case
    archive = bundle(notebook, case_id, tmp_path / "b.zip")
    key_text = read(archive, "signature/public-key.txt").decode()
    public_key = base64.b64decode(key_text.split("Public-Key: ")[1].split("\n")[0])
    assert public_key == notebook.signing_public_key()
    assert f"Fingerprint: {crypto.fingerprint(public_key)}" in key_text
    signature = base64.b64decode(read(archive, "signature/tagmanifest-sha512.txt.sig"))
    assert crypto.signature_is_valid(public_key, read(archive, "tagmanifest-sha512.txt"), signature)
    assert crypto.fingerprint(public_key) in all_text(read(archive, "data/index.docx"))


def test_exhibits_are_the_original_bytes_under_their_marks(case, tmp_path):
    notebook, case_id, ids = case
    archive = bundle(notebook, case_id, tmp_path / "b.zip")
    letter = notebook.get(ids["letter"])
    assert isinstance(letter, Evidence)
    folder = letter.exhibit_ref.replace("/", "-")
    names = [name for name in archive.namelist() if f"/data/exhibits/{folder}/" in name]
    assert len(names) == 1
    assert archive.read(names[0]) == b"a letter\n" * 100


def test_a_hostile_original_name_becomes_a_safe_name_inside_the_bag(case, tmp_path):
    notebook, case_id, _ = case
    archive = bundle(notebook, case_id, tmp_path / "b.zip")
    for name in archive.namelist():
        parts = name.split("/")
        assert ".." not in parts and not name.startswith("/")
        assert all(ord(character) >= 32 for character in name)


def test_a_redacted_bundle_names_no_protected_person_anywhere(case, tmp_path):
    notebook, case_id, _ = case
    archive = bundle(notebook, case_id, tmp_path / "b.zip", statements=("witness",))
    everything = "\n".join(archive.namelist())
    for info in archive.infolist():
        data = archive.read(info)
        everything += "\n" + (all_text(data) if info.filename.endswith(".docx") else data.decode(
            "utf-8", "replace"))  # fmt: skip
    for name in NAMES:
        assert name not in everything, name
    assert "Witness B" in everything


def test_an_exhibit_that_identifies_a_protected_person_is_withheld_and_listed(case, tmp_path):
    notebook, case_id, ids = case
    archive = bundle(notebook, case_id, tmp_path / "b.zip")
    assert not any(archive.read(info) == b"\xff\xd8 a face" for info in archive.infolist())
    items = read(archive, "evidence/items.json").decode()
    assert "identifies a protected person" in items
    assert ids["photo"] not in items.split('"withheld"')[0]


def test_without_redaction_the_names_and_the_withheld_photo_are_included(case, tmp_path):
    notebook, case_id, _ = case
    archive = bundle(notebook, case_id, tmp_path / "b.zip", redact=False)
    assert any(archive.read(info) == b"\xff\xd8 a face" for info in archive.infolist())
    assert "Letter from Osmonov.txt" in "\n".join(archive.namelist())


def test_the_same_notebook_bundled_twice_gives_the_same_bytes(case, tmp_path):
    notebook, case_id, _ = case
    folder = notebook.vault.folder
    notebook.close()
    copy = tmp_path / "copy.casenotebook"
    shutil.copytree(folder, copy)
    outputs = []
    for path in (folder, copy):
        with Notebook.open(path, PASSPHRASE) as opened:
            out = tmp_path / f"{path.stem}.zip"
            build_bundle(opened, case_id, out, today=fixed_day)
            outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    with zipfile.ZipFile(io.BytesIO(outputs[0])) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_each_bundled_exhibit_gets_a_custody_event_once_the_bundle_exists(case, tmp_path):
    notebook, case_id, ids = case
    bundle(notebook, case_id, tmp_path / "b.zip")
    events = notebook.custody(ids["letter"])
    assert events[-1].event == "export" and "evidence bundle" in events[-1].purpose
    assert notebook.custody(ids["photo"])[-1].event == "intake"  # withheld: not exported


def test_a_failure_midway_leaves_nothing_at_the_destination(case, tmp_path, monkeypatch):
    notebook, case_id, ids = case
    before = {event.seq for event in notebook.custody(ids["letter"])}

    def broken(record_id, target, *, progress=None):
        target.write(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(notebook, "stream_evidence", broken)
    out = tmp_path / "out" / "b.zip"
    out.parent.mkdir()
    with pytest.raises(OSError):
        build_bundle(notebook, case_id, out, today=fixed_day)
    assert list(out.parent.iterdir()) == []
    assert {event.seq for event in notebook.custody(ids["letter"])} == before


def test_a_cancelled_bundle_leaves_nothing(case, tmp_path):
    notebook, case_id, _ = case
    progress = Progress()
    progress.cancel()
    out = tmp_path / "out" / "b.zip"
    out.parent.mkdir()
    with pytest.raises(Cancelled):
        build_bundle(notebook, case_id, out, progress=progress, today=fixed_day)
    assert list(out.parent.iterdir()) == []


def test_the_bag_validates_with_the_library_of_congress_bagit_tool(case, tmp_path):
    bagit = pytest.importorskip("bagit")
    notebook, case_id, _ = case
    archive = bundle(notebook, case_id, tmp_path / "b.zip", statements=("witness",))
    archive.extractall(tmp_path / "unpacked")
    bag = bagit.Bag(str(tmp_path / "unpacked" / archive.namelist()[0].split("/")[0]))
    bag.validate()  # raises on any problem


def test_only_known_statement_profiles_may_be_included(case, tmp_path):
    notebook, case_id, _ = case
    from notebook import InvalidInput

    with pytest.raises(InvalidInput):
        build_bundle(notebook, case_id, tmp_path / "b.zip", BundleOptions(statements=("x",)))
    assert not (tmp_path / "b.zip").exists()


def test_a_bundle_of_a_notebook_made_elsewhere_is_signed_by_that_notebook(tmp_path):
    with create_test_notebook(tmp_path / "n.casenotebook") as notebook:
        made = notebook.add(Case(title="Empty"))
        archive = bundle(notebook, made.id, tmp_path / "b.zip")
        assert read(archive, "signature/public-key.txt")
        assert manifest(archive, "manifest-sha256.txt")  # documents even without exhibits


def test_a_bundle_passes_our_own_verification_and_a_changed_exhibit_is_named(case, tmp_path):
    from notebook.export.bundle_check import verify

    notebook, case_id, _ = case
    out = tmp_path / "b.zip"
    bundle(notebook, case_id, out, statements=("witness",))
    report = verify(out)
    assert report.valid, report.problems
    assert report.fingerprint == crypto.fingerprint(notebook.signing_public_key())

    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(out) as source, zipfile.ZipFile(tampered, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if "/data/exhibits/" in info.filename and data.startswith(b"a letter"):
                data = b"A" + data[1:]
                changed = info.filename
            target.writestr(info, data)
    problems = verify(tampered).problems
    assert problems and all(problem.path == changed for problem in problems)


def test_a_hostile_character_in_an_original_name_never_makes_an_unverifiable_bundle(case, tmp_path):
    from notebook.export.bundle_check import verify

    notebook, case_id, ids = case
    notebook.db.execute(
        "UPDATE evidence_files SET original_name = ? WHERE num ="
        " (SELECT num FROM records WHERE id = ?)",
        ("100%\u009b\u202ename.txt", ids["letter"]),
    )
    out = tmp_path / "b.zip"
    bundle(notebook, case_id, out)
    assert verify(out).valid


def test_a_bundle_may_carry_the_documents_and_no_exhibit(case, tmp_path):
    notebook, case_id, _ = case
    archive = bundle(notebook, case_id, tmp_path / "b.zip", exhibits=())
    assert not [name for name in archive.namelist() if "/data/exhibits/" in name]
    assert [name for name in archive.namelist() if name.endswith("chronology.docx")]


def test_only_the_chosen_exhibits_go_in(case, tmp_path):
    notebook, case_id, ids = case
    archive = bundle(notebook, case_id, tmp_path / "b.zip", exhibits=(ids["letter"],))
    assert len([name for name in archive.namelist() if "/data/exhibits/" in name]) == 1
