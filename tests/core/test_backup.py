"""Backup and restore: round trips, a snapshot beside a writer, damage refused, nothing leaked."""

from __future__ import annotations

import io
import secrets
import threading
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from notebook import (
    Cancelled,
    DamagedBackup,
    InvalidInput,
    Notebook,
    UnsupportedFormat,
    WrongPassphrase,
    backup_format,
)
from notebook import backup as backup_module
from notebook.crypto import WEAK_KDF_FOR_TESTS
from notebook.demo import build_demo, demo_passphrase
from notebook.model import Case, Evidence, Incident
from notebook.progress import Progress
from notebook.vault import BLOB_FOLDER
from tests.conftest import PASSPHRASE, create_test_notebook
from tests.leaks import leaks


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo notebook with its evidence, built once for this module and closed."""
    folder = tmp_path_factory.mktemp("demo") / "demo.casenotebook"
    build_demo(folder, kdf=WEAK_KDF_FOR_TESTS, allow_weak_kdf_for_tests=True).close()
    return folder


@pytest.fixture(scope="module")
def demo_backup(demo_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One backup of the demo, for tests that only read it or damage a copy of it."""
    out = tmp_path_factory.mktemp("backups") / "b"
    with Notebook.open(demo_folder, demo_passphrase(), writable=False) as demo:
        demo.backup(out)
    return out


