"""A full or failing disk, at any write of an import, an export, a backup or a case package:
the program's own error naming what could not be written and why, the notebook as it was,
no partial file anywhere, and the same operation succeeding once there is room again; on
the command line, one clear line and a non-zero exit, never a traceback.

How the failures are made (tests/faults.py):

- Python's file writes: the operation is first run on a copy of the notebook to record its
  raw writes (after buffering: what the kernel would see); then, on the notebook itself, the
  disk fills at the first byte of each of those writes and halfway through each (a short
  write, then ENOSPC), so every write is hit at its start and partway. EIO is checked the
  same way at the first, a middle and the last write; then each fsync fails in turn with
  EIO, and each new file, folder or rename in turn with ENOSPC.
- SQLite's writes (in C): `PRAGMA max_page_count` lets the database grow by 0, 1, 2 …
  pages, so each page the transaction needs fails in turn with SQLITE_FULL; and, in a forked
  child, RLIMIT_FSIZE cuts every file (the blob, the write-ahead log, the backup's copy of
  the database) at the first byte of each frame of the log and halfway through its page, or
  every 8 KiB of the copy, so SQLite's own writes fail as on a failing disk (SQLITE_IOERR).
- A real disk, where the machine allows a private tmpfs: an import with 0, 4, 8 … KiB left,
  so the kernel refuses each page of the blob, then of the write-ahead log (SQLITE_FULL).

With CASENOTEBOOK_STRESS set (`make stress`) the sweeps are denser (eight places through
each write, one byte in and one short; EIO at every write; a finer cut of SQLite's files),
the files larger, and the bundle's documents built afresh at every point instead of once.
"""

from __future__ import annotations

