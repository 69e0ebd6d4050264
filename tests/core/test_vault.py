"""vault.py and lockfile.py: unlocking, the folder lock, and changing the passphrase."""

from __future__ import annotations

import inspect
import os
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from notebook import (
    DamagedNotebook,
    InvalidInput,
    Notebook,
    NotebookInUse,
    NotFound,
    WrongPassphrase,
    crypto,
)
from notebook.crypto import DEFAULT_KDF, WEAK_KDF_FOR_TESTS
from notebook.model import Case, Incident
from notebook.vault import DATABASE_FILE, HEADER_FILE, LOCK_FILE, Vault
from tests.conftest import PASSPHRASE, create_test_notebook

REPO = Path(__file__).resolve().parents[2]
NEW_PASSPHRASE = "a brand new passphrase"
WEAK = {"kdf": WEAK_KDF_FOR_TESTS, "allow_weak_kdf_for_tests": True}

Snapshot = dict[str, tuple[bytes | None, int]]


def _snapshot(folder: Path) -> Snapshot:
    """Every file's bytes and every entry's mtime, the folder's own included."""
    entries = [folder, *sorted(folder.rglob("*"))]
    return {
        str(path.relative_to(folder)): (
            path.read_bytes() if path.is_file() else None,
            path.stat().st_mtime_ns,
        )
        for path in entries
    }


def _opens(folder: Path, passphrase: str) -> bool:
    try:
        Notebook.open(folder, passphrase, writable=False).close()
    except WrongPassphrase:
        return False
    return True


@pytest.fixture
def closed_path(notebook_path: Path) -> Path:
    with create_test_notebook(notebook_path) as opened:
        case = opened.add(Case(title="Case of the closed notebook"))
        opened.add(Incident(case_id=case.id, title="A first incident"))
    return notebook_path


# -- creating ---------------------------------------------------------------------------------


def test_a_new_notebook_can_be_opened_again_with_its_passphrase(closed_path: Path) -> None:
    with Notebook.open(closed_path, PASSPHRASE) as reopened:
        assert [c.title for c in reopened.cases()] == ["Case of the closed notebook"]


