"""db.py: the SQLCipher connection, its pragmas, transactions, migrations and damage."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from notebook import (
    DamagedNotebook,
    InvalidInput,
    Notebook,
    UnsupportedEngine,
    UnsupportedFormat,
    WrongPassphrase,
)
from notebook import db as db_module
from notebook.db import Database
from notebook.model import Case, Incident
from notebook.schema import MIGRATIONS
from notebook.vault import DATABASE_FILE
from tests.conftest import PASSPHRASE, create_test_notebook

REPO = Path(__file__).resolve().parents[2]

REQUIRED_PRAGMAS = {
    "cipher_memory_security": "1",
    "temp_store": "2",  # MEMORY
    "journal_mode": "wal",
    "synchronous": "2",  # FULL
    "secure_delete": "1",
    "foreign_keys": "1",
    "trusted_schema": "0",
}


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    opened = Database.open(tmp_path / "bare.db", os.urandom(32), create=True)
    opened.execute("CREATE TABLE t (x INTEGER NOT NULL)")
    try:
        yield opened
    finally:
        opened.close()


def _values(database: Database) -> list[int]:
    return [row[0] for row in database.query("SELECT x FROM t ORDER BY x")]


# -- pragmas and the engine -------------------------------------------------------------------


def _pragmas(database: Database) -> dict[str, str]:
    return {name: str(database.scalar(f"PRAGMA {name}")) for name in REQUIRED_PRAGMAS}


def test_every_required_pragma_is_in_force_on_a_writable_connection(notebook: Notebook) -> None:
    assert _pragmas(notebook.db) == REQUIRED_PRAGMAS
    assert str(notebook.db.scalar("PRAGMA query_only")) == "0"


def test_every_required_pragma_is_in_force_on_a_read_only_connection(notebook: Notebook) -> None:
    with Notebook.open(notebook.vault.folder, PASSPHRASE, writable=False) as reader:
        assert _pragmas(reader.db) == REQUIRED_PRAGMAS
        assert str(reader.db.scalar("PRAGMA query_only")) == "1"


def test_every_required_pragma_is_in_force_on_a_bare_database(database: Database) -> None:
    assert _pragmas(database) == REQUIRED_PRAGMAS


def test_the_bundled_engine_is_recent_and_uses_openssl(database: Database) -> None:
    version = str(database.scalar("PRAGMA cipher_version"))
    major, minor = (int(part) for part in version.split()[0].split(".")[:2])
    assert (major, minor) >= db_module.MINIMUM_SQLCIPHER == (4, 14)
    assert database.scalar("PRAGMA cipher_provider") == "openssl"


class _Answers:
    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        self._rows = rows

    def fetchone(self) -> tuple[Any, ...] | None:
        return self._rows[0] if self._rows else None


class _EngineThatSays:
    """A real connection, except for what it says about its version and crypto provider."""

    def __init__(self, connection: Any, version: str | None, provider: str | None) -> None:
        self._connection = connection
        self._answers = {
            "PRAGMA cipher_version": [] if version is None else [(version,)],
            "PRAGMA cipher_provider": [] if provider is None else [(provider,)],
        }
        self.closed = False

    def execute(self, sql: str, *args: Any) -> Any:
        if sql in self._answers:
            return _Answers(self._answers[sql])
        return self._connection.execute(sql, *args)

    def close(self) -> None:
        self.closed = True
        self._connection.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)


@pytest.mark.parametrize(
    ("version", "provider"),
    [
        ("4.13.0 community", "openssl"),
        ("4.9.1 community", "openssl"),
        ("3.4.2", "openssl"),
        ("", "openssl"),
        (None, "openssl"),
        ("4.19.0 community", "libtomcrypt"),
        ("4.19.0 community", "nss"),
        ("4.19.0 community", ""),
        ("4.19.0 community", None),
    ],
)
def test_an_old_engine_or_a_foreign_crypto_provider_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, version: str | None, provider: str | None
) -> None:
    real_connect = db_module.sqlcipher3.connect
    made: list[_EngineThatSays] = []

    def connect(*args: Any, **kwargs: Any) -> _EngineThatSays:
        made.append(_EngineThatSays(real_connect(*args, **kwargs), version, provider))
        return made[-1]

    monkeypatch.setattr(db_module.sqlcipher3, "connect", connect)
    with pytest.raises(UnsupportedEngine):
        Database.open(tmp_path / "x.db", os.urandom(32), create=True)
    assert [connection.closed for connection in made] == [True]


@pytest.mark.parametrize("version", ["4.14.0 community", "4.19.0 community", "5.0.0"])
def test_an_engine_from_4_14_with_openssl_is_accepted(tmp_path: Path, version: str) -> None:
    real_connect = db_module.sqlcipher3.connect
    connection = _EngineThatSays(real_connect(str(tmp_path / "x.db")), version, "openssl")
    try:
        db_module._check_engine(connection)  # type: ignore[arg-type]
    finally:
        connection.close()


# -- transactions -----------------------------------------------------------------------------


def test_atomic_commits_everything_when_nothing_goes_wrong(database: Database) -> None:
    with database.atomic():
        database.execute("INSERT INTO t VALUES (1)")
        assert database.in_transaction
        with database.atomic():
            database.execute("INSERT INTO t VALUES (2)")
    assert not database.in_transaction
    assert _values(database) == [1, 2]


def test_atomic_rolls_back_everything_on_an_exception(database: Database) -> None:
    database.execute("INSERT INTO t VALUES (0)")
    with pytest.raises(RuntimeError), database.atomic():
        database.execute("INSERT INTO t VALUES (1)")
        with database.atomic():
            database.execute("INSERT INTO t VALUES (2)")
        raise RuntimeError("late failure")
    assert not database.in_transaction
    assert _values(database) == [0]


def test_a_nested_atomic_rolls_back_only_its_savepoint(database: Database) -> None:
    with database.atomic():
        database.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(RuntimeError), database.atomic():
            database.execute("INSERT INTO t VALUES (2)")
            raise RuntimeError("inner failure")
        assert database.in_transaction
        database.execute("INSERT INTO t VALUES (3)")
    assert _values(database) == [1, 3]


def test_a_failed_statement_inside_atomic_rolls_back_and_the_next_one_works(
    database: Database,
) -> None:
    with pytest.raises(db_module.IntegrityError), database.atomic():
        database.execute("INSERT INTO t VALUES (1)")
        database.execute("INSERT INTO t VALUES (NULL)")
    with database.atomic():
        database.execute("INSERT INTO t VALUES (2)")
    assert _values(database) == [2]


def test_a_commit_that_fails_rolls_back_and_leaves_no_transaction_open(
    database: Database,
) -> None:
    # A deferred foreign key is checked at COMMIT: the only failure of COMMIT that a test can
    # cause on purpose, standing in for a full disk.
    database.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    database.execute("CREATE TABLE child (parent INTEGER REFERENCES parent(id))")
    with pytest.raises(db_module.IntegrityError), database.atomic():
        database.execute("PRAGMA defer_foreign_keys = ON")
        database.execute("INSERT INTO child VALUES (99)")
        database.execute("INSERT INTO t VALUES (1)")
    assert not database.in_transaction
    with database.atomic():
        database.execute("INSERT INTO t VALUES (2)")
    assert _values(database) == [2]
    assert database.query("SELECT * FROM child") == []


# -- migrations -------------------------------------------------------------------------------


def test_migrations_bring_an_empty_database_to_the_newest_version(tmp_path: Path) -> None:
    database = Database.open(tmp_path / "new.db", os.urandom(32), create=True)
    try:
        assert database.user_version == 0
        database.migrate(MIGRATIONS)
        assert database.user_version == len(MIGRATIONS)
        tables = {row[0] for row in database.query("SELECT name FROM sqlite_schema")}
        assert {"records", "links", "tags", "audit", "search_index"} <= tables
    finally:
        database.close()


def test_migrations_run_each_step_once_and_are_idempotent_on_reopen(tmp_path: Path) -> None:
    path, key, ran = tmp_path / "steps.db", os.urandom(32), []
    steps = (
        lambda d: (ran.append(1), d.execute("CREATE TABLE one (x)")),
        lambda d: (ran.append(2), d.execute("CREATE TABLE two (x)")),
    )
    first = Database.open(path, key, create=True)
    first.migrate(steps[:1])
    first.migrate(steps[:1])
    first.close()
    second = Database.open(path, key)
    second.migrate(steps)
    second.migrate(steps)
    assert second.user_version == 2
    second.close()
    assert ran == [1, 2]


def test_a_notebook_reopened_keeps_its_version_and_its_records(notebook: Notebook) -> None:
    folder = notebook.vault.folder
    notebook.add(Case(title="Kept"))
    notebook.close()
    for _ in range(2):
        with Notebook.open(folder, PASSPHRASE) as reopened:
            assert reopened.db.user_version == len(MIGRATIONS)
            assert [c.title for c in reopened.cases()] == ["Kept"]


def test_a_failing_migration_step_changes_nothing(tmp_path: Path) -> None:
    def broken(d: Database) -> None:
        d.execute("CREATE TABLE half (x)")
        raise RuntimeError("step failed")

    database = Database.open(tmp_path / "steps.db", os.urandom(32), create=True)
    try:
        with pytest.raises(RuntimeError):
            database.migrate((lambda d: d.execute("CREATE TABLE one (x)"), broken))
        assert database.user_version == 1
        assert database.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'half'") == 0
    finally:
        database.close()


def test_a_database_newer_than_the_program_is_refused(notebook: Notebook) -> None:
    folder, key = notebook.vault.folder, notebook.vault.database_key
    newer = len(MIGRATIONS) + 1
    notebook.db.execute(f"PRAGMA user_version = {newer}")
    with pytest.raises(UnsupportedFormat):
        notebook.db.migrate(MIGRATIONS)
    notebook.close()
    # Twice: were the lock kept by the first refusal, the second would be NotebookInUse.
    for writable in (True, True, False):
        with pytest.raises(UnsupportedFormat):
            Notebook.open(folder, PASSPHRASE, writable=writable)
    # Refusing changed nothing.
    reader = Database.open(folder / DATABASE_FILE, key, read_only=True)
    assert reader.user_version == newer
    reader.close()


# -- damage -----------------------------------------------------------------------------------


@pytest.fixture
def paged_notebook(notebook_path: Path) -> tuple[Path, dict[str, int], int]:
    """A closed notebook of many pages; returns its folder, table root pages and page size."""
    with create_test_notebook(notebook_path) as opened:
        case = opened.add(Case(title="Many pages"))
        with opened.transaction():
            for number in range(40):
                opened.add(
                    Incident(
                        case_id=case.id,
                        title=f"Incident {number}",
                        description=os.urandom(300).hex(),
                    )
                )
        roots = {
            row["name"]: row["rootpage"]
            for row in opened.db.query("SELECT name, rootpage FROM sqlite_schema")
        }
        page_size = int(opened.db.scalar("PRAGMA page_size"))
    database = notebook_path / DATABASE_FILE
    assert database.stat().st_size > 20 * page_size
    assert not (notebook_path / (DATABASE_FILE + "-wal")).exists()
    return notebook_path, roots, page_size


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x04
    path.write_bytes(bytes(data))


def _stage_of_damage(folder: Path) -> str:
    """Where damage is first noticed: at open, reading every record, or only by verify()."""
    try:
        opened = Notebook.open(folder, PASSPHRASE)
    except DamagedNotebook:
        return "open"
    try:
        try:
            opened.records()
        except DamagedNotebook:
            return "records"
        if not opened.verify().sound:
            return "verify"
        return "unnoticed"
    finally:
        opened.close()


def test_a_flipped_byte_in_page_one_is_damage_at_open(paged_notebook: Any) -> None:
    folder, _roots, _page_size = paged_notebook
    _flip(folder / DATABASE_FILE, 100)  # past the 16-byte salt
    assert _stage_of_damage(folder) == "open"


def test_a_flipped_byte_in_the_database_salt_is_damage_at_open(paged_notebook: Any) -> None:
    folder, _roots, _page_size = paged_notebook
    _flip(folder / DATABASE_FILE, 5)
    assert _stage_of_damage(folder) == "open"


def test_a_flipped_byte_in_the_records_table_is_damage_when_records_are_read(
    paged_notebook: Any,
) -> None:
    folder, roots, page_size = paged_notebook
    assert roots["records"] > 1
    _flip(folder / DATABASE_FILE, (roots["records"] - 1) * page_size + page_size // 2)
    assert _stage_of_damage(folder) == "records"


def test_a_flipped_byte_in_the_audit_log_is_damage_found_by_verify(paged_notebook: Any) -> None:
    # Opening and listing records never touch the audit table: only verify() reads it.
    folder, roots, page_size = paged_notebook
    _flip(folder / DATABASE_FILE, (roots["audit"] - 1) * page_size + page_size // 2)
    assert _stage_of_damage(folder) == "verify"
    with Notebook.open(folder, PASSPHRASE) as opened:
        report = opened.verify()
        assert not report.sound
        assert any(str(roots["audit"]) in problem for problem in report.database_problems)
        with pytest.raises(DamagedNotebook):
            opened.audit.verify()


def test_a_flipped_byte_in_the_last_page_is_found_by_verify_at_the_latest(
    paged_notebook: Any,
) -> None:
    folder, _roots, page_size = paged_notebook
    database = folder / DATABASE_FILE
    _flip(database, database.stat().st_size - page_size // 2)
    assert _stage_of_damage(folder) in ("open", "records", "verify")


def test_a_damaged_database_with_a_wrong_passphrase_is_still_a_wrong_passphrase(
    paged_notebook: Any,
) -> None:
    folder, _roots, _page_size = paged_notebook
    _flip(folder / DATABASE_FILE, 100)
    with pytest.raises(WrongPassphrase):
        Notebook.open(folder, "not the passphrase")
    with pytest.raises(DamagedNotebook):
        Notebook.open(folder, PASSPHRASE)


@pytest.mark.parametrize("keep_pages", [0, 1, 3])
def test_a_truncated_database_is_damage(paged_notebook: Any, keep_pages: int) -> None:
    # An empty file is the dangerous case: SQLite takes it for a new database, and the
    # migrations would quietly make an empty notebook of it.
    folder, _roots, page_size = paged_notebook
    database = folder / DATABASE_FILE
    database.write_bytes(database.read_bytes()[: keep_pages * page_size])
    stage = _stage_of_damage(folder)
    assert stage == "open" if keep_pages == 0 else stage in ("open", "records", "verify")
    assert database.stat().st_size == keep_pages * page_size


def test_an_empty_database_is_damage_for_a_reader_too(paged_notebook: Any) -> None:
    folder, _roots, _page_size = paged_notebook
    (folder / DATABASE_FILE).write_bytes(b"")
    with pytest.raises(DamagedNotebook):
        Notebook.open(folder, PASSPHRASE, writable=False)


def test_a_failed_open_of_a_damaged_database_releases_the_lock(paged_notebook: Any) -> None:
    folder, _roots, _page_size = paged_notebook
    database = folder / DATABASE_FILE
    original = database.read_bytes()
    _flip(database, 100)
    with pytest.raises(DamagedNotebook):
        Notebook.open(folder, PASSPHRASE)
    database.write_bytes(original)
    Notebook.open(folder, PASSPHRASE).close()


def test_opening_a_damaged_database_prints_nothing(paged_notebook: Any) -> None:
    # SQLCipher logs failed page checks to stderr unless told not to, before the key.
    folder, _roots, _page_size = paged_notebook
    _flip(folder / DATABASE_FILE, 100)
    code = (
        "import sys\n"
        "from notebook import Notebook, DamagedNotebook\n"
        "try:\n"
        "    Notebook.open(sys.argv[1], sys.argv[2])\n"
        "except DamagedNotebook:\n"
        "    sys.exit(3)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(folder), PASSPHRASE],
        cwd=REPO,
        capture_output=True,
        timeout=60,
    )
    assert (done.returncode, done.stdout, done.stderr) == (3, b"", b"")


def test_a_database_opened_with_another_key_is_damage(notebook: Notebook) -> None:
    path = notebook.vault.database_path
    notebook.close()
    with pytest.raises(DamagedNotebook):
        Database.open(path, os.urandom(32))


def test_a_write_to_a_read_only_database_is_invalid_input(notebook: Notebook) -> None:
    reader = Database.open(
        notebook.vault.database_path, notebook.vault.database_key, read_only=True
    )
    try:
        with pytest.raises(InvalidInput):
            reader.execute("INSERT INTO tags(record_id, tag) VALUES ('x', 'y')")
        with pytest.raises(InvalidInput), reader.atomic():
            reader.execute("DELETE FROM audit")
        assert not reader.in_transaction
    finally:
        reader.close()
