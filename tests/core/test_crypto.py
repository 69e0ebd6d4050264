"""crypto.py: the key derivation, key wrapping, subkeys and MACs behind every notebook."""

from __future__ import annotations

import pytest

from notebook import crypto
from notebook.crypto import (
    DEFAULT_KDF,
    KEY_BYTES,
    MINIMUM_KDF_MEMORY_KIB,
    NONCE_BYTES,
    SALT_BYTES,
    WEAK_KDF_FOR_TESTS,
    KdfParams,
    UnwrapFailed,
)

MASTER = bytes(range(32))
OTHER_MASTER = bytes(range(1, 33))
SALT = b"0123456789abcdef"
CONTEXT = b'{"slot":"a1b2c3d4"}'


def test_subkeys_for_different_purposes_differ() -> None:
    purposes = ["database", "header", "evidence", "backup", "audit"]
    keys = {crypto.subkey(MASTER, purpose) for purpose in purposes}
    assert len(keys) == len(purposes)
    assert all(len(key) == KEY_BYTES for key in keys)
    assert MASTER not in keys


def test_subkeys_are_deterministic_for_one_master_key() -> None:
    assert crypto.subkey(MASTER, "database") == crypto.subkey(bytes(MASTER), "database")


def test_subkeys_of_different_master_keys_differ() -> None:
    assert crypto.subkey(MASTER, "database") != crypto.subkey(OTHER_MASTER, "database")


def test_a_wrapped_key_unwraps_with_the_same_key_and_context() -> None:
    kek = crypto.random_bytes(KEY_BYTES)
    nonce, sealed = crypto.wrap_key(kek, MASTER, context=CONTEXT)
    assert len(nonce) == NONCE_BYTES
    assert MASTER not in sealed
    assert crypto.unwrap_key(kek, nonce, sealed, context=CONTEXT) == MASTER


def test_wrapping_twice_never_reuses_a_nonce() -> None:
    kek = crypto.random_bytes(KEY_BYTES)
    first = crypto.wrap_key(kek, MASTER, context=CONTEXT)
    second = crypto.wrap_key(kek, MASTER, context=CONTEXT)
    assert first[0] != second[0]
    assert first[1] != second[1]


def test_unwrap_with_a_wrong_key_raises_unwrap_failed() -> None:
    kek = crypto.random_bytes(KEY_BYTES)
    nonce, sealed = crypto.wrap_key(kek, MASTER, context=CONTEXT)
    with pytest.raises(UnwrapFailed):
        crypto.unwrap_key(crypto.random_bytes(KEY_BYTES), nonce, sealed, context=CONTEXT)


def test_unwrap_with_an_altered_context_raises_unwrap_failed() -> None:
    kek = crypto.random_bytes(KEY_BYTES)
    nonce, sealed = crypto.wrap_key(kek, MASTER, context=CONTEXT)
    with pytest.raises(UnwrapFailed):
        crypto.unwrap_key(kek, nonce, sealed, context=CONTEXT.replace(b"a1", b"a2"))


def test_unwrap_of_an_altered_seal_or_nonce_raises_unwrap_failed() -> None:
    kek = crypto.random_bytes(KEY_BYTES)
    nonce, sealed = crypto.wrap_key(kek, MASTER, context=CONTEXT)
    flipped = bytes([sealed[0] ^ 1]) + sealed[1:]
    with pytest.raises(UnwrapFailed):
        crypto.unwrap_key(kek, nonce, flipped, context=CONTEXT)
    with pytest.raises(UnwrapFailed):
        crypto.unwrap_key(kek, bytes([nonce[0] ^ 1]) + nonce[1:], sealed, context=CONTEXT)


def test_unwrap_failed_says_nothing_about_the_keys() -> None:
    kek = crypto.random_bytes(KEY_BYTES)
    nonce, sealed = crypto.wrap_key(kek, MASTER, context=CONTEXT)
    with pytest.raises(UnwrapFailed) as caught:
        crypto.unwrap_key(OTHER_MASTER, nonce, sealed, context=CONTEXT)
    assert str(caught.value) == ""
    assert caught.value.__cause__ is None


def test_derive_kek_is_deterministic_for_one_passphrase_salt_and_cost() -> None:
    first = crypto.derive_kek("correct horse battery", SALT, WEAK_KDF_FOR_TESTS)
    assert first == crypto.derive_kek("correct horse battery", SALT, WEAK_KDF_FOR_TESTS)
    assert len(first) == KEY_BYTES


@pytest.mark.parametrize(
    ("passphrase", "salt", "params"),
    [
        ("correct horse batterY", SALT, WEAK_KDF_FOR_TESTS),
        ("correct horse battery", b"fedcba9876543210", WEAK_KDF_FOR_TESTS),
        ("correct horse battery", SALT, KdfParams(memory_kib=128, iterations=1, lanes=1)),
        ("correct horse battery", SALT, KdfParams(memory_kib=64, iterations=2, lanes=1)),
    ],
    ids=["passphrase", "salt", "memory", "iterations"],
)
def test_derive_kek_changes_with_passphrase_salt_and_every_cost(
    passphrase: str, salt: bytes, params: KdfParams
) -> None:
    reference = crypto.derive_kek("correct horse battery", SALT, WEAK_KDF_FOR_TESTS)
    assert crypto.derive_kek(passphrase, salt, params) != reference


def test_a_composed_and_a_decomposed_letter_give_one_key() -> None:
    composed, decomposed = "мой пароль й", "мой пароль и\u0306"
    assert composed != decomposed
    assert crypto.normalise_passphrase(composed) == crypto.normalise_passphrase(decomposed)
    assert crypto.derive_kek(composed, SALT, WEAK_KDF_FOR_TESTS) == crypto.derive_kek(
        decomposed, SALT, WEAK_KDF_FOR_TESTS
    )


def test_the_default_kdf_is_strong_and_the_test_kdf_is_not() -> None:
    assert DEFAULT_KDF.memory_kib >= 64 * 1024
    assert MINIMUM_KDF_MEMORY_KIB >= 64 * 1024
    assert DEFAULT_KDF.is_strong()
    assert not WEAK_KDF_FOR_TESTS.is_strong()
    assert not KdfParams(memory_kib=MINIMUM_KDF_MEMORY_KIB - 1, iterations=4, lanes=4).is_strong()


def test_the_default_kdf_is_accepted_by_argon2id() -> None:
    # The one run of the real cost in the test suite (about 0.7 s): proves the shipped
    # parameters are ones the library takes, not only ones that look strong.
    kek = crypto.derive_kek("correct horse battery staple", SALT, DEFAULT_KDF)
    assert len(kek) == KEY_BYTES
    assert kek != crypto.derive_kek("correct horse battery staple", SALT, WEAK_KDF_FOR_TESTS)


def test_random_salts_have_the_header_size_and_differ() -> None:
    salts = {crypto.random_bytes(SALT_BYTES) for _ in range(8)}
    assert len(salts) == 8
    assert all(len(salt) == SALT_BYTES for salt in salts)


def test_a_mac_matches_only_the_same_key_and_data() -> None:
    tag = crypto.mac(MASTER, b"header body")
    assert crypto.mac_matches(MASTER, b"header body", tag)
    assert not crypto.mac_matches(OTHER_MASTER, b"header body", tag)
    assert not crypto.mac_matches(MASTER, b"header bodY", tag)
    assert not crypto.mac_matches(MASTER, b"header body", "")
