"""What a seized laptop shows: the notebook folder's layout, and no content in any file."""

from __future__ import annotations

import base64
import io
import json
import lzma
import os
import secrets
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from notebook import Notebook
from notebook.model import Case, Evidence, Incident, Interview, Participant, Person
from notebook.vault import BLOB_FOLDER, DATABASE_FILE, HEADER_FILE, LOCK_FILE
from tests.canaries import Planted, fill_every_field
from tests.conftest import PASSPHRASE, create_test_notebook
from tests.leaks import LEAK_SCAN, leaks

SQLITE_MAGIC = b"SQLite format 3\0"


def _canary(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(8)}"


def _fill_with_canaries(notebook: Notebook) -> list[str]:
    """One distinctive string in every kind of free text; returns every form to look for."""
    texts = {
        "case title": _canary("Дело Рузиева"),
        "person name": _canary("Камиль Рузиев"),
        "incident description": _canary("Избит у подъезда, canary incident"),
        "interview transcript": _canary("Мне сказали: уезжай из города"),
        "evidence description": _canary("Фото синяков canary evidence"),
        "tag": _canary("угроза"),
        "link note": _canary("подтверждает избиение"),
    }
    case = notebook.add(Case(title=texts["case title"]))
    person = notebook.add(Person(case_id=case.id, name=texts["person name"]))
    incident = notebook.add(
        Incident(
            case_id=case.id,
            title="Incident",
            type="assault",
            date="2024-03-02",
            description=texts["incident description"],
            people=(Participant(person_id=person.id, role="victim"),),
        )
    )
    notebook.add(
        Interview(
            case_id=case.id,
            interviewee_id=person.id,
            title="Interview",
            transcript=texts["interview transcript"],
        )
    )
    evidence = notebook.add(
        Evidence(case_id=case.id, title="Photo", description=texts["evidence description"])
    )
    notebook.tag(incident.id, texts["tag"])
    notebook.link(evidence.id, incident.id, "supports", note=texts["link note"])
    assert notebook.search(texts["person name"].split("-")[-1])  # really stored and indexed
    needles = set()
    for text in texts.values():
        needles |= {text, text.casefold(), text.rsplit("-", 1)[1]}
        needles |= {word for word in text.replace(",", " ").split() if len(word) >= 6}
    assert len(needles) > 3 * len(texts)
    return sorted(needles)


def _leak_scan(folder: Path, needles: list[str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, str(LEAK_SCAN), str(folder), *needles], capture_output=True, timeout=60
    )


# -- layout -----------------------------------------------------------------------------------


def test_a_new_notebook_folder_holds_header_database_blobs_and_lock(notebook: Notebook) -> None:
    folder = notebook.vault.folder
    notebook.close()
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [HEADER_FILE, DATABASE_FILE, BLOB_FOLDER, LOCK_FILE]
    )
    assert (folder / BLOB_FOLDER).is_dir()
    assert list((folder / BLOB_FOLDER).iterdir()) == []


def test_the_header_holds_format_kdf_salt_and_key_slots_only(notebook: Notebook) -> None:
    folder = notebook.vault.folder
    notebook.close()
    document = json.loads((folder / HEADER_FILE).read_bytes())
    assert set(document) == {"format", "format_version", "slots", "mac", "checksum"}
    assert document["format"] == "case-notebook"
    assert document["format_version"] == 1
    [slot] = document["slots"]
    assert set(slot) == {"id", "kind", "kdf", "wrap"}
    assert slot["kind"] == "passphrase"
    assert set(slot["kdf"]) == {"name", "memory_kib", "iterations", "lanes", "salt"}
    assert slot["kdf"]["name"] == "argon2id"
    assert len(base64.b64decode(slot["kdf"]["salt"])) == 16
    assert set(slot["wrap"]) == {"name", "nonce", "key"}
    assert slot["wrap"]["name"] == "aes-256-gcm"


def test_adding_records_never_touches_the_header(notebook: Notebook) -> None:
    header = notebook.vault.folder / HEADER_FILE
    before = (header.read_bytes(), header.stat().st_mtime_ns)
    _fill_with_canaries(notebook)
    notebook.close()
    assert (header.read_bytes(), header.stat().st_mtime_ns) == before


def test_the_database_file_is_not_recognisable_as_sqlite(notebook: Notebook) -> None:
    folder = notebook.vault.folder
    notebook.add(Case(title="Anything"))
    notebook.close()
    data = (folder / DATABASE_FILE).read_bytes()
    assert len(data) >= 4096
    assert not data.startswith(SQLITE_MAGIC)
    assert SQLITE_MAGIC not in data


def test_two_databases_begin_with_different_bytes(tmp_path: Path) -> None:
    beginnings = []
    for name in ("one.casenotebook", "two.casenotebook"):
        create_test_notebook(tmp_path / name).close()
        beginnings.append((tmp_path / name / DATABASE_FILE).read_bytes()[:16])
    assert beginnings[0] != beginnings[1]


# -- no content at rest -----------------------------------------------------------------------