@pytest.fixture(scope="module")
def large_backup(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A backup of three chunks and more: damage can hit the first, a middle or the last."""
    folder = tmp_path_factory.mktemp("large")
    source = folder / "video.mp4"
    source.write_bytes(secrets.token_bytes(2_500_000))
    with create_test_notebook(folder / "large.casenotebook") as notebook:
        case = notebook.add(Case(title="Large"))
        notebook.import_evidence(source, Evidence(case_id=case.id, title="Video"), actor="test")
        notebook.backup(folder / "b")
    return folder / "b"


@pytest.fixture
def small(notebook: Notebook, tmp_path: Path) -> Notebook:
    """The test notebook with a case, an incident and two small evidence files."""
    case = notebook.add(Case(title="Karakol", reference="KR-1"))
    incident = notebook.add(Incident(case_id=case.id, title="Raid", date="2019-06-10"))
    for number in (1, 2):
        source = tmp_path / f"photo-{number}.jpg"
        source.write_bytes(secrets.token_bytes(3000 * number))
        item = notebook.import_evidence(
            source, Evidence(case_id=case.id, title=f"Photo {number}"), actor="test"
        )
        notebook.link(item.id, incident.id, "supports")
        source.unlink()
    return notebook


def everything(notebook: Notebook) -> dict[str, Any]:
    """What a restore must keep: records, their links and tags, the audit log and custody."""
    records = notebook.records()
    return {
        "records": records,
        "links": {r.id: notebook.links(r.id) for r in records},
        "tags": {r.id: notebook.tags(r.id) for r in records},
        "audit": notebook.audit.entries(),
        "custody": {r.id: notebook.custody(r.id) for r in records if notebook.evidence_file(r.id)},
        "signing key": notebook.signing_public_key(),
    }


def evidence_bytes(notebook: Notebook) -> dict[str, bytes]:
    """Each stored file's original bytes, checked against its hashes, without a custody event."""
    found = {}
    for record in notebook.records(kind="evidence"):
        if notebook.evidence_file(record.id) is not None:
            target = io.BytesIO()
            notebook.stream_evidence(record.id, target)
            found[record.id] = target.getvalue()
    return found


def litter(folder: Path) -> list[Path]:
    """Hidden files a backup or a restore might have left beside its work."""
    return sorted(p for p in folder.iterdir() if p.name.startswith("."))


# -- round trips ------------------------------------------------------------------------------


def test_the_demo_restores_with_identical_records_and_byte_identical_evidence(
    demo_folder: Path, demo_backup: Path, tmp_path: Path
) -> None:
    restored_at = tmp_path / "restored.casenotebook"
    done = backup_module.restore(demo_backup, demo_passphrase(), restored_at)
    assert done.report.sound
    with (
        Notebook.open(demo_folder, demo_passphrase(), writable=False) as original,
        Notebook.open(restored_at, demo_passphrase()) as restored,
    ):
        assert everything(restored) == everything(original)
        files = evidence_bytes(original)
        assert len(files) == 4 and all(files.values())
        assert evidence_bytes(restored) == files
        assert restored.search("Karakol") == original.search("Karakol")
        report = restored.verify()
    assert report.sound
    assert [r.checked_hash for r in report.evidence] == [True] * 4


def test_the_restored_folder_holds_the_header_database_and_referenced_blobs_only(
    small: Notebook, tmp_path: Path
) -> None:
    folder = small.vault.folder
    stray = folder / BLOB_FOLDER / "ab" / ("ab" + "0" * 30 + ".part")
    stray.parent.mkdir(exist_ok=True)
    stray.write_bytes(b"half an import")
    small.backup(tmp_path / "b")
    restored_at = tmp_path / "r"
    backup_module.restore(tmp_path / "b", PASSPHRASE, restored_at)
    names = sorted(str(p.relative_to(restored_at)) for p in restored_at.rglob("*") if p.is_file())
    blobs = [n for n in names if n.startswith(BLOB_FOLDER + "/")]
    assert [n for n in names if n not in blobs] == ["notebook.db", "notebook.json", "notebook.lock"]
    assert sorted(Path(n).name for n in blobs) == sorted(
        small.evidence_file(r.id).blob_id for r in small.records(kind="evidence")
    )


def test_the_notebook_stays_open_and_usable_and_no_copy_is_left_in_its_folder(
    small: Notebook, tmp_path: Path
) -> None:
    before = sorted(p.name for p in small.vault.folder.iterdir())
    summary = small.backup(tmp_path / "b")
    assert summary.records == small.count()
    assert summary.evidence_files == 2 and summary.missing_files == 0
    assert summary.file_bytes == (tmp_path / "b").stat().st_size
    small.add(Case(title="After the backup"))
    assert sorted(p.name for p in small.vault.folder.iterdir()) == before
    assert litter(tmp_path) == []


def test_a_backup_opens_with_the_passphrase_it_was_taken_under_not_a_later_one(
    small: Notebook, tmp_path: Path
) -> None:
    small.backup(tmp_path / "b")
    small.change_passphrase("a later passphrase", kdf=WEAK_KDF_FOR_TESTS,
                            allow_weak_kdf_for_tests=True)  # fmt: skip
    with pytest.raises(WrongPassphrase):
        backup_module.verify_backup(tmp_path / "b", "a later passphrase")
    backup_module.restore(tmp_path / "b", PASSPHRASE, tmp_path / "r")
    with pytest.raises(WrongPassphrase):
        Notebook.open(tmp_path / "r", "a later passphrase")
    with Notebook.open(tmp_path / "r", PASSPHRASE) as restored:
        assert restored.count() == small.count()


def test_a_recovery_code_opens_a_backup_taken_after_it_was_added(
    small: Notebook, tmp_path: Path
) -> None:
    _slot, code = small.add_recovery_code()
    small.backup(tmp_path / "b")
    assert backup_module.verify_backup(tmp_path / "b", code).sound
    backup_module.restore(tmp_path / "b", code, tmp_path / "r")
    with Notebook.open(tmp_path / "r", PASSPHRASE) as restored:
        assert restored.count() == small.count()


def test_restore_takes_an_empty_folder_and_refuses_one_with_anything_in_it(
    small: Notebook, tmp_path: Path
) -> None:
    small.backup(tmp_path / "b")
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "notes.txt").write_text("mine")
    with pytest.raises(InvalidInput):
        backup_module.restore(tmp_path / "b", PASSPHRASE, occupied)
    assert [p.name for p in occupied.iterdir()] == ["notes.txt"]
    with pytest.raises(InvalidInput):
        backup_module.restore(tmp_path / "b", PASSPHRASE, small.vault.folder)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert backup_module.restore(tmp_path / "b", PASSPHRASE, empty).report.sound


