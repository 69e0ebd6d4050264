"""The only door to the `cryptography` primitives: KDF, key wrapping, subkeys, MACs, files."""

from __future__ import annotations

import hashlib
import hmac
import os
import unicodedata
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import (
    X25519PrivateKey,
    X25519PublicKey,
)
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

# A recovery code carries its own 125 bits: no guessing is feasible at any cost, so its slot
# takes the minimum, which keeps telling a tampered slot kind from a wrong passphrase cheap.
RECOVERY_KDF = KdfParams(memory_kib=MINIMUM_KDF_MEMORY_KIB, iterations=1, lanes=4)

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
    except (InvalidTag, ValueError):  # ValueError: a nonce of a length AES-GCM cannot take
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
    # compare_digest raises TypeError on text that is not ASCII; no MAC we write holds any.
    return expected.isascii() and hmac.compare_digest(mac(key, data), expected)


# -- recovery codes: a second key written on paper -------------------------------------------

# Crockford's base32: no I, L, O or U, so no handwritten character reads as another.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 5
RECOVERY_GROUP_LENGTH = 5
RECOVERY_CODE_LENGTH = RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH
RECOVERY_CODE_BITS = 5 * RECOVERY_CODE_LENGTH

# What a reader may type for a character of the code: Crockford's own confusables, and the
# Cyrillic letters that look like Latin ones, for a code typed with a Russian layout still on.
_LOOKALIKES = str.maketrans(
    {
        "O": "0",
        "I": "1",
        "L": "1",
        "\u0410": "A",
        "\u0412": "B",
        "\u0415": "E",
        "\u041a": "K",
        "\u041c": "M",
        "\u041d": "H",
        "\u041e": "0",
        "\u0420": "P",
        "\u0421": "C",
        "\u0422": "T",
        "\u0425": "X",
        "\u0417": "3",
    }
)
# A code copied out of a word processor may carry its typographic dashes.
_SEPARATORS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212")


def new_recovery_code() -> str:
    """125 bits from the OS, as five groups of five characters: `7KQ2M-...`."""
    byte_count = -(-RECOVERY_CODE_BITS // 8)
    spare_bits = 8 * byte_count - RECOVERY_CODE_BITS
    number = int.from_bytes(random_bytes(byte_count), "big") >> spare_bits
    characters = []
    for _ in range(RECOVERY_CODE_LENGTH):
        number, digit = divmod(number, len(RECOVERY_ALPHABET))
        characters.append(RECOVERY_ALPHABET[digit])
    return _grouped("".join(reversed(characters)))


def normalise_recovery_code(text: str) -> str | None:
    """The code as it was shown, from what someone typed; None if `text` cannot be a code.

    Case, spaces and dashes do not matter, and O, I and L read as 0, 1 and 1.
    """
    folded = unicodedata.normalize("NFKC", text).upper().translate(_LOOKALIKES)
    characters = "".join(c for c in folded if not c.isspace() and c not in _SEPARATORS)
    if len(characters) != RECOVERY_CODE_LENGTH:
        return None
    if any(c not in RECOVERY_ALPHABET for c in characters):
        return None
    return _grouped(characters)


def _grouped(characters: str) -> str:
    size = RECOVERY_GROUP_LENGTH
    return "-".join(characters[index : index + size] for index in range(0, len(characters), size))


# -- files: chunked AEAD (the STREAM construction of age and Tink) ----------------------------

CHUNK_BYTES = 1 << 20
TAG_BYTES = 16
_LAST = b"\x01"
_NOT_LAST = b"\x00"


class StreamDamaged(Exception):
    """A sealed file was truncated, extended, reordered, altered, or belongs to another id."""

    def __init__(self, chunk: int) -> None:
        super().__init__(f"chunk {chunk}")
        self.chunk = chunk


@dataclass(frozen=True, kw_only=True)
class StreamDigest:
    """What one pass over a file's plaintext learned: its size and its hashes."""

    size: int
    sha256: str
    sha512: str


def _payload_key(file_key: bytes, salt: bytes, file_id: str) -> bytes:
    """One key per file and id: a blob copied under another id opens with nothing."""
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=salt,
        info=b"case-notebook/v1/stream/" + file_id.encode("utf-8"),
    )
    return hkdf.derive(file_key)


class _HashBeside:
    """SHA-512 on a second thread: it runs at a third of SHA-256's speed here, and hashlib
    releases the GIL, so the two hashes and the cipher overlap instead of adding up."""

    def __init__(self) -> None:
        self._hash = hashlib.sha512()
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sha512")
        self._pending: Future[None] | None = None

    def update(self, chunk: bytes) -> None:
        if self._pending is not None:
            self._pending.result()
        self._pending = self._worker.submit(self._hash.update, chunk)

    def hexdigest(self) -> str:
        if self._pending is not None:
            self._pending.result()
        self._worker.shutdown()
        return self._hash.hexdigest()

    def close(self) -> None:
        self._worker.shutdown(cancel_futures=True)


def _chunk_nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (_LAST if last else _NOT_LAST)


