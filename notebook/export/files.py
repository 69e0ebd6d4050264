"""Writing an export where the user chose: whole or not at all, never half a file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from notebook.header import fsync_directory


@contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """A file to write that appears at `path` only once it is whole and on the disk.

    It is written beside the destination under a hidden random name, flushed, then renamed
    over it: a failure, a cancel or a full disk leaves the destination as it was and no
    partial file beside it. Nothing the user keeps there is touched.
    """
    path = Path(path)
    handle, temporary_name = tempfile.mkstemp(
        dir=path.parent, prefix=".casenotebook-", suffix=".part"
    )
    temporary = Path(temporary_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    fsync_directory(path.parent)


def write_export(path: Path, data: bytes) -> None:
    """Write bytes built in memory to `path`, whole or not at all (see atomic_output)."""
    with atomic_output(path) as stream:
        stream.write(data)
