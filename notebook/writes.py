"""Writes that fail (a full disk, a failing one, a read-only one) as WriteFailed: what could
not be written, and why, in words.

Only the writing side is translated: `output_file` and `Guarded` turn the failures of the
file being written into WriteFailed and let everything else through, so a source file that
cannot be read is never reported as a disk that cannot be written.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, cast

from .errors import WriteFailed

# Why: the system's answer, in words.
NO_SPACE = "no space left on the disk"
QUOTA_USED = "the disk quota is used up"
DISK_ERROR = "the disk reported an error"
READ_ONLY = "the disk is read-only"
NO_PERMISSION = "permission denied"
TOO_LARGE = "the file is too large for this disk"
NO_FOLDER = "the folder is not there"
REFUSED = "the system refused the write"

# What could not be written.
EVIDENCE_COPY = "the notebook's copy of the evidence file"
DATABASE = "the notebook's database"
DATABASE_COPY = "a copy of the notebook's database"
OUTPUT_FILE = "the output file"
BUNDLE_FILE = "the evidence bundle"
BACKUP_FILE = "the backup file"
PACKAGE_FILE = "the case package"
RESTORED_NOTEBOOK = "the restored notebook"

_WHY = {
    errno.ENOSPC: NO_SPACE,
    errno.EDQUOT: QUOTA_USED,
    errno.EIO: DISK_ERROR,
    errno.EROFS: READ_ONLY,
    errno.EACCES: NO_PERMISSION,
    errno.EPERM: NO_PERMISSION,
    errno.EFBIG: TOO_LARGE,
    errno.ENOENT: NO_FOLDER,
    errno.ENOTDIR: NO_FOLDER,
}


def why(error: OSError) -> str:
    return _WHY.get(error.errno or 0, REFUSED)


def failed(what: str, error: OSError) -> WriteFailed:
    return WriteFailed(what, why(error))


@contextlib.contextmanager
def writing(what: str) -> Iterator[None]:
    """Inside, any OSError is a failed write of `what`: only for steps that only write."""
    try:
        yield
    except OSError as error:
        raise failed(what, error) from error


class Guarded:
    """A file being written whose every call (write, flush, seek, which may flush, ...)
    raises WriteFailed where the file object would raise OSError."""

    def __init__(self, stream: BinaryIO, what: str) -> None:
        self._stream = stream
        self._what = what

    def write(self, data: Any) -> int:
        try:
            return self._stream.write(data)
        except OSError as error:
            raise failed(self._what, error) from error

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._stream, name)
        if not callable(value):
            return value
        what = self._what

        def guarded(*args: Any, **kwargs: Any) -> Any:
            with writing(what):
                return value(*args, **kwargs)

        return guarded


@contextlib.contextmanager
def output_file(file: Path | int, what: str, *, mode: str = "xb") -> Iterator[BinaryIO]:
    """`file` (a path, or a descriptor this takes over) open for writing, its failures
    WriteFailed; flushed to the disk when the block ends. After a failure it is closed
    without a word: its buffer may not fit on the disk either, and the first error is the
    one to report. The caller removes the file."""
    with writing(what):
        stream = open(file, mode)  # noqa: SIM115 (closed below, failures translated)
    try:
        yield cast(BinaryIO, Guarded(stream, what))
        with writing(what):
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            stream.close()
        raise
    with writing(what):
        stream.close()