def _read_full(source: Any, size: int) -> bytes:
    """Up to `size` bytes, fewer only at the end (pipes and sockets may return short reads)."""
    parts, wanted = [], size
    while wanted:
        part = source.read(wanted)
        if not part:
            break
        parts.append(part)
        wanted -= len(part)
    return b"".join(parts)


def seal_stream(
    source: Any,
    target: Any,
    *,
    file_key: bytes,
    salt: bytes,
    file_id: str,
    chunk_bytes: int = CHUNK_BYTES,
    each_chunk: Callable[[int], None] | None = None,
) -> StreamDigest:
    """Encrypt `source` into `target` in one pass, hashing the plaintext on the way.

    Memory holds a few chunks whatever the file's size. `each_chunk(bytes_done)` is called
    after every chunk (progress, cancellation).
    """
    aead = AESGCM(_payload_key(file_key, salt, file_id))

    def seal(counter: int, last: bool, plain: bytes) -> tuple[bytes, bytes]:
        return plain, aead.encrypt(_chunk_nonce(counter, last), plain, None)

    return _pass(source, target, read_size=chunk_bytes, step=seal, each_chunk=each_chunk)


def open_stream(
    source: Any,
    target: Any | None,
    *,
    file_key: bytes,
    salt: bytes,
    file_id: str,
    chunk_bytes: int = CHUNK_BYTES,
    each_chunk: Callable[[int], None] | None = None,
) -> StreamDigest:
    """Decrypt `source` into `target` (or only hash it, with None); damage raises StreamDamaged.

    Nothing of a damaged chunk reaches `target`, but earlier chunks already have: callers
    write to a temporary file and keep it only when this returns.
    """
    aead = AESGCM(_payload_key(file_key, salt, file_id))

    def unseal(counter: int, last: bool, sealed: bytes) -> tuple[bytes, bytes]:
        try:
            plain = aead.decrypt(_chunk_nonce(counter, last), sealed, None)
        except (InvalidTag, ValueError):
            raise StreamDamaged(counter) from None
        return plain, plain

    return _pass(
        source, target, read_size=chunk_bytes + TAG_BYTES, step=unseal, each_chunk=each_chunk
    )


def _pass(
    source: Any,
    target: Any | None,
    *,
    read_size: int,
    step: Callable[[int, bool, bytes], tuple[bytes, bytes]],
    each_chunk: Callable[[int], None] | None,
) -> StreamDigest:
    """Read blocks with one block of look-ahead (the last chunk is sealed differently),
    turn each into (plaintext, output), hash the plaintext and write the output."""
    sha256, sha512 = hashlib.sha256(), _HashBeside()
    size = counter = 0
    try:
        block = _read_full(source, read_size)
        while True:
            following = _read_full(source, read_size) if len(block) == read_size else b""
            last = not following
            plain, output = step(counter, last, block)
            sha256.update(plain)
            sha512.update(plain)
            if target is not None:
                target.write(output)
            size += len(plain)
            counter += 1
            if each_chunk:
                each_chunk(size)
            if last:
                return StreamDigest(size=size, sha256=sha256.hexdigest(), sha512=sha512.hexdigest())
            block = following
    finally:
        sha512.close()


class StreamSealer:
    """The push side of the same format: `write()` plaintext in pieces of any size (or copy it
    from a file with `write_from`), then `close()` seals the last chunk. No hashing: a backup
    needs no digest of its own container, and the two hashes would cost thrice the cipher."""

    def __init__(
        self,
        target: Any,
        *,
        file_key: bytes,
        salt: bytes,
        file_id: str,
        chunk_bytes: int = CHUNK_BYTES,
    ) -> None:
        self._aead = AESGCM(_payload_key(file_key, salt, file_id))
        self._target = target
        self._chunk = memoryview(bytearray(chunk_bytes))
        self._filled = 0
        self._counter = 0
        self._closed = False

    def write(self, data: bytes | memoryview) -> int:
        view, offset = memoryview(data), 0
        while offset < len(view):
            space = self._space()
            take = min(len(view) - offset, len(space))
            space[:take] = view[offset : offset + take]
            self._filled += take
            offset += take
        return len(view)

    def write_from(self, reader: Any, size: int) -> int:
        """Copy up to `size` bytes from `reader` straight into the chunk being filled (one
        copy fewer than `write(reader.read())`); fewer only if the reader ends first."""
        copied = 0
        while copied < size:
            space = self._space()
            got = reader.readinto(space[: min(size - copied, len(space))])
            if not got:
                break
            self._filled += got
            copied += got
        return copied

    def close(self) -> None:
        """Seal what is left as the last chunk (an empty one if nothing is left)."""
        if not self._closed:
            self._seal(last=True)
            self._closed = True

    def _space(self) -> memoryview:
        """The free end of the chunk. A full chunk is sealed only once more plaintext comes:
        until then it may be the last, which is sealed differently."""
        if self._filled == len(self._chunk):
            self._seal(last=False)
        return self._chunk[self._filled :]

    def _seal(self, *, last: bool) -> None:
        nonce = _chunk_nonce(self._counter, last)
        self._target.write(self._aead.encrypt(nonce, self._chunk[: self._filled], None))
        self._counter += 1
        self._filled = 0


