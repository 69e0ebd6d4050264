"""Chunked AEAD for evidence files: round trips of every awkward size, and every tampering."""

from __future__ import annotations

import hashlib
import io
import os

import pytest

from notebook.crypto import (
    CHUNK_BYTES,
    TAG_BYTES,
    StreamDamaged,
    StreamOpener,
    StreamSealer,
    open_stream,
    seal_stream,
)

CHUNK = 64  # small chunks make every boundary cheap to reach; one test uses the real size
KEY = os.urandom(32)
SALT = os.urandom(16)


def seal(plain: bytes, *, file_id: str = "blob-1", chunk: int = CHUNK) -> bytes:
    out = io.BytesIO()
    seal_stream(io.BytesIO(plain), out, file_key=KEY, salt=SALT, file_id=file_id,
                chunk_bytes=chunk)  # fmt: skip
    return out.getvalue()


def unseal(sealed: bytes, *, file_id: str = "blob-1", key: bytes = KEY, chunk: int = CHUNK):
    out = io.BytesIO()
    digest = open_stream(io.BytesIO(sealed), out, file_key=key, salt=SALT, file_id=file_id,
                         chunk_bytes=chunk)  # fmt: skip
    return out.getvalue(), digest


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 5 * CHUNK, 5 * CHUNK + 7])
def test_every_size_round_trips_with_the_hashes_of_the_original(size):
    plain = os.urandom(size)
    sealed = seal(plain)
    chunks = max(1, -(-size // CHUNK))
    assert len(sealed) == size + chunks * TAG_BYTES
    opened, digest = unseal(sealed)
    assert opened == plain
    assert digest.size == size
    assert digest.sha256 == hashlib.sha256(plain).hexdigest()
    assert digest.sha512 == hashlib.sha512(plain).hexdigest()


def test_the_real_chunk_size_round_trips_across_a_boundary():
    plain = os.urandom(2 * CHUNK_BYTES + 3)
    out = io.BytesIO()
    sealed_digest = seal_stream(io.BytesIO(plain), out, file_key=KEY, salt=SALT, file_id="x")
    opened = io.BytesIO()
    digest = open_stream(io.BytesIO(out.getvalue()), opened, file_key=KEY, salt=SALT,
                         file_id="x")  # fmt: skip
    assert opened.getvalue() == plain
    assert digest == sealed_digest


def test_sealed_bytes_show_nothing_of_the_plaintext():
    plain = b"CANARY " * 1000
    sealed = seal(plain)
    assert b"CANARY" not in sealed
    # Counter nonces: what keeps two files apart is their own salt and id, never chance.
    assert seal(plain) == sealed
    assert seal(plain, file_id="blob-2") != sealed


def tampered_versions(sealed: bytes) -> dict[str, bytes]:
    step = CHUNK + TAG_BYTES
    chunks = [sealed[i : i + step] for i in range(0, len(sealed), step)]
    return {
        "truncated at a chunk boundary": b"".join(chunks[:-1]),
        "truncated inside a chunk": sealed[:-5],
        "a chunk appended": sealed + chunks[0],
        "a chunk repeated": b"".join([chunks[0], *chunks]),
        "two chunks swapped": b"".join([chunks[1], chunks[0], *chunks[2:]]),
        "a chunk removed": b"".join([chunks[0], *chunks[2:]]),
        "one byte flipped": sealed[:100] + bytes([sealed[100] ^ 1]) + sealed[101:],
        "the last byte flipped": sealed[:-1] + bytes([sealed[-1] ^ 0x80]),
        "emptied": b"",
    }


@pytest.mark.parametrize("how", list(tampered_versions(b"x" * 1000)))
def test_every_tampering_is_reported_as_damage(how):
    sealed = seal(os.urandom(4 * CHUNK + 10))
    with pytest.raises(StreamDamaged):
        unseal(tampered_versions(sealed)[how])


def test_a_blob_under_another_id_or_key_does_not_open():
    sealed = seal(b"a photograph")
    with pytest.raises(StreamDamaged):
        unseal(sealed, file_id="blob-2")
    with pytest.raises(StreamDamaged):
        unseal(sealed, key=os.urandom(32))


def test_memory_stays_within_a_few_chunks_whatever_the_size():
    class CountingReader(io.RawIOBase):
        """Yields zeros on demand and records the largest read asked of it."""

        def __init__(self, size: int) -> None:
            self.left, self.largest = size, 0

        def read(self, size: int = -1) -> bytes:
            self.largest = max(self.largest, size)
            size = min(size, self.left)
            self.left -= size
            return bytes(size)

    class Sink(io.RawIOBase):
        largest = 0

        def write(self, data) -> int:
            Sink.largest = max(Sink.largest, len(data))
            return len(data)

    reader = CountingReader(50 * CHUNK + 3)
    digest = seal_stream(reader, Sink(), file_key=KEY, salt=SALT, file_id="z", chunk_bytes=CHUNK)
    assert digest.size == 50 * CHUNK + 3
    assert reader.largest == CHUNK
    assert Sink.largest == CHUNK + TAG_BYTES


def test_progress_hears_of_every_chunk_with_the_bytes_done_so_far():
    done: list[int] = []
    seal_stream(io.BytesIO(bytes(2 * CHUNK + 1)), io.BytesIO(), file_key=KEY, salt=SALT,
                file_id="p", chunk_bytes=CHUNK, each_chunk=done.append)  # fmt: skip
    assert done == [CHUNK, 2 * CHUNK, 2 * CHUNK + 1]


# -- the push sealer and the pull opener (backups) --------------------------------------------


def seal_in_pieces(plain: bytes, piece: int) -> bytes:
    out = io.BytesIO()
    sealer = StreamSealer(out, file_key=KEY, salt=SALT, file_id="blob-1", chunk_bytes=CHUNK)
    for start in range(0, len(plain), piece):
        sealer.write(plain[start : start + piece])
    sealer.close()
    return out.getvalue()


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 5 * CHUNK, 5 * CHUNK + 7])
@pytest.mark.parametrize("piece", [1, 7, CHUNK, 3 * CHUNK])
def test_the_sealer_writes_what_seal_stream_writes_whatever_the_pieces(size, piece):
    plain = os.urandom(size)
    sealed = seal_in_pieces(plain, piece)
    assert len(sealed) == len(seal(plain))
    assert unseal(sealed)[0] == plain


