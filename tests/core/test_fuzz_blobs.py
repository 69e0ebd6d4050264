"""Hostile evidence blobs: a sealed file changed in any way never opens, and reading,
exporting or checking a damaged blob is the program's own error, leaving nothing behind."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from notebook import Notebook, crypto
from notebook.errors import DamagedNotebook
from notebook.evidence import blob_path
from notebook.model import Case, Evidence
from tests.conftest import create_test_notebook
from tests.fuzzing import changed, changed_paths, fuzz_settings, judge, tree

KEY = bytes(range(32))
SALT = bytes(range(16))
FILE_ID = "0123456789abcdef0123456789abcdef"
CHUNK = 64
# Empty, one short chunk, exactly one, one and a bit, several: every way the last chunk falls.
PLAINTEXTS = [b"", b"x", bytes(range(CHUNK)), bytes(range(CHUNK + 1)), os.urandom(5 * CHUNK + 7)]


def sealed(plain: bytes) -> bytes:
    target = io.BytesIO()
    crypto.seal_stream(io.BytesIO(plain), target, file_key=KEY, salt=SALT, file_id=FILE_ID,
                       chunk_bytes=CHUNK)  # fmt: skip
    return target.getvalue()


def opened(data: bytes, *, pull: bool) -> bytes:
    """The plaintext, by the one-pass reader or the pull reader; damage as our error."""
    try:
        if pull:
            opener = crypto.StreamOpener(
                io.BytesIO(data), file_key=KEY, salt=SALT, file_id=FILE_ID, chunk_bytes=CHUNK
            )
            plain = opener.read(1 << 20)
            assert opener.at_end
            return plain
        target = io.BytesIO()
        crypto.open_stream(io.BytesIO(data), target, file_key=KEY, salt=SALT, file_id=FILE_ID,
                           chunk_bytes=CHUNK)  # fmt: skip
        return target.getvalue()
    except crypto.StreamDamaged as error:
        raise DamagedNotebook(str(error)) from None


@fuzz_settings(200)
@given(data=st.data(), plain=st.sampled_from(PLAINTEXTS), pull=st.booleans())
def test_a_sealed_stream_changed_in_any_way_never_opens(
    data: st.DataObject, plain: bytes, pull: bool
) -> None:
    original = sealed(plain)
    damaged = data.draw(changed(original))
    outcome = judge(lambda: opened(damaged, pull=pull))
    assert not outcome.worked, "a changed stream opened"


@fuzz_settings(60)
@given(noise=st.binary(max_size=600), pull=st.booleans())
def test_noise_never_opens_as_a_sealed_stream(noise: bytes, pull: bool) -> None:
    assert not judge(lambda: opened(noise, pull=pull)).worked


# -- a blob in a notebook ---------------------------------------------------------------------

# Three chunks of the notebook's own size: damage may hit the first, the middle or the last.
CONTENT = os.urandom(2 * crypto.CHUNK_BYTES + 100)


class Stored:
    """A notebook holding one item, where its blob lies, and the blob's bytes (not shown in a
    failing example's report: they are megabytes)."""

    def __init__(self, notebook: Notebook, record_id: str, blob: Path, original: bytes) -> None:
        self.notebook = notebook
        self.record_id = record_id
        self.blob = blob
        self.original = original

    def __repr__(self) -> str:
        return f"Stored({self.blob.name})"


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stored]:
    folder = tmp_path_factory.mktemp("blobs")
    source = folder / "video.bin"
    source.write_bytes(CONTENT)
    with create_test_notebook(folder / "case.casenotebook") as notebook:
        case = notebook.add(Case(title="Case"))
        item = notebook.import_evidence(
            source, Evidence(case_id=case.id, title="Video"), actor="defender"
        )
        info = notebook.evidence_file(item.id)
        assert info is not None
        blob = blob_path(notebook, info.blob_id)
        yield Stored(notebook, item.id, blob, blob.read_bytes())


@fuzz_settings(25)
@given(data=st.data())
def test_a_damaged_blob_is_read_exported_and_checked_as_damage_and_no_copy_is_left(
    stored: Stored, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    notebook, record_id, blob = stored.notebook, stored.record_id, stored.blob
    blob.write_bytes(data.draw(changed(stored.original)))
    out = tmp_path_factory.mktemp("out")
    try:
        read = judge(lambda: notebook.read_evidence(record_id, io.BytesIO(), actor="lawyer"))
        assert isinstance(read.error, DamagedNotebook)
        exported = judge(
            lambda: notebook.export_evidence(record_id, out / "video.bin", actor="lawyer")
        )
        assert isinstance(exported.error, DamagedNotebook)
        assert tree(out) == {}
        checked = judge(lambda: notebook.verify(actor="lawyer"))
        assert [result.status for result in checked.value.evidence] == ["damaged"]
    finally:
        blob.write_bytes(stored.original)


# "folder" was an IsADirectoryError out of read and export.
@pytest.mark.parametrize("kind", ["missing", "folder", "empty"])
def test_a_blob_that_is_gone_or_a_folder_is_damage_and_nothing_is_written(
    stored: Stored, tmp_path_factory: pytest.TempPathFactory, kind: str
) -> None:
    notebook, record_id, blob = stored.notebook, stored.record_id, stored.blob
    blob.unlink()
    if kind == "folder":
        blob.mkdir()
    elif kind == "empty":
        blob.write_bytes(b"")
    out = tmp_path_factory.mktemp("out")
    before = tree(notebook.vault.folder)
    try:
        read = judge(lambda: notebook.read_evidence(record_id, io.BytesIO(), actor="lawyer"))
        assert isinstance(read.error, DamagedNotebook)
        exported = judge(
            lambda: notebook.export_evidence(record_id, out / "video.bin", actor="lawyer")
        )
        assert isinstance(exported.error, DamagedNotebook)
        assert tree(out) == {}
        written = changed_paths(before, tree(notebook.vault.folder))
        assert {path for path in written if not path.startswith("notebook.db")} == set()
    finally:
        if blob.is_dir():
            blob.rmdir()
        blob.write_bytes(stored.original)