def test_a_backup_refuses_an_existing_file_unless_forced_and_the_notebook_folder(
    small: Notebook, tmp_path: Path
) -> None:
    out = tmp_path / "b"
    out.write_bytes(b"someone's file")
    with pytest.raises(InvalidInput):
        small.backup(out)
    assert out.read_bytes() == b"someone's file"
    small.backup(out, force=True)
    assert backup_module.verify_backup(out, PASSPHRASE).sound
    with pytest.raises(InvalidInput):
        small.backup(small.vault.folder / "b")
    with pytest.raises(InvalidInput):
        small.backup(tmp_path)


# -- a snapshot while the notebook is in use --------------------------------------------------


def test_a_backup_taken_while_another_thread_writes_holds_a_prefix_of_whole_transactions(
    small: Notebook, tmp_path: Path
) -> None:
    """The writer commits an incident and its tag together, numbered, and now and then an
    evidence file; the backup must hold incidents 0..k-1 for some k, each with its tag, and
    pass verify (every file its rows name is there and whole)."""
    case_id = small.cases()[0].id
    committed, stop, failures = [], threading.Event(), []
    started = threading.Event()

    def writer() -> None:
        try:
            while not stop.is_set():
                number = len(committed)
                with small.transaction():
                    incident = small.add(
                        Incident(case_id=case_id, title=f"write {number:05d}", date="2020")
                    )
                    small.tag(incident.id, f"batch-{number:05d}")
                if number % 4 == 0:  # evidence too: its blob is on disk before its row commits
                    small.import_stream(
                        io.BytesIO(secrets.token_bytes(5000)),
                        Evidence(case_id=case_id, title=f"file {number:05d}"),
                        size=5000,
                        original_name="call.ogg",
                        actor="writer",
                    )
                committed.append(number)
                if number == 20:
                    started.set()
        except BaseException as error:  # the test fails below, with the error
            failures.append(error)
            started.set()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert started.wait(timeout=60)
        before = len(committed)
        small.backup(tmp_path / "b")
        after = len(committed)
    finally:
        stop.set()
        thread.join(timeout=60)
    assert failures == []
    done = backup_module.restore(tmp_path / "b", PASSPHRASE, tmp_path / "r")
    assert done.report.sound
    with Notebook.open(tmp_path / "r", PASSPHRASE) as restored:
        assert restored.verify().sound
        written = sorted(
            r.title for r in restored.records(kind="incident") if r.title.startswith("write ")
        )
        numbers = [int(title.split()[1]) for title in written]
        assert numbers == list(range(len(numbers)))
        assert before <= len(numbers) <= after
        for record in restored.records(kind="incident"):
            if record.title.startswith("write "):
                assert restored.tags(record.id) == [f"batch-{record.title.split()[1]}"]


class _OnFirstAdvance(Progress):
    """Runs `action` once, when the backup first reports progress: after its snapshot."""

    def __init__(self, action: Callable[[], None]) -> None:
        super().__init__()
        self._action: Callable[[], None] | None = action

    def advance(self, done: int) -> None:
        if self._action is not None:
            action, self._action = self._action, None
            action()
        super().advance(done)


def test_evidence_deleted_after_the_snapshot_is_still_in_the_backup_then_gone(
    small: Notebook, tmp_path: Path
) -> None:
    first = small.records(kind="evidence")[0]
    blob = small.vault.blob_folder / small.evidence_file(first.id).blob_id[:2]
    blob = blob / small.evidence_file(first.id).blob_id
    original = evidence_bytes(small)[first.id]

    small.backup(tmp_path / "b", progress=_OnFirstAdvance(lambda: small.delete(first.id)))

    assert not blob.exists()  # removed once the backup no longer needed it
    backup_module.restore(tmp_path / "b", PASSPHRASE, tmp_path / "r")
    with Notebook.open(tmp_path / "r", PASSPHRASE) as restored:
        assert restored.verify().sound
        assert evidence_bytes(restored)[first.id] == original


