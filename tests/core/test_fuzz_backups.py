"""Hostile backups: a backup file damaged, made up, or resealed around a container someone
else wrote is checked and restored, or refused as the program's own error; damage is never
taken for a wrong passphrase, and a restore writes its destination or nothing at all."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from notebook import backup_format, crypto
from notebook.backup import restore, verify_backup
from notebook.backup_format import BLOB, DATABASE, END, MANIFEST
from notebook.errors import DamagedBackup, UnsupportedFormat, WrongPassphrase
from notebook.model import Case, Evidence, Person
from tests.conftest import PASSPHRASE, create_test_notebook
from tests.fuzzing import (
    DEEP_JSON,
    changed,
    changed_paths,
    dumps,
    edited_entries,
    framed,
    fuzz_settings,
    json_mutated,
    judge,
    random_bytes,
    read_entries,
    tree,
)


class Source:
    """A real backup, and what it takes to reseal its stream around another container."""

    def __init__(self, data: bytes, stream_key: bytes) -> None:
        self.data = data
        self.preamble = backup_format.read_preamble(io.BytesIO(data))
        self.stream_key = stream_key
        self.entries = read_entries(self.container())
        self.manifest = json.loads(self.entries[0][3])

    def __repr__(self) -> str:
        return f"Source({len(self.data)} bytes)"

    def _stream(self, **more: Any) -> dict[str, Any]:
        return {
            "file_key": self.stream_key,
            "salt": self.preamble.salt,
            "file_id": self.preamble.stream_id,
            "chunk_bytes": self.preamble.chunk_bytes,
            **more,
        }

    def container(self) -> bytes:
        body = io.BytesIO(self.data[len(self.preamble.raw) :])
        return crypto.StreamOpener(body, **self._stream()).read(1 << 30)

    def resealed(self, container: bytes) -> bytes:
        """A backup with this one's preamble, and `container` sealed as its stream."""
        target = io.BytesIO()
        target.write(self.preamble.raw)
        sealer = crypto.StreamSealer(target, **self._stream())
        sealer.write(container)
        sealer.close()
        return target.getvalue()


def make_source(folder: Path) -> Source:
    """A notebook with two evidence files in `folder`, and a backup of it."""
    with create_test_notebook(folder / "case.casenotebook") as notebook:
        case = notebook.add(Case(title="Case", reference="KR-1"))
        notebook.add(Person(case_id=case.id, name="Aida"))
        for name, content in (("photo.jpg", b"\xff\xd8 photo"), ("letter.txt", b"letter\n" * 40)):
            (folder / name).write_bytes(content)
            notebook.import_evidence(
                folder / name, Evidence(case_id=case.id, title=name), actor="defender"
            )
        notebook.backup(folder / "notebook.backup")
        return Source(
            (folder / "notebook.backup").read_bytes(),
            notebook.vault.subkey(backup_format.STREAM_PURPOSE),
        )


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Source:
    return make_source(tmp_path_factory.mktemp("backup"))


