"""Fuzz the sealed stream of evidence files and backups (crypto.open_stream and StreamOpener):
any change to sealed bytes must fail to open, as StreamDamaged.

    python fuzz/fuzz_blob.py [libFuzzer options] [CORPUS_DIR]
"""

from __future__ import annotations

import io

from _common import atheris, run

with atheris.instrument_imports(include=["notebook"]):
    from notebook import crypto
    from notebook.errors import DamagedNotebook
    from tests.fuzzing import judge

KEY, SALT, FILE_ID, CHUNK = bytes(range(32)), bytes(range(16)), "0" * 32, 64
PLAIN = bytes(range(256)) * 2 + b"tail"


def sealed(plain: bytes) -> bytes:
    target = io.BytesIO()
    crypto.seal_stream(io.BytesIO(plain), target, file_key=KEY, salt=SALT, file_id=FILE_ID,
                       chunk_bytes=CHUNK)  # fmt: skip
    return target.getvalue()


REAL = sealed(PLAIN)


def opened(data: bytes) -> tuple[bytes, bytes]:
    try:
        target = io.BytesIO()
        crypto.open_stream(io.BytesIO(data), target, file_key=KEY, salt=SALT, file_id=FILE_ID,
                           chunk_bytes=CHUNK)  # fmt: skip
        opener = crypto.StreamOpener(
            io.BytesIO(data), file_key=KEY, salt=SALT, file_id=FILE_ID, chunk_bytes=CHUNK
        )
        pulled = opener.read(1 << 20)
        assert opener.at_end
        return target.getvalue(), pulled
    except crypto.StreamDamaged as error:
        raise DamagedNotebook(str(error)) from None


def test_one_input(data: bytes) -> None:
    outcome = judge(lambda: opened(data))
    if outcome.worked:
        assert data == REAL, "a changed stream opened"
        assert outcome.value == (PLAIN, PLAIN)


if __name__ == "__main__":
    run(test_one_input, {"sealed": REAL})
