"""The only module that imports sqlcipher3: connections, pragmas, transactions, migrations."""

from __future__ import annotations

import contextlib
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3

from . import writes
from .errors import (
    DamagedNotebook,
    InvalidInput,
    NotebookInUse,
    TransactionAborted,
    UnsupportedEngine,
    UnsupportedFormat,
    WriteFailed,
)

MINIMUM_SQLCIPHER = (4, 14)

# Every connection, in this order. The log level comes first so that a wrong key prints
# nothing to stderr; the key comes before anything that reads the file.
_QUIET = "PRAGMA cipher_log_level = NONE"
PRAGMAS_AFTER_KEY = (
    "PRAGMA cipher_memory_security = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA trusted_schema = OFF",
)

IntegrityError = sqlcipher3.IntegrityError
Row = sqlcipher3.Row

Migration = Callable[["Database"], None]


def _is_damage(error: sqlcipher3.DatabaseError) -> bool:
    text = str(error).lower()
    return any(
        marker in text
        for marker in ("not a database", "malformed", "hmac", "corrupt", "disk i/o error")
    )


def _is_busy(error: sqlcipher3.DatabaseError) -> bool:
    return "locked" in str(error).lower() or "busy" in str(error).lower()


def _is_full(error: sqlcipher3.DatabaseError) -> bool:
    return "database or disk is full" in str(error).lower()


def _is_io_error(error: sqlcipher3.DatabaseError) -> bool:
    return "disk i/o error" in str(error).lower()


@contextlib.contextmanager
def translated_errors(*, writing: str | None = None) -> Iterator[None]:
    """Turn the engine's words for damage, contention and a full disk into our typed errors.

    `writing` names what is being written, if anything: an I/O error while writing is the
    disk failing (WriteFailed), while reading it is taken for damage.
    """
    try:
        yield
    except UnicodeEncodeError:
        # A lone surrogate: what Python makes of bytes that are not UTF-8 (in a command-line
        # argument, say). SQLite cannot bind it, and no record or id holds one.
        raise InvalidInput("the text is not valid Unicode") from None
    except sqlcipher3.IntegrityError:
        raise
    except sqlcipher3.DatabaseError as error:
        if _is_full(error):
            raise WriteFailed(writing or writes.DATABASE, writes.NO_SPACE) from None
        if writing is not None and _is_io_error(error):
            raise WriteFailed(writing, writes.DISK_ERROR) from None
        if _is_damage(error):
            raise DamagedNotebook("database") from None
        if _is_busy(error):
            raise NotebookInUse() from None
        if "readonly" in str(error).lower():
            raise InvalidInput("the notebook is open read-only") from None
        raise


