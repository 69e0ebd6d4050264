"""header.py: notebook.json tells accidental damage, forgery and a wrong passphrase apart."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from notebook import (
    DamagedNotebook,
    Notebook,
    NotebookError,
    UnsupportedFormat,
    WrongPassphrase,
    header,
)
from notebook.crypto import WEAK_KDF_FOR_TESTS
from notebook.header import FORMAT_VERSION, Header, KeySlot
from notebook.vault import HEADER_FILE, Vault
from tests.conftest import PASSPHRASE, create_test_notebook

Edit = Callable[[dict[str, Any]], None]


@pytest.fixture
def closed_path(notebook_path: Path) -> Path:
    create_test_notebook(notebook_path).close()
    return notebook_path


def _document(folder: Path) -> dict[str, Any]:
    return json.loads((folder / HEADER_FILE).read_bytes())


def _write_resummed(folder: Path, document: dict[str, Any]) -> None:
    """What a forger (or a buggy tool) writes: an edit with a freshly computed checksum."""
    document["checksum"] = header._checksum(document)
    (folder / HEADER_FILE).write_text(json.dumps(document, indent=2))


def _forge(folder: Path, edit: Edit) -> None:
    document = _document(folder)
    edit(document)
    _write_resummed(folder, document)


def _sample_header() -> Header:
    slot = KeySlot(
        slot_id="a1b2c3d4",
        kind="passphrase",
        kdf=WEAK_KDF_FOR_TESTS,
        salt=bytes(range(16)),
        nonce=bytes(range(12)),
        sealed_key=bytes(range(48)),
    )
    return Header(slots=(slot,), mac="ab" * 32)


# -- the format itself ------------------------------------------------------------------------


def test_a_header_survives_encoding_and_decoding() -> None:
    original = _sample_header()
    assert header.decode(header.encode(original)) == original


def test_the_mac_covers_every_slot_field_but_not_the_mac_itself() -> None:
    original = _sample_header()
    slot = original.slots[0]
    changed = [
        replace(slot, slot_id="a1b2c3d5"),
        replace(slot, kind="recovery"),
        replace(slot, salt=bytes(range(1, 17))),
        replace(slot, nonce=bytes(range(1, 13))),
        replace(slot, sealed_key=bytes(range(1, 49))),
    ]
    bodies = {Header(slots=(s,), mac=original.mac).body() for s in changed}
    assert original.body() not in bodies
    assert len(bodies) == len(changed)
    assert Header(slots=original.slots, mac="00").body() == original.body()


def test_writing_atomically_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / HEADER_FILE
    header.write_atomically(target, _sample_header())
    assert sorted(p.name for p in tmp_path.iterdir()) == [HEADER_FILE]
    assert header.read(target) == _sample_header()


# -- accidental damage: the checksum --------------------------------------------------------


def test_every_single_bit_flip_in_the_header_is_damage() -> None:
    # Accidental damage anywhere in the file, including the format name and the checksum
    # itself, must read as damage: never as a wrong passphrase, another program's file, or a
    # crash inside the parser.
    data = header.encode(_sample_header())
    outcomes: dict[str, int] = {}
    for position in range(len(data)):
        for bit in range(8):
            flipped = bytearray(data)
            flipped[position] ^= 1 << bit
            try:
                header.decode(bytes(flipped))
                outcome = f"decoded at {position}:{bit}"
            except DamagedNotebook:
                outcome = "DamagedNotebook"
            except Exception as error:
                outcome = f"{type(error).__name__} at {position}:{bit}"
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
    assert outcomes == {"DamagedNotebook": len(data) * 8}


def test_a_changed_digit_of_the_salt_is_caught_by_the_checksum(closed_path: Path) -> None:
    path = closed_path / HEADER_FILE
    text = path.read_text()
    salt = _document(closed_path)["slots"][0]["kdf"]["salt"]
    replacement = "A" if salt[0] != "A" else "B"
    path.write_text(text.replace(salt, replacement + salt[1:]))
    with pytest.raises(DamagedNotebook):
        Notebook.open(closed_path, PASSPHRASE)


def test_a_changed_memory_cost_is_caught_by_the_checksum(closed_path: Path) -> None:
    path = closed_path / HEADER_FILE
    text = path.read_text()
    assert text.count('"memory_kib": 64,') == 1
    path.write_text(text.replace('"memory_kib": 64,', '"memory_kib": 65,'))
    with pytest.raises(DamagedNotebook):
        Notebook.open(closed_path, PASSPHRASE)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],
        lambda data: data[:1],
        lambda data: b"",
        lambda data: b"\0" * len(data),
        lambda data: b"not json at all",
        lambda data: b"\xff\xfe" + data,
        lambda data: b"[]",
        lambda data: b"null",
        lambda data: data + b"}",
    ],
    ids=["half", "one-byte", "empty", "zeros", "text", "not-utf8", "array", "null", "trailing"],
)
def test_a_truncated_empty_or_non_json_header_is_damage(
    closed_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    path = closed_path / HEADER_FILE
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises(DamagedNotebook):
        Notebook.open(closed_path, PASSPHRASE)


def test_a_header_missing_its_checksum_is_damage(closed_path: Path) -> None:
    document = _document(closed_path)
    del document["checksum"]
    (closed_path / HEADER_FILE).write_text(json.dumps(document))
    with pytest.raises(DamagedNotebook):
        Notebook.open(closed_path, PASSPHRASE)


# -- versions ---------------------------------------------------------------------------------


def test_a_header_from_a_newer_format_version_is_unsupported(closed_path: Path) -> None:
    _forge(closed_path, lambda document: document.update(format_version=99))
    with pytest.raises(UnsupportedFormat):
        Notebook.open(closed_path, PASSPHRASE)


@pytest.mark.parametrize("version", [0, -1, True, "1", None, 1.5])
def test_a_format_version_that_never_existed_is_damage(closed_path: Path, version: Any) -> None:
    # The program reads no version but its own; one that never existed was written by no
    # version of it.
    _forge(closed_path, lambda document: document.update(format_version=version))
    with pytest.raises(DamagedNotebook):
        Notebook.open(closed_path, PASSPHRASE)


def test_the_current_format_version_is_written(closed_path: Path) -> None:
    assert _document(closed_path)["format_version"] == FORMAT_VERSION


def test_a_json_file_of_another_program_is_not_a_notebook(closed_path: Path) -> None:
    (closed_path / HEADER_FILE).write_text('{"format": "something-else", "version": 3}')
    with pytest.raises(UnsupportedFormat):
        Notebook.open(closed_path, PASSPHRASE)


# -- deliberate edits: a recomputed checksum --------------------------------------------------
#
# The checksum is no MAC: anyone can recompute it. What protects the header against edits is
# (1) each slot's AES-GCM seal, whose associated data binds the slot's id, kind and KDF
# settings, and (2) the header MAC under a key derived from the master key. Before the master
# key is unsealed nothing can tell a forged slot from a wrong passphrase, so edits that stop a
# slot from opening read as WrongPassphrase; edits that leave a slot openable are caught by
# the MAC and read as DamagedNotebook. The one exception is the slot's kind: there are few,
# so when nothing opens the vault tries the other kinds' bindings, and a slot that opens as
# another kind than its label says was relabelled.


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d["slots"][0]["kdf"].update(memory_kib=d["slots"][0]["kdf"]["memory_kib"] + 8),
        lambda d: d["slots"][0]["kdf"].update(iterations=2),
        lambda d: d["slots"][0].update(id="ffffffff"),
        lambda d: d["slots"][0]["wrap"].update(key="A" * 64),
    ],
    ids=["memory", "iterations", "slot-id", "sealed-key"],
)
def test_an_edited_slot_reads_as_a_wrong_passphrase(closed_path: Path, edit: Edit) -> None:
    _forge(closed_path, edit)
    with pytest.raises(WrongPassphrase):
        Notebook.open(closed_path, PASSPHRASE)


@pytest.mark.parametrize("kind", ["recovery", "hardware-token"])
def test_an_edited_slot_kind_is_damage_not_a_wrong_passphrase(closed_path: Path, kind: str) -> None:
    _forge(closed_path, lambda document: document["slots"][0].update(kind=kind))
    with pytest.raises(DamagedNotebook):
        Notebook.open(closed_path, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Notebook.open(closed_path, "not the passphrase")


def test_an_edited_mac_is_damage_once_the_slot_opens(closed_path: Path) -> None:
    _forge(closed_path, lambda document: document.update(mac="00" * 32))
    with pytest.raises(DamagedNotebook):
        Notebook.open(closed_path, PASSPHRASE)


def test_a_slot_swapped_in_from_another_notebook_is_damage(
    closed_path: Path, tmp_path: Path
) -> None:
    # The other notebook has the same passphrase, so its slot opens: to its own master key,
    # under which this header's MAC does not hold.
    other = tmp_path / "other.casenotebook"
    create_test_notebook(other).close()
    foreign_slots = _document(other)["slots"]
    _forge(closed_path, lambda document: document.update(slots=foreign_slots))
    with pytest.raises(DamagedNotebook):
        Notebook.open(closed_path, PASSPHRASE)


def test_a_slot_of_another_passphrase_swapped_in_reads_as_a_wrong_passphrase(
    closed_path: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.casenotebook"
    create_test_notebook(other, "another long passphrase").close()
    foreign_slots = _document(other)["slots"]
    _forge(closed_path, lambda document: document.update(slots=foreign_slots))
    with pytest.raises(WrongPassphrase):
        Notebook.open(closed_path, PASSPHRASE)


def test_an_added_slot_is_damage_once_unlocked(closed_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.casenotebook"
    create_test_notebook(other, "the intruder's passphrase").close()
    intruder = _document(other)["slots"][0]
    _forge(closed_path, lambda document: document["slots"].append(intruder))
    with pytest.raises(DamagedNotebook):
        Notebook.open(closed_path, PASSPHRASE)
    # Whoever added the slot gets in with the intruder's passphrase only to the wrong key.
    with pytest.raises(DamagedNotebook):
        Notebook.open(closed_path, "the intruder's passphrase")


def test_a_whole_header_from_another_notebook_is_damage_at_the_database(
    closed_path: Path, tmp_path: Path
) -> None:
    # Slots and MAC agree with each other, so the vault opens; the database key derived from
    # the other notebook's master key then fails SQLCipher's page check.
    other = tmp_path / "other.casenotebook"
    create_test_notebook(other).close()
    (closed_path / HEADER_FILE).write_bytes((other / HEADER_FILE).read_bytes())
    Vault.open(closed_path, PASSPHRASE, writable=False).close()
    with pytest.raises(DamagedNotebook):
        Notebook.open(closed_path, PASSPHRASE)


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d["slots"][0]["kdf"].update(memory_kib=0),
        lambda d: d["slots"][0]["kdf"].update(lanes=0),
        lambda d: d["slots"][0]["kdf"].update(lanes=2**40),
        lambda d: d["slots"][0]["kdf"].update(iterations=0),
        lambda d: d["slots"][0]["kdf"].update(memory_kib="lots"),
        lambda d: d["slots"][0]["kdf"].update(salt="AAAA"),
        lambda d: d["slots"][0]["kdf"].update(salt=5),
        lambda d: d["slots"][0]["kdf"].update(name="scrypt"),
        lambda d: d["slots"][0]["wrap"].update(nonce="AAAA"),
        lambda d: d["slots"][0]["wrap"].update(key="not base64!"),
        lambda d: d["slots"][0].pop("wrap"),
        lambda d: d.update(slots=[]),
        lambda d: d.update(slots=[5]),
        lambda d: d.update(slots="x"),
        lambda d: d.pop("mac"),
    ],
    ids=[
        "memory-0",
        "lanes-0",
        "lanes-huge",
        "iterations-0",
        "memory-text",
        "salt-short",
        "salt-number",
        "other-kdf",
        "nonce-short",
        "key-not-base64",
        "no-wrap",
        "no-slots",
        "slot-number",
        "slots-text",
        "no-mac",
    ],
)
def test_nonsense_in_a_resummed_header_is_damage_not_a_crash(closed_path: Path, edit: Edit) -> None:
    _forge(closed_path, edit)
    with pytest.raises(NotebookError) as caught:
        Notebook.open(closed_path, PASSPHRASE)
    assert type(caught.value) is DamagedNotebook