@pytest.mark.parametrize("size", [0, 1, CHUNK, CHUNK + 1, 5 * CHUNK + 7])
@pytest.mark.parametrize("piece", [1, 5, CHUNK, 4 * CHUNK])
def test_the_opener_reads_back_a_sealed_stream_in_pieces_of_any_size(size, piece):
    plain = os.urandom(size)
    opener = StreamOpener(io.BytesIO(seal(plain)), file_key=KEY, salt=SALT, file_id="blob-1",
                          chunk_bytes=CHUNK)  # fmt: skip
    parts = []
    while part := opener.read(piece):
        parts.append(part)
    assert b"".join(parts) == plain
    assert opener.at_end
    assert opener.read(piece) == b""


def test_the_opener_is_not_at_the_end_while_a_byte_is_left():
    opener = StreamOpener(io.BytesIO(seal(bytes(2 * CHUNK))), file_key=KEY, salt=SALT,
                          file_id="blob-1", chunk_bytes=CHUNK)  # fmt: skip
    opener.read(2 * CHUNK - 1)
    assert not opener.at_end
    opener.read(1)
    assert opener.at_end


@pytest.mark.parametrize(
    "spoil",
    [
        lambda s: s[:-1],
        lambda s: s[: CHUNK + TAG_BYTES],
        lambda s: s + b"\0",
        lambda s: s[CHUNK + TAG_BYTES :],
        lambda s: s[:10] + bytes([s[10] ^ 1]) + s[11:],
    ],
    ids=["truncated", "last chunk cut off", "extended", "first chunk cut off", "flipped"],
)
def test_the_opener_refuses_damage_before_returning_any_of_the_damaged_chunk(spoil):
    sealed = spoil(seal(os.urandom(3 * CHUNK + 5)))
    opener = StreamOpener(io.BytesIO(sealed), file_key=KEY, salt=SALT, file_id="blob-1",
                          chunk_bytes=CHUNK)  # fmt: skip
    with pytest.raises(StreamDamaged):
        while opener.read(CHUNK):
            pass
        assert opener.at_end


def test_a_part_of_a_progress_counts_into_the_whole_and_shares_its_cancel():
    from notebook import Cancelled
    from notebook.progress import Progress

    whole = Progress(100)
    part = whole.part(40)
    part.advance(10)
    assert whole.done == 50 and part.done == 10
    part.cancel()
    assert whole.cancelled and part.cancelled
    with pytest.raises(Cancelled):
        whole.check()
