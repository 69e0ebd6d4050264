"""Emergency erase: the keys go first, nothing decrypts afterwards, nothing outside is touched."""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from notebook import DamagedNotebook, Notebook, NotFound, WrongPassphrase, crypto
from notebook import erase as erase_module
from notebook import evidence as evidence_module
from notebook.cli import main
from notebook.db import Database
from notebook.erase import EraseReport, erase, is_notebook_folder
from notebook.model import Case, Evidence
from notebook.progress import Progress
from notebook.vault import Vault
from tests.conftest import PASSPHRASE, create_test_notebook

SECRET = b"the name of the witness is Kamil Ruziev; "


@pytest.fixture
def filled(notebook_path: Path, tmp_path: Path) -> Iterator[Path]:
    """A closed notebook with a case and three evidence files (one of them a few chunks)."""
    sources = tmp_path / "sources"
    sources.mkdir()
    with create_test_notebook(notebook_path) as notebook:
        case = notebook.add(Case(title="Ruziev", reference="KR-2019-07"))
        for number, size in enumerate((100, 5000, 3 * crypto.CHUNK_BYTES + 17)):
            source = sources / f"exhibit-{number}.bin"
            source.write_bytes((SECRET * (size // len(SECRET) + 1))[:size])
            notebook.import_evidence(
                source, Evidence(case_id=case.id, title=f"exhibit {number}"), actor="tester"
            )
    yield notebook_path


def blob_files(folder: Path) -> list[Path]:
    return sorted(path for path in (folder / "blobs").rglob("*") if path.is_file())


def test_erase_leaves_nothing_of_the_folder(filled: Path) -> None:
    report = erase(filled)
    assert not os.path.lexists(filled)
    assert report.complete and report.unreadable
    assert report.header_found and report.database_found and not report.in_use
    assert report.files_removed == 3
    assert report.bytes_removed > 3 * crypto.CHUNK_BYTES
    assert report.leftovers == () and report.links_removed == ()
    assert 0 <= report.seconds_to_unreadable <= report.seconds


def test_erase_leaves_nothing_decryptable_even_to_someone_who_knows_the_passphrase(
    filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Someone who copied the blobs before the erase, recovers from the disk whatever the erase
    overwrote and unlinked (the header and the database as they were when unlinked), and
    knows the passphrase, opens nothing."""
    header_before = (filled / "notebook.json").read_bytes()
    blobs_before = tmp_path / "blobs-before"
    shutil.copytree(filled / "blobs", blobs_before)
    with Notebook.open(filled, PASSPHRASE, writable=False) as notebook:
        seals = {
            row["blob_id"]: (
                evidence_module._file_key(notebook, row),
                row["salt"],
                row["chunk_bytes"],
            )
            for row in notebook.db.execute("SELECT * FROM evidence_files")
        }
        keys_an_attacker_could_derive = [
            notebook.vault.subkey(purpose) for purpose in ("database", "evidence-keys", "header")
        ]
    assert len(seals) == 3
    # The control: with the per-file keys from the database, these copies do open.
    for blob_id, (file_key, salt, chunk_bytes) in seals.items():
        sealed = (blobs_before / blob_id[:2] / blob_id).read_bytes()
        plain = io.BytesIO()
        crypto.open_stream(
            io.BytesIO(sealed),
            plain,
            file_key=file_key,
            salt=salt,
            file_id=blob_id,
            chunk_bytes=chunk_bytes,
        )
        assert plain.getvalue().startswith(SECRET)
        assert SECRET not in sealed

    # What the disk may keep: each file as the erase left it the moment before unlinking it.
    recovered = tmp_path / "recovered"
    recovered.mkdir()
    real_unlink = erase_module._unlink

    def keep_a_copy(path: Path, leftovers: list[Path]) -> bool:
        if path.name in ("notebook.json", "notebook.db") and path.is_file():
            shutil.copyfile(path, recovered / path.name)
        return real_unlink(path, leftovers)

    monkeypatch.setattr(erase_module, "_unlink", keep_a_copy)
    assert erase(filled).complete
    header_after = (recovered / "notebook.json").read_bytes()
    assert len(header_after) == len(header_before) and header_after != header_before

    # A notebook folder made of the leftovers: the header is noise, so no key slot is left.
    leftovers = tmp_path / "leftovers.casenotebook"
    leftovers.mkdir()
    shutil.copytree(blobs_before, leftovers / "blobs")
    shutil.copyfile(recovered / "notebook.db", leftovers / "notebook.db")
    shutil.copyfile(recovered / "notebook.json", leftovers / "notebook.json")
    with pytest.raises((WrongPassphrase, DamagedNotebook)):
        Vault.open(leftovers, PASSPHRASE, writable=False)
    (leftovers / "notebook.json").unlink()
    with pytest.raises(NotFound):
        Vault.open(leftovers, PASSPHRASE, writable=False)

    # Even with the header copied BEFORE the erase (the master key, and from it the database
    # key), the overwritten database no longer opens: the per-file keys lived in it.
    (leftovers / "notebook.json").write_bytes(header_before)
    vault = Vault.open(leftovers, PASSPHRASE, writable=False)
    try:
        with pytest.raises(DamagedNotebook):
            Database.open(leftovers / "notebook.db", vault.database_key, read_only=True)
    finally:
        vault.close()
    with pytest.raises(DamagedNotebook):
        Notebook.open(leftovers, PASSPHRASE, writable=False)

    # And the blobs open under no key derivable from the master key: theirs were random.
    for blob_id, (_, salt, chunk_bytes) in seals.items():
        sealed = (leftovers / "blobs" / blob_id[:2] / blob_id).read_bytes()
        for key in keys_an_attacker_could_derive:
            with pytest.raises(crypto.StreamDamaged):
                crypto.open_stream(
                    io.BytesIO(sealed),
                    None,
                    file_key=key,
                    salt=salt,  # generous: the salt, too, lived only in the database
                    file_id=blob_id,
                    chunk_bytes=chunk_bytes,
                )


def test_the_database_overwrite_covers_its_salt_and_first_pages(
    filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = (filled / "notebook.db").read_bytes()
    kept: dict[str, bytes] = {}
    real_unlink = erase_module._unlink

    def keep(path: Path, leftovers: list[Path]) -> bool:
        if path.name == "notebook.db":
            kept["db"] = path.read_bytes()
        return real_unlink(path, leftovers)

    monkeypatch.setattr(erase_module, "_unlink", keep)
    erase(filled)
    after = kept["db"]
    overwritten = min(len(before), erase_module.DATABASE_OVERWRITE_BYTES)
    assert len(after) == len(before)
    assert overwritten >= min(len(before), 64 * 1024)
    assert after[:16] != before[:16]  # SQLCipher's salt
    pages = [(i, i + 4096) for i in range(0, overwritten, 4096)]
    assert all(after[a:b] != before[a:b] for a, b in pages)


def test_an_open_notebook_is_erased_all_the_same_and_the_report_says_so(
    notebook_path: Path,
) -> None:
    notebook = create_test_notebook(notebook_path)
    notebook.add(Case(title="Open while erased"))
    try:
        report = erase(notebook_path)
        assert report.in_use and report.unreadable
        with pytest.raises(DamagedNotebook):
            notebook.add(Case(title="after"))  # the holder's own database is overwritten too
    finally:
        notebook.close()
    assert not os.path.lexists(notebook_path)


def test_erase_refuses_a_folder_that_is_not_a_notebook(tmp_path: Path) -> None:
    other = tmp_path / "papers"
    other.mkdir()
    (other / "letter.txt").write_text("keep me")
    (other / "notebook.db").write_bytes(b"another program's database")
    for folder in (other, tmp_path / "nothing-here", other / "letter.txt"):
        assert not is_notebook_folder(folder)
        with pytest.raises(NotFound):
            erase(folder)
    assert sorted(p.name for p in other.iterdir()) == ["letter.txt", "notebook.db"]
    (other / "notebook.json").write_text('{"format": "something-else"}')
    with pytest.raises(NotFound):
        erase(other)
    assert (other / "letter.txt").read_text() == "keep me"


def test_links_inside_are_removed_and_what_they_point_to_survives(
    filled: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "precious.txt").write_text("not the notebook's")
    (filled / "blobs" / "linked-folder").symlink_to(outside, target_is_directory=True)
    (filled / "linked-file").symlink_to(outside / "precious.txt")
    report = erase(filled)
    assert report.complete
    assert {path.name for path in report.links_removed} == {"linked-folder", "linked-file"}
    assert (outside / "precious.txt").read_text() == "not the notebook's"


def test_a_header_that_is_a_link_is_unlinked_and_its_target_left_alone(
    filled: Path, tmp_path: Path
) -> None:
    target = tmp_path / "elsewhere.json"
    shutil.move(filled / "notebook.json", target)
    original = target.read_bytes()
    (filled / "notebook.json").symlink_to(target)
    report = erase(filled)
    assert report.unreadable and report.complete
    assert target.read_bytes() == original
    assert filled / "notebook.json" in report.links_removed


def test_a_notebook_reached_through_a_link_is_erased_where_it_lives(
    filled: Path, tmp_path: Path
) -> None:
    link = tmp_path / "shortcut.casenotebook"
    link.symlink_to(filled, target_is_directory=True)
    assert erase(link).complete
    assert not os.path.lexists(filled) and not os.path.lexists(link)


def test_an_erase_cut_short_after_the_keys_can_be_finished(filled: Path) -> None:
    for name in ("notebook.json", "notebook.db"):
        (filled / name).unlink()
    assert is_notebook_folder(filled)
    report = erase(filled)
    assert report.complete and report.files_removed == 3
    assert not (report.header_found or report.database_found)


def test_progress_counts_the_files_removed_after_the_keys(filled: Path) -> None:
    progress = Progress()
    progress.cancel()  # an erase is never cancelled: half-erased helps no one
    report = erase(filled, progress=progress)
    assert report.complete
    assert progress.total == progress.done == 3


def test_key_destruction_time_is_reported(filled: Path) -> None:
    report = erase(filled)
    assert isinstance(report, EraseReport)
    assert report.seconds_to_unreadable > 0  # a figure to print; never asserted as a bound


# -- the command line -------------------------------------------------------------------------


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err, environ={})
    return code, out.getvalue(), err.getvalue()


def test_cli_erase_without_yes_explains_and_changes_nothing(filled: Path) -> None:
    before = sorted(
        (str(p.relative_to(filled)), p.stat().st_mtime_ns, p.read_bytes())
        for p in filled.rglob("*")
        if p.is_file()
    )
    code, out, err = run("--notebook", str(filled), "erase")
    assert code == 1 and out == ""
    assert "--yes" in err and "copies" in err and "not a forensic wipe" in err
    after = sorted(
        (str(p.relative_to(filled)), p.stat().st_mtime_ns, p.read_bytes())
        for p in filled.rglob("*")
        if p.is_file()
    )
    assert after == before
    Notebook.open(filled, PASSPHRASE, writable=False).close()


def test_cli_erase_with_yes_erases_without_a_passphrase(filled: Path) -> None:
    code, out, err = run("--notebook", str(filled), "erase", "--yes")
    assert (code, err) == (0, "")
    assert not os.path.lexists(filled)
    assert "Erased" in out and "What erase cannot do" in out and "forensic" in out


def test_cli_erase_json(filled: Path) -> None:
    import json

    code, out, _ = run("--notebook", str(filled), "erase", "--yes", "--json")
    data = json.loads(out)
    assert code == 0 and data["erased"] is True and data["unreadable"] is True
    assert data["files_removed"] == 3 and data["cannot"]


def test_cli_erase_refuses_a_folder_that_is_not_a_notebook(tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("mine")
    code, _, err = run("--notebook", str(tmp_path), "erase", "--yes")
    assert code == 1 and "not a notebook" in err and "nothing was erased" in err
    assert (tmp_path / "keep.txt").read_text() == "mine"
