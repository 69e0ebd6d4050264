"""Evidence files: one pass in, whole or nothing out, damage told apart, custody kept."""

from __future__ import annotations

import hashlib
import io
import os
import re
import secrets
import subprocess
import sys
import tempfile
import tracemalloc
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlcipher3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from hypothesis import given, settings
from hypothesis import strategies as st

from notebook import Cancelled, DamagedNotebook, InvalidInput, Notebook, NotFound
from notebook import evidence as evidence_module
from notebook.crypto import CHUNK_BYTES, TAG_BYTES
from notebook.model import Case, Evidence
from notebook.progress import Progress
from tests.conftest import PASSPHRASE, create_test_notebook

LEAK_SCAN = Path(__file__).resolve().parents[3] / "shared" / "checks" / "leak-scan"
ACTOR = "Anna Petrova"
BLOB_NAME = re.compile(r"^[0-9a-f]{32}$")
# Openings of common file types (3 bytes or more, so that random bytes match by chance
# about once in sixteen million runs).
MAGICS = (
    b"\xff\xd8\xff",  # JPEG
    b"\x89PNG",
    b"GIF8",
    b"%PDF",
    b"PK\x03\x04",  # zip, docx, odt
    b"SQLite format 3",
    b"RIFF",  # wav, avi, webp
    b"\x1f\x8b\x08",  # gzip
    b"ID3",  # mp3
    b"OggS",
    b"\x1a\x45\xdf\xa3",  # mkv, webm
    b"\xef\xbb\xbf",  # UTF-8 with a byte-order mark
    b"age-encryption",
    b"-----BEGIN",
)


# -- helpers ----------------------------------------------------------------------------------


def a_case(notebook: Notebook, **fields: str) -> Case:
    case = notebook.add(Case(title=fields.pop("title", "Ruziev beating"), **fields))
    assert isinstance(case, Case)
    return case


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def import_bytes(
    notebook: Notebook,
    case: Case,
    source: Path,
    data: bytes,
    *,
    actor: str = ACTOR,
    progress: Progress | None = None,
    **fields: str,
) -> Evidence:
    write(source, data)
    record = Evidence(case_id=case.id, title=fields.pop("title", source.name), **fields)
    return notebook.import_evidence(source, record, actor=actor, progress=progress)


def blob_files(notebook: Notebook) -> list[Path]:
    return sorted(path for path in notebook.vault.blob_folder.rglob("*") if path.is_file())


def blob_of(notebook: Notebook, record_id: str) -> Path:
    info = notebook.evidence_file(record_id)
    assert info is not None
    return evidence_module.blob_path(notebook, info.blob_id)


def chunks_of(sealed: bytes) -> list[bytes]:
    step = CHUNK_BYTES + TAG_BYTES
    return [sealed[i : i + step] for i in range(0, len(sealed), step)]