@pytest.fixture
def room(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of its own for each test: the backup file and the destination go in it."""
    return tmp_path_factory.mktemp("room")


def attempt(room: Path, data: bytes, passphrase: str = PASSPHRASE) -> tuple[Any, Any, set[str]]:
    """verify_backup and restore on `data`: both outcomes, and what restore changed in `room`
    besides its destination (which it must leave as it was, unless it worked)."""
    for leftover in room.iterdir():
        _remove(leftover)
    backup = room / "file.backup"
    backup.write_bytes(data)
    checked = judge(lambda: verify_backup(backup, passphrase))
    before = tree(room)
    restored = judge(lambda: restore(backup, passphrase, room / "restored"))
    written = changed_paths(before, tree(room))
    if restored.worked:
        written = {path for path in written if path.split("/", 1)[0] != "restored"}
    return checked, restored, written


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        for inner in path.iterdir():
            _remove(inner)
        path.rmdir()
    else:
        path.unlink()


# -- the file as it lies on a disk ------------------------------------------------------------


def test_the_real_backup_checks_and_restores(source: Source, room: Path) -> None:
    checked, restored, written = attempt(room, source.data)
    assert checked.worked and checked.value.sound
    assert restored.worked and restored.value.report.sound
    assert written == set()


@fuzz_settings(40)
@given(data=st.data())
def test_damage_anywhere_is_refused_as_damage_never_as_a_wrong_passphrase_and_restores_nothing(
    source: Source, room: Path, data: st.DataObject
) -> None:
    damaged = data.draw(changed(source.data))
    checked, restored, written = attempt(room, damaged)
    for outcome in (checked, restored):
        assert not outcome.worked
        assert isinstance(outcome.error, DamagedBackup | UnsupportedFormat)
    assert written == set()


@fuzz_settings(30)
@given(noise=random_bytes(backup_format.MAGIC))
def test_noise_is_refused_and_never_read_as_a_wrong_passphrase(room: Path, noise: bytes) -> None:
    checked, restored, written = attempt(room, noise)
    for outcome in (checked, restored):
        assert not outcome.worked
        assert not isinstance(outcome.error, WrongPassphrase)
    assert written == set()


def test_a_wrong_passphrase_on_an_intact_backup_is_a_wrong_passphrase(
    source: Source, room: Path
) -> None:
    checked, restored, written = attempt(room, source.data, "not the passphrase")
    assert isinstance(checked.error, WrongPassphrase)
    assert isinstance(restored.error, WrongPassphrase)
    assert written == set()


# -- inside the stream: containers only the key holder could seal -----------------------------


@fuzz_settings(40)
@given(data=st.data())
def test_a_damaged_container_resealed_is_refused_as_damage_and_restores_nothing(
    source: Source, room: Path, data: st.DataObject
) -> None:
    container = data.draw(changed(source.container()))
    checked, restored, written = attempt(room, source.resealed(container))
    for outcome in (checked, restored):
        assert outcome.worked or isinstance(outcome.error, DamagedBackup | UnsupportedFormat)
    assert written == set()


@fuzz_settings(50)
@given(data=st.data())
@example(data=None)
def test_a_manifest_with_odd_values_resealed_is_read_or_refused_and_writes_only_its_destination(
    source: Source, room: Path, data: st.DataObject | None
) -> None:
    if data is None:  # a manifest nested past Python's recursion limit
        manifest = DEEP_JSON
    else:
        manifest = dumps(data.draw(json_mutated(source.manifest, edits=3)))
    _kind, name, _size, _data = source.entries[0]
    entries = [(MANIFEST, name, len(manifest), manifest), *source.entries[1:]]
    _checked, _restored, written = attempt(room, source.resealed(framed(entries)))
    assert written == set()


NAMES = st.one_of(
    st.sampled_from(["", "../../../../escaped", "/tmp/escaped", "..", "a" * 255, "zz/../../x"]),
    st.text(alphabet=st.characters(max_codepoint=127), max_size=40),
)


@fuzz_settings(50)
@given(data=st.data())
def test_entries_renamed_resized_dropped_or_reordered_are_refused_and_restore_nothing(
    source: Source, room: Path, data: st.DataObject
) -> None:
    entries = source.entries
    for _ in range(data.draw(st.integers(1, 3))):
        entries = data.draw(
            edited_entries(
                entries, kinds=[MANIFEST, DATABASE, BLOB, END], names=NAMES, end=(END, "", 0, b"")
            )
        )
    checked, restored, written = attempt(room, source.resealed(framed(entries)))
    for outcome in (checked, restored):
        assert outcome.worked or isinstance(outcome.error, DamagedBackup | UnsupportedFormat)
    assert written == set()


@fuzz_settings(25)
@given(data=st.data())
def test_a_manifest_naming_its_blobs_with_paths_never_writes_outside_the_destination(
    source: Source, room: Path, data: st.DataObject
) -> None:
    manifest = json.loads(json.dumps(source.manifest))
    entries = list(source.entries)
    hostile = data.draw(NAMES)
    for blob in manifest["blobs"]:
        for at, (kind, name, size, body) in enumerate(entries):
            if kind == BLOB and name == blob["blob_id"]:
                entries[at] = (kind, hostile, size, body)
        blob["blob_id"] = hostile
    encoded = dumps(manifest)
    entries[0] = (MANIFEST, entries[0][1], len(encoded), encoded)
    _checked, restored, written = attempt(room, source.resealed(framed(entries)))
    assert not restored.worked
    assert written == set()
    assert not (room.parent / "escaped").exists()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("key_nonce", ""),  # AES-GCM refuses a nonce of no bytes with its own ValueError
        ("salt", ""),
        ("sealed_key", "AAAA"),
        ("chunk_bytes", 0),
        ("size", 2**63),
    ],
)
def test_a_manifest_whose_blob_facts_are_odd_checks_that_blob_as_damaged(
    source: Source, room: Path, field: str, value: Any
) -> None:
    manifest = json.loads(json.dumps(source.manifest))
    manifest["blobs"][0][field] = value
    encoded = dumps(manifest)
    entries = [(MANIFEST, source.entries[0][1], len(encoded), encoded), *source.entries[1:]]
    checked, _restored, written = attempt(room, source.resealed(framed(entries)))
    assert checked.worked
    assert [check.status for check in checked.value.evidence] == ["damaged", "intact"]
    assert written == set()