def test_a_blob_deleted_by_another_process_mid_backup_makes_it_start_from_a_new_snapshot(
    small: Notebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process knows nothing of this backup and removes the blob at once."""
    first = small.records(kind="evidence")[0]
    monkeypatch.setattr(small, "_discard_blob", lambda blob: blob.unlink())
    progress = _OnFirstAdvance(lambda: small.delete(first.id))

    summary = small.backup(tmp_path / "b", progress=progress)

    assert summary.evidence_files == 1 and summary.missing_files == 0
    assert progress.done == progress.total
    backup_module.restore(tmp_path / "b", PASSPHRASE, tmp_path / "r")
    with Notebook.open(tmp_path / "r", PASSPHRASE) as restored:
        assert restored.verify().sound
        assert first.id not in {r.id for r in restored.records()}


def test_a_blob_the_notebook_had_lost_is_reported_missing_in_the_backup_as_in_the_notebook(
    small: Notebook, tmp_path: Path
) -> None:
    first = small.records(kind="evidence")[0]
    blob_id = small.evidence_file(first.id).blob_id
    (small.vault.blob_folder / blob_id[:2] / blob_id).unlink()

    summary = small.backup(tmp_path / "b")

    assert summary.missing_files == 1
    check = backup_module.verify_backup(tmp_path / "b", PASSPHRASE)
    assert not check.sound
    assert {c.record_id: c.status for c in check.evidence}[first.id] == "missing"
    done = backup_module.restore(tmp_path / "b", PASSPHRASE, tmp_path / "r")
    assert [r.status for r in done.report.evidence].count("missing") == 1


def test_a_damaged_evidence_file_is_carried_as_it_is_and_named_by_verify_backup(
    small: Notebook, tmp_path: Path
) -> None:
    first = small.records(kind="evidence")[0]
    blob_id = small.evidence_file(first.id).blob_id
    blob = small.vault.blob_folder / blob_id[:2] / blob_id
    damaged = bytearray(blob.read_bytes())
    damaged[100] ^= 0x01
    blob.write_bytes(bytes(damaged))

    small.backup(tmp_path / "b")

    check = backup_module.verify_backup(tmp_path / "b", PASSPHRASE)
    assert {c.record_id: c.status for c in check.evidence}[first.id] == "damaged"
    assert sorted(c.status for c in check.evidence) == ["damaged", "intact"]


# -- progress and cancel ----------------------------------------------------------------------


def test_progress_reaches_the_total_and_a_cancel_leaves_no_file_and_no_copy(
    small: Notebook, tmp_path: Path
) -> None:
    progress = Progress()
    small.backup(tmp_path / "b", progress=progress)
    assert progress.total > 5000 and progress.done == progress.total

    cancelled = Progress()
    cancelled.cancel()
    with pytest.raises(Cancelled):
        small.backup(tmp_path / "c", progress=cancelled)
    assert not (tmp_path / "c").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b", "case.casenotebook"]
    assert not list(small.vault.folder.glob(backup_module.SCRATCH_PREFIX + "*"))

    reading = Progress()
    backup_module.verify_backup(tmp_path / "b", PASSPHRASE, progress=reading)
    assert reading.done == reading.total == (tmp_path / "b").stat().st_size


class _CancelHalfway(Progress):
    def advance(self, done: int) -> None:
        if done > self.total // 2:
            self.cancel()
        super().advance(done)


def test_a_restore_cancelled_halfway_leaves_nothing_behind(
    large_backup: Path, tmp_path: Path
) -> None:
    progress = _CancelHalfway()
    with pytest.raises(Cancelled):
        backup_module.restore(large_backup, PASSPHRASE, tmp_path / "r", progress=progress)
    assert progress.done > 1_000_000  # it was writing when it stopped
    assert list(tmp_path.iterdir()) == []


def test_a_copy_a_killed_backup_left_is_swept_at_the_next_writable_open(
    notebook_path: Path,
) -> None:
    create_test_notebook(notebook_path).close()
    left = notebook_path / f"{backup_module.SCRATCH_PREFIX}0123456789abcdef.db"
    left.write_bytes(b"\x8f" * 4096)
    Path(f"{left}-journal").write_bytes(b"\x11" * 512)
    with Notebook.open(notebook_path, PASSPHRASE, writable=False):
        assert left.exists()  # a reader sweeps nothing: a backup may be running
    with Notebook.open(notebook_path, PASSPHRASE):
        assert not list(notebook_path.glob(backup_module.SCRATCH_PREFIX + "*"))


# -- damage, a wrong passphrase, another file -------------------------------------------------


def _damaged_copies(data: bytes, preamble: int) -> Iterator[tuple[str, bytes]]:
    """Every kind of damage: a flipped bit in each part, truncations, and extensions."""
    places = {
        "magic": 3,
        "version": 9,
        "chunk size": 12,
        "salt": 20,
        "header": preamble // 2,
        "checksum": preamble - 1,
        "first chunk": preamble + 5,
        "middle": len(data) // 2,
        "last tag": len(data) - 1,
    }
    for name, offset in places.items():
        flipped = bytearray(data)
        flipped[offset] ^= 0x10
        yield f"a bit of the {name}", bytes(flipped)
    for name, size in {
        "to the magic": 8,
        "into the preamble": preamble // 2,
        "to the preamble": preamble,
        "into the stream": (preamble + len(data)) // 2,
        "by one byte": len(data) - 1,
        "by one chunk's tag": len(data) - 16,
    }.items():
        yield f"truncated {name}", data[:size]
    yield "extended by a byte", data + b"\0"
    yield "extended by a chunk", data + data[preamble : preamble + (1 << 20) + 16]


def _preamble_length(path: Path) -> int:
    with open(path, "rb") as handle:
        return len(backup_format.read_preamble(handle).raw)


def test_every_kind_of_damage_is_refused_as_damage_and_restore_writes_nothing(
    large_backup: Path, tmp_path: Path
) -> None:
    data = large_backup.read_bytes()
    preamble = _preamble_length(large_backup)
    assert preamble < 2000 and len(data) > preamble + 2 * (1 << 20)  # three chunks
    copies = list(_damaged_copies(data, preamble))
    assert len(copies) == 17
    for name, damaged in copies:
        path = tmp_path / "damaged"
        path.write_bytes(damaged)
        with pytest.raises(DamagedBackup):
            backup_module.verify_backup(path, PASSPHRASE)
        with pytest.raises(DamagedBackup):
            backup_module.restore(path, PASSPHRASE, tmp_path / "r")
        assert sorted(p.name for p in tmp_path.iterdir()) == ["damaged"], name


def test_a_preamble_moved_onto_another_backups_stream_opens_nothing(
    small: Notebook, tmp_path: Path
) -> None:
    small.backup(tmp_path / "one")
    small.backup(tmp_path / "two")
    cut = _preamble_length(tmp_path / "one")
    assert cut == _preamble_length(tmp_path / "two")
    one, two = (tmp_path / "one").read_bytes(), (tmp_path / "two").read_bytes()
    (tmp_path / "spliced").write_bytes(one[:cut] + two[cut:])
    with pytest.raises(DamagedBackup):
        backup_module.verify_backup(tmp_path / "spliced", PASSPHRASE)
    with pytest.raises(DamagedBackup):
        backup_module.restore(tmp_path / "spliced", PASSPHRASE, tmp_path / "r")
    assert not (tmp_path / "r").exists()


def test_a_header_swapped_for_another_of_the_same_notebook_opens_nothing(
    small: Notebook, tmp_path: Path
) -> None:
    """A later notebook.json seals the same master key under another passphrase, with a valid
    MAC: only the stream's binding to its own preamble refuses it."""
    small.backup(tmp_path / "b")
    small.change_passphrase("a later passphrase", kdf=WEAK_KDF_FOR_TESTS,
                            allow_weak_kdf_for_tests=True)  # fmt: skip
    with open(tmp_path / "b", "rb") as handle:
        original = backup_format.read_preamble(handle)
        stream = handle.read()
    swapped = backup_format.make_preamble(
        (small.vault.folder / "notebook.json").read_bytes(),
        salt=original.salt,
        chunk_bytes=original.chunk_bytes,
    )
    (tmp_path / "swapped").write_bytes(swapped.raw + stream)
    with pytest.raises(DamagedBackup):
        backup_module.verify_backup(tmp_path / "swapped", "a later passphrase")
    with pytest.raises(WrongPassphrase):
        backup_module.verify_backup(tmp_path / "swapped", PASSPHRASE)


def test_a_wrong_passphrase_is_told_apart_from_damage_and_restores_nothing(
    demo_backup: Path, tmp_path: Path
) -> None:
    with pytest.raises(WrongPassphrase):
        backup_module.verify_backup(demo_backup, "not the demo's passphrase")
    with pytest.raises(WrongPassphrase):
        backup_module.restore(demo_backup, "not the demo's passphrase", tmp_path / "r")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "content",
    [b"", b"PK\x03\x04" + bytes(200), secrets.token_bytes(5000)],
    ids=["empty", "zip", "noise"],
)
def test_a_file_that_is_no_backup_is_named_so(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "file"
    path.write_bytes(content)
    with pytest.raises(UnsupportedFormat):
        backup_module.verify_backup(path, PASSPHRASE)
    with pytest.raises(InvalidInput):
        backup_module.verify_backup(tmp_path / "no such file", PASSPHRASE)


# -- what the file reveals --------------------------------------------------------------------


def test_the_backup_holds_no_plaintext_of_records_or_evidence(
    notebook: Notebook, tmp_path: Path
) -> None:
    title, name, content = (f"{word}-{secrets.token_hex(6)}" for word in ("Дело Рузиева",
                            "Камиль", "видео canary"))  # fmt: skip
    file_name = f"синяки-{secrets.token_hex(4)}.txt"
    case = notebook.add(Case(title=title, reference="KR-2019-07"))
    notebook.add(Incident(case_id=case.id, title=name, date="2019", description=title))
    source = tmp_path / file_name
    source.write_text(content * 200, encoding="utf-8")
    notebook.import_evidence(source, Evidence(case_id=case.id, title=name), actor=name)
    source.unlink()
    kept = tmp_path / "kept"
    kept.mkdir()
    notebook.backup(kept / "backup")
    needles = [title, name, content, file_name, "KR-2019-07", *title.split(), "canary"]
    assert leaks(kept, needles) == []
    data = (kept / "backup").read_bytes()
    stream = data[_preamble_length(kept / "backup") :]
    assert len(zlib.compress(stream, 9)) > 0.99 * len(stream)  # as random as it looks


def test_the_preamble_holds_only_the_header_the_notebook_keeps_beside_its_database(
    small: Notebook, tmp_path: Path
) -> None:
    small.backup(tmp_path / "b")
    with open(tmp_path / "b", "rb") as handle:
        preamble = backup_format.read_preamble(handle)
    assert preamble.header == (small.vault.folder / "notebook.json").read_bytes()


def test_two_backups_of_the_same_notebook_share_no_stream_bytes(
    small: Notebook, tmp_path: Path
) -> None:
    small.backup(tmp_path / "one")
    small.backup(tmp_path / "two")
    cut = _preamble_length(tmp_path / "one")
    one, two = (tmp_path / "one").read_bytes()[cut:], (tmp_path / "two").read_bytes()[cut:]
    assert len(one) == len(two)
    assert sum(a == b for a, b in zip(one, two, strict=True)) < len(one) / 128


def test_a_scratch_copy_is_never_made_outside_the_notebook_folder(
    small: Notebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[Path] = []
    real = backup_module.Database.copy_to

    def spy(self: Any, path: Path, key: bytes) -> None:
        made.append(path)
        real(self, path, key)

    monkeypatch.setattr(backup_module.Database, "copy_to", spy)
    small.backup(tmp_path / "b")
    assert [p.parent for p in made] == [small.vault.folder]