def test_creating_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    folder = tmp_path / "busy"
    folder.mkdir()
    (folder / "holiday.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(InvalidInput) as caught:
        create_test_notebook(folder)
    assert caught.value.field == "path"
    assert sorted(p.name for p in folder.iterdir()) == ["holiday.jpg"]


def test_creating_refuses_a_short_passphrase_and_creates_nothing(notebook_path: Path) -> None:
    with pytest.raises(InvalidInput) as caught:
        create_test_notebook(notebook_path, "short")
    assert caught.value.field == "passphrase"
    assert not notebook_path.exists()


def test_the_default_kdf_costs_at_least_64_mib() -> None:
    assert DEFAULT_KDF.memory_kib >= 64 * 1024
    assert inspect.signature(Vault.create).parameters["kdf"].default is DEFAULT_KDF
    assert inspect.signature(Notebook.create).parameters["kdf"].default is DEFAULT_KDF
    assert inspect.signature(Vault.change_passphrase).parameters["kdf"].default is DEFAULT_KDF


def test_a_weak_kdf_is_refused_unless_a_test_asks_for_it(notebook_path: Path) -> None:
    with pytest.raises(InvalidInput) as caught:
        Vault.create(notebook_path, PASSPHRASE, kdf=WEAK_KDF_FOR_TESTS)
    assert caught.value.field == "kdf"
    assert not notebook_path.exists()
    with pytest.raises(InvalidInput):
        Notebook.create(notebook_path, PASSPHRASE, kdf=WEAK_KDF_FOR_TESTS)
    assert not notebook_path.exists()
    vault = Vault.create(notebook_path, PASSPHRASE, **WEAK)
    vault.close()
    assert (notebook_path / HEADER_FILE).is_file()


# -- opening ----------------------------------------------------------------------------------


def test_a_wrong_passphrase_raises_wrong_passphrase(closed_path: Path) -> None:
    with pytest.raises(WrongPassphrase):
        Notebook.open(closed_path, "not the passphrase")
    with pytest.raises(WrongPassphrase):
        Notebook.open(closed_path, PASSPHRASE.upper())
    with pytest.raises(WrongPassphrase):
        Notebook.open(closed_path, "")


def test_a_wrong_passphrase_open_prints_nothing_at_all(closed_path: Path) -> None:
    code = (
        "import sys\n"
        "from notebook import Notebook, WrongPassphrase\n"
        "try:\n"
        "    Notebook.open(sys.argv[1], sys.argv[2])\n"
        "except WrongPassphrase:\n"
        "    sys.exit(3)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(closed_path), "not the passphrase"],
        cwd=REPO,
        capture_output=True,
        timeout=60,
    )
    assert (done.returncode, done.stdout, done.stderr) == (3, b"", b"")


def test_a_wrong_passphrase_changes_no_file(closed_path: Path) -> None:
    before = _snapshot(closed_path)
    with pytest.raises(WrongPassphrase):
        Notebook.open(closed_path, "not the passphrase")
    with pytest.raises(WrongPassphrase):
        Notebook.open(closed_path, "not the passphrase", writable=False)
    assert _snapshot(closed_path) == before


def test_a_damaged_header_changes_no_file(closed_path: Path) -> None:
    header_path = closed_path / HEADER_FILE
    header_path.write_bytes(header_path.read_bytes()[:-40])
    before = _snapshot(closed_path)
    with pytest.raises(DamagedNotebook):
        Notebook.open(closed_path, PASSPHRASE)
    assert _snapshot(closed_path) == before


def test_a_notebook_in_use_changes_no_file(closed_path: Path) -> None:
    with Notebook.open(closed_path, PASSPHRASE):
        before = _snapshot(closed_path)
        with pytest.raises(NotebookInUse):
            Notebook.open(closed_path, PASSPHRASE)
        with pytest.raises(NotebookInUse):
            Notebook.open(closed_path, "not the passphrase")
        assert _snapshot(closed_path) == before


def test_a_missing_database_is_damage(closed_path: Path) -> None:
    (closed_path / DATABASE_FILE).unlink()
    with pytest.raises(DamagedNotebook):
        Notebook.open(closed_path, PASSPHRASE)


def test_a_folder_without_a_header_is_not_found(tmp_path: Path, closed_path: Path) -> None:
    with pytest.raises(NotFound):
        Notebook.open(tmp_path, PASSPHRASE)
    with pytest.raises(NotFound):
        Notebook.open(tmp_path / "never.casenotebook", PASSPHRASE)
    (closed_path / HEADER_FILE).unlink()
    with pytest.raises(NotFound):
        Notebook.open(closed_path, PASSPHRASE)
    assert not (tmp_path / "never.casenotebook").exists()


def test_a_composed_and_a_decomposed_letter_open_the_same_notebook(notebook_path: Path) -> None:
    composed, decomposed = "мой длинный пароль й", "мой длинный пароль и\u0306"
    assert composed != decomposed
    create_test_notebook(notebook_path, composed).close()
    Notebook.open(notebook_path, decomposed).close()


def test_a_closed_vault_forgets_its_key(notebook: Notebook) -> None:
    vault = notebook.vault
    assert len(vault.database_key) == 32
    notebook.close()
    assert vault.is_closed
    with pytest.raises(InvalidInput):
        vault.subkey("database")
    with pytest.raises(InvalidInput):
        vault.change_passphrase(NEW_PASSPHRASE, **WEAK)
    notebook.close()  # twice is harmless


def test_a_vault_shows_no_key_in_its_repr(notebook: Notebook) -> None:
    shown = repr(notebook.vault)
    assert notebook.vault.database_key.hex() not in shown
    assert "unlocked" in shown


# -- the lock ---------------------------------------------------------------------------------


def test_a_second_writable_open_in_the_same_process_is_refused(notebook: Notebook) -> None:
    with pytest.raises(NotebookInUse):
        Notebook.open(notebook.vault.folder, PASSPHRASE)


def test_the_lock_is_released_on_close(notebook: Notebook) -> None:
    folder = notebook.vault.folder
    assert (folder / LOCK_FILE).is_file()
    notebook.close()
    Notebook.open(folder, PASSPHRASE).close()
    Notebook.open(folder, PASSPHRASE).close()


def test_a_failed_open_releases_the_lock(closed_path: Path) -> None:
    with pytest.raises(WrongPassphrase):
        Notebook.open(closed_path, "not the passphrase")
    (closed_path / DATABASE_FILE).rename(closed_path / "elsewhere.db")
    with pytest.raises(DamagedNotebook):
        Notebook.open(closed_path, PASSPHRASE)
    (closed_path / "elsewhere.db").rename(closed_path / DATABASE_FILE)
    Notebook.open(closed_path, PASSPHRASE).close()


def test_a_read_only_open_works_while_a_writer_holds_the_lock(notebook: Notebook) -> None:
    case = notebook.add(Case(title="Written by the writer"))
    with Notebook.open(notebook.vault.folder, PASSPHRASE, writable=False) as reader:
        assert not reader.vault.writable
        assert [c.id for c in reader.cases()] == [case.id]


def test_a_read_only_notebook_refuses_to_write_with_invalid_input(notebook: Notebook) -> None:
    # The database is opened with query_only; db.py turns the engine's refusal into
    # InvalidInput, so no driver exception reaches the caller.
    case = notebook.add(Case(title="Written by the writer"))
    with Notebook.open(notebook.vault.folder, PASSPHRASE, writable=False) as reader:
        with pytest.raises(InvalidInput):
            reader.add(Case(title="Written by the reader"))
        with pytest.raises(InvalidInput):
            reader.update(case.id, title="Changed by the reader")
        with pytest.raises(InvalidInput):
            reader.change_passphrase(NEW_PASSPHRASE, **WEAK)
        assert [c.title for c in reader.cases()] == ["Written by the writer"]
    assert notebook.count() == 1


_HOLDER = """
import sys, time
from notebook import Notebook
from notebook.model import Case
nb = Notebook.open(sys.argv[1], sys.argv[2])
nb.add(Case(title="Committed by the child"))
print("open", flush=True)
time.sleep(120)
"""


@pytest.fixture
def child_holding(closed_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    child = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(closed_path), PASSPHRASE],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == b"open\n"
        yield child
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=30)