class StreamOpener:
    """The pull side: `read(n)` decrypts chunk by chunk as a file would read. Damage,
    truncation or bytes after the last chunk raise StreamDamaged before any of their plaintext
    is returned."""

    def __init__(
        self,
        source: Any,
        *,
        file_key: bytes,
        salt: bytes,
        file_id: str,
        chunk_bytes: int = CHUNK_BYTES,
    ) -> None:
        self._aead = AESGCM(_payload_key(file_key, salt, file_id))
        self._source = source
        self._read_size = chunk_bytes + TAG_BYTES
        self._following = _read_full(source, self._read_size)
        self._plain = memoryview(b"")
        self._counter = 0
        self._ended = False  # the last chunk has been opened

    def read(self, size: int) -> bytes:
        """Up to `size` bytes; fewer only at the end of the stream, b"" after it."""
        parts, wanted = [], size
        while wanted:
            if not self._plain:
                if self._ended:
                    break
                self._open_next()
                continue
            part = self._plain[:wanted]
            self._plain = self._plain[len(part) :]
            parts.append(bytes(part))
            wanted -= len(part)
        return b"".join(parts)

    @property
    def at_end(self) -> bool:
        """True once every byte of the stream, up to its last chunk, has been read."""
        if not self._plain and not self._ended:
            self._open_next()
        return self._ended and not self._plain

    def _open_next(self) -> None:
        block = self._following
        self._following = (
            _read_full(self._source, self._read_size) if len(block) == self._read_size else b""
        )
        last = not self._following
        try:
            plain = self._aead.decrypt(_chunk_nonce(self._counter, last), block, None)
        except (InvalidTag, ValueError):
            raise StreamDamaged(self._counter) from None
        self._plain = memoryview(plain)
        self._counter += 1
        self._ended = last


# -- signing (Ed25519): the notebook's signature on what it exports ---------------------------


def new_signing_key() -> bytes:
    """A fresh Ed25519 private key, as its 32 raw bytes (kept in the encrypted database)."""
    return _raw_private(Ed25519PrivateKey.generate())


def public_key_of(private_key: bytes) -> bytes:
    """The 32 raw bytes of the public half."""
    return _raw_public(Ed25519PrivateKey.from_private_bytes(private_key))


def sign(private_key: bytes, data: bytes) -> bytes:
    """A 64-byte Ed25519 signature over `data`."""
    return Ed25519PrivateKey.from_private_bytes(private_key).sign(data)


def signature_is_valid(public_key: bytes, data: bytes, signature: bytes) -> bool:
    """True if `signature` is `public_key`'s over `data`; any malformed input is simply False."""
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(public_key: bytes) -> str:
    """What two people read to each other by phone to confirm a key: the first 20 bytes of
    its SHA-256 as ten groups of four hex digits."""
    digest = hashlib.sha256(public_key).hexdigest()[:40].upper()
    return " ".join(digest[index : index + 4] for index in range(0, 40, 4))


# -- receiving (X25519): what others encrypt case packages to -------------------------------


def new_receiving_key() -> bytes:
    """A fresh X25519 private key, as its 32 raw bytes (kept in the encrypted database)."""
    return _raw_private(X25519PrivateKey.generate())


def receiving_public_key_of(private_key: bytes) -> bytes:
    """The 32 raw bytes of the public half, which senders encrypt to."""
    return _raw_public(X25519PrivateKey.from_private_bytes(private_key))


def _raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def _raw_public(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


# -- sealing to someone else's key (X25519 + HKDF): case packages ----------------------------


class KeyAgreementFailed(Exception):
    """The other side's public key is not one a key can be agreed with (a low-order point)."""


def agree_for_recipient(recipient_public: bytes) -> tuple[bytes, bytes]:
    """(a fresh ephemeral public key, the secret it shares with `recipient_public`).

    The ephemeral private half is dropped on return: only the recipient's private key can
    recompute the secret, so even the sender cannot open what it sealed.
    """
    ephemeral = X25519PrivateKey.generate()
    secret = _exchange(ephemeral, recipient_public)
    return _raw_public(ephemeral), secret


def agree_as_recipient(private_key: bytes, ephemeral_public: bytes) -> bytes:
    """The secret a sender shared with this key through `ephemeral_public`."""
    return _exchange(X25519PrivateKey.from_private_bytes(private_key), ephemeral_public)


def _exchange(private: X25519PrivateKey, public: bytes) -> bytes:
    try:
        return private.exchange(X25519PublicKey.from_public_bytes(public))
    except ValueError:
        # Malformed, or a point whose shared secret is all zeros: no secret at all.
        raise KeyAgreementFailed() from None


def sealed_to_keys(
    secret: bytes, *, ephemeral_public: bytes, recipient_public: bytes
) -> tuple[bytes, bytes]:
    """(stream key, confirmation key) from an agreed secret, bound to both public keys."""
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=2 * KEY_BYTES,
        salt=ephemeral_public + recipient_public,
        info=b"case-notebook/v1/sealed-to",
    )
    keys = hkdf.derive(secret)
    return keys[:KEY_BYTES], keys[KEY_BYTES:]
