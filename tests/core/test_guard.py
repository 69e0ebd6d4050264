"""Erase after N wrong passphrases in a row: off by default, counted only when on, reset by
the right passphrase, and at the limit the notebook is gone."""

from __future__ import annotations

from pathlib import Path

import pytest

from notebook import InvalidInput, Notebook, WrongPassphrase
from notebook.guard import GUARD_FILE, ErasedAfterWrongPassphrases
from notebook.model import Case
from tests.conftest import PASSPHRASE, create_test_notebook
from tests.core.test_cli import Cli


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != "notebook.lock"
    }


@pytest.fixture
def guarded(notebook_path: Path) -> Path:
    with create_test_notebook(notebook_path) as notebook:
        notebook.add(Case(title="Karakol"))
        notebook.set_erase_after(3)
    return notebook_path


def wrong(folder: Path) -> WrongPassphrase:
    with pytest.raises(WrongPassphrase) as refused:
        Notebook.open(folder, "not the passphrase")
    return refused.value


def test_the_guard_is_off_by_default_and_wrong_passphrases_then_write_nothing(
    notebook_path: Path,
) -> None:
    create_test_notebook(notebook_path).close()
    before = folder_bytes(notebook_path)
    for _ in range(20):
        error = wrong(notebook_path)
        assert not hasattr(error, "attempts_left")
    assert folder_bytes(notebook_path) == before
    with Notebook.open(notebook_path, PASSPHRASE) as notebook:
        assert notebook.erase_after() is None


def test_each_wrong_passphrase_says_how_many_are_left_and_the_right_one_starts_again(
    guarded: Path,
) -> None:
    assert wrong(guarded).attempts_left == 2
    assert wrong(guarded).attempts_left == 1
    Notebook.open(guarded, PASSPHRASE).close()
    assert wrong(guarded).attempts_left == 2
    assert guarded.is_dir()


def test_the_wrong_passphrase_that_reaches_the_limit_erases_the_notebook(guarded: Path) -> None:
    wrong(guarded)
    wrong(guarded)
    with pytest.raises(ErasedAfterWrongPassphrases) as erased:
        Notebook.open(guarded, "still not it", writable=False)
    assert erased.value.complete
    assert not guarded.exists()


def test_a_recovery_code_counts_as_the_right_passphrase(guarded: Path) -> None:
    with Notebook.open(guarded, PASSPHRASE) as notebook:
        _slot, code = notebook.add_recovery_code()
    wrong(guarded)
    wrong(guarded)
    Notebook.open(guarded, code).close()
    assert wrong(guarded).attempts_left == 2


def test_setting_the_guard_is_logged_checked_and_can_be_turned_off(guarded: Path) -> None:
    with Notebook.open(guarded, PASSPHRASE) as notebook:
        assert notebook.erase_after() == 3
        entries = [e for e in notebook.audit.entries() if e.action == "set-guard"]
        assert len(entries) == 1
        for limit in (0, 2, 101):
            with pytest.raises(InvalidInput, match="between 3 and 100"):
                notebook.set_erase_after(limit)
        assert notebook.erase_after() == 3
        notebook.set_erase_after(None)
        assert notebook.erase_after() is None
    assert not (guarded / GUARD_FILE).exists()
    for _ in range(5):
        wrong(guarded)
    assert guarded.is_dir()


def test_a_damaged_guard_file_never_erases(guarded: Path) -> None:
    (guarded / GUARD_FILE).write_text('{"erase_after": 1, "failures": 7}')  # out of range
    for _ in range(5):
        assert not hasattr(wrong(guarded), "attempts_left")
    (guarded / GUARD_FILE).write_bytes(b"\x00garbage")
    wrong(guarded)
    assert guarded.is_dir()


def test_the_command_line_sets_the_guard_warns_honestly_and_counts_down(guarded: Path) -> None:
    cli = Cli(guarded)
    shown = cli.ok("erase-after").out
    assert "On: 3 wrong passphrases" in shown and "copies the notebook folder" in shown
    assert cli.ok("--json", "erase-after", "5").json() == {"erase_after": 5}
    refused = cli("erase-after", "2")
    assert refused.code == 1 and "from 3 to 100" in refused.err
    first = cli("case", "list", passphrase="wrong passphrase")
    assert first.code == 2
    assert "4 more wrong attempt(s) in a row will erase this notebook" in first.err
    assert cli.ok("--json", "erase-after", "off").json() == {"erase_after": None}
    plain = cli("case", "list", passphrase="wrong passphrase")
    assert plain.err == "casenotebook: wrong passphrase\n"


def test_the_command_line_says_when_the_last_attempt_erased_the_notebook(guarded: Path) -> None:
    cli = Cli(guarded)
    for _ in range(2):
        assert cli("case", "list", passphrase="wrong passphrase").code == 2
    last = cli("case", "list", passphrase="wrong passphrase")
    assert last.code == 2
    assert "the notebook has been erased" in last.err
    assert not guarded.exists()
