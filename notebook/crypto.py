"""The only door to the `cryptography` primitives: KDF, key wrapping, subkeys, MACs."""

from __future__ import annotations

import hashlib
import hmac
import os
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12

# Argon2id never runs below this much memory outside tests: it is what makes a stolen
# notebook expensive to attack with graphics cards.
MINIMUM_KDF_MEMORY_KIB = 64 * 1024


class UnwrapFailed(Exception):
    """The key-encryption key does not open this wrapped key (wrong passphrase, or altered slot)."""


@dataclass(frozen=True, kw_only=True)
class KdfParams:
    """Argon2id cost: memory in KiB, passes over it, and parallel lanes."""

    memory_kib: int
    iterations: int
    lanes: int

    def is_strong(self) -> bool:
        return self.memory_kib >= MINIMUM_KDF_MEMORY_KIB and self.iterations >= 1


# Measured on the 2-core reference machine: 256 MiB, 2 passes, 4 lanes unlocks in about 0.65 s.
DEFAULT_KDF = KdfParams(memory_kib=256 * 1024, iterations=2, lanes=4)

# Only for tests, passed explicitly: a notebook made with it can be brute-forced cheaply.
WEAK_KDF_FOR_TESTS = KdfParams(memory_kib=64, iterations=1, lanes=1)


def random_bytes(count: int) -> bytes:
    return os.urandom(count)


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC, so the same words typed on two keyboards (composed or decomposed й, é) are one key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Passphrase -> key-encryption key, with Argon2id at the header's cost."""
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalise_passphrase(passphrase))


def wrap_key(kek: bytes, key: bytes, *, context: bytes) -> tuple[bytes, bytes]:
    """Seal `key` under `kek`; `context` binds the slot's own settings. Returns (nonce, sealed)."""
    nonce = random_bytes(NONCE_BYTES)
    return nonce, AESGCM(kek).encrypt(nonce, key, context)


def unwrap_key(kek: bytes, nonce: bytes, sealed: bytes, *, context: bytes) -> bytes:
    try:
        return AESGCM(kek).decrypt(nonce, sealed, context)
    except InvalidTag:
        raise UnwrapFailed() from None


def subkey(master_key: bytes, purpose: str) -> bytes:
    """A 256-bit key for one purpose, derived from the master key (HKDF-SHA256)."""
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=None,
        info=b"case-notebook/v1/" + purpose.encode("ascii"),
    )
    return hkdf.derive(master_key)


def mac(key: bytes, data: bytes) -> str:
    return hmac.new(key, data, hashlib.sha256).hexdigest()


def mac_matches(key: bytes, data: bytes, expected: str) -> bool:
    return hmac.compare_digest(mac(key, data), expected)