def chunk_count(size: int) -> int:
    return max(1, -(-size // CHUNK_BYTES))


def fixity_of(report_evidence: list[evidence_module.FixityResult], record_id: str) -> str:
    (result,) = [r for r in report_evidence if r.record_id == record_id]
    return result.status


def leftovers_beside(destination: Path) -> list[Path]:
    return sorted(destination.parent.glob(destination.name + "*"))


def evidence_rows(notebook: Notebook) -> int:
    return int(notebook.db.scalar("SELECT count(*) FROM evidence_files"))


# -- round trips ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "size",
    [0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 3 * CHUNK_BYTES + 5],
)
def test_every_size_comes_back_byte_for_byte_from_a_blob_of_size_plus_a_tag_per_chunk(
    notebook: Notebook, tmp_path: Path, size: int
) -> None:
    case = a_case(notebook)
    plain = os.urandom(size)
    record = import_bytes(notebook, case, tmp_path / "original.bin", plain)
    info = notebook.evidence_file(record.id)
    assert info is not None
    assert (info.size, info.sha256, info.sha512) == (
        size,
        hashlib.sha256(plain).hexdigest(),
        hashlib.sha512(plain).hexdigest(),
    )
    assert blob_of(notebook, record.id).stat().st_size == size + TAG_BYTES * chunk_count(size)
    out = tmp_path / "exported.bin"
    exported = notebook.export_evidence(record.id, out, actor=ACTOR)
    assert out.read_bytes() == plain
    assert exported == info
    assert leftovers_beside(out) == [out]


@settings(max_examples=15, deadline=None)
@given(
    plain=st.binary(max_size=5000),
    name=st.sampled_from(["photo.jpg", "Фото синяков.png", "no extension", "a b.c.d.pdf"]),
)
def test_any_bytes_and_name_round_trip(plain: bytes, name: str) -> None:
    # One folder per example: hypothesis runs many examples in one call of a test, and pytest's
    # function-scoped fixtures would be shared between them.
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        with create_test_notebook(folder / "case.casenotebook") as notebook:
            case = a_case(notebook)
            record = import_bytes(notebook, case, folder / name, plain)
            out = folder / "out"
            notebook.export_evidence(record.id, out, actor=ACTOR)
            assert out.read_bytes() == plain
            info = notebook.evidence_file(record.id)
            assert info is not None
            assert info.original_name == name
            assert info.size == len(plain)
            assert info.sha256 == hashlib.sha256(plain).hexdigest()


@pytest.mark.parametrize(
    ("name", "media_type"),
    [
        ("photo.jpg", "image/jpeg"),
        ("Фото синяков.png", "image/png"),
        ("statement.pdf", "application/pdf"),
        ("recording.zzq-unknown", "application/octet-stream"),
        ("README", "application/octet-stream"),
    ],
)
def test_the_file_record_keeps_the_original_name_media_type_size_and_hashes(
    notebook: Notebook, tmp_path: Path, name: str, media_type: str
) -> None:
    case = a_case(notebook)
    plain = b"\xff\xd8\xff\xe0 not really a picture " + os.urandom(100)
    record = import_bytes(notebook, case, tmp_path / name, plain)
    info = notebook.evidence_file(record.id)
    assert info is not None
    assert info.record_id == record.id
    assert info.original_name == name
    assert info.media_type == media_type
    assert info.size == len(plain)
    assert info.sha256 == hashlib.sha256(plain).hexdigest()
    assert info.sha512 == hashlib.sha512(plain).hexdigest()
    assert info.imported_at == record.created
    assert info.fixity == "unverified"


# -- the blob ---------------------------------------------------------------------------------


def test_each_import_adds_exactly_one_blob_under_a_random_name(
    notebook: Notebook, tmp_path: Path
) -> None:
    case = a_case(notebook)
    plain = os.urandom(1000)
    before = blob_files(notebook)
    record = import_bytes(notebook, case, tmp_path / "Показания Рузиева.txt", plain)
    (blob,) = sorted(set(blob_files(notebook)) - set(before))
    assert BLOB_NAME.match(blob.name)
    assert blob.parent.parent == notebook.vault.blob_folder
    assert blob.parent.name == blob.name[:2]
    assert blob.name not in hashlib.sha256(plain).hexdigest()
    assert blob.name not in hashlib.md5(plain).hexdigest()
    assert "Рузиева" not in str(blob) and "Показания" not in str(blob)
    assert blob == blob_of(notebook, record.id)


def test_the_same_file_imported_twice_gives_two_unrelated_blobs(
    notebook: Notebook, tmp_path: Path
) -> None:
    case = a_case(notebook)
    plain = os.urandom(3000)
    first = import_bytes(notebook, case, tmp_path / "a.bin", plain)
    second = import_bytes(notebook, case, tmp_path / "b.bin", plain)
    one, two = blob_of(notebook, first.id), blob_of(notebook, second.id)
    assert one.name != two.name
    assert one.read_bytes()[:64] != two.read_bytes()[:64]


def test_the_blob_shows_no_file_type_and_looks_random(notebook: Notebook, tmp_path: Path) -> None:
    case = a_case(notebook)
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 5000
    text = ("Камиль Рузиев избит у подъезда. " * 2000).encode()
    for name, plain in (("photo.jpg", jpeg), ("statement.txt", text)):
        record = import_bytes(notebook, case, tmp_path / name, plain)
        blob = blob_of(notebook, record.id).read_bytes()
        assert not blob.startswith(MAGICS), name
        assert blob[4:8] != b"ftyp"  # mp4, mov, heic
        assert blob[:16] != plain[:16]
        # The original compresses to almost nothing; its blob does not compress at all.
        assert len(zlib.compress(plain)) < len(plain) // 10
        assert len(zlib.compress(blob, 9)) > len(blob) * 0.99, name


def _every_form(text: str) -> list[bytes]:
    return [text.encode(), text.encode("utf-16-le"), text.encode("utf-16-be")]


def _own_leak_scan(folder: Path, needles: list[str], raw: list[bytes]) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        hits += [f"{n!r} in the name {path}" for n in needles if n in path.name]
        if path.is_file():
            data = path.read_bytes()
            hits += [f"{n!r} in {path}" for n in needles if any(f in data for f in _every_form(n))]
            hits += [f"raw bytes in {path}" for r in raw if r in data]
    return hits


def test_no_file_of_the_notebook_holds_the_files_bytes_or_names(
    notebook: Notebook, notebook_path: Path, tmp_path: Path
) -> None:
    case = a_case(notebook)
    token = secrets.token_hex(6)
    needles = [
        f"Камиль Рузиев canary {token}",
        f"Witness statement canary {token}",
        f"Показания-{token}",
        f"utf16-statement-{token}",
    ]
    utf8 = "\n".join([needles[0]] * 200).encode()
    utf16 = "\n".join([needles[1]] * 200).encode("utf-16")
    import_bytes(notebook, case, tmp_path / f"{needles[2]}.txt", utf8)
    import_bytes(notebook, case, tmp_path / f"{needles[3]}.txt", utf16)
    raw = [utf8[:64], utf8[-64:], utf16[:64], utf16[-64:]]
    assert _own_leak_scan(tmp_path, needles, raw) != []  # the scan finds what it looks for
    assert _own_leak_scan(notebook_path, needles, raw) == []  # open, with its write-ahead log
    notebook.close()
    assert _own_leak_scan(notebook_path, needles, raw) == []
    if LEAK_SCAN.is_file():
        scan = subprocess.run(
            [sys.executable, str(LEAK_SCAN), str(notebook_path), *needles],
            capture_output=True,
            timeout=60,
        )
        assert scan.returncode == 0, scan.stdout.decode()


# -- tampering --------------------------------------------------------------------------------

TWO_AND_A_BIT_CHUNKS = 2 * CHUNK_BYTES + 1000


def _flip_a_byte_of_the_last_chunk(sealed: bytes, other: bytes) -> bytes:
    flipped = bytearray(sealed)
    flipped[-100] ^= 0x01
    return bytes(flipped)


TAMPERINGS: dict[str, Callable[[bytes, bytes], bytes]] = {
    "truncated at a chunk boundary": lambda sealed, other: b"".join(chunks_of(sealed)[:-1]),
    "truncated inside a chunk": lambda sealed, other: sealed[:-5],
    "a chunk appended": lambda sealed, other: sealed + chunks_of(sealed)[0],
    "two chunks swapped": lambda sealed, other: b"".join(
        [chunks_of(sealed)[1], chunks_of(sealed)[0], *chunks_of(sealed)[2:]]
    ),
    "a byte flipped": _flip_a_byte_of_the_last_chunk,
    "the blob of another row put in its place": lambda sealed, other: other,
}


@pytest.fixture
def two_items(notebook: Notebook, tmp_path: Path) -> tuple[Evidence, Evidence]:
    """Two items of the same size, so that one blob can stand in for the other."""
    case = a_case(notebook)
    first = import_bytes(notebook, case, tmp_path / "first.bin", os.urandom(TWO_AND_A_BIT_CHUNKS))
    second = import_bytes(notebook, case, tmp_path / "second.bin", os.urandom(TWO_AND_A_BIT_CHUNKS))
    return first, second


@pytest.mark.parametrize("tampering", list(TAMPERINGS))
def test_a_tampered_blob_is_reported_as_damage_never_written_out_as_data(
    notebook: Notebook, two_items: tuple[Evidence, Evidence], tmp_path: Path, tampering: str
) -> None:
    victim, bystander = two_items
    blob = blob_of(notebook, victim.id)
    sealed, other = blob.read_bytes(), blob_of(notebook, bystander.id).read_bytes()
    altered = TAMPERINGS[tampering](sealed, other)
    assert altered != sealed
    blob.write_bytes(altered)

    out = tmp_path / "exported.bin"
    with pytest.raises(DamagedNotebook):
        notebook.export_evidence(victim.id, out, actor=ACTOR)
    assert leftovers_beside(out) == []
    with pytest.raises(DamagedNotebook):
        notebook.read_evidence(victim.id, io.BytesIO(), actor=ACTOR)

    report = notebook.verify(actor=ACTOR)
    assert not report.sound
    assert fixity_of(report.evidence, victim.id) == "damaged"
    assert fixity_of(report.evidence, bystander.id) == "intact"
    info = notebook.evidence_file(victim.id)
    assert info is not None and info.fixity == "damaged"
    last = notebook.custody(victim.id)[-1]
    assert (last.event, last.purpose, last.sha256) == ("verify", "fixity check: damaged", "")
    assert [e.event for e in notebook.custody(victim.id)] == ["intake", "verify"]


def test_a_deleted_blob_is_reported_missing(
    notebook: Notebook, two_items: tuple[Evidence, Evidence], tmp_path: Path
) -> None:
    victim, bystander = two_items
    blob_of(notebook, victim.id).unlink()
    out = tmp_path / "exported.bin"
    with pytest.raises(DamagedNotebook):
        notebook.export_evidence(victim.id, out, actor=ACTOR)
    assert leftovers_beside(out) == []
    report = notebook.verify(actor=ACTOR)
    assert not report.sound
    assert fixity_of(report.evidence, victim.id) == "missing"
    assert fixity_of(report.evidence, bystander.id) == "intact"


def test_an_untouched_notebook_verifies_sound(
    notebook: Notebook, two_items: tuple[Evidence, Evidence]
) -> None:
    report = notebook.verify(actor=ACTOR)
    assert report.sound
    assert [r.status for r in report.evidence] == ["intact", "intact"]
    assert all(r.checked_hash for r in report.evidence)
    assert report.audit is not None and report.audit.intact


@pytest.mark.parametrize(
    ("tampering", "quick_status"),
    [
        ("truncated inside a chunk", "damaged"),
        ("truncated at a chunk boundary", "damaged"),
        ("a chunk appended", "damaged"),
        ("missing", "missing"),
        # A quick check compares sizes only, by design: it reads no blob.
        ("a byte flipped", "intact"),
        ("two chunks swapped", "intact"),
    ],
)
def test_a_quick_verify_sees_a_wrong_size_or_missing_blob_but_not_altered_bytes(
    notebook: Notebook, two_items: tuple[Evidence, Evidence], tampering: str, quick_status: str
) -> None:
    victim, _bystander = two_items
    blob = blob_of(notebook, victim.id)
    if tampering == "missing":
        blob.unlink()
    else:
        blob.write_bytes(TAMPERINGS[tampering](blob.read_bytes(), b""))
    quick = notebook.verify(actor=ACTOR, quick=True)
    assert fixity_of(quick.evidence, victim.id) == quick_status
    assert not any(r.checked_hash for r in quick.evidence)
    assert [e.event for e in notebook.custody(victim.id)] == ["intake"]  # quick logs nothing
    assert fixity_of(notebook.verify(actor=ACTOR).evidence, victim.id) != "intact"


# -- deletion ---------------------------------------------------------------------------------


def test_deleting_the_record_removes_its_file_row_and_blob_and_logs_its_destruction(
    notebook: Notebook, tmp_path: Path
) -> None:
    case = a_case(notebook)
    plain = os.urandom(5000)
    record = import_bytes(notebook, case, tmp_path / "photo.jpg", plain)
    blob = blob_of(notebook, record.id)
    notebook.delete(record.id, actor="Boris")
    assert not notebook.db.in_transaction
    assert notebook.evidence_file(record.id) is None
    assert evidence_rows(notebook) == 0
    assert not blob.exists()
    assert blob_files(notebook) == []
    with pytest.raises(NotFound):
        notebook.get(record.id)
    events = notebook.custody(record.id)
    assert [e.event for e in events] == ["intake", "destroy"]
    assert (events[-1].actor, events[-1].sha256) == ("Boris", hashlib.sha256(plain).hexdigest())
    assert notebook.verify().sound


def test_a_deletion_rolled_back_with_its_group_keeps_the_blob(
    notebook: Notebook, tmp_path: Path
) -> None:
    case = a_case(notebook)
    plain = os.urandom(5000)
    record = import_bytes(notebook, case, tmp_path / "photo.jpg", plain)
    with pytest.raises(RuntimeError), notebook.transaction():
        notebook.delete(record.id, actor=ACTOR)
        raise RuntimeError("a later change of the same group failed")
    assert notebook.evidence_file(record.id) is not None
    out = tmp_path / "out.jpg"
    notebook.export_evidence(record.id, out, actor=ACTOR)
    assert out.read_bytes() == plain


def _decrypted_pages(database: Path, key: bytes) -> list[bytes]:
    """Every page of an SQLCipher 4 file with a raw key (4096-byte pages, 80 reserved bytes:
    IV then HMAC; page 1 opens with the 16-byte salt), live and free pages alike."""
    data, size, reserve = database.read_bytes(), 4096, 80
    pages = []
    for offset in range(0, len(data), size):
        page = data[offset : offset + size]
        start = 16 if offset == 0 else 0
        iv = page[size - reserve : size - reserve + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(page[start : size - reserve]) + decryptor.finalize())
    return pages


def _plain_export(database: Path, key: bytes, target: Path) -> bytes:
    """What SQLCipher itself sees as live: the whole database, re-written without encryption."""
    target.unlink(missing_ok=True)
    connection = sqlcipher3.connect(str(database))
    try:
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        connection.execute(f"ATTACH DATABASE '{target}' AS plaintext KEY ''")
        connection.execute("SELECT sqlcipher_export('plaintext')")
        connection.execute("DETACH DATABASE plaintext")
    finally:
        connection.close()
    return target.read_bytes()


def test_a_restored_blob_of_a_deleted_item_is_swept_and_its_key_is_gone(
    notebook: Notebook, notebook_path: Path, tmp_path: Path
) -> None:
    case = a_case(notebook)
    record = import_bytes(notebook, case, tmp_path / "photo.jpg", os.urandom(5000))
    blob = blob_of(notebook, record.id)
    copy = blob.read_bytes()
    key_row = notebook.db.query_one(
        "SELECT sealed_key, key_nonce FROM evidence_files WHERE blob_id = ?", (blob.name,)
    )
    assert key_row is not None
    sealed_key, key_nonce = bytes(key_row["sealed_key"]), bytes(key_row["key_nonce"])
    database, wal = notebook.vault.database_path, Path(f"{notebook.vault.database_path}-wal")
    key = notebook.vault.database_key

    # Controls: before the deletion both ways of looking find the wrapped key.
    notebook.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert sealed_key in _plain_export(database, key, tmp_path / "before.db")
    assert any(sealed_key in page for page in _decrypted_pages(database, key))

    notebook.delete(record.id, actor=ACTOR)
    notebook.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # Live rows: nowhere in the database as SQLCipher reads it.
    plain = _plain_export(database, key, tmp_path / "after.db")
    assert sealed_key not in plain and key_nonce not in plain
    # Every page of the file, free pages included (secure_delete zeroes what a deletion
    # frees), and an empty write-ahead log. Not proved: copies outside these files (an SSD's
    # remapped blocks, the file system's journal, swap, backups of the folder); there only
    # the key's encryption under the database key protects it.
    assert not any(sealed_key in page for page in _decrypted_pages(database, key))
    assert not wal.exists() or wal.stat().st_size == 0
    notebook.close()

    blob.parent.mkdir(exist_ok=True)
    blob.write_bytes(copy)
    with Notebook.open(notebook_path, PASSPHRASE) as reopened:
        assert not blob.exists()
        assert blob_files(reopened) == []
        assert [e.event for e in reopened.custody(record.id)] == ["intake", "destroy"]


# -- crashes and sweeping ---------------------------------------------------------------------


@pytest.mark.parametrize("failing_step", ["the record", "the custody event"])
def test_a_failure_before_commit_leaves_no_record_row_or_blob(
    notebook: Notebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing_step: str
) -> None:
    case = a_case(notebook)
    blobs_when_it_failed: list[list[Path]] = []

    def fail() -> None:
        blobs_when_it_failed.append(blob_files(notebook))
        raise OSError("disk full")

    if failing_step == "the record":
        add = notebook.add

        def add_then_fail(record: Evidence, **options: object) -> None:
            add(record, **options)
            fail()

        monkeypatch.setattr(notebook, "add", add_then_fail)
    else:
        append = notebook.audit.append

        def append_unless_intake(action: str, record_id: str, change: object) -> object:
            if action == "intake":
                fail()
            return append(action, record_id, change)

        monkeypatch.setattr(notebook.audit, "append", append_unless_intake)

    with pytest.raises(OSError, match="disk full"):
        import_bytes(notebook, case, tmp_path / "photo.jpg", os.urandom(5000))
    (when_it_failed,) = blobs_when_it_failed
    assert len(when_it_failed) == 1 and not when_it_failed[0].name.endswith(".part")
    assert notebook.count(kind="evidence") == 0
    assert evidence_rows(notebook) == 0
    assert notebook.db.scalar("SELECT count(*) FROM custody") == 0
    assert blob_files(notebook) == []
    monkeypatch.undo()
    record = import_bytes(notebook, case, tmp_path / "again.jpg", b"fine")
    assert record.exhibit_ref == "RB/1"
    assert notebook.verify().sound


@pytest.fixture
def leftovers(notebook: Notebook, tmp_path: Path) -> tuple[Path, list[Path], bytes]:
    """A closed notebook with one stored item and what a kill can leave: a .part file and a
    blob no row names. Returns the item's blob, the leftovers and the item's bytes."""
    case = a_case(notebook)
    plain = os.urandom(3000)
    record = import_bytes(notebook, case, tmp_path / "kept.jpg", plain)
    kept = blob_of(notebook, record.id)
    folder = notebook.vault.blob_folder / "ab"
    folder.mkdir(exist_ok=True)
    part = write(folder / ("ab" + secrets.token_hex(15) + ".part"), os.urandom(500))
    orphan = write(folder / ("ab" + secrets.token_hex(15)), os.urandom(500 + TAG_BYTES))
    notebook.close()
    return kept, [part, orphan], plain


def test_opening_for_writing_sweeps_part_files_and_orphan_blobs_but_keeps_referenced_ones(
    notebook_path: Path, leftovers: tuple[Path, list[Path], bytes], tmp_path: Path
) -> None:
    kept, swept, plain = leftovers
    with Notebook.open(notebook_path, PASSPHRASE) as reopened:
        assert not any(path.exists() for path in swept)
        assert blob_files(reopened) == [kept]
        (record,) = reopened.records(kind="evidence")
        out = tmp_path / "out.jpg"
        reopened.export_evidence(record.id, out, actor=ACTOR)
        assert out.read_bytes() == plain


def test_opening_read_only_removes_nothing(
    notebook_path: Path, leftovers: tuple[Path, list[Path], bytes]
) -> None:
    kept, swept, _plain = leftovers
    with Notebook.open(notebook_path, PASSPHRASE, writable=False) as reopened:
        assert sorted([kept, *swept]) == blob_files(reopened)


# -- cancelling -------------------------------------------------------------------------------


class CancelAfterFirstChunk(Progress):
    """Presses Cancel as the first chunk is done, noting the .part files it then sees."""

    def __init__(self, blob_folder: Path) -> None:
        super().__init__()
        self.blob_folder = blob_folder
        self.parts_seen: list[Path] = []

    def advance(self, done: int) -> None:
        self.parts_seen += list(self.blob_folder.glob("*/*.part"))
        self.cancel()
        super().advance(done)


def test_cancelling_an_import_stores_nothing(notebook: Notebook, tmp_path: Path) -> None:
    case = a_case(notebook)
    progress = CancelAfterFirstChunk(notebook.vault.blob_folder)
    with pytest.raises(Cancelled):
        import_bytes(
            notebook, case, tmp_path / "big.bin", os.urandom(3 * CHUNK_BYTES), progress=progress
        )
    assert progress.done == CHUNK_BYTES
    assert progress.total == 3 * CHUNK_BYTES
    assert len(progress.parts_seen) == 1
    assert notebook.count(kind="evidence") == 0
    assert evidence_rows(notebook) == 0
    assert blob_files(notebook) == []
    assert notebook.audit.entries()[-1].action == "create"  # only the case's


def test_cancelling_an_export_leaves_no_file(notebook: Notebook, tmp_path: Path) -> None:
    case = a_case(notebook)
    record = import_bytes(notebook, case, tmp_path / "big.bin", os.urandom(3 * CHUNK_BYTES))
    out = tmp_path / "out.bin"
    progress = CancelAfterFirstChunk(notebook.vault.blob_folder)
    with pytest.raises(Cancelled):
        notebook.export_evidence(record.id, out, actor=ACTOR, progress=progress)
    assert leftovers_beside(out) == []
    assert [e.event for e in notebook.custody(record.id)] == ["intake"]


# -- exhibit references -----------------------------------------------------------------------


def test_exhibit_refs_are_suggested_in_turn_from_the_case_reference(
    notebook: Notebook, tmp_path: Path
) -> None:
    case = a_case(notebook, reference="KR-2019-07")
    first = import_bytes(notebook, case, tmp_path / "a.jpg", b"a")
    second = import_bytes(notebook, case, tmp_path / "b.jpg", b"b")
    assert (first.exhibit_ref, second.exhibit_ref) == ("KR/1", "KR/2")
    assert notebook.suggest_exhibit_ref(case.id) == "KR/3"
    explicit = import_bytes(notebook, case, tmp_path / "c.jpg", b"c", exhibit_ref="KR/7")
    assert explicit.exhibit_ref == "KR/7"
    assert notebook.suggest_exhibit_ref(case.id) == "KR/8"


def test_without_a_reference_the_exhibit_prefix_is_the_initials_of_the_title(
    notebook: Notebook, tmp_path: Path
) -> None:
    case = a_case(notebook, title="Kamil Ruziev, beaten in Kharkiv")
    record = import_bytes(notebook, case, tmp_path / "a.jpg", b"a")
    assert record.exhibit_ref == "KR/1"


def test_the_case_exhibit_prefix_wins_over_reference_and_title(
    notebook: Notebook, tmp_path: Path
) -> None:
    case = a_case(notebook, title="Kamil Ruziev", reference="KR-2019-07", exhibit_prefix="RUZ")
    record = import_bytes(notebook, case, tmp_path / "a.jpg", b"a")
    assert record.exhibit_ref == "RUZ/1"


def test_a_duplicate_exhibit_ref_is_refused_within_a_case_but_allowed_in_another(
    notebook: Notebook, tmp_path: Path
) -> None:
    case = a_case(notebook, reference="KR-2019-07")
    taken = import_bytes(notebook, case, tmp_path / "a.jpg", b"a")
    other = notebook.add(Evidence(case_id=case.id, title="Other", exhibit_ref="KR/9"))
    blobs = blob_files(notebook)

    with pytest.raises(InvalidInput) as refused:
        notebook.add(Evidence(case_id=case.id, title="Twin", exhibit_ref=taken.exhibit_ref))
    assert refused.value.field == "exhibit_ref"
    with pytest.raises(InvalidInput) as refused:
        notebook.update(other.id, exhibit_ref=taken.exhibit_ref)
    assert refused.value.field == "exhibit_ref"
    with pytest.raises(InvalidInput) as refused:
        import_bytes(notebook, case, tmp_path / "b.jpg", b"b", exhibit_ref=taken.exhibit_ref)
    assert refused.value.field == "exhibit_ref"
    assert blob_files(notebook) == blobs
    assert notebook.count(kind="evidence") == 2

    another = a_case(notebook, title="Another case", reference="KR-2020-01")
    elsewhere = import_bytes(
        notebook, another, tmp_path / "c.jpg", b"c", exhibit_ref=taken.exhibit_ref
    )
    assert elsewhere.exhibit_ref == taken.exhibit_ref
    assert notebook.update(other.id, title="Other, renamed").exhibit_ref == "KR/9"


# -- custody ----------------------------------------------------------------------------------


def test_custody_lists_intake_view_export_and_verify_in_order_with_who_why_and_hash(
    notebook: Notebook, tmp_path: Path
) -> None:
    case = a_case(notebook)
    plain = os.urandom(4000)
    sha256 = hashlib.sha256(plain).hexdigest()
    record = import_bytes(notebook, case, tmp_path / "photo.jpg", plain, actor="Anna")
    seen = io.BytesIO()
    notebook.read_evidence(record.id, seen, actor="Boris", purpose="court preparation")
    assert seen.getvalue() == plain
    notebook.export_evidence(record.id, tmp_path / "out.jpg", actor="Vera", purpose="to counsel")
    notebook.verify(actor="Gleb")

    events = notebook.custody(record.id)
    assert [(e.event, e.actor, e.purpose, e.sha256) for e in events] == [
        ("intake", "Anna", "imported from a file", sha256),
        ("view", "Boris", "court preparation", sha256),
        ("export", "Vera", "to counsel", sha256),
        ("verify", "Gleb", "fixity check: intact", sha256),
    ]
    assert all(e.record_id == record.id for e in events)
    assert [e.at for e in events] == sorted(e.at for e in events)
    assert [e.seq for e in events] == sorted(e.seq for e in events)
    assert notebook.audit.verify().intact


@pytest.mark.parametrize(
    "edit",
    [
        "actor = 'someone else'",
        "purpose = 'nothing to see'",
        "sha256 = '" + "0" * 64 + "'",
        "event = 'view'",
    ],
)
def test_an_edited_custody_row_is_reported_as_damage(
    notebook: Notebook, tmp_path: Path, edit: str
) -> None:
    case = a_case(notebook)
    record = import_bytes(notebook, case, tmp_path / "photo.jpg", b"photo")
    notebook.export_evidence(record.id, tmp_path / "out.jpg", actor=ACTOR)
    assert len(notebook.custody(record.id)) == 2
    notebook.db.execute(f"UPDATE custody SET {edit} WHERE event = 'export'")
    with pytest.raises(DamagedNotebook):
        notebook.custody(record.id)


def test_the_audit_chain_of_an_untouched_notebook_with_evidence_verifies(
    notebook: Notebook, notebook_path: Path, tmp_path: Path
) -> None:
    case = a_case(notebook)
    kept = import_bytes(notebook, case, tmp_path / "a.jpg", b"a")
    gone = import_bytes(notebook, case, tmp_path / "b.jpg", b"b")
    notebook.read_evidence(kept.id, io.BytesIO(), actor=ACTOR)
    notebook.export_evidence(kept.id, tmp_path / "out.jpg", actor=ACTOR)
    notebook.delete(gone.id, actor=ACTOR)
    report = notebook.verify(actor=ACTOR)
    assert report.sound
    # The case; 2 x (create, intake); view; export; destroy, delete. The chain is walked
    # before the files are checked, so this verification's own event comes after.
    assert report.audit is not None and report.audit.entries == 9
    notebook.close()
    with Notebook.open(notebook_path, PASSPHRASE, writable=False) as reopened:
        assert reopened.audit.verify().entries == 10
        assert [e.event for e in reopened.custody(kept.id)] == [
            "intake",
            "view",
            "export",
            "verify",
        ]


# -- export -----------------------------------------------------------------------------------


def test_export_refuses_to_overwrite_a_file_unless_forced(
    notebook: Notebook, tmp_path: Path
) -> None:
    case = a_case(notebook)
    plain = os.urandom(2000)
    record = import_bytes(notebook, case, tmp_path / "photo.jpg", plain)
    out = write(tmp_path / "existing.jpg", b"someone's own file")
    with pytest.raises(InvalidInput) as refused:
        notebook.export_evidence(record.id, out, actor=ACTOR)
    assert refused.value.field == "out"
    assert out.read_bytes() == b"someone's own file"
    assert [e.event for e in notebook.custody(record.id)] == ["intake"]
    notebook.export_evidence(record.id, out, actor=ACTOR, force=True)
    assert out.read_bytes() == plain
    assert leftovers_beside(out) == [out]
    assert [e.event for e in notebook.custody(record.id)] == ["intake", "export"]


def test_export_leaves_a_file_named_like_its_partial_and_a_forced_target_alone_on_failure(
    notebook: Notebook, tmp_path: Path
) -> None:
    case = a_case(notebook)
    plain = os.urandom(2000)
    record = import_bytes(notebook, case, tmp_path / "photo.jpg", plain)
    out = tmp_path / "out.jpg"
    stranger = write(tmp_path / "out.jpg.part", b"someone's own file")
    notebook.export_evidence(record.id, out, actor=ACTOR)
    blob = blob_of(notebook, record.id)
    blob.write_bytes(blob.read_bytes()[:-5])
    with pytest.raises(DamagedNotebook):
        notebook.export_evidence(record.id, out, actor=ACTOR, force=True)
    assert out.read_bytes() == plain
    assert stranger.read_bytes() == b"someone's own file"
    assert leftovers_beside(out) == [out, stranger]


def test_export_refuses_a_folder_as_destination(notebook: Notebook, tmp_path: Path) -> None:
    case = a_case(notebook)
    record = import_bytes(notebook, case, tmp_path / "photo.jpg", b"photo")
    folder = tmp_path / "folder"
    folder.mkdir()
    for force in (False, True):
        with pytest.raises(InvalidInput):
            notebook.export_evidence(record.id, folder, actor=ACTOR, force=force)
    assert list(folder.iterdir()) == []


def test_export_of_a_record_without_a_file_is_not_found(notebook: Notebook, tmp_path: Path) -> None:
    case = a_case(notebook)
    bare = notebook.add(Evidence(case_id=case.id, title="Described, never received"))
    assert notebook.evidence_file(bare.id) is None
    out = tmp_path / "out.bin"
    with pytest.raises(NotFound):
        notebook.export_evidence(bare.id, out, actor=ACTOR)
    with pytest.raises(NotFound):
        notebook.export_evidence("no-such-record", out, actor=ACTOR)
    with pytest.raises(NotFound):
        notebook.read_evidence(bare.id, io.BytesIO(), actor=ACTOR)
    assert leftovers_beside(out) == []


def test_import_refuses_a_folder_or_a_missing_file(notebook: Notebook, tmp_path: Path) -> None:
    case = a_case(notebook)
    for source in (tmp_path, tmp_path / "absent.jpg"):
        with pytest.raises(InvalidInput) as refused:
            notebook.import_evidence(source, Evidence(case_id=case.id, title="x"), actor=ACTOR)
        assert refused.value.field == "file"
    assert blob_files(notebook) == []


# -- memory -----------------------------------------------------------------------------------


def test_importing_64_mib_holds_only_a_few_chunks_in_memory(
    notebook: Notebook, tmp_path: Path
) -> None:
    case = a_case(notebook)
    source = tmp_path / "video.mp4"
    with open(source, "wb") as writer:
        for _ in range(64):
            writer.write(os.urandom(CHUNK_BYTES))
    tracemalloc.start()
    try:
        record = notebook.import_evidence(
            source, Evidence(case_id=case.id, title="Video"), actor=ACTOR
        )
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert CHUNK_BYTES <= peak < 8 * CHUNK_BYTES  # chunks are seen, but never many at once
    info = notebook.evidence_file(record.id)
    assert info is not None and info.size == 64 * CHUNK_BYTES
