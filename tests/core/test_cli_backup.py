"""The backup commands: backup, verify-backup and restore, their --json and exit codes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from notebook import Notebook
from tests.conftest import PASSPHRASE, create_test_notebook
from tests.core.test_cli import Cli, call

PASSPHRASE_VARIABLE = "CASENOTEBOOK_PASSPHRASE"


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    path = tmp_path / "case.casenotebook"
    create_test_notebook(path).close()
    builder = Cli(path)
    case = builder.add("case", "add", "--title", "Karakol", "--reference", "KR-2019-07")
    photo = tmp_path / "injury.jpg"
    photo.write_bytes(os.urandom(200_000))
    builder.ok("evidence", "add", "--case", case, str(photo))
    photo.unlink()
    return builder


def run(*argv: str, passphrase: str = PASSPHRASE):
    """A command that needs no notebook: the passphrase from the environment only."""
    return call(list(argv), {PASSPHRASE_VARIABLE: passphrase})


def test_backup_verify_backup_and_restore_make_a_notebook_that_passes_verify(
    cli: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "2024-05-01.bin"
    made = cli.ok("--json", "backup", "--out", str(out)).json()
    assert made == {
        "out": str(out),
        "bytes": out.stat().st_size,
        "records": 2,
        "audit_entries": made["audit_entries"],
        "evidence_files": 1,
        "missing_files": 0,
    }
    checked = run("--json", "verify-backup", str(out))
    assert checked.code == 0, checked.err
    assert checked.json()["sound"] is True
    assert [e["status"] for e in checked.json()["evidence"]] == ["intact"]
    restored = Cli(tmp_path / "restored.casenotebook")
    result = restored.ok("restore", str(out))
    assert "Restored the backup taken at" in result.out
    assert "2 records" in result.out
    verified = restored.ok("--json", "verify").json()
    assert verified["sound"] is True
    assert restored.state()[0] == cli.state()[0]


def test_backup_says_how_to_check_it_and_names_no_content(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "b"
    result = cli.ok("backup", "--out", str(out))
    assert f"casenotebook verify-backup {out}" in result.out
    assert "Karakol" not in result.out and "injury" not in result.out


def test_backup_refuses_an_existing_file_without_force(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "b"
    out.write_bytes(b"keep me")
    refused = cli("backup", "--out", str(out))
    assert refused.code == 1
    assert "--force" in refused.err
    assert out.read_bytes() == b"keep me"
    cli.ok("backup", "--out", str(out), "--force")
    assert run("verify-backup", str(out)).code == 0


def test_backup_works_while_another_program_has_the_notebook_open(cli: Cli, tmp_path: Path) -> None:
    with Notebook.open(cli.path, PASSPHRASE):  # holds the writer's lock, as the desktop does
        cli.ok("backup", "--out", str(tmp_path / "b"))
    assert run("verify-backup", str(tmp_path / "b")).code == 0


def test_a_damaged_backup_is_exit_3_with_words_about_the_backup(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "b"
    cli.ok("backup", "--out", str(out))
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x04
    out.write_bytes(bytes(data))
    checked = run("verify-backup", str(out))
    assert checked.code == 3
    assert checked.err.startswith("casenotebook: the backup is damaged or was tampered with")
    restored = Cli(tmp_path / "r")("restore", str(out))
    assert restored.code == 3
    assert "the backup is damaged" in restored.err
    assert not (tmp_path / "r").exists()


def test_a_wrong_passphrase_is_exit_2_and_restores_nothing(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "b"
    cli.ok("backup", "--out", str(out))
    assert run("verify-backup", str(out), passphrase="not the passphrase").code == 2
    refused = Cli(tmp_path / "r")("restore", str(out), passphrase="not the passphrase")
    assert (refused.code, refused.err) == (2, "casenotebook: wrong passphrase\n")
    assert not (tmp_path / "r").exists()


def test_restore_refuses_a_folder_with_something_in_it_before_asking_a_passphrase(
    cli: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "b"
    cli.ok("backup", "--out", str(out))
    refused = call(["--notebook", str(cli.path), "restore", str(out)], {})
    assert refused.code == 1
    assert "restore needs a new or empty folder" in refused.err


def test_verify_backup_of_another_file_or_none_is_bad_usage(tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("not a backup, just words\n" * 10)
    result = run("verify-backup", str(other))
    assert (result.code, result.err) == (1, "casenotebook: notes.txt is not a notebook backup\n")
    missing = run("verify-backup", str(tmp_path / "nothing"))
    assert missing.code == 1
    assert "no such file" in missing.err