import dataclasses
import errno
import functools
import hashlib
import itertools
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from notebook import Notebook, NotebookError, crypto, writes
from notebook import backup as backup_module
from notebook.cli import EXIT_FILE_ERROR
from notebook.errors import WriteFailed
from notebook.export import bundle as bundle_module
from notebook.export import chronology, files, profiles
from notebook.export.facts import gather
from notebook.identity import Identity
from notebook.model import Case, Evidence, Incident, Participant, Person
from tests import faults
from tests.conftest import PASSPHRASE, create_test_notebook
from tests.core.test_cli import call
from tests.faults import (
    FailingDisk,
    database_limit,
    failure_points,
    file_size_limit,
    in_child,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the injectors need POSIX")

STRESS = bool(os.environ.get("CASENOTEBOOK_STRESS"))
CHUNK = crypto.CHUNK_BYTES
# Files of a few chunks, the last one partial: every kind of chunk is written.
IMPORTED_BYTES = (4 if STRESS else 2) * CHUNK + 1234
EXHIBIT_BYTES = (2 if STRESS else 1) * CHUNK + 5000
# Long enough that the rows an operation adds need new database pages (overflow pages):
# each of them is a point where the database can be full.
LONG_TEXT = "A long account of what happened, told again and again. " * 200
LONG_ACTOR = "Defender with a very long signature " * 300
DAY = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
PASSPHRASE_VARIABLE = "CASENOTEBOOK_PASSPHRASE"
SQLITE_OWN = {"notebook.db", "notebook.db-wal", "notebook.db-shm"}
WAL_HEADER = 32
WAL_FRAME_HEADER = 24
WAL_FRAME = WAL_FRAME_HEADER + 4096  # a frame header, then one page


# -- a notebook with a small case ---------------------------------------------------------------


@dataclass(frozen=True)
class Setting:
    """A notebook holding one case with a protected witness and two exhibits, a file to
    import, a folder to write outputs to, and a notebook to send the case to."""

    notebook: Notebook
    folder: Path
    case_id: str
    witness_id: str
    exhibit_id: str
    source: Path
    out: Path
    recipient: Identity


def make_setting(tmp_path: Path) -> Setting:
    folder = tmp_path / "case.casenotebook"
    notebook = create_test_notebook(folder)
    case = notebook.add(Case(title="Case of Aida", reference="AB/2020 1", exhibit_prefix="AB"))
    witness = notebook.add(
        Person(case_id=case.id, name="Aida Bekova", protected=True, pseudonym="Witness A")
    )
    notebook.add(
        Incident(
            case_id=case.id,
            title="Search of the home of Aida Bekova",
            date="2020-02",
            type="raid-or-search",
            people=(Participant(person_id=witness.id, role="victim"),),
        )
    )
    sources = tmp_path / "sources"
    sources.mkdir()
    exhibit_id = ""
    for name, size in (("video.mp4", EXHIBIT_BYTES), ("letter.txt", 700)):
        path = sources / name
        path.write_bytes(os.urandom(size))
        stored = notebook.import_evidence(
            path, Evidence(case_id=case.id, title=f"Exhibit {name}"), actor="test"
        )
        exhibit_id = exhibit_id or stored.id
    source = sources / "to-import.bin"
    source.write_bytes(os.urandom(IMPORTED_BYTES))
    other = create_test_notebook(tmp_path / "lawyer.casenotebook")
    recipient = other.identity()
    other.close()
    out = tmp_path / "out"
    out.mkdir()
    return Setting(notebook, folder, case.id, witness.id, exhibit_id, source, out, recipient)


_OPENED: list[Notebook] = []


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Setting:
    """The setting built once for this module, its notebook closed: copying it is far
    cheaper than building it, as every write syncs."""
    made = make_setting(tmp_path_factory.mktemp("seed"))
    made.notebook.close()
    return made


@pytest.fixture
def setting(seed: Setting, tmp_path: Path) -> Iterator[Setting]:
    folder = tmp_path / seed.folder.name
    shutil.copytree(seed.folder, folder)
    sources = tmp_path / seed.source.parent.name
    shutil.copytree(seed.source.parent, sources)
    out = tmp_path / seed.out.name
    out.mkdir()
    notebook = Notebook.open(folder, PASSPHRASE)
    _OPENED.append(notebook)
    made = dataclasses.replace(
        seed, notebook=notebook, folder=folder, source=sources / seed.source.name, out=out
    )
    try:
        yield made
    finally:
        while _OPENED:
            notebook = _OPENED.pop()
            if not notebook.vault.is_closed:
                notebook.close()


def reopened(setting: Setting) -> Setting:
    notebook = Notebook.open(setting.folder, PASSPHRASE)
    _OPENED.append(notebook)
    return dataclasses.replace(setting, notebook=notebook)


# -- the operations ---------------------------------------------------------------------------


def import_file(setting: Setting, _out: Path, *, actor: str = "test") -> Any:
    record = Evidence(case_id=setting.case_id, title="Imported", description=LONG_TEXT)
    return setting.notebook.import_evidence(setting.source, record, actor=actor)


def export_exhibit(setting: Setting, out: Path, *, actor: str = "test") -> Any:
    return setting.notebook.export_evidence(setting.exhibit_id, out, actor=actor)


def export_statement(setting: Setting, out: Path, *, actor: str = "test") -> Any:
    options = profiles.ExportOptions(witness_id=setting.witness_id)
    data = profiles.export_document(setting.notebook, setting.case_id, "witness", options)
    files.write_export(out, data)


def export_chronology(setting: Setting, out: Path, *, actor: str = "test") -> Any:
    files.write_export(out, chronology.csv_bytes(gather(setting.notebook, setting.case_id)))


def export_bundle(setting: Setting, out: Path, *, actor: str = "test") -> Any:
    options = bundle_module.BundleOptions(statements=("witness",), actor=actor)
    options = dataclasses.replace(
        options, documents=profiles.ExportOptions(witness_id=setting.witness_id)
    )
    return bundle_module.build_bundle(
        setting.notebook, setting.case_id, out, options, today=lambda: DAY
    )


def take_backup(setting: Setting, out: Path, *, actor: str = "test") -> Any:
    return setting.notebook.backup(out)


def send_case(setting: Setting, out: Path, *, actor: str = "test") -> Any:
    return setting.notebook.send_case(setting.case_id, setting.recipient, out, actor=actor)


def taken_backup(setting: Setting) -> Path:
    return setting.source.parent / "taken.backup"


def take_a_backup_to_restore(setting: Setting) -> None:
    setting.notebook.backup(taken_backup(setting))


def restore_backup(setting: Setting, out: Path, *, actor: str = "test") -> Any:
    return backup_module.restore(taken_backup(setting), PASSPHRASE, out)


@dataclass(frozen=True)
class Operation:
    run: Callable[..., Any]
    output: str | None  # the file it writes in Setting.out; None: it writes into the notebook
    what: str  # what WriteFailed names when its file cannot be written
    logs: bool  # it also writes to the notebook's database (custody, exchanges)
    prepare: Callable[[Setting], None] | None = None  # what it needs first (a backup)


OPERATIONS = {
    "import": Operation(import_file, None, writes.EVIDENCE_COPY, logs=True),
    "evidence-export": Operation(export_exhibit, "exhibit.mp4", writes.OUTPUT_FILE, logs=True),
    "statement": Operation(export_statement, "statement.docx", writes.OUTPUT_FILE, logs=False),
    "chronology": Operation(export_chronology, "chronology.csv", writes.OUTPUT_FILE, logs=False),
    "bundle": Operation(export_bundle, "bundle.zip", writes.BUNDLE_FILE, logs=True),
    "backup": Operation(take_backup, "notebook.backup", writes.BACKUP_FILE, logs=False),
    "package": Operation(send_case, "case.package", writes.PACKAGE_FILE, logs=True),
    "restore": Operation(
        restore_backup,
        "restored.casenotebook",
        writes.RESTORED_NOTEBOOK,
        logs=False,
        prepare=take_a_backup_to_restore,
    ),
}


def ready(setting: Setting, name: str) -> Operation:
    """The operation, once what it needs exists."""
    operation = OPERATIONS[name]
    if operation.prepare is not None:
        operation.prepare(setting)
    return operation


# -- what must not change ---------------------------------------------------------------------


def state_of(notebook: Notebook) -> dict[str, Any]:
    """Every row of every table, and every file and folder in the notebook's folder (the
    database's own files aside: their content is the rows)."""
    tables = notebook.db.tuples("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    rows = {
        name: sorted(repr(row) for row in notebook.db.tuples(f'SELECT * FROM "{name}"'))
        for (name,) in tables
    }
    folder = notebook.vault.folder
    found = {
        path.relative_to(folder).as_posix(): (
            hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "folder"
        )
        for path in sorted(folder.rglob("*"))
        if path.name not in SQLITE_OWN
    }
    return {"rows": rows, "files": found, "audit head": notebook.audit.head()}


def listing(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


@dataclass
class Before:
    """The notebook and the output folder before a failure, to compare with after it."""

    state: dict[str, Any]
    outputs: list[str]

    @classmethod
    def take(cls, setting: Setting) -> Before:
        return cls(state_of(setting.notebook), listing(setting.out))


def check_nothing_changed(
    setting: Setting, before: Before, error: BaseException, *, what: str, why: str, where: str
) -> None:
    """The error is ours and says what and why; the notebook, in this process and opened
    afresh, and the output folder are as they were."""
    assert isinstance(error, WriteFailed), f"{where}: {type(error).__name__}: {error}"
    assert (error.what, error.why) == (what, why), where
    assert str(error) == f"{what} could not be written: {why}", where
    assert state_of(setting.notebook) == before.state, where
    assert listing(setting.out) == before.outputs, where
    with Notebook.open(setting.folder, PASSPHRASE, writable=False) as fresh:
        assert state_of(fresh) == before.state, where
        assert fresh.verify(quick=True).sound, where


def check_it_succeeds(setting: Setting, operation: Operation) -> None:
    """With nothing failing, the operation runs where it failed: nothing was left in its way."""
    count = setting.notebook.count()
    operation.run(setting, setting.out / (operation.output or "unused"))
    if operation.output is None:
        assert setting.notebook.count() == count + 1
    else:
        assert listing(setting.out) == [operation.output]
        made = setting.out / operation.output
        assert made.stat().st_size > 0
        if made.is_dir():  # a restored notebook
            with Notebook.open(made, PASSPHRASE) as restored:
                assert restored.verify().sound
    assert setting.notebook.verify().sound
    setting.notebook.close()
    with Notebook.open(setting.folder, PASSPHRASE) as reopened:
        assert reopened.verify(quick=True).sound


def fail(run: Callable[[], Any], where: str) -> BaseException:
    try:
        run()
    except NotebookError as error:
        return error
    raise AssertionError(f"{where}: the operation did not fail")


def undo_output(setting: Setting, operation: Operation) -> None:
    """Remove what a run that did not fail wrote, so the next run starts as the others did."""
    if operation.output is not None:
        made = setting.out / operation.output
        if made.is_dir():
            shutil.rmtree(made)
        else:
            made.unlink()


# -- recording what an operation writes -----------------------------------------------------------


def record(setting: Setting, operation: Operation, tmp_path: Path) -> FailingDisk:
    """The operation's writes, from a run on a copy of the notebook (the same files, so the
    same volume), which leaves the notebook itself untouched."""
    setting.notebook.close()
    twin_folder = tmp_path / "twin.casenotebook"
    shutil.copytree(setting.folder, twin_folder)
    twin_out = tmp_path / "twin-out"
    twin_out.mkdir()
    twin = Notebook.open(twin_folder, PASSPHRASE)
    try:
        with FailingDisk(tmp_path) as recording:
            operation.run(
                dataclasses.replace(setting, notebook=twin, folder=twin_folder, out=twin_out),
                twin_out / (operation.output or "unused"),
            )
    finally:
        twin.close()
    assert recording.calls, "the operation wrote nothing that could be counted"
    return recording


@pytest.fixture
def documents_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Outside a stress run, a bundle's documents are built once and handed back again: they
    are made in memory before anything is written, and take most of a bundle's time."""
    if STRESS:
        return
    made: dict[str, bytes] = {}

    def once(name: str, original: Callable[..., bytes]) -> Callable[..., bytes]:
        def build(*args: Any, **kwargs: Any) -> bytes:
            key = f"{name} {args[1] if name == 'document_bytes' else ''}"
            if key not in made:
                made[key] = original(*args, **kwargs)
            return made[key]

        return build

    for name in ("document_bytes", "_index"):
        monkeypatch.setattr(bundle_module, name, once(name, getattr(bundle_module, name)))


# -- Python's own writes ----------------------------------------------------------------------


@pytest.mark.parametrize("name", OPERATIONS)
def test_a_disk_that_fills_at_any_write_leaves_the_notebook_and_the_destination_as_they_were(
    setting: Setting, tmp_path: Path, name: str, documents_once: None
) -> None:
    operation = ready(setting, name)
    recording = record(setting, operation, tmp_path)
    setting = reopened(setting)
    points = failure_points(recording.calls, dense=STRESS)
    # EIO takes the same path as ENOSPC, only worded otherwise: outside a stress run it is
    # checked at the first, a middle and the last write.
    starts = sorted({offset for offset, size in recording.calls if size})
    if not STRESS:
        starts = sorted({starts[0], starts[len(starts) // 2], starts[-1]})
    destination = setting.out / (operation.output or "unused")
    before = Before.take(setting)
    sweeps = [(errno.ENOSPC, writes.NO_SPACE, points), (errno.EIO, writes.DISK_ERROR, starts)]
    for code, why, budgets in sweeps:
        for budget in budgets:
            where = f"{name}: {errno.errorcode[code]} after {budget} bytes"
            with FailingDisk(tmp_path, budget=budget, error=code) as disk:
                error = fail(lambda: operation.run(setting, destination), where)
            assert disk.fired, where
            check_nothing_changed(setting, before, error, what=operation.what, why=why, where=where)
    check_it_succeeds(setting, operation)


@pytest.mark.parametrize("name", OPERATIONS)
def test_an_fsync_that_fails_leaves_the_notebook_and_the_destination_as_they_were(
    setting: Setting, tmp_path: Path, name: str, documents_once: None
) -> None:
    operation = ready(setting, name)
    recording = record(setting, operation, tmp_path)
    setting = reopened(setting)
    destination = setting.out / (operation.output or "unused")
    before = Before.take(setting)
    assert recording.syncs >= 2  # the file, then its folder
    for number in range(recording.syncs):
        where = f"{name}: fsync {number} of {recording.syncs}"
        with FailingDisk(tmp_path, failing_sync=number) as disk:
            error = fail(lambda: operation.run(setting, destination), where)
        assert disk.fired, where
        check_nothing_changed(
            setting, before, error, what=operation.what, why=writes.DISK_ERROR, where=where
        )
    check_it_succeeds(setting, operation)


@pytest.mark.parametrize("name", OPERATIONS)
def test_a_full_disk_that_refuses_a_new_file_folder_or_name_leaves_everything_as_it_was(
    setting: Setting, tmp_path: Path, name: str, documents_once: None
) -> None:
    operation = ready(setting, name)
    destination = setting.out / (operation.output or "unused")
    before = Before.take(setting)
    # Counted on the notebook itself, not on a copy: whether an import makes a new blob
    # folder depends on its random id. The first run that refuses nothing is a success.
    for number in itertools.count():
        where = f"{name}: change {number} to the folders"
        with FailingDisk(tmp_path, failing_namespace_change=number) as disk:
            try:
                operation.run(setting, destination)
            except NotebookError as error:
                assert disk.fired, where
                check_nothing_changed(
                    setting, before, error, what=operation.what, why=writes.NO_SPACE, where=where
                )
                continue
        assert not disk.fired, where
        assert number >= 2, "a new file and its name, at least"
        break
    undo_output(setting, operation)
    check_it_succeeds(setting, operation)


def test_an_existing_file_that_a_failed_export_was_to_replace_is_kept_as_it_was(
    setting: Setting, tmp_path: Path
) -> None:
    destination = setting.out / "notebook.backup"
    destination.write_bytes(b"last week's backup")
    recording = record(setting, OPERATIONS["backup"], tmp_path)
    setting = reopened(setting)
    for budget in failure_points(recording.calls, dense=STRESS):
        with FailingDisk(tmp_path, budget=budget), pytest.raises(WriteFailed):
            setting.notebook.backup(destination, force=True)
        assert listing(setting.out) == ["notebook.backup"]
        assert destination.read_bytes() == b"last week's backup"
    setting.notebook.backup(destination, force=True)
    assert backup_module.verify_backup(destination, PASSPHRASE).sound


# -- SQLite's writes --------------------------------------------------------------------------


@pytest.mark.parametrize("name", [name for name, operation in OPERATIONS.items() if operation.logs])
def test_a_database_that_fills_at_any_page_leaves_the_notebook_and_the_destination_as_they_were(
    setting: Setting, name: str, documents_once: None
) -> None:
    operation = ready(setting, name)
    destination = setting.out / (operation.output or "unused")
    before = Before.take(setting)
    for extra in itertools.count():
        where = f"{name}: the database full after {extra} more pages"
        assert extra < 500, f"{where}: it should have succeeded by now"
        with database_limit(setting.notebook.db, extra):
            try:
                operation.run(setting, destination, actor=LONG_ACTOR)
            except NotebookError as error:
                check_nothing_changed(
                    setting, before, error, what=writes.DATABASE, why=writes.NO_SPACE, where=where
                )
                continue
        assert extra >= 2, "the rows it adds need new pages"
        break
    undo_output(setting, operation)
    check_it_succeeds(setting, operation)


def run_in_limited_child(setting: Setting, operation: Operation, limit: int) -> Any:
    """The operation in a child process in which no file may grow past `limit` bytes."""
    destination = setting.out / (operation.output or "unused")

    def child() -> None:
        # Opened here, not before the fork: an SQLite connection does not survive one.
        with Notebook.open(setting.folder, PASSPHRASE) as notebook, file_size_limit(limit):
            operation.run(dataclasses.replace(setting, notebook=notebook), destination)

    return in_child(child)


def wal_cuts() -> Iterator[int]:
    """Where to cut the write-ahead log: in its header, then at each frame's first byte and
    halfway through its page (stress: also partway through the frame's header, and at the
    page's first byte). SQLite writes a frame as its 24-byte header, then the page."""
    yield from (0, WAL_HEADER // 2)
    for frame in itertools.count():
        start = WAL_HEADER + frame * WAL_FRAME
        page = start + WAL_FRAME_HEADER
        cuts = (start, start + 12, page, page + 2048) if STRESS else (start, page + 2048)
        yield from cuts


def check_unchanged_on_disk(setting: Setting, before: Before, where: str) -> None:
    """What another process did (or failed to do) left the notebook and the outputs as
    they were."""
    with Notebook.open(setting.folder, PASSPHRASE, writable=False) as fresh:
        assert state_of(fresh) == before.state, where
        assert fresh.verify(quick=True).sound, where
    assert listing(setting.out) == before.outputs, where


def test_an_import_on_a_disk_that_fails_each_write_of_sqlite_keeps_nothing(
    setting: Setting,
) -> None:
    setting.source.write_bytes(os.urandom(700))  # a small blob: the log is what is cut
    operation = OPERATIONS["import"]
    setting.notebook.close()
    with Notebook.open(setting.folder, PASSPHRASE, writable=False) as notebook:
        before = Before(state_of(notebook), listing(setting.out))
    failures: set[str] = set()
    for limit in wal_cuts():
        where = f"import: every file cut at {limit} bytes"
        outcome = run_in_limited_child(setting, operation, limit)
        if not outcome.raised:
            break
        assert "WriteFailed" in outcome.classes, f"{where}: {outcome}"
        failures.add(outcome.details["what"])
        check_unchanged_on_disk(setting, before, where)
        assert limit < 200 * WAL_FRAME, "it should have succeeded by now"
    # The blob was cut (EFBIG), then the write-ahead log at each of its frames (SQLITE_IOERR).
    assert failures == {writes.EVIDENCE_COPY, writes.DATABASE}
    with Notebook.open(setting.folder, PASSPHRASE) as notebook:
        assert notebook.count() == len(before.state["rows"]["records"]) + 1
        assert notebook.verify().sound


def test_a_backup_whose_copy_of_the_database_cannot_be_written_keeps_nothing(
    setting: Setting,
) -> None:
    operation = OPERATIONS["backup"]
    setting.notebook.close()
    with Notebook.open(setting.folder, PASSPHRASE, writable=False) as notebook:
        before = Before(state_of(notebook), listing(setting.out))
    size = (setting.folder / "notebook.db").stat().st_size
    step = 4096 if STRESS else 4 * 4096
    for limit in range(0, size, step // 2):
        where = f"backup: every file cut at {limit} of {size} bytes"
        outcome = run_in_limited_child(setting, operation, limit)
        assert outcome.raised, where
        assert "WriteFailed" in outcome.classes, f"{where}: {outcome}"
        assert outcome.details["what"] == writes.DATABASE_COPY, where
        check_unchanged_on_disk(setting, before, where)
        assert not list(setting.folder.glob(".backup-*")), where
    assert not run_in_limited_child(setting, operation, size * 4 + 4 * CHUNK).raised
    assert backup_module.verify_backup(setting.out / "notebook.backup", PASSPHRASE).sound


# -- a real small disk ------------------------------------------------------------------------


def test_an_import_onto_a_disk_that_is_really_full_keeps_nothing_however_little_room_is_left(
    seed: Setting, tmp_path: Path
) -> None:
    if not faults.small_disks_possible():
        pytest.skip("this machine lets no process mount a private tmpfs (user namespaces)")
    source = tmp_path / "photo.jpg"
    source.write_bytes(os.urandom(20_000))  # a blob of a few pages: the log needs more
    disk = tmp_path / "disk"
    disk.mkdir()
    room = 1 << 26

    def sweep() -> list[list[Any]]:
        """In a child of its own: the import with 0, 4, 8 … KiB free, until it fits."""
        faults.enter_private_mounts()
        seen: list[list[Any]] = []
        for free in itertools.count(0, 4096):
            assert free < 200 * WAL_FRAME, "it should have fitted by now"
            faults.mount_small_disk(disk, room)
            try:
                folder = disk / seed.folder.name
                shutil.copytree(seed.folder, folder)
                with Notebook.open(folder, PASSPHRASE) as notebook:
                    before = state_of(notebook)
                    faults.mount_small_disk(disk, faults.used_bytes(disk) + free, again=True)
                    record = Evidence(case_id=seed.case_id, title="Photo", description=LONG_TEXT)
                    try:
                        notebook.import_evidence(source, record, actor="test")
                    except NotebookError as error:
                        where = f"{free} bytes free: {type(error).__name__}: {error}"
                        assert isinstance(error, WriteFailed), where
                        seen.append([free, error.what, error.why])
                        assert state_of(notebook) == before, where
                        with Notebook.open(folder, PASSPHRASE, writable=False) as fresh:
                            assert state_of(fresh) == before, where
                            assert fresh.verify(quick=True).sound, where
                        faults.mount_small_disk(disk, room, again=True)  # room to close
                        continue
                    faults.mount_small_disk(disk, room, again=True)
                    assert notebook.verify().sound
                    return seen
            finally:
                faults.unmount(disk)
        raise AssertionError("unreachable")

    outcome = in_child(sweep)
    assert not outcome.raised, outcome.message
    # The blob did not fit, then the write-ahead log at each of its pages (SQLITE_FULL).
    assert {(what, why) for _free, what, why in outcome.returned} == {
        (writes.EVIDENCE_COPY, writes.NO_SPACE),
        (writes.DATABASE, writes.NO_SPACE),
    }


# -- the command line -------------------------------------------------------------------------


def command_line(setting: Setting, name: str) -> list[str]:
    out = setting.out / (OPERATIONS[name].output or "unused")
    case = ["--case", setting.case_id]
    return {
        "import": ["evidence", "add", *case, str(setting.source)],
        "evidence-export": ["evidence", "export", setting.exhibit_id, "--out", str(out)],
        "statement": ["export", "statement", *case, "--profile", "witness",
                      "--witness", setting.witness_id, "--out", str(out)],
        "chronology": ["export", "chronology", *case, "--out", str(out)],
        "bundle": ["export", "bundle", *case, "--out", str(out)],
        "backup": ["backup", "--out", str(out)],
        "package": ["send", *case, "--to", setting.recipient.contact_code, "--out", str(out)],
        "restore": ["--notebook", str(out), "restore", str(taken_backup(setting))],
    }[name]  # fmt: skip


def run_command(folder: Path, argv: list[str]) -> Any:
    return call(["--notebook", str(folder), *argv], {PASSPHRASE_VARIABLE: PASSPHRASE})


def check_one_clear_line(result: Any, *, what: str, why: str) -> None:
    assert result.code == EXIT_FILE_ERROR, result.err
    assert result.out == ""
    said = f"{what} could not be written: {why}; nothing was left half-written"
    assert result.err == f"casenotebook: {said}\n"
    assert "Traceback" not in result.err


@pytest.mark.parametrize("name", OPERATIONS)
def test_the_command_line_says_in_one_line_that_the_disk_is_full_and_exits_non_zero(
    setting: Setting, tmp_path: Path, name: str
) -> None:
    operation = ready(setting, name)
    setting.notebook.close()
    twin_folder, twin_out = tmp_path / "twin.casenotebook", tmp_path / "twin-out"
    shutil.copytree(setting.folder, twin_folder)
    twin_out.mkdir()
    twin = dataclasses.replace(setting, folder=twin_folder, out=twin_out)
    with FailingDisk(tmp_path) as recording:
        assert run_command(twin_folder, command_line(twin, name)).code == 0
    with Notebook.open(setting.folder, PASSPHRASE, writable=False) as notebook:
        before = Before(state_of(notebook), listing(setting.out))
    for budget in (0, recording.written // 2, recording.written - 1):
        with FailingDisk(tmp_path, budget=budget):
            result = run_command(setting.folder, command_line(setting, name))
        check_one_clear_line(result, what=operation.what, why=writes.NO_SPACE)
        check_unchanged_on_disk(setting, before, f"{name} after {budget} bytes")
    with FailingDisk(tmp_path, failing_sync=0):
        result = run_command(setting.folder, command_line(setting, name))
    check_one_clear_line(result, what=operation.what, why=writes.DISK_ERROR)
    check_unchanged_on_disk(setting, before, f"{name} with a failing fsync")
    assert run_command(setting.folder, command_line(setting, name)).code == 0


def test_the_command_line_says_in_one_line_that_the_database_could_not_be_written(
    setting: Setting,
) -> None:
    setting.source.write_bytes(os.urandom(700))
    setting.notebook.close()
    with Notebook.open(setting.folder, PASSPHRASE, writable=False) as notebook:
        before = Before(state_of(notebook), listing(setting.out))
    argv = ["--notebook", str(setting.folder), *command_line(setting, "import")]

    def child(limit: int) -> dict[str, Any]:
        with file_size_limit(limit):
            result = call(argv, {PASSPHRASE_VARIABLE: PASSPHRASE})
        return dataclasses.asdict(result)

    # Below 32 KiB SQLite cannot even map its shared-memory index to read the notebook.
    said = set()
    for limit in itertools.count(32 * 1024, 2 * WAL_FRAME):
        outcome = in_child(functools.partial(child, limit))
        assert not outcome.raised, outcome
        result = outcome.returned
        if result["code"] == 0:
            break
        assert result["out"] == "" and "Traceback" not in result["err"], result
        assert result["err"].count("\n") == 1 and result["code"] == EXIT_FILE_ERROR, result
        said.add(result["err"])
        check_unchanged_on_disk(setting, before, f"import cut at {limit} bytes")
    assert said == {
        f"casenotebook: {writes.DATABASE} could not be written: {writes.DISK_ERROR}; "
        "nothing was left half-written\n"
    }


def test_an_error_of_the_system_the_core_did_not_expect_is_one_line_not_a_traceback(
    setting: Setting, monkeypatch: pytest.MonkeyPatch
) -> None:
    setting.notebook.close()

    def unreadable(*args: Any, **kwargs: Any) -> Any:
        raise OSError(errno.EIO, os.strerror(errno.EIO), "/media/stick/video.mp4")

    monkeypatch.setattr(Notebook, "import_evidence", unreadable)
    result = run_command(setting.folder, command_line(setting, "import"))
    assert result.code == EXIT_FILE_ERROR
    assert result.err == (
        "casenotebook: a file could not be read or written "
        "(Input/output error: /media/stick/video.mp4)\n"
    )