def test_the_scanner_finds_a_planted_canary_in_every_encoding(tmp_path: Path) -> None:
    needle = _canary("Камиль Рузиев")
    for number, encoding in enumerate(("utf-8", "utf-16-le", "utf-16-be")):
        (tmp_path / f"file{number}").write_bytes(b"\0junk" + needle.encode(encoding) + b"junk")
    (tmp_path / needle).mkdir()
    assert len(leaks(tmp_path, [needle])) == 4


def test_no_content_is_readable_in_the_folder_while_the_notebook_is_open(
    notebook: Notebook,
) -> None:
    folder = notebook.vault.folder
    needles = _fill_with_canaries(notebook)
    wal = folder / (DATABASE_FILE + "-wal")
    assert wal.is_file() and wal.stat().st_size > 0  # the records are in the log for now
    assert leaks(folder, needles) == []


def test_no_content_is_readable_in_the_folder_after_closing(notebook: Notebook) -> None:
    folder = notebook.vault.folder
    needles = _fill_with_canaries(notebook)
    notebook.close()
    assert not (folder / (DATABASE_FILE + "-wal")).exists()
    assert leaks(folder, needles) == []


def test_no_content_is_readable_after_a_reader_has_opened_and_closed_it(
    notebook: Notebook,
) -> None:
    folder = notebook.vault.folder
    needles = _fill_with_canaries(notebook)
    notebook.close()
    with Notebook.open(folder, PASSPHRASE, writable=False) as reader:
        assert reader.count() == 5
        assert leaks(folder, needles) == []
    assert leaks(folder, needles) == []


needs_leak_scan = pytest.mark.skipif(not LEAK_SCAN.is_file(), reason="no shared leak-scan here")


@needs_leak_scan
def test_the_shared_leak_scan_finds_a_planted_canary(tmp_path: Path) -> None:
    needle = _canary("Камиль Рузиев")
    (tmp_path / "file").write_bytes(b"\0junk" + needle.encode("utf-16-be") + b"junk")
    assert _leak_scan(tmp_path, [needle]).returncode == 1


@needs_leak_scan
@pytest.mark.parametrize("closed", [False, True], ids=["open", "closed"])
def test_the_shared_leak_scan_finds_no_content(notebook: Notebook, closed: bool) -> None:
    folder = notebook.vault.folder
    needles = _fill_with_canaries(notebook)
    if closed:
        notebook.close()
    scan = _leak_scan(folder, needles)
    assert scan.returncode == 0, scan.stdout.decode()


# -- every field, file names and evidence bytes ------------------------------------------------


@pytest.fixture
def planted(notebook: Notebook, tmp_path: Path) -> Planted:
    """Every free-text field of every kind, two evidence files: all canaries, all really kept."""
    planted = fill_every_field(notebook, tmp_path / "sources")
    assert len(planted.texts) > 40
    for where in ("Case.title", "Person.name", "Incident.title", "Incident.description edited"):
        assert notebook.search(planted.texts[where].rsplit("-", 1)[1]), where
    content = io.BytesIO()
    notebook.read_evidence(planted.evidence_ids[0], content, actor="test")
    assert planted.texts["evidence content 1"].encode("utf-16-le") in content.getvalue()
    stored = notebook.evidence_file(planted.evidence_ids[0])
    assert stored is not None and stored.original_name.startswith(planted.texts["file name 1"])
    return planted


@pytest.mark.parametrize("closed", [False, True], ids=["open", "closed"])
def test_no_canary_from_any_field_file_name_or_evidence_file_is_in_the_folder(
    notebook: Notebook, planted: Planted, closed: bool
) -> None:
    folder = notebook.vault.folder
    if closed:
        notebook.close()
    assert leaks(folder, planted.needles()) == []


def _compressed_share(data: bytes) -> float:
    return min(len(zlib.compress(data, 9)), len(lzma.compress(data))) / len(data)


# The header is plain JSON by design (format, KDF parameters, salt, wrapped keys: no content);
# the lock and the guard hold a process id and a count; while the notebook is open, SQLite's
# -shm file indexes the write-ahead log (page numbers and checksums; gone when it closes).
PLAIN_BY_DESIGN = {HEADER_FILE, LOCK_FILE, "notebook.guard", DATABASE_FILE + "-shm"}


@pytest.mark.parametrize("closed", [False, True], ids=["open", "closed"])
def test_the_notebook_files_do_not_compress(
    notebook: Notebook, planted: Planted, closed: bool
) -> None:
    folder = notebook.vault.folder
    if closed:
        notebook.close()
    files = [
        path
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name not in PLAIN_BY_DESIGN and path.stat().st_size
    ]
    assert {path.name for path in files} >= {DATABASE_FILE}
    assert len([path for path in files if path.parent.parent.name == BLOB_FOLDER]) == 2
    # The write-ahead log's frame headers (24 bytes a page) are SQLite's own, not encrypted.
    squeezable = {
        path.name: round(share, 4)
        for path in files
        if (share := _compressed_share(path.read_bytes())) < 0.99
    }
    assert squeezable == {}


def test_the_compression_check_would_notice_plain_text() -> None:
    page = os.urandom(3500) + ("Камиль Рузиев избит у подъезда. " * 20).encode()
    assert _compressed_share(page) < 0.99