def test_a_writable_open_is_refused_while_a_child_process_holds_it(
    closed_path: Path, child_holding: subprocess.Popen[bytes]
) -> None:
    with pytest.raises(NotebookInUse):
        Notebook.open(closed_path, PASSPHRASE)
    with Notebook.open(closed_path, PASSPHRASE, writable=False) as reader:
        assert "Committed by the child" in [c.title for c in reader.cases()]


def test_the_lock_dies_with_a_killed_child_and_its_commit_survives(
    closed_path: Path, child_holding: subprocess.Popen[bytes]
) -> None:
    with pytest.raises(NotebookInUse):
        Notebook.open(closed_path, PASSPHRASE)
    child_holding.send_signal(signal.SIGKILL)
    assert child_holding.wait(timeout=30) == -signal.SIGKILL
    with Notebook.open(closed_path, PASSPHRASE) as reopened:
        assert "Committed by the child" in [c.title for c in reopened.cases()]
        assert reopened.verify().sound


# -- changing the passphrase ------------------------------------------------------------------


def test_after_a_change_the_old_passphrase_fails_and_the_new_one_works(
    notebook: Notebook,
) -> None:
    folder = notebook.vault.folder
    notebook.add(Case(title="Still here"))
    notebook.change_passphrase(NEW_PASSPHRASE, **WEAK)
    notebook.close()
    with pytest.raises(WrongPassphrase):
        Notebook.open(folder, PASSPHRASE)
    with Notebook.open(folder, NEW_PASSPHRASE) as reopened:
        assert [c.title for c in reopened.cases()] == ["Still here"]


def test_a_change_rewraps_the_key_and_leaves_the_database_untouched(
    notebook: Notebook,
) -> None:
    folder = notebook.vault.folder
    notebook.add(Case(title="Untouched"))
    database = [folder / DATABASE_FILE, folder / (DATABASE_FILE + "-wal")]
    before = [(p.read_bytes(), p.stat().st_mtime_ns) for p in database]
    header_before = (folder / HEADER_FILE).read_bytes()
    notebook.change_passphrase(NEW_PASSPHRASE, **WEAK)
    assert [(p.read_bytes(), p.stat().st_mtime_ns) for p in database] == before
    assert (folder / HEADER_FILE).read_bytes() != header_before
    assert notebook.count() == 1


def _kdf_calls_for_a_change(
    folder: Path, records: int, monkeypatch: pytest.MonkeyPatch
) -> tuple[int, int]:
    with create_test_notebook(folder) as opened:
        case = opened.add(Case(title="Sized"))
        with opened.transaction():
            for number in range(records):
                opened.add(
                    Incident(
                        case_id=case.id,
                        title=f"Incident {number}",
                        description=os.urandom(600).hex(),
                    )
                )
        size = (folder / DATABASE_FILE).stat().st_size + (
            folder / (DATABASE_FILE + "-wal")
        ).stat().st_size
        calls = []
        real = crypto.derive_kek

        def counting(*args: object, **kwargs: object) -> bytes:
            calls.append(args)
            return real(*args, **kwargs)  # type: ignore[arg-type]

        with monkeypatch.context() as patch:
            patch.setattr(crypto, "derive_kek", counting)
            opened.change_passphrase(NEW_PASSPHRASE, **WEAK)
    return len(calls), size


