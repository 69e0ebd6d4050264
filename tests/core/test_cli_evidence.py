"""The evidence commands: import files and folders, export, custody, verify, delete."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from notebook import Notebook
from tests.conftest import PASSPHRASE, create_test_notebook
from tests.core.test_cli import Cli


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    path = tmp_path / "case.casenotebook"
    create_test_notebook(path).close()
    return Cli(path)


@pytest.fixture
def case_id(cli: Cli) -> str:
    return cli.add("case", "add", "--title", "Kamil Ruziev", "--reference", "KR-2019-07")


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "from the phone"
    folder.mkdir()
    (folder / "injury.jpg").write_bytes(os.urandom(1_500_000))
    (folder / "call.ogg").write_bytes(os.urandom(2_000))
    return folder


def test_importing_a_folder_makes_one_item_per_file_with_marks_and_links(cli, case_id, files):
    incident = cli.add("incident", "add", "--case", case_id, "--title", "Raid", "--date", "2019")
    result = cli.ok(
        "--actor",
        "A. Lawyer",
        "evidence",
        "add",
        "--case",
        case_id,
        str(files),
        "--supports",
        incident,
        "--kind",
        "photo",
        "--acquired",
        "2020-06-01",
    )
    ids = result.out.split()
    assert len(ids) == 2
    shown = [cli.show(i) for i in ids]
    assert [s["title"] for s in shown] == ["call.ogg", "injury.jpg"]
    assert [s["exhibit_ref"] for s in shown] == ["KR/1", "KR/2"]
    assert shown[1]["acquired_on"] == "2020-06-01"
    assert (
        shown[1]["file"]["sha256"]
        == hashlib.sha256((files / "injury.jpg").read_bytes()).hexdigest()
    )
    assert shown[1]["file"]["media_type"] == "image/jpeg"
    assert "blob_id" not in shown[1]["file"]
    assert all(s["links"][0]["to_id"] == incident for s in shown)
    custody = cli.ok("--json", "custody", ids[0]).json()
    assert [(e["event"], e["actor"]) for e in custody] == [("intake", "A. Lawyer")]


def test_export_writes_the_original_bytes_and_will_not_overwrite(cli, case_id, files, tmp_path):
    item = cli.add("evidence", "add", "--case", case_id, str(files / "injury.jpg"))
    out = tmp_path / "exhibit.jpg"
    cli.ok("evidence", "export", item, "--out", str(out), "--purpose", "for the court")
    assert out.read_bytes() == (files / "injury.jpg").read_bytes()
    out.write_bytes(b"the lawyer's own edits")
    refused = cli("evidence", "export", item, "--out", str(out))
    assert refused.code == 1
    assert out.read_bytes() == b"the lawyer's own edits"
    cli.ok("evidence", "export", item, "--out", str(out), "--force")
    assert out.read_bytes() == (files / "injury.jpg").read_bytes()
    events = cli.ok("--json", "custody", item).json()
    assert [e["event"] for e in events] == ["intake", "export", "export"]
    assert events[1]["purpose"] == "for the court"


def test_verify_names_a_damaged_file_by_its_exhibit_mark_and_exits_3(cli, case_id, files):
    cli.ok("evidence", "add", "--case", case_id, str(files))
    assert cli("verify").code == 0
    blob = sorted((cli.path / "blobs").glob("*/*"), key=lambda p: p.stat().st_size)[-1]
    data = bytearray(blob.read_bytes())
    data[1000] ^= 1
    blob.write_bytes(bytes(data))
    result = cli("verify")
    assert result.code == 3
    assert "DAMAGED: KR/2" in result.out
    assert "1 of 2 files intact" in result.out
    # A flipped byte keeps the size: the quick check cannot see it, and says what it checked.
    quick = cli("verify", "--quick")
    assert quick.code == 0
    assert "present and whole-sized" in quick.out


def test_verify_records_each_fixity_check_in_the_chain_of_custody(cli, case_id, files):
    item = cli.add("evidence", "add", "--case", case_id, str(files / "call.ogg"))
    cli.ok("verify")
    shown = cli.show(item)
    assert shown["file"]["fixity"] == "intact"
    assert shown["file"]["fixity_at"] != ""
    assert [e["event"] for e in cli.ok("--json", "custody", item).json()] == ["intake", "verify"]


def test_verify_still_checks_while_the_notebook_is_open_elsewhere(cli, case_id, files):
    cli.ok("evidence", "add", "--case", case_id, str(files / "call.ogg"))
    with Notebook.open(cli.path, PASSPHRASE):
        result = cli("verify")
    assert result.code == 0
    assert "1 of 1 files intact" in result.out


def test_deleting_an_item_destroys_its_file_and_keeps_its_history(cli, case_id, files):
    item = cli.add("evidence", "add", "--case", case_id, str(files / "call.ogg"))
    assert len(list((cli.path / "blobs").glob("*/*"))) == 1
    cli.ok("evidence", "delete", item)
    assert list((cli.path / "blobs").glob("*/*")) == []
    assert cli("show", item).code == 1
    events = cli.ok("--json", "custody", item).json()
    assert [e["event"] for e in events] == ["intake", "destroy"]


def test_importing_what_does_not_exist_changes_nothing(cli, case_id, tmp_path):
    before = cli.state()
    result = cli("evidence", "add", "--case", case_id, str(tmp_path / "missing.jpg"))
    assert result.code == 1
    assert "no such file" in result.err
    assert cli.state() == before


def test_an_item_kept_elsewhere_needs_a_title(cli, case_id):
    assert cli("evidence", "add", "--case", case_id).code == 1
    item = cli.add(
        "evidence",
        "add",
        "--case",
        case_id,
        "--title",
        "The original letter",
        "--source",
        "the prosecutor's office",
    )
    shown = cli.show(item)
    assert "file" not in shown
    assert shown["exhibit_ref"] == "KR/1"
    assert cli("evidence", "export", item, "--out", str(cli.path.parent / "x")).code == 1


def test_a_failed_check_keeps_the_date_the_file_was_last_known_good(cli, case_id, files):
    item = cli.add("evidence", "add", "--case", case_id, str(files / "call.ogg"))
    cli.ok("verify")
    good = cli.show(item)["file"]["fixity_at"]
    blob = next((cli.path / "blobs").glob("*/*"))
    blob.write_bytes(blob.read_bytes()[:-1])
    assert cli("verify").code == 3
    after = cli.show(item)["file"]
    assert (after["fixity"], after["fixity_at"]) == ("damaged", good)


def test_verify_finds_a_custody_row_edited_behind_the_chain(cli, case_id, files):
    item = cli.add("evidence", "add", "--case", case_id, str(files / "call.ogg"))
    with Notebook.open(cli.path, PASSPHRASE) as notebook:
        notebook.db.execute(
            "UPDATE custody SET actor = 'someone else' WHERE record_id = ?", (item,)
        )
    result = cli("verify")
    assert result.code == 3
    assert "custody: ALTERED" in result.out
    assert cli("custody", item).code == 3


def test_the_next_open_leaves_no_empty_folder_of_a_deleted_item(cli, case_id, files):
    item = cli.add("evidence", "add", "--case", case_id, str(files / "call.ogg"))
    cli.ok("evidence", "delete", item)
    cli.ok("case", "add", "--title", "Another")  # any writable open sweeps
    assert list((cli.path / "blobs").iterdir()) == []