class Database:
    """One SQLCipher connection, used from one thread, with nestable transactions."""

    def __init__(self, connection: sqlcipher3.Connection) -> None:
        self._connection = connection
        self._savepoints = itertools.count()
        self._depth = 0
        self._failed_inside = False  # a joined block failed since this level began

    @classmethod
    def open(
        cls, path: Path, key: bytes, *, create: bool = False, read_only: bool = False
    ) -> Database:
        """Open (or create) the encrypted database with a raw 256-bit key."""
        if not create and not path.is_file():
            raise DamagedNotebook("database missing")
        if not create and path.stat().st_size == 0:
            # SQLite takes an empty file for a new database: the migrations would then turn a
            # truncated notebook into an empty one without a word.
            raise DamagedNotebook("database empty")
        connection = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
        try:
            with translated_errors():
                connection.execute(_QUIET)
                connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
                _check_engine(connection)
                for pragma in PRAGMAS_AFTER_KEY:
                    connection.execute(pragma)
                if read_only:
                    connection.execute("PRAGMA query_only = ON")
                # The first real read: a wrong key or a damaged first page fails here.
                connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except BaseException:
            connection.close()
            raise
        connection.row_factory = sqlcipher3.Row
        return cls(connection)

    # -- statements -------------------------------------------------------------------------

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] = ()) -> Any:
        with translated_errors(writing=self._writing()):
            return self._connection.execute(sql, parameters)

    def executemany(self, sql: str, rows: Any) -> Any:
        with translated_errors(writing=self._writing()):
            return self._connection.executemany(sql, rows)

    def _writing(self) -> str | None:
        """Inside a transaction (its COMMIT included) statements write the database."""
        return writes.DATABASE if self._connection.in_transaction else None

    def tuples(
        self,
        sql: str,
        parameters: Sequence[Any] | dict[str, Any] = (),
        *,
        make: Callable[[tuple], Any] | None = None,
    ) -> list[Any]:
        """Plain tuples, for reads of many rows where named access would cost time.

        `make` turns each row into what the caller keeps, as it is read: a long read then
        never holds every row twice (a timeline of 100,000 entries took a third longer so).
        """
        with translated_errors():
            cursor = self._connection.cursor()
            cursor.row_factory = None
            rows = cursor.execute(sql, parameters)
            return rows.fetchall() if make is None else list(map(make, rows))

    def query(self, sql: str, parameters: Sequence[Any] | dict[str, Any] = ()) -> list[Row]:
        with translated_errors():
            return self._connection.execute(sql, parameters).fetchall()

    def query_one(self, sql: str, parameters: Sequence[Any] | dict[str, Any] = ()) -> Row | None:
        with translated_errors():
            return self._connection.execute(sql, parameters).fetchone()

    def scalar(self, sql: str, parameters: Sequence[Any] | dict[str, Any] = ()) -> Any:
        row = self.query_one(sql, parameters)
        return None if row is None else row[0]

    # -- transactions -----------------------------------------------------------------------

    @contextlib.contextmanager
    def atomic(self, *, join: bool = False) -> Iterator[None]:
        """All or nothing. Nested calls become savepoints; any exception rolls back its level.

        `join=True` nests without a savepoint: under SQLCipher's memory security a savepoint
        costs more than the record it protects. A joined block that fails cannot be undone
        alone, so the enclosing level is then refused as a whole (TransactionAborted), even
        if the caller caught the error and carried on.
        """
        if join and self._depth > 0:
            self._depth += 1
            try:
                yield
            except BaseException:
                self._failed_inside = True
                raise
            finally:
                self._depth -= 1
            return
        if self._depth == 0:
            self.execute("BEGIN IMMEDIATE")
            begin, commit, rollback = None, "COMMIT", "ROLLBACK"
        else:
            name = f"sp{next(self._savepoints)}"
            self.execute(f"SAVEPOINT {name}")
            begin = name
            commit, rollback = f"RELEASE {name}", f"ROLLBACK TO {name}"
        failed_before, self._failed_inside = self._failed_inside, False
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            self._roll_back(rollback, begin)
            self._failed_inside = failed_before
            raise
        self._depth -= 1
        if self._failed_inside:
            self._roll_back(rollback, begin)
            self._failed_inside = failed_before
            raise TransactionAborted()
        self._failed_inside = failed_before
        try:
            self.execute(commit)
        except BaseException:
            # A COMMIT that fails (a deferred constraint, a full disk) leaves the transaction open.
            self._roll_back(rollback, begin)
            raise

    def _roll_back(self, rollback: str, savepoint: str | None) -> None:
        with contextlib.suppress(sqlcipher3.Error):
            self._connection.execute(rollback)
            if savepoint is not None:
                self._connection.execute(f"RELEASE {savepoint}")

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    # -- checks and life cycle --------------------------------------------------------------

    @property
    def user_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def migrate(self, steps: Sequence[Migration]) -> None:
        """Bring the schema to the newest version, one step per transaction."""
        current = self.user_version
        if current > len(steps):
            raise UnsupportedFormat("newer database schema")
        for number, step in enumerate(steps[current:], start=current + 1):
            with self.atomic():
                step(self)
                self.execute(f"PRAGMA user_version = {int(number)}")

    def integrity_problems(self) -> list[str]:
        """Every page's HMAC, then SQLite's own structural check; empty means sound."""
        with translated_errors():
            cipher = [str(r[0]) for r in self._connection.execute("PRAGMA cipher_integrity_check")]
            if cipher:
                return cipher
            rows = [str(r[0]) for r in self._connection.execute("PRAGMA integrity_check")]
        return [] if rows == ["ok"] else rows

    def copy_to(self, path: Path, key: bytes) -> None:
        """The whole database as of one moment, in a new file at `path` encrypted under `key`.

        SQLite's online backup in a single step: it reads under one snapshot, so writers on
        other connections carry on (WAL) and the copy holds whole transactions only. Pages are
        copied as they are, so the copy is the same database, not a rewritten one.
        """
        if path.exists():
            raise InvalidInput("the copy's file already exists", field="path")
        target = sqlcipher3.connect(str(path), isolation_level=None)
        try:
            with translated_errors(writing=writes.DATABASE_COPY):
                target.execute(_QUIET)
                target.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
                target.execute("PRAGMA cipher_memory_security = ON")
                self._connection.backup(target)
        finally:
            target.close()

    def close(self, *, checkpoint: bool = True) -> None:
        """Fold the write-ahead log into the database, then close.

        `checkpoint=False` for a reader beside a busy writer: the fold would wait for it.
        """
        with contextlib.suppress(sqlcipher3.Error):
            if checkpoint and not self._connection.in_transaction:
                self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._connection.close()


def _check_engine(connection: sqlcipher3.Connection) -> None:
    # Plain SQLite answers no row at all: then PRAGMA key did nothing and nothing is encrypted.
    version_row = connection.execute("PRAGMA cipher_version").fetchone()
    version_text = version_row[0] if version_row else ""
    provider = connection.execute("PRAGMA cipher_provider").fetchone()
    match = re.match(r"(\d+)\.(\d+)", version_text or "")
    version = (int(match.group(1)), int(match.group(2))) if match else (0, 0)
    if version < MINIMUM_SQLCIPHER:
        raise UnsupportedEngine(f"SQLCipher {version_text} is older than 4.14")
    if not provider or provider[0] != "openssl":
        raise UnsupportedEngine("SQLCipher is not built with OpenSSL")
