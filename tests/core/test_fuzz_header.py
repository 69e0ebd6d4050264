"""Hostile notebook headers: notebook.json damaged, edited or made up is refused as the
program's own error, damage is never taken for a wrong passphrase, and nothing is written."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from notebook import guard, header
from notebook.errors import DamagedNotebook, UnsupportedFormat, WrongPassphrase
from notebook.vault import HEADER_FILE, Vault
from tests.conftest import PASSPHRASE, create_test_notebook
from tests.fuzzing import (
    DEEP_JSON,
    changed,
    changed_paths,
    dumps,
    fuzz_settings,
    json_mutated,
    judge,
    odd_values,
    random_bytes,
    tree,
)


def resummed(document: Any) -> bytes:
    """The document with its checksum made right again: what a deliberate edit looks like."""
    if isinstance(document, dict):
        unsummed = {key: value for key, value in document.items() if key != "checksum"}
        digest = hashlib.sha256(header.canonical_json(unsummed)).hexdigest()
        document = {**document, "checksum": "sha256:" + digest}
    return dumps(document)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    made = tmp_path_factory.mktemp("header") / "case.casenotebook"
    create_test_notebook(made).close()
    return made


@pytest.fixture(scope="module")
def original(folder: Path) -> bytes:
    return (folder / HEADER_FILE).read_bytes()


@pytest.fixture(scope="module")
def document(original: bytes) -> dict[str, Any]:
    return json.loads(original)


@pytest.fixture
def opening(folder: Path, original: bytes) -> Iterator[Any]:
    """Vault.open on the folder with a header of the caller's; the real one is put back."""

    def attempt(data: bytes, passphrase: str = PASSPHRASE) -> tuple[Any, set[str]]:
        (folder / HEADER_FILE).write_bytes(data)
        before = tree(folder)

        def open_and_close() -> None:
            Vault.open(folder, passphrase).close()

        outcome = judge(open_and_close)
        return outcome, changed_paths(before, tree(folder))

    yield attempt
    (folder / HEADER_FILE).write_bytes(original)


# -- decode: every byte the file may hold -----------------------------------------------------


@fuzz_settings(100)
@given(data=st.data())
def test_a_damaged_header_reads_as_damage_or_as_the_same_header(
    original: bytes, data: st.DataObject
) -> None:
    damaged = data.draw(changed(original))
    outcome = judge(lambda: header.decode(damaged))
    if outcome.worked:
        # Only an edit JSON does not see (a space, an escape) leaves the checksum right.
        assert outcome.value == header.decode(original)
    else:
        assert isinstance(outcome.error, DamagedNotebook | UnsupportedFormat)


@fuzz_settings(50)
@given(data=st.data())
def test_a_header_edited_with_its_checksum_redone_is_read_or_refused_as_our_error(
    document: dict[str, Any], data: st.DataObject
) -> None:
    edited = data.draw(json_mutated(document))
    judge(lambda: header.decode(resummed(edited)))


@fuzz_settings(50)
@given(noise=random_bytes(b'{"format": "case-notebook", '))
def test_noise_is_refused_as_our_error(noise: bytes) -> None:
    outcome = judge(lambda: header.decode(noise))
    assert not outcome.worked


def test_json_nested_past_pythons_recursion_limit_is_damage_not_a_crash() -> None:
    with pytest.raises(DamagedNotebook):
        header.decode(DEEP_JSON)


def test_deep_nesting_inside_a_real_header_is_damage_not_a_crash(
    document: dict[str, Any],
) -> None:
    unsummed = {**document, "slots": "PLACEHOLDER"}
    text = resummed(unsummed).replace(b'"PLACEHOLDER"', b"[" * 50_000 + b"]" * 50_000)
    with pytest.raises(DamagedNotebook):
        header.decode(text)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        # Argon2 takes a 32-bit pass count: more overflowed deep inside unlocking.
        ("iterations", 2**32),
        ("iterations", 2**40),
        # Within every single bound, yet hours of work before the wrong passphrase is known.
        ("iterations", 2**31 - 1),
    ],
)
def test_a_key_derivation_cost_no_notebook_is_made_with_is_damage(
    document: dict[str, Any], name: str, value: int
) -> None:
    edited = json.loads(json.dumps(document))
    edited["slots"][0]["kdf"][name] = value
    with pytest.raises(DamagedNotebook):
        header.decode(resummed(edited))


# -- unlocking: what the user sees ------------------------------------------------------------


@fuzz_settings(40)
@given(data=st.data())
def test_damage_to_notebook_json_is_never_taken_for_a_wrong_passphrase_and_writes_nothing(
    opening: Any, original: bytes, data: st.DataObject
) -> None:
    damaged = data.draw(changed(original))
    outcome, written = opening(damaged)
    assert written == set()
    if not outcome.worked:
        assert isinstance(outcome.error, DamagedNotebook | UnsupportedFormat)
        assert not isinstance(outcome.error, WrongPassphrase)


def _cheap(document: Any) -> bool:
    """Whether every slot asks for at most a test's key derivation cost (an edit asking for
    gigabytes is refused or honoured by design: see the decode tests for the bounds)."""
    try:
        for slot in document["slots"]:
            kdf = slot["kdf"]
            if int(kdf["memory_kib"]) * int(kdf["iterations"]) > 4096 or int(kdf["lanes"]) > 8:
                return False
    except (KeyError, TypeError, ValueError, OverflowError):
        return True  # refused before any key derivation
    return True


@fuzz_settings(30)
@given(data=st.data())
def test_an_edited_header_opens_nothing_or_is_refused_as_our_error_and_writes_nothing(
    opening: Any, document: dict[str, Any], data: st.DataObject
) -> None:
    edited = data.draw(json_mutated(document).filter(_cheap))
    passphrase = data.draw(st.sampled_from([PASSPHRASE, "not the passphrase at all"]))
    _outcome, written = opening(resummed(edited), passphrase)
    assert written == set()


# -- notebook.guard: the other small file beside the header -----------------------------------


@fuzz_settings(50)
@given(
    text=st.one_of(
        st.binary(max_size=200),
        st.builds(
            lambda limit, failures: dumps({"erase_after": limit, "failures": failures}),
            odd_values(),
            odd_values(),
        ),
    )
)
@example(text=b'{"erase_after": Infinity, "failures": 0}')
@example(text=DEEP_JSON)
def test_a_damaged_guard_file_reads_as_no_guard_never_as_a_crash(
    tmp_path_factory: pytest.TempPathFactory, text: bytes
) -> None:
    folder = tmp_path_factory.mktemp("guard")
    (folder / guard.GUARD_FILE).write_bytes(text)
    outcome = judge(lambda: guard.read(folder))
    assert outcome.worked
    if outcome.value is not None:
        assert guard.MINIMUM_LIMIT <= outcome.value.erase_after <= guard.MAXIMUM_LIMIT


@pytest.mark.parametrize("mac", ["é", {"¡": None}])
def test_a_mac_that_is_not_ascii_is_damage_not_a_crash(
    opening: Any, document: dict[str, Any], mac: Any
) -> None:
    # hmac.compare_digest raised TypeError on it. Found by the stress profile.
    outcome, written = opening(resummed({**document, "mac": mac}))
    assert isinstance(outcome.error, DamagedNotebook)
    assert written == set()