def test_the_cost_of_a_change_does_not_depend_on_the_notebook_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small_calls, small_size = _kdf_calls_for_a_change(tmp_path / "small", 0, monkeypatch)
    large_calls, large_size = _kdf_calls_for_a_change(tmp_path / "large", 150, monkeypatch)
    assert large_size > 5 * small_size
    assert small_calls == large_calls == 1


def test_a_change_that_fails_while_writing_keeps_the_old_passphrase(
    notebook: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = notebook.vault.folder

    def failing_replace(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", failing_replace)
        with pytest.raises(OSError):
            notebook.change_passphrase(NEW_PASSPHRASE, **WEAK)
    notebook.close()
    # The half-done header held a slot for the new passphrase: it must not linger.
    assert not (folder / (HEADER_FILE + ".tmp")).exists()
    assert _opens(folder, PASSPHRASE)
    assert not _opens(folder, NEW_PASSPHRASE)


def test_a_leftover_temporary_header_does_not_stop_opening(notebook: Notebook) -> None:
    folder = notebook.vault.folder
    notebook.close()
    (folder / (HEADER_FILE + ".tmp")).write_bytes(b'{"half a hea')
    with Notebook.open(folder, PASSPHRASE) as reopened:
        reopened.change_passphrase(NEW_PASSPHRASE, **WEAK)
    assert not (folder / (HEADER_FILE + ".tmp")).exists()
    assert _opens(folder, NEW_PASSPHRASE)


@pytest.mark.parametrize("short", ["", "1234567", "       x", "é" * 7, "\t\n  \u3000"])
def test_a_passphrase_shorter_than_8_characters_is_refused_and_nothing_changes(
    notebook: Notebook, short: str
) -> None:
    folder = notebook.vault.folder
    before = _snapshot(folder)
    with pytest.raises(InvalidInput) as caught:
        notebook.change_passphrase(short, **WEAK)
    assert caught.value.field == "passphrase"
    assert _snapshot(folder) == before
    notebook.close()
    assert _opens(folder, PASSPHRASE)


def test_a_change_to_a_weak_kdf_is_refused_unless_a_test_asks_for_it(
    notebook: Notebook,
) -> None:
    folder = notebook.vault.folder
    before = (folder / HEADER_FILE).read_bytes()
    with pytest.raises(InvalidInput) as caught:
        notebook.change_passphrase(NEW_PASSPHRASE, kdf=WEAK_KDF_FOR_TESTS)
    assert caught.value.field == "kdf"
    assert (folder / HEADER_FILE).read_bytes() == before


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_new_notebook_folder_is_closed_to_other_users(notebook: Notebook) -> None:
    assert stat.S_IMODE(notebook.vault.folder.stat().st_mode) == 0o700


def test_a_wrong_passphrase_on_a_folder_copied_without_its_lock_file_adds_no_file(
    notebook: Notebook,
) -> None:
    folder = notebook.vault.folder
    notebook.close()
    (folder / "notebook.lock").unlink()
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(WrongPassphrase):
        Notebook.open(folder, "not the passphrase at all")
    assert sorted(p.name for p in folder.iterdir()) == before


def test_a_passphrase_change_that_asks_for_the_current_one_refuses_a_wrong_one(notebook_path):
    from notebook import Notebook, WrongPassphrase
    from notebook.crypto import WEAK_KDF_FOR_TESTS

    options = {"kdf": WEAK_KDF_FOR_TESTS, "allow_weak_kdf_for_tests": True}
    with create_test_notebook(notebook_path) as notebook:
        assert notebook.vault.opens_with(PASSPHRASE)
        assert not notebook.vault.opens_with("not the passphrase")
        with pytest.raises(WrongPassphrase):
            notebook.change_passphrase("a brand new passphrase", current="wrong", **options)
        assert notebook.vault.opens_with(PASSPHRASE)
        notebook.change_passphrase("a brand new passphrase", current=PASSPHRASE, **options)
    Notebook.open(notebook_path, "a brand new passphrase").close()
    with pytest.raises(WrongPassphrase):
        Notebook.open(notebook_path, PASSPHRASE)
